"""The accountant's workbook of one book year (`coopdesk export BOOK --year Y --xlsx FILE`).

Renders an `AccountantYear` (`coopdesk.services.accountant`); it queries nothing itself.
Written with openpyxl in `write_only` mode (rows streamed, not kept), one sheet each:

- **Leden**: the member register of the year without what the accountant does not need
  (no address, birth date, IBAN, contact details or notes): number, name, joined, left,
  payment regime.
- **Uren**: hours per member per month (a column per month, and the year).
- **Vergoedingen**: every payout line of the year's runs (reversed runs too, with their
  status: the ledger holds the run and its reversal).
- **Spaarpotten**: per member with a savings pot, the year's movements (date, member,
  kind, purpose or reason, receipt reference, amount) and then a "Saldo" row with the
  opening balance, deposits, withdrawals and closing balance; the totals row's closing
  balance is checked against the pots' liability account (1710) at year end.
- **Journaal**: the opening balance (as lines without a transaction number), then every
  posting of the year: transaction number, date, account code and name, description,
  debit, credit. Per account it adds up to the Proefbalans.
- **Proefbalans**, **Winst-en-verlies**, **Balans**: the reports as the app shows them.

Every sheet has its header row frozen with an autofilter and set column widths; money is
a number with a euro format (a `Decimal` to the cent, never text or a rounded float),
days are dates, hours decimal hours. Totals rows hold values, not formulas, and the
journal's totals are checked against the year's ledger totals before the file is
written. Text a person typed that starts with `=`, `+`, `-`, `@`, a tab or a carriage
return is written as text, never as a formula (`coopdesk.exports.cell_text`).
The file is written beside the target and moved over it, readable by its owner only.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from coopdesk.domain.audit_file import AccountantYear
from coopdesk.domain.errors import CoopDeskError
from coopdesk.domain.money import Money
from coopdesk.domain.pot import MovementKind
from coopdesk.domain.reports import Cell, Hours, Report
from coopdesk.domain.text import Text
from coopdesk.exports.cell_text import looks_like_formula
from coopdesk.exports.owner_only_file import owner_only

EURO_FORMAT = '"€" #,##0.00;"€" -#,##0.00'
DATE_FORMAT = "dd-mm-yyyy"
MONTH_FORMAT = "mmm yyyy"
HOURS_FORMAT = "0.00"
_HUNDRED = Decimal("0.01")
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")  # what XML 1.0 (so openpyxl) refuses
MONTHS = (
    ("jan", "Jan"), ("feb", "Feb"), ("mrt", "Mar"), ("apr", "Apr"), ("mei", "May"), ("jun", "Jun"),
    ("jul", "Jul"), ("aug", "Aug"), ("sep", "Sep"), ("okt", "Oct"), ("nov", "Nov"), ("dec", "Dec"),
)

SHEETS = ("Leden", "Uren", "Vergoedingen", "Spaarpotten", "Journaal", "Proefbalans", "Winst-en-verlies", "Balans")


def _hours(minutes: int) -> Decimal:
    return (Decimal(minutes) / 60).quantize(_HUNDRED)


class _Sheet:
    """One write-only sheet: header row (bold, frozen, autofilter), widths, typed cells.
    Cells are made only where a value needs a format or must stay text; plain numbers
    and ordinary text go in as they are (what makes write_only fast)."""

    def __init__(self, workbook: Any, title: str, header: Sequence[str], widths: Sequence[int]) -> None:
        from openpyxl.cell import WriteOnlyCell
        from openpyxl.styles import Font
        from openpyxl.utils import get_column_letter

        self._cell = WriteOnlyCell
        self.sheet = workbook.create_sheet(title)
        self.columns = len(header)
        self.rows = 0
        for index, width in enumerate(widths, start=1):
            self.sheet.column_dimensions[get_column_letter(index)].width = width
        self.sheet.freeze_panes = "A2"
        self.bold = Font(bold=True)
        self.append([self._styled(text, bold=True) for text in header])
        self._last_column = get_column_letter(self.columns)

    def _styled(self, value: object, number_format: str | None = None, bold: bool = False) -> Any:
        cell = self._cell(self.sheet, value)
        if isinstance(value, str) and looks_like_formula(value):
            cell.data_type = "s"
        if number_format is not None:
            cell.number_format = number_format
        if bold:
            cell.font = self.bold
        return cell

    def euro(self, amount: Decimal) -> Any:
        """An amount (a Decimal to the cent) with the euro format: the hot path."""
        cell = self._cell(self.sheet, amount)
        cell.number_format = EURO_FORMAT
        return cell

    def money(self, amount: Money | None, bold: bool = False) -> Any:
        if amount is None:
            return None
        return self._styled(amount.amount, EURO_FORMAT, bold) if bold else self.euro(amount.amount)

    def day(self, value: date | None, number_format: str = DATE_FORMAT) -> Any:
        if value is None:
            return None
        cell = self._cell(self.sheet, value)
        cell.number_format = number_format
        return cell

    def hours(self, minutes: int) -> Any:
        cell = self._cell(self.sheet, _hours(minutes))
        cell.number_format = HOURS_FORMAT
        return cell

    def text(self, value: str, bold: bool = False) -> Any:
        """Text a person typed: as it is, unless it could be read as a formula (then a
        text cell); control characters a workbook cannot hold are left out."""
        if _ILLEGAL.search(value):
            value = _ILLEGAL.sub("", value)
        if bold or looks_like_formula(value):
            return self._styled(value, bold=bold)
        return value

    def append(self, values: Iterable[Any]) -> None:
        self.sheet.append(list(values))
        self.rows += 1

    def finish(self) -> None:
        self.sheet.auto_filter.ref = f"A1:{self._last_column}{max(self.rows, 1)}"


def _members(workbook: Any, data: AccountantYear) -> None:
    sheet = _Sheet(workbook, "Leden", ("Lidnummer", "Naam", "Lid sinds", "Uitgeschreven", "Regeling"),
                   (11, 32, 12, 14, 34))
    for member in data.audit.members:
        sheet.append((member.number, sheet.text(member.name), sheet.day(member.joined_on),
                      sheet.day(member.left_on), member.regime.label.render()))
    sheet.finish()


def _hours_sheet(workbook: Any, data: AccountantYear) -> None:
    months = [nl for nl, _ in MONTHS]
    sheet = _Sheet(workbook, "Uren", ("Lidnummer", "Naam", *months, "Jaar"), (11, 32, *[8] * 12, 10))
    per_member: dict[int, tuple[str, list[int]]] = {}
    for item in data.hours:
        per_member.setdefault(item.number, (item.name, [0] * 12))[1][item.month - 1] += item.minutes
    column_totals = [0] * 12
    for number in sorted(per_member):
        name, minutes = per_member[number]
        for index, value in enumerate(minutes):
            column_totals[index] += value
        sheet.append((number, sheet.text(name), *(sheet.hours(m) if m else None for m in minutes),
                      sheet.hours(sum(minutes))))
    sheet.append((None, sheet.text("Totaal", bold=True), *(sheet.hours(m) for m in column_totals),
                  sheet.hours(sum(column_totals))))
    sheet.finish()


def _payouts(workbook: Any, data: AccountantYear) -> None:
    sheet = _Sheet(workbook, "Vergoedingen",
                   ("Maand", "Status", "Geboekt op", "Betaald op", "Lidnummer", "Naam", "Regeling", "Uren",
                    "Vrijwilligersvergoeding", "Premie", "Werkelijke kosten", "Uitbetaald", "Ingehouden"),
                   (10, 14, 12, 12, 11, 30, 30, 8, 14, 12, 14, 14, 12))
    sums = [Decimal(0)] * 5
    minutes = 0
    regimes: dict[object, str] = {}
    euro = sheet.euro
    for line in data.payouts:
        amounts = (line.allowance.amount, line.premium.amount, line.actual_costs.amount,
                   line.allowance.amount + line.premium.amount + line.actual_costs.amount, line.held_back.amount)
        sums = [a + b for a, b in zip(sums, amounts, strict=True)]
        minutes += line.minutes
        regime = regimes.get(line.regime) or regimes.setdefault(line.regime, line.regime.label.render())
        sheet.append((sheet.day(date(line.year, line.month, 1), MONTH_FORMAT), line.status.value,
                      sheet.day(line.posted_on), sheet.day(line.paid_on), line.number, sheet.text(line.name),
                      regime, sheet.hours(line.minutes), *(euro(a) for a in amounts)))
    sheet.append((sheet.text("Totaal", bold=True), None, None, None, None, None, None, sheet.hours(minutes),
                  *(sheet.money(Money(a), bold=True) for a in sums)))
    sheet.finish()


def _pot_totals(data: AccountantYear) -> list[Money]:
    """Opening, deposits, withdrawals and closing of all pots, checked against each other
    and the pots' liability account (before any sheet is written)."""
    sums = [Money.zero()] * 4
    for balance in data.pot_balances:
        amounts = (balance.opening, balance.deposits, balance.withdrawals, balance.closing)
        sums = [a + b for a, b in zip(sums, amounts, strict=True)]
    if sums[3] != data.pots_liability or sums[0] + sums[1] - sums[2] != sums[3]:
        raise CoopDeskError.of(
            "De spaarpotten tellen niet op: samen {pots}, rekening 1710 {liability}.",
            "The savings pots do not add up: together {pots}, account 1710 {liability}.",
            "xlsx", pots=str(sums[3]), liability=str(data.pots_liability))
    return sums


