# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'admin_window.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QDateEdit,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QMainWindow,
    QMenu, QMenuBar, QPushButton, QSizePolicy,
    QSpacerItem, QSplitter, QStatusBar, QTabWidget,
    QTableView, QVBoxLayout, QWidget)

class Ui_AdminWindow(object):
    def setupUi(self, adminWindow):
        if not adminWindow.objectName():
            adminWindow.setObjectName(u"adminWindow")
        adminWindow.resize(1360, 860)
        self.refreshAction = QAction(adminWindow)
        self.refreshAction.setObjectName(u"refreshAction")
        self.logoutAction = QAction(adminWindow)
        self.logoutAction.setObjectName(u"logoutAction")
        self.quitAction = QAction(adminWindow)
        self.quitAction.setObjectName(u"quitAction")
        self.openOrderingAction = QAction(adminWindow)
        self.openOrderingAction.setObjectName(u"openOrderingAction")
        self.openProductionAction = QAction(adminWindow)
        self.openProductionAction.setObjectName(u"openProductionAction")
        self.openAnalyticsAction = QAction(adminWindow)
        self.openAnalyticsAction.setObjectName(u"openAnalyticsAction")
        self.centralWidget = QWidget(adminWindow)
        self.centralWidget.setObjectName(u"centralWidget")
        self.centralLayout = QVBoxLayout(self.centralWidget)
        self.centralLayout.setObjectName(u"centralLayout")
        self.adminTabs = QTabWidget(self.centralWidget)
        self.adminTabs.setObjectName(u"adminTabs")
        self.assortmentTab = QWidget()
        self.assortmentTab.setObjectName(u"assortmentTab")
        self.assortmentLayout = QVBoxLayout(self.assortmentTab)
        self.assortmentLayout.setObjectName(u"assortmentLayout")
        self.assortmentSplitter = QSplitter(self.assortmentTab)
        self.assortmentSplitter.setObjectName(u"assortmentSplitter")
        self.assortmentSplitter.setOrientation(Qt.Orientation.Vertical)
        self.assortmentSplitter.setChildrenCollapsible(False)
        self.cakesGroup = QGroupBox(self.assortmentSplitter)
        self.cakesGroup.setObjectName(u"cakesGroup")
        self.cakesLayout = QVBoxLayout(self.cakesGroup)
        self.cakesLayout.setObjectName(u"cakesLayout")
        self.cakeButtonsLayout = QHBoxLayout()
        self.cakeButtonsLayout.setObjectName(u"cakeButtonsLayout")
        self.cakeFilterEdit = QLineEdit(self.cakesGroup)
        self.cakeFilterEdit.setObjectName(u"cakeFilterEdit")
        self.cakeFilterEdit.setClearButtonEnabled(True)

        self.cakeButtonsLayout.addWidget(self.cakeFilterEdit)

        self.addCakeButton = QPushButton(self.cakesGroup)
        self.addCakeButton.setObjectName(u"addCakeButton")

        self.cakeButtonsLayout.addWidget(self.addCakeButton)

        self.duplicateCakeButton = QPushButton(self.cakesGroup)
        self.duplicateCakeButton.setObjectName(u"duplicateCakeButton")

        self.cakeButtonsLayout.addWidget(self.duplicateCakeButton)

        self.deleteCakeButton = QPushButton(self.cakesGroup)
        self.deleteCakeButton.setObjectName(u"deleteCakeButton")

        self.cakeButtonsLayout.addWidget(self.deleteCakeButton)

        self.recipeButton = QPushButton(self.cakesGroup)
        self.recipeButton.setObjectName(u"recipeButton")

        self.cakeButtonsLayout.addWidget(self.recipeButton)

        self.importCakesButton = QPushButton(self.cakesGroup)
        self.importCakesButton.setObjectName(u"importCakesButton")

        self.cakeButtonsLayout.addWidget(self.importCakesButton)

        self.exportCakesButton = QPushButton(self.cakesGroup)
        self.exportCakesButton.setObjectName(u"exportCakesButton")

        self.cakeButtonsLayout.addWidget(self.exportCakesButton)

        self.cakeButtonsSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.cakeButtonsLayout.addItem(self.cakeButtonsSpacer)

        self.revertCakesButton = QPushButton(self.cakesGroup)
        self.revertCakesButton.setObjectName(u"revertCakesButton")

        self.cakeButtonsLayout.addWidget(self.revertCakesButton)

        self.saveCakesButton = QPushButton(self.cakesGroup)
        self.saveCakesButton.setObjectName(u"saveCakesButton")

        self.cakeButtonsLayout.addWidget(self.saveCakesButton)


        self.cakesLayout.addLayout(self.cakeButtonsLayout)

        self.cakesView = QTableView(self.cakesGroup)
        self.cakesView.setObjectName(u"cakesView")
        self.cakesView.setAlternatingRowColors(True)
        self.cakesView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.cakesView.setSortingEnabled(True)
        self.cakesView.horizontalHeader().setStretchLastSection(True)

        self.cakesLayout.addWidget(self.cakesView)

        self.assortmentSplitter.addWidget(self.cakesGroup)
        self.categoriesGroup = QGroupBox(self.assortmentSplitter)
        self.categoriesGroup.setObjectName(u"categoriesGroup")
        self.categoriesLayout = QVBoxLayout(self.categoriesGroup)
        self.categoriesLayout.setObjectName(u"categoriesLayout")
        self.categoryButtonsLayout = QHBoxLayout()
        self.categoryButtonsLayout.setObjectName(u"categoryButtonsLayout")
        self.addCategoryButton = QPushButton(self.categoriesGroup)
        self.addCategoryButton.setObjectName(u"addCategoryButton")

        self.categoryButtonsLayout.addWidget(self.addCategoryButton)

        self.deleteCategoryButton = QPushButton(self.categoriesGroup)
        self.deleteCategoryButton.setObjectName(u"deleteCategoryButton")

        self.categoryButtonsLayout.addWidget(self.deleteCategoryButton)

        self.categoryButtonsSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.categoryButtonsLayout.addItem(self.categoryButtonsSpacer)

        self.revertCategoriesButton = QPushButton(self.categoriesGroup)
        self.revertCategoriesButton.setObjectName(u"revertCategoriesButton")

        self.categoryButtonsLayout.addWidget(self.revertCategoriesButton)

        self.saveCategoriesButton = QPushButton(self.categoriesGroup)
        self.saveCategoriesButton.setObjectName(u"saveCategoriesButton")

        self.categoryButtonsLayout.addWidget(self.saveCategoriesButton)


        self.categoriesLayout.addLayout(self.categoryButtonsLayout)

        self.categoriesView = QTableView(self.categoriesGroup)
        self.categoriesView.setObjectName(u"categoriesView")
        self.categoriesView.setAlternatingRowColors(True)
        self.categoriesView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.categoriesView.setSortingEnabled(True)
        self.categoriesView.horizontalHeader().setStretchLastSection(True)

        self.categoriesLayout.addWidget(self.categoriesView)

        self.assortmentSplitter.addWidget(self.categoriesGroup)

        self.assortmentLayout.addWidget(self.assortmentSplitter)

        self.adminTabs.addTab(self.assortmentTab, "")
        self.tablesTab = QWidget()
        self.tablesTab.setObjectName(u"tablesTab")
        self.tablesLayout = QHBoxLayout(self.tablesTab)
        self.tablesLayout.setObjectName(u"tablesLayout")
        self.tablesSplitter = QSplitter(self.tablesTab)
        self.tablesSplitter.setObjectName(u"tablesSplitter")
        self.tablesSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.tablesSplitter.setChildrenCollapsible(False)
        self.tablesList = QListWidget(self.tablesSplitter)
        self.tablesList.setObjectName(u"tablesList")
        self.tablesSplitter.addWidget(self.tablesList)
        self.tableGridPanel = QWidget(self.tablesSplitter)
        self.tableGridPanel.setObjectName(u"tableGridPanel")
        self.tableGridLayout = QVBoxLayout(self.tableGridPanel)
        self.tableGridLayout.setObjectName(u"tableGridLayout")
        self.tableGridLayout.setContentsMargins(0, 0, 0, 0)
        self.tableButtonsLayout = QHBoxLayout()
        self.tableButtonsLayout.setObjectName(u"tableButtonsLayout")
        self.tableFilterEdit = QLineEdit(self.tableGridPanel)
        self.tableFilterEdit.setObjectName(u"tableFilterEdit")
        self.tableFilterEdit.setClearButtonEnabled(True)

        self.tableButtonsLayout.addWidget(self.tableFilterEdit)

        self.addRowButton = QPushButton(self.tableGridPanel)
        self.addRowButton.setObjectName(u"addRowButton")

        self.tableButtonsLayout.addWidget(self.addRowButton)

        self.deleteRowButton = QPushButton(self.tableGridPanel)
        self.deleteRowButton.setObjectName(u"deleteRowButton")

        self.tableButtonsLayout.addWidget(self.deleteRowButton)

        self.exportTableButton = QPushButton(self.tableGridPanel)
        self.exportTableButton.setObjectName(u"exportTableButton")

        self.tableButtonsLayout.addWidget(self.exportTableButton)

        self.tableButtonsSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.tableButtonsLayout.addItem(self.tableButtonsSpacer)

        self.revertChangesButton = QPushButton(self.tableGridPanel)
        self.revertChangesButton.setObjectName(u"revertChangesButton")

        self.tableButtonsLayout.addWidget(self.revertChangesButton)

        self.saveChangesButton = QPushButton(self.tableGridPanel)
        self.saveChangesButton.setObjectName(u"saveChangesButton")

        self.tableButtonsLayout.addWidget(self.saveChangesButton)


        self.tableGridLayout.addLayout(self.tableButtonsLayout)

        self.tableGrid = QTableView(self.tableGridPanel)
        self.tableGrid.setObjectName(u"tableGrid")
        self.tableGrid.setAlternatingRowColors(True)
        self.tableGrid.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tableGrid.setSortingEnabled(True)
        self.tableGrid.horizontalHeader().setStretchLastSection(True)

        self.tableGridLayout.addWidget(self.tableGrid)

        self.tableStatusLabel = QLabel(self.tableGridPanel)
        self.tableStatusLabel.setObjectName(u"tableStatusLabel")

        self.tableGridLayout.addWidget(self.tableStatusLabel)

        self.tablesSplitter.addWidget(self.tableGridPanel)

        self.tablesLayout.addWidget(self.tablesSplitter)

        self.adminTabs.addTab(self.tablesTab, "")
        self.usersTab = QWidget()
        self.usersTab.setObjectName(u"usersTab")
        self.usersLayout = QVBoxLayout(self.usersTab)
        self.usersLayout.setObjectName(u"usersLayout")
        self.userButtonsLayout = QHBoxLayout()
        self.userButtonsLayout.setObjectName(u"userButtonsLayout")
        self.addUserButton = QPushButton(self.usersTab)
        self.addUserButton.setObjectName(u"addUserButton")

        self.userButtonsLayout.addWidget(self.addUserButton)

        self.changeRoleButton = QPushButton(self.usersTab)
        self.changeRoleButton.setObjectName(u"changeRoleButton")

        self.userButtonsLayout.addWidget(self.changeRoleButton)

        self.resetPasswordButton = QPushButton(self.usersTab)
        self.resetPasswordButton.setObjectName(u"resetPasswordButton")

        self.userButtonsLayout.addWidget(self.resetPasswordButton)

        self.lockUserButton = QPushButton(self.usersTab)
        self.lockUserButton.setObjectName(u"lockUserButton")

        self.userButtonsLayout.addWidget(self.lockUserButton)

        self.unlockUserButton = QPushButton(self.usersTab)
        self.unlockUserButton.setObjectName(u"unlockUserButton")

        self.userButtonsLayout.addWidget(self.unlockUserButton)

        self.deactivateUserButton = QPushButton(self.usersTab)
        self.deactivateUserButton.setObjectName(u"deactivateUserButton")

        self.userButtonsLayout.addWidget(self.deactivateUserButton)

        self.userButtonsSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.userButtonsLayout.addItem(self.userButtonsSpacer)


        self.usersLayout.addLayout(self.userButtonsLayout)

        self.usersView = QTableView(self.usersTab)
        self.usersView.setObjectName(u"usersView")
        self.usersView.setAlternatingRowColors(True)
        self.usersView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.usersView.setSortingEnabled(True)
        self.usersView.horizontalHeader().setStretchLastSection(True)

        self.usersLayout.addWidget(self.usersView)

        self.adminTabs.addTab(self.usersTab, "")
        self.auditTab = QWidget()
        self.auditTab.setObjectName(u"auditTab")
        self.auditLayout = QVBoxLayout(self.auditTab)
        self.auditLayout.setObjectName(u"auditLayout")
        self.auditFiltersLayout = QHBoxLayout()
        self.auditFiltersLayout.setObjectName(u"auditFiltersLayout")
        self.auditUserLabel = QLabel(self.auditTab)
        self.auditUserLabel.setObjectName(u"auditUserLabel")

        self.auditFiltersLayout.addWidget(self.auditUserLabel)

        self.auditUserCombo = QComboBox(self.auditTab)
        self.auditUserCombo.setObjectName(u"auditUserCombo")
        self.auditUserCombo.setMinimumContentsLength(12)

        self.auditFiltersLayout.addWidget(self.auditUserCombo)

        self.auditTableLabel = QLabel(self.auditTab)
        self.auditTableLabel.setObjectName(u"auditTableLabel")

        self.auditFiltersLayout.addWidget(self.auditTableLabel)

        self.auditTableCombo = QComboBox(self.auditTab)
        self.auditTableCombo.setObjectName(u"auditTableCombo")
        self.auditTableCombo.setMinimumContentsLength(14)

        self.auditFiltersLayout.addWidget(self.auditTableCombo)

        self.auditFromLabel = QLabel(self.auditTab)
        self.auditFromLabel.setObjectName(u"auditFromLabel")

        self.auditFiltersLayout.addWidget(self.auditFromLabel)

        self.auditFromEdit = QDateEdit(self.auditTab)
        self.auditFromEdit.setObjectName(u"auditFromEdit")
        self.auditFromEdit.setCalendarPopup(True)

        self.auditFiltersLayout.addWidget(self.auditFromEdit)

        self.auditToLabel = QLabel(self.auditTab)
        self.auditToLabel.setObjectName(u"auditToLabel")

        self.auditFiltersLayout.addWidget(self.auditToLabel)

        self.auditToEdit = QDateEdit(self.auditTab)
        self.auditToEdit.setObjectName(u"auditToEdit")
        self.auditToEdit.setCalendarPopup(True)

        self.auditFiltersLayout.addWidget(self.auditToEdit)

        self.auditRefreshButton = QPushButton(self.auditTab)
        self.auditRefreshButton.setObjectName(u"auditRefreshButton")

        self.auditFiltersLayout.addWidget(self.auditRefreshButton)

        self.auditFiltersSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.auditFiltersLayout.addItem(self.auditFiltersSpacer)


        self.auditLayout.addLayout(self.auditFiltersLayout)

        self.auditView = QTableView(self.auditTab)
        self.auditView.setObjectName(u"auditView")
        self.auditView.setAlternatingRowColors(True)
        self.auditView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.auditView.setSortingEnabled(False)
        self.auditView.horizontalHeader().setStretchLastSection(True)

        self.auditLayout.addWidget(self.auditView)

        self.adminTabs.addTab(self.auditTab, "")

        self.centralLayout.addWidget(self.adminTabs)

        adminWindow.setCentralWidget(self.centralWidget)
        self.menuBar = QMenuBar(adminWindow)
        self.menuBar.setObjectName(u"menuBar")
        self.fileMenu = QMenu(self.menuBar)
        self.fileMenu.setObjectName(u"fileMenu")
        self.windowsMenu = QMenu(self.menuBar)
        self.windowsMenu.setObjectName(u"windowsMenu")
        adminWindow.setMenuBar(self.menuBar)
        self.statusBar = QStatusBar(adminWindow)
        self.statusBar.setObjectName(u"statusBar")
        adminWindow.setStatusBar(self.statusBar)
        QWidget.setTabOrder(self.adminTabs, self.tablesList)
        QWidget.setTabOrder(self.tablesList, self.tableFilterEdit)
        QWidget.setTabOrder(self.tableFilterEdit, self.tableGrid)
        QWidget.setTabOrder(self.tableGrid, self.cakeFilterEdit)
        QWidget.setTabOrder(self.cakeFilterEdit, self.cakesView)

        self.menuBar.addAction(self.fileMenu.menuAction())
        self.menuBar.addAction(self.windowsMenu.menuAction())
        self.fileMenu.addAction(self.refreshAction)
        self.fileMenu.addSeparator()
        self.fileMenu.addAction(self.logoutAction)
        self.fileMenu.addAction(self.quitAction)
        self.windowsMenu.addAction(self.openOrderingAction)
        self.windowsMenu.addAction(self.openProductionAction)
        self.windowsMenu.addAction(self.openAnalyticsAction)

        self.retranslateUi(adminWindow)

        self.adminTabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(adminWindow)
    # setupUi

    def retranslateUi(self, adminWindow):
        adminWindow.setWindowTitle(QCoreApplication.translate("AdminWindow", u"Cakeshop \u2014 administration", None))
