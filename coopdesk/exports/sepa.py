"""The SEPA credit-transfer file (pain.001) a treasurer uploads to the bank.

One file pays one payout run: the cooperative is the debtor, every member with
money to receive is one transaction (``CdtTrfTxInf``) in one batch (``PmtInf``)
with the run's execution date. Amounts go to `sepaxml` as integer cents
(`Money.cents`), never through a float.

Versions: **pain.001.001.09** by default (the EPC's version since November 2023),
**pain.001.001.03** on request (still the Dutch implementation guide's version).

Addresses (from 15 November 2026 banks refuse free address lines only):

* the cooperative (debtor) is always sent **structured**: street name and
  building number (split from its street line, e.g. ``Dorpsstraat 12a``; a line
  that cannot be split goes whole into the street name), postcode, town, country;
* a member (creditor) is either sent **hybrid** (postcode, town and country as
  fields, the street line as one address line) or, without a town, **left out**.
  Never free address lines only. Country NL unless set.

`sepaxml` (2.7) emits these structured and hybrid addresses itself in both versions
(its ``address`` dict: ``street_name``, ``building_number``, ``postcode``, ``town``,
``country``, ``lines``), in batch mode; so the XML it produces is not post-processed.
It is validated twice before anything is written: by sepaxml (``export(validate=True)``,
xmlschema) and by lxml against the same bundled XSD, on the exact bytes written.

Nothing is cut or changed silently. sepaxml's ``clean=True`` would transliterate
and cut names to 70 characters without a word, so it is off; instead
`sepa_problems` lists, before writing, what a treasurer must see:

* *blocking* problems (an invalid IBAN, a missing or non-positive amount, a bad or
  repeated end-to-end id, a bad country code, a cooperative without a town): the
  file is refused, naming the member;
* *changes* (a name over 70 characters, characters outside the SEPA Latin set
  ``a-z A-Z 0-9 / - ? : ( ) . , ' + space``, a remittance over 140 characters, an
  address part too long): each says what the bank would get instead; and every
  member the run holds for want of a valid IBAN (not in the file). The writer
  refuses them too unless the caller passes ``accept_changes=True`` after showing
  them; then exactly the shown replacement is written.

The file is written atomically (a temporary file beside the target, owner-only
0600, renamed over it): it holds members' names and IBANs.
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Literal

from coopdesk.domain.errors import Problem, ValidationError
from coopdesk.domain.payout import SepaPaymentLine, SepaPaymentRun
from coopdesk.domain.text import Language, Text
from coopdesk.exports.owner_only_file import write_owner_only

Version = Literal["09", "03"]
VERSIONS: tuple[Version, ...] = ("09", "03")
SCHEMAS: dict[str, str] = {"09": "pain.001.001.09", "03": "pain.001.001.03"}

NAME_LIMIT = 70
REMITTANCE_LIMIT = 140
ID_LIMIT = 35
ADDRESS_LINE_LIMIT = 70
STREET_LIMIT = 70
BUILDING_NUMBER_LIMIT = 16
POSTCODE_LIMIT = 16
TOWN_LIMIT = 35
DEFAULT_COUNTRY = "NL"

# The EPC's SEPA Latin character set (EPC217-08); banks may convert anything else.
SEPA_CHARACTERS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789/-?:().,'+ ")
_CONVERSIONS = {"&": "+", "’": "'", "‘": "'", "`": "'", "´": "'", "–": "-", "—": "-",
                "ß": "ss", "æ": "ae", "Æ": "AE", "ø": "o", "Ø": "O", "œ": "oe", "Œ": "OE",
                "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "þ": "th", "Þ": "TH", "ı": "i"}
_COUNTRY = re.compile(r"^[A-Z]{2}$")
_STREET_AND_NUMBER = re.compile(r"^(?P<street>.+)\s+(?P<number>\d+(?:\s*[-/]?\s*[A-Za-z0-9]{1,4})?)$")


# -- what the writer is given ---------------------------------------------------------------
#
# A service hands the writer a `coopdesk.domain.payout.SepaPaymentRun` (the cooperative
# as debtor, one `SepaPaymentLine` per member paid, the members held for want of an
# IBAN) and the date the bank is to execute it.


# -- what the treasurer must see ----------------------------------------------------------------


@dataclass(frozen=True)
class SepaProblem:
    """One thing in a SEPA file a treasurer must see before it is written.

    `member_number` is None for the cooperative itself. A `blocking` problem refuses
    the file; otherwise `sent_as` is what the bank gets instead of `value`."""

    member_number: int | None
    member_name: str
    field: str
    text: Text
    value: str
    blocking: bool
    sent_as: str = ""
    values: tuple[tuple[str, object], ...] = ()

    def message(self, language: Language | None = None) -> str:
        who = (self.member_name if self.member_number is None
               else f"{self.member_name} ({self.member_number})")
        return self.text.render(language, who=who, value=self.value, sent_as=self.sent_as,
                                **dict(self.values))

    def as_problem(self) -> Problem:
        who = self.member_name if self.member_number is None else f"{self.member_name} ({self.member_number})"
        return Problem(self.field, self.text,
                       (("who", who), ("value", self.value), ("sent_as", self.sent_as), *self.values))


class SepaFileRefused(ValidationError):
    """The SEPA file was not written: there are problems (listed) the treasurer must solve or accept."""

    def __init__(self, problems: Sequence[SepaProblem]) -> None:
        self.sepa_problems = tuple(problems)
        super().__init__(p.as_problem() for p in self.sepa_problems)


def sepa_text(value: str) -> str:
    """`value` in the SEPA Latin character set: accents dropped (é -> e), & -> +,
    other letters transliterated where a plain equivalent exists, anything else a space;
    runs of spaces become one."""
    converted: list[str] = []
    for character in unicodedata.normalize("NFC", value):
        if character in SEPA_CHARACTERS:
            converted.append(character)
            continue
        if character in _CONVERSIONS:
            converted.append(_CONVERSIONS[character])
            continue
        stripped = "".join(c for c in unicodedata.normalize("NFKD", character)
                           if not unicodedata.combining(c))
        if stripped and all(c in SEPA_CHARACTERS for c in stripped):
            converted.append(stripped)
        else:
            from text_unidecode import unidecode  # comes with sepaxml

            guess = unidecode(character)
            converted.append(guess if guess and all(c in SEPA_CHARACTERS for c in guess) else " ")
    return " ".join("".join(converted).split())


def _sent_text(value: str, limit: int) -> str:
    return sepa_text(value)[:limit].rstrip()


_TOO_LONG = Text(
    "{who}: {what} heeft {length} tekens; de bank krijgt er hoogstens {limit}: '{sent_as}'.",
    "{who}: {what} has {length} characters; the bank takes at most {limit}: '{sent_as}'.",
)
_CHARACTERS = Text(
    "{who}: {what} '{value}' heeft tekens die in een SEPA-bestand niet mogen; de bank krijgt '{sent_as}'.",
    "{who}: {what} '{value}' has characters a SEPA file does not allow; the bank gets '{sent_as}'.",
)
_WHAT = {
    "name": Text("de naam", "the name"),
    "remittance": Text("de omschrijving", "the description"),
    "street": Text("de straat", "the street"),
    "postcode": Text("de postcode", "the postcode"),
    "town": Text("de plaats", "the town"),
}


def _text_problems(member_number: int | None, member_name: str, field_name: str, value: str,
                   limit: int, problems: list[SepaProblem]) -> None:
    sent = _sent_text(value, limit)
    if field_name == "name" and not sent:
        problems.append(SepaProblem(member_number, member_name, field_name, Text(
            "{who}: de naam ontbreekt of bestaat alleen uit tekens die een SEPA-bestand niet kent.",
            "{who}: the name is missing or has only characters a SEPA file does not know.",
        ), value, True))
        return
    if sent == " ".join(value.split()):
        return
    what = _WHAT[field_name]
    clean = sepa_text(value)
    if len(clean) > limit:
        problems.append(SepaProblem(member_number, member_name, field_name, _TOO_LONG, value, False, sent,
                                    (("what", what), ("length", len(clean)), ("limit", limit))))
    else:
        problems.append(SepaProblem(member_number, member_name, field_name, _CHARACTERS, value, False, sent,
                                    (("what", what),)))


def _iban_problem(member_number: int | None, member_name: str, iban: str,
                  problems: list[SepaProblem]) -> None:
    from schwifty import IBAN
    from schwifty.exceptions import SchwiftyException

    if not iban.strip():
        problems.append(SepaProblem(member_number, member_name, "iban", Text(
            "{who}: er is geen IBAN; vul het rekeningnummer in of haal de regel uit de betaling.",
            "{who}: there is no IBAN; fill in the account number or take the line out of the payment.",
        ), iban, True))
        return
    try:
        IBAN("".join(iban.split()))
    except (SchwiftyException, ValueError):
        problems.append(SepaProblem(member_number, member_name, "iban", Text(
            "{who}: IBAN {value} klopt niet (landcode, controlegetal of lengte); de bank zou het weigeren.",
            "{who}: IBAN {value} is not valid (country code, check digits or length); the bank would refuse it.",
        ), iban, True))


def _country_problem(member_number: int | None, member_name: str, country: str,
                     problems: list[SepaProblem]) -> None:
    if not _COUNTRY.match(country or DEFAULT_COUNTRY):
        problems.append(SepaProblem(member_number, member_name, "country", Text(
            "{who}: landcode '{value}' bestaat niet; gebruik twee hoofdletters, zoals NL of BE.",
            "{who}: country code '{value}' is not valid; use two capital letters, such as NL or BE.",
        ), country, True))


def _id_is_valid(identifier: str) -> bool:
    return (0 < len(identifier) <= ID_LIMIT and " " not in identifier
            and all(c in SEPA_CHARACTERS for c in identifier)
            and not identifier.startswith("/") and not identifier.endswith("/") and "//" not in identifier)


def sepa_problems(run: SepaPaymentRun) -> tuple[SepaProblem, ...]:
    """Everything a treasurer must see before the file for `run` is written, in the
    order of the file: the cooperative first, then each line, then the members held."""
    problems: list[SepaProblem] = []
    debtor = run.debtor_name
    _text_problems(None, debtor, "name", debtor, NAME_LIMIT, problems)
    _iban_problem(None, debtor, run.debtor_iban, problems)
    if not run.debtor_town.strip():
        problems.append(SepaProblem(None, debtor, "town", Text(
            "{who}: de plaats van de coöperatie ontbreekt; banken willen een gestructureerd adres "
            "(vul het adres van de coöperatie in bij de gegevens van het boek).",
            "{who}: the cooperative's town is missing; banks want a structured address "
            "(fill in the cooperative's address in the book's details).",
        ), "", True))
    street, _ = split_street(run.debtor_street)
    for field_name, value, limit in (("street", street, STREET_LIMIT),
                                     ("postcode", run.debtor_postcode, POSTCODE_LIMIT),
                                     ("town", run.debtor_town, TOWN_LIMIT)):
        _text_problems(None, debtor, field_name, value, limit, problems)
    _country_problem(None, debtor, run.debtor_country, problems)
    if not run.lines:
        problems.append(SepaProblem(None, debtor, "lines", Text(
            "{who}: er is niets te betalen; een leeg SEPA-bestand wordt niet gemaakt.",
            "{who}: there is nothing to pay; an empty SEPA file is not written.",
        ), "", True))

    seen_ids: set[str] = set()
    for line in run.lines:
        number, name = line.member_number, line.name
        _text_problems(number, name, "name", name, NAME_LIMIT, problems)
        _iban_problem(number, name, line.iban, problems)
        if not line.amount.is_positive():
            problems.append(SepaProblem(number, name, "amount", Text(
                "{who}: het bedrag {amount} kan niet worden overgemaakt; alleen bedragen boven nul.",
                "{who}: the amount {amount} cannot be transferred; only amounts above zero.",
            ), str(line.amount), True, values=(("amount", line.amount),)))
        identifier = line.end_to_end_id
        if not _id_is_valid(identifier):
            problems.append(SepaProblem(number, name, "end_to_end_id", Text(
                "{who}: het betalingskenmerk '{value}' mag niet: hoogstens 35 tekens, geen spaties of "
                "bijzondere tekens.",
                "{who}: the payment reference '{value}' is not allowed: at most 35 characters, no spaces "
                "or special characters.",
            ), identifier, True))
        elif identifier in seen_ids:
            problems.append(SepaProblem(number, name, "end_to_end_id", Text(
                "{who}: het betalingskenmerk '{value}' staat al op een andere regel; elk kenmerk één keer.",
                "{who}: the payment reference '{value}' is already on another line; each reference once.",
            ), identifier, True))
        seen_ids.add(identifier)
        _text_problems(number, name, "remittance", line.remittance, REMITTANCE_LIMIT, problems)
        if line.town.strip():  # hybrid address; without a town the address is left out
            for field_name, value, limit in (("street", line.street, ADDRESS_LINE_LIMIT),
                                             ("postcode", line.postcode, POSTCODE_LIMIT),
                                             ("town", line.town, TOWN_LIMIT)):
                _text_problems(number, name, field_name, value, limit, problems)
            _country_problem(number, name, line.country, problems)
    for number, name in run.held:
        problems.append(SepaProblem(number, name, "iban", Text(
            "{who}: staat niet in dit bestand, omdat er geen geldig IBAN is; dit lid krijgt met dit "
            "bestand niets.",
            "{who}: is not in this file because there is no valid IBAN; this member gets nothing "
            "with this file.",
        ), "", False))
    return tuple(problems)


def split_street(line: str) -> tuple[str, str]:
    """A Dutch street line as (street name, building number): 'Dorpsstraat 12 A' ->
    ('Dorpsstraat', '12 A'); 'Plein 1944 3' -> ('Plein 1944', '3'). A line without a
    number at the end is all street name."""
    clean = " ".join(line.split())
    match = _STREET_AND_NUMBER.match(clean)
    if match is None or len(match.group("number")) > BUILDING_NUMBER_LIMIT:
        return clean, ""
    return match.group("street"), match.group("number")


# -- writing -----------------------------------------------------------------------------------


def _debtor_config(run: SepaPaymentRun) -> dict[str, Any]:
    street, number = split_street(run.debtor_street)
    address: dict[str, Any] = {}
    for key, value, limit in (("street_name", street, STREET_LIMIT),
                              ("building_number", number, BUILDING_NUMBER_LIMIT),
                              ("postcode", run.debtor_postcode, POSTCODE_LIMIT),
                              ("town", run.debtor_town, TOWN_LIMIT)):
        sent = _sent_text(value, limit)
        if sent:
            address[key] = sent
    address["country"] = run.debtor_country or DEFAULT_COUNTRY
    config: dict[str, Any] = {
        "name": _sent_text(run.debtor_name, NAME_LIMIT),
        "IBAN": "".join(run.debtor_iban.split()).upper(),
        "currency": "EUR",
        "batch": True,
        "address": address,
    }
    bic = _bic_of(config["IBAN"])
    if bic:
        config["BIC"] = bic
    return config


def _bic_of(iban: str) -> str:
    """The bank's BIC for a (Dutch) IBAN when schwifty knows it, else ''."""
    from schwifty import IBAN

    try:
        bic = IBAN(iban).bic
    except ValueError:
        return ""
    return str(bic) if bic is not None else ""


