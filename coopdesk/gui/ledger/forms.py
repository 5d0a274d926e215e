"""The Boekhouding page's forms: Ontvangst / Uitgave (plain words, `money_form`),
Memoriaal and Corrigeren (free lines that must balance, `journal_form`), Beginbalans
(guided opening entry) and an account (`opening_form`), on the shared ledger frame
(`form_frame`, which asks "Toch boeken" for a cash account going below zero).
"""

from __future__ import annotations

from .form_frame import NegativeCashBox, account_combo, date_edit
from .journal_form import CorrectionDialog, JournalDialog
from .money_form import MoneyDialog
from .opening_form import AccountDialog, OpeningDialog

__all__ = ["AccountDialog", "CorrectionDialog", "JournalDialog", "MoneyDialog", "NegativeCashBox", "OpeningDialog",
           "account_combo", "date_edit"]
