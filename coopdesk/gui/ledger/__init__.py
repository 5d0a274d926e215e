"""The Boekhouding page (the ledger's views). Imports services and domain only."""
