# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'production_window.ui'
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
    QDateTimeEdit, QFormLayout, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QMainWindow,
    QMenu, QMenuBar, QPushButton, QSizePolicy,
    QSpacerItem, QSpinBox, QSplitter, QStatusBar,
    QTabWidget, QTableView, QToolButton, QVBoxLayout,
    QWidget)

class Ui_ProductionWindow(object):
    def setupUi(self, productionWindow):
        if not productionWindow.objectName():
            productionWindow.setObjectName(u"productionWindow")
        productionWindow.resize(1280, 820)
        self.refreshAction = QAction(productionWindow)
        self.refreshAction.setObjectName(u"refreshAction")
        self.logoutAction = QAction(productionWindow)
        self.logoutAction.setObjectName(u"logoutAction")
        self.quitAction = QAction(productionWindow)
        self.quitAction.setObjectName(u"quitAction")
        self.advanceAction = QAction(productionWindow)
        self.advanceAction.setObjectName(u"advanceAction")
        self.undoAction = QAction(productionWindow)
        self.undoAction.setObjectName(u"undoAction")
        self.previousDayAction = QAction(productionWindow)
        self.previousDayAction.setObjectName(u"previousDayAction")
        self.nextDayAction = QAction(productionWindow)
        self.nextDayAction.setObjectName(u"nextDayAction")
        self.shortcutsAction = QAction(productionWindow)
        self.shortcutsAction.setObjectName(u"shortcutsAction")
        self.aboutAction = QAction(productionWindow)
        self.aboutAction.setObjectName(u"aboutAction")
        self.centralWidget = QWidget(productionWindow)
        self.centralWidget.setObjectName(u"centralWidget")
        self.centralLayout = QVBoxLayout(self.centralWidget)
        self.centralLayout.setObjectName(u"centralLayout")
        self.lowStockBanner = QLabel(self.centralWidget)
        self.lowStockBanner.setObjectName(u"lowStockBanner")
        self.lowStockBanner.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.lowStockBanner.sizePolicy().hasHeightForWidth())
        self.lowStockBanner.setSizePolicy(sizePolicy)

        self.centralLayout.addWidget(self.lowStockBanner)

        self.mainTabs = QTabWidget(self.centralWidget)
        self.mainTabs.setObjectName(u"mainTabs")
        self.boardTab = QWidget()
        self.boardTab.setObjectName(u"boardTab")
        self.boardTabLayout = QVBoxLayout(self.boardTab)
        self.boardTabLayout.setObjectName(u"boardTabLayout")
        self.boardBarLayout = QHBoxLayout()
        self.boardBarLayout.setObjectName(u"boardBarLayout")
        self.previousDayButton = QToolButton(self.boardTab)
        self.previousDayButton.setObjectName(u"previousDayButton")

        self.boardBarLayout.addWidget(self.previousDayButton)

        self.boardDateEdit = QDateEdit(self.boardTab)
        self.boardDateEdit.setObjectName(u"boardDateEdit")
        self.boardDateEdit.setCalendarPopup(True)

        self.boardBarLayout.addWidget(self.boardDateEdit)

        self.nextDayButton = QToolButton(self.boardTab)
        self.nextDayButton.setObjectName(u"nextDayButton")

        self.boardBarLayout.addWidget(self.nextDayButton)

        self.todayButton = QPushButton(self.boardTab)
        self.todayButton.setObjectName(u"todayButton")

        self.boardBarLayout.addWidget(self.todayButton)

        self.boardDaysLabel = QLabel(self.boardTab)
        self.boardDaysLabel.setObjectName(u"boardDaysLabel")

        self.boardBarLayout.addWidget(self.boardDaysLabel)

        self.boardDaysSpin = QSpinBox(self.boardTab)
        self.boardDaysSpin.setObjectName(u"boardDaysSpin")
        self.boardDaysSpin.setMinimum(1)
        self.boardDaysSpin.setMaximum(7)
        self.boardDaysSpin.setValue(2)

        self.boardBarLayout.addWidget(self.boardDaysSpin)

        self.boardBarSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.boardBarLayout.addItem(self.boardBarSpacer)

        self.advanceButton = QPushButton(self.boardTab)
        self.advanceButton.setObjectName(u"advanceButton")

        self.boardBarLayout.addWidget(self.advanceButton)

        self.undoButton = QPushButton(self.boardTab)
        self.undoButton.setObjectName(u"undoButton")

        self.boardBarLayout.addWidget(self.undoButton)

        self.refreshBoardButton = QPushButton(self.boardTab)
        self.refreshBoardButton.setObjectName(u"refreshBoardButton")

        self.boardBarLayout.addWidget(self.refreshBoardButton)


        self.boardTabLayout.addLayout(self.boardBarLayout)

        self.boardMessageLabel = QLabel(self.boardTab)
        self.boardMessageLabel.setObjectName(u"boardMessageLabel")
        self.boardMessageLabel.setWordWrap(True)
        sizePolicy.setHeightForWidth(self.boardMessageLabel.sizePolicy().hasHeightForWidth())
        self.boardMessageLabel.setSizePolicy(sizePolicy)

        self.boardTabLayout.addWidget(self.boardMessageLabel)

        self.boardLayout = QVBoxLayout()
        self.boardLayout.setObjectName(u"boardLayout")

        self.boardTabLayout.addLayout(self.boardLayout)

        self.mainTabs.addTab(self.boardTab, "")
        self.planningTab = QWidget()
        self.planningTab.setObjectName(u"planningTab")
        self.planningTabLayout = QVBoxLayout(self.planningTab)
        self.planningTabLayout.setObjectName(u"planningTabLayout")
        self.planBarLayout = QHBoxLayout()
        self.planBarLayout.setObjectName(u"planBarLayout")
        self.planDateLabel = QLabel(self.planningTab)
        self.planDateLabel.setObjectName(u"planDateLabel")

        self.planBarLayout.addWidget(self.planDateLabel)

        self.planDateEdit = QDateEdit(self.planningTab)
        self.planDateEdit.setObjectName(u"planDateEdit")
        self.planDateEdit.setCalendarPopup(True)

        self.planBarLayout.addWidget(self.planDateEdit)

        self.planTodayButton = QPushButton(self.planningTab)
        self.planTodayButton.setObjectName(u"planTodayButton")

        self.planBarLayout.addWidget(self.planTodayButton)

        self.planTomorrowButton = QPushButton(self.planningTab)
        self.planTomorrowButton.setObjectName(u"planTomorrowButton")

        self.planBarLayout.addWidget(self.planTomorrowButton)

        self.planBarSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.planBarLayout.addItem(self.planBarSpacer)

        self.exportShoppingCsvButton = QPushButton(self.planningTab)
        self.exportShoppingCsvButton.setObjectName(u"exportShoppingCsvButton")

        self.planBarLayout.addWidget(self.exportShoppingCsvButton)

        self.exportShoppingPdfButton = QPushButton(self.planningTab)
        self.exportShoppingPdfButton.setObjectName(u"exportShoppingPdfButton")

        self.planBarLayout.addWidget(self.exportShoppingPdfButton)

        self.printShoppingButton = QPushButton(self.planningTab)
        self.printShoppingButton.setObjectName(u"printShoppingButton")

        self.planBarLayout.addWidget(self.printShoppingButton)


        self.planningTabLayout.addLayout(self.planBarLayout)

        self.planSummaryLabel = QLabel(self.planningTab)
        self.planSummaryLabel.setObjectName(u"planSummaryLabel")
        self.planSummaryLabel.setWordWrap(True)
        sizePolicy.setHeightForWidth(self.planSummaryLabel.sizePolicy().hasHeightForWidth())
        self.planSummaryLabel.setSizePolicy(sizePolicy)

        self.planningTabLayout.addWidget(self.planSummaryLabel)

        self.planSplitter = QSplitter(self.planningTab)
        self.planSplitter.setObjectName(u"planSplitter")
        self.planSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.planSplitter.setChildrenCollapsible(False)
        self.plannedCakesGroup = QGroupBox(self.planSplitter)
        self.plannedCakesGroup.setObjectName(u"plannedCakesGroup")
        self.plannedCakesLayout = QVBoxLayout(self.plannedCakesGroup)
        self.plannedCakesLayout.setObjectName(u"plannedCakesLayout")
        self.plannedCakesView = QTableView(self.plannedCakesGroup)
        self.plannedCakesView.setObjectName(u"plannedCakesView")
        self.plannedCakesView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.plannedCakesView.setAlternatingRowColors(True)
        self.plannedCakesView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.plannedCakesView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.plannedCakesView.setSortingEnabled(False)

        self.plannedCakesLayout.addWidget(self.plannedCakesView)

        self.planSplitter.addWidget(self.plannedCakesGroup)
        self.needsGroup = QGroupBox(self.planSplitter)
        self.needsGroup.setObjectName(u"needsGroup")
        self.needsLayout = QVBoxLayout(self.needsGroup)
        self.needsLayout.setObjectName(u"needsLayout")
        self.shortagesView = QTableView(self.needsGroup)
        self.shortagesView.setObjectName(u"shortagesView")
        self.shortagesView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.shortagesView.setAlternatingRowColors(True)
        self.shortagesView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.shortagesView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.shortagesView.setSortingEnabled(False)

        self.needsLayout.addWidget(self.shortagesView)

        self.needsLegendLabel = QLabel(self.needsGroup)
        self.needsLegendLabel.setObjectName(u"needsLegendLabel")
        self.needsLegendLabel.setWordWrap(True)
        sizePolicy.setHeightForWidth(self.needsLegendLabel.sizePolicy().hasHeightForWidth())
        self.needsLegendLabel.setSizePolicy(sizePolicy)

        self.needsLayout.addWidget(self.needsLegendLabel)

        self.planSplitter.addWidget(self.needsGroup)

        self.planningTabLayout.addWidget(self.planSplitter)

        self.mainTabs.addTab(self.planningTab, "")
        self.ingredientsTab = QWidget()
        self.ingredientsTab.setObjectName(u"ingredientsTab")
        self.ingredientsTabLayout = QVBoxLayout(self.ingredientsTab)
        self.ingredientsTabLayout.setObjectName(u"ingredientsTabLayout")
        self.ingredientsSplitter = QSplitter(self.ingredientsTab)
        self.ingredientsSplitter.setObjectName(u"ingredientsSplitter")
        self.ingredientsSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.ingredientsSplitter.setChildrenCollapsible(False)
        self.ingredientsView = QTableView(self.ingredientsSplitter)
        self.ingredientsView.setObjectName(u"ingredientsView")
        self.ingredientsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.ingredientsView.setAlternatingRowColors(True)
        self.ingredientsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.ingredientsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.ingredientsView.setSortingEnabled(False)
        self.ingredientsSplitter.addWidget(self.ingredientsView)
        self.ingredientSidePanel = QWidget(self.ingredientsSplitter)
        self.ingredientSidePanel.setObjectName(u"ingredientSidePanel")
        self.ingredientSideLayout = QVBoxLayout(self.ingredientSidePanel)
        self.ingredientSideLayout.setObjectName(u"ingredientSideLayout")
        self.ingredientSideLayout.setContentsMargins(0, 0, 0, 0)
        self.stockEntryGroup = QGroupBox(self.ingredientSidePanel)
        self.stockEntryGroup.setObjectName(u"stockEntryGroup")
        self.stockEntryLayout = QFormLayout(self.stockEntryGroup)
        self.stockEntryLayout.setObjectName(u"stockEntryLayout")
        self.movementKindLabel = QLabel(self.stockEntryGroup)
        self.movementKindLabel.setObjectName(u"movementKindLabel")

        self.stockEntryLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.movementKindLabel)

        self.movementKindCombo = QComboBox(self.stockEntryGroup)
        self.movementKindCombo.setObjectName(u"movementKindCombo")

        self.stockEntryLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.movementKindCombo)

        self.movementQuantityLabel = QLabel(self.stockEntryGroup)
        self.movementQuantityLabel.setObjectName(u"movementQuantityLabel")

        self.stockEntryLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.movementQuantityLabel)

        self.movementQuantityEdit = QLineEdit(self.stockEntryGroup)
        self.movementQuantityEdit.setObjectName(u"movementQuantityEdit")
        self.movementQuantityEdit.setMaxLength(20)
        self.movementQuantityEdit.setClearButtonEnabled(True)

        self.stockEntryLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.movementQuantityEdit)

        self.movementReasonLabel = QLabel(self.stockEntryGroup)
        self.movementReasonLabel.setObjectName(u"movementReasonLabel")

        self.stockEntryLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.movementReasonLabel)

        self.movementReasonEdit = QLineEdit(self.stockEntryGroup)
        self.movementReasonEdit.setObjectName(u"movementReasonEdit")
        self.movementReasonEdit.setMaxLength(500)
        self.movementReasonEdit.setClearButtonEnabled(True)

        self.stockEntryLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.movementReasonEdit)

        self.recordMovementButton = QPushButton(self.stockEntryGroup)
        self.recordMovementButton.setObjectName(u"recordMovementButton")

        self.stockEntryLayout.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.recordMovementButton)


        self.ingredientSideLayout.addWidget(self.stockEntryGroup)

        self.ingredientSettingsGroup = QGroupBox(self.ingredientSidePanel)
        self.ingredientSettingsGroup.setObjectName(u"ingredientSettingsGroup")
        self.ingredientSettingsLayout = QFormLayout(self.ingredientSettingsGroup)
        self.ingredientSettingsLayout.setObjectName(u"ingredientSettingsLayout")
        self.reorderLevelLabel = QLabel(self.ingredientSettingsGroup)
        self.reorderLevelLabel.setObjectName(u"reorderLevelLabel")

        self.ingredientSettingsLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.reorderLevelLabel)

        self.reorderLevelEdit = QLineEdit(self.ingredientSettingsGroup)
        self.reorderLevelEdit.setObjectName(u"reorderLevelEdit")
        self.reorderLevelEdit.setMaxLength(20)
        self.reorderLevelEdit.setClearButtonEnabled(True)

        self.ingredientSettingsLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.reorderLevelEdit)

        self.costPerUnitLabel = QLabel(self.ingredientSettingsGroup)
        self.costPerUnitLabel.setObjectName(u"costPerUnitLabel")

        self.ingredientSettingsLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.costPerUnitLabel)

        self.costPerUnitEdit = QLineEdit(self.ingredientSettingsGroup)
        self.costPerUnitEdit.setObjectName(u"costPerUnitEdit")
        self.costPerUnitEdit.setMaxLength(20)
        self.costPerUnitEdit.setClearButtonEnabled(True)

        self.ingredientSettingsLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.costPerUnitEdit)

        self.saveIngredientButton = QPushButton(self.ingredientSettingsGroup)
        self.saveIngredientButton.setObjectName(u"saveIngredientButton")

        self.ingredientSettingsLayout.setWidget(2, QFormLayout.ItemRole.SpanningRole, self.saveIngredientButton)


        self.ingredientSideLayout.addWidget(self.ingredientSettingsGroup)

        self.ingredientMessageLabel = QLabel(self.ingredientSidePanel)
        self.ingredientMessageLabel.setObjectName(u"ingredientMessageLabel")
        self.ingredientMessageLabel.setWordWrap(True)
        sizePolicy.setHeightForWidth(self.ingredientMessageLabel.sizePolicy().hasHeightForWidth())
        self.ingredientMessageLabel.setSizePolicy(sizePolicy)

        self.ingredientSideLayout.addWidget(self.ingredientMessageLabel)

        self.ledgerLabel = QLabel(self.ingredientSidePanel)
        self.ledgerLabel.setObjectName(u"ledgerLabel")

        self.ingredientSideLayout.addWidget(self.ledgerLabel)

        self.ledgerView = QTableView(self.ingredientSidePanel)
        self.ledgerView.setObjectName(u"ledgerView")
        self.ledgerView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.ledgerView.setAlternatingRowColors(True)
        self.ledgerView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.ledgerView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.ledgerView.setSortingEnabled(False)

        self.ingredientSideLayout.addWidget(self.ledgerView)

        self.ingredientsSplitter.addWidget(self.ingredientSidePanel)

        self.ingredientsTabLayout.addWidget(self.ingredientsSplitter)

        self.mainTabs.addTab(self.ingredientsTab, "")
        self.adminTab = QWidget()
        self.adminTab.setObjectName(u"adminTab")
        self.adminTabLayout = QVBoxLayout(self.adminTab)
        self.adminTabLayout.setObjectName(u"adminTabLayout")
        self.adminTopLayout = QHBoxLayout()
        self.adminTopLayout.setObjectName(u"adminTopLayout")
        self.capacityGroup = QGroupBox(self.adminTab)
        self.capacityGroup.setObjectName(u"capacityGroup")
        self.capacityLayout = QVBoxLayout(self.capacityGroup)
        self.capacityLayout.setObjectName(u"capacityLayout")
        self.capacityFormLayout = QFormLayout()
        self.capacityFormLayout.setObjectName(u"capacityFormLayout")
        self.capacityFormLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.defaultCapacityLabel = QLabel(self.capacityGroup)
        self.defaultCapacityLabel.setObjectName(u"defaultCapacityLabel")

        self.capacityFormLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.defaultCapacityLabel)

        self.defaultCapacitySpin = QSpinBox(self.capacityGroup)
        self.defaultCapacitySpin.setObjectName(u"defaultCapacitySpin")
        self.defaultCapacitySpin.setMinimum(0)
        self.defaultCapacitySpin.setMaximum(999)
        self.defaultCapacitySpin.setValue(20)

        self.capacityFormLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.defaultCapacitySpin)

        self.saveDefaultCapacityButton = QPushButton(self.capacityGroup)
        self.saveDefaultCapacityButton.setObjectName(u"saveDefaultCapacityButton")

        self.capacityFormLayout.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.saveDefaultCapacityButton)

        self.capacityDateLabel = QLabel(self.capacityGroup)
        self.capacityDateLabel.setObjectName(u"capacityDateLabel")

        self.capacityFormLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.capacityDateLabel)

        self.capacityDateEdit = QDateEdit(self.capacityGroup)
        self.capacityDateEdit.setObjectName(u"capacityDateEdit")
        self.capacityDateEdit.setCalendarPopup(True)

        self.capacityFormLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.capacityDateEdit)

        self.capacityLabel = QLabel(self.capacityGroup)
        self.capacityLabel.setObjectName(u"capacityLabel")

        self.capacityFormLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.capacityLabel)

        self.capacitySpin = QSpinBox(self.capacityGroup)
        self.capacitySpin.setObjectName(u"capacitySpin")
        self.capacitySpin.setMinimum(0)
        self.capacitySpin.setMaximum(999)
        self.capacitySpin.setValue(20)

        self.capacityFormLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.capacitySpin)

        self.setCapacityButton = QPushButton(self.capacityGroup)
        self.setCapacityButton.setObjectName(u"setCapacityButton")

        self.capacityFormLayout.setWidget(4, QFormLayout.ItemRole.SpanningRole, self.setCapacityButton)


        self.capacityLayout.addLayout(self.capacityFormLayout)

        self.capacityView = QTableView(self.capacityGroup)
        self.capacityView.setObjectName(u"capacityView")
        self.capacityView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.capacityView.setAlternatingRowColors(True)
        self.capacityView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.capacityView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.capacityView.setSortingEnabled(False)

        self.capacityLayout.addWidget(self.capacityView)


        self.adminTopLayout.addWidget(self.capacityGroup)

        self.batchGroup = QGroupBox(self.adminTab)
        self.batchGroup.setObjectName(u"batchGroup")
        self.batchLayout = QFormLayout(self.batchGroup)
        self.batchLayout.setObjectName(u"batchLayout")
        self.batchLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.batchCakeLabel = QLabel(self.batchGroup)
        self.batchCakeLabel.setObjectName(u"batchCakeLabel")

        self.batchLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.batchCakeLabel)

        self.batchCakeCombo = QComboBox(self.batchGroup)
        self.batchCakeCombo.setObjectName(u"batchCakeCombo")

        self.batchLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.batchCakeCombo)

        self.batchQuantityLabel = QLabel(self.batchGroup)
        self.batchQuantityLabel.setObjectName(u"batchQuantityLabel")

        self.batchLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.batchQuantityLabel)

        self.batchQuantitySpin = QSpinBox(self.batchGroup)
        self.batchQuantitySpin.setObjectName(u"batchQuantitySpin")
        self.batchQuantitySpin.setMinimum(1)
        self.batchQuantitySpin.setMaximum(999)
        self.batchQuantitySpin.setValue(5)

        self.batchLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.batchQuantitySpin)

        self.batchDueLabel = QLabel(self.batchGroup)
        self.batchDueLabel.setObjectName(u"batchDueLabel")

        self.batchLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.batchDueLabel)

        self.batchDueEdit = QDateTimeEdit(self.batchGroup)
        self.batchDueEdit.setObjectName(u"batchDueEdit")
        self.batchDueEdit.setCalendarPopup(True)

        self.batchLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.batchDueEdit)

        self.planBatchButton = QPushButton(self.batchGroup)
        self.planBatchButton.setObjectName(u"planBatchButton")

        self.batchLayout.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.planBatchButton)

        self.cancelBatchButton = QPushButton(self.batchGroup)
        self.cancelBatchButton.setObjectName(u"cancelBatchButton")

        self.batchLayout.setWidget(4, QFormLayout.ItemRole.SpanningRole, self.cancelBatchButton)


        self.adminTopLayout.addWidget(self.batchGroup)


        self.adminTabLayout.addLayout(self.adminTopLayout)

        self.adminMessageLabel = QLabel(self.adminTab)
        self.adminMessageLabel.setObjectName(u"adminMessageLabel")
        self.adminMessageLabel.setWordWrap(True)
        sizePolicy.setHeightForWidth(self.adminMessageLabel.sizePolicy().hasHeightForWidth())
        self.adminMessageLabel.setSizePolicy(sizePolicy)

        self.adminTabLayout.addWidget(self.adminMessageLabel)

        self.costsGroup = QGroupBox(self.adminTab)
        self.costsGroup.setObjectName(u"costsGroup")
        self.costsLayout = QVBoxLayout(self.costsGroup)
        self.costsLayout.setObjectName(u"costsLayout")
        self.costsView = QTableView(self.costsGroup)
        self.costsView.setObjectName(u"costsView")
        self.costsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.costsView.setAlternatingRowColors(True)
        self.costsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.costsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.costsView.setSortingEnabled(False)

        self.costsLayout.addWidget(self.costsView)


        self.adminTabLayout.addWidget(self.costsGroup)

        self.mainTabs.addTab(self.adminTab, "")

        self.centralLayout.addWidget(self.mainTabs)

        productionWindow.setCentralWidget(self.centralWidget)
        self.menuBar = QMenuBar(productionWindow)
        self.menuBar.setObjectName(u"menuBar")
        self.fileMenu = QMenu(self.menuBar)
        self.fileMenu.setObjectName(u"fileMenu")
        self.boardMenu = QMenu(self.menuBar)
        self.boardMenu.setObjectName(u"boardMenu")
        self.helpMenu = QMenu(self.menuBar)
        self.helpMenu.setObjectName(u"helpMenu")
        productionWindow.setMenuBar(self.menuBar)
        self.statusBar = QStatusBar(productionWindow)
        self.statusBar.setObjectName(u"statusBar")
        productionWindow.setStatusBar(self.statusBar)
