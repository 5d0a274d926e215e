"""The XAF audit file (XML Auditfile Financieel) of one book year, version 4.0 or 3.2.

Renders an `AuditYear` (`coopdesk.domain.audit_file`, built by
`coopdesk.services.accountant`); it queries nothing itself.

* **4.0** (release 4.0.3, the default: the only version the Belastingdienst accepts from
  1 January 2027): namespace `XAF_40`; the header carries `RGSVersion` only when an
  account has an RGS code; the company carries `Commercenr` (the KvK number); the
  general ledger (account types B and P, `RGScode` where set), the members as relations
  (number and name only: no address, birth date or IBAN; postings name no member),
  the twelve months as periods, the opening balance in `openingBalance`, and one
  memorial journal with every transaction and its lines, `linesCount`, `totalDebit`
  and `totalCredit`, all sit inside `company`.
* **3.2** (on request, for years up to 2025): namespace `XAF_32`, the same content in
  its older shape (periods always present, `opBalDate` in the opening balance).

Every file is validated with lxml against the official XSD before it is written (the
schemas are published standards kept outside the project: `schema_dir()` finds them
in `../shared/schemas/` beside the checkout, or in `$COOPDESK_XAF_SCHEMAS`); a file
that does not validate is never written. The file is written beside the target and
moved over it, readable by its owner only.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from coopdesk.domain.audit_file import AuditLine, AuditYear, debit_credit
from coopdesk.domain.errors import CoopDeskError
from coopdesk.domain.money import Money
from coopdesk.exports.owner_only_file import write_owner_only

XAF_40 = "http://www.odb.belastingdienst.nl/Belastingdienst/BCPP/1.1/structures/XmlauditfileXAF_4.0"
XAF_32 = "http://www.auditfiles.nl/XAF/3.2"
VERSIONS = ("4.0", "3.2")
SCHEMA_FILES = {"4.0": "XmlAuditfileFinancieel4.0.xsd", "3.2": "XmlAuditfileFinancieel3.2.xsd"}
LAST_YEAR_32 = 2025
SOFTWARE = "CoopDesk"
RGS_VERSION = "RGS"  # shown only when accounts carry RGS codes; the book keeps no version name
JOURNAL_ID = "MEMO"
NAME_LIMIT = 50  # custSupName


def schema_dir() -> Path | None:
    """Where the official XSDs are: `$COOPDESK_XAF_SCHEMAS`, else `../shared/schemas/`
    beside the checkout; None when neither holds them."""
    configured = os.environ.get("COOPDESK_XAF_SCHEMAS")
    candidates = [Path(configured)] if configured else []
    candidates.append(Path(__file__).resolve().parents[2].parent / "shared" / "schemas")
    for candidate in candidates:
        if (candidate / SCHEMA_FILES["4.0"]).is_file():
            return candidate
    return None


def check_version(version: str, year: int) -> None:
    if version not in VERSIONS:
        raise CoopDeskError.of("XAF-versie {version} bestaat niet; kies 4.0 of 3.2.",
                               "XAF version {version} does not exist; choose 4.0 or 3.2.",
                               "xaf_version", version=version)
    if version == "3.2" and year > LAST_YEAR_32:
        raise CoopDeskError.of(
            "XAF 3.2 is er alleen voor jaren tot en met {last}; gebruik XAF 4.0 voor {year}.",
            "XAF 3.2 is only for years up to {last}; use XAF 4.0 for {year}.",
            "xaf_version", last=LAST_YEAR_32, year=year)


def _amount(value: Money) -> str:
    return f"{value.amount:.2f}"


def _sub(parent: Any, tag: str, text: object | None = None) -> Any:
    from lxml import etree

    element = etree.SubElement(parent, tag)
    if text is not None:
        element.text = str(text)
    return element


def _clean(text: str) -> str:
    """XML 1.0 cannot hold control characters other than tab, newline and carriage return,
    nor U+FFFE and U+FFFF."""
    if text.isprintable():
        return text
    return "".join(c for c in text if (c >= " " or c in "\t\n\r") and c not in "\ufffe\uffff")


def build(year: AuditYear, version: str = "4.0") -> Any:
    """The audit file as an lxml element tree (not yet validated)."""
    from lxml import etree

    check_version(version, year.year)
    ns = XAF_40 if version == "4.0" else XAF_32
    q = "{" + ns + "}"
    root = etree.Element(q + "auditfile", nsmap={None: ns})

    def sub(parent: Any, tag: str, text: object | None = None) -> Any:
        return _sub(parent, q + tag, text)

    header = sub(root, "header")
    sub(header, "fiscalYear", year.year)
    sub(header, "startDate", year.start.isoformat())
    sub(header, "endDate", year.end.isoformat())
    sub(header, "curCode", "EUR")
    sub(header, "dateCreated", year.created_on.isoformat())
    sub(header, "softwareDesc", SOFTWARE)
    sub(header, "softwareVersion", _software_version())
    if version == "4.0" and year.has_rgs:
        sub(header, "RGSVersion", RGS_VERSION)

    company = sub(root, "company")
    details = year.cooperative
    if version == "4.0":
        if details.kvk_number:
            sub(company, "Commercenr", details.kvk_number)
    elif details.kvk_number:
        sub(company, "companyIdent", details.kvk_number)
    sub(company, "companyName", _clean(details.name)[:255])
    sub(company, "taxRegistrationCountry", "NL")
    sub(company, "taxRegIdent", "")
    if details.city or details.postcode or details.address:
        address = sub(company, "streetAddress")
        if details.address:
            sub(address, "streetname", _clean(details.address)[:100])
        if details.city:
            sub(address, "city", _clean(details.city)[:50])
        if details.postcode:
            sub(address, "postalCode", details.postcode[:10])
        sub(address, "country", "NL")

    if year.members:
        relations = sub(company, "customersSuppliers")
        for member in year.members:
            relation = sub(relations, "customerSupplier")
            sub(relation, "custSupID", f"LID{member.number}")
            sub(relation, "custSupName", _clean(member.name)[:NAME_LIMIT])
            sub(relation, "custSupTp", "S")

    ledger = sub(company, "generalLedger")
    for account in year.accounts:
        item = sub(ledger, "ledgerAccount")
        sub(item, "accID", account.code)
        sub(item, "accDesc", _clean(account.name))
        sub(item, "accTp", "B" if account.on_balance_sheet else "P")
        if version == "4.0" and account.rgs_code:
            sub(item, "RGScode", account.rgs_code)

    periods = sub(company, "periods")
    for period in year.periods:
        item = sub(periods, "period")
        sub(item, "periodNumber", period.number)
        sub(item, "startDatePeriod", period.start.isoformat())
        sub(item, "endDatePeriod", period.end.isoformat())

    opening = sub(company, "openingBalance")
    if version == "3.2":
        sub(opening, "opBalDate", year.start.isoformat())
    _totals(sub, opening, year.opening)
    for number, line in enumerate(year.opening, start=1):
        item = sub(opening, "obLine")
        amount, side = debit_credit(line.amount)
        sub(item, "nr", number)
        sub(item, "accID", line.account_code)
        sub(item, "amnt", _amount(amount))
        sub(item, "amntTp", side)

    transactions = sub(company, "transactions")
    _totals(sub, transactions, year.lines())
    if year.transactions:
        journal = sub(transactions, "journal")
        sub(journal, "jrnID", JOURNAL_ID)
        sub(journal, "desc", "Memoriaal")
        sub(journal, "jrnTp", "M")
        for transaction in year.transactions:
            item = sub(journal, "transaction")
            day = transaction.booked_on.isoformat()
            sub(item, "nr", transaction.number)
            sub(item, "desc", _clean(transaction.description))
            sub(item, "periodNumber", transaction.period)
            sub(item, "trDt", day)
            reference = _clean(transaction.reference) or str(transaction.number)
            for number, line in enumerate(transaction.lines, start=1):
                row = sub(item, "trLine")
                amount, side = debit_credit(line.amount)
                sub(row, "nr", number)
                sub(row, "accID", line.account_code)
                sub(row, "docRef", reference[:255])
                sub(row, "effDate", day)
                sub(row, "desc", _clean(transaction.description))
                sub(row, "amnt", _amount(amount))
                sub(row, "amntTp", side)
    return etree.ElementTree(root)


def _totals(sub: Any, parent: Any, lines: Iterable[AuditLine]) -> None:
    count, debit, credit = 0, 0, 0
    for line in lines:
        count += 1
        if line.amount.is_negative():
            credit -= line.amount.cents
        else:
            debit += line.amount.cents
    sub(parent, "linesCount", count)
    sub(parent, "totalDebit", _amount(Money.from_cents(debit)))
    sub(parent, "totalCredit", _amount(Money.from_cents(credit)))


def _software_version() -> str:
    try:
        from importlib.metadata import version

        return version("coopdesk")[:20]
    except Exception:  # not installed as a distribution (a checkout on sys.path)
        return "dev"


def validate(tree: Any, version: str, schemas: Path) -> None:
    """Raise a CoopDeskError naming the first problems when `tree` breaks the XSD."""
    from lxml import etree

    schema = etree.XMLSchema(etree.parse(str(schemas / SCHEMA_FILES[version])))
    if not schema.validate(tree):
        problems = "; ".join(f"line {e.line}: {e.message}" for e in list(schema.error_log)[:3])
        raise CoopDeskError.of(
            "Het XAF-bestand voldoet niet aan het schema van XAF {version}: {problems}",
            "The XAF file does not meet the XAF {version} schema: {problems}",
            "xaf", version=version, problems=problems)


def write_xaf(year: AuditYear, path: Path | str, version: str = "4.0",
              schemas: Path | None = None) -> bool:
    """Write the audit file of `year` to `path`; validated first against the XSD in
    `schemas` (default `schema_dir()`). Returns whether it was validated (False only
    when no schema could be found)."""
    from lxml import etree

    tree = build(year, version)
    schemas = schemas or schema_dir()
    if schemas is not None:
        validate(tree, version, schemas)
    data = etree.tostring(tree, xml_declaration=True, encoding="UTF-8", pretty_print=True)
    write_owner_only(Path(path), data)
    return schemas is not None
