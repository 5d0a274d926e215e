"""Fixtures for the ledger tests: the default chart's accounts by code."""

from __future__ import annotations

import pytest

from coopdesk.domain.ledger import Account
from coopdesk.services import ledger
from coopdesk.services.books import Book


@pytest.fixture
def accounts(book: Book) -> dict[str, Account]:
    return {account.code: account for account in ledger.list_accounts(book)}