#if QT_CONFIG(accessibility)
        adminWindow.setAccessibleName(QCoreApplication.translate("AdminWindow", u"Administration window", None))
#endif // QT_CONFIG(accessibility)
        self.refreshAction.setText(QCoreApplication.translate("AdminWindow", u"&Refresh", None))
#if QT_CONFIG(shortcut)
        self.refreshAction.setShortcut(QCoreApplication.translate("AdminWindow", u"F5", None))
#endif // QT_CONFIG(shortcut)
#if QT_CONFIG(tooltip)
        self.refreshAction.setToolTip(QCoreApplication.translate("AdminWindow", u"Read the shown data again", None))
#endif // QT_CONFIG(tooltip)
        self.logoutAction.setText(QCoreApplication.translate("AdminWindow", u"&Log out", None))
#if QT_CONFIG(shortcut)
        self.logoutAction.setShortcut(QCoreApplication.translate("AdminWindow", u"Ctrl+L", None))
#endif // QT_CONFIG(shortcut)
        self.quitAction.setText(QCoreApplication.translate("AdminWindow", u"&Quit", None))
#if QT_CONFIG(shortcut)
        self.quitAction.setShortcut(QCoreApplication.translate("AdminWindow", u"Ctrl+Q", None))
#endif // QT_CONFIG(shortcut)
        self.openOrderingAction.setText(QCoreApplication.translate("AdminWindow", u"&Ordering", None))
