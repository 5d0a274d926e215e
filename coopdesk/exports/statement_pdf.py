"""The year-end member statement as a PDF (reportlab, A4): one member, or a whole year in one file.

Renders `YearStatement` values only (the service gathers them). Labels are Dutch, or
English when the language is English; figures are Dutch in both (`domain.display`).
The font is DejaVu Sans, shipped in `resources/fonts` and embedded (subset), so the
euro sign and ë, ö, é print everywhere.

Page 1 puts the member's name and address where the window of a Dutch window envelope
(C5/DL, window on the left) shows it; the cooperative's details are top right. Every page
has a footer with the statement number and "pagina 1 van 2", counted per statement, also
when a whole year's statements are in one combined file: the canvas keeps each page
until the file is saved and then knows how many pages each statement has.

What a benefits officer needs beside the figures is said where the figure is: a second
total "Betaald in <year>" (counted on the payment date) when a month was paid in another
year, a line paid apart from the bank file marked "apart betaald *", reversed runs under
"Correcties", and a pot withdrawal the municipality may count as income marked "*" with
the warning right under the pot table. A later version of a statement (its content
changed since the one issued before) says under its title which statement of what date it
replaces, so an officer holding both papers knows which one counts.

`stage_statements` writes the file(s) whole beside where they go, without putting them in
place: the service records the issued versions and calls `StagedStatements.place` in one
unit of work, so a file that could not be written records nothing.
"""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Callable, Sequence
from io import BytesIO
from pathlib import Path
from typing import IO, Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader, simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from coopdesk import resources
from coopdesk.domain.display import show_date, show_euro
from coopdesk.domain.hours import format_hours
from coopdesk.domain.money import Money
from coopdesk.domain.pot import INCOME_WARNING
from coopdesk.domain.statement import (
    CapKind,
    CapRoom,
    Correction,
    StatementMonth,
    YearStatement,
    explanations,
)
from coopdesk.domain.text import Language, Text, current_language
from coopdesk.exports.owner_only_file import owner_only

FONT = "CoopDeskSans"
FONT_BOLD = "CoopDeskSans-Bold"
PAGE_WIDTH, PAGE_HEIGHT = A4
LEFT, RIGHT, TOP, BOTTOM = 25 * mm, 20 * mm, 20 * mm, 22 * mm
WIDTH = PAGE_WIDTH - LEFT - RIGHT
WINDOW_LEFT, WINDOW_TOP = 25 * mm, 50 * mm  # the address, from the page's top-left corner
DETAILS_LEFT = 120 * mm
HEAD_BOTTOM = 88 * mm  # page 1's flowing text starts this far from the top
LOGO_WIDTH, LOGO_HEIGHT = 60 * mm, 20 * mm  # the logo fits this box top left, above the window
ACTIVITIES_PER_TABLE = 4
INK = colors.HexColor("#222222")
QUIET = colors.HexColor("#666666")
RULE = colors.HexColor("#BBBBBB")
BAND = colors.HexColor("#F2F2F2")

MONTHS = {
    "nl": ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
           "november", "december"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"),
}

T = Text
TITLE = T("Jaaroverzicht {year}", "Annual statement {year}")
NUMBER = T("Overzichtnummer", "Statement number")
DATE = T("Datum", "Date")
MEMBER_NUMBER = T("Lidnummer", "Member number")
DUPLICATE = T("DUPLICAAT", "DUPLICATE")
DUPLICATE_FOOTER = T("duplicaat", "duplicate")
REPLACES = T("Vervangt het overzicht {number} van {day}.", "Replaces the statement {number} of {day}.")
REPLACES_WHY = T("Sinds dat overzicht is er iets veranderd in uw bedragen, datums of spaarpot. Dit overzicht geldt; "
                 "geef het aan wie het eerdere heeft gekregen.",
                 "Since that statement something changed in your amounts, dates or savings pot. This statement "
                 "counts; give it to whoever received the earlier one.")
PAGE = T("pagina {page} van {pages}", "page {page} of {pages}")
KVK = T("KvK {kvk}", "Chamber of Commerce {kvk}")
GREETING = T("Beste {name},", "Dear {name},")
INTRO = T("Hieronder staat wat u in {year} bij {cooperative} hebt gewerkt en wat u van ons hebt ontvangen.",
          "Below is what you worked with {cooperative} in {year} and what you received from us.")
