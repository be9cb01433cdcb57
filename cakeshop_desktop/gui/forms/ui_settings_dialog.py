# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QSizePolicy,
    QSpacerItem, QTabWidget, QVBoxLayout, QWidget)

class Ui_SettingsDialog(object):
    def setupUi(self, settingsDialog):
        if not settingsDialog.objectName():
            settingsDialog.setObjectName(u"settingsDialog")
        settingsDialog.resize(520, 460)
        self.mainLayout = QVBoxLayout(settingsDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.settingsTabs = QTabWidget(settingsDialog)
        self.settingsTabs.setObjectName(u"settingsTabs")
        self.languageTab = QWidget()
        self.languageTab.setObjectName(u"languageTab")
        self.languageLayout = QVBoxLayout(self.languageTab)
        self.languageLayout.setObjectName(u"languageLayout")
        self.languageForm = QFormLayout()
        self.languageForm.setObjectName(u"languageForm")
        self.languageLabel = QLabel(self.languageTab)
        self.languageLabel.setObjectName(u"languageLabel")

        self.languageForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageCombo = QComboBox(self.languageTab)
        self.languageCombo.setObjectName(u"languageCombo")

        self.languageForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.languageCombo)


        self.languageLayout.addLayout(self.languageForm)

        self.languageNoteLabel = QLabel(self.languageTab)
        self.languageNoteLabel.setObjectName(u"languageNoteLabel")
        self.languageNoteLabel.setWordWrap(True)

        self.languageLayout.addWidget(self.languageNoteLabel)

        self.languageSpacer = QSpacerItem(10, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.languageLayout.addItem(self.languageSpacer)

        self.settingsTabs.addTab(self.languageTab, "")

        self.mainLayout.addWidget(self.settingsTabs)

        self.buttonBox = QDialogButtonBox(settingsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.languageLabel.setBuddy(self.languageCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.settingsTabs, self.languageCombo)

        self.retranslateUi(settingsDialog)

        self.settingsTabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(settingsDialog)
    # setupUi

    def retranslateUi(self, settingsDialog):
        settingsDialog.setWindowTitle(QCoreApplication.translate("SettingsDialog", u"Cakeshop \u2014 settings", None))
#if QT_CONFIG(accessibility)
        settingsDialog.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Settings", None))
#endif // QT_CONFIG(accessibility)
        self.languageLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Language:", None))
#if QT_CONFIG(accessibility)
        self.languageCombo.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Language", None))
#endif // QT_CONFIG(accessibility)
        self.languageNoteLabel.setText(QCoreApplication.translate("SettingsDialog", u"The app speaks the chosen language from its next start; money and dates follow it.", None))
        self.settingsTabs.setTabText(self.settingsTabs.indexOf(self.languageTab), QCoreApplication.translate("SettingsDialog", u"&Language", None))
    # retranslateUi

