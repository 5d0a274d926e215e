"""The municipality overview as a PDF a member can hand in (A4, reportlab).

On top the cooperative (name, address, KvK number), then the title, the member
(name, number, birth date when known) and the period; a table with one row per
month (hours, volunteer allowance, premium, actual costs apart, payment date) and a
totals row; below it a short plain explanation of every column; at the foot of every
page the member's name and number, the day it was made and "pagina 1 van N". What it says lives in
`municipality_overview_common` (shared with the Excel sheet).

Amounts and dates are shown the one Dutch way (`coopdesk.domain.display`), hours as
`format_hours` writes them. The text is set in a packaged TrueType font when the
build put one in `coopdesk/resources/fonts` (DejaVuSans), else in reportlab's
built-in Helvetica, which covers Dutch and Western European names (not Cyrillic
or Chinese). The file is written beside the target and renamed over it, readable by
its owner only: it carries a member's income.
"""

from __future__ import annotations

import io
import os
from datetime import date
from pathlib import Path
from typing import Any

from coopdesk.domain.cooperative import CooperativeDetails
from coopdesk.domain.display import show_date, show_euro
from coopdesk.domain.hours import format_hours
from coopdesk.domain.payout import MunicipalityOverview
from coopdesk.domain.text import Language
from coopdesk.exports.municipality_overview_common import (
    BIRTH_DATE,
    COLUMNS,
    EXPLANATION_TITLE,
    MADE_ON,
    MEMBER,
    MEMBER_NUMBER,
    PAGE,
    PERIOD,
    TITLE,
    TOTAL,
    cooperative_lines,
    language_or_current,
    month_name,
    paid_text,
    period_text,
)
from coopdesk.exports.owner_only_file import write_owner_only

_FONT_FILES = {"regular": "DejaVuSans.ttf", "bold": "DejaVuSans-Bold.ttf"}


def _fonts() -> tuple[str, str]:
    """(regular, bold) font names: the packaged DejaVu Sans if present, else Helvetica."""
    from coopdesk.resources import FONTS, MissingResource, path

    try:
        regular, bold = path(FONTS, _FONT_FILES["regular"]), path(FONTS, _FONT_FILES["bold"])
    except MissingResource:
        return "Helvetica", "Helvetica-Bold"
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    pdfmetrics.registerFont(TTFont("CoopDeskSans", str(regular)))
    pdfmetrics.registerFont(TTFont("CoopDeskSans-Bold", str(bold)))
    return "CoopDeskSans", "CoopDeskSans-Bold"