PER_MONTH = T("Wat u per maand ontving", "What you received per month")
MONTH = T("Maand", "Month")
HOURS = T("Uren", "Hours")
ALLOWANCE = T("Vergoeding", "Allowance")
PREMIUM = T("Premie", "Premium")
COSTS = T("Werkelijke kosten", "Actual costs")
PAID_ON = T("Betaald op", "Paid on")
NOT_PAID = T("nog niet betaald", "not paid yet")
PAID_APART = T("apart betaald *", "paid apart *")
PAID_APART_NOTE = T(
    "* Dit bedrag zat niet in de bankopdracht (er was geen rekeningnummer bekend); de penningmeester betaalt of "
    "betaalde het apart. Vraag de penningmeester naar de datum als de gemeente die wil weten.",
    "* This amount was not in the bank transfer (no account number was known); the treasurer pays or paid it "
    "apart. Ask the treasurer for the date if the municipality wants to know it.")
TOTAL = T("Totaal {year}", "Total {year}")
PAID_IN = T("Betaald in {year}", "Paid in {year}")
PAID_IN_NOTE = T(
    "Totaal {year}: de uren en bedragen over de maanden van {year}. Betaald in {year}: wat u in {year} kreeg, "
    "geteld op de betaaldatum, ook over een maand van het jaar ervoor. Zo telt de gemeente het als inkomen. Een "
    "maand die in een ander jaar is betaald, staat ook op het overzicht van dat jaar.",
    "Total {year}: the hours and amounts for the months of {year}. Paid in {year}: what you received in {year}, "
    "counted on the payment date, also for a month of the year before. That is how the municipality counts it "
    "as income. A month paid in another year is also on that year's statement.")
CORRECTIONS = T("Correcties", "Corrections")
CORRECTION = T("De uitbetaling over {month} van {amount}{paid} is {reversed} teruggedraaid. Dit bedrag telt "
               "niet mee in de bedragen hierboven.",
               "The payout for {month} of {amount}{paid} was reversed{reversed}. This amount does not count in "
               "the amounts above.")
CORRECTION_PAID = T(", betaald op {day},", ", paid on {day},")
CORRECTION_ON = T("op {day}", " on {day}")
CORRECTION_NOTE = T("Was een teruggedraaid bedrag al op uw rekening gekomen, vraag de penningmeester dan hoe het "
                    "is verrekend.",
                    "If a reversed amount had already reached your account, ask the treasurer how it was settled.")
INCOME_MARK = " *"
HOURS_PER_ACTIVITY = T("Uren per activiteit", "Hours per activity")
TOTAL_COLUMN = T("Totaal", "Total")
ROOM = T("Ruimte binnen de grenzen van {year}", "Room within the limits of {year}")
PAID_BY_US = T("Door ons betaald over de maanden van {year}", "Paid by us for the months of {year}")
PREMIUM_PAID_BY_US = T("Door ons betaald in {year} (telt op de betaaldatum)",
                       "Paid by us in {year} (counts on the payment date)")
OTHER_ORGANISATIONS = T("Van andere organisaties (door u opgegeven)", "From other organisations (as you told us)")
ROOM_LEFT = T("Nog ruimte in {year}", "Room left in {year}")
POT = T("Uw spaarpot", "Your savings pot")
POT_OPENING = T("Saldo op 1 januari {year}", "Balance on 1 January {year}")
POT_CLOSING = T("Saldo op 31 december {year}", "Balance on 31 December {year}")
EXPLAINED = T("Wat betekenen deze bedragen?", "What do these amounts mean?")
QUESTIONS = T("Hebt u vragen over dit overzicht? De penningmeester van {cooperative} helpt u graag.",
              "Questions about this statement? The treasurer of {cooperative} will gladly help you.")
REGARDS = T("Met vriendelijke groet,", "Kind regards,")
TREASURER = T("{name}, penningmeester", "{name}, treasurer")
NOTHING = T("Geen uren en geen betalingen in {year}.", "No hours and no payments in {year}.")
NOTHING_BUT_POT = T("Geen uren en geen vergoeding, premie of kosten in {year}; wel een opname uit uw spaarpot.",
                    "No hours and no allowance, premium or costs in {year}; but a withdrawal from your savings pot.")

