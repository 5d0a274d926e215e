"""The SEPA credit-transfer file: valid against the bank's schema, figures that match,
structured addresses, and nothing cut or changed without the treasurer seeing it."""

from __future__ import annotations

import dataclasses
import stat
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from coopdesk.domain.money import Money
from coopdesk.domain.payout import SepaPaymentLine, SepaPaymentRun
from coopdesk.domain.text import set_language
from coopdesk.exports.sepa import (
    SCHEMAS,
        SepaFileRefused,
    Version,
    schema_path,
    sepa_problems,
    sepa_text,
    sepa_xml,
    split_street,
    write_sepa_file,
)

from .conftest import EXECUTION_ON, IBANS, payment_line


def _parse(document: bytes, version: Version) -> tuple[etree._Element, dict[str, str]]:
    root = etree.fromstring(document)
    return root, {"p": f"urn:iso:std:iso:20022:tech:xsd:{SCHEMAS[version]}"}


def _xsd(version: Version) -> etree.XMLSchema:
    import sepaxml

    xsd = Path(sepaxml.__file__).parent / "schemas" / f"{SCHEMAS[version]}.xsd"
    assert xsd == schema_path(version)
    return etree.XMLSchema(etree.parse(str(xsd)))


@pytest.mark.parametrize("version", ["09", "03"])
def test_the_written_file_validates_against_the_bundled_xsd(tmp_path: Path, run: SepaPaymentRun,
                                                            version: Version) -> None:
    target = write_sepa_file(tmp_path / "maart.xml", run, EXECUTION_ON, version)
    parsed = etree.parse(str(target))
    schema = _xsd(version)
    assert schema.validate(parsed), schema.error_log
    assert parsed.getroot().tag == f"{{urn:iso:std:iso:20022:tech:xsd:{SCHEMAS[version]}}}Document"


def test_version_09_is_the_default(run: SepaPaymentRun) -> None:
    assert b"pain.001.001.09" in sepa_xml(run, EXECUTION_ON)


@pytest.mark.parametrize("version", ["09", "03"])
def test_control_sum_and_number_of_transactions_match_the_run(run: SepaPaymentRun, version: Version) -> None:
    root, ns = _parse(sepa_xml(run, EXECUTION_ON, version), version)
    expected_sum = Decimal("218.50")
    assert run.total == Money(expected_sum)
    for header in ("p:CstmrCdtTrfInitn/p:GrpHdr", "p:CstmrCdtTrfInitn/p:PmtInf"):
        assert Decimal(root.findtext(f"{header}/p:CtrlSum", namespaces=ns)) == expected_sum
        assert root.findtext(f"{header}/p:NbOfTxs", namespaces=ns) == "3"
    assert len(root.findall(".//p:PmtInf", ns)) == 1
    assert len(root.findall(".//p:CdtTrfTxInf", ns)) == 3


@pytest.mark.parametrize("version", ["09", "03"])
def test_reading_the_file_back_gives_the_same_ibans_amounts_and_ids(run: SepaPaymentRun, version: Version) -> None:
    root, ns = _parse(sepa_xml(run, EXECUTION_ON, version), version)
    read = [
        (tx.findtext("p:CdtrAcct/p:Id/p:IBAN", namespaces=ns),
         Decimal(tx.findtext("p:Amt/p:InstdAmt", namespaces=ns)),
         tx.find("p:Amt/p:InstdAmt", ns).get("Ccy"),
         tx.findtext("p:PmtId/p:EndToEndId", namespaces=ns),
         tx.findtext("p:RmtInf/p:Ustrd", namespaces=ns),
         tx.findtext("p:Cdtr/p:Nm", namespaces=ns))
        for tx in root.iterfind(".//p:CdtTrfTxInf", ns)
    ]
    assert read == [(p.iban, p.amount.amount, "EUR", p.end_to_end_id, p.remittance, p.name) for p in run.lines]
    execution = (root.findtext(".//p:ReqdExctnDt/p:Dt", namespaces=ns) if version == "09"
                 else root.findtext(".//p:ReqdExctnDt", namespaces=ns))
    assert execution == "2025-04-03"


