"""Undoable member edits (examples.md, habit 7).

Each command holds plain values (the member's number and `MemberDetails`
before and after) and calls services; it never touches widgets. The page does
the first change itself (so a mistake is shown in the dialog and nothing is
pushed), then pushes the command with `done=True`: the stack's first `redo`
is then skipped.

Members are found by number, which never changes; their row id may change when
an undo removes a member and a redo puts them back.

When a service refuses an undo or redo (say hours were booked on a member
whose registration is being undone), the command marks itself obsolete, so
the stack drops it instead of pretending, and the error goes to the app's
error handler.

Every undo and redo that changed the book tells the window's change hub, so the
pages that show members catch up.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from coopdesk.domain.errors import CoopDeskError
from coopdesk.domain.member import Member, MemberDetails, MemberForm
from coopdesk.gui.change_hub import ChangeHub
from coopdesk.services import members as member_service
from coopdesk.services.books import Book
from coopdesk.services.changes import Changes


class _MemberCommand(QUndoCommand):
    def __init__(self, book: Book, text: str, done: bool, hub: ChangeHub | None) -> None:
        super().__init__(text)
        self.book = book
        self._skip_redo = done
        self._hub = hub

    def redo(self) -> None:
        if self._skip_redo:
            self._skip_redo = False
            return
        self._guarded(self._redo)

    def undo(self) -> None:
        self._guarded(self._undo)

    def _guarded(self, action: Callable[[], None]) -> None:
        try:
            action()
        except CoopDeskError:
            self.setObsolete(True)
            raise
        if self._hub is not None:
            self._hub.emit_changes(self._changes())

    def _changes(self) -> Changes:
        raise NotImplementedError

    def _redo(self) -> None:
        raise NotImplementedError

    def _undo(self) -> None:
        raise NotImplementedError


class AddMemberCommand(_MemberCommand):
    """Undo removes the registered member; redo puts them back under the same number."""

    def __init__(self, book: Book, member: Member, done: bool = True, hub: ChangeHub | None = None) -> None:
        super().__init__(book, QCoreApplication.translate("MemberCommands", "Lid {number} toevoegen").format(number=member.number), done, hub)
        self.member = member

    def _changes(self) -> Changes:
        return Changes(members=frozenset({int(self.member.id)}))

    def _undo(self) -> None:
        current = member_service.find_member_by_number(self.book, self.member.number)
        member_service.remove_member(self.book, current.id)

    def _redo(self) -> None:
        self.member = member_service.restore_member(self.book, self.member)


class ChangeMemberCommand(_MemberCommand):
    """An edit or a recorded leaving: details before and after."""

    def __init__(self, book: Book, number: int, before: MemberDetails, after: MemberDetails,
                 text: str, done: bool = True, hub: ChangeHub | None = None) -> None:
        super().__init__(book, text, done, hub)
        self.number = number
        self.before = before
        self.after = after
        self._member_id = 0

    def _changes(self) -> Changes:
        return Changes(members=frozenset({self._member_id}))

    def _set(self, details: MemberDetails) -> None:
        current = member_service.find_member_by_number(self.book, self.number)
        self._member_id = int(current.id)
        member_service.update_member(self.book, current.id, MemberForm.from_details(details))

    def _undo(self) -> None:
        self._set(self.before)

    def _redo(self) -> None:
        self._set(self.after)


def edit_text(member: Member) -> str:
    return QCoreApplication.translate("MemberCommands", "Lid {number} wijzigen").format(number=member.number)


def leaving_text(member: Member) -> str:
    return QCoreApplication.translate("MemberCommands", "Vertrek van lid {number}").format(number=member.number)
