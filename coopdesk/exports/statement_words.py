"""The words of the year-end member statement (`statement_pdf`), Dutch and English."""

from __future__ import annotations

from coopdesk.domain.text import Text

MONTHS = {
    "nl": ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
           "november", "december"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"),
}

T = Text
TITLE = T("Jaaroverzicht {year}", "Annual statement {year}")
NUMBER = T("Overzichtnummer", "Statement number")
DATE = T("Datum", "Date")
MEMBER_NUMBER = T("Lidnummer", "Member number")
DUPLICATE = T("DUPLICAAT", "DUPLICATE")
DUPLICATE_FOOTER = T("duplicaat", "duplicate")
REPLACES = T("Vervangt het overzicht {number} van {day}.", "Replaces the statement {number} of {day}.")
REPLACES_WHY = T("Sinds dat overzicht is er iets veranderd in uw bedragen, datums of spaarpot. Dit overzicht geldt; "
                 "geef het aan wie het eerdere heeft gekregen.",
                 "Since that statement something changed in your amounts, dates or savings pot. This statement "
                 "counts; give it to whoever received the earlier one.")
PAGE = T("pagina {page} van {pages}", "page {page} of {pages}")
KVK = T("KvK {kvk}", "Chamber of Commerce {kvk}")
GREETING = T("Beste {name},", "Dear {name},")
INTRO = T("Hieronder staat wat u in {year} bij {cooperative} hebt gewerkt en wat u van ons hebt ontvangen.",
          "Below is what you worked with {cooperative} in {year} and what you received from us.")
PER_MONTH = T("Wat u per maand ontving", "What you received per month")
MONTH = T("Maand", "Month")
HOURS = T("Uren", "Hours")
ALLOWANCE = T("Vergoeding", "Allowance")
PREMIUM = T("Premie", "Premium")
COSTS = T("Werkelijke kosten", "Actual costs")
PAID_ON = T("Betaald op", "Paid on")
NOT_PAID = T("nog niet betaald", "not paid yet")
TOTAL = T("Totaal {year}", "Total {year}")
PAID_IN = T("Betaald in {year}", "Paid in {year}")
PAID_IN_NOTE = T(
    "Totaal {year}: de uren en bedragen over de maanden van {year}. Betaald in {year}: wat u in {year} kreeg, "
    "geteld op de betaaldatum, ook over een maand van het jaar ervoor. Zo telt de gemeente het als inkomen. Een "
    "maand die in een ander jaar is betaald, staat ook op het overzicht van dat jaar.",
    "Total {year}: the hours and amounts for the months of {year}. Paid in {year}: what you received in {year}, "
    "counted on the payment date, also for a month of the year before. That is how the municipality counts it "
    "as income. A month paid in another year is also on that year's statement.")
CORRECTIONS = T("Correcties", "Corrections")
CORRECTION = T("De uitbetaling over {month} van {amount}{paid} is {reversed} teruggedraaid. Dit bedrag telt "
               "niet mee in de bedragen hierboven.",
               "The payout for {month} of {amount}{paid} was reversed{reversed}. This amount does not count in "
               "the amounts above.")
CORRECTION_PAID = T(", betaald op {day},", ", paid on {day},")
CORRECTION_ON = T("op {day}", " on {day}")
CORRECTION_NOTE = T("Was een teruggedraaid bedrag al op uw rekening gekomen, vraag de penningmeester dan hoe het "
                    "is verrekend.",
                    "If a reversed amount had already reached your account, ask the treasurer how it was settled.")
INCOME_MARK = " *"
HOURS_PER_ACTIVITY = T("Uren per activiteit", "Hours per activity")
TOTAL_COLUMN = T("Totaal", "Total")
ROOM = T("Ruimte binnen de grenzen van {year}", "Room within the limits of {year}")
PAID_BY_US = T("Door ons betaald over de maanden van {year}", "Paid by us for the months of {year}")
PREMIUM_PAID_BY_US = T("Door ons betaald in {year} (telt op de betaaldatum)",
                       "Paid by us in {year} (counts on the payment date)")
OTHER_ORGANISATIONS = T("Van andere organisaties (door u opgegeven)", "From other organisations (as you told us)")
ROOM_LEFT = T("Nog ruimte in {year}", "Room left in {year}")
POT = T("Uw spaarpot", "Your savings pot")
POT_OPENING = T("Saldo op 1 januari {year}", "Balance on 1 January {year}")
POT_CLOSING = T("Saldo op 31 december {year}", "Balance on 31 December {year}")
EXPLAINED = T("Wat betekenen deze bedragen?", "What do these amounts mean?")
QUESTIONS = T("Hebt u vragen over dit overzicht? De penningmeester van {cooperative} helpt u graag.",
              "Questions about this statement? The treasurer of {cooperative} will gladly help you.")
REGARDS = T("Met vriendelijke groet,", "Kind regards,")
TREASURER = T("{name}, penningmeester", "{name}, treasurer")
NOTHING = T("Geen uren en geen betalingen in {year}.", "No hours and no payments in {year}.")
NOTHING_BUT_POT = T("Geen uren en geen vergoeding, premie of kosten in {year}; wel een opname uit uw spaarpot.",
                    "No hours and no allowance, premium or costs in {year}; but a withdrawal from your savings pot.")
