# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'analytics_window.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCharts import QChartView
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
    QMainWindow, QMenu, QMenuBar, QProgressBar,
    QPushButton, QSizePolicy, QSpacerItem, QSplitter,
    QStatusBar, QTabWidget, QTableView, QVBoxLayout,
    QWidget)

class Ui_AnalyticsWindow(object):
    def setupUi(self, analyticsWindow):
        if not analyticsWindow.objectName():
            analyticsWindow.setObjectName(u"analyticsWindow")
        analyticsWindow.resize(1360, 860)
        self.refreshAction = QAction(analyticsWindow)
        self.refreshAction.setObjectName(u"refreshAction")
        self.exportCsvAction = QAction(analyticsWindow)
        self.exportCsvAction.setObjectName(u"exportCsvAction")
        self.exportPdfAction = QAction(analyticsWindow)
        self.exportPdfAction.setObjectName(u"exportPdfAction")
        self.shiftReportAction = QAction(analyticsWindow)
        self.shiftReportAction.setObjectName(u"shiftReportAction")
        self.closeAction = QAction(analyticsWindow)
        self.closeAction.setObjectName(u"closeAction")
        self.centralWidget = QWidget(analyticsWindow)
        self.centralWidget.setObjectName(u"centralWidget")
        self.centralLayout = QVBoxLayout(self.centralWidget)
        self.centralLayout.setObjectName(u"centralLayout")
        self.periodLayout = QHBoxLayout()
        self.periodLayout.setObjectName(u"periodLayout")
        self.periodLabel = QLabel(self.centralWidget)
        self.periodLabel.setObjectName(u"periodLabel")

        self.periodLayout.addWidget(self.periodLabel)

        self.periodFromEdit = QDateEdit(self.centralWidget)
        self.periodFromEdit.setObjectName(u"periodFromEdit")
        self.periodFromEdit.setCalendarPopup(True)

        self.periodLayout.addWidget(self.periodFromEdit)

        self.periodDashLabel = QLabel(self.centralWidget)
        self.periodDashLabel.setObjectName(u"periodDashLabel")

        self.periodLayout.addWidget(self.periodDashLabel)

        self.periodToEdit = QDateEdit(self.centralWidget)
        self.periodToEdit.setObjectName(u"periodToEdit")
        self.periodToEdit.setCalendarPopup(True)

        self.periodLayout.addWidget(self.periodToEdit)

        self.grainLabel = QLabel(self.centralWidget)
        self.grainLabel.setObjectName(u"grainLabel")

        self.periodLayout.addWidget(self.grainLabel)

        self.grainCombo = QComboBox(self.centralWidget)
        self.grainCombo.setObjectName(u"grainCombo")

        self.periodLayout.addWidget(self.grainCombo)

        self.presetSpacerLeft = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.periodLayout.addItem(self.presetSpacerLeft)

        self.presetTodayButton = QPushButton(self.centralWidget)
        self.presetTodayButton.setObjectName(u"presetTodayButton")

        self.periodLayout.addWidget(self.presetTodayButton)

        self.presetWeekButton = QPushButton(self.centralWidget)
        self.presetWeekButton.setObjectName(u"presetWeekButton")

        self.periodLayout.addWidget(self.presetWeekButton)

        self.presetMonthButton = QPushButton(self.centralWidget)
        self.presetMonthButton.setObjectName(u"presetMonthButton")

        self.periodLayout.addWidget(self.presetMonthButton)

        self.presetLastMonthButton = QPushButton(self.centralWidget)
        self.presetLastMonthButton.setObjectName(u"presetLastMonthButton")

        self.periodLayout.addWidget(self.presetLastMonthButton)

        self.presetYearButton = QPushButton(self.centralWidget)
        self.presetYearButton.setObjectName(u"presetYearButton")

        self.periodLayout.addWidget(self.presetYearButton)

        self.presetSpacerRight = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.periodLayout.addItem(self.presetSpacerRight)

        self.busyBar = QProgressBar(self.centralWidget)
        self.busyBar.setObjectName(u"busyBar")
        self.busyBar.setMaximum(0)
        self.busyBar.setTextVisible(False)
        self.busyBar.setMaximumSize(QSize(120, 16))

        self.periodLayout.addWidget(self.busyBar)

        self.busyLabel = QLabel(self.centralWidget)
        self.busyLabel.setObjectName(u"busyLabel")

        self.periodLayout.addWidget(self.busyLabel)

        self.refreshButton = QPushButton(self.centralWidget)
        self.refreshButton.setObjectName(u"refreshButton")

        self.periodLayout.addWidget(self.refreshButton)


        self.centralLayout.addLayout(self.periodLayout)

        self.summaryLayout = QHBoxLayout()
        self.summaryLayout.setSpacing(8)
        self.summaryLayout.setObjectName(u"summaryLayout")
        self.revenueValueLabelBox = QGroupBox(self.centralWidget)
        self.revenueValueLabelBox.setObjectName(u"revenueValueLabelBox")
        self.revenueValueLabelLayout = QVBoxLayout(self.revenueValueLabelBox)
        self.revenueValueLabelLayout.setObjectName(u"revenueValueLabelLayout")
        self.revenueValueLabelLayout.setContentsMargins(6, 6, 6, 6)
        self.revenueValueLabel = QLabel(self.revenueValueLabelBox)
        self.revenueValueLabel.setObjectName(u"revenueValueLabel")
        self.revenueValueLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.revenueValueLabelLayout.addWidget(self.revenueValueLabel)


        self.summaryLayout.addWidget(self.revenueValueLabelBox)

        self.ordersValueLabelBox = QGroupBox(self.centralWidget)
        self.ordersValueLabelBox.setObjectName(u"ordersValueLabelBox")
        self.ordersValueLabelLayout = QVBoxLayout(self.ordersValueLabelBox)
        self.ordersValueLabelLayout.setObjectName(u"ordersValueLabelLayout")
        self.ordersValueLabelLayout.setContentsMargins(6, 6, 6, 6)
        self.ordersValueLabel = QLabel(self.ordersValueLabelBox)
        self.ordersValueLabel.setObjectName(u"ordersValueLabel")
        self.ordersValueLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.ordersValueLabelLayout.addWidget(self.ordersValueLabel)


        self.summaryLayout.addWidget(self.ordersValueLabelBox)

        self.averageCheckValueLabelBox = QGroupBox(self.centralWidget)
        self.averageCheckValueLabelBox.setObjectName(u"averageCheckValueLabelBox")
        self.averageCheckValueLabelLayout = QVBoxLayout(self.averageCheckValueLabelBox)
        self.averageCheckValueLabelLayout.setObjectName(u"averageCheckValueLabelLayout")
        self.averageCheckValueLabelLayout.setContentsMargins(6, 6, 6, 6)
        self.averageCheckValueLabel = QLabel(self.averageCheckValueLabelBox)
        self.averageCheckValueLabel.setObjectName(u"averageCheckValueLabel")
        self.averageCheckValueLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.averageCheckValueLabelLayout.addWidget(self.averageCheckValueLabel)


        self.summaryLayout.addWidget(self.averageCheckValueLabelBox)

        self.itemsSoldValueLabelBox = QGroupBox(self.centralWidget)
        self.itemsSoldValueLabelBox.setObjectName(u"itemsSoldValueLabelBox")
        self.itemsSoldValueLabelLayout = QVBoxLayout(self.itemsSoldValueLabelBox)
        self.itemsSoldValueLabelLayout.setObjectName(u"itemsSoldValueLabelLayout")
        self.itemsSoldValueLabelLayout.setContentsMargins(6, 6, 6, 6)
        self.itemsSoldValueLabel = QLabel(self.itemsSoldValueLabelBox)
        self.itemsSoldValueLabel.setObjectName(u"itemsSoldValueLabel")
        self.itemsSoldValueLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.itemsSoldValueLabelLayout.addWidget(self.itemsSoldValueLabel)


        self.summaryLayout.addWidget(self.itemsSoldValueLabelBox)

        self.cancelledValueLabelBox = QGroupBox(self.centralWidget)
        self.cancelledValueLabelBox.setObjectName(u"cancelledValueLabelBox")
        self.cancelledValueLabelLayout = QVBoxLayout(self.cancelledValueLabelBox)
        self.cancelledValueLabelLayout.setObjectName(u"cancelledValueLabelLayout")
        self.cancelledValueLabelLayout.setContentsMargins(6, 6, 6, 6)
        self.cancelledValueLabel = QLabel(self.cancelledValueLabelBox)
        self.cancelledValueLabel.setObjectName(u"cancelledValueLabel")
        self.cancelledValueLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.cancelledValueLabelLayout.addWidget(self.cancelledValueLabel)


        self.summaryLayout.addWidget(self.cancelledValueLabelBox)

        self.definitionLabel = QLabel(self.centralWidget)
        self.definitionLabel.setObjectName(u"definitionLabel")
        self.definitionLabel.setWordWrap(True)
        self.definitionLabel.setMaximumSize(QSize(180, 16777215))

        self.summaryLayout.addWidget(self.definitionLabel)


        self.centralLayout.addLayout(self.summaryLayout)

        self.mainSplitter = QSplitter(self.centralWidget)
        self.mainSplitter.setObjectName(u"mainSplitter")
        self.mainSplitter.setOrientation(Qt.Orientation.Vertical)
        self.mainSplitter.setChildrenCollapsible(False)
        self.topSplitter = QSplitter(self.mainSplitter)
        self.topSplitter.setObjectName(u"topSplitter")
        self.topSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.topSplitter.setChildrenCollapsible(False)
        self.revenueChart = QChartView(self.topSplitter)
        self.revenueChart.setObjectName(u"revenueChart")
        self.revenueChart.setMinimumSize(QSize(0, 260))
        self.topSplitter.addWidget(self.revenueChart)
        self.topCakesBox = QGroupBox(self.topSplitter)
        self.topCakesBox.setObjectName(u"topCakesBox")
        self.topCakesLayout = QVBoxLayout(self.topCakesBox)
        self.topCakesLayout.setObjectName(u"topCakesLayout")
        self.topCakesLayout.setContentsMargins(6, 6, 6, 6)
        self.topCakesBarLayout = QHBoxLayout()
        self.topCakesBarLayout.setObjectName(u"topCakesBarLayout")
        self.topCakesByLabel = QLabel(self.topCakesBox)
        self.topCakesByLabel.setObjectName(u"topCakesByLabel")

        self.topCakesBarLayout.addWidget(self.topCakesByLabel)

        self.topCakesRankCombo = QComboBox(self.topCakesBox)
        self.topCakesRankCombo.setObjectName(u"topCakesRankCombo")

        self.topCakesBarLayout.addWidget(self.topCakesRankCombo)

        self.topCakesSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.topCakesBarLayout.addItem(self.topCakesSpacer)


        self.topCakesLayout.addLayout(self.topCakesBarLayout)

        self.topCakesView = QTableView(self.topCakesBox)
        self.topCakesView.setObjectName(u"topCakesView")
        self.topCakesView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.topCakesView.setAlternatingRowColors(True)
        self.topCakesView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.topCakesView.setSortingEnabled(True)
        self.topCakesView.verticalHeader().setVisible(False)

        self.topCakesLayout.addWidget(self.topCakesView)

        self.topSplitter.addWidget(self.topCakesBox)
        self.mainSplitter.addWidget(self.topSplitter)
        self.detailsTabs = QTabWidget(self.mainSplitter)
        self.detailsTabs.setObjectName(u"detailsTabs")
        self.revenueTab = QWidget()
        self.revenueTab.setObjectName(u"revenueTab")
        self.revenueTabLayout = QVBoxLayout(self.revenueTab)
        self.revenueTabLayout.setObjectName(u"revenueTabLayout")
        self.revenueTabLayout.setContentsMargins(4, 4, 4, 4)
        self.revenueTableView = QTableView(self.revenueTab)
        self.revenueTableView.setObjectName(u"revenueTableView")
        self.revenueTableView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.revenueTableView.setAlternatingRowColors(True)
        self.revenueTableView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.revenueTableView.setSortingEnabled(True)
        self.revenueTableView.verticalHeader().setVisible(False)

        self.revenueTabLayout.addWidget(self.revenueTableView)

        self.detailsTabs.addTab(self.revenueTab, "")
        self.categoriesTab = QWidget()
        self.categoriesTab.setObjectName(u"categoriesTab")
        self.categoriesTabLayout = QHBoxLayout(self.categoriesTab)
        self.categoriesTabLayout.setObjectName(u"categoriesTabLayout")
        self.categoriesTabLayout.setContentsMargins(4, 4, 4, 4)
        self.categoriesView = QTableView(self.categoriesTab)
        self.categoriesView.setObjectName(u"categoriesView")
        self.categoriesView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.categoriesView.setAlternatingRowColors(True)
        self.categoriesView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.categoriesView.setSortingEnabled(True)
        self.categoriesView.verticalHeader().setVisible(False)

        self.categoriesTabLayout.addWidget(self.categoriesView)

        self.kindsView = QTableView(self.categoriesTab)
        self.kindsView.setObjectName(u"kindsView")
        self.kindsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.kindsView.setAlternatingRowColors(True)
        self.kindsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.kindsView.setSortingEnabled(True)
        self.kindsView.verticalHeader().setVisible(False)

        self.categoriesTabLayout.addWidget(self.kindsView)

        self.detailsTabs.addTab(self.categoriesTab, "")
        self.timeTab = QWidget()
        self.timeTab.setObjectName(u"timeTab")
        self.timeTabLayout = QHBoxLayout(self.timeTab)
        self.timeTabLayout.setObjectName(u"timeTabLayout")
        self.timeTabLayout.setContentsMargins(4, 4, 4, 4)
        self.hourChart = QChartView(self.timeTab)
        self.hourChart.setObjectName(u"hourChart")

        self.timeTabLayout.addWidget(self.hourChart)

        self.weekdayChart = QChartView(self.timeTab)
        self.weekdayChart.setObjectName(u"weekdayChart")

        self.timeTabLayout.addWidget(self.weekdayChart)

        self.detailsTabs.addTab(self.timeTab, "")
        self.cancellationsTab = QWidget()
        self.cancellationsTab.setObjectName(u"cancellationsTab")
        self.cancellationsTabLayout = QVBoxLayout(self.cancellationsTab)
        self.cancellationsTabLayout.setObjectName(u"cancellationsTabLayout")
        self.cancellationsTabLayout.setContentsMargins(4, 4, 4, 4)
        self.cancellationsView = QTableView(self.cancellationsTab)
        self.cancellationsView.setObjectName(u"cancellationsView")
        self.cancellationsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.cancellationsView.setAlternatingRowColors(True)
        self.cancellationsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.cancellationsView.setSortingEnabled(True)
        self.cancellationsView.verticalHeader().setVisible(False)

        self.cancellationsTabLayout.addWidget(self.cancellationsView)

        self.detailsTabs.addTab(self.cancellationsTab, "")
        self.mainSplitter.addWidget(self.detailsTabs)

        self.centralLayout.addWidget(self.mainSplitter)

        self.bottomLayout = QHBoxLayout()
        self.bottomLayout.setObjectName(u"bottomLayout")
        self.shiftReportButton = QPushButton(self.centralWidget)
        self.shiftReportButton.setObjectName(u"shiftReportButton")

        self.bottomLayout.addWidget(self.shiftReportButton)

        self.errorLabel = QLabel(self.centralWidget)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.bottomLayout.addWidget(self.errorLabel)

        self.reportSourceLabel = QLabel(self.centralWidget)
        self.reportSourceLabel.setObjectName(u"reportSourceLabel")
        self.reportSourceLabel.setWordWrap(True)

        self.bottomLayout.addWidget(self.reportSourceLabel)

        self.bottomSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bottomLayout.addItem(self.bottomSpacer)

        self.exportCsvButton = QPushButton(self.centralWidget)
        self.exportCsvButton.setObjectName(u"exportCsvButton")

        self.bottomLayout.addWidget(self.exportCsvButton)

        self.exportPdfButton = QPushButton(self.centralWidget)
        self.exportPdfButton.setObjectName(u"exportPdfButton")

        self.bottomLayout.addWidget(self.exportPdfButton)


        self.centralLayout.addLayout(self.bottomLayout)

        analyticsWindow.setCentralWidget(self.centralWidget)
        self.menuBar = QMenuBar(analyticsWindow)
        self.menuBar.setObjectName(u"menuBar")
        self.reportMenu = QMenu(self.menuBar)
        self.reportMenu.setObjectName(u"reportMenu")
        analyticsWindow.setMenuBar(self.menuBar)
        self.statusBar = QStatusBar(analyticsWindow)
        self.statusBar.setObjectName(u"statusBar")
        analyticsWindow.setStatusBar(self.statusBar)
        QWidget.setTabOrder(self.periodFromEdit, self.periodToEdit)
        QWidget.setTabOrder(self.periodToEdit, self.grainCombo)
        QWidget.setTabOrder(self.grainCombo, self.presetTodayButton)
        QWidget.setTabOrder(self.presetTodayButton, self.presetWeekButton)
        QWidget.setTabOrder(self.presetWeekButton, self.presetMonthButton)
        QWidget.setTabOrder(self.presetMonthButton, self.presetLastMonthButton)
        QWidget.setTabOrder(self.presetLastMonthButton, self.presetYearButton)
        QWidget.setTabOrder(self.presetYearButton, self.refreshButton)
        QWidget.setTabOrder(self.refreshButton, self.topCakesRankCombo)
        QWidget.setTabOrder(self.topCakesRankCombo, self.topCakesView)
        QWidget.setTabOrder(self.topCakesView, self.detailsTabs)
        QWidget.setTabOrder(self.detailsTabs, self.shiftReportButton)
        QWidget.setTabOrder(self.shiftReportButton, self.exportCsvButton)
        QWidget.setTabOrder(self.exportCsvButton, self.exportPdfButton)

        self.menuBar.addAction(self.reportMenu.menuAction())
        self.reportMenu.addAction(self.refreshAction)
        self.reportMenu.addAction(self.exportCsvAction)
        self.reportMenu.addAction(self.exportPdfAction)
        self.reportMenu.addSeparator()
        self.reportMenu.addAction(self.shiftReportAction)
        self.reportMenu.addSeparator()
        self.reportMenu.addAction(self.closeAction)

        self.retranslateUi(analyticsWindow)

        QMetaObject.connectSlotsByName(analyticsWindow)
    # setupUi

    def retranslateUi(self, analyticsWindow):
        analyticsWindow.setWindowTitle(QCoreApplication.translate("AnalyticsWindow", u"Sales analytics", None))
