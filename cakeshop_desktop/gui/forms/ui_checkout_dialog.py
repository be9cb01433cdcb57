# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'checkout_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QDateTimeEdit, QDialog, QDoubleSpinBox, QFrame,
    QGridLayout, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QRadioButton,
    QSizePolicy, QSpacerItem, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_CheckoutDialog(object):
    def setupUi(self, CheckoutDialog):
        if not CheckoutDialog.objectName():
            CheckoutDialog.setObjectName(u"CheckoutDialog")
        CheckoutDialog.resize(900, 700)
        self.dialogLayout = QVBoxLayout(CheckoutDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.topLayout = QHBoxLayout()
        self.topLayout.setObjectName(u"topLayout")
        self.leftLayout = QVBoxLayout()
        self.leftLayout.setObjectName(u"leftLayout")
        self.customerGroup = QGroupBox(CheckoutDialog)
        self.customerGroup.setObjectName(u"customerGroup")
        self.customerGroupLayout = QGridLayout(self.customerGroup)
        self.customerGroupLayout.setObjectName(u"customerGroupLayout")
        self.customerKindLayout = QHBoxLayout()
        self.customerKindLayout.setObjectName(u"customerKindLayout")
        self.walkInRadio = QRadioButton(self.customerGroup)
        self.walkInRadio.setObjectName(u"walkInRadio")
        self.walkInRadio.setChecked(True)

        self.customerKindLayout.addWidget(self.walkInRadio)

        self.registeredRadio = QRadioButton(self.customerGroup)
        self.registeredRadio.setObjectName(u"registeredRadio")

        self.customerKindLayout.addWidget(self.registeredRadio)

        self.customerKindSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.customerKindLayout.addItem(self.customerKindSpacer)


        self.customerGroupLayout.addLayout(self.customerKindLayout, 0, 0, 1, 2)

        self.customerComboLabel = QLabel(self.customerGroup)
        self.customerComboLabel.setObjectName(u"customerComboLabel")

        self.customerGroupLayout.addWidget(self.customerComboLabel, 1, 0, 1, 1)

        self.customerCombo = QComboBox(self.customerGroup)
        self.customerCombo.setObjectName(u"customerCombo")
        self.customerCombo.setEditable(True)
        self.customerCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.customerGroupLayout.addWidget(self.customerCombo, 1, 1, 1, 1)

        self.customerNameLabel = QLabel(self.customerGroup)
        self.customerNameLabel.setObjectName(u"customerNameLabel")

        self.customerGroupLayout.addWidget(self.customerNameLabel, 2, 0, 1, 1)

        self.customerNameEdit = QLineEdit(self.customerGroup)
        self.customerNameEdit.setObjectName(u"customerNameEdit")
        self.customerNameEdit.setMaxLength(128)
        self.customerNameEdit.setClearButtonEnabled(True)

        self.customerGroupLayout.addWidget(self.customerNameEdit, 2, 1, 1, 1)

        self.customerPhoneLabel = QLabel(self.customerGroup)
        self.customerPhoneLabel.setObjectName(u"customerPhoneLabel")

        self.customerGroupLayout.addWidget(self.customerPhoneLabel, 3, 0, 1, 1)

        self.customerPhoneEdit = QLineEdit(self.customerGroup)
        self.customerPhoneEdit.setObjectName(u"customerPhoneEdit")
        self.customerPhoneEdit.setMaxLength(32)
        self.customerPhoneEdit.setClearButtonEnabled(True)

        self.customerGroupLayout.addWidget(self.customerPhoneEdit, 3, 1, 1, 1)


        self.leftLayout.addWidget(self.customerGroup)

        self.pickupGroup = QGroupBox(CheckoutDialog)
        self.pickupGroup.setObjectName(u"pickupGroup")
        self.pickupGroupLayout = QGridLayout(self.pickupGroup)
        self.pickupGroupLayout.setObjectName(u"pickupGroupLayout")
        self.handOutNowCheck = QCheckBox(self.pickupGroup)
        self.handOutNowCheck.setObjectName(u"handOutNowCheck")

        self.pickupGroupLayout.addWidget(self.handOutNowCheck, 0, 0, 1, 2)

        self.pickupLaterCheck = QCheckBox(self.pickupGroup)
        self.pickupLaterCheck.setObjectName(u"pickupLaterCheck")

        self.pickupGroupLayout.addWidget(self.pickupLaterCheck, 1, 0, 1, 2)

        self.pickupDateTimeLabel = QLabel(self.pickupGroup)
        self.pickupDateTimeLabel.setObjectName(u"pickupDateTimeLabel")

        self.pickupGroupLayout.addWidget(self.pickupDateTimeLabel, 2, 0, 1, 1)

        self.pickupDateTimeEdit = QDateTimeEdit(self.pickupGroup)
        self.pickupDateTimeEdit.setObjectName(u"pickupDateTimeEdit")
        self.pickupDateTimeEdit.setCalendarPopup(True)
        self.pickupDateTimeEdit.setDisplayFormat(u"dd.MM.yyyy HH:mm")

        self.pickupGroupLayout.addWidget(self.pickupDateTimeEdit, 2, 1, 1, 1)

        self.pickupHintLabel = QLabel(self.pickupGroup)
        self.pickupHintLabel.setObjectName(u"pickupHintLabel")
        self.pickupHintLabel.setWordWrap(True)
        self.pickupHintLabel.setStyleSheet(u"color: palette(placeholder-text);")

        self.pickupGroupLayout.addWidget(self.pickupHintLabel, 3, 0, 1, 2)


        self.leftLayout.addWidget(self.pickupGroup)


        self.topLayout.addLayout(self.leftLayout)

        self.rightLayout = QVBoxLayout()
        self.rightLayout.setObjectName(u"rightLayout")
        self.paymentGroup = QGroupBox(CheckoutDialog)
        self.paymentGroup.setObjectName(u"paymentGroup")
        self.paymentGroupLayout = QGridLayout(self.paymentGroup)
        self.paymentGroupLayout.setObjectName(u"paymentGroupLayout")
        self.paymentMethodLabel = QLabel(self.paymentGroup)
        self.paymentMethodLabel.setObjectName(u"paymentMethodLabel")

        self.paymentGroupLayout.addWidget(self.paymentMethodLabel, 0, 0, 1, 1)

        self.paymentMethodCombo = QComboBox(self.paymentGroup)
        self.paymentMethodCombo.setObjectName(u"paymentMethodCombo")

        self.paymentGroupLayout.addWidget(self.paymentMethodCombo, 0, 1, 1, 1)

        self.paymentModeLayout = QHBoxLayout()
        self.paymentModeLayout.setObjectName(u"paymentModeLayout")
        self.fullPaymentRadio = QRadioButton(self.paymentGroup)
        self.fullPaymentRadio.setObjectName(u"fullPaymentRadio")
        self.fullPaymentRadio.setChecked(True)

        self.paymentModeLayout.addWidget(self.fullPaymentRadio)

        self.depositRadio = QRadioButton(self.paymentGroup)
        self.depositRadio.setObjectName(u"depositRadio")

        self.paymentModeLayout.addWidget(self.depositRadio)

        self.paymentModeSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.paymentModeLayout.addItem(self.paymentModeSpacer)


        self.paymentGroupLayout.addLayout(self.paymentModeLayout, 1, 0, 1, 2)

        self.paidAmountLabel = QLabel(self.paymentGroup)
        self.paidAmountLabel.setObjectName(u"paidAmountLabel")

        self.paymentGroupLayout.addWidget(self.paidAmountLabel, 2, 0, 1, 1)

        self.paidAmountSpin = QDoubleSpinBox(self.paymentGroup)
        self.paidAmountSpin.setObjectName(u"paidAmountSpin")
        self.paidAmountSpin.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)
        self.paidAmountSpin.setSuffix(u" \u20bd")
        self.paidAmountSpin.setDecimals(2)
        self.paidAmountSpin.setMaximum(9999999999.989999771118164)

        self.paymentGroupLayout.addWidget(self.paidAmountSpin, 2, 1, 1, 1)

        self.depositHintLabel = QLabel(self.paymentGroup)
        self.depositHintLabel.setObjectName(u"depositHintLabel")
        self.depositHintLabel.setWordWrap(True)
        self.depositHintLabel.setStyleSheet(u"color: palette(placeholder-text);")

        self.paymentGroupLayout.addWidget(self.depositHintLabel, 3, 0, 1, 2)

        self.discountLabel = QLabel(self.paymentGroup)
        self.discountLabel.setObjectName(u"discountLabel")

        self.paymentGroupLayout.addWidget(self.discountLabel, 4, 0, 1, 1)

        self.discountLayout = QHBoxLayout()
        self.discountLayout.setObjectName(u"discountLayout")
        self.discountSpin = QDoubleSpinBox(self.paymentGroup)
        self.discountSpin.setObjectName(u"discountSpin")
        self.discountSpin.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)
        self.discountSpin.setSuffix(u" %")
        self.discountSpin.setDecimals(0)
        self.discountSpin.setMaximum(100.000000000000000)
        self.discountSpin.setSingleStep(5.000000000000000)

        self.discountLayout.addWidget(self.discountSpin)

        self.discountModeCombo = QComboBox(self.paymentGroup)
        self.discountModeCombo.setObjectName(u"discountModeCombo")

        self.discountLayout.addWidget(self.discountModeCombo)


        self.paymentGroupLayout.addLayout(self.discountLayout, 4, 1, 1, 1)

        self.payAtCounterLabel = QLabel(self.paymentGroup)
        self.payAtCounterLabel.setObjectName(u"payAtCounterLabel")
        self.payAtCounterLabel.setWordWrap(True)
        self.payAtCounterLabel.setStyleSheet(u"color: palette(placeholder-text);")

        self.paymentGroupLayout.addWidget(self.payAtCounterLabel, 5, 0, 1, 2)


        self.rightLayout.addWidget(self.paymentGroup)

        self.orderTotalLabel = QLabel(CheckoutDialog)
        self.orderTotalLabel.setObjectName(u"orderTotalLabel")
        self.orderTotalLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)
        self.orderTotalLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.orderTotalLabel.setFrameShape(QFrame.Shape.StyledPanel)
        self.orderTotalLabel.setMargin(6)

        self.rightLayout.addWidget(self.orderTotalLabel)


        self.topLayout.addLayout(self.rightLayout)


        self.dialogLayout.addLayout(self.topLayout)

        self.itemsGroup = QGroupBox(CheckoutDialog)
        self.itemsGroup.setObjectName(u"itemsGroup")
        self.itemsGroupLayout = QVBoxLayout(self.itemsGroup)
        self.itemsGroupLayout.setObjectName(u"itemsGroupLayout")
        self.checkoutItemsTable = QTableWidget(self.itemsGroup)
        self.checkoutItemsTable.setObjectName(u"checkoutItemsTable")
        self.checkoutItemsTable.setAlternatingRowColors(True)
        self.checkoutItemsTable.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked|QAbstractItemView.EditTrigger.EditKeyPressed|QAbstractItemView.EditTrigger.AnyKeyPressed|QAbstractItemView.EditTrigger.SelectedClicked)
        self.checkoutItemsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.checkoutItemsTable.horizontalHeader().setStretchLastSection(True)
        self.checkoutItemsTable.verticalHeader().setVisible(False)

        self.itemsGroupLayout.addWidget(self.checkoutItemsTable)


        self.dialogLayout.addWidget(self.itemsGroup)

        self.notesLayout = QHBoxLayout()
        self.notesLayout.setObjectName(u"notesLayout")
        self.orderNotesLabel = QLabel(CheckoutDialog)
        self.orderNotesLabel.setObjectName(u"orderNotesLabel")

        self.notesLayout.addWidget(self.orderNotesLabel)

        self.orderNotesEdit = QLineEdit(CheckoutDialog)
        self.orderNotesEdit.setObjectName(u"orderNotesEdit")
        self.orderNotesEdit.setMaxLength(1000)
        self.orderNotesEdit.setClearButtonEnabled(True)

        self.notesLayout.addWidget(self.orderNotesEdit)


        self.dialogLayout.addLayout(self.notesLayout)

        self.checkoutErrorLabel = QLabel(CheckoutDialog)
        self.checkoutErrorLabel.setObjectName(u"checkoutErrorLabel")
        self.checkoutErrorLabel.setWordWrap(True)
        self.checkoutErrorLabel.setStyleSheet(u"color: #b00020; font-weight: bold;")

        self.dialogLayout.addWidget(self.checkoutErrorLabel)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.checkoutBusyLabel = QLabel(CheckoutDialog)
        self.checkoutBusyLabel.setObjectName(u"checkoutBusyLabel")

        self.buttonsLayout.addWidget(self.checkoutBusyLabel)

        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.cancelCheckoutButton = QPushButton(CheckoutDialog)
        self.cancelCheckoutButton.setObjectName(u"cancelCheckoutButton")

        self.buttonsLayout.addWidget(self.cancelCheckoutButton)

        self.confirmCheckoutButton = QPushButton(CheckoutDialog)
        self.confirmCheckoutButton.setObjectName(u"confirmCheckoutButton")

        self.buttonsLayout.addWidget(self.confirmCheckoutButton)


        self.dialogLayout.addLayout(self.buttonsLayout)