def _payment_dict(payment: SepaPaymentLine, execution_on: date) -> dict[str, Any]:
    result: dict[str, Any] = {
        "name": _sent_text(payment.name, NAME_LIMIT),
        "IBAN": "".join(payment.iban.split()).upper(),
        "amount": payment.amount.cents,
        "execution_date": execution_on,
        "endtoend_id": payment.end_to_end_id,
        "description": _sent_text(payment.remittance, REMITTANCE_LIMIT),
    }
    if payment.town.strip():
        address: dict[str, Any] = {"town": _sent_text(payment.town, TOWN_LIMIT),
                                   "country": payment.country or DEFAULT_COUNTRY}
        postcode = _sent_text(payment.postcode, POSTCODE_LIMIT)
        if postcode:
            address["postcode"] = postcode
        street = _sent_text(payment.street, ADDRESS_LINE_LIMIT)
        if street:
            address["lines"] = [street]
        result["address"] = address
    return result


def sepa_xml(run: SepaPaymentRun, execution_on: date, version: Version = "09", *,
             accept_changes: bool = False) -> bytes:
    """The pain.001 document paying `run` on `execution_on`, validated against the bundled
    XSD (twice: by sepaxml and by lxml). Raises `SepaFileRefused` for blocking problems,
    and for changes unless `accept_changes`."""
    if version not in SCHEMAS:
        raise ValidationError([Problem("version", Text(
            "SEPA-versie {version} bestaat hier niet; kies 09 of 03.",
            "SEPA version {version} is not offered; choose 09 or 03.",
        ), (("version", version),))])
    problems = sepa_problems(run)
    refused = [p for p in problems if p.blocking or not accept_changes]
    if refused:
        raise SepaFileRefused(refused)
    from sepaxml import SepaTransfer
    from sepaxml.validation import ValidationError as SchemaError

    schema = SCHEMAS[version]
    transfer = SepaTransfer(_debtor_config(run), schema=schema, clean=False)
    for line in run.lines:
        transfer.add_payment(_payment_dict(line, execution_on))
    try:
        document = bytes(transfer.export(validate=True, pretty_print=True))
    except SchemaError as error:
        raise _not_valid(schema, error.__cause__ or error) from error
    check_against_schema(document, version)
    return document


