# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'orders_panel.ui'
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
    QDateEdit, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QTableView, QVBoxLayout, QWidget)

class Ui_OrdersPanel(object):
    def setupUi(self, OrdersPanel):
        if not OrdersPanel.objectName():
            OrdersPanel.setObjectName(u"OrdersPanel")
        OrdersPanel.resize(900, 480)
        self.panelLayout = QVBoxLayout(OrdersPanel)
        self.panelLayout.setObjectName(u"panelLayout")
        self.panelLayout.setContentsMargins(0, 0, 0, 0)
        self.ordersFilterBar = QWidget(OrdersPanel)
        self.ordersFilterBar.setObjectName(u"ordersFilterBar")
        self.filterLayout = QHBoxLayout(self.ordersFilterBar)
        self.filterLayout.setObjectName(u"filterLayout")
        self.filterLayout.setContentsMargins(0, 0, 0, 0)
        self.orderNumberEdit = QLineEdit(self.ordersFilterBar)
        self.orderNumberEdit.setObjectName(u"orderNumberEdit")
        self.orderNumberEdit.setMaxLength(20)
        self.orderNumberEdit.setClearButtonEnabled(True)

        self.filterLayout.addWidget(self.orderNumberEdit)

        self.orderPhoneEdit = QLineEdit(self.ordersFilterBar)
        self.orderPhoneEdit.setObjectName(u"orderPhoneEdit")
        self.orderPhoneEdit.setMaxLength(32)
        self.orderPhoneEdit.setClearButtonEnabled(True)

        self.filterLayout.addWidget(self.orderPhoneEdit)

        self.orderStatusCombo = QComboBox(self.ordersFilterBar)
        self.orderStatusCombo.setObjectName(u"orderStatusCombo")

        self.filterLayout.addWidget(self.orderStatusCombo)

        self.orderDateFilterCheck = QCheckBox(self.ordersFilterBar)
        self.orderDateFilterCheck.setObjectName(u"orderDateFilterCheck")

        self.filterLayout.addWidget(self.orderDateFilterCheck)

        self.orderDateFromEdit = QDateEdit(self.ordersFilterBar)
        self.orderDateFromEdit.setObjectName(u"orderDateFromEdit")
        self.orderDateFromEdit.setEnabled(False)
        self.orderDateFromEdit.setCalendarPopup(True)

        self.filterLayout.addWidget(self.orderDateFromEdit)

        self.orderDateToLabel = QLabel(self.ordersFilterBar)
        self.orderDateToLabel.setObjectName(u"orderDateToLabel")

        self.filterLayout.addWidget(self.orderDateToLabel)

        self.orderDateToEdit = QDateEdit(self.ordersFilterBar)
        self.orderDateToEdit.setObjectName(u"orderDateToEdit")
        self.orderDateToEdit.setEnabled(False)
        self.orderDateToEdit.setCalendarPopup(True)

        self.filterLayout.addWidget(self.orderDateToEdit)

        self.filterSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterLayout.addItem(self.filterSpacer)

        self.refreshOrdersButton = QPushButton(self.ordersFilterBar)
        self.refreshOrdersButton.setObjectName(u"refreshOrdersButton")

        self.filterLayout.addWidget(self.refreshOrdersButton)


        self.panelLayout.addWidget(self.ordersFilterBar)

        self.ordersView = QTableView(OrdersPanel)
        self.ordersView.setObjectName(u"ordersView")
        self.ordersView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.ordersView.setAlternatingRowColors(True)
        self.ordersView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.ordersView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.ordersView.setWordWrap(False)
        self.ordersView.horizontalHeader().setStretchLastSection(False)
        self.ordersView.verticalHeader().setVisible(False)

        self.panelLayout.addWidget(self.ordersView)

        self.ordersMessageLabel = QLabel(OrdersPanel)
        self.ordersMessageLabel.setObjectName(u"ordersMessageLabel")
        self.ordersMessageLabel.setWordWrap(True)

        self.panelLayout.addWidget(self.ordersMessageLabel)

        self.actionsLayout = QHBoxLayout()
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.orderDetailsButton = QPushButton(OrdersPanel)
        self.orderDetailsButton.setObjectName(u"orderDetailsButton")

        self.actionsLayout.addWidget(self.orderDetailsButton)

        self.confirmOrderButton = QPushButton(OrdersPanel)
        self.confirmOrderButton.setObjectName(u"confirmOrderButton")

        self.actionsLayout.addWidget(self.confirmOrderButton)

        self.handOutOrderButton = QPushButton(OrdersPanel)
        self.handOutOrderButton.setObjectName(u"handOutOrderButton")

        self.actionsLayout.addWidget(self.handOutOrderButton)

        self.cancelOrderButton = QPushButton(OrdersPanel)
        self.cancelOrderButton.setObjectName(u"cancelOrderButton")

        self.actionsLayout.addWidget(self.cancelOrderButton)

        self.actionsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionsLayout.addItem(self.actionsSpacer)

        self.printReceiptButton = QPushButton(OrdersPanel)
        self.printReceiptButton.setObjectName(u"printReceiptButton")

        self.actionsLayout.addWidget(self.printReceiptButton)

        self.printTicketButton = QPushButton(OrdersPanel)
        self.printTicketButton.setObjectName(u"printTicketButton")

        self.actionsLayout.addWidget(self.printTicketButton)


        self.panelLayout.addLayout(self.actionsLayout)

        QWidget.setTabOrder(self.orderNumberEdit, self.orderPhoneEdit)
        QWidget.setTabOrder(self.orderPhoneEdit, self.orderStatusCombo)
        QWidget.setTabOrder(self.orderStatusCombo, self.orderDateFilterCheck)
        QWidget.setTabOrder(self.orderDateFilterCheck, self.orderDateFromEdit)
        QWidget.setTabOrder(self.orderDateFromEdit, self.orderDateToEdit)
        QWidget.setTabOrder(self.orderDateToEdit, self.refreshOrdersButton)
        QWidget.setTabOrder(self.refreshOrdersButton, self.ordersView)
        QWidget.setTabOrder(self.ordersView, self.orderDetailsButton)
        QWidget.setTabOrder(self.orderDetailsButton, self.confirmOrderButton)
        QWidget.setTabOrder(self.confirmOrderButton, self.handOutOrderButton)
        QWidget.setTabOrder(self.handOutOrderButton, self.cancelOrderButton)
        QWidget.setTabOrder(self.cancelOrderButton, self.printReceiptButton)
        QWidget.setTabOrder(self.printReceiptButton, self.printTicketButton)

        self.retranslateUi(OrdersPanel)

        QMetaObject.connectSlotsByName(OrdersPanel)
    # setupUi

    def retranslateUi(self, OrdersPanel):
