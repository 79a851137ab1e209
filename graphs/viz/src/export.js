// Export the current view as PNG: sigma draws on stacked canvases (WebGL and 2D); they are
// redrawn synchronously and composed on one white canvas in the same task, so the WebGL
// buffers are still there without preserveDrawingBuffer.
export function exportPng(renderer, container, filename) {
  renderer.refresh();
  const { width, height } = renderer.getDimensions();
  const ratio = window.devicePixelRatio || 1;
  const canvas = document.createElement("canvas");
  canvas.width = Math.round(width * ratio);
  canvas.height = Math.round(height * ratio);
  const context = canvas.getContext("2d");
  context.fillStyle = "#ffffff";
  context.fillRect(0, 0, canvas.width, canvas.height);
  for (const layer of container.querySelectorAll("canvas")) {
    context.drawImage(layer, 0, 0, canvas.width, canvas.height);
  }
  const url = canvas.toDataURL("image/png");
  if (filename) {
    const link = document.createElement("a");
    link.download = filename;
    link.href = url;
    document.body.appendChild(link);
    link.click();
    link.remove();
  }
  return url;
}
