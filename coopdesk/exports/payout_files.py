"""The payout's files from a book: the SEPA file of a posted run, a member's municipality overview.

Each function asks the payout services for the plain values (`SepaPaymentRun`,
`MunicipalityOverview`) and hands them to a writer; the writers never read the book.
This glue lives in `exports`, not in `services`, because the layers run
cli > gui > exports > services: a service may not import a writer, a writer's caller
may import a service. The GUI and the command line both call these functions.
"""

from __future__ import annotations

import os
from collections.abc import Collection
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from coopdesk.domain.errors import CoopDeskError
from coopdesk.domain.money import Money
from coopdesk.domain.payout import PayoutMonth, SepaPaymentRun
from coopdesk.domain.text import Language, Text
from coopdesk.exports.sepa import SepaProblem, Version, sepa_problems, write_sepa_file
from coopdesk.services.books import Book, cooperative_details
from coopdesk.services.changes import Changes

OVERVIEW_SUFFIXES = (".pdf", ".xlsx")


@dataclass(frozen=True)
class SepaFileWritten:
    """What was written: where, which version, how many transfers and their total."""

    path: Path
    version: Version
    count: int
    total: Money
    execution_on: date
    changes: tuple[SepaProblem, ...]


def sepa_run(book: Book, run_id: int) -> SepaPaymentRun:
    """The plain values of a posted run's SEPA file (refused for a reversed or unknown run)."""
    from coopdesk.services.payout import payout_lines_for_sepa

    return payout_lines_for_sepa(book, run_id)


def check_sepa(book: Book, run_id: int) -> tuple[SepaProblem, ...]:
    """What the treasurer must see before the SEPA file of run `run_id` is written."""
    return sepa_problems(sepa_run(book, run_id))


def write_sepa(book: Book, run_id: int, path: str | os.PathLike[str], version: Version = "09", *,
               execution_on: date | None = None, accept_changes: bool = False) -> SepaFileWritten:
    """Write the SEPA credit-transfer file of posted run `run_id` to `path`, to be executed
    by the bank on `execution_on` (default: today). See `coopdesk.exports.sepa` for what is
    refused and when `accept_changes` is needed."""
    run = sepa_run(book, run_id)
    day = execution_on or book.clock.today()
    if day < book.clock.today():
        raise CoopDeskError(Text(
            "De uitvoerdatum {day} ligt in het verleden; een bank voert geen betaling in het verleden uit.",
            "The execution date {day} is in the past; a bank does not execute a payment in the past.",
        ), "execution_on", day=day)
    target = write_sepa_file(path, run, day, version, accept_changes=accept_changes)
    changes = tuple(p for p in sepa_problems(run) if not p.blocking)
    return SepaFileWritten(target, version, run.count, run.total, day, changes)


def pay_held_by_sepa(book: Book, line_ids: Collection[int], paid_on: date, path: str | os.PathLike[str],
                     version: Version = "09", *, accept_changes: bool = False,
                     who: str | None = None) -> tuple[SepaFileWritten, Changes]:
    """Pay held payout lines later by bank with a SEPA file executed on `paid_on`, in one
    unit of work (`services.payout_held.pay_held_lines`): the file is written last inside
    it, so a refused or unwritable file leaves nothing posted and the lines owed; and if
    the book cannot be saved after the file was written, the file is removed again.

    A bank does not execute in the past and the ledger posts nothing in the future, so
    `paid_on` is today: the payment is posted on the day the file is made."""
    from coopdesk.services.payout_held import PaymentMethod, pay_held_lines

    if paid_on < book.clock.today():
        raise CoopDeskError(Text(
            "De uitvoerdatum {day} ligt in het verleden; een bank voert geen betaling in het verleden uit. "
            "Is het al betaald, boek het dan zonder bestand.",
            "The execution date {day} is in the past; a bank does not execute a payment in the past. "
            "If it was paid already, post it without a file.",
        ), "paid_on", day=paid_on)
    target = Path(path)
    written: list[Path] = []

    def write(run: SepaPaymentRun) -> None:
        try:
            written.append(write_sepa_file(target, run, paid_on, version, accept_changes=accept_changes))
        except OSError as error:  # a folder that is not there or not writable, a full disk
            raise CoopDeskError(Text(
                "Het SEPA-bestand {path} kon niet worden geschreven ({reason}); er is niets geboekt.",
                "The SEPA file {path} could not be written ({reason}); nothing was posted.",
            ), "path", path=str(target), reason=error.strerror or type(error).__name__) from error

    try:
        payment, changes = pay_held_lines(book, line_ids, paid_on, PaymentMethod.BANK, write_file=write, who=who)
    except BaseException:
        for done in written:  # the file was written but the book was not saved: no file without a posting
            done.unlink(missing_ok=True)
        raise
    assert payment.sepa is not None  # a bank payment always has its SEPA values
    problems = tuple(p for p in sepa_problems(payment.sepa) if not p.blocking)
    return SepaFileWritten(written[0], version, payment.sepa.count, payment.sepa.total, paid_on, problems), changes


def write_municipality_overview(book: Book, member_number: int, first_month: PayoutMonth,
                                last_month: PayoutMonth, path: str | os.PathLike[str],
                                language: Language | None = None) -> Path:
    """Write member `member_number`'s overview from `first_month` to `last_month`, as a PDF or
    an Excel sheet by the suffix of `path` (.pdf or .xlsx)."""
    target = Path(path)
    suffix = target.suffix.lower()
    if suffix not in OVERVIEW_SUFFIXES:
        raise CoopDeskError(Text(
            "{name}: kies een bestandsnaam die eindigt op .pdf of .xlsx.",
            "{name}: choose a file name ending in .pdf or .xlsx.",
        ), "path", name=target.name)
    from coopdesk.services.payout import municipality_overview_data

    overview = municipality_overview_data(book, member_number, first_month, last_month)
    cooperative = cooperative_details(book)
    made_on = book.clock.today()
    if suffix == ".pdf":
        from coopdesk.exports.municipality_overview_pdf import write_municipality_overview_pdf

        return write_municipality_overview_pdf(target, overview, cooperative, made_on, language)
    from coopdesk.exports.municipality_overview_xlsx import write_municipality_overview_xlsx

    return write_municipality_overview_xlsx(target, overview, cooperative, made_on, language)
