"""kill -9 at random moments: during `coopdesk import-hours` of a 5,000-row sheet and during
a loop of postings. After every kill each way into the book opens it, SQLite's integrity
check is clean, the hours table holds all or none of the sheet's rows, and every
transaction sums to zero.

Marked slow (run in CI). `COOPDESK_KILL_TRIALS` sets the number of kills (default 20);
the counts are printed: kills, recovered (a hot journal was rolled back), damaged (must
be 0), partial (a cut-off backup copy, removed by the next open).
"""

from __future__ import annotations

import os
import random
import shutil
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

import pytest
from crashing import child_env, hot_journal, kill_hard, wait_for_a_save

from coopdesk.cli import main
from coopdesk.domain.clock import FixedClock
from coopdesk.domain.hours import ImportRow
from coopdesk.domain.member import MemberForm
from coopdesk.domain.money import Money
from coopdesk.exports.hours_sheet import write_hours_sheet
from coopdesk.services import hours, members
from coopdesk.services.books import break_lock, lock_holder, open_book, verify_backup
from coopdesk.services.check import check_book
from coopdesk.services.hours import sheet_template

SHEET_ROWS = 5_000
MEMBERS = 10

POSTING_LOOP = """
import sys
from datetime import date
from coopdesk.domain.clock import FixedClock
from coopdesk.domain.money import Money
from coopdesk.services import ledger
from coopdesk.services.books import open_book, verify_backup

book = open_book(sys.argv[1], clock=FixedClock.on(date(2026, 11, 28)), verify=False)  # as the app does
accounts = {account.code: account for account in ledger.list_accounts(book)}
print("open", flush=True)
verify_backup(book)
day = 1
while True:
    ledger.post_receipt(book, ledger.MoneyForm(date(2026, 3, 1 + day % 28), accounts["1000"].id,
                                               accounts["8000"].id, Money("12.34"), f"Omzet {day}"))
    day += 1
"""


def hours_count(path: Path) -> int:
    connection = sqlite3.connect(path)
    try:
        return int(connection.execute("SELECT count(*) FROM hours_entry").fetchone()[0])
    finally:
        connection.close()


