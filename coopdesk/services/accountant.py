"""The accountant's package of one book year: the read model behind the XAF audit file
and the accountant's workbook (issue 12).

`read_year(path, year)` opens the book read-only (stdlib `sqlite3`, no SQLAlchemy, no
lock: it runs beside an open app) and returns an `AccountantYear`; the writers in
`coopdesk.exports.xaf` and `coopdesk.exports.accountant_workbook` only render it.

Before anything is handed out, the year is checked against the ledger: the opening
balance plus the year's transactions must give, account by account, the trial balance
the app shows (`coopdesk.services.reports.trial_balance`), and both the opening
balance and every transaction must balance. A book that breaks this gets a clear
`CoopDeskError`, not a file that does not add up.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from coopdesk.domain.audit_file import (
    AccountantYear,
    AuditAccount,
    AuditLine,
    AuditYear,
    PotBalanceItem,
    PotMovementItem,
)
from coopdesk.domain.errors import CoopDeskError
from coopdesk.domain.ledger import Account, AccountRole, AccountType, TransactionKind
from coopdesk.domain.money import Money, total
from coopdesk.domain.reports import Period, Report
from coopdesk.services import reports
from coopdesk.store.chart import POTS
from coopdesk.store.year_reads import YearReader, reading_year

__all__ = ["read_accountant_year", "read_audit_year", "audit_year", "accountant_year", "check_against_ledger",
           "check_year"]


def read_accountant_year(path: str | Path, year: int, today: date) -> AccountantYear:
    """Everything the accountant's workbook (and the audit file) of `year` shows."""
    check_year(year)
    with reading_year(Path(path).expanduser()) as source:
        return accountant_year(source, year, today)


def read_audit_year(path: str | Path, year: int, today: date) -> AuditYear:
    """Only what an audit file of `year` needs, checked against the ledger."""
    check_year(year)
    with reading_year(Path(path).expanduser()) as source:
        audit = audit_year(source, year, today)
        check_against_ledger(audit, reports.trial_balance(source, Period.year(year)))
        return audit


def accountant_year(source: YearReader, year: int, today: date) -> AccountantYear:
    audit = audit_year(source, year, today)
    period = Period.year(year)
    trial = reports.trial_balance(source, period)
    check_against_ledger(audit, trial)
    movements = tuple(source.pot_movements(period.start, period.end))
    balances = pot_balances(source.pot_balances_before(period.start), movements)
    liability = -sum((b.amount for b in source.balances(None, period.end) if b.account.code == POTS),
                     Money.zero())
    check_pots(year, balances, liability)
    return AccountantYear(
        audit=audit,
        hours=tuple(source.hours_per_member_month(period.start, period.end)),
        payouts=tuple(source.payout_lines(year)),
        trial_balance=trial,
        profit_and_loss=reports.profit_and_loss(source, period),
        balance_sheet=reports.balance_sheet(source, period.end),
        pot_movements=movements,
        pot_balances=balances,
        pots_liability=liability,
    )


def pot_balances(openings: list[tuple[int, str, Money]],
                 movements: tuple[PotMovementItem, ...]) -> tuple[PotBalanceItem, ...]:
    """Per member with a pot (a balance at the start or a movement in the year), by number:
    opening, the year's deposits and withdrawals (by sign), and so the closing balance."""
    names = {number: name for number, name, _ in openings}
    opening = {number: amount for number, _, amount in openings}
    ins: dict[int, Money] = {}
    outs: dict[int, Money] = {}
    for item in movements:
        names.setdefault(item.number, item.name)
        if item.amount.is_negative():
            outs[item.number] = outs.get(item.number, Money.zero()) - item.amount
        else:
            ins[item.number] = ins.get(item.number, Money.zero()) + item.amount
    zero = Money.zero()
    return tuple(PotBalanceItem(number, names[number], opening.get(number, zero), ins.get(number, zero),
                                outs.get(number, zero)) for number in sorted(names))


def check_pots(year: int, balances: tuple[PotBalanceItem, ...], liability: Money) -> None:
    """The pots' closing balances add up to the pots' liability account at year end."""
    pots = sum((b.closing for b in balances), Money.zero())
    if pots != liability:
        raise CoopDeskError.of(
            "De spaarpotten tellen eind {year} op tot {pots}, maar rekening {code} staat op {liability}; "
            "controleer het boek met 'coopdesk check'.",
            "The savings pots add up to {pots} at the end of {year}, but account {code} stands at "
            "{liability}; check the book with 'coopdesk check'.",
            "year", year=year, pots=str(pots), code=POTS, liability=str(liability))