_fonts_registered: list[bool] = []


def register_fonts() -> None:
    """DejaVu Sans from the package's resources, once per process."""
    if _fonts_registered:
        return
    pdfmetrics.registerFont(TTFont(FONT, str(resources.path(resources.FONTS, "DejaVuSans.ttf"))))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(resources.path(resources.FONTS, "DejaVuSans-Bold.ttf"))))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD)
    _fonts_registered.append(True)


class _Styles:
    def __init__(self) -> None:
        self.body = ParagraphStyle("body", fontName=FONT, fontSize=9.5, leading=13, textColor=INK, alignment=TA_LEFT)
        self.title = ParagraphStyle("title", parent=self.body, fontName=FONT_BOLD, fontSize=15, leading=19,
                                    spaceAfter=4 * mm)
        self.replaces = ParagraphStyle("replaces", parent=self.body, fontName=FONT_BOLD, fontSize=10.5, leading=14)
        self.heading = ParagraphStyle("heading", parent=self.body, fontName=FONT_BOLD, fontSize=11, leading=14,
                                      spaceBefore=6 * mm, spaceAfter=2 * mm)
        self.cell = ParagraphStyle("cell", parent=self.body, fontSize=8.5, leading=10.5)
        self.note = ParagraphStyle("note", parent=self.body, fontSize=8, leading=10.5, textColor=QUIET)


class _StatementCanvas(Canvas):  # type: ignore[misc]
    """Keeps every page until `save`, then writes each page's footer with its number within
    its own statement ("pagina 2 van 3"), also in a combined file of many statements."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._kept: list[dict[str, Any]] = []
        self.statement_key = ""
        self.footer_text = ""
        self.footer_language: Language = "nl"

    def showPage(self) -> None:  # noqa: N802 - reportlab's name
        self._kept.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        pages: dict[str, int] = {}
        for state in self._kept:
            pages[state["statement_key"]] = pages.get(state["statement_key"], 0) + 1
        seen: dict[str, int] = {}
        for state in self._kept:
            self.__dict__.update(state)
            seen[self.statement_key] = seen.get(self.statement_key, 0) + 1
            self._footer(seen[self.statement_key], pages[self.statement_key])
            Canvas.showPage(self)
        Canvas.save(self)

    def _footer(self, page: int, pages: int) -> None:
        self.saveState()
        self.setStrokeColor(RULE)
        self.setLineWidth(0.5)
        self.line(LEFT, BOTTOM - 4 * mm, PAGE_WIDTH - RIGHT, BOTTOM - 4 * mm)
        self.setFont(FONT, 7.5)
        self.setFillColor(QUIET)
        self.drawString(LEFT, BOTTOM - 8 * mm, self.footer_text)
        self.drawRightString(PAGE_WIDTH - RIGHT, BOTTOM - 8 * mm,
                             PAGE.render(self.footer_language, page=page, pages=pages))
        self.restoreState()


class _Letterhead(Flowable):  # type: ignore[misc]
    """Page 1's top: the cooperative (top right), the member in the envelope window, the
    statement's number and date. Drawn at fixed places on the page, whatever the frame."""

    def __init__(self, statement: YearStatement, language: Language, key: str,
                 progress: Callable[[], None] | None) -> None:
        super().__init__()
        self.statement = statement
        self.language = language
        self.key = key
        self.progress = progress

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return available_width, HEAD_BOTTOM - TOP

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:  # noqa: N802
        if self.progress is not None:
            self.progress()
        statement, language = self.statement, self.language
        if isinstance(canvas, _StatementCanvas):
            canvas.statement_key = self.key
            canvas.footer_language = language
            canvas.footer_text = _footer_text(statement, language)
        coop = statement.cooperative
        canvas.saveState()
        canvas.setFillColor(INK)
        top = PAGE_HEIGHT - TOP
        if coop.logo:
            _draw_logo(canvas, coop.logo)
        # the cooperative, top right
        lines = simpleSplit(coop.name, FONT_BOLD, 11, PAGE_WIDTH - RIGHT - DETAILS_LEFT)
        canvas.setFont(FONT_BOLD, 11)
        for line in lines:
            top -= 13
            canvas.drawString(DETAILS_LEFT, top, line)
        canvas.setFont(FONT, 8.5)
        for line in (coop.address, "  ".join(p for p in (coop.postcode, coop.city) if p),
                     KVK.render(language, kvk=coop.kvk_number) if coop.kvk_number else ""):
            if line:
                top -= 11
                canvas.drawString(DETAILS_LEFT, top, line)
        # the return address above the window, small
        sender = ", ".join(p for p in (coop.name, coop.address, " ".join(x for x in (coop.postcode, coop.city) if x))
                           if p)
        canvas.setFont(FONT, 6.5)
        canvas.setFillColor(QUIET)
        canvas.drawString(WINDOW_LEFT, PAGE_HEIGHT - WINDOW_TOP + 5 * mm,
                          simpleSplit(sender, FONT, 6.5, 85 * mm)[0] if sender else "")
        # the member, in the window
        canvas.setFillColor(INK)
        canvas.setFont(FONT, 10)
        member = statement.member
        line_y = PAGE_HEIGHT - WINDOW_TOP - 4 * mm
        for line in (member.name, member.address, member.town_line):
            if line:
                canvas.drawString(WINDOW_LEFT, line_y, simpleSplit(line, FONT, 10, 85 * mm)[0])
                line_y -= 13
        # the statement's details, right of the window
        rows = [(NUMBER.render(language), statement.number),
                (DATE.render(language), show_date(statement.issued_on)),
                (MEMBER_NUMBER.render(language), str(statement.member_number))]
        line_y = PAGE_HEIGHT - WINDOW_TOP - 4 * mm
        for label, value in rows:
            canvas.setFont(FONT, 8.5)
            canvas.setFillColor(QUIET)
            canvas.drawString(DETAILS_LEFT, line_y, label)
            canvas.setFillColor(INK)
            canvas.drawString(DETAILS_LEFT + 30 * mm, line_y, value)
            line_y -= 12
        if statement.duplicate:
            canvas.setFont(FONT_BOLD, 10)
            canvas.drawString(DETAILS_LEFT, line_y - 4, DUPLICATE.render(language))
        canvas.restoreState()


