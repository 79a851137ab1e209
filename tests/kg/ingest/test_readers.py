"""Readers: HTML main-content finding, PDF headers/footers/columns, DOCX numbering."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.errors import InputError
from kg.ingest.readers import read_bytes, read_document
from kg.ingest.readers.document import LineKind
from kg.ingest.readers.html import read_html


def _texts(doc):
    return [line.text for line in doc.lines if line.text]


def test_html_content_found_by_score_when_nothing_is_labelled():
    links = "".join(f"<p><a href='/{i}'>Menu entry number {i}</a></p>" for i in range(30))
    page = (
        f"<html><body><div>{links}</div><div><h2>Appeal</h2>"
        "<p>We, the undersigned organisations, urge the authorities to release the detained "
        "activists and to end the prosecution of peaceful protesters immediately.</p>"
        "<p>Signed:<br>1. Access Now<br>2. Free Tibet</p></div>"
        f"<div>{links}</div></body></html>"
    ).encode()
    texts = _texts(read_html(page, source="p.html"))
    assert texts[0] == "Appeal"
    assert not any("Menu entry" in t for t in texts)
    assert texts[-2:] == ["1. Access Now", "2. Free Tibet"]


def test_html_ordered_list_numbers_come_from_structure():
    page = b"<article><h1>T</h1><ol start='4'><li>A</li><li>5. B</li></ol></article>"
    items = [
        (ln.kind, ln.ordinal, ln.text)
        for ln in read_html(page, source="x").lines
        if ln.kind is LineKind.ITEM
    ]
    assert items == [(LineKind.ITEM, 4, "A"), (LineKind.ITEM, 5, "5. B")]


def test_html_line_break_inside_a_list_item_keeps_one_entry():
    """Regression: ``<li>Centro ...<br>México</li>`` in a ``<ul>`` became two entries."""
    page = (
        "<article><h1>T</h1><ul><li>Centro de Estudios<br>México</li>"
        "<li>Human Rights Watch<br/>(HRW)</li><li>Outer<ul><li>Inner<br>part</li></ul></li>"
        "</ul><p>Signed:<br>Access Now<br>Free Tibet</p></article>"
    ).encode()
    lines = [(ln.kind, ln.text) for ln in read_html(page, source="x").lines if ln.text]
    assert lines[1:] == [
        (LineKind.BULLET, "Centro de Estudios México"),
        (LineKind.BULLET, "Human Rights Watch (HRW)"),
        (LineKind.BULLET, "Outer"),
        (LineKind.BULLET, "Inner part"),
        (LineKind.TEXT, "Signed:"),  # outside a list item a <br> still ends the line
        (LineKind.TEXT, "Access Now"),
        (LineKind.TEXT, "Free Tibet"),
    ]


def _three_page_pdf(path: Path) -> Path:
    from fpdf import FPDF

    class Doc(FPDF):
        def header(self):
            self.set_font("Helvetica", size=8)
            self.cell(0, 6, "Coalition letter - confidential draft", align="C")
            self.ln(10)

        def footer(self):
            self.set_y(-15)
            self.set_font("Helvetica", size=8)
            self.cell(0, 10, str(self.page_no()), align="C")

    pdf = Doc(format=(148, 210))
    pdf.set_auto_page_break(auto=True, margin=20)
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    pdf.multi_cell(0, 5, "We urge the Council to act now on this grave situation.")
    pdf.ln(4)
    pdf.multi_cell(0, 5, "Signatories:")
    for n in range(1, 61):
        pdf.cell(0, 5, f"{n}. Organisation number {n}", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))
    return path


def test_pdf_running_header_and_page_numbers_are_dropped(tmp_path: Path):
    doc = read_document(_three_page_pdf(tmp_path / "long.pdf"))
    texts = _texts(doc)
    assert not any("confidential draft" in t for t in texts)
    numbered = [t for t in texts if t[0].isdigit()]
    assert numbered == [f"{n}. Organisation number {n}" for n in range(1, 61)]
    assert sum(line.kind is LineKind.PAGE_BREAK for line in doc.lines) >= 2  # list spans pages


def test_docx_numbering_bullets_and_tables(tmp_path: Path):
    import docx

    document = docx.Document()
    document.add_paragraph("Intro text.")
    for name in ("A", "B"):
        document.add_paragraph(name, style="List Number")
    document.add_paragraph("C", style="List Bullet")
    table = document.add_table(rows=0, cols=3)
    for cells in (("3", "D", "Kenya"), ("4", "E", "")):
        row = table.add_row().cells
        for cell, text in zip(row, cells, strict=True):
            cell.text = text
    path = tmp_path / "x.docx"
    document.save(str(path))
    lines = [(ln.kind, ln.ordinal, ln.text) for ln in read_document(path).lines if ln.text]
    assert lines == [
        (LineKind.TEXT, None, "Intro text."),
        (LineKind.ITEM, 1, "A"),
        (LineKind.ITEM, 2, "B"),
        (LineKind.BULLET, None, "C"),
        (LineKind.ITEM, 3, "D (Kenya)"),
        (LineKind.ITEM, 4, "E"),
    ]


def test_text_reader_falls_back_to_windows_1252():
    doc = read_bytes("Solidarité Chine\n".encode("cp1252"), suffix=".txt")
    assert doc.lines[0].text == "Solidarité Chine"


@pytest.mark.parametrize(
    ("data", "suffix", "message"),
    [
        (b"   \n\n", ".txt", "empty"),
        (b"\x00\x01\x02binary", ".md", "binary"),
        (b"<html>", ".rtf", "unsupported"),
        (b"%PDF-1.7 truncated garbage", ".pdf", "PDF"),
        (b"PK\x03\x04 not really a zip", ".docx", "docx"),
    ],
)
def test_unusable_bytes_raise_input_error(data: bytes, suffix: str, message: str):
    with pytest.raises(InputError, match=message):
        read_bytes(data, suffix=suffix)


def test_size_limit_is_checked_before_reading(tmp_path: Path):
    path = tmp_path / "big.txt"
    path.write_text("x" * 2000)
    with pytest.raises(InputError, match="limit"):
        read_document(path, max_bytes=1000)


def test_html_table_rows_become_numbered_items():
    page = (
        b"<article><h1>T</h1><table><tr><th>No.</th><th>Organisation</th><th>Country</th></tr>"
        b"<tr><td>1</td><td>Access Now</td><td>Global</td></tr>"
        b"<tr><td>2</td><td>Free Tibet</td><td>UK</td></tr></table></article>"
    )
    lines = [(ln.kind, ln.ordinal, ln.text) for ln in read_html(page, source="t").lines if ln.text]
    assert lines[-2:] == [
        (LineKind.ITEM, 1, "Access Now (Global)"),
        (LineKind.ITEM, 2, "Free Tibet (UK)"),
    ]


def test_html_article_header_keeps_the_title():
    page = (
        b"<body><header class='site-header'><a href='/'>Home</a></header><article>"
        b"<div class='entry-header'><h1>Joint letter</h1></div>"
        b"<p>We urge the Council to act now on these grave and continuing violations.</p>"
        b"<div class='share-buttons'>Share on X</div><ol><li>A</li></ol></article></body>"
    )
    doc = read_html(page, source="a.html")
    assert doc.title == "Joint letter"
    assert not any("Home" in t or "Share" in t for t in _texts(doc))
