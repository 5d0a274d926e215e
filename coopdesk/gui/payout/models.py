"""Table models of the Vergoedingen page: thin `QAbstractTableModel`s over the frozen rows
one payout service call returns (examples.md, habit 6): the proposal's lines, the posted
runs, and the two rules tables.

Columns are `coopdesk.gui.columns.Column`s; amounts and dates are shown through
`coopdesk.domain.display`. A proposal line the treasurer must look at before posting
(a warning: under 27 on social assistance, no valid IBAN, left before the month) is
marked by a tinted row and a "⚠" in the Let op column, not by colour alone; the
held-back cell carries the reasons as its tooltip.
"""

from __future__ import annotations

from typing import Any, TypeVar

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
)
from PySide6.QtGui import QColor

from coopdesk.domain.allowance_rules import FiscalCaps, PremiumMaximum
from coopdesk.domain.display import show_euro, show_moment
from coopdesk.domain.hours import format_hours
from coopdesk.domain.member import PaymentRegime
from coopdesk.domain.payout import PayoutLine, PayoutMonth, PayoutRun, RunLine, RunStatus
from coopdesk.domain.reports import Hours
from coopdesk.domain.text import Text
from coopdesk.gui.columns import NEGATIVE, Column, display
from coopdesk.gui.columns import RowsModel as _RowsModel

Row = TypeVar("Row")
CONTEXT = "PayoutColumns"
WARNING_BACKGROUND = QColor("#fde7e4")
UNCONFIRMED_BACKGROUND = QColor("#fff4d6")
HELD_COLOUR = QColor("#8a4b00")
MUTED = QColor("#6b6b6b")


class RowsModel(_RowsModel[Row]):
    """The page's tables: `gui.columns.RowsModel`, headers translated as PayoutColumns."""

    context = CONTEXT


MONTHS = (
    QT_TRANSLATE_NOOP("PayoutPage", "januari"),
    QT_TRANSLATE_NOOP("PayoutPage", "februari"),
    QT_TRANSLATE_NOOP("PayoutPage", "maart"),
    QT_TRANSLATE_NOOP("PayoutPage", "april"),
    QT_TRANSLATE_NOOP("PayoutPage", "mei"),
    QT_TRANSLATE_NOOP("PayoutPage", "juni"),
    QT_TRANSLATE_NOOP("PayoutPage", "juli"),
    QT_TRANSLATE_NOOP("PayoutPage", "augustus"),
    QT_TRANSLATE_NOOP("PayoutPage", "september"),
    QT_TRANSLATE_NOOP("PayoutPage", "oktober"),
    QT_TRANSLATE_NOOP("PayoutPage", "november"),
    QT_TRANSLATE_NOOP("PayoutPage", "december"),
)


def month_name(month: PayoutMonth) -> str:
    """"maart 2026" / "March 2026"."""
    return f"{QCoreApplication.translate('PayoutPage', MONTHS[month.month - 1])} {month.year}"


# -- the proposal ----------------------------------------------------------------------------


def activities_text(line: PayoutLine, separator: str = "; ") -> str:
    """"Keuken 10 u × € 5,00 = € 50,00; Tuin …": the hours per activity, rate and amount."""
    hours = QCoreApplication.translate("PayoutColumns", "%1 u")
    return separator.join(f"{a.name} {hours.replace('%1', format_hours(a.minutes))} × {show_euro(a.hourly_rate)} "
                          f"= {show_euro(a.amount)}" for a in line.activities)


def rate_of(line: PayoutLine) -> object:
    rates = {a.hourly_rate for a in line.activities}
    if len(rates) == 1:
        return next(iter(rates))
    return QCoreApplication.translate("PayoutColumns", "diverse") if rates else None


REGIME_SHORT = {
    PaymentRegime.VOLUNTEER_ALLOWANCE: QT_TRANSLATE_NOOP("PayoutColumns", "Vergoeding"),
    PaymentRegime.PREMIUM: QT_TRANSLATE_NOOP("PayoutColumns", "Premie"),
    PaymentRegime.NONE: QT_TRANSLATE_NOOP("PayoutColumns", "Alleen kosten"),
}


def regime_short(regime: PaymentRegime) -> str:
    return QCoreApplication.translate("PayoutColumns", REGIME_SHORT[regime])


def held_back_text(line: PayoutLine) -> str:
    """Which limit held back how much, one per line."""
    return "\n".join(f"• {held.reason.label.render()}: {show_euro(held.amount)}" for held in line.held_back)


def warning_text(line: PayoutLine) -> str:
    return "\n".join(warning.message() for warning in line.warnings)


REGIME = 2
HELD = 7
PAID = 8
WARN = 9
ACTIVITIES = 10