def _draw_logo(canvas: Canvas, logo: bytes) -> None:
    """The logo top left, scaled (never enlarged past 2 px per mm) to fit its box; a logo
    that cannot be read is left out rather than stopping the statements."""
    try:
        image = ImageReader(BytesIO(logo))
        pixels_wide, pixels_high = image.getSize()
    except (OSError, ValueError):
        return
    scale = min(LOGO_WIDTH / pixels_wide, LOGO_HEIGHT / pixels_high, mm / 2)
    width, height = pixels_wide * scale, pixels_high * scale
    canvas.drawImage(image, LEFT, PAGE_HEIGHT - TOP - height, width, height, mask="auto")


def _footer_text(statement: YearStatement, language: Language) -> str:
    parts = [statement.cooperative.name, TITLE.render(language, year=statement.year), statement.number]
    if statement.duplicate:
        parts.append(DUPLICATE_FOOTER.render(language))
    return "  ·  ".join(part for part in parts if part)


def _amount(value: Money) -> str:
    return show_euro(value) if value else "–"


def _hours(minutes: int) -> str:
    return format_hours(minutes) if minutes else "–"


_TABLE = [
    ("FONT", (0, 0), (-1, -1), FONT, 8.5),
    ("TEXTCOLOR", (0, 0), (-1, -1), INK),
    ("FONT", (0, 0), (-1, 0), FONT_BOLD, 8.5),
    ("LINEBELOW", (0, 0), (-1, 0), 0.6, INK),
    ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ("TOPPADDING", (0, 0), (-1, -1), 2.2),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 2.2),
    ("LEFTPADDING", (0, 0), (-1, -1), 3),
    ("RIGHTPADDING", (0, 0), (-1, -1), 3),
]
_TOTAL_ROW = [("FONT", (0, -1), (-1, -1), FONT_BOLD, 8.5), ("LINEABOVE", (0, -1), (-1, -1), 0.6, INK)]