#if QT_CONFIG(accessibility)
        OrdersPanel.setAccessibleName(QCoreApplication.translate("OrdersPanel", u"Orders", None))
#endif // QT_CONFIG(accessibility)
        self.orderNumberEdit.setPlaceholderText(QCoreApplication.translate("OrdersPanel", u"Order number", None))
#if QT_CONFIG(accessibility)
        self.orderNumberEdit.setAccessibleName(QCoreApplication.translate("OrdersPanel", u"Search by order number", None))
#endif // QT_CONFIG(accessibility)
        self.orderPhoneEdit.setPlaceholderText(QCoreApplication.translate("OrdersPanel", u"Phone", None))
#if QT_CONFIG(accessibility)
        self.orderPhoneEdit.setAccessibleName(QCoreApplication.translate("OrdersPanel", u"Search by phone", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.orderStatusCombo.setAccessibleName(QCoreApplication.translate("OrdersPanel", u"Order status filter", None))
#endif // QT_CONFIG(accessibility)
        self.orderDateFilterCheck.setText(QCoreApplication.translate("OrdersPanel", u"Created from", None))
#if QT_CONFIG(accessibility)
        self.orderDateFilterCheck.setAccessibleName(QCoreApplication.translate("OrdersPanel", u"Filter by creation date", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.orderDateFromEdit.setAccessibleName(QCoreApplication.translate("OrdersPanel", u"Created from", None))
#endif // QT_CONFIG(accessibility)
        self.orderDateToLabel.setText(QCoreApplication.translate("OrdersPanel", u"to", None))
#if QT_CONFIG(accessibility)
        self.orderDateToEdit.setAccessibleName(QCoreApplication.translate("OrdersPanel", u"Created until", None))
#endif // QT_CONFIG(accessibility)
        self.refreshOrdersButton.setText(QCoreApplication.translate("OrdersPanel", u"Refresh", None))
#if QT_CONFIG(tooltip)
        self.refreshOrdersButton.setToolTip(QCoreApplication.translate("OrdersPanel", u"Reload the orders from the database", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.refreshOrdersButton.setAccessibleName(QCoreApplication.translate("OrdersPanel", u"Refresh orders", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.ordersView.setAccessibleName(QCoreApplication.translate("OrdersPanel", u"Orders", None))
#endif // QT_CONFIG(accessibility)
        self.ordersMessageLabel.setText("")
#if QT_CONFIG(accessibility)
        self.ordersMessageLabel.setAccessibleName(QCoreApplication.translate("OrdersPanel", u"Orders message", None))
#endif // QT_CONFIG(accessibility)
        self.orderDetailsButton.setText(QCoreApplication.translate("OrdersPanel", u"&Details\u2026", None))
#if QT_CONFIG(accessibility)
        self.orderDetailsButton.setAccessibleName(QCoreApplication.translate("OrdersPanel", u"Order details", None))
#endif // QT_CONFIG(accessibility)
        self.confirmOrderButton.setText(QCoreApplication.translate("OrdersPanel", u"Confir&m", None))
#if QT_CONFIG(tooltip)
        self.confirmOrderButton.setToolTip(QCoreApplication.translate("OrdersPanel", u"Confirm a new order: its made-to-order cakes go to the bakery", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.confirmOrderButton.setAccessibleName(QCoreApplication.translate("OrdersPanel", u"Confirm order", None))
#endif // QT_CONFIG(accessibility)
        self.handOutOrderButton.setText(QCoreApplication.translate("OrdersPanel", u"Ha&nd out\u2026", None))
#if QT_CONFIG(tooltip)
        self.handOutOrderButton.setToolTip(QCoreApplication.translate("OrdersPanel", u"Give a ready order to the customer and collect the balance", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.handOutOrderButton.setAccessibleName(QCoreApplication.translate("OrdersPanel", u"Hand out order", None))
#endif // QT_CONFIG(accessibility)
        self.cancelOrderButton.setText(QCoreApplication.translate("OrdersPanel", u"Cancel order\u2026", None))
#if QT_CONFIG(accessibility)
        self.cancelOrderButton.setAccessibleName(QCoreApplication.translate("OrdersPanel", u"Cancel order", None))
#endif // QT_CONFIG(accessibility)
        self.printReceiptButton.setText(QCoreApplication.translate("OrdersPanel", u"Print &receipt\u2026", None))
#if QT_CONFIG(accessibility)
        self.printReceiptButton.setAccessibleName(QCoreApplication.translate("OrdersPanel", u"Print receipt", None))
#endif // QT_CONFIG(accessibility)
        self.printTicketButton.setText(QCoreApplication.translate("OrdersPanel", u"Print &ticket\u2026", None))
#if QT_CONFIG(accessibility)
        self.printTicketButton.setAccessibleName(QCoreApplication.translate("OrdersPanel", u"Print order ticket", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