def _not_valid(schema: str, error: BaseException) -> ValidationError:
    return ValidationError([Problem(None, Text(
        "Het SEPA-bestand klopt niet met het schema {schema} en is niet geschreven: {reason}",
        "The SEPA file does not match schema {schema} and was not written: {reason}",
    ), (("schema", schema), ("reason", str(error).splitlines()[0] if str(error) else type(error).__name__)))])


def schema_path(version: Version) -> Path:
    """The XSD bundled with sepaxml for `version`."""
    import sepaxml

    return Path(sepaxml.__file__).parent / "schemas" / f"{SCHEMAS[version]}.xsd"


def check_against_schema(document: bytes, version: Version) -> None:
    """Validate `document` with lxml against the bundled XSD; a `ValidationError` if not."""
    from lxml import etree

    schema = etree.XMLSchema(etree.parse(str(schema_path(version))))
    parsed = etree.fromstring(document)
    if not schema.validate(parsed):
        raise _not_valid(SCHEMAS[version], Exception(str(schema.error_log.last_error)))


def write_sepa_file(path: str | os.PathLike[str], run: SepaPaymentRun, execution_on: date,
                    version: Version = "09", *, accept_changes: bool = False) -> Path:
    """Write the validated pain.001 file paying `run` on `execution_on` to `path`
    (atomically, owner-only); see `sepa_xml` for what is refused."""
    document = sepa_xml(run, execution_on, version, accept_changes=accept_changes)
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    write_owner_only(target, document)
    return target
