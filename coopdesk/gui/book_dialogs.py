"""Dialogs about a book as a whole: a new book, and the cooperative's details.

Both show the cooperative's details (name, KvK number, address, IBAN,
municipality, treasurer) with a red message under each wrong field; the details
dialog also holds the logo printed on the year-end statements (a PNG or JPEG kept
in the book as bytes, previewed small, removable); a new book also asks
where to save the file. The service checks everything before a file is
created, so a mistake leaves nothing behind.

A new book is proposed in the folder of the last real book, else in Documents;
never in the app's own data folder, where the demo books live (`new_book_folder`).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coopdesk.domain.cooperative import (
    LOGO_MAX_BYTES,
    CooperativeDetails,
    check_logo,
    logo_too_large,
)
from coopdesk.domain.errors import CoopDeskError, Problem, ValidationError, problem
from coopdesk.domain.validation import format_iban
from coopdesk.gui.paths import data_dir
from coopdesk.gui.settings import Settings
from coopdesk.gui.widgets import FieldErrors, grow_to_fit

EXTENSION = ".coopdesk"

CooperativeFields = dict[str, str]
SubmitDetails = Callable[[CooperativeFields, bytes], None]  # the fields and the logo (b"": none)
LOGO_PREVIEW_WIDTH, LOGO_PREVIEW_HEIGHT = 160, 48
SubmitNewBook = Callable[[Path, CooperativeFields], None]


def _inside(path: Path, folder: Path) -> bool:
    try:
        return path.resolve().is_relative_to(folder.resolve())
    except OSError:
        return False


def documents_folder() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


def new_book_folder(settings: Settings) -> Path:
    """Where a new book is proposed: next to the most recent book that is not a demo in
    the app's data folder (and whose folder still exists), else Documents."""
    app_data = data_dir()
    for book in settings.recent_books():
        if not _inside(book, app_data) and book.parent.is_dir():
            return book.parent
    return documents_folder()