PROPOSAL_COLUMNS: tuple[Column[PayoutLine], ...] = (
    Column(QT_TRANSLATE_NOOP("PayoutColumns", "Nr."), lambda r: r.member.number),
    Column(QT_TRANSLATE_NOOP("PayoutColumns", "Naam"), lambda r: r.member.name),
    Column(QT_TRANSLATE_NOOP("PayoutColumns", "Regeling"), lambda r: regime_short(r.member.regime)),
    Column(QT_TRANSLATE_NOOP("PayoutColumns", "Uren"), lambda r: Hours(r.minutes)),
    Column(QT_TRANSLATE_NOOP("PayoutColumns", "Tarief"), rate_of),
    Column(QT_TRANSLATE_NOOP("PayoutColumns", "Bedrag"), lambda r: r.asked,
           tooltip=QT_TRANSLATE_NOOP("PayoutColumns", "Uren × tarief, vóór de grenzen")),
    Column(QT_TRANSLATE_NOOP("PayoutColumns", "Kosten"), lambda r: r.actual_costs or None,
           tooltip=QT_TRANSLATE_NOOP("PayoutColumns", "Werkelijke kosten met bon (buiten de grenzen)")),
    Column(QT_TRANSLATE_NOOP("PayoutColumns", "Ingehouden"), lambda r: r.held_back_total or None,
           tooltip=QT_TRANSLATE_NOOP("PayoutColumns", "Wat een grens tegenhield; de reden staat in de tooltip "
                                                      "van de cel en onder de tabel")),
    Column(QT_TRANSLATE_NOOP("PayoutColumns", "Uit te betalen"), lambda r: r.paid),
    Column(QT_TRANSLATE_NOOP("PayoutColumns", "Let op"),
           lambda r: f"⚠ {len(r.warnings)}" if r.warnings else ""),
    Column(QT_TRANSLATE_NOOP("PayoutColumns", "Activiteiten"), lambda r: activities_text(r),
           tooltip=QT_TRANSLATE_NOOP("PayoutColumns", "Uren per activiteit × tarief = bedrag")),
)


