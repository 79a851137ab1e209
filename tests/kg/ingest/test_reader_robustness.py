"""Readers never crash on junk: a Document or a clear InputError, whatever the bytes."""

from __future__ import annotations

import contextlib

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.errors import InputError
from kg.ingest.readers import READERS, read_bytes

_HTMLISH = st.lists(
    st.sampled_from(
        [
            "<p>",
            "</p>",
            "<ol start='x'>",
            "<li value='-3'>",
            "</li>",
            "<br>",
            "<td>",
            "<tr>",
            "<table>",
            "<nav>",
            "<article>",
            "&amp;",
            "text",
            "1. A",
            "\x00",
        ]
    ),
    max_size=40,
).map("".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_HTMLISH)
def test_html_reader_survives_broken_markup(markup: str):
    with contextlib.suppress(InputError):
        read_bytes(markup.encode(), suffix=".html")


@pytest.mark.parametrize("suffix", sorted(READERS))
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.binary(min_size=1, max_size=2000))
def test_any_bytes_give_a_document_or_input_error(suffix: str, data: bytes):
    with contextlib.suppress(InputError):
        read_bytes(data, suffix=suffix)


@pytest.mark.parametrize(
    "data",
    [b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF", b"%PDF-", b"%PDF-1.7\x00\xff"],
)
def test_broken_pdfs(data: bytes):
    with pytest.raises(InputError):
        read_bytes(data, suffix=".pdf")


def test_zip_that_is_not_a_word_file():
    import io
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("hello.txt", "not a document")
    with pytest.raises(InputError, match="docx"):
        read_bytes(buffer.getvalue(), suffix=".docx")