#if QT_CONFIG(accessibility)
        analyticsWindow.setAccessibleName(QCoreApplication.translate("AnalyticsWindow", u"Sales analytics", None))
#endif // QT_CONFIG(accessibility)
        self.refreshAction.setText(QCoreApplication.translate("AnalyticsWindow", u"&Refresh", None))
#if QT_CONFIG(shortcut)
        self.refreshAction.setShortcut(QCoreApplication.translate("AnalyticsWindow", u"F5", None))
#endif // QT_CONFIG(shortcut)
        self.exportCsvAction.setText(QCoreApplication.translate("AnalyticsWindow", u"Export &CSV\u2026", None))
#if QT_CONFIG(shortcut)
        self.exportCsvAction.setShortcut(QCoreApplication.translate("AnalyticsWindow", u"Ctrl+E", None))
#endif // QT_CONFIG(shortcut)
        self.exportPdfAction.setText(QCoreApplication.translate("AnalyticsWindow", u"Export &PDF\u2026", None))
#if QT_CONFIG(shortcut)
        self.exportPdfAction.setShortcut(QCoreApplication.translate("AnalyticsWindow", u"Ctrl+Shift+E", None))
#endif // QT_CONFIG(shortcut)
        self.shiftReportAction.setText(QCoreApplication.translate("AnalyticsWindow", u"&Shift report\u2026", None))
