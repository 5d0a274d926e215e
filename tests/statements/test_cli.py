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
    assert "14 jaaroverzicht(en) 2025 geschreven (0 duplicaat)" in capsys.readouterr().out
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
    assert "1 jaaroverzicht(en) 2025 geschreven (1 duplicaat)" in capsys.readouterr().out
    text = "\n".join(pdf_pages(again))
    assert "2025-00105" in text and "DUPLICAAT" in text and "Anouk van der Heuvel" in text


def test_an_unknown_member_is_one_clear_line(demo_path: Path, tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["statements", str(demo_path), "--year", str(YEAR), "--out", str(tmp_path / "x.pdf"),
                 "--member", "999"])
    assert code == 1 and "Lid 999 bestaat niet." in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()