#if QT_CONFIG(shortcut)
        self.boardDaysLabel.setBuddy(self.boardDaysSpin)
        self.planDateLabel.setBuddy(self.planDateEdit)
        self.movementKindLabel.setBuddy(self.movementKindCombo)
        self.movementQuantityLabel.setBuddy(self.movementQuantityEdit)
        self.movementReasonLabel.setBuddy(self.movementReasonEdit)
        self.reorderLevelLabel.setBuddy(self.reorderLevelEdit)
        self.costPerUnitLabel.setBuddy(self.costPerUnitEdit)
        self.defaultCapacityLabel.setBuddy(self.defaultCapacitySpin)
        self.capacityDateLabel.setBuddy(self.capacityDateEdit)
        self.capacityLabel.setBuddy(self.capacitySpin)
        self.batchCakeLabel.setBuddy(self.batchCakeCombo)
        self.batchQuantityLabel.setBuddy(self.batchQuantitySpin)
        self.batchDueLabel.setBuddy(self.batchDueEdit)
#endif // QT_CONFIG(shortcut)

        self.menuBar.addAction(self.fileMenu.menuAction())
        self.menuBar.addAction(self.boardMenu.menuAction())
        self.menuBar.addAction(self.helpMenu.menuAction())
        self.fileMenu.addAction(self.refreshAction)
        self.fileMenu.addSeparator()
        self.fileMenu.addAction(self.logoutAction)
        self.fileMenu.addSeparator()
        self.fileMenu.addAction(self.quitAction)
        self.boardMenu.addAction(self.advanceAction)
        self.boardMenu.addAction(self.undoAction)
        self.boardMenu.addSeparator()
        self.boardMenu.addAction(self.previousDayAction)
        self.boardMenu.addAction(self.nextDayAction)
        self.helpMenu.addAction(self.shortcutsAction)
        self.helpMenu.addAction(self.aboutAction)

        self.retranslateUi(productionWindow)

        QMetaObject.connectSlotsByName(productionWindow)
    # setupUi

    def retranslateUi(self, productionWindow):
        productionWindow.setWindowTitle(QCoreApplication.translate("ProductionWindow", u"Cakeshop \u2014 production", None))
