"""Generate the binary test letters (PDF with a two-column list, Word .docx) into a folder.

Run ``python tests/data/letters/generate_letters.py DIR``; tests call :func:`make_pdf` and
:func:`make_docx` into a temporary folder. The expected readings are the ``*.expected.json``
files beside this script.
"""

from __future__ import annotations

import sys
from pathlib import Path

PDF_LEFT = [
    "1. Access Now",
    "2. ARTICLE 19",
    "3. Amnesty International",
    "4. CIVICUS: World Alliance for",
    "Citizen Participation",
    "5. Freedom House",
    "6. Front Line Defenders",
]
PDF_RIGHT = [
    "7. Human Rights Watch",
    "8. Hong Kong Watch",
    "9. International Service for Human Rights",
    "10. PEN America",
    "11. Reporters Without Borders (RSF)",
    "12. Tibet Justice Center",
]
BODY = (
    "We, the undersigned organisations, urge the UN High Commissioner for Human Rights to "
    "publish her assessment of the human rights situation in Xinjiang without further delay. "
    "We call on UN Member States to support a resolution at the Human Rights Council that "
    "would open a debate on the findings, and we urge them to protect Uyghur human rights "
    "defenders who face reprisals abroad. Independent monitoring is the only credible answer "
    "to the scale of the violations documented by journalists and researchers, and the "
    "people who documented them deserve to be heard by the institutions that were "
    "created to"
)
BODY_AFTER_BREAK = "protect them. The time to act is now."


def make_pdf(path: Path) -> Path:
    """A two-page PDF: running header and footer with page numbers, a paragraph broken by the
    page break, and a numbered signatory list in two columns (one entry wraps)."""
    from fpdf import FPDF

    class Letter(FPDF):
        def header(self) -> None:
            self.set_font("Helvetica", size=8)
            self.cell(0, 6, "Example Coalition - Joint Letter on Xinjiang", align="C")
            self.ln(10)

        def footer(self) -> None:
            self.set_y(-15)
            self.set_font("Helvetica", size=8)
            self.cell(0, 10, f"Page {self.page_no()} of 2", align="C")

    pdf = Letter(format="A4")
    pdf.set_auto_page_break(auto=True, margin=20)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    pdf.multi_cell(0, 8, "Joint letter on the Xinjiang assessment")
    pdf.ln(4)
    pdf.set_font("Helvetica", size=11)
    pdf.multi_cell(0, 6, "Geneva, 10 August 2022")
    pdf.ln(4)
    pdf.multi_cell(
        0,
        6,
        "An open letter to: UN High Commissioner for Human Rights Michelle Bachelet, "
        "UN Member States",
    )
    pdf.ln(4)
    for _ in range(4):
        pdf.multi_cell(
            0,
            6,
            "Filler paragraph to push the text down the page so that the "
            "body continues on the next page in the way real letters do.",
        )
        pdf.ln(4)
    pdf.set_y(235)
    pdf.multi_cell(0, 6, BODY)
    pdf.add_page()
    pdf.multi_cell(0, 6, BODY_AFTER_BREAK)
    pdf.ln(6)
    pdf.multi_cell(0, 6, "Signatories:")
    pdf.ln(3)
    top = pdf.get_y()
    for k, text in enumerate(PDF_LEFT):
        pdf.set_xy(20, top + 7 * k)
        pdf.cell(80, 6, text)
    for k, text in enumerate(PDF_RIGHT):
        pdf.set_xy(115, top + 7 * k)
        pdf.cell(80, 6, text)
    pdf.output(str(path))
    return path


def make_docx(path: Path) -> Path:
    """A Word letter: title style, Word auto-numbered list (no numbers in the text) and a table
    of individual signatories."""
    import docx

    document = docx.Document()
    document.core_properties.title = "Joint appeal for Southern Mongolian herders"
    document.add_paragraph("Joint appeal for Southern Mongolian herders", style="Title")
    document.add_paragraph(
        "To: Special Rapporteur on the rights of Indigenous Peoples José Francisco Calí Tzay"
    )
    document.add_paragraph(
        "We, the undersigned organisations, urge the Special Rapporteur on the rights of "
        "Indigenous Peoples to visit Inner Mongolia and report on the forced relocation of "
        "herders. We call for an end to the ban on Mongolian-language teaching."
    )
    document.add_paragraph("Organisations:")
    for name in [
        "Southern Mongolian Human Rights Information Center (SMHRIC)",
        "Inner Mongolian People's Party",
        "Society for Threatened Peoples",
    ]:
        document.add_paragraph(name, style="List Number")
    document.add_paragraph("Individuals:")
    table = document.add_table(rows=0, cols=2)
    for name, where in [
        ("Enghebatu Togochog", "United States"),
        ("Dr. Christopher Atwood", "Philadelphia"),
    ]:
        row = table.add_row().cells
        row[0].text, row[1].text = name, where
    document.add_paragraph("A total of 6 signatories; 1 organisation chose to remain anonymous.")
    document.save(str(path))
    return path


if __name__ == "__main__":
    out = Path(sys.argv[1] if len(sys.argv) > 1 else ".")
    out.mkdir(parents=True, exist_ok=True)
    print(make_pdf(out / "two-column.pdf"), make_docx(out / "word-numbered.docx"))
