"""The page of the year-end member statement (`statement_pdf`): A4 measures, colours and
fonts, the letterhead with the envelope window, and the canvas that numbers pages per
statement."""

from __future__ import annotations

from collections.abc import Callable
from io import BytesIO
from typing import Any

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
    Flowable,
)

from coopdesk import resources
from coopdesk.domain.display import show_date
from coopdesk.domain.statement import (
    YearStatement,
)
from coopdesk.domain.text import Language
from coopdesk.exports.statement_words import (
    DATE,
    DUPLICATE,
    DUPLICATE_FOOTER,
    KVK,
    MEMBER_NUMBER,
    NUMBER,
    PAGE,
    TITLE,
)

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

_fonts_registered: list[bool] = []


def register_fonts() -> None:
    """DejaVu Sans from the package's resources, once per process."""
    if _fonts_registered:
        return
    pdfmetrics.registerFont(TTFont(FONT, str(resources.path(resources.FONTS, "DejaVuSans.ttf"))))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(resources.path(resources.FONTS, "DejaVuSans-Bold.ttf"))))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD)
    _fonts_registered.append(True)


class Styles:
    def __init__(self) -> None:
        self.body = ParagraphStyle("body", fontName=FONT, fontSize=9.5, leading=13, textColor=INK, alignment=TA_LEFT)
        self.title = ParagraphStyle("title", parent=self.body, fontName=FONT_BOLD, fontSize=15, leading=19,
                                    spaceAfter=4 * mm)
        self.replaces = ParagraphStyle("replaces", parent=self.body, fontName=FONT_BOLD, fontSize=10.5, leading=14)
        self.heading = ParagraphStyle("heading", parent=self.body, fontName=FONT_BOLD, fontSize=11, leading=14,
                                      spaceBefore=6 * mm, spaceAfter=2 * mm)
        self.cell = ParagraphStyle("cell", parent=self.body, fontSize=8.5, leading=10.5)
        self.note = ParagraphStyle("note", parent=self.body, fontSize=8, leading=10.5, textColor=QUIET)


class StatementCanvas(Canvas):  # type: ignore[misc]
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


class Letterhead(Flowable):  # type: ignore[misc]
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
        if isinstance(canvas, StatementCanvas):
            canvas.statement_key = self.key
            canvas.footer_language = language
            canvas.footer_text = footer_text(statement, language)
        coop = statement.cooperative
        canvas.saveState()
        canvas.setFillColor(INK)
        top = PAGE_HEIGHT - TOP
        if coop.logo:
            draw_logo(canvas, coop.logo)
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


def draw_logo(canvas: Canvas, logo: bytes) -> None:
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


def footer_text(statement: YearStatement, language: Language) -> str:
    parts = [statement.cooperative.name, TITLE.render(language, year=statement.year), statement.number]
    if statement.duplicate:
        parts.append(DUPLICATE_FOOTER.render(language))
    return "  ·  ".join(part for part in parts if part)
