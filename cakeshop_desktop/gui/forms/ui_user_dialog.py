# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'user_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_UserDialog(object):
    def setupUi(self, userDialog):
        if not userDialog.objectName():
            userDialog.setObjectName(u"userDialog")
        userDialog.resize(420, 300)
        self.dialogLayout = QVBoxLayout(userDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.fullNameLabel = QLabel(userDialog)
        self.fullNameLabel.setObjectName(u"fullNameLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.fullNameLabel)

        self.fullNameEdit = QLineEdit(userDialog)
        self.fullNameEdit.setObjectName(u"fullNameEdit")
        self.fullNameEdit.setMaxLength(128)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.fullNameEdit)

        self.loginLabel = QLabel(userDialog)
        self.loginLabel.setObjectName(u"loginLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.loginLabel)

        self.loginEdit = QLineEdit(userDialog)
        self.loginEdit.setObjectName(u"loginEdit")
        self.loginEdit.setMaxLength(64)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.loginEdit)

        self.roleLabel = QLabel(userDialog)
        self.roleLabel.setObjectName(u"roleLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.roleLabel)

        self.roleCombo = QComboBox(userDialog)
        self.roleCombo.setObjectName(u"roleCombo")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.roleCombo)

        self.passwordLabel = QLabel(userDialog)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.newPasswordEdit = QLineEdit(userDialog)
        self.newPasswordEdit.setObjectName(u"newPasswordEdit")
        self.newPasswordEdit.setEchoMode(QLineEdit.EchoMode.Password)
        self.newPasswordEdit.setMaxLength(128)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.newPasswordEdit)

        self.phoneLabel = QLabel(userDialog)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneEdit = QLineEdit(userDialog)
        self.phoneEdit.setObjectName(u"phoneEdit")
        self.phoneEdit.setMaxLength(32)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.emailLabel = QLabel(userDialog)
        self.emailLabel.setObjectName(u"emailLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.emailEdit = QLineEdit(userDialog)
        self.emailEdit.setObjectName(u"emailEdit")
        self.emailEdit.setMaxLength(254)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.emailEdit)


        self.dialogLayout.addLayout(self.formLayout)

        self.userErrorLabel = QLabel(userDialog)
        self.userErrorLabel.setObjectName(u"userErrorLabel")
        self.userErrorLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.userErrorLabel)

        self.buttonBox = QDialogButtonBox(userDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.fullNameLabel.setBuddy(self.fullNameEdit)
        self.loginLabel.setBuddy(self.loginEdit)
        self.roleLabel.setBuddy(self.roleCombo)
        self.passwordLabel.setBuddy(self.newPasswordEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.emailLabel.setBuddy(self.emailEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.fullNameEdit, self.loginEdit)
        QWidget.setTabOrder(self.loginEdit, self.roleCombo)
        QWidget.setTabOrder(self.roleCombo, self.newPasswordEdit)
        QWidget.setTabOrder(self.newPasswordEdit, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.emailEdit)

        self.retranslateUi(userDialog)

        QMetaObject.connectSlotsByName(userDialog)
    # setupUi

    def retranslateUi(self, userDialog):
        userDialog.setWindowTitle(QCoreApplication.translate("UserDialog", u"Register a user", None))
#if QT_CONFIG(accessibility)
        userDialog.setAccessibleName(QCoreApplication.translate("UserDialog", u"Register a user", None))
#endif // QT_CONFIG(accessibility)
        self.fullNameLabel.setText(QCoreApplication.translate("UserDialog", u"&Name:", None))
#if QT_CONFIG(accessibility)
        self.fullNameEdit.setAccessibleName(QCoreApplication.translate("UserDialog", u"Full name", None))
#endif // QT_CONFIG(accessibility)
        self.loginLabel.setText(QCoreApplication.translate("UserDialog", u"&Login:", None))
#if QT_CONFIG(accessibility)
        self.loginEdit.setAccessibleName(QCoreApplication.translate("UserDialog", u"Login", None))
#endif // QT_CONFIG(accessibility)
        self.loginEdit.setPlaceholderText(QCoreApplication.translate("UserDialog", u"3 to 64 Latin letters, digits, dots, dashes", None))
        self.roleLabel.setText(QCoreApplication.translate("UserDialog", u"&Role:", None))
#if QT_CONFIG(accessibility)
        self.roleCombo.setAccessibleName(QCoreApplication.translate("UserDialog", u"Role", None))
#endif // QT_CONFIG(accessibility)
        self.passwordLabel.setText(QCoreApplication.translate("UserDialog", u"Initial &password:", None))
#if QT_CONFIG(accessibility)
        self.newPasswordEdit.setAccessibleName(QCoreApplication.translate("UserDialog", u"Initial password", None))
#endif // QT_CONFIG(accessibility)
        self.newPasswordEdit.setPlaceholderText(QCoreApplication.translate("UserDialog", u"At least 6 characters", None))
        self.phoneLabel.setText(QCoreApplication.translate("UserDialog", u"P&hone:", None))
#if QT_CONFIG(accessibility)
        self.phoneEdit.setAccessibleName(QCoreApplication.translate("UserDialog", u"Phone", None))
#endif // QT_CONFIG(accessibility)
        self.phoneEdit.setPlaceholderText(QCoreApplication.translate("UserDialog", u"+7 900 123-45-67", None))
        self.emailLabel.setText(QCoreApplication.translate("UserDialog", u"&E-mail:", None))
#if QT_CONFIG(accessibility)
        self.emailEdit.setAccessibleName(QCoreApplication.translate("UserDialog", u"E-mail", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.userErrorLabel.setAccessibleName(QCoreApplication.translate("UserDialog", u"Error", None))
#endif // QT_CONFIG(accessibility)
        self.userErrorLabel.setStyleSheet(QCoreApplication.translate("UserDialog", u"color: #b00020;", None))
        self.userErrorLabel.setText("")
    # retranslateUi