class CooperativeDialog(QDialog):
    """The cooperative's details; with `new_book_folder` set, also where the new book goes."""

    def __init__(self, details: CooperativeDetails | None, parent: QWidget | None = None,
                 *, new_book_folder: Path | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CooperativeDialog")
        self.is_new = new_book_folder is not None
        self.submit_details: SubmitDetails | None = None
        self.submit_new: SubmitNewBook | None = None

        self.edits: dict[str, QLineEdit] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        labels = (
            ("name", self.tr("&Naam coöperatie"), ""),
            ("kvk_number", self.tr("&KvK-nummer"), "12345678"),
            ("address", self.tr("&Adres"), self.tr("Straat en huisnummer")),
            ("postcode", self.tr("&Postcode"), "1234 AB"),
            ("city", self.tr("&Vestigingsplaats"), ""),
            ("iban", self.tr("&IBAN"), "NL00 BANK 0123 4567 89"),
            ("municipality", self.tr("&Gemeente"), self.tr("De gemeente waarmee u afspraken hebt")),
            ("treasurer", self.tr("Penning&meester"), self.tr("Naam onder de jaaroverzichten")),
        )
        for name, label, placeholder in labels:
            edit = QLineEdit(objectName=f"{name}Edit")
            edit.setPlaceholderText(placeholder)
            self.edits[name] = edit
            form.addRow(label, edit)
        self.path_edit: QLineEdit | None = None
        general = QLabel(objectName="generalError")
        self.errors = FieldErrors(general)
        for name, edit in self.edits.items():
            self.errors.add(name, edit, form)
        self.logo = b""
        self.logo_preview: QLabel | None = None
        self.remove_logo_button: QPushButton | None = None
        if new_book_folder is None:
            self._add_logo_row(form)

        layout = QVBoxLayout(self)
        if new_book_folder is not None:
            self.setWindowTitle(self.tr("Nieuw boek"))
            intro = QLabel(self.tr(
                "Een boek is één bestand met de leden, uren en boekhouding van één coöperatie. "
                "Vul de gegevens van de coöperatie in en kies waar het bestand komt."))
            intro.setWordWrap(True)
            layout.addWidget(intro)
            self.path_edit = QLineEdit(objectName="pathEdit")
            if _inside(new_book_folder, data_dir()):
                new_book_folder = documents_folder()  # never next to the demo books
            self.path_edit.setText(str(new_book_folder / (self.tr("Mijn coöperatie") + EXTENSION)))
            browse = QPushButton(self.tr("Bla&deren…"), objectName="browseButton")
            browse.clicked.connect(self._on_browse_clicked)
            path_row = QWidget()
            row = QHBoxLayout(path_row)
            row.setContentsMargins(0, 0, 0, 0)
            row.addWidget(self.path_edit, 1)
            row.addWidget(browse)
            form.addRow(self.tr("&Bestand"), path_row)
            self.errors.add("path", self.path_edit, form, row_widget=path_row)
            self.edits["name"].textEdited.connect(self._on_name_edited)
        else:
            self.setWindowTitle(self.tr("Gegevens coöperatie"))
        group = QGroupBox(self.tr("Coöperatie"))
        group.setLayout(form)
        layout.addWidget(group)
        layout.addWidget(general)
        layout.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Boek aanmaken") if self.is_new else self.tr("Opslaan"))
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout.addWidget(buttons)
        if details is not None:
            self.set_details(details)
        self.resize(620, self.sizeHint().height())

    def _add_logo_row(self, form: QFormLayout) -> None:
        self.logo_preview = QLabel(objectName="logoPreview")
        self.logo_preview.setFixedSize(LOGO_PREVIEW_WIDTH, LOGO_PREVIEW_HEIGHT)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        choose = QPushButton(self.tr("&Logo kiezen…"), objectName="chooseLogoButton")
        choose.clicked.connect(self._on_choose_logo_clicked)
        self.remove_logo_button = QPushButton(self.tr("Logo ve&rwijderen"), objectName="removeLogoButton")
        self.remove_logo_button.clicked.connect(self._on_remove_logo_clicked)
        logo_row = QWidget()
        row = QHBoxLayout(logo_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.logo_preview)
        row.addWidget(choose)
        row.addWidget(self.remove_logo_button)
        row.addStretch(1)
        form.addRow(self.tr("Logo"), logo_row)
        self.errors.add("logo", choose, form, row_widget=logo_row)
        self._show_logo(b"")

    def _show_logo(self, logo: bytes) -> None:
        """Keep `logo` (already checked) and preview it; b"" shows that there is none."""
        self.logo = logo
        if self.logo_preview is None or self.remove_logo_button is None:
            return
        image = QImage.fromData(logo) if logo else QImage()
        if image.isNull():
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(self.tr("(geen logo)"))
        else:
            self.logo_preview.setPixmap(QPixmap.fromImage(image.scaled(
                LOGO_PREVIEW_WIDTH, LOGO_PREVIEW_HEIGHT, Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation)))
        self.remove_logo_button.setEnabled(bool(logo))

    def set_details(self, details: CooperativeDetails) -> None:
        for name, edit in self.edits.items():
            value = getattr(details, name)
            edit.setText(format_iban(value) if name == "iban" else value)
        self._show_logo(details.logo)

    def fields(self) -> CooperativeFields:
        return {name: edit.text() for name, edit in self.edits.items()}

    def book_path(self) -> Path | None:
        if self.path_edit is None:
            return None
        text = self.path_edit.text().strip()
        return Path(text).expanduser() if text else None

    # -- slots ------------------------------------------------------------------------
    def _on_name_edited(self, text: str) -> None:
        if self.path_edit is None:
            return
        current = Path(self.path_edit.text())
        # "U.A." must not end in "U.A..coopdesk": no dots or spaces before the extension
        stem = "".join(c for c in text if c.isalnum() or c in " -_.").strip(" ._-") or self.tr("Mijn coöperatie")
        self.path_edit.setText(str(current.with_name(stem + EXTENSION)))

    def _on_browse_clicked(self) -> None:
        assert self.path_edit is not None
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Nieuw boek opslaan als"), self.path_edit.text(),
            self.tr("CoopDesk-boeken (*.coopdesk)"))
        if chosen:
            self.path_edit.setText(chosen)

    def _on_choose_logo_clicked(self) -> None:
        self.errors.clear()
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Logo kiezen"), str(documents_folder()), self.tr("Afbeeldingen (*.png *.jpg *.jpeg)"))
        if not chosen:
            return
        problems: list[Problem] = []
        data = b""
        try:
            with open(chosen, "rb") as handle:  # never more than the limit into memory
                data = handle.read(LOGO_MAX_BYTES + 1)
                if len(data) > LOGO_MAX_BYTES:
                    problems.append(logo_too_large("logo", os.fstat(handle.fileno()).st_size))
                    data = b""
        except OSError:
            problems.append(problem("logo", "Het bestand {path} kon niet worden gelezen.",
                                    "The file {path} could not be read.", path=chosen))
        logo = check_logo(data, "logo", problems)
        if logo and QImage.fromData(logo).isNull():  # the right first bytes, but no image after them
            problems.append(problem("logo", "Het logo moet een PNG- of JPEG-afbeelding zijn.",
                                    "The logo must be a PNG or JPEG image."))
        if problems:
            self.errors.show(ValidationError(problems))
            grow_to_fit(self)
            return
        self._show_logo(logo)

    def _on_remove_logo_clicked(self) -> None:
        self.errors.clear()
        self._show_logo(b"")

    def _on_buttons_accepted(self) -> None:
        self.errors.clear()
        try:
            if self.is_new:
                path = self.book_path()
                if path is None:
                    raise ValidationError([problem("path", "Kies waar het boek komt.",
                                                   "Choose where the book goes.")])
                assert self.submit_new is not None
                self.submit_new(path, self.fields())
            else:
                assert self.submit_details is not None
                self.submit_details(self.fields(), self.logo)
        except ValidationError as error:
            self.errors.show(error)
            grow_to_fit(self)
            return
        except CoopDeskError as error:
            self.errors.show(ValidationError([Problem(error.field if error.field in self.edits else None,
                                                      error.text, tuple(error.values.items()))]))
            grow_to_fit(self)
            return
        self.accept()
