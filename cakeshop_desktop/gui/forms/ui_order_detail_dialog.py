# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'order_detail_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDialog, QGridLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_OrderDetailDialog(object):
    def setupUi(self, OrderDetailDialog):
        if not OrderDetailDialog.objectName():
            OrderDetailDialog.setObjectName(u"OrderDetailDialog")
        OrderDetailDialog.resize(960, 660)
        self.dialogLayout = QVBoxLayout(OrderDetailDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.orderTitleLabel = QLabel(OrderDetailDialog)
        self.orderTitleLabel.setObjectName(u"orderTitleLabel")
        font = QFont()
        font.setPointSize(16)
        font.setBold(True)
        self.orderTitleLabel.setFont(font)
        self.orderTitleLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.headerLayout.addWidget(self.orderTitleLabel)

        self.headerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)

        self.orderStatusLabel = QLabel(OrderDetailDialog)
        self.orderStatusLabel.setObjectName(u"orderStatusLabel")
        self.orderStatusLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.headerLayout.addWidget(self.orderStatusLabel)


        self.dialogLayout.addLayout(self.headerLayout)

        self.infoLayout = QGridLayout()
        self.infoLayout.setObjectName(u"infoLayout")
        self.orderCustomerLabelCaption = QLabel(OrderDetailDialog)
        self.orderCustomerLabelCaption.setObjectName(u"orderCustomerLabelCaption")

        self.infoLayout.addWidget(self.orderCustomerLabelCaption, 0, 0, 1, 1)

        self.orderCustomerLabel = QLabel(OrderDetailDialog)
        self.orderCustomerLabel.setObjectName(u"orderCustomerLabel")
        self.orderCustomerLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.infoLayout.addWidget(self.orderCustomerLabel, 0, 1, 1, 1)

        self.orderPhoneLabelCaption = QLabel(OrderDetailDialog)
        self.orderPhoneLabelCaption.setObjectName(u"orderPhoneLabelCaption")

        self.infoLayout.addWidget(self.orderPhoneLabelCaption, 0, 2, 1, 1)

        self.orderPhoneLabel = QLabel(OrderDetailDialog)
        self.orderPhoneLabel.setObjectName(u"orderPhoneLabel")
        self.orderPhoneLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.infoLayout.addWidget(self.orderPhoneLabel, 0, 3, 1, 1)

        self.orderPickupLabelCaption = QLabel(OrderDetailDialog)
        self.orderPickupLabelCaption.setObjectName(u"orderPickupLabelCaption")

        self.infoLayout.addWidget(self.orderPickupLabelCaption, 1, 0, 1, 1)

        self.orderPickupLabel = QLabel(OrderDetailDialog)
        self.orderPickupLabel.setObjectName(u"orderPickupLabel")
        self.orderPickupLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.infoLayout.addWidget(self.orderPickupLabel, 1, 1, 1, 1)

        self.orderCreatedLabelCaption = QLabel(OrderDetailDialog)
        self.orderCreatedLabelCaption.setObjectName(u"orderCreatedLabelCaption")

        self.infoLayout.addWidget(self.orderCreatedLabelCaption, 1, 2, 1, 1)

        self.orderCreatedLabel = QLabel(OrderDetailDialog)
        self.orderCreatedLabel.setObjectName(u"orderCreatedLabel")
        self.orderCreatedLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.infoLayout.addWidget(self.orderCreatedLabel, 1, 3, 1, 1)

        self.orderPaymentLabelCaption = QLabel(OrderDetailDialog)
        self.orderPaymentLabelCaption.setObjectName(u"orderPaymentLabelCaption")

        self.infoLayout.addWidget(self.orderPaymentLabelCaption, 2, 0, 1, 1)

        self.orderPaymentLabel = QLabel(OrderDetailDialog)
        self.orderPaymentLabel.setObjectName(u"orderPaymentLabel")
        self.orderPaymentLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.infoLayout.addWidget(self.orderPaymentLabel, 2, 1, 1, 1)

        self.orderDiscountLabelCaption = QLabel(OrderDetailDialog)
        self.orderDiscountLabelCaption.setObjectName(u"orderDiscountLabelCaption")

        self.infoLayout.addWidget(self.orderDiscountLabelCaption, 2, 2, 1, 1)

        self.orderDiscountLabel = QLabel(OrderDetailDialog)
        self.orderDiscountLabel.setObjectName(u"orderDiscountLabel")
        self.orderDiscountLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.infoLayout.addWidget(self.orderDiscountLabel, 2, 3, 1, 1)

        self.orderNotesLabelCaption = QLabel(OrderDetailDialog)
        self.orderNotesLabelCaption.setObjectName(u"orderNotesLabelCaption")

        self.infoLayout.addWidget(self.orderNotesLabelCaption, 3, 0, 1, 1)

        self.orderNotesLabel = QLabel(OrderDetailDialog)
        self.orderNotesLabel.setObjectName(u"orderNotesLabel")
        self.orderNotesLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.orderNotesLabel.setWordWrap(True)

        self.infoLayout.addWidget(self.orderNotesLabel, 3, 1, 1, 3)

        self.infoLayout.setColumnStretch(1, 1)
        self.infoLayout.setColumnStretch(3, 1)

        self.dialogLayout.addLayout(self.infoLayout)

        self.itemsLayout = QHBoxLayout()
        self.itemsLayout.setSpacing(12)
        self.itemsLayout.setObjectName(u"itemsLayout")
        self.itemsGroup = QGroupBox(OrderDetailDialog)
        self.itemsGroup.setObjectName(u"itemsGroup")
        self.itemsGroupLayout = QVBoxLayout(self.itemsGroup)
        self.itemsGroupLayout.setObjectName(u"itemsGroupLayout")
        self.orderItemsTable = QTableWidget(self.itemsGroup)
        self.orderItemsTable.setObjectName(u"orderItemsTable")
        self.orderItemsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.orderItemsTable.setAlternatingRowColors(True)
        self.orderItemsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.orderItemsTable.horizontalHeader().setStretchLastSection(True)
        self.orderItemsTable.verticalHeader().setVisible(False)

        self.itemsGroupLayout.addWidget(self.orderItemsTable)


        self.itemsLayout.addWidget(self.itemsGroup)

        self.orderDetailTotalsLabel = QLabel(OrderDetailDialog)
        self.orderDetailTotalsLabel.setObjectName(u"orderDetailTotalsLabel")
        self.orderDetailTotalsLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.orderDetailTotalsLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)

        self.itemsLayout.addWidget(self.orderDetailTotalsLabel)


        self.dialogLayout.addLayout(self.itemsLayout)

        self.lowerLayout = QHBoxLayout()
        self.lowerLayout.setObjectName(u"lowerLayout")
        self.paymentsGroup = QGroupBox(OrderDetailDialog)
        self.paymentsGroup.setObjectName(u"paymentsGroup")
        self.paymentsGroupLayout = QVBoxLayout(self.paymentsGroup)
        self.paymentsGroupLayout.setObjectName(u"paymentsGroupLayout")
        self.orderPaymentsTable = QTableWidget(self.paymentsGroup)
        self.orderPaymentsTable.setObjectName(u"orderPaymentsTable")
        self.orderPaymentsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.orderPaymentsTable.setAlternatingRowColors(True)
        self.orderPaymentsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.orderPaymentsTable.horizontalHeader().setStretchLastSection(True)
        self.orderPaymentsTable.verticalHeader().setVisible(False)

        self.paymentsGroupLayout.addWidget(self.orderPaymentsTable)


        self.lowerLayout.addWidget(self.paymentsGroup)

        self.historyGroup = QGroupBox(OrderDetailDialog)
        self.historyGroup.setObjectName(u"historyGroup")
        self.historyGroupLayout = QVBoxLayout(self.historyGroup)
        self.historyGroupLayout.setObjectName(u"historyGroupLayout")
        self.orderHistoryTable = QTableWidget(self.historyGroup)
        self.orderHistoryTable.setObjectName(u"orderHistoryTable")
        self.orderHistoryTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.orderHistoryTable.setAlternatingRowColors(True)
        self.orderHistoryTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.orderHistoryTable.horizontalHeader().setStretchLastSection(True)
        self.orderHistoryTable.verticalHeader().setVisible(False)

        self.historyGroupLayout.addWidget(self.orderHistoryTable)


        self.lowerLayout.addWidget(self.historyGroup)


        self.dialogLayout.addLayout(self.lowerLayout)

        self.orderDetailErrorLabel = QLabel(OrderDetailDialog)
        self.orderDetailErrorLabel.setObjectName(u"orderDetailErrorLabel")
        self.orderDetailErrorLabel.setWordWrap(True)
        self.orderDetailErrorLabel.setStyleSheet(u"color: #b00020;")

        self.dialogLayout.addWidget(self.orderDetailErrorLabel)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.detailPrintReceiptButton = QPushButton(OrderDetailDialog)
        self.detailPrintReceiptButton.setObjectName(u"detailPrintReceiptButton")

        self.buttonsLayout.addWidget(self.detailPrintReceiptButton)

        self.detailPrintTicketButton = QPushButton(OrderDetailDialog)
        self.detailPrintTicketButton.setObjectName(u"detailPrintTicketButton")

        self.buttonsLayout.addWidget(self.detailPrintTicketButton)

        self.savePdfButton = QPushButton(OrderDetailDialog)
        self.savePdfButton.setObjectName(u"savePdfButton")

        self.buttonsLayout.addWidget(self.savePdfButton)

        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.closeDetailButton = QPushButton(OrderDetailDialog)
        self.closeDetailButton.setObjectName(u"closeDetailButton")

        self.buttonsLayout.addWidget(self.closeDetailButton)


        self.dialogLayout.addLayout(self.buttonsLayout)

        QWidget.setTabOrder(self.orderItemsTable, self.orderPaymentsTable)
        QWidget.setTabOrder(self.orderPaymentsTable, self.orderHistoryTable)
        QWidget.setTabOrder(self.orderHistoryTable, self.detailPrintReceiptButton)
        QWidget.setTabOrder(self.detailPrintReceiptButton, self.detailPrintTicketButton)
        QWidget.setTabOrder(self.detailPrintTicketButton, self.savePdfButton)
        QWidget.setTabOrder(self.savePdfButton, self.closeDetailButton)

        self.retranslateUi(OrderDetailDialog)

        QMetaObject.connectSlotsByName(OrderDetailDialog)
    # setupUi

    def retranslateUi(self, OrderDetailDialog):
        OrderDetailDialog.setWindowTitle(QCoreApplication.translate("OrderDetailDialog", u"Order", None))
