"""Members of the cooperative: who they are, how they are paid, when they left.

A `Member` is what the register holds; `MemberDetails` is what a treasurer
types in a form. `validate_member_details` turns the typed text into clean
values or raises one `ValidationError` listing every wrong field.

Rules kept here:

* a name is required; a member number is assigned by the book and never changes;
* an IBAN must pass the international checksum (schwifty), a Dutch postcode has
  the form ``1234 AB``;
* a birth date is not in the future; a member joins no earlier than their birth
  and leaves no earlier than they joined; a leave date comes with a reason;
* the payment regime is chosen per member (see `PaymentRegime`): a cooperative
  that is not an ANBI probably cannot use the fiscal volunteer regime
  (domain-rules.md, section 1), so nothing here calls a payment "tax-free".
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, fields
from datetime import date
from typing import NewType

from coopdesk.domain.errors import Problem, ValidationError, problem
from coopdesk.domain.text import Text
from coopdesk.domain.validation import (
    check_email,
    check_iban,
    check_postcode,
    check_required,
)

MemberId = NewType("MemberId", int)
MemberNumber = NewType("MemberNumber", int)


class PaymentRegime(enum.Enum):
    """How a member is paid for their hours (domain-rules.md, section 1)."""

    VOLUNTEER_ALLOWANCE = "volunteer_allowance"  # vrijwilligersvergoeding
    PREMIUM = "premium"  # premie Participatiewet art. 31 lid 2 onder j
    NONE = "none"  # no flat payment; actual costs only

    @property
    def label(self) -> Text:
        return _REGIME_LABELS[self]


_REGIME_LABELS = {
    PaymentRegime.VOLUNTEER_ALLOWANCE: Text("Vrijwilligersvergoeding", "Volunteer allowance"),
    PaymentRegime.PREMIUM: Text("Premie art. 31 Participatiewet", "Premium (art. 31 Participatiewet)"),
    PaymentRegime.NONE: Text("Geen vergoeding", "No allowance"),
}


class LeaveReason(enum.Enum):
    """Why a member left; the municipality asks about outflow to work and education."""

    PAID_JOB = "paid_job"
    EDUCATION = "education"
    MOVED = "moved"
    OTHER = "other"

    @property
    def label(self) -> Text:
        return _LEAVE_LABELS[self]

    @property
    def is_outflow(self) -> bool:
        """Outflow ("uitstroom") in the municipality's sense: to a job or education."""
        return self in (LeaveReason.PAID_JOB, LeaveReason.EDUCATION)


_LEAVE_LABELS = {
    LeaveReason.PAID_JOB: Text("Betaald werk", "Paid job"),
    LeaveReason.EDUCATION: Text("Opleiding of scholing", "Education or training"),
    LeaveReason.MOVED: Text("Verhuisd", "Moved"),
    LeaveReason.OTHER: Text("Anders", "Other"),
}


@dataclass(frozen=True)
class MemberDetails:
    """Everything about a member that the treasurer enters; already validated."""

    name: str
    joined_on: date
    address: str = ""
    postcode: str = ""
    city: str = ""
    birth_on: date | None = None
    email: str = ""
    phone: str = ""
    iban: str = ""
    regime: PaymentRegime = PaymentRegime.NONE
    social_assistance: bool = False
    notes: str = ""
    left_on: date | None = None
    leave_reason: LeaveReason | None = None


@dataclass(frozen=True)
class Member:
    """A member as the register holds them."""

    id: MemberId
    number: MemberNumber
    details: MemberDetails

    @property
    def name(self) -> str:
        return self.details.name

    def is_active_on(self, day: date) -> bool:
        d = self.details
        return d.joined_on <= day and (d.left_on is None or day <= d.left_on)

    def has_left(self) -> bool:
        return self.details.left_on is not None

    def age_on(self, day: date) -> int | None:
        return age_on(self.details.birth_on, day)


def age_on(birth_on: date | None, day: date) -> int | None:
    """Age in whole years on `day` (a birthday on 29 February counts on 1 March)."""
    if birth_on is None:
        return None
    had_birthday = (day.month, day.day) >= (birth_on.month, birth_on.day)
    return day.year - birth_on.year - (0 if had_birthday else 1)


