"""What the municipality overview says, shared by its PDF and its Excel sheet.

The overview is for one member, per month of a chosen period: hours worked, the
volunteer allowance, the premium (art. 31 Participatiewet) and the actual costs
reimbursed, each apart, and the **payment date**: income counts in the month the
member can dispose of it, which is the day it reached their account, not the month
the work was done. Both writers render the same `MunicipalityOverview` (built by a
service; writers never read the book) with the same words, in Dutch by default and in
English when the language is English (`coopdesk.domain.text`).

The wording is plain and factual. It never calls an amount "tax-free" (whether
and how an amount counts is for the municipality and the tax office to decide),
and the overview never carries a BSN: the member's number, name and birth date
identify them.
"""

from __future__ import annotations

from dataclasses import dataclass

from coopdesk.domain.cooperative import CooperativeDetails
from coopdesk.domain.display import show_date
from coopdesk.domain.payout import MunicipalityMonth, MunicipalityOverview, PayoutMonth
from coopdesk.domain.text import Language, Text, current_language

MONTH_NAMES = (
    Text("januari", "January"), Text("februari", "February"), Text("maart", "March"),
    Text("april", "April"), Text("mei", "May"), Text("juni", "June"), Text("juli", "July"),
    Text("augustus", "August"), Text("september", "September"), Text("oktober", "October"),
    Text("november", "November"), Text("december", "December"),
)

TITLE = Text("Overzicht vergoedingen per maand", "Overview of allowances per month")
MEMBER = Text("Lid", "Member")
MEMBER_NUMBER = Text("Lidnummer", "Member number")
BIRTH_DATE = Text("Geboortedatum", "Date of birth")
PERIOD = Text("Periode", "Period")
PERIOD_RANGE = Text("{first} t/m {last}", "{first} to {last}")
KVK = Text("KvK-nummer {kvk}", "Chamber of Commerce (KvK) number {kvk}")
MADE_ON = Text("Gemaakt op {day} met CoopDesk", "Made on {day} with CoopDesk")
PAGE = Text("pagina {page} van {pages}", "page {page} of {pages}")
TOTAL = Text("Totaal", "Total")
NOT_PAID = Text("nog niet betaald", "not paid yet")
EXPLANATION_TITLE = Text("Uitleg bij de kolommen", "What the columns mean")
SHEET_NAME = Text("Overzicht", "Overview")


@dataclass(frozen=True)
class Column:
    title: Text
    explanation: Text
    header: Text | None = None  # the table header, where the title needs two lines ("\n")

    def header_text(self, language: Language) -> str:
        return (self.header or self.title).render(language)


COLUMNS = (
    Column(Text("Maand", "Month"),
           Text("De maand waarin het werk is gedaan.",
                "The month in which the work was done.")),
    Column(Text("Uren", "Hours"),
           Text("Het aantal uren dat in die maand voor de coöperatie is gewerkt.",
                "The number of hours worked for the cooperative in that month.")),
    Column(Text("Vrijwilligersvergoeding", "Volunteer allowance"),
           Text("Een vast bedrag per gewerkt uur, zonder bonnetjes. De coöperatie blijft binnen de "
                "wettelijke grenzen per uur, per maand en per jaar.",
                "A fixed amount per hour worked, without receipts. The cooperative stays within the "
                "legal limits per hour, per month and per year."),
           Text("Vrijwilligers-\nvergoeding", "Volunteer\nallowance")),
    Column(Text("Premie", "Premium"),
           Text("Een premie op grond van artikel 31 van de Participatiewet. Die wordt hoogstens twee "
                "keer per jaar betaald, in de maanden die met de coöperatie zijn afgesproken.",
                "A premium under article 31 of the Participatiewet (Participation Act). It is paid at "
                "most twice a year, in the months agreed with the cooperative.")),
    Column(Text("Onkosten", "Actual costs"),
           Text("Terugbetaling van kosten die echt zijn gemaakt, zoals reiskosten of materiaal, met een "
                "bon of ander bewijs. Apart vermeld, zodat de gemeente ze kan onderscheiden van de "
                "vergoeding en de premie.",
                "Repayment of costs actually made, such as travel or materials, with a receipt or other "
                "proof. Shown apart, so the municipality can tell them from the allowance and the premium.")),
    Column(Text("Betaald op", "Paid on"),
           Text("De dag waarop het geld naar de rekening van het lid is overgemaakt. Vanaf die dag kan het "
                "lid over het geld beschikken; daarom telt het als inkomen in de maand van deze datum, "
                "niet in de maand waarin is gewerkt.",
                "The day the money was transferred to the member's account. From that day the member can "
                "dispose of it; that is why it counts as income in the month of this date, not in the "
                "month the work was done.")),
)


def language_or_current(language: Language | None) -> Language:
    return language or current_language()


def month_name(month: PayoutMonth, language: Language) -> str:
    """`maart 2025` / `March 2025`."""
    return f"{MONTH_NAMES[month.month - 1].render(language)} {month.year}"


def period_text(overview: MunicipalityOverview, language: Language) -> str:
    return PERIOD_RANGE.render(language, first=month_name(overview.first_month, language),
                               last=month_name(overview.last_month, language))


def has_money(month: MunicipalityMonth) -> bool:
    """Whether anything was paid (or is due) for the month; a month of €0 has no payment date,
    even when the month's run was paid to other members."""
    return (month.allowance + month.premium + month.actual_costs).is_positive()


def paid_text(month: MunicipalityMonth, language: Language) -> str:
    """The payment date; 'nog niet betaald' when money is due but not paid; empty when nothing is due."""
    if not has_money(month):
        return ""
    return show_date(month.paid_on) if month.paid_on is not None else NOT_PAID.render(language)


def cooperative_lines(cooperative: CooperativeDetails, language: Language) -> list[str]:
    """The cooperative's address block: street, postcode and town, KvK number (what is known)."""
    lines = [line for line in (cooperative.address, f"{cooperative.postcode}  {cooperative.city}".strip()) if line]
    if cooperative.kvk_number:
        lines.append(KVK.render(language, kvk=cooperative.kvk_number))
    return lines
