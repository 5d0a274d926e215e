"""Regression test for the PySide6 6.12.0 bug on CPython 3.11 (design.md, Known hazards).

That release dropped a reference to `None` on every call of a method returning
nothing, and the process aborted (`none_dealloc`) after about 100,000 calls. The
loop below makes 300,000 such calls; the count of `None` must not have fallen.
On CPython 3.12+ `None` is immortal and its count is a huge constant: still fine.
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def test_void_calls_do_not_eat_references_to_none(qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QLineEdit

    edit = QLineEdit()
    before = sys.getrefcount(None)
    for number in range(300_000):
        edit.setText("x" if number % 2 else "y")
    after = sys.getrefcount(None)
    assert after >= before - 100, (before, after)
    edit.deleteLater()