def unbalanced(path: Path) -> list[int]:
    connection = sqlite3.connect(path)
    try:
        return [row[0] for row in connection.execute(
            "SELECT transaction_id FROM posting GROUP BY transaction_id HAVING sum(amount) != 0")]
    finally:
        connection.close()


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory, template_book: Path) -> tuple[Path, Path, Path]:
    """A book with members and an activity, a filled-in 5,000-row sheet and an empty one."""
    folder = tmp_path_factory.mktemp("pristine")
    path = folder / "book.coopdesk"
    shutil.copyfile(template_book, path)
    clock = FixedClock.on(date(2026, 11, 28))
    book = open_book(path, clock=clock, backup=False)
    try:
        people = [members.register_member(book, MemberForm(name=f"Lid {n:02}", joined_on=date(2024, 1, 1)))
                  for n in range(MEMBERS)]
        centre = hours.list_cost_centres(book)[0]
        hours.add_activity(book, "Restaurant", centre.id, Money("2.50"))
        template = sheet_template(book)
    finally:
        book.close()
    rows = [
        ImportRow(row=index + 2, member_number=int(person.number), member_name=person.name,
                  worked_on=date(2025, 1, 1) + timedelta(days=index // MEMBERS),
                  activity_name="Restaurant", minutes=120)
        for index, person in ((i, people[i % MEMBERS]) for i in range(SHEET_ROWS))
    ]
    sheet = write_hours_sheet(folder / "uren.xlsx", template, rows)
    empty = write_hours_sheet(folder / "leeg.xlsx", template)
    return path, sheet, empty


def _enter(entry: str, path: Path, empty: Path, out: Path, capsys: pytest.CaptureFixture[str]) -> bool:
    """One way into the book, as a person would take it; True when it opened the book."""
    if entry == "app":  # what the window does: open without waiting, check the copy on a thread
        book = open_book(path, clock=FixedClock.on(date(2026, 11, 28)), verify=False)
        try:
            return verify_backup(book) is None
        finally:
            book.close()
    args = {
        "check": ["check", str(path)],
        "report": ["report", str(path), "trial-balance", "--year", "2026"],
        "hours-template": ["hours-template", str(path), str(out), "--force"],
        "import-hours": ["import-hours", str(path), str(empty)],
    }[entry]
    code = main(args)
    captured = capsys.readouterr()
    refused = "geen leesbaar" in captured.err or "beschadigd" in captured.err or "iets mis" in captured.err
    return not refused and (code == 0 or entry == "import-hours")


@pytest.mark.slow
def test_kill_nine_at_random_moments(pristine: tuple[Path, Path, Path], tmp_path: Path,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    trials = int(os.environ.get("COOPDESK_KILL_TRIALS", "20"))
    source, sheet, empty = pristine
    chance = random.Random(int(os.environ.get("COOPDESK_KILL_SEED", "7")))
    entries = ["check", "report", "hours-template", "import-hours", "app"]
    counts: Counter[str] = Counter()
    postings_book = tmp_path / "postings" / "book.coopdesk"
    postings_book.parent.mkdir()
    shutil.copyfile(source, postings_book)

    # how long a whole import takes here, so the kills fall inside it
    measure = tmp_path / "measure" / "book.coopdesk"
    measure.parent.mkdir()
    shutil.copyfile(source, measure)
    started = time.monotonic()
    subprocess.run([sys.executable, "-m", "coopdesk", "import-hours", str(measure), str(sheet)],
                   env=child_env(), check=True, capture_output=True, timeout=120)
    import_seconds = time.monotonic() - started
    assert hours_count(measure) == SHEET_ROWS

    failures: list[str] = []
    for trial in range(trials):
        importing = trial % 2 == 0
        before_hours = 0 if importing else hours_count(postings_book)  # read while nobody writes
        if importing:
            path = tmp_path / f"import-{trial}" / "book.coopdesk"
            path.parent.mkdir()
            shutil.copyfile(source, path)
            child = subprocess.Popen([sys.executable, "-m", "coopdesk", "import-hours", str(path), str(sheet)],
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=child_env())
            if chance.random() < 0.5:
                time.sleep(chance.uniform(0.2, 1.0) * import_seconds)
            else:
                wait_for_a_save(path, import_seconds * 3, chance)
        else:
            path = postings_book
            child = subprocess.Popen([sys.executable, "-c", POSTING_LOOP, str(path)],
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=child_env())
            assert child.stdout is not None
            assert child.stdout.readline().strip() == "open"
            if chance.random() < 0.5:
                time.sleep(chance.uniform(0.0, 0.6))
            else:
                wait_for_a_save(path, 5.0, chance)
        if child.poll() is None:
            counts["kills"] += 1
        kill_hard(child)
        journal = hot_journal(path) is not None
        counts["journal"] += journal
        partials = list((path.parent / "backups").glob("*.partial"))
        counts["partial"] += bool(partials)
        holder = lock_holder(path)
        if holder is not None and holder.status() == "stale":
            break_lock(path)  # what the user confirms for a lock its dead holder left

        entry = entries[trial % len(entries)]
        opened = _enter(entry, path, empty, tmp_path / "sjabloon.xlsx", capsys)
        problems = check_book(path) if opened else ["not opened"]
        now_hours = hours_count(path)
        bad = unbalanced(path)
        if journal and hot_journal(path) is None and opened:
            counts["recovered"] += 1
        if entry in ("hours-template", "import-hours", "app") and list((path.parent / "backups").glob("*.partial")):
            failures.append(f"trial {trial}: a .partial copy survived opening")
        if not opened or problems or bad or now_hours not in (before_hours, before_hours + SHEET_ROWS if importing
                                                             else before_hours):
            counts["damaged"] += 1
            failures.append(f"trial {trial} ({entry}): opened={opened} problems={problems[:2]} "
                            f"hours={now_hours} unbalanced={bad[:3]}")
    with capsys.disabled():
        print(f"\nkill loop: trials={trials} kills={counts['kills']} hot journals={counts['journal']} "
              f"recovered={counts['recovered']} damaged={counts['damaged']} partial={counts['partial']} "
              f"(import takes {import_seconds:.2f} s here)")
    assert failures == []
    assert counts["kills"] > 0