def _pots(workbook: Any, data: AccountantYear) -> None:
    sheet = _Sheet(workbook, "Spaarpotten",
                   ("Lidnummer", "Naam", "Datum", "Soort", "Doel / omschrijving", "Bon", "Bedrag",
                    "Beginsaldo", "Stortingen", "Opnames", "Eindsaldo"),
                   (11, 30, 12, 26, 36, 14, 13, 13, 13, 13, 13))
    end = data.audit.end
    per_member: dict[int, list[Any]] = {}
    for item in data.pot_movements:
        per_member.setdefault(item.number, []).append(item)
    kinds = {kind.value: kind.label.render() for kind in MovementKind}
    sums = _pot_totals(data)
    for balance in data.pot_balances:
        for item in per_member.get(balance.number, ()):
            sheet.append((item.number, sheet.text(item.name), sheet.day(item.booked_on),
                          kinds.get(item.kind, item.kind), sheet.text(item.reason),
                          sheet.text(item.receipt_reference), sheet.money(item.amount)))
        amounts = (balance.opening, balance.deposits, balance.withdrawals, balance.closing)
        sheet.append((balance.number, sheet.text(balance.name), sheet.day(end), "Saldo", None, None, None,
                      *(sheet.money(a) for a in amounts)))
    sheet.append((None, sheet.text("Totaal", bold=True), None, None, None, None, None,
                  *(sheet.money(a, bold=True) for a in sums)))
    sheet.finish()


