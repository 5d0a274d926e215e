"""The monthly payout rules: how a month's hours become allowances, premiums and costs.

One module a concern, each named as the treasurer knows it:

* `month`: the month a payout is for, and the year its run is paid in;
* `proposal`: a month's proposal and its lines (asked, paid, held back and why, warnings);
* `calculation`: `compute_payout`, the one calculation a member must be able to trust;
* `allowance`: the volunteer allowance under the hour, month and year caps;
* `premium`: the art. 31 premium, its payment months (two a year) and its maximum;
* `runs`: posted runs as the book holds them (posted, paid, reversed);
* `costs`: actual costs, where each stands (paid in which run, or waiting) and when one
  is refused (a member's paid month, a month outside the membership);
* `bank_file`, `municipality`: the plain values the SEPA writer and the municipality
  overview read (the exporters never query the book).

The names other layers use are handed on here, so `coopdesk.domain.payout` stays the
one address for them.
"""

from coopdesk.domain.payout.bank_file import SepaPaymentLine, SepaPaymentRun
from coopdesk.domain.payout.calculation import SOCIAL_ASSISTANCE_AGE, compute_payout, valid_iban
from coopdesk.domain.payout.costs import (
    CostState,
    WaitingCosts,
    membership_problem,
    month_paid_refusal,
    removal_refusal,
)
from coopdesk.domain.payout.month import (
    MONTH_NAMES_NL,
    PayoutMonth,
    default_payment_on,
    payment_year,
    remittance_text,
)
from coopdesk.domain.payout.municipality import MunicipalityMonth, MunicipalityOverview
from coopdesk.domain.payout.premium import (
    MAX_PREMIUM_PAYMENTS,
    PremiumPaymentsError,
    check_payment_months,
    check_payment_years,
    third_payment_refused,
)
from coopdesk.domain.payout.proposal import (
    ZERO,
    ActivityHours,
    ActivityRate,
    ActualCost,
    HeldBack,
    HeldBackReason,
    HoursSum,
    MemberHistory,
    PayoutLine,
    PayoutMember,
    PayoutProposal,
    PayoutWarning,
)
from coopdesk.domain.payout.runs import PayoutRun, RunLine, RunStatus

__all__ = [
    "MAX_PREMIUM_PAYMENTS", "MONTH_NAMES_NL", "SOCIAL_ASSISTANCE_AGE", "ZERO",
    "ActivityHours", "ActivityRate", "ActualCost", "CostState", "HeldBack", "HeldBackReason", "HoursSum", "MemberHistory",
    "MunicipalityMonth", "MunicipalityOverview", "PayoutLine", "PayoutMember", "PayoutMonth", "PayoutProposal",
    "PayoutRun", "PayoutWarning", "PremiumPaymentsError", "RunLine", "RunStatus", "SepaPaymentLine",
    "SepaPaymentRun", "WaitingCosts", "check_payment_months", "check_payment_years", "compute_payout", "default_payment_on",
    "membership_problem", "month_paid_refusal", "payment_year", "removal_refusal", "remittance_text", "third_payment_refused", "valid_iban",
]