#if QT_CONFIG(shortcut)
        self.shiftReportAction.setShortcut(QCoreApplication.translate("AnalyticsWindow", u"Ctrl+Shift+R", None))
#endif // QT_CONFIG(shortcut)
        self.closeAction.setText(QCoreApplication.translate("AnalyticsWindow", u"&Close", None))
#if QT_CONFIG(shortcut)
        self.closeAction.setShortcut(QCoreApplication.translate("AnalyticsWindow", u"Ctrl+W", None))
#endif // QT_CONFIG(shortcut)
        self.periodLabel.setText(QCoreApplication.translate("AnalyticsWindow", u"Period:", None))
        self.periodFromEdit.setDisplayFormat(QCoreApplication.translate("AnalyticsWindow", u"dd.MM.yyyy", None))
#if QT_CONFIG(accessibility)
        self.periodFromEdit.setAccessibleName(QCoreApplication.translate("AnalyticsWindow", u"First day of the period", None))
#endif // QT_CONFIG(accessibility)
        self.periodDashLabel.setText(QCoreApplication.translate("AnalyticsWindow", u"\u2013", None))
        self.periodToEdit.setDisplayFormat(QCoreApplication.translate("AnalyticsWindow", u"dd.MM.yyyy", None))
#if QT_CONFIG(accessibility)
        self.periodToEdit.setAccessibleName(QCoreApplication.translate("AnalyticsWindow", u"Last day of the period", None))