#if QT_CONFIG(shortcut)
        self.customerComboLabel.setBuddy(self.customerCombo)
        self.customerNameLabel.setBuddy(self.customerNameEdit)
        self.customerPhoneLabel.setBuddy(self.customerPhoneEdit)
        self.pickupDateTimeLabel.setBuddy(self.pickupDateTimeEdit)
        self.paymentMethodLabel.setBuddy(self.paymentMethodCombo)
        self.paidAmountLabel.setBuddy(self.paidAmountSpin)
        self.discountLabel.setBuddy(self.discountSpin)
        self.orderNotesLabel.setBuddy(self.orderNotesEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.walkInRadio, self.registeredRadio)
        QWidget.setTabOrder(self.registeredRadio, self.customerCombo)
        QWidget.setTabOrder(self.customerCombo, self.customerNameEdit)
        QWidget.setTabOrder(self.customerNameEdit, self.customerPhoneEdit)
        QWidget.setTabOrder(self.customerPhoneEdit, self.handOutNowCheck)
        QWidget.setTabOrder(self.handOutNowCheck, self.pickupLaterCheck)
        QWidget.setTabOrder(self.pickupLaterCheck, self.pickupDateTimeEdit)
        QWidget.setTabOrder(self.pickupDateTimeEdit, self.paymentMethodCombo)
        QWidget.setTabOrder(self.paymentMethodCombo, self.fullPaymentRadio)
        QWidget.setTabOrder(self.fullPaymentRadio, self.depositRadio)
        QWidget.setTabOrder(self.depositRadio, self.paidAmountSpin)
        QWidget.setTabOrder(self.paidAmountSpin, self.discountSpin)
        QWidget.setTabOrder(self.discountSpin, self.discountModeCombo)
        QWidget.setTabOrder(self.discountModeCombo, self.checkoutItemsTable)
        QWidget.setTabOrder(self.checkoutItemsTable, self.orderNotesEdit)
        QWidget.setTabOrder(self.orderNotesEdit, self.confirmCheckoutButton)
        QWidget.setTabOrder(self.confirmCheckoutButton, self.cancelCheckoutButton)

        self.retranslateUi(CheckoutDialog)

        self.confirmCheckoutButton.setDefault(True)


        QMetaObject.connectSlotsByName(CheckoutDialog)
    # setupUi

    def retranslateUi(self, CheckoutDialog):
        CheckoutDialog.setWindowTitle(QCoreApplication.translate("CheckoutDialog", u"Checkout", None))