#if QT_CONFIG(accessibility)
        OrderDetailDialog.setAccessibleName(QCoreApplication.translate("OrderDetailDialog", u"Order details", None))
#endif // QT_CONFIG(accessibility)
        self.orderTitleLabel.setText("")
#if QT_CONFIG(accessibility)
        self.orderTitleLabel.setAccessibleName(QCoreApplication.translate("OrderDetailDialog", u"Order number", None))
#endif // QT_CONFIG(accessibility)
        self.orderStatusLabel.setText("")
#if QT_CONFIG(accessibility)
        self.orderStatusLabel.setAccessibleName(QCoreApplication.translate("OrderDetailDialog", u"Order status", None))
#endif // QT_CONFIG(accessibility)
        self.orderCustomerLabelCaption.setText(QCoreApplication.translate("OrderDetailDialog", u"Customer:", None))
        self.orderCustomerLabel.setText("")
#if QT_CONFIG(accessibility)
        self.orderCustomerLabel.setAccessibleName(QCoreApplication.translate("OrderDetailDialog", u"Customer", None))
#endif // QT_CONFIG(accessibility)
        self.orderPhoneLabelCaption.setText(QCoreApplication.translate("OrderDetailDialog", u"Phone:", None))
        self.orderPhoneLabel.setText("")
