"""The accountant's year workbook on the large book against openpyxl writing the same
rows and cells from prepared lists; and its peak memory.

    PYTHONPATH=. python benchmarks/bench_accountant.py [--repeat 5] [--year 2025]

Targets (issue 12): the workbook of a year (gathering the data from the book included)
takes at most 1.2 x what openpyxl `write_only` needs to write the same rows and cells
from lists prepared beforehand, with a peak memory of at most 150 MB.

Each measurement runs in a fresh subprocess, alternating pair by pair ("ours", then
"baseline") so a machine that slows down moves both; the ratio's median is printed.

* ours: `read_accountant_year` (stdlib sqlite3 reads, the year checked against the
  trial balance) + `write_workbook`; timed from before the read to the file saved.
  Peak memory is the subprocess's `resource.getrusage(RUSAGE_SELF).ru_maxrss`.
* baseline: the workbook ours wrote, read back (untimed) into lists of
  (value, number format, bold) per cell, each value the Python value ours wrote (a
  Decimal to the cent for money and hours, a date for a day); then timed: a `Workbook(write_only=True)` with
  the same sheets, widths, frozen header and autofilter, a `WriteOnlyCell` where a cell
  has a number format or is bold, the plain value otherwise (what ours does).
Both import openpyxl before the clock starts.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import time
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from common import OUT, ROOT, large_book

TODAY = date(2026, 11, 28)
EURO = '"€" #,##0.00;"€" -#,##0.00'  # as coopdesk.exports.accountant_workbook writes them
HOURS = "0.00"
CENT = Decimal("0.01")


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def child_ours(book: Path, year: int, target: Path) -> dict[str, float]:
    import openpyxl  # noqa: F401  (imports are not what is measured)

    from coopdesk.exports.accountant_workbook import write_workbook
    from coopdesk.services.accountant import read_accountant_year

    started = time.perf_counter()
    data = read_accountant_year(book, year, TODAY)
    gathered = time.perf_counter()
    write_workbook(data, target)
    done = time.perf_counter()
    return {"seconds": done - started, "gather": gathered - started, "peak_mb": _peak_mb(),
            "rows": len(data.audit.opening) + data.audit.line_count + len(data.payouts) + len(data.audit.members)}


def _prepare(reference: Path) -> list[tuple[str, list[float], list[list[tuple[object, str, bool]]]]]:
    from openpyxl import load_workbook

    book = load_workbook(reference)  # not read_only: widths are needed too
    sheets = []
    for sheet in book:
        widths = [sheet.column_dimensions[sheet.cell(1, c).column_letter].width or 10
                  for c in range(1, sheet.max_column + 1)]
        rows = [[(_as_written(cell.value, cell.number_format),
                  "" if cell.number_format == "General" else cell.number_format, bool(cell.font.bold))
                 for cell in row] for row in sheet.iter_rows()]
        sheets.append((sheet.title, widths, rows))
    return sheets


def _as_written(value: object, number_format: str) -> object:
    """The Python value ours put in the cell: a Decimal to the cent for money and hours
    (openpyxl reads them back as float or int), a date for a day (read back as datetime)."""
    if isinstance(value, int | float) and not isinstance(value, bool) and number_format in (EURO, HOURS):
        return Decimal(str(value)).quantize(CENT)
    if isinstance(value, datetime):
        return value.date()
    return value


def child_baseline(reference: Path, target: Path) -> dict[str, float]:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    prepared = _prepare(reference)
    started = time.perf_counter()
    workbook = Workbook(write_only=True)
    bold = Font(bold=True)
    for title, widths, rows in prepared:
        sheet = workbook.create_sheet(title)
        for index, width in enumerate(widths, start=1):
            sheet.column_dimensions[get_column_letter(index)].width = width
        sheet.freeze_panes = "A2"
        for row in rows:
            values: list[object] = []
            for value, number_format, is_bold in row:
                if number_format or is_bold:
                    cell = WriteOnlyCell(sheet, value)
                    if number_format:
                        cell.number_format = number_format
                    if is_bold:
                        cell.font = bold
                    values.append(cell)
                else:
                    values.append(value)
            sheet.append(values)
        sheet.auto_filter.ref = f"A1:{get_column_letter(len(widths))}{len(rows)}"
    workbook.save(str(target))
    return {"seconds": time.perf_counter() - started, "peak_mb": _peak_mb(),
            "rows": sum(len(rows) for _, _, rows in prepared)}


def _run_child(*args: str) -> dict[str, float]:
    output = subprocess.run([sys.executable, __file__, "--child", *args], check=True, capture_output=True,
                            text=True, cwd=ROOT, env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"}).stdout
    result: dict[str, float] = json.loads(output.strip().splitlines()[-1])
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--year", type=int, default=2025)
    parser.add_argument("--child", nargs="+")
    options = parser.parse_args()
    if options.child:
        kind, *rest = options.child
        if kind == "ours":
            result = child_ours(Path(rest[0]), int(rest[1]), Path(rest[2]))
        else:
            result = child_baseline(Path(rest[0]), Path(rest[1]))
        print(json.dumps(result))
        return
    book = large_book()
    reference = OUT / f"accountant-{options.year}.xlsx"
    copy = OUT / f"accountant-{options.year}-baseline.xlsx"
    _run_child("ours", str(book), str(options.year), str(reference))  # warm: page cache, .pyc
    ours, base, ratios = [], [], []
    for _ in range(options.repeat):
        mine = _run_child("ours", str(book), str(options.year), str(reference))
        theirs = _run_child("baseline", str(reference), str(copy))
        ours.append(mine)
        base.append(theirs)
        ratios.append(mine["seconds"] / theirs["seconds"])
    print(f"year {options.year} of {book.name}: {int(ours[0]['rows'])} data rows "
          f"({int(base[0]['rows'])} rows in all sheets, headers and totals included)")
    print(f"ours: read + check + write workbook   median {statistics.median(m['seconds'] for m in ours) * 1000:7.0f} ms"
          f"  (of which gathering {statistics.median(m['gather'] for m in ours) * 1000:.0f} ms)")
    print(f"openpyxl write_only, prepared lists   median {statistics.median(b['seconds'] for b in base) * 1000:7.0f} ms")
    print(f"ratio, pair by pair                   median {statistics.median(ratios):7.2f} x"
          f"  (min {min(ratios):.2f}, max {max(ratios):.2f}; target <= 1.2 x)")
    print(f"peak memory ours (ru_maxrss)          max {max(m['peak_mb'] for m in ours):7.1f} MB  (target <= 150 MB)")
    print(f"peak memory baseline (with its lists) max {max(b['peak_mb'] for b in base):7.1f} MB")


if __name__ == "__main__":
    main()