#if QT_CONFIG(accessibility)
        CheckoutDialog.setAccessibleName(QCoreApplication.translate("CheckoutDialog", u"Checkout", None))
#endif // QT_CONFIG(accessibility)
        self.customerGroup.setTitle(QCoreApplication.translate("CheckoutDialog", u"Customer", None))
        self.walkInRadio.setText(QCoreApplication.translate("CheckoutDialog", u"&Walk-in", None))
#if QT_CONFIG(accessibility)
        self.walkInRadio.setAccessibleName(QCoreApplication.translate("CheckoutDialog", u"Walk-in customer", None))
#endif // QT_CONFIG(accessibility)
        self.registeredRadio.setText(QCoreApplication.translate("CheckoutDialog", u"Re&gistered customer", None))
#if QT_CONFIG(accessibility)
        self.registeredRadio.setAccessibleName(QCoreApplication.translate("CheckoutDialog", u"Registered customer", None))
#endif // QT_CONFIG(accessibility)
        self.customerComboLabel.setText(QCoreApplication.translate("CheckoutDialog", u"&Find:", None))
#if QT_CONFIG(accessibility)
        self.customerCombo.setAccessibleName(QCoreApplication.translate("CheckoutDialog", u"Registered customer", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.customerCombo.setToolTip(QCoreApplication.translate("CheckoutDialog", u"Type a name, login or phone to find a registered customer", None))
#endif // QT_CONFIG(tooltip)
        self.customerNameLabel.setText(QCoreApplication.translate("CheckoutDialog", u"&Name:", None))
#if QT_CONFIG(accessibility)
        self.customerNameEdit.setAccessibleName(QCoreApplication.translate("CheckoutDialog", u"Customer name", None))
#endif // QT_CONFIG(accessibility)
        self.customerNameEdit.setPlaceholderText(QCoreApplication.translate("CheckoutDialog", u"Name of the customer", None))
        self.customerPhoneLabel.setText(QCoreApplication.translate("CheckoutDialog", u"P&hone:", None))
#if QT_CONFIG(accessibility)
        self.customerPhoneEdit.setAccessibleName(QCoreApplication.translate("CheckoutDialog", u"Customer phone", None))
#endif // QT_CONFIG(accessibility)
        self.customerPhoneEdit.setPlaceholderText(QCoreApplication.translate("CheckoutDialog", u"+7 900 123-45-67", None))
        self.pickupGroup.setTitle(QCoreApplication.translate("CheckoutDialog", u"Pickup", None))
        self.handOutNowCheck.setText(QCoreApplication.translate("CheckoutDialog", u"The customer takes the &cakes now", None))
#if QT_CONFIG(accessibility)
        self.handOutNowCheck.setAccessibleName(QCoreApplication.translate("CheckoutDialog", u"Hand out now", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.handOutNowCheck.setToolTip(QCoreApplication.translate("CheckoutDialog", u"Sold at the counter: the order is paid in full and handed out at once", None))
#endif // QT_CONFIG(tooltip)
        self.pickupLaterCheck.setText(QCoreApplication.translate("CheckoutDialog", u"Set a pickup &time", None))
#if QT_CONFIG(accessibility)
        self.pickupLaterCheck.setAccessibleName(QCoreApplication.translate("CheckoutDialog", u"Set a pickup time", None))
#endif // QT_CONFIG(accessibility)
        self.pickupDateTimeLabel.setText(QCoreApplication.translate("CheckoutDialog", u"Pic&kup time:", None))
#if QT_CONFIG(accessibility)
        self.pickupDateTimeEdit.setAccessibleName(QCoreApplication.translate("CheckoutDialog", u"Pickup date and time", None))
#endif // QT_CONFIG(accessibility)
        self.pickupHintLabel.setText("")
#if QT_CONFIG(accessibility)
        self.pickupHintLabel.setAccessibleName(QCoreApplication.translate("CheckoutDialog", u"Earliest pickup", None))
#endif // QT_CONFIG(accessibility)
        self.paymentGroup.setTitle(QCoreApplication.translate("CheckoutDialog", u"Payment", None))
        self.paymentMethodLabel.setText(QCoreApplication.translate("CheckoutDialog", u"&Method:", None))
#if QT_CONFIG(accessibility)
        self.paymentMethodCombo.setAccessibleName(QCoreApplication.translate("CheckoutDialog", u"Payment method", None))
#endif // QT_CONFIG(accessibility)
        self.fullPaymentRadio.setText(QCoreApplication.translate("CheckoutDialog", u"Fu&ll", None))
#if QT_CONFIG(accessibility)
        self.fullPaymentRadio.setAccessibleName(QCoreApplication.translate("CheckoutDialog", u"Full payment", None))
#endif // QT_CONFIG(accessibility)
        self.depositRadio.setText(QCoreApplication.translate("CheckoutDialog", u"D&eposit", None))
#if QT_CONFIG(accessibility)
        self.depositRadio.setAccessibleName(QCoreApplication.translate("CheckoutDialog", u"Deposit", None))
#endif // QT_CONFIG(accessibility)
        self.paidAmountLabel.setText(QCoreApplication.translate("CheckoutDialog", u"Pa&id now:", None))
#if QT_CONFIG(accessibility)
        self.paidAmountSpin.setAccessibleName(QCoreApplication.translate("CheckoutDialog", u"Paid amount", None))
#endif // QT_CONFIG(accessibility)
        self.depositHintLabel.setText("")
#if QT_CONFIG(accessibility)
        self.depositHintLabel.setAccessibleName(QCoreApplication.translate("CheckoutDialog", u"Minimum deposit", None))
#endif // QT_CONFIG(accessibility)
        self.discountLabel.setText(QCoreApplication.translate("CheckoutDialog", u"Disco&unt:", None))
#if QT_CONFIG(accessibility)
        self.discountSpin.setAccessibleName(QCoreApplication.translate("CheckoutDialog", u"Discount", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.discountModeCombo.setAccessibleName(QCoreApplication.translate("CheckoutDialog", u"Discount in percent or in roubles", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.discountModeCombo.setToolTip(QCoreApplication.translate("CheckoutDialog", u"The discount in percent of the order or in roubles", None))
#endif // QT_CONFIG(tooltip)
        self.payAtCounterLabel.setText("")
#if QT_CONFIG(accessibility)
        self.payAtCounterLabel.setAccessibleName(QCoreApplication.translate("CheckoutDialog", u"Payment note", None))
#endif // QT_CONFIG(accessibility)
        self.orderTotalLabel.setText("")
#if QT_CONFIG(accessibility)
        self.orderTotalLabel.setAccessibleName(QCoreApplication.translate("CheckoutDialog", u"Order total", None))
#endif // QT_CONFIG(accessibility)
        self.itemsGroup.setTitle(QCoreApplication.translate("CheckoutDialog", u"Cakes: inscription and notes (double-click or F2 to edit)", None))
#if QT_CONFIG(accessibility)
        self.checkoutItemsTable.setAccessibleName(QCoreApplication.translate("CheckoutDialog", u"Cakes, inscriptions and notes", None))
#endif // QT_CONFIG(accessibility)
        self.orderNotesLabel.setText(QCoreApplication.translate("CheckoutDialog", u"Order n&otes:", None))
#if QT_CONFIG(accessibility)
        self.orderNotesEdit.setAccessibleName(QCoreApplication.translate("CheckoutDialog", u"Order notes", None))
#endif // QT_CONFIG(accessibility)
        self.orderNotesEdit.setPlaceholderText(QCoreApplication.translate("CheckoutDialog", u"For the whole order", None))
        self.checkoutErrorLabel.setText("")
#if QT_CONFIG(accessibility)
        self.checkoutErrorLabel.setAccessibleName(QCoreApplication.translate("CheckoutDialog", u"Checkout error", None))
#endif // QT_CONFIG(accessibility)
        self.checkoutBusyLabel.setText("")
#if QT_CONFIG(accessibility)
        self.checkoutBusyLabel.setAccessibleName(QCoreApplication.translate("CheckoutDialog", u"Checkout progress", None))
#endif // QT_CONFIG(accessibility)
        self.cancelCheckoutButton.setText(QCoreApplication.translate("CheckoutDialog", u"Cancel", None))
#if QT_CONFIG(accessibility)
        self.cancelCheckoutButton.setAccessibleName(QCoreApplication.translate("CheckoutDialog", u"Cancel checkout", None))
#endif // QT_CONFIG(accessibility)
        self.confirmCheckoutButton.setText(QCoreApplication.translate("CheckoutDialog", u"&Place order", None))
#if QT_CONFIG(accessibility)
        self.confirmCheckoutButton.setAccessibleName(QCoreApplication.translate("CheckoutDialog", u"Place order", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