#if QT_CONFIG(accessibility)
        self.orderPhoneLabel.setAccessibleName(QCoreApplication.translate("OrderDetailDialog", u"Customer phone", None))
#endif // QT_CONFIG(accessibility)
        self.orderPickupLabelCaption.setText(QCoreApplication.translate("OrderDetailDialog", u"Pickup:", None))
        self.orderPickupLabel.setText("")
#if QT_CONFIG(accessibility)
        self.orderPickupLabel.setAccessibleName(QCoreApplication.translate("OrderDetailDialog", u"Pickup time", None))
#endif // QT_CONFIG(accessibility)
        self.orderCreatedLabelCaption.setText(QCoreApplication.translate("OrderDetailDialog", u"Created:", None))
        self.orderCreatedLabel.setText("")
#if QT_CONFIG(accessibility)
        self.orderCreatedLabel.setAccessibleName(QCoreApplication.translate("OrderDetailDialog", u"Created", None))
#endif // QT_CONFIG(accessibility)
        self.orderPaymentLabelCaption.setText(QCoreApplication.translate("OrderDetailDialog", u"Payment:", None))
        self.orderPaymentLabel.setText("")
#if QT_CONFIG(accessibility)
        self.orderPaymentLabel.setAccessibleName(QCoreApplication.translate("OrderDetailDialog", u"Payment method", None))
