# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_database_page.ui'
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
from PySide6.QtWidgets import (QApplication, QFormLayout, QGroupBox, QHBoxLayout,
    QLabel, QLineEdit, QProgressBar, QPushButton,
    QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout,
    QWidget)

class Ui_SettingsDatabasePage(object):
    def setupUi(self, databasePage):
        if not databasePage.objectName():
            databasePage.setObjectName(u"databasePage")
        databasePage.resize(500, 380)
        self.databaseLayout = QVBoxLayout(databasePage)
        self.databaseLayout.setObjectName(u"databaseLayout")
        self.currentDatabaseLabel = QLabel(databasePage)
        self.currentDatabaseLabel.setObjectName(u"currentDatabaseLabel")
        self.currentDatabaseLabel.setWordWrap(True)
        self.currentDatabaseLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.databaseLayout.addWidget(self.currentDatabaseLabel)

        self.serverGroup = QGroupBox(databasePage)
        self.serverGroup.setObjectName(u"serverGroup")
        self.serverForm = QFormLayout(self.serverGroup)
        self.serverForm.setObjectName(u"serverForm")
        self.serverForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.hostLabel = QLabel(self.serverGroup)
        self.hostLabel.setObjectName(u"hostLabel")

        self.serverForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.hostLabel)

        self.hostEdit = QLineEdit(self.serverGroup)
        self.hostEdit.setObjectName(u"hostEdit")
        self.hostEdit.setMaxLength(255)

        self.serverForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.hostEdit)

        self.portLabel = QLabel(self.serverGroup)
        self.portLabel.setObjectName(u"portLabel")

        self.serverForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.portLabel)

        self.portSpin = QSpinBox(self.serverGroup)
        self.portSpin.setObjectName(u"portSpin")
        self.portSpin.setMinimum(1)
        self.portSpin.setMaximum(65535)
        self.portSpin.setValue(3306)

        self.serverForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.portSpin)

        self.databaseNameLabel = QLabel(self.serverGroup)
        self.databaseNameLabel.setObjectName(u"databaseNameLabel")

        self.serverForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.databaseNameLabel)

        self.databaseEdit = QLineEdit(self.serverGroup)
        self.databaseEdit.setObjectName(u"databaseEdit")
        self.databaseEdit.setText(u"cakeshop")
        self.databaseEdit.setMaxLength(64)

        self.serverForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.databaseEdit)

        self.userLabel = QLabel(self.serverGroup)
        self.userLabel.setObjectName(u"userLabel")

        self.serverForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.userLabel)

        self.userEdit = QLineEdit(self.serverGroup)
        self.userEdit.setObjectName(u"userEdit")
        self.userEdit.setMaxLength(80)

        self.serverForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.userEdit)

        self.serverPasswordLabel = QLabel(self.serverGroup)
        self.serverPasswordLabel.setObjectName(u"serverPasswordLabel")

        self.serverForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.serverPasswordLabel)

        self.serverPasswordEdit = QLineEdit(self.serverGroup)
        self.serverPasswordEdit.setObjectName(u"serverPasswordEdit")
        self.serverPasswordEdit.setMaxLength(256)
        self.serverPasswordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.serverForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.serverPasswordEdit)

        self.replicaLabel = QLabel(self.serverGroup)
        self.replicaLabel.setObjectName(u"replicaLabel")

        self.serverForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.replicaLabel)

        self.replicaEdit = QLineEdit(self.serverGroup)
        self.replicaEdit.setObjectName(u"replicaEdit")
        self.replicaEdit.setMaxLength(255)

        self.serverForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.replicaEdit)


        self.databaseLayout.addWidget(self.serverGroup)

        self.testResultLabel = QLabel(databasePage)
        self.testResultLabel.setObjectName(u"testResultLabel")
        self.testResultLabel.setWordWrap(True)
        self.testResultLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.databaseLayout.addWidget(self.testResultLabel)

        self.serverButtons = QHBoxLayout()
        self.serverButtons.setObjectName(u"serverButtons")
        self.testBusyBar = QProgressBar(databasePage)
        self.testBusyBar.setObjectName(u"testBusyBar")
        self.testBusyBar.setMaximumSize(QSize(90, 16))
        self.testBusyBar.setMaximum(0)
        self.testBusyBar.setTextVisible(False)

        self.serverButtons.addWidget(self.testBusyBar)

        self.serverButtonSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.serverButtons.addItem(self.serverButtonSpacer)

        self.testButton = QPushButton(databasePage)
        self.testButton.setObjectName(u"testButton")
        self.testButton.setAutoDefault(False)

        self.serverButtons.addWidget(self.testButton)

        self.connectButton = QPushButton(databasePage)
        self.connectButton.setObjectName(u"connectButton")
        self.connectButton.setAutoDefault(False)

        self.serverButtons.addWidget(self.connectButton)


        self.databaseLayout.addLayout(self.serverButtons)

        self.localButtons = QHBoxLayout()
        self.localButtons.setObjectName(u"localButtons")
        self.localNoteLabel = QLabel(databasePage)
        self.localNoteLabel.setObjectName(u"localNoteLabel")
        self.localNoteLabel.setWordWrap(True)

        self.localButtons.addWidget(self.localNoteLabel)

        self.useLocalButton = QPushButton(databasePage)
        self.useLocalButton.setObjectName(u"useLocalButton")
        self.useLocalButton.setAutoDefault(False)

        self.localButtons.addWidget(self.useLocalButton)


        self.databaseLayout.addLayout(self.localButtons)

        self.databaseSpacer = QSpacerItem(10, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.databaseLayout.addItem(self.databaseSpacer)

#if QT_CONFIG(shortcut)
        self.hostLabel.setBuddy(self.hostEdit)
        self.portLabel.setBuddy(self.portSpin)
        self.databaseNameLabel.setBuddy(self.databaseEdit)
        self.userLabel.setBuddy(self.userEdit)
        self.serverPasswordLabel.setBuddy(self.serverPasswordEdit)
        self.replicaLabel.setBuddy(self.replicaEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.hostEdit, self.portSpin)
        QWidget.setTabOrder(self.portSpin, self.databaseEdit)
        QWidget.setTabOrder(self.databaseEdit, self.userEdit)
        QWidget.setTabOrder(self.userEdit, self.serverPasswordEdit)
        QWidget.setTabOrder(self.serverPasswordEdit, self.testButton)
        QWidget.setTabOrder(self.testButton, self.connectButton)
        QWidget.setTabOrder(self.connectButton, self.useLocalButton)

        self.retranslateUi(databasePage)

        QMetaObject.connectSlotsByName(databasePage)
    # setupUi

    def retranslateUi(self, databasePage):
#if QT_CONFIG(accessibility)
        databasePage.setAccessibleName(QCoreApplication.translate("SettingsDatabasePage", u"Database", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.currentDatabaseLabel.setAccessibleName(QCoreApplication.translate("SettingsDatabasePage", u"Database in use", None))
#endif // QT_CONFIG(accessibility)
        self.serverGroup.setTitle(QCoreApplication.translate("SettingsDatabasePage", u"Shop server (MySQL or MariaDB)", None))
        self.hostLabel.setText(QCoreApplication.translate("SettingsDatabasePage", u"&Server:", None))
#if QT_CONFIG(accessibility)
        self.hostEdit.setAccessibleName(QCoreApplication.translate("SettingsDatabasePage", u"Server", None))
#endif // QT_CONFIG(accessibility)
        self.hostEdit.setPlaceholderText(QCoreApplication.translate("SettingsDatabasePage", u"name or address, e.g. 192.168.1.10", None))
        self.portLabel.setText(QCoreApplication.translate("SettingsDatabasePage", u"P&ort:", None))
#if QT_CONFIG(accessibility)
        self.portSpin.setAccessibleName(QCoreApplication.translate("SettingsDatabasePage", u"Port", None))
#endif // QT_CONFIG(accessibility)
        self.databaseNameLabel.setText(QCoreApplication.translate("SettingsDatabasePage", u"Data&base:", None))
#if QT_CONFIG(accessibility)
        self.databaseEdit.setAccessibleName(QCoreApplication.translate("SettingsDatabasePage", u"Database name", None))
#endif // QT_CONFIG(accessibility)
        self.userLabel.setText(QCoreApplication.translate("SettingsDatabasePage", u"&User:", None))
#if QT_CONFIG(accessibility)
        self.userEdit.setAccessibleName(QCoreApplication.translate("SettingsDatabasePage", u"Database user", None))
#endif // QT_CONFIG(accessibility)
        self.serverPasswordLabel.setText(QCoreApplication.translate("SettingsDatabasePage", u"&Password:", None))
#if QT_CONFIG(accessibility)
        self.serverPasswordEdit.setAccessibleName(QCoreApplication.translate("SettingsDatabasePage", u"Database password", None))
#endif // QT_CONFIG(accessibility)
        self.replicaLabel.setText(QCoreApplication.translate("SettingsDatabasePage", u"Reports &replica:", None))
#if QT_CONFIG(accessibility)
        self.replicaEdit.setAccessibleName(QCoreApplication.translate("SettingsDatabasePage", u"Reporting replica", None))
#endif // QT_CONFIG(accessibility)
        self.replicaEdit.setPlaceholderText(QCoreApplication.translate("SettingsDatabasePage", u"optional: host[:port] of a replica for the reports", None))
#if QT_CONFIG(tooltip)
        self.replicaEdit.setToolTip(QCoreApplication.translate("SettingsDatabasePage", u"A MariaDB replica of this server. Analytics and the Z report read from it (same user and database) and show how far behind it is; when it does not answer they read from the shop server.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.testResultLabel.setAccessibleName(QCoreApplication.translate("SettingsDatabasePage", u"Connection test result", None))
#endif // QT_CONFIG(accessibility)
        self.testButton.setText(QCoreApplication.translate("SettingsDatabasePage", u"&Test connection", None))
        self.connectButton.setText(QCoreApplication.translate("SettingsDatabasePage", u"Save and &connect", None))
        self.localNoteLabel.setText(QCoreApplication.translate("SettingsDatabasePage", u"Without a server the app keeps its data in a file on this computer.", None))
        self.useLocalButton.setText(QCoreApplication.translate("SettingsDatabasePage", u"Use the &local database", None))
    # retranslateUi

