# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'member_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
    QSizePolicy, QVBoxLayout, QWidget)

from coopdesk.gui.date_field import DateField

class Ui_MemberDialog(object):
    def setupUi(self, MemberDialog):
        if not MemberDialog.objectName():
            MemberDialog.setObjectName(u"MemberDialog")
        MemberDialog.resize(860, 520)
        MemberDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(MemberDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.columnsLayout = QHBoxLayout()
        self.columnsLayout.setSpacing(18)
        self.columnsLayout.setObjectName(u"columnsLayout")
        self.personGroup = QGroupBox(MemberDialog)
        self.personGroup.setObjectName(u"personGroup")
        self.personForm = QFormLayout(self.personGroup)
        self.personForm.setObjectName(u"personForm")
        self.personForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.personForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.nameLabel = QLabel(self.personGroup)
        self.nameLabel.setObjectName(u"nameLabel")

        self.personForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(self.personGroup)
        self.nameEdit.setObjectName(u"nameEdit")

        self.personForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.addressLabel = QLabel(self.personGroup)
        self.addressLabel.setObjectName(u"addressLabel")

        self.personForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.addressEdit = QLineEdit(self.personGroup)
        self.addressEdit.setObjectName(u"addressEdit")

        self.personForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.addressEdit)

        self.postcodeLabel = QLabel(self.personGroup)
        self.postcodeLabel.setObjectName(u"postcodeLabel")

        self.personForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.postcodeLabel)

        self.postcodeEdit = QLineEdit(self.personGroup)
        self.postcodeEdit.setObjectName(u"postcodeEdit")

        self.personForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.postcodeEdit)

        self.cityLabel = QLabel(self.personGroup)
        self.cityLabel.setObjectName(u"cityLabel")

        self.personForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.cityLabel)

        self.cityEdit = QLineEdit(self.personGroup)
        self.cityEdit.setObjectName(u"cityEdit")

        self.personForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.cityEdit)

        self.birthLabel = QLabel(self.personGroup)
        self.birthLabel.setObjectName(u"birthLabel")

        self.personForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.birthLabel)

        self.birthEdit = DateField(self.personGroup)
        self.birthEdit.setObjectName(u"birthEdit")

        self.personForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.birthEdit)

        self.emailLabel = QLabel(self.personGroup)
        self.emailLabel.setObjectName(u"emailLabel")

        self.personForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.emailEdit = QLineEdit(self.personGroup)
        self.emailEdit.setObjectName(u"emailEdit")

        self.personForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.emailEdit)

        self.phoneLabel = QLabel(self.personGroup)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.personForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneEdit = QLineEdit(self.personGroup)
        self.phoneEdit.setObjectName(u"phoneEdit")

        self.personForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.ibanLabel = QLabel(self.personGroup)
        self.ibanLabel.setObjectName(u"ibanLabel")

        self.personForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.ibanLabel)

        self.ibanEdit = QLineEdit(self.personGroup)
        self.ibanEdit.setObjectName(u"ibanEdit")

        self.personForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.ibanEdit)


        self.columnsLayout.addWidget(self.personGroup)

        self.membershipGroup = QGroupBox(MemberDialog)
        self.membershipGroup.setObjectName(u"membershipGroup")
        self.membershipForm = QFormLayout(self.membershipGroup)
        self.membershipForm.setObjectName(u"membershipForm")
        self.membershipForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.membershipForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.numberLabel = QLabel(self.membershipGroup)
        self.numberLabel.setObjectName(u"numberLabel")

        self.membershipForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.numberLabel)

        self.numberEdit = QLineEdit(self.membershipGroup)
        self.numberEdit.setObjectName(u"numberEdit")
        self.numberEdit.setReadOnly(True)

        self.membershipForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.numberEdit)

        self.joinedLabel = QLabel(self.membershipGroup)
        self.joinedLabel.setObjectName(u"joinedLabel")

        self.membershipForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.joinedLabel)

        self.joinedEdit = DateField(self.membershipGroup)
        self.joinedEdit.setObjectName(u"joinedEdit")

        self.membershipForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.joinedEdit)

        self.leftLabel = QLabel(self.membershipGroup)
        self.leftLabel.setObjectName(u"leftLabel")

        self.membershipForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.leftLabel)

        self.leftEdit = DateField(self.membershipGroup)
        self.leftEdit.setObjectName(u"leftEdit")

        self.membershipForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.leftEdit)

        self.reasonLabel = QLabel(self.membershipGroup)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.membershipForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonCombo = QComboBox(self.membershipGroup)
        self.reasonCombo.setObjectName(u"reasonCombo")

        self.membershipForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.reasonCombo)

        self.regimeLabel = QLabel(self.membershipGroup)
        self.regimeLabel.setObjectName(u"regimeLabel")

        self.membershipForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.regimeLabel)

        self.regimeCombo = QComboBox(self.membershipGroup)
        self.regimeCombo.setObjectName(u"regimeCombo")

        self.membershipForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.regimeCombo)

        self.regimeHelp = QLabel(self.membershipGroup)
        self.regimeHelp.setObjectName(u"regimeHelp")
        self.regimeHelp.setWordWrap(True)

        self.membershipForm.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.regimeHelp)

        self.assistanceCheck = QCheckBox(self.membershipGroup)
        self.assistanceCheck.setObjectName(u"assistanceCheck")

        self.membershipForm.setWidget(6, QFormLayout.ItemRole.SpanningRole, self.assistanceCheck)

        self.notesLabel = QLabel(self.membershipGroup)
        self.notesLabel.setObjectName(u"notesLabel")

        self.membershipForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = QPlainTextEdit(self.membershipGroup)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)

        self.membershipForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.notesEdit)


        self.columnsLayout.addWidget(self.membershipGroup)


        self.dialogLayout.addLayout(self.columnsLayout)

        self.warningLabel = QLabel(MemberDialog)
        self.warningLabel.setObjectName(u"warningLabel")
        self.warningLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.warningLabel)

        self.generalErrorLabel = QLabel(MemberDialog)
        self.generalErrorLabel.setObjectName(u"generalErrorLabel")
        self.generalErrorLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.generalErrorLabel)

        self.buttonBox = QDialogButtonBox(MemberDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.addressLabel.setBuddy(self.addressEdit)
        self.postcodeLabel.setBuddy(self.postcodeEdit)
        self.cityLabel.setBuddy(self.cityEdit)
        self.birthLabel.setBuddy(self.birthEdit)
        self.emailLabel.setBuddy(self.emailEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.ibanLabel.setBuddy(self.ibanEdit)
        self.numberLabel.setBuddy(self.numberEdit)
        self.joinedLabel.setBuddy(self.joinedEdit)
        self.leftLabel.setBuddy(self.leftEdit)
        self.reasonLabel.setBuddy(self.reasonCombo)
        self.regimeLabel.setBuddy(self.regimeCombo)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.addressEdit)
        QWidget.setTabOrder(self.addressEdit, self.postcodeEdit)
        QWidget.setTabOrder(self.postcodeEdit, self.cityEdit)
        QWidget.setTabOrder(self.cityEdit, self.birthEdit)
        QWidget.setTabOrder(self.birthEdit, self.emailEdit)
        QWidget.setTabOrder(self.emailEdit, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.ibanEdit)
        QWidget.setTabOrder(self.ibanEdit, self.numberEdit)
        QWidget.setTabOrder(self.numberEdit, self.joinedEdit)
        QWidget.setTabOrder(self.joinedEdit, self.leftEdit)
        QWidget.setTabOrder(self.leftEdit, self.reasonCombo)
        QWidget.setTabOrder(self.reasonCombo, self.regimeCombo)
        QWidget.setTabOrder(self.regimeCombo, self.assistanceCheck)
        QWidget.setTabOrder(self.assistanceCheck, self.notesEdit)

        self.retranslateUi(MemberDialog)

        QMetaObject.connectSlotsByName(MemberDialog)
    # setupUi

    def retranslateUi(self, MemberDialog):
        MemberDialog.setWindowTitle(QCoreApplication.translate("MemberDialog", u"Lid", None))
        self.personGroup.setTitle(QCoreApplication.translate("MemberDialog", u"Persoon", None))
        self.nameLabel.setText(QCoreApplication.translate("MemberDialog", u"&Naam", None))
        self.addressLabel.setText(QCoreApplication.translate("MemberDialog", u"&Adres", None))
        self.addressEdit.setPlaceholderText(QCoreApplication.translate("MemberDialog", u"Straat en huisnummer", None))
        self.postcodeLabel.setText(QCoreApplication.translate("MemberDialog", u"&Postcode", None))
        self.postcodeEdit.setPlaceholderText(QCoreApplication.translate("MemberDialog", u"1234 AB", None))
        self.cityLabel.setText(QCoreApplication.translate("MemberDialog", u"&Woonplaats", None))
        self.birthLabel.setText(QCoreApplication.translate("MemberDialog", u"&Geboortedatum", None))
        self.emailLabel.setText(QCoreApplication.translate("MemberDialog", u"&E-mail", None))
        self.phoneLabel.setText(QCoreApplication.translate("MemberDialog", u"Tele&foon", None))
        self.ibanLabel.setText(QCoreApplication.translate("MemberDialog", u"&IBAN", None))
        self.ibanEdit.setPlaceholderText(QCoreApplication.translate("MemberDialog", u"NL00 BANK 0123 4567 89", None))
        self.membershipGroup.setTitle(QCoreApplication.translate("MemberDialog", u"Lidmaatschap", None))
        self.numberLabel.setText(QCoreApplication.translate("MemberDialog", u"Lidnummer", None))
        self.joinedLabel.setText(QCoreApplication.translate("MemberDialog", u"Lid &sinds", None))
        self.leftLabel.setText(QCoreApplication.translate("MemberDialog", u"&Vertrokken op", None))
        self.reasonLabel.setText(QCoreApplication.translate("MemberDialog", u"&Reden vertrek", None))
        self.regimeLabel.setText(QCoreApplication.translate("MemberDialog", u"Vergoe&ding", None))
        self.regimeHelp.setText(QCoreApplication.translate("MemberDialog", u"Een co\u00f6peratie zonder ANBI-status kan de fiscale vrijwilligersregeling waarschijnlijk niet gebruiken; kies dan de premie van art. 31 Participatiewet, of geen vergoeding (alleen werkelijke kosten).", None))
        self.assistanceCheck.setText(QCoreApplication.translate("MemberDialog", u"Heeft een &bijstandsuitkering", None))
        self.notesLabel.setText(QCoreApplication.translate("MemberDialog", u"No&tities", None))
    # retranslateUi

