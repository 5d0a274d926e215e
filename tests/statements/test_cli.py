"""`coopdesk statements BOOK --year 2025 --out DIR|FILE.pdf [--member NR] [--sort name|postcode]`."""

from __future__ import annotations

from pathlib import Path

import pytest

from coopdesk.cli import main
from tests.statements.conftest import YEAR, pdf_pages


def test_one_combined_pdf_for_printing_sorted_by_postcode(demo_path: Path, tmp_path: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "post" / "jaaroverzichten.pdf"
    assert main(["statements", str(demo_path), "--year", str(YEAR), "--out", str(target), "--sort", "postcode"]) == 0
    assert "14 jaaroverzicht(en) 2025 geschreven (0 duplicaat, 0 nieuwe versie)" in capsys.readouterr().out
    pages = pdf_pages(target)
    firsts = [page for page in pages if "pagina 1 van" in page]
    assert len(firsts) == 14
    postcodes = [page.split("Overzichtnummer")[0].strip().splitlines()[-1][:7] for page in firsts]
    assert postcodes == sorted(postcodes)
    # members' income: readable by the owner only, like the book, and no temporary file left
    assert target.stat().st_mode & 0o777 == 0o600
    assert [path.name for path in target.parent.iterdir()] == ["jaaroverzichten.pdf"]


def test_one_file_per_member_and_a_reprint_of_one_is_a_duplicate(demo_path: Path, tmp_path: Path,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "leden"
    assert main(["statements", str(demo_path), "--year", str(YEAR), "--out", str(folder)]) == 0
    files = sorted(path.name for path in folder.iterdir())
    assert len(files) == 14 and "00105 Anouk van der Heuvel.pdf" in files
    assert "DUPLICAAT" not in "\n".join(pdf_pages(folder / "00105 Anouk van der Heuvel.pdf"))
    capsys.readouterr()

    again = tmp_path / "again.pdf"
    assert main(["statements", str(demo_path), "--year", str(YEAR), "--out", str(again), "--member", "105"]) == 0
    assert "1 jaaroverzicht(en) 2025 geschreven (1 duplicaat, 0 nieuwe versie)" in capsys.readouterr().out
    text = "\n".join(pdf_pages(again))
    assert "2025-00105" in text and "DUPLICAAT" in text and "Anouk van der Heuvel" in text


def test_an_unknown_member_is_one_clear_line(demo_path: Path, tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["statements", str(demo_path), "--year", str(YEAR), "--out", str(tmp_path / "x.pdf"),
                 "--member", "999"])
    assert code == 1 and "Lid 999 bestaat niet." in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()


def test_a_member_paid_in_the_year_after_leaving_is_in_the_batch_one_who_joined_later_is_refused(
        demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from datetime import date

    from coopdesk.domain.clock import FixedClock
    from coopdesk.services.books import open_book
    from tests.statements.cast import december_leaver, new_member
    from tests.statements.conftest import DEMO_TODAY

    book = open_book(demo_path, clock=FixedClock.on(DEMO_TODAY), backup=False)
    try:
        leaver, _ = december_leaver(book)
        later = new_member(book, "Nina Nieuw", date(YEAR + 1, 1, 5))
    finally:
        book.close()
    target = tmp_path / "alle.pdf"
    assert main(["statements", str(demo_path), "--year", str(YEAR), "--out", str(target)]) == 0
    assert "15 jaaroverzicht(en) 2025 geschreven" in capsys.readouterr().out
    assert sum(leaver.name in page and "pagina 1 van" in page for page in pdf_pages(target)) == 1
    refused = tmp_path / "later.pdf"
    code = main(["statements", str(demo_path), "--year", str(YEAR), "--out", str(refused),
                 "--member", str(later.number)])
    err = " ".join(capsys.readouterr().err.split())
    assert code == 1 and f"Nina Nieuw (lid {later.number}) was in 2025 geen lid" in err
    assert not refused.exists()
