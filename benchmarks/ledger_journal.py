"""Write a book's posted transactions as a ledger/hledger journal file (benchmarks only).

    python benchmarks/ledger_journal.py BOOK.coopdesk OUT.journal

Accounts are written as "<code> <name>", amounts as plain decimals (debit +,
credit -), so `ledger -f OUT.journal bal` and `hledger -f OUT.journal bal`
compute the same balances as `coopdesk report BOOK trial-balance`.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def write_journal(book_path: Path, target: Path) -> int:
    from coopdesk.store import ledger as ledger_store
    from coopdesk.store.book import open_book_read_only

    book = open_book_read_only(book_path)
    count = 0
    try:
        with book.transaction() as session, target.open("w", encoding="utf-8") as out:
            current = None
            for transaction_id, booked_on, description, code, name, cents in ledger_store.export_rows(session):
                if transaction_id != current:
                    if current is not None:
                        out.write("\n")
                    clean = description.replace(";", ",")
                    out.write(f"{booked_on:%Y-%m-%d} {clean}\n")
                    current = transaction_id
                    count += 1
                sign = "-" if cents < 0 else ""
                out.write(f"    {code} {name}  {sign}{abs(cents) // 100}.{abs(cents) % 100:02d}\n")
            out.write("\n")
    finally:
        book.close()
    return count


if __name__ == "__main__":
    written = write_journal(Path(sys.argv[1]), Path(sys.argv[2]))
    print(f"{written} transactions written to {sys.argv[2]}")