@dataclass(frozen=True)
class MemberForm:
    """What the treasurer typed, before checking (text fields as typed)."""

    name: str
    joined_on: date | None
    address: str = ""
    postcode: str = ""
    city: str = ""
    birth_on: date | None = None
    email: str = ""
    phone: str = ""
    iban: str = ""
    regime: PaymentRegime | None = PaymentRegime.NONE  # None: not chosen yet (refused)
    social_assistance: bool = False
    notes: str = ""
    left_on: date | None = None
    leave_reason: LeaveReason | None = None

    @classmethod
    def from_details(cls, details: MemberDetails) -> MemberForm:
        return cls(**{f.name: getattr(details, f.name) for f in fields(MemberDetails)})

    def validate(self, today: date) -> MemberDetails:
        return validate_member_details(
            today=today, **{f.name: getattr(self, f.name) for f in fields(MemberForm)}
        )


def validate_member_details(
    *,
    today: date,
    name: str,
    joined_on: date | None,
    address: str = "",
    postcode: str = "",
    city: str = "",
    birth_on: date | None = None,
    email: str = "",
    phone: str = "",
    iban: str = "",
    regime: PaymentRegime | None = PaymentRegime.NONE,
    social_assistance: bool = False,
    notes: str = "",
    left_on: date | None = None,
    leave_reason: LeaveReason | None = None,
) -> MemberDetails:
    """Clean and check what the treasurer typed; raise `ValidationError` listing every problem."""
    problems: list[Problem] = []
    clean_name = check_required(name, "name", "Naam", "Name", problems)
    clean_postcode = check_postcode(postcode, "postcode", problems)
    clean_email = check_email(email, "email", problems)
    clean_iban = check_iban(iban, "iban", problems)

    if birth_on is not None and birth_on > today:
        problems.append(
            problem("birth_on", "Geboortedatum {day} ligt in de toekomst.",
                    "Birth date {day} is in the future.", day=birth_on)
        )
    if joined_on is None:
        problems.append(problem("joined_on", "Datum lid sinds is verplicht.", "Date joined is required."))
    elif birth_on is not None and joined_on < birth_on:
        problems.append(
            problem("joined_on", "Lid sinds ({day}) ligt vóór de geboortedatum.",
                    "Date joined ({day}) is before the birth date.", day=joined_on)
        )
    if left_on is not None:
        if joined_on is not None and left_on < joined_on:
            problems.append(
                problem("left_on", "Datum vertrek ({left}) ligt vóór de datum lid sinds ({joined}).",
                        "Date left ({left}) is before the date joined ({joined}).",
                        left=left_on, joined=joined_on)
            )
        if leave_reason is None:
            problems.append(
                problem("leave_reason", "Kies een reden van vertrek.", "Choose a reason for leaving.")
            )
    elif leave_reason is not None:
        problems.append(
            problem("left_on", "Vul de datum van vertrek in bij een reden van vertrek.",
                    "Enter the date left when giving a reason for leaving.")
        )

    if regime is None:
        problems.append(
            problem("regime", "Kies hoe dit lid wordt vergoed.", "Choose how this member is paid.")
        )

    if problems:
        raise ValidationError(problems)
    assert clean_name is not None and joined_on is not None and regime is not None
    assert clean_postcode is not None and clean_email is not None and clean_iban is not None
    return MemberDetails(
        name=clean_name,
        joined_on=joined_on,
        address=" ".join(address.split()),
        postcode=clean_postcode,
        city=" ".join(city.split()),
        birth_on=birth_on,
        email=clean_email,
        phone=phone.strip(),
        iban=clean_iban,
        regime=regime,
        social_assistance=social_assistance,
        notes=notes.strip(),
        left_on=left_on,
        leave_reason=leave_reason,
    )


def warnings_for(details: MemberDetails, today: date) -> list[Text]:
    """Things to tell the treasurer that are not errors (art. 31 lid 5: under 27)."""
    result: list[Text] = []
    age = age_on(details.birth_on, today)
    if (
        details.social_assistance
        and age is not None
        and age < 27
        and details.regime is not PaymentRegime.NONE
    ):
        result.append(
            Text(
                "Let op: dit lid is jonger dan 27 en heeft een bijstandsuitkering. Een vaste "
                "vergoeding of premie wordt dan in principe volledig gekort op de uitkering "
                "(Participatiewet art. 31 lid 5). Overleg met de gemeente of vergoed alleen "
                "werkelijke kosten.",
                "Note: this member is under 27 and receives social assistance. A flat allowance "
                "or premium is then in principle deducted in full from the benefit "
                "(Participatiewet art. 31(5)). Check with the municipality or reimburse actual "
                "costs only.",
            )
        )
    return result