@pytest.mark.parametrize("version", ["09", "03"])
def test_the_cooperative_is_sent_with_a_structured_address(run: SepaPaymentRun, version: Version) -> None:
    root, ns = _parse(sepa_xml(run, EXECUTION_ON, version), version)
    address = root.find(".//p:PmtInf/p:Dbtr/p:PstlAdr", ns)
    assert address is not None
    fields = {etree.QName(child).localname: child.text for child in address}
    assert fields == {"StrtNm": "Dorpsstraat", "BldgNb": "12a", "PstCd": "3511 AB", "TwnNm": "Utrecht",
                      "Ctry": "NL"}
    assert root.findtext(".//p:PmtInf/p:Dbtr/p:Nm", namespaces=ns) == "Cooperatie De Buurt U.A."
    bic_tag = "BICFI" if version == "09" else "BIC"
    assert root.findtext(f".//p:DbtrAgt/p:FinInstnId/p:{bic_tag}", namespaces=ns) == "ABNANL2A"


@pytest.mark.parametrize("version", ["09", "03"])
def test_a_member_address_is_hybrid_or_left_out_never_free_lines_only(run: SepaPaymentRun, version: Version) -> None:
    root, ns = _parse(sepa_xml(run, EXECUTION_ON, version), version)
    addresses = [tx.find("p:Cdtr/p:PstlAdr", ns) for tx in root.iterfind(".//p:CdtTrfTxInf", ns)]
    as_fields = [None if a is None else [(etree.QName(c).localname, c.text) for c in a] for a in addresses]
    assert as_fields == [
        [("PstCd", "3512 CD"), ("TwnNm", "Utrecht"), ("Ctry", "NL"), ("AdrLine", "Kerkstraat 1")],
        None,  # no town known: no address at all
        [("PstCd", "2000"), ("TwnNm", "Antwerpen"), ("Ctry", "BE"), ("AdrLine", "Meir 10")],
    ]
    for address in root.iterfind(".//p:PstlAdr", ns):
        assert address.find("p:TwnNm", ns) is not None and address.find("p:Ctry", ns) is not None


def test_the_file_is_owner_only_and_replaces_an_old_one_whole(tmp_path: Path, run: SepaPaymentRun) -> None:
    target = tmp_path / "betaling.xml"
    target.write_text("old")
    target.chmod(0o644)
    write_sepa_file(target, run, EXECUTION_ON)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert target.read_bytes().startswith(b"<?xml")
    assert [p.name for p in tmp_path.iterdir()] == ["betaling.xml"]  # no temporary file left


def test_a_long_name_is_reported_with_what_the_bank_would_get(run: SepaPaymentRun, tmp_path: Path) -> None:
    long_name = "Maria " + "van der Heijden-" * 5 + "Bakker"
    assert len(long_name) > 70
    changed = dataclasses.replace(run, lines=(dataclasses.replace(run.lines[0], name=long_name),
                                                   *run.lines[1:]))
    problems = sepa_problems(changed)
    assert [(p.member_number, p.field, p.blocking) for p in problems] == [(7, "name", False)]
    assert problems[0].sent_as == long_name[:70].rstrip()
    message = problems[0].message("nl")
    assert "(7)" in message and "70" in message and f"{len(long_name)} tekens" in message

    target = tmp_path / "lang.xml"
    with pytest.raises(SepaFileRefused) as refused:
        write_sepa_file(target, changed, EXECUTION_ON)
    assert refused.value.sepa_problems == problems
    assert not target.exists()  # refused: nothing cut silently, nothing written

    write_sepa_file(target, changed, EXECUTION_ON, accept_changes=True)  # after the treasurer saw it
    root, ns = _parse(target.read_bytes(), "09")
    assert root.findtext(".//p:CdtTrfTxInf/p:Cdtr/p:Nm", namespaces=ns) == problems[0].sent_as


