"""The Qt views (PySide6): main window, pages, dialogs, item models.

May import: coopdesk.services, coopdesk.exports, coopdesk.domain and PySide6.
Never SQLAlchemy and never SQL: a view calls a service and shows the result;
it never computes money (amounts arrive as `Money` and are only formatted).

Conventions kept here:

* Dutch source strings through `self.tr()` / `QCoreApplication.translate()`;
  English lives in `resources/translations/*_en.ts` (see `i18n.py`).
* Pages follow one contract (`pages.py`): `Page(book, undo_stack, parent)`,
  `title()`, `refresh()`. The main window lists `PAGES` and builds each page
  when it is first shown.
* Edits the treasurer may regret are thin `QUndoCommand`s that call services.
* Message boxes go through a `Messages` object the window owns, so tests can
  replace it with a recorder instead of clicking modal boxes.
* Generated Designer forms live in `forms/` and are never edited by hand.
"""