def audit_year(source: YearReader, year: int, today: date) -> AuditYear:
    start, end = date(year, 1, 1), date(year, 12, 31)
    book_accounts = source.list_accounts()
    accounts = tuple(AuditAccount(a.code, a.name, a.type, a.rgs_code) for a in book_accounts)
    by_code = {a.code: a for a in accounts}
    opening: dict[str, Money] = {}
    earlier = Money.zero()
    for balance in source.balances(None, date(year - 1, 12, 31)):
        if balance.account.type.on_balance_sheet:
            opening[balance.account.code] = opening.get(balance.account.code, Money.zero()) + balance.amount
        else:
            earlier += balance.amount
    transactions = []
    for transaction in source.posted_transactions(start, end):
        if transaction.kind is TransactionKind.OPENING:  # an audit file keeps it in openingBalance only
            for line in transaction.lines:
                opening[line.account_code] = opening.get(line.account_code, Money.zero()) + line.amount
        else:
            transactions.append(transaction)
    result_account = _result_account(book_accounts)
    if earlier:
        if not result_account:
            raise CoopDeskError.of(
                "Het boek heeft geen rekening voor het eigen vermogen; de beginbalans van {year} kan niet "
                "sluiten.", "The book has no equity account; the opening balance of {year} cannot balance.",
                "year", year=year)
        opening[result_account] = opening.get(result_account, Money.zero()) + earlier
    lines = tuple(AuditLine(code, amount) for code, amount in sorted(opening.items()) if amount)
    missing = sorted({line.account_code for line in lines} - by_code.keys())
    assert not missing, f"postings on accounts that are not in the chart: {missing}"
    return AuditYear(
        year=year,
        cooperative=source.cooperative(),
        created_on=today,
        accounts=accounts,
        opening=lines,
        earlier_result=earlier,
        result_account=result_account,
        transactions=tuple(transactions),
        members=tuple(source.members_in(start, end)),
    )


def _result_account(accounts: list[Account]) -> str:
    """Where income and costs of earlier years (not yet closed into equity) are carried in
    the opening balance: the opening balance account, else the first equity account."""
    for account in accounts:
        if account.role is AccountRole.OPENING:
            return account.code
    for account in accounts:
        if account.type is AccountType.EQUITY:
            return account.code
    return ""


def trial_balance_amounts(trial: Report, result_account: str) -> dict[str, Money]:
    """The trial balance as signed amounts per account code (debit +, credit -), with the
    line of earlier results carried on `result_account`, as the audit file carries it."""
    debit, credit = trial.column("debit"), trial.column("credit")
    found: dict[str, Money] = {}
    for row in trial.rows:
        code = row.cells[0]
        amount = _money(row.cells[debit]) - _money(row.cells[credit])
        key = str(code) if code is not None else result_account
        found[key] = found.get(key, Money.zero()) + amount
    return {code: amount for code, amount in found.items() if amount}


def _money(cell: object) -> Money:
    return cell if isinstance(cell, Money) else Money.zero()


def check_against_ledger(year: AuditYear, trial: Report) -> None:
    """Refuse a year whose opening balance or transactions do not balance, or whose closing
    balances differ from the trial balance of the ledger."""
    unbalanced = [t.number for t in year.transactions if total(line.amount for line in t.lines)]
    opening_off = total(line.amount for line in year.opening)
    expected = trial_balance_amounts(trial, year.result_account)
    found = year.closing_balances()
    differ = sorted(code for code in expected.keys() | found.keys()
                    if expected.get(code, Money.zero()) != found.get(code, Money.zero()))
    if unbalanced or opening_off or differ:
        raise CoopDeskError.of(
            "Het jaar {year} telt niet op (boekingen {transactions}, beginbalans {opening}, rekeningen "
            "{accounts}); controleer het boek met 'coopdesk check'.",
            "The year {year} does not add up (transactions {transactions}, opening balance {opening}, "
            "accounts {accounts}); check the book with 'coopdesk check'.",
            "year", year=year.year, transactions=", ".join(map(str, unbalanced[:5])) or "-",
            opening=str(opening_off), accounts=", ".join(differ[:5]) or "-",
        )


def check_year(year: int) -> None:
    if not 2000 <= year <= 2099:
        raise CoopDeskError.of(
            "{year} is geen boekjaar; geef het hele jaartal, bijvoorbeeld 2025.",
            "{year} is not a book year; give the whole year, for example 2025.",
            "year", year=year,
        )