#endif // QT_CONFIG(accessibility)
        self.grainLabel.setText(QCoreApplication.translate("AnalyticsWindow", u"By:", None))
#if QT_CONFIG(accessibility)
        self.grainCombo.setAccessibleName(QCoreApplication.translate("AnalyticsWindow", u"Revenue chart grain", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.grainCombo.setToolTip(QCoreApplication.translate("AnalyticsWindow", u"Bucket the revenue chart by day, week or month", None))
#endif // QT_CONFIG(tooltip)
        self.presetTodayButton.setText(QCoreApplication.translate("AnalyticsWindow", u"Today", None))
#if QT_CONFIG(accessibility)
        self.presetTodayButton.setAccessibleName(QCoreApplication.translate("AnalyticsWindow", u"Period: today", None))
#endif // QT_CONFIG(accessibility)
        self.presetWeekButton.setText(QCoreApplication.translate("AnalyticsWindow", u"This week", None))
#if QT_CONFIG(accessibility)
        self.presetWeekButton.setAccessibleName(QCoreApplication.translate("AnalyticsWindow", u"Period: this week", None))
#endif // QT_CONFIG(accessibility)
        self.presetMonthButton.setText(QCoreApplication.translate("AnalyticsWindow", u"This month", None))
#if QT_CONFIG(accessibility)
        self.presetMonthButton.setAccessibleName(QCoreApplication.translate("AnalyticsWindow", u"Period: this month", None))
#endif // QT_CONFIG(accessibility)
        self.presetLastMonthButton.setText(QCoreApplication.translate("AnalyticsWindow", u"Last month", None))
#if QT_CONFIG(accessibility)
        self.presetLastMonthButton.setAccessibleName(QCoreApplication.translate("AnalyticsWindow", u"Period: last month", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.presetLastMonthButton.setToolTip(QCoreApplication.translate("AnalyticsWindow", u"The whole of last month, by day", None))
#endif // QT_CONFIG(tooltip)
        self.presetYearButton.setText(QCoreApplication.translate("AnalyticsWindow", u"This year", None))
#if QT_CONFIG(accessibility)
        self.presetYearButton.setAccessibleName(QCoreApplication.translate("AnalyticsWindow", u"Period: this year", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.busyBar.setAccessibleName(QCoreApplication.translate("AnalyticsWindow", u"Computing the report", None))
#endif // QT_CONFIG(accessibility)
        self.busyLabel.setText(QCoreApplication.translate("AnalyticsWindow", u"Computing\u2026", None))
#if QT_CONFIG(accessibility)
        self.busyLabel.setAccessibleName(QCoreApplication.translate("AnalyticsWindow", u"Report status", None))
#endif // QT_CONFIG(accessibility)
        self.refreshButton.setText(QCoreApplication.translate("AnalyticsWindow", u"Refresh", None))
#if QT_CONFIG(accessibility)
        self.refreshButton.setAccessibleName(QCoreApplication.translate("AnalyticsWindow", u"Compute the report again", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.refreshButton.setToolTip(QCoreApplication.translate("AnalyticsWindow", u"Compute the report again (F5)", None))
#endif // QT_CONFIG(tooltip)
        self.revenueValueLabelBox.setTitle(QCoreApplication.translate("AnalyticsWindow", u"Revenue", None))
        self.revenueValueLabel.setText(QCoreApplication.translate("AnalyticsWindow", u"\u2014", None))
#if QT_CONFIG(accessibility)
        self.revenueValueLabel.setAccessibleName(QCoreApplication.translate("AnalyticsWindow", u"Revenue of the period", None))
#endif // QT_CONFIG(accessibility)
        self.ordersValueLabelBox.setTitle(QCoreApplication.translate("AnalyticsWindow", u"Orders", None))
        self.ordersValueLabel.setText(QCoreApplication.translate("AnalyticsWindow", u"\u2014", None))
#if QT_CONFIG(accessibility)
        self.ordersValueLabel.setAccessibleName(QCoreApplication.translate("AnalyticsWindow", u"Orders of the period", None))
#endif // QT_CONFIG(accessibility)
        self.averageCheckValueLabelBox.setTitle(QCoreApplication.translate("AnalyticsWindow", u"Average check", None))
        self.averageCheckValueLabel.setText(QCoreApplication.translate("AnalyticsWindow", u"\u2014", None))
#if QT_CONFIG(accessibility)
        self.averageCheckValueLabel.setAccessibleName(QCoreApplication.translate("AnalyticsWindow", u"Average check", None))
#endif // QT_CONFIG(accessibility)
        self.itemsSoldValueLabelBox.setTitle(QCoreApplication.translate("AnalyticsWindow", u"Cakes sold", None))
        self.itemsSoldValueLabel.setText(QCoreApplication.translate("AnalyticsWindow", u"\u2014", None))
#if QT_CONFIG(accessibility)
        self.itemsSoldValueLabel.setAccessibleName(QCoreApplication.translate("AnalyticsWindow", u"Cakes sold", None))
#endif // QT_CONFIG(accessibility)
        self.cancelledValueLabelBox.setTitle(QCoreApplication.translate("AnalyticsWindow", u"Cancelled", None))
        self.cancelledValueLabel.setText(QCoreApplication.translate("AnalyticsWindow", u"\u2014", None))
#if QT_CONFIG(accessibility)
        self.cancelledValueLabel.setAccessibleName(QCoreApplication.translate("AnalyticsWindow", u"Cancelled orders", None))
#endif // QT_CONFIG(accessibility)
        self.definitionLabel.setText(QCoreApplication.translate("AnalyticsWindow", u"What counts as revenue?", None))
#if QT_CONFIG(accessibility)
        self.definitionLabel.setAccessibleName(QCoreApplication.translate("AnalyticsWindow", u"What counts as revenue", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.revenueChart.setAccessibleName(QCoreApplication.translate("AnalyticsWindow", u"Revenue chart", None))
#endif // QT_CONFIG(accessibility)
        self.topCakesBox.setTitle(QCoreApplication.translate("AnalyticsWindow", u"Top cakes", None))
        self.topCakesByLabel.setText(QCoreApplication.translate("AnalyticsWindow", u"Rank by:", None))
#if QT_CONFIG(accessibility)
        self.topCakesRankCombo.setAccessibleName(QCoreApplication.translate("AnalyticsWindow", u"Rank top cakes by", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.topCakesView.setAccessibleName(QCoreApplication.translate("AnalyticsWindow", u"Top cakes", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.detailsTabs.setAccessibleName(QCoreApplication.translate("AnalyticsWindow", u"Report details", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.revenueTableView.setAccessibleName(QCoreApplication.translate("AnalyticsWindow", u"Revenue by period", None))
#endif // QT_CONFIG(accessibility)
        self.detailsTabs.setTabText(self.detailsTabs.indexOf(self.revenueTab), QCoreApplication.translate("AnalyticsWindow", u"Revenue table", None))
#if QT_CONFIG(accessibility)
        self.categoriesView.setAccessibleName(QCoreApplication.translate("AnalyticsWindow", u"Revenue by category", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.kindsView.setAccessibleName(QCoreApplication.translate("AnalyticsWindow", u"Made to order and showcase", None))
#endif // QT_CONFIG(accessibility)
        self.detailsTabs.setTabText(self.detailsTabs.indexOf(self.categoriesTab), QCoreApplication.translate("AnalyticsWindow", u"Categories", None))
#if QT_CONFIG(accessibility)
        self.hourChart.setAccessibleName(QCoreApplication.translate("AnalyticsWindow", u"Orders by hour of the day", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.weekdayChart.setAccessibleName(QCoreApplication.translate("AnalyticsWindow", u"Orders by day of the week", None))
#endif // QT_CONFIG(accessibility)
        self.detailsTabs.setTabText(self.detailsTabs.indexOf(self.timeTab), QCoreApplication.translate("AnalyticsWindow", u"Hours and weekdays", None))
#if QT_CONFIG(accessibility)
        self.cancellationsView.setAccessibleName(QCoreApplication.translate("AnalyticsWindow", u"Cancellations by reason", None))
#endif // QT_CONFIG(accessibility)
        self.detailsTabs.setTabText(self.detailsTabs.indexOf(self.cancellationsTab), QCoreApplication.translate("AnalyticsWindow", u"Cancellations", None))
        self.shiftReportButton.setText(QCoreApplication.translate("AnalyticsWindow", u"Shift report\u2026", None))
#if QT_CONFIG(accessibility)
        self.shiftReportButton.setAccessibleName(QCoreApplication.translate("AnalyticsWindow", u"Open the shift report", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.shiftReportButton.setToolTip(QCoreApplication.translate("AnalyticsWindow", u"A cashier's Z report for one day", None))
#endif // QT_CONFIG(tooltip)
        self.errorLabel.setText("")
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("AnalyticsWindow", u"Error", None))
#endif // QT_CONFIG(accessibility)
        self.errorLabel.setStyleSheet(QCoreApplication.translate("AnalyticsWindow", u"color: #b00020;", None))
        self.reportSourceLabel.setText("")
#if QT_CONFIG(accessibility)
        self.reportSourceLabel.setAccessibleName(QCoreApplication.translate("AnalyticsWindow", u"Where the figures were read", None))
#endif // QT_CONFIG(accessibility)
        self.exportCsvButton.setText(QCoreApplication.translate("AnalyticsWindow", u"Export CSV\u2026", None))
#if QT_CONFIG(accessibility)
        self.exportCsvButton.setAccessibleName(QCoreApplication.translate("AnalyticsWindow", u"Export the tables as CSV", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.exportCsvButton.setToolTip(QCoreApplication.translate("AnalyticsWindow", u"The shown tables in a CSV file Excel opens", None))
#endif // QT_CONFIG(tooltip)
        self.exportPdfButton.setText(QCoreApplication.translate("AnalyticsWindow", u"Export PDF\u2026", None))
#if QT_CONFIG(accessibility)
        self.exportPdfButton.setAccessibleName(QCoreApplication.translate("AnalyticsWindow", u"Export the report as PDF", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.exportPdfButton.setToolTip(QCoreApplication.translate("AnalyticsWindow", u"The whole report with the chart as a PDF file", None))
#endif // QT_CONFIG(tooltip)
        self.reportMenu.setTitle(QCoreApplication.translate("AnalyticsWindow", u"&Report", None))
    # retranslateUi

