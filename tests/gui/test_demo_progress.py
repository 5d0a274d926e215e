"""The demo book takes seconds to generate (4.1 s on a fresh clone, issue 9): the start
screen says what is happening meanwhile, and the window stays responsive (the book is
written on a worker thread)."""

from __future__ import annotations

import threading

from pytestqt.qtbot import QtBot

from coopdesk.services.demo import DEMO_STEPS


def test_the_start_screen_shows_each_step_while_the_demo_is_generated(make_window, qtbot: QtBot) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    screen = window.start_screen
    assert not screen.progress_label.isVisible()
    seen: list[tuple[int, int, str, bool, bool]] = []
    show = screen.show_progress

    def record(done: int, total: int, text: str) -> None:
        show(done, total, text)
        seen.append((done, total, text, screen.progress_label.isVisible(), screen.demo_button.isEnabled()))

    screen.show_progress = record  # type: ignore[method-assign]
    gui_thread = threading.get_ident()
    threads: list[int] = []
    from coopdesk.services import demo

    original = demo.add_demo_hours

    def spy(*args, **kwargs):  # type: ignore[no-untyped-def]
        threads.append(threading.get_ident())
        return original(*args, **kwargs)

    demo.add_demo_hours = spy
    try:
        assert window.open_demo()
    finally:
        demo.add_demo_hours = original
    assert [text for _d, _t, text, _v, _e in seen][-len(DEMO_STEPS):] == [s.render() for s in DEMO_STEPS]
    assert all(visible and not enabled for _d, _t, _x, visible, enabled in seen)
    assert seen[-1][:2] == (3, 4)
    assert threads and threads[0] != gui_thread  # generated off the GUI thread
    assert window.book is not None and window.central.currentIndex() == 1
    assert not screen.progress_label.isVisible() and screen.demo_button.isEnabled()
    assert window.demo_action.isEnabled()


def test_a_demo_that_cannot_be_written_is_explained(make_window, messages, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from coopdesk.gui import demo_progress

    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setattr(demo_progress, "data_dir", lambda: blocker / "data")
    window = make_window()
    assert not window.open_demo()
    assert window.book is None and [kind for kind, _text in messages.shown] == ["error"]
    assert window.start_screen.demo_button.isEnabled()


def test_closing_the_window_while_the_demo_is_made_closes_it_when_done(make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    screen = window.start_screen
    show = screen.show_progress
    asked: list[bool] = []

    def close_midway(done: int, total: int, text: str) -> None:
        show(done, total, text)
        if not asked:
            asked.append(window.close())  # refused for now: the book is being written

    screen.show_progress = close_midway  # type: ignore[method-assign]
    window.open_demo()
    assert asked == [False]
    assert not window.isVisible() and window.book is None  # closed once the demo was written


def test_a_quit_during_the_demo_waits_for_the_writer_and_opens_nothing(make_window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A signal's `quit()` ends every event loop, the demo's wait included: the window must
    not open a book that is still being written."""
    from coopdesk.gui import worker

    monkeypatch.setattr(worker.Job, "wait", lambda job: None)  # the loop ended before the job did
    window = make_window()
    assert not window.open_demo()
    assert window.book is None and window.demo_job is None
    assert window.start_screen.demo_button.isEnabled()
