# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'shift_report_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QDateEdit, QDialog,
    QHBoxLayout, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTextBrowser, QVBoxLayout, QWidget)

class Ui_ShiftReportDialog(object):
    def setupUi(self, shiftReportDialog):
        if not shiftReportDialog.objectName():
            shiftReportDialog.setObjectName(u"shiftReportDialog")
        shiftReportDialog.resize(720, 760)
        self.shiftLayout = QVBoxLayout(shiftReportDialog)
        self.shiftLayout.setObjectName(u"shiftLayout")
        self.shiftBarLayout = QHBoxLayout()
        self.shiftBarLayout.setObjectName(u"shiftBarLayout")
        self.cashierLabel = QLabel(shiftReportDialog)
        self.cashierLabel.setObjectName(u"cashierLabel")

        self.shiftBarLayout.addWidget(self.cashierLabel)

        self.cashierCombo = QComboBox(shiftReportDialog)
        self.cashierCombo.setObjectName(u"cashierCombo")
        self.cashierCombo.setMinimumSize(QSize(220, 0))

        self.shiftBarLayout.addWidget(self.cashierCombo)

        self.dayLabel = QLabel(shiftReportDialog)
        self.dayLabel.setObjectName(u"dayLabel")

        self.shiftBarLayout.addWidget(self.dayLabel)

        self.shiftDayEdit = QDateEdit(shiftReportDialog)
        self.shiftDayEdit.setObjectName(u"shiftDayEdit")
        self.shiftDayEdit.setCalendarPopup(True)

        self.shiftBarLayout.addWidget(self.shiftDayEdit)

        self.shiftBarSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.shiftBarLayout.addItem(self.shiftBarSpacer)

        self.shiftBusyLabel = QLabel(shiftReportDialog)
        self.shiftBusyLabel.setObjectName(u"shiftBusyLabel")

        self.shiftBarLayout.addWidget(self.shiftBusyLabel)


        self.shiftLayout.addLayout(self.shiftBarLayout)

        self.shiftErrorLabel = QLabel(shiftReportDialog)
        self.shiftErrorLabel.setObjectName(u"shiftErrorLabel")
        self.shiftErrorLabel.setWordWrap(True)

        self.shiftLayout.addWidget(self.shiftErrorLabel)

        self.shiftSourceLabel = QLabel(shiftReportDialog)
        self.shiftSourceLabel.setObjectName(u"shiftSourceLabel")
        self.shiftSourceLabel.setWordWrap(True)

        self.shiftLayout.addWidget(self.shiftSourceLabel)

        self.shiftReportBrowser = QTextBrowser(shiftReportDialog)
        self.shiftReportBrowser.setObjectName(u"shiftReportBrowser")

        self.shiftLayout.addWidget(self.shiftReportBrowser)

        self.shiftButtonsLayout = QHBoxLayout()
        self.shiftButtonsLayout.setObjectName(u"shiftButtonsLayout")
        self.previewButton = QPushButton(shiftReportDialog)
        self.previewButton.setObjectName(u"previewButton")

        self.shiftButtonsLayout.addWidget(self.previewButton)

        self.printButton = QPushButton(shiftReportDialog)
        self.printButton.setObjectName(u"printButton")

        self.shiftButtonsLayout.addWidget(self.printButton)

        self.savePdfButton = QPushButton(shiftReportDialog)
        self.savePdfButton.setObjectName(u"savePdfButton")

        self.shiftButtonsLayout.addWidget(self.savePdfButton)

        self.shiftButtonsSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.shiftButtonsLayout.addItem(self.shiftButtonsSpacer)

        self.closeButton = QPushButton(shiftReportDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.shiftButtonsLayout.addWidget(self.closeButton)


        self.shiftLayout.addLayout(self.shiftButtonsLayout)

        QWidget.setTabOrder(self.cashierCombo, self.shiftDayEdit)
        QWidget.setTabOrder(self.shiftDayEdit, self.shiftReportBrowser)
        QWidget.setTabOrder(self.shiftReportBrowser, self.previewButton)
        QWidget.setTabOrder(self.previewButton, self.printButton)
        QWidget.setTabOrder(self.printButton, self.savePdfButton)
        QWidget.setTabOrder(self.savePdfButton, self.closeButton)

        self.retranslateUi(shiftReportDialog)

        QMetaObject.connectSlotsByName(shiftReportDialog)
    # setupUi

    def retranslateUi(self, shiftReportDialog):
        shiftReportDialog.setWindowTitle(QCoreApplication.translate("ShiftReportDialog", u"Shift report", None))
#if QT_CONFIG(accessibility)
        shiftReportDialog.setAccessibleName(QCoreApplication.translate("ShiftReportDialog", u"Shift report", None))
#endif // QT_CONFIG(accessibility)
        self.cashierLabel.setText(QCoreApplication.translate("ShiftReportDialog", u"Cashier:", None))
#if QT_CONFIG(accessibility)
        self.cashierCombo.setAccessibleName(QCoreApplication.translate("ShiftReportDialog", u"Cashier", None))
#endif // QT_CONFIG(accessibility)
        self.dayLabel.setText(QCoreApplication.translate("ShiftReportDialog", u"Day:", None))
        self.shiftDayEdit.setDisplayFormat(QCoreApplication.translate("ShiftReportDialog", u"dd.MM.yyyy", None))
#if QT_CONFIG(accessibility)
        self.shiftDayEdit.setAccessibleName(QCoreApplication.translate("ShiftReportDialog", u"Day of the shift", None))
#endif // QT_CONFIG(accessibility)
        self.shiftBusyLabel.setText(QCoreApplication.translate("ShiftReportDialog", u"Loading\u2026", None))
#if QT_CONFIG(accessibility)
        self.shiftBusyLabel.setAccessibleName(QCoreApplication.translate("ShiftReportDialog", u"Report status", None))
#endif // QT_CONFIG(accessibility)
        self.shiftErrorLabel.setText("")
#if QT_CONFIG(accessibility)
        self.shiftErrorLabel.setAccessibleName(QCoreApplication.translate("ShiftReportDialog", u"Error", None))
#endif // QT_CONFIG(accessibility)
        self.shiftErrorLabel.setStyleSheet(QCoreApplication.translate("ShiftReportDialog", u"color: #b00020;", None))
        self.shiftSourceLabel.setText("")
#if QT_CONFIG(accessibility)
        self.shiftSourceLabel.setAccessibleName(QCoreApplication.translate("ShiftReportDialog", u"Where the figures were read", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.shiftReportBrowser.setAccessibleName(QCoreApplication.translate("ShiftReportDialog", u"Shift report text", None))
#endif // QT_CONFIG(accessibility)
        self.previewButton.setText(QCoreApplication.translate("ShiftReportDialog", u"Print preview\u2026", None))
#if QT_CONFIG(accessibility)
        self.previewButton.setAccessibleName(QCoreApplication.translate("ShiftReportDialog", u"Print preview", None))
#endif // QT_CONFIG(accessibility)
        self.printButton.setText(QCoreApplication.translate("ShiftReportDialog", u"Print\u2026", None))
#if QT_CONFIG(accessibility)
        self.printButton.setAccessibleName(QCoreApplication.translate("ShiftReportDialog", u"Print the shift report", None))
#endif // QT_CONFIG(accessibility)
        self.savePdfButton.setText(QCoreApplication.translate("ShiftReportDialog", u"Save PDF\u2026", None))
#if QT_CONFIG(accessibility)
        self.savePdfButton.setAccessibleName(QCoreApplication.translate("ShiftReportDialog", u"Save the shift report as PDF", None))
#endif // QT_CONFIG(accessibility)
        self.closeButton.setText(QCoreApplication.translate("ShiftReportDialog", u"Close", None))
#if QT_CONFIG(accessibility)
        self.closeButton.setAccessibleName(QCoreApplication.translate("ShiftReportDialog", u"Close the shift report", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