def _banded(rows: int) -> list[tuple[Any, ...]]:
    return [("BACKGROUND", (0, row), (-1, row), BAND) for row in range(2, rows, 2)]


MONTH_WIDTHS = [33 * mm, 15 * mm, 27 * mm, 27 * mm, 32 * mm, 31 * mm]


def _month_name(month: StatementMonth, language: Language, with_year: bool = False) -> str:
    name = MONTHS[language][month.month.month - 1]
    return f"{name} {month.month.year}" if with_year else name


def _paid_on_cell(month: StatementMonth, language: Language) -> str:
    if not month.has_payment:
        return ""
    if month.payment_held:
        return PAID_APART.render(language)
    return show_date(month.paid_on) if month.paid_on else NOT_PAID.render(language)


def _month_table(statement: YearStatement, language: Language) -> Table:
    def render(text: Text) -> str:
        return text.render(language)

    rows: list[list[str]] = [[render(MONTH), render(HOURS), render(ALLOWANCE), render(PREMIUM), render(COSTS),
                              render(PAID_ON)]]
    # months before the year paid in it first, named with their year (December's run, paid in January)
    for month in statement.earlier:
        rows.append([_month_name(month, language, with_year=True), _hours(month.minutes), _amount(month.allowance),
                     _amount(month.premium), _amount(month.actual_costs), _paid_on_cell(month, language)])
    for month in statement.months:
        rows.append([_month_name(month, language), _hours(month.minutes), _amount(month.allowance),
                     _amount(month.premium), _amount(month.actual_costs), _paid_on_cell(month, language)])
    rows.append([TOTAL.render(language, year=statement.year), _hours(statement.total_minutes),
                 _amount(statement.total_allowance), _amount(statement.total_premium),
                 _amount(statement.total_actual_costs), ""])
    style = _TABLE + _banded(len(rows) - 1) + _TOTAL_ROW
    if statement.payment_dates_differ:
        rows.append([PAID_IN.render(language, year=statement.year), "", _amount(statement.received_allowance),
                     _amount(statement.received_premium), _amount(statement.received_actual_costs), ""])
        style = _TABLE + _banded(len(rows) - 2) + [
            ("FONT", (0, -2), (-1, -1), FONT_BOLD, 8.5), ("LINEABOVE", (0, -2), (-1, -2), 0.6, INK)]
    table = Table(rows, colWidths=MONTH_WIDTHS, repeatRows=1, hAlign="LEFT")
    table.setStyle(TableStyle(style))
    return table


def _month_notes(statement: YearStatement, language: Language, styles: _Styles) -> list[Flowable]:
    """The words right under the month table: why two totals, and a line paid apart."""
    notes: list[Flowable] = []
    if statement.payment_dates_differ:
        notes += [Spacer(1, 2 * mm), Paragraph(escape(PAID_IN_NOTE.render(language, year=statement.year)),
                                               styles.note)]
    if any(month.payment_held and month.has_payment for month in statement.earlier + statement.months):
        notes += [Spacer(1, 2 * mm), Paragraph(escape(PAID_APART_NOTE.render(language)), styles.note)]
    return notes


def _correction_text(correction: Correction, language: Language) -> str:
    month = f"{MONTHS[language][correction.month.month - 1]} {correction.month.year}"
    paid = CORRECTION_PAID.render(language, day=show_date(correction.paid_on)) if correction.paid_on else ""
    reversed_on = CORRECTION_ON.render(language, day=show_date(correction.reversed_on)) \
        if correction.reversed_on else ""
    return CORRECTION.render(language, month=month, amount=show_euro(correction.amount), paid=paid,
                             reversed=reversed_on)


def _corrections(statement: YearStatement, language: Language, styles: _Styles) -> list[Flowable]:
    flowables: list[Flowable] = [Paragraph(escape(CORRECTIONS.render(language)), styles.heading)]
    for correction in statement.corrections:
        flowables += [Paragraph(escape(" ".join(_correction_text(correction, language).split())), styles.body),
                      Spacer(1, 1 * mm)]
    if any(correction.paid_on for correction in statement.corrections):
        flowables.append(Paragraph(escape(CORRECTION_NOTE.render(language)), styles.note))
    return [KeepTogether(flowables)]