def test_non_latin_characters_are_reported_and_changed_only_as_shown(run: SepaPaymentRun) -> None:
    names = ("Łukasz Żółć", "Иван Петров", "Renée & Zoë")
    changed = dataclasses.replace(run, lines=tuple(
        dataclasses.replace(payment, name=name) for payment, name in zip(run.lines, names, strict=True)))
    problems = sepa_problems(changed)
    assert [(p.member_number, p.field, p.value, p.sent_as, p.blocking) for p in problems] == [
        (7, "name", "Łukasz Żółć", "Lukasz Zolc", False),
        (12, "name", "Иван Петров", "Ivan Petrov", False),
        (15, "name", "Renée & Zoë", "Renee + Zoe", False),
    ]
    set_language("en")
    assert "characters a SEPA file does not allow" in problems[1].message()
    with pytest.raises(SepaFileRefused):
        sepa_xml(changed, EXECUTION_ON)
    root, ns = _parse(sepa_xml(changed, EXECUTION_ON, accept_changes=True), "09")
    assert [n.text for n in root.iterfind(".//p:Cdtr/p:Nm", ns)] == ["Lukasz Zolc", "Ivan Petrov", "Renee + Zoe"]


def test_the_cooperative_name_is_checked_too(run: SepaPaymentRun) -> None:
    changed = dataclasses.replace(run, debtor_name="Coöperatie De Buurt U.A.")
    [problem] = sepa_problems(changed)
    assert (problem.member_number, problem.field, problem.sent_as) == (None, "name", "Cooperatie De Buurt U.A.")


@pytest.mark.parametrize("accept_changes", [False, True])
def test_a_bad_iban_is_refused_naming_the_member(run: SepaPaymentRun, tmp_path: Path, accept_changes: bool) -> None:
    bad = dataclasses.replace(run.lines[1], iban="NL20INGB0001234568")  # one digit off
    changed = dataclasses.replace(run, lines=(run.lines[0], bad, run.lines[2]))
    target = tmp_path / "fout.xml"
    with pytest.raises(SepaFileRefused) as refused:
        write_sepa_file(target, changed, EXECUTION_ON, accept_changes=accept_changes)
    [problem] = refused.value.sepa_problems
    assert problem.blocking and problem.field == "iban"
    assert "Mohamed El Amrani (12)" in refused.value.message("nl")
    assert "NL20INGB0001234568" in refused.value.message("nl")
    assert not target.exists()


def test_blocking_problems_name_each_line(run: SepaPaymentRun) -> None:
    payments = (
        dataclasses.replace(run.lines[0], amount=Money("0.00")),
        dataclasses.replace(run.lines[1], end_to_end_id="x" * 36),
        dataclasses.replace(run.lines[2], end_to_end_id=run.lines[0].end_to_end_id, iban=""),
    )
    changed = dataclasses.replace(run, lines=payments, debtor_town="")
    found = [(p.member_number, p.field) for p in sepa_problems(changed) if p.blocking]
    assert found == [(None, "town"), (7, "amount"), (12, "end_to_end_id"), (15, "iban"),
                     (15, "end_to_end_id")]


def test_an_empty_run_writes_no_file(run: SepaPaymentRun) -> None:
    with pytest.raises(SepaFileRefused):
        sepa_xml(dataclasses.replace(run, lines=()), EXECUTION_ON)


def test_a_remittance_over_140_characters_is_shown_before_it_is_cut(run: SepaPaymentRun) -> None:
    text = "Vergoeding maart 2025 " * 8
    changed = dataclasses.replace(run, lines=(dataclasses.replace(run.lines[0], remittance=text),))
    [problem] = sepa_problems(changed)
    assert problem.field == "remittance" and len(problem.sent_as) <= 140