def municipality_overview_pdf(overview: MunicipalityOverview, cooperative: CooperativeDetails, made_on: date,
                              language: Language | None = None) -> bytes:
    """The overview as PDF bytes."""
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_RIGHT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (
        KeepTogether,
        Paragraph,
        SimpleDocTemplate,
        Spacer,
        Table,
        TableStyle,
    )
    from reportlab.platypus.flowables import HRFlowable

    chosen = language_or_current(language)
    regular, bold = _fonts()
    body = ParagraphStyle("body", fontName=regular, fontSize=9.5, leading=12.5)
    small = ParagraphStyle("small", parent=body, fontSize=8.5, leading=11)
    heading = ParagraphStyle("heading", parent=body, fontName=bold, fontSize=15, leading=19, spaceAfter=4)
    organisation = ParagraphStyle("organisation", parent=body, fontName=bold, fontSize=12, leading=15)
    subheading = ParagraphStyle("subheading", parent=body, fontName=bold, fontSize=10.5, leading=14,
                                spaceBefore=8, spaceAfter=3)
    cell = ParagraphStyle("cell", parent=body, fontSize=9, leading=11)
    cell_bold = ParagraphStyle("cell_bold", parent=cell, fontName=bold)
    number = ParagraphStyle("number", parent=cell, alignment=TA_RIGHT)
    number_bold = ParagraphStyle("number_bold", parent=number, fontName=bold)

    def text(value: str, style: ParagraphStyle) -> Any:
        from xml.sax.saxutils import escape

        return Paragraph(escape(value), style)

    def lines(value: str, style: ParagraphStyle) -> Any:
        from xml.sax.saxutils import escape

        return Paragraph("<br/>".join(escape(line) for line in value.split("\n")), style)

    story: list[Any] = [text(cooperative.name, organisation)]
    story += [text(line, body) for line in cooperative_lines(cooperative, chosen)]
    story += [Spacer(1, 4 * mm), HRFlowable(width="100%", thickness=0.6, color=colors.HexColor("#2F5D62")),
              Spacer(1, 4 * mm), text(TITLE.render(chosen), heading)]

    facts = [
        (MEMBER.render(chosen), overview.member_name),
        (MEMBER_NUMBER.render(chosen), str(overview.member_number)),
    ]
    if overview.birth_on is not None:
        facts.append((BIRTH_DATE.render(chosen), show_date(overview.birth_on)))
    facts.append((PERIOD.render(chosen), period_text(overview, chosen)))
    fact_table = Table([[text(label, cell_bold), text(value, cell)] for label, value in facts],
                       colWidths=[35 * mm, 130 * mm], hAlign="LEFT")
    fact_table.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 1),
                                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    story += [fact_table, Spacer(1, 5 * mm)]

    header = [lines(column.header_text(chosen), cell_bold if i == 0 else number_bold)
              for i, column in enumerate(COLUMNS)]
    rows: list[list[Any]] = [header]
    for month in overview.months:
        rows.append([
            text(month_name(month.month, chosen), cell),
            text(format_hours(month.minutes), number),
            text(show_euro(month.allowance), number),
            text(show_euro(month.premium), number),
            text(show_euro(month.actual_costs), number),
            text(paid_text(month, chosen), number),
        ])
    rows.append([
        text(TOTAL.render(chosen), cell_bold),
        text(format_hours(overview.total_minutes), number_bold),
        text(show_euro(overview.total_allowance), number_bold),
        text(show_euro(overview.total_premium), number_bold),
        text(show_euro(overview.total_actual_costs), number_bold),
        text("", number_bold),
    ])
    table = Table(rows, colWidths=[30 * mm, 17 * mm, 31 * mm, 27 * mm, 27 * mm, 33 * mm], repeatRows=1,
                  hAlign="LEFT")
    table.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DCE8E9")),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.HexColor("#2F5D62")),
        ("ROWBACKGROUNDS", (0, 1), (-1, -2), [colors.white, colors.HexColor("#F5F8F8")]),
        ("LINEABOVE", (0, -1), (-1, -1), 0.8, colors.HexColor("#2F5D62")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    story += [table, Spacer(1, 6 * mm)]

    explanation = [text(EXPLANATION_TITLE.render(chosen), subheading)]
    for column in COLUMNS:
        explanation.append(Table([[text(column.title.render(chosen), cell_bold),
                                   text(column.explanation.render(chosen), small)]],
                                 colWidths=[40 * mm, 125 * mm], hAlign="LEFT",
                                 style=[("LEFTPADDING", (0, 0), (-1, -1), 0), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                                        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]))
    story.append(KeepTogether(explanation))

    # every page names the member, so a loose page still says whose it is
    made = f"{overview.member_name} ({overview.member_number})  ·  {MADE_ON.render(chosen, day=made_on)}"
    title = f"{TITLE.render(chosen)}: {overview.member_name}"
    output = io.BytesIO()
    document = SimpleDocTemplate(output, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                                 topMargin=18 * mm, bottomMargin=20 * mm, title=title,
                                 author=cooperative.name, creator="CoopDesk")
    document.build(story, canvasmaker=_numbered_canvas(regular, made, chosen))
    return output.getvalue()


def _numbered_canvas(font: str, made: str, language: Language) -> Any:
    """A canvas that writes 'pagina 1 van N' on every page: pages are kept until the
    end, when N is known (reportlab's usual two-step numbering)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas

    class NumberedCanvas(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            count = len(self._pages)
            for page in self._pages:
                self.__dict__.update(page)
                self.setFont(font, 8)
                self.setFillGray(0.35)
                self.drawString(20 * mm, 12 * mm, made)
                self.drawRightString(A4[0] - 20 * mm, 12 * mm,
                                     PAGE.render(language, page=self._pageNumber, pages=count))
                super().showPage()
            super().save()

    return NumberedCanvas


def write_municipality_overview_pdf(path: str | os.PathLike[str], overview: MunicipalityOverview,
                                    cooperative: CooperativeDetails, made_on: date,
                                    language: Language | None = None) -> Path:
    """Write the overview PDF to `path` (atomically, owner-only 0600)."""
    content = municipality_overview_pdf(overview, cooperative, made_on, language)
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    write_owner_only(target, content)
    return target