#endif // QT_CONFIG(accessibility)
        self.orderDiscountLabelCaption.setText(QCoreApplication.translate("OrderDetailDialog", u"Discount:", None))
        self.orderDiscountLabel.setText("")
#if QT_CONFIG(accessibility)
        self.orderDiscountLabel.setAccessibleName(QCoreApplication.translate("OrderDetailDialog", u"Discount", None))
#endif // QT_CONFIG(accessibility)
        self.orderNotesLabelCaption.setText(QCoreApplication.translate("OrderDetailDialog", u"Notes:", None))
        self.orderNotesLabel.setText("")
#if QT_CONFIG(accessibility)
        self.orderNotesLabel.setAccessibleName(QCoreApplication.translate("OrderDetailDialog", u"Order notes", None))
#endif // QT_CONFIG(accessibility)
        self.itemsGroup.setTitle(QCoreApplication.translate("OrderDetailDialog", u"Cakes", None))
#if QT_CONFIG(accessibility)
        self.orderItemsTable.setAccessibleName(QCoreApplication.translate("OrderDetailDialog", u"Order items", None))
#endif // QT_CONFIG(accessibility)
        self.orderDetailTotalsLabel.setText("")
#if QT_CONFIG(accessibility)
        self.orderDetailTotalsLabel.setAccessibleName(QCoreApplication.translate("OrderDetailDialog", u"Order totals", None))
#endif // QT_CONFIG(accessibility)
        self.paymentsGroup.setTitle(QCoreApplication.translate("OrderDetailDialog", u"Payments", None))
#if QT_CONFIG(accessibility)
        self.orderPaymentsTable.setAccessibleName(QCoreApplication.translate("OrderDetailDialog", u"Payments", None))
#endif // QT_CONFIG(accessibility)
        self.historyGroup.setTitle(QCoreApplication.translate("OrderDetailDialog", u"Status history", None))
#if QT_CONFIG(accessibility)
        self.orderHistoryTable.setAccessibleName(QCoreApplication.translate("OrderDetailDialog", u"Status history", None))
#endif // QT_CONFIG(accessibility)
        self.orderDetailErrorLabel.setText("")
#if QT_CONFIG(accessibility)
        self.orderDetailErrorLabel.setAccessibleName(QCoreApplication.translate("OrderDetailDialog", u"Error", None))
#endif // QT_CONFIG(accessibility)
        self.detailPrintReceiptButton.setText(QCoreApplication.translate("OrderDetailDialog", u"Print &receipt\u2026", None))
#if QT_CONFIG(accessibility)
        self.detailPrintReceiptButton.setAccessibleName(QCoreApplication.translate("OrderDetailDialog", u"Print receipt", None))
#endif // QT_CONFIG(accessibility)
        self.detailPrintTicketButton.setText(QCoreApplication.translate("OrderDetailDialog", u"Print &ticket\u2026", None))
#if QT_CONFIG(tooltip)
        self.detailPrintTicketButton.setToolTip(QCoreApplication.translate("OrderDetailDialog", u"The ticket that travels with the order to the bakery and the pickup shelf", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.detailPrintTicketButton.setAccessibleName(QCoreApplication.translate("OrderDetailDialog", u"Print order ticket", None))
#endif // QT_CONFIG(accessibility)
        self.savePdfButton.setText(QCoreApplication.translate("OrderDetailDialog", u"Save &PDF\u2026", None))
#if QT_CONFIG(accessibility)
        self.savePdfButton.setAccessibleName(QCoreApplication.translate("OrderDetailDialog", u"Save receipt as PDF", None))
#endif // QT_CONFIG(accessibility)
        self.closeDetailButton.setText(QCoreApplication.translate("OrderDetailDialog", u"Close", None))
#if QT_CONFIG(accessibility)
        self.closeDetailButton.setAccessibleName(QCoreApplication.translate("OrderDetailDialog", u"Close", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

