"""The Activiteiten tab: name, cost centre, hourly allowance, active, and the member whose
own enterprise an activity is (a member enterprise, "Onderneming van"); new cost centres.

The tab tells its page what it changed (`changed`, a `Changes`); the page reloads the
activities everywhere it shows them and passes the change on to the window's hub.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coopdesk.domain.activity import Activity, CostCentre
from coopdesk.domain.money import Money
from coopdesk.gui.hours.dialogs import ActivityDialog, CostCentreDialog
from coopdesk.gui.hours.models import ActivitiesModel
from coopdesk.services import enterprises
from coopdesk.services import hours as hours_service
from coopdesk.services.books import Book
from coopdesk.services.changes import Changes


class ActivitiesTab(QWidget):
    changed = Signal(object)  # the Changes this tab made

    def __init__(self, book: Book, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._book = book
        self.activities_model = ActivitiesModel(self)
        self.activities_view = QTableView()
        self.activities_view.setModel(self.activities_model)
        self.activities_view.verticalHeader().setVisible(False)
        self.activities_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.activities_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.activities_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.activities_view.doubleClicked.connect(self._on_edit_activity_button_clicked)
        self.activities_view.verticalHeader().setDefaultSectionSize(26)
        header = self.activities_view.horizontalHeader()
        for column, spec in enumerate(self.activities_model.columns):
            if spec.width:
                header.resizeSection(column, spec.width)
        header.setStretchLastSection(True)
        self.new_activity_button = QPushButton(self.tr("Nieuwe activiteit…"))
        self.edit_activity_button = QPushButton(self.tr("Wijzigen…"))
        self.toggle_activity_button = QPushButton(self.tr("Niet meer actief"))
        self.new_cost_centre_button = QPushButton(self.tr("Nieuwe kostenplaats…"))
        self.new_cost_centre_button.setToolTip(
            self.tr("Een kostenplaats per deelcoöperatie, als de coöperatie een koepel is"))
        self.new_cost_centre_button.clicked.connect(self._on_new_cost_centre_button_clicked)
        self.new_activity_button.clicked.connect(self._on_new_activity_button_clicked)
        self.edit_activity_button.clicked.connect(self._on_edit_activity_button_clicked)
        self.toggle_activity_button.clicked.connect(self._on_toggle_activity_button_clicked)
        self.activities_view.selectionModel().currentRowChanged.connect(self._on_activity_selection_changed)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_activity_button)
        buttons.addWidget(self.edit_activity_button)
        buttons.addWidget(self.toggle_activity_button)
        buttons.addStretch(1)
        buttons.addWidget(self.new_cost_centre_button)
        explanation = QLabel(self.tr(
            "Elke activiteit hoort bij een kostenplaats en heeft een uurvergoeding; de uitbetaling "
            "rekent daarmee. Een activiteit die niet meer actief is, krijgt geen nieuwe uren; "
            "de uren die er al op staan blijven. Een activiteit die een lid als eigen onderneming runt "
            "(\"Onderneming van\"), geeft bij de jaarafsluiting de spaarpot van dat lid het afgesproken deel "
            "van haar resultaat."))
        explanation.setWordWrap(True)
        explanation.setStyleSheet("color: #555;")
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.activities_view, 1)
        layout.addWidget(explanation)

    def set_activities(self, activities: list[Activity], centres: list[CostCentre]) -> None:
        owners = {activity_id: f"{owner.member_number} {owner.name}"
                  for activity_id, owner in enterprises.activity_owners(self._book).items()}
        self.activities_model.set_activities(activities, centres, owners)
        self._on_activity_selection_changed()

    def _selected_activity(self) -> Activity | None:
        return self.activities_model.activity_at(self.activities_view.currentIndex().row())

    def _on_activity_selection_changed(self, *_args: object) -> None:
        activity = self._selected_activity()
        self.edit_activity_button.setEnabled(activity is not None)
        self.toggle_activity_button.setEnabled(activity is not None)
        if activity is not None:
            self.toggle_activity_button.setText(
                self.tr("Niet meer actief") if activity.active else self.tr("Weer actief maken"))

    def activity_dialog(self, activity: Activity | None = None) -> ActivityDialog:
        centres = hours_service.list_cost_centres(self._book)

        def save(name: str, centre_id: int, rate: Money, active: bool) -> Activity:
            # the activity and its owner in one unit of work: a refused owner writes nothing
            return enterprises.save_activity(self._book, activity.id if activity else None, name=name,
                                             cost_centre_id=centre_id, hourly_rate=rate, active=active,
                                             owner_member_id=dialog.owner_member_id())

        owners = enterprises.owner_choices(self._book, activity.owner_member_id if activity else None)
        dialog = ActivityDialog(centres, save, activity, self,
                                check_rate=lambda rate: hours_service.check_rate(self._book, rate),
                                owners=[(o.member_id, f"{o.member_number} {o.name}") for o in owners])
        dialog.accepted.connect(self._on_activity_dialog_accepted)
        return dialog

    def _on_activity_dialog_accepted(self) -> None:
        self.changed.emit(Changes(activities=True))

    def cost_centre_dialog(self) -> CostCentreDialog:
        dialog = CostCentreDialog(lambda code, name: hours_service.add_cost_centre(self._book, code, name), self)
        dialog.accepted.connect(self._on_cost_centre_dialog_accepted)
        return dialog

    def _on_cost_centre_dialog_accepted(self) -> None:
        self.changed.emit(Changes(cost_centres=True))

    def _on_new_cost_centre_button_clicked(self) -> None:
        self.cost_centre_dialog().open()

    def _on_new_activity_button_clicked(self) -> None:
        self.activity_dialog().open()

    def _on_edit_activity_button_clicked(self, *_args: object) -> None:
        activity = self._selected_activity()
        if activity is not None:
            self.activity_dialog(activity).open()

    def _on_toggle_activity_button_clicked(self) -> None:
        activity = self._selected_activity()
        if activity is None:
            return
        row = self.activities_view.currentIndex().row()
        hours_service.set_activity_active(self._book, activity.id, not activity.active)
        self.changed.emit(Changes(activities=True))
        self.activities_view.setCurrentIndex(self.activities_model.index(row, 0))
