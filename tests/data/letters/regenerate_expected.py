"""Rewrite the ``*.expected.json`` readings from the current parser.

Run ``python tests/data/letters/regenerate_expected.py`` after a deliberate change, then review
``git diff tests/data/letters`` line by line before committing: the files are expectations, so
every changed value must be a fix, never a regression accepted blindly.
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from generate_letters import make_docx, make_pdf  # noqa: E402

from kg.ingest.letter import parse_letter  # noqa: E402
from kg.serialize import letter_to_dict  # noqa: E402

FULL_FOR = {"repairs-numbered.txt"}  # letters whose entries are checked on every field
FULL = (
    "position",
    "raw",
    "section",
    "name",
    "acronym",
    "alt_names",
    "kind",
    "capacity",
    "country_hints",
    "themes",
)
BRIEF = ("position", "raw", "section")


def expected(path: Path) -> dict:
    d = letter_to_dict(parse_letter(path))
    fields = FULL if path.name in FULL_FOR else BRIEF
    return {
        "title": d["title"],
        "reference": d["reference"],
        "date": d["date"],
        "language": d["language"],
        "recipients": [{k: r[k] for k in ("name", "role", "kind")} for r in d["recipients"]],
        "signatories": [{k: s[k] for k in fields} for s in d["signatories"]],
        "declared_total": d["declared_total"],
        "anonymous_count": d["anonymous_count"],
        "theme_ids": [t["id"] for t in d["themes"]],
        "demands": d["demands"],
        "warning_codes": [w["code"] for w in d["warnings"]],
        "paragraphs": d["paragraphs"],
    }


def main() -> None:
    files = sorted(p for p in HERE.iterdir() if p.suffix in (".txt", ".md", ".html"))
    tmp = Path(tempfile.mkdtemp())
    files += [make_pdf(tmp / "two-column.pdf"), make_docx(tmp / "word-numbered.docx")]
    for path in files:
        out = HERE / f"{path.name}.expected.json"
        out.write_text(json.dumps(expected(path), indent=2, ensure_ascii=False) + "\n")
        print(out)


if __name__ == "__main__":
    main()