def _activity_tables(statement: YearStatement, language: Language, styles: _Styles) -> list[Flowable]:
    activities = statement.activities
    chunks = [activities[i:i + ACTIVITIES_PER_TABLE] for i in range(0, len(activities), ACTIVITIES_PER_TABLE)]
    tables: list[Flowable] = []
    for index, chunk in enumerate(chunks):
        with_total = len(chunks) == 1 and len(chunk) > 1
        columns = len(chunk) + (1 if with_total else 0)
        rest = (WIDTH - 29 * mm) / max(columns, 1)
        head: list[Any] = [MONTH.render(language)]
        head += [Paragraph(f"<b>{escape(name)}</b>", ParagraphStyle("h", parent=styles.cell, alignment=2))
                 for name in chunk]
        if with_total:
            head.append(TOTAL_COLUMN.render(language))
        rows: list[list[Any]] = [head]
        for month in statement.months:
            row = [MONTHS[language][month.month.month - 1]] + [_hours(month.minutes_in(name)) for name in chunk]
            if with_total:
                row.append(_hours(month.minutes))
            rows.append(row)
        total_row = [TOTAL.render(language, year=statement.year)]
        total_row += [_hours(statement.activity_minutes(name)) for name in chunk]
        if with_total:
            total_row.append(_hours(statement.total_minutes))
        rows.append(total_row)
        table = Table(rows, colWidths=[29 * mm] + [min(rest, 34 * mm)] * columns, repeatRows=1, hAlign="LEFT")
        table.setStyle(TableStyle(_TABLE + _banded(len(rows) - 1) + _TOTAL_ROW))
        heading = [Paragraph(escape(HOURS_PER_ACTIVITY.render(language)), styles.heading)] if index == 0 else \
            [Spacer(1, 4 * mm)]
        tables.append(KeepTogether([*heading, table]))
    return tables


def _cap_rows(cap: CapRoom, year: int, language: Language) -> list[list[str]]:
    rows = [[f"{cap.kind.label.render(language)} {year}", show_euro(cap.cap)],
            [(PAID_BY_US if cap.kind is CapKind.ALLOWANCE else PREMIUM_PAID_BY_US).render(language, year=year),
             show_euro(cap.paid)]]
    if cap.other_organisations:
        rows.append([OTHER_ORGANISATIONS.render(language), show_euro(cap.other_organisations)])
    rows.append([ROOM_LEFT.render(language, year=year), show_euro(cap.room)])
    return rows


def _caps_table(statement: YearStatement, language: Language) -> Table:
    rows: list[list[str]] = []
    style: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), FONT, 8.5), ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("ALIGN", (1, 0), (1, -1), "RIGHT"), ("TOPPADDING", (0, 0), (-1, -1), 2.2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.2), ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3)]
    for cap in statement.caps:
        start = len(rows)
        if start:
            rows.append(["", ""])
            start += 1
        rows.extend(_cap_rows(cap, statement.year, language))
        end = len(rows) - 1
        style += [("FONT", (0, start), (-1, start), FONT_BOLD, 8.5),
                  ("FONT", (0, end), (-1, end), FONT_BOLD, 8.5), ("LINEABOVE", (0, end), (-1, end), 0.6, INK)]
    table = Table(rows, colWidths=[125 * mm, 40 * mm], hAlign="LEFT")
    table.setStyle(TableStyle(style))
    return table


