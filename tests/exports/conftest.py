"""Fixtures for the file writers: the plain values a service would hand them, no book needed."""

from __future__ import annotations

from datetime import date

import pytest

from coopdesk.domain.cooperative import CooperativeDetails
from coopdesk.domain.money import Money
from coopdesk.domain.payout import (
    MunicipalityMonth,
    MunicipalityOverview,
    PayoutMonth,
    SepaPaymentLine,
    SepaPaymentRun,
)

COOPERATIVE_IBAN = "NL91ABNA0417164300"
IBANS = ("NL02ABNA0123456789", "NL20INGB0001234567", "BE68539007547034")
EXECUTION_ON = date(2025, 4, 3)
MARCH = PayoutMonth(2025, 3)


def payment_line(member_number: int, name: str, iban: str, amount: str, *, street: str = "", postcode: str = "",
                 town: str = "", country: str = "NL", month: PayoutMonth = MARCH) -> SepaPaymentLine:
    return SepaPaymentLine(member_number=member_number, name=name, iban=iban, street=street, postcode=postcode,
                           town=town, country=country, amount=Money(amount),
                           end_to_end_id=f"CD-R3-{member_number}", remittance=f"Vergoeding {month.dutch_name}")


@pytest.fixture
def run() -> SepaPaymentRun:
    return SepaPaymentRun(
        run_id=3,
        month=MARCH,
        debtor_name="Cooperatie De Buurt U.A.",
        debtor_iban=COOPERATIVE_IBAN,
        debtor_street="Dorpsstraat 12a",
        debtor_postcode="3511 AB",
        debtor_town="Utrecht",
        debtor_country="NL",
        lines=(
            payment_line(7, "Anna de Vries", IBANS[0], "123.45", street="Kerkstraat 1", postcode="3512 CD",
                         town="Utrecht"),
            payment_line(12, "Mohamed El Amrani", IBANS[1], "95.00"),
            payment_line(15, "Sofie Peeters", IBANS[2], "0.05", street="Meir 10", postcode="2000",
                         town="Antwerpen", country="BE"),
        ),
    )


def overview_months(first: PayoutMonth, count: int) -> tuple[MunicipalityMonth, ...]:
    """`count` months from `first`: hours rising, an allowance every month, a premium in the
    third, actual costs every other month, each paid on the 5th of the next month but the last."""
    months = []
    month = first
    for i in range(count):
        paid = month.next()
        months.append(MunicipalityMonth(
            month=month, minutes=600 + i * 75, allowance=Money(f"{50 + i * 12}.50"),
            premium=Money("150.00") if i == 2 else Money(0), actual_costs=Money("12.40") if i % 2 else Money(0),
            paid_on=date(paid.year, paid.month, 5) if i < count - 1 else None, run_id=i + 1))
        month = month.next()
    return tuple(months)


@pytest.fixture
def overview() -> MunicipalityOverview:
    months = overview_months(PayoutMonth(2025, 1), 6)
    return MunicipalityOverview(member_number=12, member_name="Renée de Vries-Öztürk", birth_on=date(1990, 5, 17),
                                cooperative_name="Coöperatie De Buurt U.A.", first_month=months[0].month,
                                last_month=months[-1].month, months=months)


@pytest.fixture
def cooperative() -> CooperativeDetails:
    return CooperativeDetails(name="Coöperatie De Buurt U.A.", kvk_number="12345678", address="Dorpsstraat 12a",
                              postcode="3511 AB", city="Utrecht", iban=COOPERATIVE_IBAN, municipality="Utrecht")