class ProposalModel(RowsModel[PayoutLine]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(PROPOSAL_COLUMNS, parent)

    def tooltip(self, row: PayoutLine, column: int) -> str:
        if column == HELD:
            return held_back_text(row)
        if column == WARN:
            return warning_text(row)
        if column == ACTIVITIES:
            return activities_text(row, "\n")
        if column == REGIME:
            return row.member.regime.label.render()
        if column == PAID and row.premium_carried:
            return QCoreApplication.translate(
                "PayoutColumns", "Premie opgebouwd en nog niet betaald: %1; betaald in de betaalmaanden van het "
                "lid (tabblad Per lid)").replace("%1", show_euro(row.premium_carried))
        return ""

    def background(self, row: PayoutLine) -> QColor | None:
        return WARNING_BACKGROUND if row.warnings else None

    def foreground(self, row: PayoutLine, column: int, value: object) -> QColor | None:
        if column == HELD and row.held_back:
            return HELD_COLOUR
        if column == WARN and row.warnings:
            return NEGATIVE
        return super().foreground(row, column, value)


# -- the runs --------------------------------------------------------------------------------

RUN_COLUMNS: tuple[Column[PayoutRun], ...] = (
    Column(QT_TRANSLATE_NOOP("PayoutColumns", "Nr."), lambda r: r.id),
    Column(QT_TRANSLATE_NOOP("PayoutColumns", "Maand"), lambda r: month_name(r.month)),
    Column(QT_TRANSLATE_NOOP("PayoutColumns", "Status"), lambda r: r.status.label),
    Column(QT_TRANSLATE_NOOP("PayoutColumns", "Leden"), lambda r: r.member_count),
    Column(QT_TRANSLATE_NOOP("PayoutColumns", "Uitbetaald"), lambda r: r.paid_total),
    Column(QT_TRANSLATE_NOOP("PayoutColumns", "Ingehouden"), lambda r: r.held_back_total or None),
    Column(QT_TRANSLATE_NOOP("PayoutColumns", "Geboekt op"), lambda r: r.posted_on),
    Column(QT_TRANSLATE_NOOP("PayoutColumns", "Door"), lambda r: r.posted_by),
    Column(QT_TRANSLATE_NOOP("PayoutColumns", "Betaald op"), lambda r: r.paid_on),
    Column(QT_TRANSLATE_NOOP("PayoutColumns", "Teruggedraaid"),
           lambda r: f"{display(r.reversed_on)}: {r.reversal_reason}" if r.reversed_on else ""),
)


class RunsModel(RowsModel[PayoutRun]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(RUN_COLUMNS, parent)

    def foreground(self, row: PayoutRun, column: int, value: object) -> QColor | None:
        return MUTED if row.status is RunStatus.REVERSED else super().foreground(row, column, value)


RUN_LINE_COLUMNS: tuple[Column[RunLine], ...] = (
    Column(QT_TRANSLATE_NOOP("PayoutColumns", "Nr."), lambda r: r.member_number),
    Column(QT_TRANSLATE_NOOP("PayoutColumns", "Naam"), lambda r: r.member_name),
    Column(QT_TRANSLATE_NOOP("PayoutColumns", "Regeling"), lambda r: regime_short(r.regime)),
    Column(QT_TRANSLATE_NOOP("PayoutColumns", "Uren"), lambda r: Hours(r.minutes)),
    Column(QT_TRANSLATE_NOOP("PayoutColumns", "Vergoeding"), lambda r: r.allowance),
    Column(QT_TRANSLATE_NOOP("PayoutColumns", "Premie"), lambda r: r.premium),
    Column(QT_TRANSLATE_NOOP("PayoutColumns", "Kosten"), lambda r: r.actual_costs or None),
    Column(QT_TRANSLATE_NOOP("PayoutColumns", "Ingehouden"), lambda r: r.held_back_total or None),
    Column(QT_TRANSLATE_NOOP("PayoutColumns", "Uitbetaald"), lambda r: r.paid),
    Column(QT_TRANSLATE_NOOP("PayoutColumns", "Bank"),
           lambda r: QCoreApplication.translate("PayoutColumns", "vastgehouden: geen IBAN") if r.payment_held else ""),
)


class RunLinesModel(RowsModel[RunLine]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(RUN_LINE_COLUMNS, parent)

    def tooltip(self, row: RunLine, column: int) -> str:
        return "\n".join(f"{h.reason.label.render()}: {show_euro(h.amount)}" for h in row.held_back)


# -- the rules -------------------------------------------------------------------------------


def status_text(status: str) -> Text:
    if status == "confirmed":
        return Text("bevestigd", "confirmed")
    return Text("⚠ niet bevestigd", "⚠ unconfirmed")


def edited_text(by: str, at: object) -> str:
    if not by:
        return ""
    return f"{by}, {show_moment(at)}" if at is not None else by  # type: ignore[arg-type]


FISCAL_COLUMNS: tuple[Column[FiscalCaps], ...] = (
    Column(QT_TRANSLATE_NOOP("PayoutColumns", "Jaar"), lambda r: str(r.year)),
    Column(QT_TRANSLATE_NOOP("PayoutColumns", "Uur 21+"), lambda r: r.hour_rate_21_plus),
    Column(QT_TRANSLATE_NOOP("PayoutColumns", "Uur onder 21"), lambda r: r.hour_rate_under_21),
    Column(QT_TRANSLATE_NOOP("PayoutColumns", "Maand"), lambda r: r.month),
    Column(QT_TRANSLATE_NOOP("PayoutColumns", "Jaar totaal"), lambda r: r.year_total),
    Column(QT_TRANSLATE_NOOP("PayoutColumns", "Status"), lambda r: status_text(r.status)),
    Column(QT_TRANSLATE_NOOP("PayoutColumns", "Gewijzigd door"), lambda r: edited_text(r.edited_by, r.edited_at)),
    Column(QT_TRANSLATE_NOOP("PayoutColumns", "Bron"), lambda r: r.source),
)

PREMIUM_COLUMNS: tuple[Column[PremiumMaximum], ...] = (
    Column(QT_TRANSLATE_NOOP("PayoutColumns", "Geldt vanaf"), lambda r: r.in_force_on),
    Column(QT_TRANSLATE_NOOP("PayoutColumns", "Maximum per jaar"), lambda r: r.yearly_maximum),
    Column(QT_TRANSLATE_NOOP("PayoutColumns", "Vrijlating per maand"), lambda r: r.income_disregard_month),
    Column(QT_TRANSLATE_NOOP("PayoutColumns", "Status"), lambda r: status_text(r.status)),
    Column(QT_TRANSLATE_NOOP("PayoutColumns", "Gewijzigd door"), lambda r: edited_text(r.edited_by, r.edited_at)),
    Column(QT_TRANSLATE_NOOP("PayoutColumns", "Bron"), lambda r: r.source),
)


def _rule_tooltip(source: str, status: str, confirmed: bool, column: int, source_column: int) -> str:
    if column == source_column:
        return source
    return "" if confirmed else status


class FiscalModel(RowsModel[FiscalCaps]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(FISCAL_COLUMNS, parent)

    def tooltip(self, row: FiscalCaps, column: int) -> str:
        return _rule_tooltip(row.source, row.status, row.confirmed, column, len(FISCAL_COLUMNS) - 1)

    def background(self, row: FiscalCaps) -> QColor | None:
        return None if row.confirmed else UNCONFIRMED_BACKGROUND


class PremiumModel(RowsModel[PremiumMaximum]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(PREMIUM_COLUMNS, parent)

    def tooltip(self, row: PremiumMaximum, column: int) -> str:
        return _rule_tooltip(row.source, row.status, row.confirmed, column, len(PREMIUM_COLUMNS) - 1)

    def background(self, row: PremiumMaximum) -> QColor | None:
        return None if row.confirmed else UNCONFIRMED_BACKGROUND
