"""The reconciliation service spoken to over HTTP on loopback, answers checked against the
W3C Reconciliation API 0.2 JSON Schemas in tests/data/conformance/."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests
from jsonschema import Draft7Validator
from referencing import Registry
from referencing.jsonschema import DRAFT7

from linkers.factory import open_kb
from linkers.linker import Linker
from linkers.reconcile import ReconcileService, make_server

pytestmark = pytest.mark.server

SCHEMAS = Path(__file__).resolve().parents[1] / "data" / "conformance" / "reconciliation-api-0.2"
FIXTURE = Path(__file__).resolve().parents[1] / "data" / "linking" / "kb.jsonl"


def validator(name: str) -> Draft7Validator:
    resources = []
    for path in SCHEMAS.glob("*.json"):
        if path.name == "openapi.json":
            continue
        schema = json.loads(path.read_text(encoding="utf-8"))
        resources.append((schema["$id"], DRAFT7.create_resource(schema)))
    registry = Registry().with_resources(resources)
    schema = json.loads((SCHEMAS / name).read_text(encoding="utf-8"))
    return Draft7Validator(schema, registry=registry)


@pytest.fixture(scope="module")
def base_url() -> Iterator[str]:
    service = ReconcileService(Linker(open_kb(f"snapshot:{FIXTURE}")), batch_size=5)
    server = make_server(service, "127.0.0.1", 0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    port = server.server_address[1]
    yield f"http://127.0.0.1:{port}"
    server.shutdown()
    server.server_close()
    thread.join(timeout=5)


QUERIES = {
    "q0": {"query": "Amnesty International", "type": "Q43229", "limit": 3},
    "q1": {"query": "ACAT-France", "type": ["Q43229"], "properties": [{"pid": "P17", "v": "FR"}]},
    "q2": {
        "query": "Human Rights Foundation",
        "properties": [{"pid": "country", "v": {"id": "JP"}}],
    },
    "q3": {
        "query": "Reporters Without Borders",
        "properties": [{"pid": "P856", "v": "https://rsf.org"}],
    },
}


def test_manifest_validates_and_declares_batch_size(base_url: str) -> None:
    for path in ("/", "/reconcile"):
        manifest = requests.get(base_url + path, timeout=10).json()
        validator("manifest.json").validate(manifest)
        assert manifest["versions"] == ["0.2"] and manifest["batchSize"] == 5


def test_post_form_queries_validate_and_match(base_url: str) -> None:
    validator("reconciliation-query-batch.json").validate(QUERIES)
    r = requests.post(base_url + "/reconcile", data={"queries": json.dumps(QUERIES)}, timeout=30)
    assert r.status_code == 200
    body = r.json()
    validator("reconciliation-result-batch.json").validate(body)
    top = body["q0"]["result"][0]
    assert top["id"] == "Q42970" and top["match"] is True
    features = {f["id"]: f["value"] for f in top["features"]}
    assert features["name_exact"] == 1.0 and "place_conflict" in features
    assert body["q1"]["result"][0]["id"] == "Q9000000001"
    # the only "Human Rights Foundation" organisation is American: no match with a JP hint
    assert not any(c["match"] for c in body["q2"]["result"])
    rsf = {f["id"]: f["value"] for f in body["q3"]["result"][0]["features"]}
    assert rsf["website"] == 1.0


def test_get_and_json_body_and_jsonp(base_url: str) -> None:
    q = json.dumps({"a": {"query": "PEN America"}})
    got = requests.get(base_url + "/match", params={"queries": q}, timeout=30).json()
    assert got["a"]["result"][0]["id"] == "Q7118978"
    posted = requests.post(
        base_url + "/match", data=q, headers={"Content-Type": "application/json"}, timeout=30
    )
    assert posted.json() == got
    jsonp = requests.get(
        base_url + "/reconcile", params={"queries": q, "callback": "cb"}, timeout=30
    )
    assert jsonp.text.startswith("cb(") and jsonp.headers["Content-Type"].startswith(
        "application/javascript"
    )


def test_suggest_entity_validates(base_url: str) -> None:
    body = requests.get(base_url + "/suggest/entity", params={"prefix": "PEN"}, timeout=10).json()
    validator("suggest-entities-response.json").validate(body)
    assert {"Q7118978", "Q7118977"} <= {r["id"] for r in body["result"]}


def test_bad_requests_are_400_with_a_message(base_url: str) -> None:
    bad = requests.post(base_url + "/reconcile", data={"queries": "{not json"}, timeout=10)
    assert bad.status_code == 400 and "not valid JSON" in bad.json()["error"]
    many = {f"q{i}": {"query": "x"} for i in range(6)}
    too_many = requests.post(
        base_url + "/reconcile", data={"queries": json.dumps(many)}, timeout=10
    )
    assert too_many.status_code == 400 and "batchSize" in too_many.json()["error"]
    assert requests.get(base_url + "/nope", timeout=10).status_code == 404
    empty = requests.post(
        base_url + "/reconcile", data={"queries": json.dumps({"e": {"query": ""}})}, timeout=10
    )
    assert empty.json() == {"e": {"result": []}}


def test_cli_serves_until_stopped(tmp_path) -> None:
    import socket
    import subprocess
    import sys
    import time

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    kg = Path(sys.executable).parent / "kg"
    proc = subprocess.Popen(
        [str(kg), "reconcile", "serve", "--port", str(port), "--kb", f"snapshot:{FIXTURE}"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        manifest = None
        for _ in range(100):
            try:
                manifest = requests.get(f"http://127.0.0.1:{port}/", timeout=2).json()
                break
            except requests.ConnectionError:
                time.sleep(0.2)
        assert manifest is not None and manifest["versions"] == ["0.2"]
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_port_in_use_is_an_input_error_not_a_crash() -> None:
    # Bug: `kg reconcile serve` on a busy port (or --port -5) ended with "internal error".
    import socket

    from kg.cli.main import main
    from kg.errors import InputError

    service = ReconcileService(Linker(open_kb(f"snapshot:{FIXTURE}")))
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        with pytest.raises(InputError, match=f"cannot listen on 127.0.0.1:{port}"):
            make_server(service, "127.0.0.1", port)
    assert main(["reconcile", "serve", "--port", "-5", "--kb", f"snapshot:{FIXTURE}"]) == 2