def _pot_flowables(statement: YearStatement, language: Language, styles: _Styles) -> list[Flowable]:
    pot = statement.pot
    assert pot is not None
    rows: list[list[Any]] = [[POT_OPENING.render(language, year=statement.year), "", show_euro(pot.opening)]]
    for movement in pot.movements:
        words = movement.kind.render(language) + (f": {movement.detail}" if movement.detail else "")
        words += INCOME_MARK if movement.income_warning else ""
        rows.append([show_date(movement.on), Paragraph(escape(words), styles.cell), show_euro(movement.amount)])
    rows.append([POT_CLOSING.render(language, year=statement.year), "", show_euro(pot.closing)])
    table = Table(rows, colWidths=[45 * mm, 80 * mm, 40 * mm], hAlign="LEFT", repeatRows=0)
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), FONT, 8.5), ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("ALIGN", (2, 0), (2, -1), "RIGHT"), ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONT", (0, 0), (-1, 0), FONT_BOLD, 8.5), ("LINEBELOW", (0, 0), (-1, 0), 0.6, INK),
        ("TOPPADDING", (0, 0), (-1, -1), 2.2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.2),
        ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3)] + _TOTAL_ROW))
    flowables: list[Flowable] = [Paragraph(POT.render(language), styles.heading), table]
    if pot.income_warning:  # right under the table, next to the movement it marks
        flowables += [Spacer(1, 2 * mm),
                      Paragraph(escape(INCOME_MARK.strip() + " " + INCOME_WARNING.render(language)), styles.body)]
    flowables += [Spacer(1, 2 * mm), Paragraph(escape(pot.disposal.render(language)), styles.body)]
    return flowables


def statement_flowables(statement: YearStatement, language: Language, styles: _Styles, key: str,
                        progress: Callable[[], None] | None = None) -> list[Flowable]:
    """One statement, from its letterhead to its closing words."""
    coop = escape(statement.cooperative.name)
    story: list[Flowable] = [
        _Letterhead(statement, language, key, progress),
        Paragraph(escape(TITLE.render(language, year=statement.year)), styles.title),
    ]
    if statement.replaces is not None:
        story += [Paragraph(escape(REPLACES.render(language, number=statement.replaces.number,
                                                   day=statement.replaces.issued_on)), styles.replaces),
                  Paragraph(escape(REPLACES_WHY.render(language)), styles.body), Spacer(1, 4 * mm)]
    story += [
        Paragraph(escape(GREETING.render(language, name=statement.member.name)), styles.body),
        Spacer(1, 2 * mm),
    ]
    if statement.is_empty:
        nothing = NOTHING_BUT_POT if statement.pot is not None and statement.pot.withdrawn else NOTHING
        story.append(Paragraph(escape(nothing.render(language, year=statement.year)), styles.body))
    else:
        story.append(Paragraph(INTRO.render(language, year=statement.year, cooperative=coop), styles.body))
        story += [Paragraph(escape(PER_MONTH.render(language)), styles.heading), _month_table(statement, language)]
        story += _month_notes(statement, language, styles)
        if statement.corrections:
            story += _corrections(statement, language, styles)
        if statement.activities:
            story += _activity_tables(statement, language, styles)
        if statement.caps:
            story.append(KeepTogether([Paragraph(escape(ROOM.render(language, year=statement.year)), styles.heading),
                                       _caps_table(statement, language)]))
    if statement.pot is not None:
        story.append(KeepTogether(_pot_flowables(statement, language, styles)))
    if statement.is_empty and statement.pot is None:
        story.append(Spacer(1, 2 * mm))  # nothing to explain: the one sentence says it all
    else:
        story.append(Paragraph(escape(EXPLAINED.render(language)), styles.heading))
    for text in explanations(statement):
        story += [Paragraph(escape(text.render(language, year=statement.year)), styles.body), Spacer(1, 2 * mm)]
    closing: list[Flowable] = [Spacer(1, 2 * mm),
                               Paragraph(QUESTIONS.render(language, cooperative=coop), styles.body)]
    if statement.treasurer:
        closing += [Spacer(1, 4 * mm), Paragraph(escape(REGARDS.render(language)), styles.body),
                    Paragraph(escape(TREASURER.render(language, name=statement.treasurer)), styles.body)]
    story.append(KeepTogether(closing))
    return story


