"""The ledger: accounts, transactions, postings (issue 4 fills this module)."""
