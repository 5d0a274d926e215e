"""`coopdesk export BOOK --year 2025 --xlsx FILE [--xaf FILE] [--xaf-version 4.0|3.2]`.

The accountant's package of one book year: the workbook (`--xlsx`,
`coopdesk.exports.accountant_workbook`) and/or the XAF audit file (`--xaf`,
`coopdesk.exports.xaf`; version 4.0 unless `--xaf-version 3.2` is asked for a year up
to 2025). Both render one read model of the year (`coopdesk.services.accountant`),
read through a read-only stdlib connection, so the export runs while the app has the
book open and neither Qt nor SQLAlchemy is imported. The audit file is validated
against the official XSD before it is written; when the schemas cannot be found the
file is written and a line says it was not validated.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

from coopdesk.domain.text import Text


def add_arguments(parser: argparse.ArgumentParser, name: str) -> None:
    parser.add_argument("book", help="het boek / the book (.coopdesk)")
    parser.add_argument("--year", type=int, required=True, help="boekjaar / book year, e.g. 2025")
    parser.add_argument("--xlsx", metavar="BESTAND/FILE",
                        help="schrijf de werkmap voor de accountant / write the accountant's workbook")
    parser.add_argument("--xaf", metavar="BESTAND/FILE",
                        help="schrijf het XAF-auditbestand / write the XAF audit file")
    parser.add_argument("--xaf-version", choices=("4.0", "3.2"), default="4.0",
                        help="XAF-versie (standaard 4.0; 3.2 voor jaren tot en met 2025) / "
                             "XAF version (default 4.0; 3.2 for years up to 2025)")


def run(options: argparse.Namespace, name: str) -> int:
    from coopdesk.domain.audit_file import AuditYear
    from coopdesk.domain.clock import SystemClock
    from coopdesk.domain.errors import CoopDeskError
    from coopdesk.services import accountant

    if not options.xlsx and not options.xaf:
        raise CoopDeskError.of("Geef --xlsx BESTAND, --xaf BESTAND of allebei.",
                               "Give --xlsx FILE, --xaf FILE or both.", "xlsx")
    if options.xaf:
        from coopdesk.exports.xaf import check_version

        accountant.check_year(options.year)
        check_version(options.xaf_version, options.year)
    today = SystemClock().today()
    audit: AuditYear
    if options.xlsx:
        from coopdesk.exports.accountant_workbook import write_workbook

        data = accountant.read_accountant_year(options.book, options.year, today)
        audit = data.audit
        _writing(options.xlsx, lambda: write_workbook(data, options.xlsx))
        print(Text("Werkmap geschreven: {path}", "Workbook written: {path}").render(path=options.xlsx))
    else:
        audit = accountant.read_audit_year(options.book, options.year, today)
    if options.xaf:
        from coopdesk.exports.xaf import write_xaf

        validated = _writing(options.xaf, lambda: write_xaf(audit, options.xaf, options.xaf_version))
        print(Text("XAF {version} geschreven: {path}", "XAF {version} written: {path}").render(
            version=options.xaf_version, path=options.xaf))
        if not validated:
            print(Text("Let op: het XAF-schema is niet gevonden, het bestand is niet gecontroleerd "
                       "(zet COOPDESK_XAF_SCHEMAS op de map met de XSD's).",
                       "Note: the XAF schema was not found, the file was not validated "
                       "(set COOPDESK_XAF_SCHEMAS to the folder with the XSDs).").render(), file=sys.stderr)
    return 0


def _writing(path: str, write: Callable[[], object]) -> bool:
    from coopdesk.domain.errors import CoopDeskError

    try:
        return bool(write())
    except OSError as error:
        raise CoopDeskError.of(
            "{path} kan niet worden geschreven: {reason}", "{path} cannot be written: {reason}",
            "file", path=path, reason=error.strerror or str(error),
        ) from error
