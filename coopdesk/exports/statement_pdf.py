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
year, a line held out of the bank file "nog niet betaald" until it is paid later, reversed runs under
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

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
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
from coopdesk.exports.statement_page import (
    ACTIVITIES_PER_TABLE,
    BAND,
    BOTTOM,
    FONT,
    FONT_BOLD,
    INK,
    LEFT,
    PAGE_HEIGHT,
    RIGHT,
    TOP,
    WIDTH,
    Letterhead,
    StatementCanvas,
    Styles,
    register_fonts,
)
from coopdesk.exports.statement_words import (
    ALLOWANCE,
    CORRECTION,
    CORRECTION_NOTE,
    CORRECTION_ON,
    CORRECTION_PAID,
    CORRECTIONS,
    COSTS,
    EXPLAINED,
    GREETING,
    HOURS,
    HOURS_PER_ACTIVITY,
    INCOME_MARK,
    INTRO,
    MONTH,
    MONTHS,
    NOT_PAID,
    NOTHING,
    NOTHING_BUT_POT,
    OTHER_ORGANISATIONS,
    PAID_BY_US,
    PAID_IN,
    PAID_IN_NOTE,
    PAID_ON,
    PER_MONTH,
    POT,
    POT_CLOSING,
    POT_OPENING,
    PREMIUM,
    PREMIUM_PAID_BY_US,
    QUESTIONS,
    REGARDS,
    REPLACES,
    REPLACES_WHY,
    ROOM,
    ROOM_LEFT,
    TITLE,
    TOTAL,
    TOTAL_COLUMN,
    TREASURER,
)


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


def _month_notes(statement: YearStatement, language: Language, styles: Styles) -> list[Flowable]:
    """The words right under the month table: why two totals, and a line paid apart."""
    notes: list[Flowable] = []
    if statement.payment_dates_differ:
        notes += [Spacer(1, 2 * mm), Paragraph(escape(PAID_IN_NOTE.render(language, year=statement.year)),
                                               styles.note)]
    return notes


def _correction_text(correction: Correction, language: Language) -> str:
    month = f"{MONTHS[language][correction.month.month - 1]} {correction.month.year}"
    paid = CORRECTION_PAID.render(language, day=show_date(correction.paid_on)) if correction.paid_on else ""
    reversed_on = CORRECTION_ON.render(language, day=show_date(correction.reversed_on)) \
        if correction.reversed_on else ""
    return CORRECTION.render(language, month=month, amount=show_euro(correction.amount), paid=paid,
                             reversed=reversed_on)


def _corrections(statement: YearStatement, language: Language, styles: Styles) -> list[Flowable]:
    flowables: list[Flowable] = [Paragraph(escape(CORRECTIONS.render(language)), styles.heading)]
    for correction in statement.corrections:
        flowables += [Paragraph(escape(" ".join(_correction_text(correction, language).split())), styles.body),
                      Spacer(1, 1 * mm)]
    if any(correction.paid_on for correction in statement.corrections):
        flowables.append(Paragraph(escape(CORRECTION_NOTE.render(language)), styles.note))
    return [KeepTogether(flowables)]


def _activity_tables(statement: YearStatement, language: Language, styles: Styles) -> list[Flowable]:
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


def _pot_flowables(statement: YearStatement, language: Language, styles: Styles) -> list[Flowable]:
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


def statement_flowables(statement: YearStatement, language: Language, styles: Styles, key: str,
                        progress: Callable[[], None] | None = None) -> list[Flowable]:
    """One statement, from its letterhead to its closing words."""
    coop = escape(statement.cooperative.name)
    story: list[Flowable] = [
        Letterhead(statement, language, key, progress),
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
    styles = Styles()
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
    document.build(story, canvasmaker=StatementCanvas)


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
