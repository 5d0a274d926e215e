"""`coopdesk restore BOOK [--backup FILE]`: put a backup in the book's place.

The only way to restore a backup (never copy one by hand: a journal left beside
the book would be rolled into the copy). Without `--backup` the newest backup
that passes SQLite's quick check is taken. The current book and its journals
are kept aside as `BOOK.damaged-YYYYMMDD-HHMM`; the restored book is checked
with the same integrity check as `coopdesk check` before the command ends.
"""

from __future__ import annotations

import argparse
import sys

from coopdesk.domain.text import Text


def add_arguments(parser: argparse.ArgumentParser, name: str) -> None:
    parser.add_argument("book", help="het boek / the book (.coopdesk)")
    parser.add_argument("--backup", metavar="FILE",
                        help="de reservekopie (standaard de nieuwste goede) / the backup (default: the newest "
                             "healthy one)")


def run(options: argparse.Namespace, name: str) -> int:
    from coopdesk.services.books import restore_backup
    from coopdesk.store.recovery import file_problems

    restored = restore_backup(options.book, options.backup)
    for kept in restored.kept_aside:
        print(Text("Apart bewaard: {path}", "Kept aside: {path}").render(path=kept), file=sys.stderr)
    problems = file_problems(restored.book)
    if problems:
        print(Text("Teruggezet, maar de controle vond: {detail}", "Restored, but the check found: {detail}")
              .render(detail=problems[0]), file=sys.stderr)
        return 1
    print(Text("Reservekopie {backup} teruggezet in {book}.", "Backup {backup} restored to {book}.")
          .render(backup=restored.backup.name, book=restored.book))
    return 0
