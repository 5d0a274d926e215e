"""The default chart of accounts a new book starts with (Dutch, small cooperative).

Shipped as a Python data module rather than a file under `resources/`: it is part
of the schema's meaning (services and the demo find accounts by these codes), it
is versioned and type-checked with the code that relies on it, and it needs no
package-data lookup at run time. The treasurer can add, rename and deactivate
accounts afterwards; the book, not this module, is then the truth.

Codes follow the usual Dutch decimal layout (0 equity, 1 money, receivables and
debts, 4 costs, 8 income). RGS reference codes are left empty on purpose: they
may only be filled in when copied exactly from the official RGS list of a named
version, and that list was not available when this chart was written.
"""

from __future__ import annotations

from coopdesk.domain.ledger import AccountRole, AccountType

ASSET, DEBT, EQUITY, INCOME, COST = (AccountType.ASSET, AccountType.LIABILITY, AccountType.EQUITY,
                 AccountType.INCOME, AccountType.EXPENSE)

# (code, name, type, role, rgs_code)
DEFAULT_CHART: tuple[tuple[str, str, AccountType, AccountRole, str], ...] = (
    ("0100", "Algemene reserve", EQUITY, AccountRole.NONE, ""),
    ("0110", "Opleidingsreserve", EQUITY, AccountRole.NONE, ""),
    ("0190", "Beginbalans", EQUITY, AccountRole.OPENING, ""),
    ("0200", "Resultaatverdeling", EQUITY, AccountRole.NONE, ""),
    ("1000", "Kas", ASSET, AccountRole.CASH, ""),
    ("1100", "Bank", ASSET, AccountRole.BANK, ""),
    ("1300", "Debiteuren", ASSET, AccountRole.NONE, ""),
    ("1600", "Crediteuren", DEBT, AccountRole.NONE, ""),
    ("1700", "Te betalen vergoedingen leden", DEBT, AccountRole.NONE, ""),
    ("1710", "Spaarpotten leden", DEBT, AccountRole.NONE, ""),
    ("1720", "Af te dragen aan gemeente", DEBT, AccountRole.NONE, ""),
    ("4000", "Inkoop en materiaalkosten", COST, AccountRole.NONE, ""),
    ("4100", "Huur", COST, AccountRole.NONE, ""),
    ("4200", "Vergoedingen en premies leden", COST, AccountRole.NONE, ""),
    ("4210", "Vrijwilligersvergoedingen", COST, AccountRole.NONE, ""),
    ("4220", "Premies art. 31 Participatiewet", COST, AccountRole.NONE, ""),
    ("4230", "Onkostenvergoedingen leden (werkelijke kosten)", COST, AccountRole.NONE, ""),
    ("4300", "Opleidingskosten", COST, AccountRole.NONE, ""),
    ("4500", "Bankkosten", COST, AccountRole.NONE, ""),
    ("4900", "Overige kosten", COST, AccountRole.NONE, ""),
    # One sales account: a cooperative adds one per activity if it wants them apart
    # (the demo book does: restaurant, atelier, urban farming).
    ("8000", "Omzet", INCOME, AccountRole.NONE, ""),
    ("8090", "Overige omzet", INCOME, AccountRole.NONE, ""),
    ("8400", "Subsidies", INCOME, AccountRole.NONE, ""),
    ("8500", "Contributies leden", INCOME, AccountRole.NONE, ""),
)

CASH = "1000"
BANK = "1100"
OPENING = "0190"
GENERAL_RESERVE = "0100"
TRAINING_RESERVE = "0110"
# the monthly payout (services/payout.py) posts to these; migration 0005 adds them to older books
ALLOWANCES = "4210"
PREMIUMS = "4220"
ACTUAL_COSTS = "4230"
ALLOWANCES_PAYABLE = "1700"
PAYOUT_ACCOUNTS = (ALLOWANCES, PREMIUMS, ACTUAL_COSTS)
# the pots and the year close (services/pots.py, services/year_close.py); migration 0006 adds them
POTS = "1710"
MUNICIPALITY_PAYABLE = "1720"
# the year close debits the distributed profit here (the profit itself stays in the income
# statement, shown on the balance sheet as "Resultaat (nog niet verdeeld)"; the two cancel)
RESULT_DISTRIBUTION = "0200"