def _journal(workbook: Any, data: AccountantYear) -> None:
    audit = data.audit
    names = {a.code: a.name for a in audit.accounts}
    sheet = _Sheet(workbook, "Journaal",
                   ("Boeking", "Datum", "Rekening", "Rekeningnaam", "Omschrijving", "Debet", "Credit"),
                   (10, 12, 10, 30, 50, 14, 14))
    debit = credit = Decimal(0)
    euro = sheet.euro
    text = sheet.text  # a fresh cell per row for formula-like text; plain text goes in as it is

    def sides(value: Decimal) -> tuple[Any, Any]:
        nonlocal debit, credit
        if value < 0:
            credit -= value
            return None, euro(-value)
        debit += value
        return euro(value), None

    for line in audit.opening:
        sheet.append((None, sheet.day(audit.start), line.account_code, text(names[line.account_code]),
                      "Beginbalans", *sides(line.amount.amount)))
    for transaction in audit.transactions:
        day, description = transaction.booked_on, transaction.description
        for line in transaction.lines:
            sheet.append((transaction.number, sheet.day(day), line.account_code, text(names[line.account_code]),
                          text(description), *sides(line.amount.amount)))
    expected = (audit.opening_debit + audit.total_debit, audit.opening_credit + audit.total_credit)
    written = (Money(debit), Money(credit))
    if written != expected or debit != credit:
        raise CoopDeskError.of(
            "Het journaal telt niet op: debet {debit}, credit {credit}, grootboek {ledger}.",
            "The journal does not add up: debit {debit}, credit {credit}, ledger {ledger}.",
            "xlsx", debit=str(written[0]), credit=str(written[1]), ledger=str(expected[0]))
    sheet.append((None, None, None, None, sheet.text("Totaal", bold=True),
                  sheet.money(written[0], bold=True), sheet.money(written[1], bold=True)))
    sheet.finish()


def _report(workbook: Any, title: str, report: Report) -> None:
    header = [column.title.render() for column in report.columns]
    widths = [max(len(h) + 2, 14 if column.numeric else 10) for h, column in zip(header, report.columns, strict=True)]
    if len(widths) > 1:
        widths[1] = max(widths[1], 40)
    sheet = _Sheet(workbook, title, header, widths)
    for row in report.rows:
        sheet.append(_report_cell(sheet, value, row.style != "line") for value in row.cells)
    sheet.append(_report_cell(sheet, value, True) for value in report.totals)
    sheet.finish()


def _report_cell(sheet: _Sheet, value: Cell, bold: bool) -> Any:
    if value is None:
        return None
    if isinstance(value, Money):
        return sheet.money(value, bold)
    if isinstance(value, date):
        return sheet.day(value)
    if isinstance(value, Hours):
        return sheet.hours(value.minutes)
    if isinstance(value, int):
        return value
    return sheet.text(value.render() if isinstance(value, Text) else str(value), bold)


WRITERS: tuple[Callable[[Any, AccountantYear], None], ...] = (_members, _hours_sheet, _payouts, _pots, _journal)


def write_workbook(data: AccountantYear, path: Path | str) -> None:
    """Write the accountant's workbook of `data` to `path` (replaced when it exists)."""
    from openpyxl import Workbook

    _pot_totals(data)  # refused before a sheet is opened
    workbook = Workbook(write_only=True)
    for writer in WRITERS:
        writer(workbook, data)
    _report(workbook, "Proefbalans", data.trial_balance)
    _report(workbook, "Winst-en-verlies", data.profit_and_loss)
    _report(workbook, "Balans", data.balance_sheet)
    save_owner_only(workbook, Path(path))


def save_owner_only(workbook: Any, target: Path) -> None:
    """Saved beside `target` and moved over it (0600): it lists members by name."""
    with owner_only(target) as stream:
        workbook.save(stream)
