"""Fixtures for the file writers: the data a service would hand them, no book needed."""

from __future__ import annotations

from datetime import date

import pytest

from coopdesk.domain.money import Money
from coopdesk.exports.sepa import SepaBatch, SepaDebtor, SepaPayment

COOPERATIVE_IBAN = "NL91ABNA0417164300"
IBANS = ("NL02ABNA0123456789", "NL20INGB0001234567", "BE68539007547034")


@pytest.fixture
def debtor() -> SepaDebtor:
    return SepaDebtor(name="Cooperatie De Buurt U.A.", iban=COOPERATIVE_IBAN, street="Dorpsstraat 12a",
                      postcode="3511 AB", town="Utrecht")


@pytest.fixture
def batch(debtor: SepaDebtor) -> SepaBatch:
    return SepaBatch(
        debtor=debtor,
        execution_on=date(2025, 4, 3),
        payments=(
            SepaPayment("7", "Anna de Vries", IBANS[0], Money("123.45"), "CD-R3-7", "Vergoeding maart 2025",
                        street="Kerkstraat 1", postcode="3512 CD", town="Utrecht"),
            SepaPayment("12", "Mohamed El Amrani", IBANS[1], Money("95.00"), "CD-R3-12", "Vergoeding maart 2025"),
            SepaPayment("15", "Sofie Peeters", IBANS[2], Money("0.05"), "CD-R3-15", "Vergoeding maart 2025",
                        street="Meir 10", postcode="2000", town="Antwerpen", country="BE"),
        ),
    )
