"""The cooperative's books as use cases: record money in and out, journal entries,
drafts, corrections by reversal, opening balances, accounts, and the reports.

Each function is one unit of work (`book.transaction()`). Every dated write asks
`ensure_open` first, so a period a later issue closes (payout, year close) is
refused here without changes to this module. The domain builds and checks every
entry before anything is written: bad input changes nothing.

One module a part of the books: `posting` (money in, money out, journal entries),
`drafts`, `corrections`, `opening_balances`, `accounts`, `overviews` (reports and the
books page by page) and `checks` (`coopdesk check`, days below zero). The views, the
other services and the command line call them as `ledger.<name>`, so every name is
handed on here, with the domain values they take (`Posting`, `journal_entry`, `Period`).
"""

from coopdesk.domain.ledger import Posting, journal_entry
from coopdesk.domain.reports import Period
from coopdesk.services.ledger.accounts import (
    activities,
    add_account,
    category_accounts,
    cost_centres,
    list_accounts,
    money_accounts,
    remove_account,
    rename_account,
    set_account_active,
    set_account_rgs,
)
from coopdesk.services.ledger.checks import ledger_problems, negative_cash, negative_cash_text
from coopdesk.services.ledger.corrections import (
    check_reversible,
    correction_date,
    reverse_transaction,
)
from coopdesk.services.ledger.drafts import (
    count_drafts,
    delete_draft,
    edit_draft,
    list_drafts,
    money_form_of,
    post_draft,
    post_money_draft,
    save_draft,
    save_money_draft,
)
from coopdesk.services.ledger.opening_balances import has_opening_balances, post_opening_balances
from coopdesk.services.ledger.overviews import (
    account_balances_around,
    balance_sheet,
    book_lines,
    count_book_lines,
    count_journal_lines,
    journal_lines,
    open_for_reports,
    profit_and_loss,
    trial_balance,
    years_with_postings,
)
from coopdesk.services.ledger.posting import (
    MoneyForm,
    get_transaction,
    post_expense,
    post_journal_entry,
    post_receipt,
    with_booked_on,
)

__all__ = [
    "MoneyForm", "list_accounts", "money_accounts", "category_accounts", "cost_centres", "activities",
    "post_receipt", "post_expense", "post_journal_entry", "save_draft", "edit_draft", "post_draft",
    "delete_draft", "list_drafts", "count_drafts", "check_reversible", "correction_date",
    "save_money_draft", "post_money_draft", "money_form_of", "reverse_transaction", "post_opening_balances",
    "has_opening_balances", "trial_balance", "profit_and_loss", "balance_sheet", "book_lines",
    "count_book_lines", "journal_lines", "count_journal_lines", "account_balances_around", "get_transaction",
    "add_account", "rename_account", "set_account_rgs", "set_account_active", "remove_account",
    "ledger_problems", "negative_cash", "negative_cash_text", "open_for_reports", "years_with_postings",
    "with_booked_on", "Posting", "journal_entry", "Period",
]
