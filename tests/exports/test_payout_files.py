"""The payout's files from a real book: the SEPA file of a posted run and a member's
municipality overview, through the services and the command line."""

from __future__ import annotations

import stat
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from lxml import etree
from openpyxl import load_workbook
from pypdf import PdfReader

from coopdesk.cli import main
from coopdesk.domain.errors import CoopDeskError
from coopdesk.domain.member import Member, MemberForm, PaymentRegime
from coopdesk.domain.money import Money
from coopdesk.domain.payout import PayoutMonth
from coopdesk.exports.payout_files import check_sepa, write_municipality_overview, write_sepa
from coopdesk.exports.sepa import SepaFileRefused, schema_path
from coopdesk.services import hours
from coopdesk.services import payout as payouts
from coopdesk.services.books import Book, update_cooperative
from coopdesk.services.members import register_member

NS = {"p": "urn:iso:std:iso:20022:tech:xsd:pain.001.001.09"}
TODAY = date(2026, 11, 28)  # the fixed clock of tests/conftest.py


class Posted:
    """A book with three members' March hours, the run posted: Ans (allowance, address),
    Bo (no IBAN: held), Piet (premium regime, no payment month: nothing to pay)."""

    def __init__(self, book: Book) -> None:
        self.ans = self._member(book, "Ans de Wit", "NL02ABNA0123456789", address="Kerkstraat 1", postcode="3512 CD",
                                city="Utrecht")
        self.bo = self._member(book, "Bo Smit", "")
        self.cees = self._member(book, "Cees van der Berg-Özdemir", "NL20INGB0001234567")
        centre = hours.list_cost_centres(book)[0]
        kitchen = hours.add_activity(book, "Keuken", centre.id, Money("5.00"))
        for member, day, text in ((self.ans, 2, "10"), (self.ans, 9, "2,5"), (self.bo, 3, "4"),
                                  (self.cees, 4, "6")):
            hours.set_hours(book, member.id, kitchen.id, date(2026, 3, day), text)
        hours.set_hours(book, self.ans.id, kitchen.id, date(2026, 4, 1), "3")  # a month without a run
        self.run_id, _ = payouts.post_payout(book, payouts.propose_payout(book, "2026-03"), who="test")

    @staticmethod
    def _member(book: Book, name: str, iban: str, **address: str) -> Member:
        return register_member(book, MemberForm(name=name, joined_on=date(2024, 1, 1), birth_on=date(1970, 5, 5),
                                                iban=iban, regime=PaymentRegime.VOLUNTEER_ALLOWANCE, **address))


@pytest.fixture
def posted(book: Book) -> Posted:
    update_cooperative(book, name="Cooperatie Test U.A.", kvk_number="12345678", iban="NL91ABNA0417164300",
                       address="Dorpsstraat 12a", postcode="3511 AB", city="Utrecht", municipality="Utrecht")
    return Posted(book)


def test_write_sepa_for_a_posted_run(book: Book, posted: Posted, tmp_path: Path) -> None:
    problems = check_sepa(book, posted.run_id)
    assert [(p.member_number, p.field, p.blocking) for p in problems] == [
        (int(posted.cees.number), "name", False),  # Ö is not in the SEPA set
        (int(posted.bo.number), "iban", False),  # held for want of an IBAN, named
    ]
    target = tmp_path / "maart.xml"
    with pytest.raises(SepaFileRefused):
        write_sepa(book, posted.run_id, target)
    assert not target.exists()

    written = write_sepa(book, posted.run_id, target, accept_changes=True)
    assert (written.count, written.total, written.execution_on) == (2, Money("92.50"), TODAY)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    document = etree.parse(str(target))
    assert etree.XMLSchema(etree.parse(str(schema_path("09")))).validate(document)
    root = document.getroot()
    assert root.findtext(".//p:GrpHdr/p:NbOfTxs", namespaces=NS) == "2"
    assert Decimal(root.findtext(".//p:GrpHdr/p:CtrlSum", namespaces=NS)) == Decimal("92.50")
    lines = [(tx.findtext("p:CdtrAcct/p:Id/p:IBAN", namespaces=NS), tx.findtext("p:Amt/p:InstdAmt", namespaces=NS),
              tx.findtext("p:Cdtr/p:Nm", namespaces=NS), tx.findtext("p:RmtInf/p:Ustrd", namespaces=NS))
             for tx in root.iterfind(".//p:CdtTrfTxInf", NS)]
    assert lines == [("NL02ABNA0123456789", "62.50", "Ans de Wit", "Vergoeding maart 2026"),
                     ("NL20INGB0001234567", "30.00", "Cees van der Berg-Ozdemir", "Vergoeding maart 2026")]
    assert root.findtext(".//p:Dbtr/p:PstlAdr/p:StrtNm", namespaces=NS) == "Dorpsstraat"
    assert root.findtext(".//p:Dbtr/p:PstlAdr/p:BldgNb", namespaces=NS) == "12a"