@pytest.mark.parametrize(("line", "expected"), [
    ("Dorpsstraat 12a", ("Dorpsstraat", "12a")),
    ("Dorpsstraat 12 A", ("Dorpsstraat", "12 A")),
    ("Plein 1944 3", ("Plein 1944", "3")),
    ("Kerkstraat 1/3", ("Kerkstraat", "1/3")),
    ("Markt", ("Markt", "")),
    ("  Lange   Nieuwstraat  4 ", ("Lange Nieuwstraat", "4")),
])
def test_a_street_line_splits_into_name_and_building_number(line: str, expected: tuple[str, str]) -> None:
    assert split_street(line) == expected


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(cents=st.lists(st.integers(min_value=1, max_value=99_999_999), min_size=1, max_size=12),
       names=st.lists(st.text(min_size=1, max_size=90), min_size=12, max_size=12))
def test_any_run_gives_a_valid_file_whose_figures_match(run: SepaPaymentRun, cents: list[int], names: list[str]) -> None:
    payments = tuple(
        SepaPaymentLine(i, name, IBANS[i % 3], "", "", "", "NL", Money.from_cents(amount), f"CD-R1-{i}",
                        "Vergoeding mei 2025")
        for i, (amount, name) in enumerate(zip(cents, names, strict=False))
    )
    changed = dataclasses.replace(run, lines=payments)
    if any(p.blocking for p in sepa_problems(changed)):  # a name with nothing left to send
        assert any(not sepa_text(name) for name in names[: len(cents)])
        return
    root, ns = _parse(sepa_xml(changed, EXECUTION_ON, accept_changes=True), "09")
    assert _xsd("09").validate(root)
    assert Decimal(root.findtext(".//p:GrpHdr/p:CtrlSum", namespaces=ns)) == Decimal(sum(cents)) / 100
    assert [Decimal(a.text) for a in root.iterfind(".//p:InstdAmt", ns)] == [Decimal(c) / 100 for c in cents]
    assert all(len(n.text) <= 70 for n in root.iterfind(".//p:Cdtr/p:Nm", ns))


def test_members_held_for_want_of_an_iban_are_named_before_writing(run: SepaPaymentRun) -> None:
    held = dataclasses.replace(run, held=((21, "Kees Bakker"),))
    [problem] = sepa_problems(held)
    assert (problem.member_number, problem.blocking) == (21, False)
    assert "Kees Bakker (21)" in problem.message("nl") and "geen geldig IBAN" in problem.message("nl")
    with pytest.raises(SepaFileRefused):
        sepa_xml(held, EXECUTION_ON)
    root, ns = _parse(sepa_xml(held, EXECUTION_ON, accept_changes=True), "09")
    assert root.findtext(".//p:GrpHdr/p:NbOfTxs", namespaces=ns) == "3"


def test_payment_line_helper_builds_the_remittance_of_the_month() -> None:
    assert payment_line(1, "A", IBANS[0], "1.00").remittance == "Vergoeding maart 2025"


def test_a_name_of_exactly_70_latin_characters_is_sent_as_it_is(run: SepaPaymentRun) -> None:
    exact, over = "A" * 35 + " " + "B" * 34, "A" * 35 + " " + "B" * 35
    assert sepa_problems(dataclasses.replace(run, lines=(dataclasses.replace(run.lines[0], name=exact),))) == ()
    [problem] = sepa_problems(dataclasses.replace(run, lines=(dataclasses.replace(run.lines[0], name=over),)))
    assert problem.sent_as == exact


@given(st.text(max_size=200))
def test_sepa_text_gives_only_sepa_characters_and_keeps_sepa_text_as_it_is(value: str) -> None:
    from coopdesk.exports.sepa import SEPA_CHARACTERS

    converted = sepa_text(value)
    assert set(converted) <= SEPA_CHARACTERS
    assert sepa_text(converted) == converted
    if set(value) <= SEPA_CHARACTERS:
        assert converted == " ".join(value.split())