#if QT_CONFIG(shortcut)
        self.openOrderingAction.setShortcut(QCoreApplication.translate("AdminWindow", u"Ctrl+1", None))
#endif // QT_CONFIG(shortcut)
#if QT_CONFIG(tooltip)
        self.openOrderingAction.setToolTip(QCoreApplication.translate("AdminWindow", u"The ordering window: catalogue, cart, orders", None))
#endif // QT_CONFIG(tooltip)
        self.openProductionAction.setText(QCoreApplication.translate("AdminWindow", u"&Production board", None))
#if QT_CONFIG(shortcut)
        self.openProductionAction.setShortcut(QCoreApplication.translate("AdminWindow", u"Ctrl+2", None))
#endif // QT_CONFIG(shortcut)
#if QT_CONFIG(tooltip)
        self.openProductionAction.setToolTip(QCoreApplication.translate("AdminWindow", u"What the bakers make and by when", None))
#endif // QT_CONFIG(tooltip)
        self.openAnalyticsAction.setText(QCoreApplication.translate("AdminWindow", u"Sales &analytics", None))
#if QT_CONFIG(shortcut)
        self.openAnalyticsAction.setShortcut(QCoreApplication.translate("AdminWindow", u"Ctrl+3", None))
#endif // QT_CONFIG(shortcut)
#if QT_CONFIG(tooltip)
        self.openAnalyticsAction.setToolTip(QCoreApplication.translate("AdminWindow", u"Revenue, top cakes, shift reports", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.adminTabs.setAccessibleName(QCoreApplication.translate("AdminWindow", u"Administration sections", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.cakesGroup.setAccessibleName(QCoreApplication.translate("AdminWindow", u"Cakes", None))
#endif // QT_CONFIG(accessibility)
        self.cakesGroup.setTitle(QCoreApplication.translate("AdminWindow", u"Cakes", None))
#if QT_CONFIG(accessibility)
        self.cakeFilterEdit.setAccessibleName(QCoreApplication.translate("AdminWindow", u"Filter cakes", None))
#endif // QT_CONFIG(accessibility)
        self.cakeFilterEdit.setPlaceholderText(QCoreApplication.translate("AdminWindow", u"Filter by name, SKU or description", None))
#if QT_CONFIG(accessibility)
        self.addCakeButton.setAccessibleName(QCoreApplication.translate("AdminWindow", u"Add a cake", None))
#endif // QT_CONFIG(accessibility)
        self.addCakeButton.setText(QCoreApplication.translate("AdminWindow", u"&Add cake", None))
#if QT_CONFIG(tooltip)
        self.addCakeButton.setToolTip(QCoreApplication.translate("AdminWindow", u"Add a new cake row (Ins)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.duplicateCakeButton.setAccessibleName(QCoreApplication.translate("AdminWindow", u"Duplicate the cake", None))
#endif // QT_CONFIG(accessibility)
        self.duplicateCakeButton.setText(QCoreApplication.translate("AdminWindow", u"D&uplicate", None))
#if QT_CONFIG(tooltip)
        self.duplicateCakeButton.setToolTip(QCoreApplication.translate("AdminWindow", u"A copy with a new SKU, no stock and the same recipe", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.deleteCakeButton.setAccessibleName(QCoreApplication.translate("AdminWindow", u"Delete the cake", None))
#endif // QT_CONFIG(accessibility)
        self.deleteCakeButton.setText(QCoreApplication.translate("AdminWindow", u"&Delete", None))
#if QT_CONFIG(tooltip)
        self.deleteCakeButton.setToolTip(QCoreApplication.translate("AdminWindow", u"A cake that was ever sold is deactivated instead", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.recipeButton.setAccessibleName(QCoreApplication.translate("AdminWindow", u"Edit the recipe", None))
#endif // QT_CONFIG(accessibility)
        self.recipeButton.setText(QCoreApplication.translate("AdminWindow", u"&Recipe\u2026", None))
#if QT_CONFIG(tooltip)
        self.recipeButton.setToolTip(QCoreApplication.translate("AdminWindow", u"Ingredients and quantities of the selected cake", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.importCakesButton.setAccessibleName(QCoreApplication.translate("AdminWindow", u"Import cakes from CSV", None))
#endif // QT_CONFIG(accessibility)
        self.importCakesButton.setText(QCoreApplication.translate("AdminWindow", u"&Import CSV\u2026", None))
#if QT_CONFIG(accessibility)
        self.exportCakesButton.setAccessibleName(QCoreApplication.translate("AdminWindow", u"Export cakes to CSV", None))
#endif // QT_CONFIG(accessibility)
        self.exportCakesButton.setText(QCoreApplication.translate("AdminWindow", u"E&xport CSV\u2026", None))
#if QT_CONFIG(accessibility)
        self.revertCakesButton.setAccessibleName(QCoreApplication.translate("AdminWindow", u"Revert cake changes", None))
#endif // QT_CONFIG(accessibility)
        self.revertCakesButton.setText(QCoreApplication.translate("AdminWindow", u"Re&vert", None))
#if QT_CONFIG(accessibility)
        self.saveCakesButton.setAccessibleName(QCoreApplication.translate("AdminWindow", u"Save cake changes", None))
#endif // QT_CONFIG(accessibility)
        self.saveCakesButton.setText(QCoreApplication.translate("AdminWindow", u"&Save cakes", None))
#if QT_CONFIG(tooltip)
        self.saveCakesButton.setToolTip(QCoreApplication.translate("AdminWindow", u"Save every pending change (Ctrl+S)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.cakesView.setAccessibleName(QCoreApplication.translate("AdminWindow", u"Cakes", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.categoriesGroup.setAccessibleName(QCoreApplication.translate("AdminWindow", u"Categories", None))
#endif // QT_CONFIG(accessibility)
        self.categoriesGroup.setTitle(QCoreApplication.translate("AdminWindow", u"Categories", None))
#if QT_CONFIG(accessibility)
        self.addCategoryButton.setAccessibleName(QCoreApplication.translate("AdminWindow", u"Add a category", None))
#endif // QT_CONFIG(accessibility)
        self.addCategoryButton.setText(QCoreApplication.translate("AdminWindow", u"Add categor&y", None))
#if QT_CONFIG(accessibility)
        self.deleteCategoryButton.setAccessibleName(QCoreApplication.translate("AdminWindow", u"Delete the category", None))
#endif // QT_CONFIG(accessibility)
        self.deleteCategoryButton.setText(QCoreApplication.translate("AdminWindow", u"Delete category", None))
#if QT_CONFIG(tooltip)
        self.deleteCategoryButton.setToolTip(QCoreApplication.translate("AdminWindow", u"Its cakes stay, without a category", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.revertCategoriesButton.setAccessibleName(QCoreApplication.translate("AdminWindow", u"Revert category changes", None))
#endif // QT_CONFIG(accessibility)
        self.revertCategoriesButton.setText(QCoreApplication.translate("AdminWindow", u"Revert", None))
#if QT_CONFIG(accessibility)
        self.saveCategoriesButton.setAccessibleName(QCoreApplication.translate("AdminWindow", u"Save category changes", None))
#endif // QT_CONFIG(accessibility)
        self.saveCategoriesButton.setText(QCoreApplication.translate("AdminWindow", u"Save categories", None))
#if QT_CONFIG(accessibility)
        self.categoriesView.setAccessibleName(QCoreApplication.translate("AdminWindow", u"Categories", None))
#endif // QT_CONFIG(accessibility)
        self.adminTabs.setTabText(self.adminTabs.indexOf(self.assortmentTab), QCoreApplication.translate("AdminWindow", u"A&ssortment", None))
#if QT_CONFIG(accessibility)
        self.tablesList.setAccessibleName(QCoreApplication.translate("AdminWindow", u"Tables", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.tablesList.setToolTip(QCoreApplication.translate("AdminWindow", u"Every table of the database", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.tableFilterEdit.setAccessibleName(QCoreApplication.translate("AdminWindow", u"Filter rows", None))
#endif // QT_CONFIG(accessibility)
        self.tableFilterEdit.setPlaceholderText(QCoreApplication.translate("AdminWindow", u"Filter: text in any text column, or a row id", None))
#if QT_CONFIG(accessibility)
        self.addRowButton.setAccessibleName(QCoreApplication.translate("AdminWindow", u"Add a row", None))
#endif // QT_CONFIG(accessibility)
        self.addRowButton.setText(QCoreApplication.translate("AdminWindow", u"&Add row", None))
#if QT_CONFIG(tooltip)
        self.addRowButton.setToolTip(QCoreApplication.translate("AdminWindow", u"A new row at the end (Ins)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.deleteRowButton.setAccessibleName(QCoreApplication.translate("AdminWindow", u"Delete the selected rows", None))
#endif // QT_CONFIG(accessibility)
        self.deleteRowButton.setText(QCoreApplication.translate("AdminWindow", u"&Delete rows", None))
#if QT_CONFIG(tooltip)
        self.deleteRowButton.setToolTip(QCoreApplication.translate("AdminWindow", u"Marks the selected rows; they go when you save (Del)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.exportTableButton.setAccessibleName(QCoreApplication.translate("AdminWindow", u"Export the table to CSV", None))
#endif // QT_CONFIG(accessibility)
        self.exportTableButton.setText(QCoreApplication.translate("AdminWindow", u"E&xport CSV\u2026", None))
#if QT_CONFIG(accessibility)
        self.revertChangesButton.setAccessibleName(QCoreApplication.translate("AdminWindow", u"Revert changes", None))
#endif // QT_CONFIG(accessibility)
        self.revertChangesButton.setText(QCoreApplication.translate("AdminWindow", u"Re&vert", None))
#if QT_CONFIG(tooltip)
        self.revertChangesButton.setToolTip(QCoreApplication.translate("AdminWindow", u"Forget every pending change", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.saveChangesButton.setAccessibleName(QCoreApplication.translate("AdminWindow", u"Save changes", None))
#endif // QT_CONFIG(accessibility)
        self.saveChangesButton.setText(QCoreApplication.translate("AdminWindow", u"&Save", None))
#if QT_CONFIG(tooltip)
        self.saveChangesButton.setToolTip(QCoreApplication.translate("AdminWindow", u"Save every pending change in one transaction (Ctrl+S)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.tableGrid.setAccessibleName(QCoreApplication.translate("AdminWindow", u"Table rows", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.tableStatusLabel.setAccessibleName(QCoreApplication.translate("AdminWindow", u"Table status", None))
#endif // QT_CONFIG(accessibility)
        self.tableStatusLabel.setText("")
        self.adminTabs.setTabText(self.adminTabs.indexOf(self.tablesTab), QCoreApplication.translate("AdminWindow", u"&Tables", None))
#if QT_CONFIG(accessibility)
        self.addUserButton.setAccessibleName(QCoreApplication.translate("AdminWindow", u"Register a user", None))
#endif // QT_CONFIG(accessibility)
        self.addUserButton.setText(QCoreApplication.translate("AdminWindow", u"&Register user\u2026", None))
#if QT_CONFIG(accessibility)
        self.changeRoleButton.setAccessibleName(QCoreApplication.translate("AdminWindow", u"Change the role", None))
#endif // QT_CONFIG(accessibility)
        self.changeRoleButton.setText(QCoreApplication.translate("AdminWindow", u"Change &role\u2026", None))
#if QT_CONFIG(accessibility)
        self.resetPasswordButton.setAccessibleName(QCoreApplication.translate("AdminWindow", u"Reset the password", None))
#endif // QT_CONFIG(accessibility)
        self.resetPasswordButton.setText(QCoreApplication.translate("AdminWindow", u"Reset &password\u2026", None))
#if QT_CONFIG(accessibility)
        self.lockUserButton.setAccessibleName(QCoreApplication.translate("AdminWindow", u"Lock the account", None))
#endif // QT_CONFIG(accessibility)
        self.lockUserButton.setText(QCoreApplication.translate("AdminWindow", u"&Lock", None))
#if QT_CONFIG(accessibility)
        self.unlockUserButton.setAccessibleName(QCoreApplication.translate("AdminWindow", u"Unlock the account", None))
#endif // QT_CONFIG(accessibility)
        self.unlockUserButton.setText(QCoreApplication.translate("AdminWindow", u"U&nlock", None))
#if QT_CONFIG(accessibility)
        self.deactivateUserButton.setAccessibleName(QCoreApplication.translate("AdminWindow", u"Deactivate or reactivate the account", None))
#endif // QT_CONFIG(accessibility)
        self.deactivateUserButton.setText(QCoreApplication.translate("AdminWindow", u"Deac&tivate", None))
#if QT_CONFIG(accessibility)
        self.usersView.setAccessibleName(QCoreApplication.translate("AdminWindow", u"Users", None))
#endif // QT_CONFIG(accessibility)
        self.adminTabs.setTabText(self.adminTabs.indexOf(self.usersTab), QCoreApplication.translate("AdminWindow", u"&Users", None))
        self.auditUserLabel.setText(QCoreApplication.translate("AdminWindow", u"User:", None))
#if QT_CONFIG(accessibility)
        self.auditUserCombo.setAccessibleName(QCoreApplication.translate("AdminWindow", u"Filter by user", None))
#endif // QT_CONFIG(accessibility)
        self.auditTableLabel.setText(QCoreApplication.translate("AdminWindow", u"Table:", None))
#if QT_CONFIG(accessibility)
        self.auditTableCombo.setAccessibleName(QCoreApplication.translate("AdminWindow", u"Filter by table", None))
#endif // QT_CONFIG(accessibility)
        self.auditFromLabel.setText(QCoreApplication.translate("AdminWindow", u"From:", None))
#if QT_CONFIG(accessibility)
        self.auditFromEdit.setAccessibleName(QCoreApplication.translate("AdminWindow", u"From date", None))
#endif // QT_CONFIG(accessibility)
        self.auditFromEdit.setDisplayFormat(QCoreApplication.translate("AdminWindow", u"yyyy-MM-dd", None))
        self.auditToLabel.setText(QCoreApplication.translate("AdminWindow", u"To:", None))
#if QT_CONFIG(accessibility)
        self.auditToEdit.setAccessibleName(QCoreApplication.translate("AdminWindow", u"To date", None))
#endif // QT_CONFIG(accessibility)
        self.auditToEdit.setDisplayFormat(QCoreApplication.translate("AdminWindow", u"yyyy-MM-dd", None))
#if QT_CONFIG(accessibility)
        self.auditRefreshButton.setAccessibleName(QCoreApplication.translate("AdminWindow", u"Show the audit log", None))
#endif // QT_CONFIG(accessibility)
        self.auditRefreshButton.setText(QCoreApplication.translate("AdminWindow", u"&Show", None))
#if QT_CONFIG(accessibility)
        self.auditView.setAccessibleName(QCoreApplication.translate("AdminWindow", u"Audit log", None))
#endif // QT_CONFIG(accessibility)
        self.adminTabs.setTabText(self.adminTabs.indexOf(self.auditTab), QCoreApplication.translate("AdminWindow", u"Au&dit log", None))
        self.fileMenu.setTitle(QCoreApplication.translate("AdminWindow", u"&File", None))
        self.windowsMenu.setTitle(QCoreApplication.translate("AdminWindow", u"&Windows", None))
    # retranslateUi