def test_sepa_needs_the_cooperative_town_and_names_it(book: Book, posted: Posted, tmp_path: Path) -> None:
    update_cooperative(book, name="Cooperatie Test U.A.", iban="NL91ABNA0417164300")  # no address
    with pytest.raises(SepaFileRefused) as refused:
        write_sepa(book, posted.run_id, tmp_path / "x.xml", accept_changes=True)
    assert "plaats van de coöperatie ontbreekt" in refused.value.message("nl")


def test_sepa_refuses_an_execution_date_in_the_past(book: Book, posted: Posted, tmp_path: Path) -> None:
    with pytest.raises(CoopDeskError) as refused:
        write_sepa(book, posted.run_id, tmp_path / "x.xml", execution_on=date(2026, 11, 27), accept_changes=True)
    assert "verleden" in refused.value.message("nl")


def test_the_overview_shows_the_run_and_its_payment_date(book: Book, posted: Posted, tmp_path: Path) -> None:
    payouts.mark_paid(book, posted.run_id, TODAY, who="test")
    number = int(posted.ans.number)
    pdf = write_municipality_overview(book, number, PayoutMonth(2026, 2), PayoutMonth(2026, 4), tmp_path / "a.pdf")
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(str(pdf)).pages).split())
    assert "Cooperatie Test U.A." in text and "KvK-nummer 12345678" in text and "Ans de Wit" in text
    assert "februari 2026 0 € 0,00 € 0,00 € 0,00" in text
    assert "maart 2026 12,5 € 62,50 € 0,00 € 0,00 28-11-2026" in text
    assert "april 2026 3 € 0,00 € 0,00 € 0,00" in text
    assert "pagina 1 van 1" in text

    xlsx = write_municipality_overview(book, number, PayoutMonth(2026, 2), PayoutMonth(2026, 4),
                                       tmp_path / "a.xlsx")
    sheet = load_workbook(xlsx).active
    found = {row[0].value.date(): row for row in sheet.iter_rows() if hasattr(row[0].value, "date")}
    march = found[date(2026, 3, 1)]
    assert Money(str(march[2].value)) == Money("62.50") and march[5].value.date() == TODAY


def test_the_overview_refuses_another_suffix(book: Book, posted: Posted, tmp_path: Path) -> None:
    with pytest.raises(CoopDeskError) as refused:
        write_municipality_overview(book, 1, PayoutMonth(2026, 1), PayoutMonth(2026, 3), tmp_path / "a.docx")
    assert ".pdf of .xlsx" in refused.value.message("nl")


def test_the_commands(book: Book, posted: Posted, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = str(book.path)
    book.close()
    day = date.today() + timedelta(days=7)  # the command runs on the system clock
    out = tmp_path / "run.xml"
    assert main(["sepa", path, "--run", str(posted.run_id), "--out", str(out), "--version", "03",
                 "--date", day.strftime("%d-%m-%Y")]) == 1
    err = capsys.readouterr().err
    assert "Cees van der Berg-Özdemir" in err and "--accept-changes" in err and not out.exists()

    assert main(["sepa", path, "--run", str(posted.run_id), "--out", str(out), "--version", "03",
                 "--date", day.strftime("%d-%m-%Y"), "--accept-changes"]) == 0
    assert "2 betalingen" in capsys.readouterr().out
    document = etree.parse(str(out))
    assert etree.XMLSchema(etree.parse(str(schema_path("03")))).validate(document)
    assert document.getroot().findtext(".//{*}ReqdExctnDt") == day.isoformat()

    overview = tmp_path / "ans.xlsx"
    assert main(["municipality-overview", path, "--member", str(posted.ans.number), "--from", "2026-01",
                 "--to", "2026-06", "--out", str(overview)]) == 0
    assert "geschreven" in capsys.readouterr().out and overview.exists()
    assert main(["municipality-overview", path, "--member", "999", "--from", "2026-01", "--to", "2026-06",
                 "--out", str(tmp_path / "x.pdf")]) == 1
    assert "999" in capsys.readouterr().err