def render_statements(statements: Sequence[YearStatement], target: IO[bytes] | str | Path, *,
                      language: Language | None = None,
                      progress: Callable[[int, int], None] | None = None) -> None:
    """All `statements` into one PDF (in the order given), each starting on a new page.
    `progress(done, total)` is told as each statement starts (it may raise to stop).
    A file is written beside its name first and put in place when complete, so a stop or
    a failure never leaves half a file (nor spoils the one that was there)."""
    if isinstance(target, (str, Path)):
        # owner-only like the book (names and income), never half a file in place
        with owner_only(Path(target)) as stream:
            render_statements(statements, stream, language=language, progress=progress)
        return
    register_fonts()
    chosen: Language = language or current_language()
    styles = _Styles()
    document = BaseDocTemplate(
        target, pagesize=A4, leftMargin=LEFT, rightMargin=RIGHT,
        topMargin=TOP, bottomMargin=BOTTOM, title=_document_title(statements, chosen),
        author=statements[0].cooperative.name if statements else "", creator="CoopDesk")
    frame = Frame(LEFT, BOTTOM, WIDTH, PAGE_HEIGHT - TOP - BOTTOM, id="body", leftPadding=0, rightPadding=0,
                  topPadding=0, bottomPadding=0)
    document.addPageTemplates([PageTemplate(id="statement", frames=[frame])])
    story: list[Flowable] = []
    total = len(statements)
    for index, statement in enumerate(statements):
        if index:
            story.append(PageBreak())
        tell = None if progress is None else (lambda done=index: progress(done, total))
        story += statement_flowables(statement, chosen, styles, f"{index}:{statement.number}", tell)
    if not story:
        story.append(Spacer(1, 1))
    document.build(story, canvasmaker=_StatementCanvas)


def _document_title(statements: Sequence[YearStatement], language: Language) -> str:
    if not statements:
        return ""
    title = TITLE.render(language, year=statements[0].year)
    return f"{title} – {statements[0].member.name}" if len(statements) == 1 else title


def statement_bytes(statements: Sequence[YearStatement], *, language: Language | None = None) -> bytes:
    buffer = BytesIO()
    render_statements(statements, buffer, language=language)
    return buffer.getvalue()


def statement_file_name(statement: YearStatement) -> str:
    """`00017 Fatima van der Berg.pdf`: by member number and name, safe on every file system."""
    name = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', "", statement.member.name).strip(" .") or "lid"
    return f"{statement.member_number:05d} {name}.pdf"


class StagedStatements:
    """Statement files written whole (synced, 0600) beside their targets, not yet in place.
    `place` renames each over its target; leaving the `with` block removes what was not
    placed, so a failure or a cancel leaves no file behind and spoils none that was there."""

    def __init__(self) -> None:
        self._pending: list[tuple[Path, Path]] = []  # (temporary, target)

    def __enter__(self) -> StagedStatements:
        return self

    def __exit__(self, *_: object) -> None:
        self.discard()

    def add(self, target: Path, write: Callable[[IO[bytes]], None]) -> None:
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".partial", dir=target.parent)
        temporary = Path(name)
        self._pending.append((temporary, target))
        with os.fdopen(handle, "wb") as stream:
            write(stream)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, 0o600)

    @property
    def targets(self) -> list[Path]:
        return [target for _, target in self._pending]

    def place(self) -> list[Path]:
        """Every file over its target (in the order staged); the targets."""
        placed = []
        while self._pending:
            temporary, target = self._pending[0]
            os.replace(temporary, target)
            self._pending.pop(0)
            placed.append(target)
        return placed

    def discard(self) -> None:
        for temporary, _ in self._pending:
            temporary.unlink(missing_ok=True)
        self._pending.clear()


def stage_statements(statements: Sequence[YearStatement], target: Path, *, per_member: bool = False,
                     language: Language | None = None,
                     progress: Callable[[int, int], None] | None = None) -> StagedStatements:
    """Write `statements` beside `target` without putting them in place: one combined PDF
    (`target` is the file), or with `per_member` one file per member in the folder
    `target` (`statement_file_name`). Use it in a `with` block and call `place` (the
    service does, when it records the issue); a failure here removes what was staged."""
    staged = StagedStatements()
    try:
        if per_member:
            for index, statement in enumerate(statements):
                if progress is not None:
                    progress(index, len(statements))
                staged.add(target / statement_file_name(statement), _writer([statement], language))
        else:
            staged.add(target, lambda stream: render_statements(statements, stream, language=language,
                                                                progress=progress))
    except BaseException:
        staged.discard()
        raise
    return staged


def _writer(statements: Sequence[YearStatement], language: Language | None) -> Callable[[IO[bytes]], None]:
    def write(stream: IO[bytes]) -> None:
        render_statements(statements, stream, language=language)
    return write