#if QT_CONFIG(accessibility)
        productionWindow.setAccessibleName(QCoreApplication.translate("ProductionWindow", u"Production", None))
#endif // QT_CONFIG(accessibility)
        self.refreshAction.setText(QCoreApplication.translate("ProductionWindow", u"&Refresh", None))
#if QT_CONFIG(tooltip)
        self.refreshAction.setToolTip(QCoreApplication.translate("ProductionWindow", u"Reload everything shown (F5)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.refreshAction.setShortcut(QCoreApplication.translate("ProductionWindow", u"F5", None))
#endif // QT_CONFIG(shortcut)
        self.logoutAction.setText(QCoreApplication.translate("ProductionWindow", u"&Log out", None))
#if QT_CONFIG(tooltip)
        self.logoutAction.setToolTip(QCoreApplication.translate("ProductionWindow", u"Log out and let somebody else log in (Ctrl+L)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.logoutAction.setShortcut(QCoreApplication.translate("ProductionWindow", u"Ctrl+L", None))
#endif // QT_CONFIG(shortcut)
        self.quitAction.setText(QCoreApplication.translate("ProductionWindow", u"&Quit", None))
#if QT_CONFIG(shortcut)
        self.quitAction.setShortcut(QCoreApplication.translate("ProductionWindow", u"Ctrl+Q", None))
#endif // QT_CONFIG(shortcut)
        self.advanceAction.setText(QCoreApplication.translate("ProductionWindow", u"&Next step", None))
#if QT_CONFIG(tooltip)
        self.advanceAction.setToolTip(QCoreApplication.translate("ProductionWindow", u"Move the selected card one column on (Space on the board)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.advanceAction.setShortcut(QCoreApplication.translate("ProductionWindow", u"Ctrl+Right", None))
#endif // QT_CONFIG(shortcut)
        self.undoAction.setText(QCoreApplication.translate("ProductionWindow", u"&Back", None))
#if QT_CONFIG(tooltip)
        self.undoAction.setToolTip(QCoreApplication.translate("ProductionWindow", u"Move the selected card one column back (Backspace on the board)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.undoAction.setShortcut(QCoreApplication.translate("ProductionWindow", u"Ctrl+Left", None))
#endif // QT_CONFIG(shortcut)
        self.previousDayAction.setText(QCoreApplication.translate("ProductionWindow", u"&Previous day", None))
#if QT_CONFIG(shortcut)
        self.previousDayAction.setShortcut(QCoreApplication.translate("ProductionWindow", u"Ctrl+PgUp", None))
#endif // QT_CONFIG(shortcut)
        self.nextDayAction.setText(QCoreApplication.translate("ProductionWindow", u"Ne&xt day", None))
#if QT_CONFIG(shortcut)
        self.nextDayAction.setShortcut(QCoreApplication.translate("ProductionWindow", u"Ctrl+PgDown", None))
#endif // QT_CONFIG(shortcut)
        self.shortcutsAction.setText(QCoreApplication.translate("ProductionWindow", u"&Keyboard shortcuts", None))
#if QT_CONFIG(shortcut)
        self.shortcutsAction.setShortcut(QCoreApplication.translate("ProductionWindow", u"F1", None))
#endif // QT_CONFIG(shortcut)
        self.aboutAction.setText(QCoreApplication.translate("ProductionWindow", u"&About Cakeshop", None))
        self.lowStockBanner.setText("")
#if QT_CONFIG(accessibility)
        self.lowStockBanner.setAccessibleName(QCoreApplication.translate("ProductionWindow", u"Low stock alert", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.mainTabs.setAccessibleName(QCoreApplication.translate("ProductionWindow", u"Production sections", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.boardTab.setAccessibleName(QCoreApplication.translate("ProductionWindow", u"Board", None))
#endif // QT_CONFIG(accessibility)
        self.previousDayButton.setText(QCoreApplication.translate("ProductionWindow", u"\u2039", None))
#if QT_CONFIG(accessibility)
        self.previousDayButton.setAccessibleName(QCoreApplication.translate("ProductionWindow", u"Previous day", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.previousDayButton.setToolTip(QCoreApplication.translate("ProductionWindow", u"Previous day (Ctrl+PgUp)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.boardDateEdit.setAccessibleName(QCoreApplication.translate("ProductionWindow", u"First day on the board", None))
#endif // QT_CONFIG(accessibility)
        self.nextDayButton.setText(QCoreApplication.translate("ProductionWindow", u"\u203a", None))
#if QT_CONFIG(accessibility)
        self.nextDayButton.setAccessibleName(QCoreApplication.translate("ProductionWindow", u"Next day", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.nextDayButton.setToolTip(QCoreApplication.translate("ProductionWindow", u"Next day (Ctrl+PgDown)", None))
#endif // QT_CONFIG(tooltip)
        self.todayButton.setText(QCoreApplication.translate("ProductionWindow", u"Today", None))
#if QT_CONFIG(accessibility)
        self.todayButton.setAccessibleName(QCoreApplication.translate("ProductionWindow", u"Show today", None))
#endif // QT_CONFIG(accessibility)
        self.boardDaysLabel.setText(QCoreApplication.translate("ProductionWindow", u"Days:", None))
#if QT_CONFIG(accessibility)
        self.boardDaysSpin.setAccessibleName(QCoreApplication.translate("ProductionWindow", u"Days shown", None))
#endif // QT_CONFIG(accessibility)
        self.advanceButton.setText(QCoreApplication.translate("ProductionWindow", u"Next step \u25b6", None))
#if QT_CONFIG(accessibility)
        self.advanceButton.setAccessibleName(QCoreApplication.translate("ProductionWindow", u"Move the card one column on", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.advanceButton.setToolTip(QCoreApplication.translate("ProductionWindow", u"Move the selected card one column on (Space or Enter)", None))
#endif // QT_CONFIG(tooltip)
        self.undoButton.setText(QCoreApplication.translate("ProductionWindow", u"\u25c0 Back", None))
#if QT_CONFIG(accessibility)
        self.undoButton.setAccessibleName(QCoreApplication.translate("ProductionWindow", u"Move the card one column back", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.undoButton.setToolTip(QCoreApplication.translate("ProductionWindow", u"Move the selected card one column back (Backspace)", None))
#endif // QT_CONFIG(tooltip)
        self.refreshBoardButton.setText(QCoreApplication.translate("ProductionWindow", u"Refresh", None))
#if QT_CONFIG(accessibility)
        self.refreshBoardButton.setAccessibleName(QCoreApplication.translate("ProductionWindow", u"Refresh the board", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.refreshBoardButton.setToolTip(QCoreApplication.translate("ProductionWindow", u"Reload the board now (F5); it also follows other terminals by itself", None))
#endif // QT_CONFIG(tooltip)
        self.boardMessageLabel.setText("")
#if QT_CONFIG(accessibility)
        self.boardMessageLabel.setAccessibleName(QCoreApplication.translate("ProductionWindow", u"Board messages", None))
#endif // QT_CONFIG(accessibility)
        self.mainTabs.setTabText(self.mainTabs.indexOf(self.boardTab), QCoreApplication.translate("ProductionWindow", u"&Board", None))
#if QT_CONFIG(accessibility)
        self.planningTab.setAccessibleName(QCoreApplication.translate("ProductionWindow", u"Planning", None))
#endif // QT_CONFIG(accessibility)
        self.planDateLabel.setText(QCoreApplication.translate("ProductionWindow", u"Day:", None))
#if QT_CONFIG(accessibility)
        self.planDateEdit.setAccessibleName(QCoreApplication.translate("ProductionWindow", u"Day to plan", None))
#endif // QT_CONFIG(accessibility)
        self.planTodayButton.setText(QCoreApplication.translate("ProductionWindow", u"Today", None))
#if QT_CONFIG(accessibility)
        self.planTodayButton.setAccessibleName(QCoreApplication.translate("ProductionWindow", u"Plan today", None))
#endif // QT_CONFIG(accessibility)
        self.planTomorrowButton.setText(QCoreApplication.translate("ProductionWindow", u"Tomorrow", None))
#if QT_CONFIG(accessibility)
        self.planTomorrowButton.setAccessibleName(QCoreApplication.translate("ProductionWindow", u"Plan tomorrow", None))
#endif // QT_CONFIG(accessibility)
        self.exportShoppingCsvButton.setText(QCoreApplication.translate("ProductionWindow", u"Shopping list CSV\u2026", None))
#if QT_CONFIG(accessibility)
        self.exportShoppingCsvButton.setAccessibleName(QCoreApplication.translate("ProductionWindow", u"Export the shopping list as CSV", None))
#endif // QT_CONFIG(accessibility)
        self.exportShoppingPdfButton.setText(QCoreApplication.translate("ProductionWindow", u"Shopping list PDF\u2026", None))
#if QT_CONFIG(accessibility)
        self.exportShoppingPdfButton.setAccessibleName(QCoreApplication.translate("ProductionWindow", u"Export the shopping list as PDF", None))
#endif // QT_CONFIG(accessibility)
        self.printShoppingButton.setText(QCoreApplication.translate("ProductionWindow", u"Print\u2026", None))
#if QT_CONFIG(accessibility)
        self.printShoppingButton.setAccessibleName(QCoreApplication.translate("ProductionWindow", u"Print the shopping list", None))
#endif // QT_CONFIG(accessibility)
        self.planSummaryLabel.setText("")
#if QT_CONFIG(accessibility)
        self.planSummaryLabel.setAccessibleName(QCoreApplication.translate("ProductionWindow", u"Plan summary", None))
#endif // QT_CONFIG(accessibility)
        self.plannedCakesGroup.setTitle(QCoreApplication.translate("ProductionWindow", u"What to make", None))
#if QT_CONFIG(accessibility)
        self.plannedCakesView.setAccessibleName(QCoreApplication.translate("ProductionWindow", u"Cakes to make", None))
#endif // QT_CONFIG(accessibility)
        self.needsGroup.setTitle(QCoreApplication.translate("ProductionWindow", u"Ingredients: needed against stock", None))
#if QT_CONFIG(accessibility)
        self.shortagesView.setAccessibleName(QCoreApplication.translate("ProductionWindow", u"Ingredients needed and shortages", None))
#endif // QT_CONFIG(accessibility)
        self.needsLegendLabel.setText("")
#if QT_CONFIG(accessibility)
        self.needsLegendLabel.setAccessibleName(QCoreApplication.translate("ProductionWindow", u"Legend", None))
#endif // QT_CONFIG(accessibility)
        self.mainTabs.setTabText(self.mainTabs.indexOf(self.planningTab), QCoreApplication.translate("ProductionWindow", u"&Planning", None))
#if QT_CONFIG(accessibility)
        self.ingredientsTab.setAccessibleName(QCoreApplication.translate("ProductionWindow", u"Ingredients", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.ingredientsView.setAccessibleName(QCoreApplication.translate("ProductionWindow", u"Ingredients", None))
#endif // QT_CONFIG(accessibility)
        self.stockEntryGroup.setTitle(QCoreApplication.translate("ProductionWindow", u"Record a stock change", None))
        self.movementKindLabel.setText(QCoreApplication.translate("ProductionWindow", u"&Kind:", None))
#if QT_CONFIG(accessibility)
        self.movementKindCombo.setAccessibleName(QCoreApplication.translate("ProductionWindow", u"Kind of stock change", None))
#endif // QT_CONFIG(accessibility)
        self.movementQuantityLabel.setText(QCoreApplication.translate("ProductionWindow", u"&Quantity:", None))
        self.movementQuantityEdit.setPlaceholderText(QCoreApplication.translate("ProductionWindow", u"e.g. 1500", None))
#if QT_CONFIG(accessibility)
        self.movementQuantityEdit.setAccessibleName(QCoreApplication.translate("ProductionWindow", u"Quantity", None))
#endif // QT_CONFIG(accessibility)
        self.movementReasonLabel.setText(QCoreApplication.translate("ProductionWindow", u"&Reason:", None))
        self.movementReasonEdit.setPlaceholderText(QCoreApplication.translate("ProductionWindow", u"supplier, invoice, why it was thrown away\u2026", None))
#if QT_CONFIG(accessibility)
        self.movementReasonEdit.setAccessibleName(QCoreApplication.translate("ProductionWindow", u"Reason", None))
#endif // QT_CONFIG(accessibility)
        self.recordMovementButton.setText(QCoreApplication.translate("ProductionWindow", u"Record", None))
#if QT_CONFIG(accessibility)
        self.recordMovementButton.setAccessibleName(QCoreApplication.translate("ProductionWindow", u"Record the stock change", None))
#endif // QT_CONFIG(accessibility)
        self.ingredientSettingsGroup.setTitle(QCoreApplication.translate("ProductionWindow", u"Reorder level and cost", None))
        self.reorderLevelLabel.setText(QCoreApplication.translate("ProductionWindow", u"Reorder &level:", None))
        self.reorderLevelEdit.setPlaceholderText("")
#if QT_CONFIG(accessibility)
        self.reorderLevelEdit.setAccessibleName(QCoreApplication.translate("ProductionWindow", u"Reorder level", None))
#endif // QT_CONFIG(accessibility)
        self.costPerUnitLabel.setText(QCoreApplication.translate("ProductionWindow", u"&Cost per unit, \u20bd:", None))
        self.costPerUnitEdit.setPlaceholderText("")
#if QT_CONFIG(accessibility)
        self.costPerUnitEdit.setAccessibleName(QCoreApplication.translate("ProductionWindow", u"Cost per unit", None))
#endif // QT_CONFIG(accessibility)
        self.saveIngredientButton.setText(QCoreApplication.translate("ProductionWindow", u"Save", None))
#if QT_CONFIG(accessibility)
        self.saveIngredientButton.setAccessibleName(QCoreApplication.translate("ProductionWindow", u"Save reorder level and cost", None))
#endif // QT_CONFIG(accessibility)
        self.ingredientMessageLabel.setText("")
#if QT_CONFIG(accessibility)
        self.ingredientMessageLabel.setAccessibleName(QCoreApplication.translate("ProductionWindow", u"Ingredient messages", None))
#endif // QT_CONFIG(accessibility)
        self.ledgerLabel.setText(QCoreApplication.translate("ProductionWindow", u"Ledger of the selected ingredient (newest first):", None))
#if QT_CONFIG(accessibility)
        self.ledgerView.setAccessibleName(QCoreApplication.translate("ProductionWindow", u"Stock ledger", None))
#endif // QT_CONFIG(accessibility)
        self.mainTabs.setTabText(self.mainTabs.indexOf(self.ingredientsTab), QCoreApplication.translate("ProductionWindow", u"&Ingredients", None))
#if QT_CONFIG(accessibility)
        self.adminTab.setAccessibleName(QCoreApplication.translate("ProductionWindow", u"Capacity, batches and costs", None))
#endif // QT_CONFIG(accessibility)
        self.capacityGroup.setTitle(QCoreApplication.translate("ProductionWindow", u"Production capacity (made-to-order cakes a day)", None))
        self.defaultCapacityLabel.setText(QCoreApplication.translate("ProductionWindow", u"&Every day:", None))
#if QT_CONFIG(accessibility)
        self.defaultCapacitySpin.setAccessibleName(QCoreApplication.translate("ProductionWindow", u"Default daily capacity", None))
#endif // QT_CONFIG(accessibility)
        self.saveDefaultCapacityButton.setText(QCoreApplication.translate("ProductionWindow", u"Save for every day", None))
#if QT_CONFIG(accessibility)
        self.saveDefaultCapacityButton.setAccessibleName(QCoreApplication.translate("ProductionWindow", u"Save the default daily capacity", None))
#endif // QT_CONFIG(accessibility)
        self.capacityDateLabel.setText(QCoreApplication.translate("ProductionWindow", u"&Day:", None))
#if QT_CONFIG(accessibility)
        self.capacityDateEdit.setAccessibleName(QCoreApplication.translate("ProductionWindow", u"Day whose capacity to set", None))
#endif // QT_CONFIG(accessibility)
        self.capacityLabel.setText(QCoreApplication.translate("ProductionWindow", u"C&apacity:", None))
#if QT_CONFIG(accessibility)
        self.capacitySpin.setAccessibleName(QCoreApplication.translate("ProductionWindow", u"Capacity of the day", None))
#endif // QT_CONFIG(accessibility)
        self.setCapacityButton.setText(QCoreApplication.translate("ProductionWindow", u"Set for the day", None))
#if QT_CONFIG(accessibility)
        self.setCapacityButton.setAccessibleName(QCoreApplication.translate("ProductionWindow", u"Set the capacity of the day", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.capacityView.setAccessibleName(QCoreApplication.translate("ProductionWindow", u"Capacity of the next days", None))
#endif // QT_CONFIG(accessibility)
        self.batchGroup.setTitle(QCoreApplication.translate("ProductionWindow", u"Showcase batch", None))
        self.batchCakeLabel.setText(QCoreApplication.translate("ProductionWindow", u"C&ake:", None))
#if QT_CONFIG(accessibility)
        self.batchCakeCombo.setAccessibleName(QCoreApplication.translate("ProductionWindow", u"Cake of the batch", None))
#endif // QT_CONFIG(accessibility)
        self.batchQuantityLabel.setText(QCoreApplication.translate("ProductionWindow", u"&Quantity:", None))
#if QT_CONFIG(accessibility)
        self.batchQuantitySpin.setAccessibleName(QCoreApplication.translate("ProductionWindow", u"Quantity of the batch", None))
#endif // QT_CONFIG(accessibility)
        self.batchDueLabel.setText(QCoreApplication.translate("ProductionWindow", u"&Ready by:", None))
#if QT_CONFIG(accessibility)
        self.batchDueEdit.setAccessibleName(QCoreApplication.translate("ProductionWindow", u"Batch ready by", None))
#endif // QT_CONFIG(accessibility)
        self.planBatchButton.setText(QCoreApplication.translate("ProductionWindow", u"Plan batch", None))
#if QT_CONFIG(accessibility)
        self.planBatchButton.setAccessibleName(QCoreApplication.translate("ProductionWindow", u"Plan the showcase batch", None))
#endif // QT_CONFIG(accessibility)
        self.cancelBatchButton.setText(QCoreApplication.translate("ProductionWindow", u"Cancel the selected batch", None))
#if QT_CONFIG(accessibility)
        self.cancelBatchButton.setAccessibleName(QCoreApplication.translate("ProductionWindow", u"Cancel the batch selected on the board", None))
#endif // QT_CONFIG(accessibility)
        self.adminMessageLabel.setText("")
#if QT_CONFIG(accessibility)
        self.adminMessageLabel.setAccessibleName(QCoreApplication.translate("ProductionWindow", u"Messages", None))
#endif // QT_CONFIG(accessibility)
        self.costsGroup.setTitle(QCoreApplication.translate("ProductionWindow", u"Recipe cost and margin", None))
#if QT_CONFIG(accessibility)
        self.costsView.setAccessibleName(QCoreApplication.translate("ProductionWindow", u"Recipe cost and margin", None))
#endif // QT_CONFIG(accessibility)
        self.mainTabs.setTabText(self.mainTabs.indexOf(self.adminTab), QCoreApplication.translate("ProductionWindow", u"&Capacity and costs", None))
        self.fileMenu.setTitle(QCoreApplication.translate("ProductionWindow", u"&File", None))
        self.boardMenu.setTitle(QCoreApplication.translate("ProductionWindow", u"&Board", None))
        self.helpMenu.setTitle(QCoreApplication.translate("ProductionWindow", u"&Help", None))
    # retranslateUi

