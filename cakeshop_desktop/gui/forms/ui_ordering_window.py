# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'ordering_window.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QDoubleSpinBox, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QMainWindow, QMenu,
    QMenuBar, QPushButton, QSizePolicy, QSpacerItem,
    QSpinBox, QSplitter, QStatusBar, QTabWidget,
    QTableView, QToolButton, QVBoxLayout, QWidget)

class Ui_OrderingWindow(object):
    def setupUi(self, orderingWindow):
        if not orderingWindow.objectName():
            orderingWindow.setObjectName(u"orderingWindow")
        orderingWindow.resize(1280, 800)
        self.logoutAction = QAction(orderingWindow)
        self.logoutAction.setObjectName(u"logoutAction")
        self.quitAction = QAction(orderingWindow)
        self.quitAction.setObjectName(u"quitAction")
        self.focusSearchAction = QAction(orderingWindow)
        self.focusSearchAction.setObjectName(u"focusSearchAction")
        self.focusOrdersAction = QAction(orderingWindow)
        self.focusOrdersAction.setObjectName(u"focusOrdersAction")
        self.focusCartAction = QAction(orderingWindow)
        self.focusCartAction.setObjectName(u"focusCartAction")
        self.refreshAction = QAction(orderingWindow)
        self.refreshAction.setObjectName(u"refreshAction")
        self.checkoutAction = QAction(orderingWindow)
        self.checkoutAction.setObjectName(u"checkoutAction")
        self.shortcutsAction = QAction(orderingWindow)
        self.shortcutsAction.setObjectName(u"shortcutsAction")
        self.aboutAction = QAction(orderingWindow)
        self.aboutAction.setObjectName(u"aboutAction")
        self.centralWidget = QWidget(orderingWindow)
        self.centralWidget.setObjectName(u"centralWidget")
        self.centralLayout = QVBoxLayout(self.centralWidget)
        self.centralLayout.setObjectName(u"centralLayout")
        self.mainTabs = QTabWidget(self.centralWidget)
        self.mainTabs.setObjectName(u"mainTabs")
        self.shopTab = QWidget()
        self.shopTab.setObjectName(u"shopTab")
        self.shopLayout = QVBoxLayout(self.shopTab)
        self.shopLayout.setObjectName(u"shopLayout")
        self.shopSplitter = QSplitter(self.shopTab)
        self.shopSplitter.setObjectName(u"shopSplitter")
        self.shopSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.shopSplitter.setChildrenCollapsible(False)
        self.catalogGroup = QGroupBox(self.shopSplitter)
        self.catalogGroup.setObjectName(u"catalogGroup")
        self.catalogLayout = QVBoxLayout(self.catalogGroup)
        self.catalogLayout.setObjectName(u"catalogLayout")
        self.searchLayout = QHBoxLayout()
        self.searchLayout.setObjectName(u"searchLayout")
        self.catalogSearchEdit = QLineEdit(self.catalogGroup)
        self.catalogSearchEdit.setObjectName(u"catalogSearchEdit")
        self.catalogSearchEdit.setClearButtonEnabled(True)

        self.searchLayout.addWidget(self.catalogSearchEdit)

        self.categoryCombo = QComboBox(self.catalogGroup)
        self.categoryCombo.setObjectName(u"categoryCombo")
        self.categoryCombo.setMinimumContentsLength(14)
        self.categoryCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

        self.searchLayout.addWidget(self.categoryCombo)

        self.sortCombo = QComboBox(self.catalogGroup)
        self.sortCombo.setObjectName(u"sortCombo")

        self.searchLayout.addWidget(self.sortCombo)


        self.catalogLayout.addLayout(self.searchLayout)

        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.priceFromLabel = QLabel(self.catalogGroup)
        self.priceFromLabel.setObjectName(u"priceFromLabel")

        self.filterLayout.addWidget(self.priceFromLabel)

        self.priceFromSpin = QDoubleSpinBox(self.catalogGroup)
        self.priceFromSpin.setObjectName(u"priceFromSpin")
        self.priceFromSpin.setSuffix(u" \u20bd")
        self.priceFromSpin.setDecimals(0)
        self.priceFromSpin.setMaximum(1000000.000000000000000)
        self.priceFromSpin.setSingleStep(100.000000000000000)
        self.priceFromSpin.setAccelerated(True)

        self.filterLayout.addWidget(self.priceFromSpin)

        self.priceToLabel = QLabel(self.catalogGroup)
        self.priceToLabel.setObjectName(u"priceToLabel")

        self.filterLayout.addWidget(self.priceToLabel)

        self.priceToSpin = QDoubleSpinBox(self.catalogGroup)
        self.priceToSpin.setObjectName(u"priceToSpin")
        self.priceToSpin.setSuffix(u" \u20bd")
        self.priceToSpin.setDecimals(0)
        self.priceToSpin.setMaximum(1000000.000000000000000)
        self.priceToSpin.setSingleStep(100.000000000000000)
        self.priceToSpin.setAccelerated(True)

        self.filterLayout.addWidget(self.priceToSpin)

        self.inStockCheck = QCheckBox(self.catalogGroup)
        self.inStockCheck.setObjectName(u"inStockCheck")

        self.filterLayout.addWidget(self.inStockCheck)

        self.madeToOrderCheck = QCheckBox(self.catalogGroup)
        self.madeToOrderCheck.setObjectName(u"madeToOrderCheck")

        self.filterLayout.addWidget(self.madeToOrderCheck)

        self.allergenButton = QToolButton(self.catalogGroup)
        self.allergenButton.setObjectName(u"allergenButton")
        self.allergenButton.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)

        self.filterLayout.addWidget(self.allergenButton)

        self.filterSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterLayout.addItem(self.filterSpacer)

        self.catalogCountLabel = QLabel(self.catalogGroup)
        self.catalogCountLabel.setObjectName(u"catalogCountLabel")

        self.filterLayout.addWidget(self.catalogCountLabel)


        self.catalogLayout.addLayout(self.filterLayout)

        self.catalogView = QTableView(self.catalogGroup)
        self.catalogView.setObjectName(u"catalogView")
        self.catalogView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.catalogView.setAlternatingRowColors(True)
        self.catalogView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.catalogView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.catalogView.setIconSize(QSize(28, 28))
        self.catalogView.setSortingEnabled(True)
        self.catalogView.setWordWrap(False)

        self.catalogLayout.addWidget(self.catalogView)

        self.addLayout = QHBoxLayout()
        self.addLayout.setObjectName(u"addLayout")
        self.quantityLabel = QLabel(self.catalogGroup)
        self.quantityLabel.setObjectName(u"quantityLabel")

        self.addLayout.addWidget(self.quantityLabel)

        self.quantitySpin = QSpinBox(self.catalogGroup)
        self.quantitySpin.setObjectName(u"quantitySpin")
        self.quantitySpin.setMinimum(1)
        self.quantitySpin.setMaximum(999)
        self.quantitySpin.setValue(1)

        self.addLayout.addWidget(self.quantitySpin)

        self.addToCartButton = QPushButton(self.catalogGroup)
        self.addToCartButton.setObjectName(u"addToCartButton")

        self.addLayout.addWidget(self.addToCartButton)

        self.addSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.addLayout.addItem(self.addSpacer)


        self.catalogLayout.addLayout(self.addLayout)

        self.shopSplitter.addWidget(self.catalogGroup)
        self.cartGroup = QGroupBox(self.shopSplitter)
        self.cartGroup.setObjectName(u"cartGroup")
        self.cartLayout = QVBoxLayout(self.cartGroup)
        self.cartLayout.setObjectName(u"cartLayout")
        self.cartView = QTableView(self.cartGroup)
        self.cartView.setObjectName(u"cartView")
        self.cartView.setAlternatingRowColors(True)
        self.cartView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.cartView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.cartView.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed|QAbstractItemView.EditTrigger.DoubleClicked|QAbstractItemView.EditTrigger.EditKeyPressed|QAbstractItemView.EditTrigger.SelectedClicked)
        self.cartView.setWordWrap(False)

        self.cartLayout.addWidget(self.cartView)

        self.cartErrorLabel = QLabel(self.cartGroup)
        self.cartErrorLabel.setObjectName(u"cartErrorLabel")
        self.cartErrorLabel.setStyleSheet(u"color: #b00020;")
        self.cartErrorLabel.setWordWrap(True)

        self.cartLayout.addWidget(self.cartErrorLabel)

        self.cartButtonLayout = QHBoxLayout()
        self.cartButtonLayout.setObjectName(u"cartButtonLayout")
        self.removeFromCartButton = QPushButton(self.cartGroup)
        self.removeFromCartButton.setObjectName(u"removeFromCartButton")

        self.cartButtonLayout.addWidget(self.removeFromCartButton)

        self.clearCartButton = QPushButton(self.cartGroup)
        self.clearCartButton.setObjectName(u"clearCartButton")

        self.cartButtonLayout.addWidget(self.clearCartButton)

        self.cartSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.cartButtonLayout.addItem(self.cartSpacer)

        self.cartTotalLabel = QLabel(self.cartGroup)
        self.cartTotalLabel.setObjectName(u"cartTotalLabel")
        self.cartTotalLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.cartTotalLabel.setStyleSheet(u"font-size: 15pt; font-weight: bold;")

        self.cartButtonLayout.addWidget(self.cartTotalLabel)


        self.cartLayout.addLayout(self.cartButtonLayout)

        self.checkoutButton = QPushButton(self.cartGroup)
        self.checkoutButton.setObjectName(u"checkoutButton")
        self.checkoutButton.setMinimumSize(QSize(0, 40))
        self.checkoutButton.setStyleSheet(u"font-weight: bold;")

        self.cartLayout.addWidget(self.checkoutButton)

        self.shopSplitter.addWidget(self.cartGroup)

        self.shopLayout.addWidget(self.shopSplitter)

        self.mainTabs.addTab(self.shopTab, "")
        self.ordersTab = QWidget()
        self.ordersTab.setObjectName(u"ordersTab")
        self.ordersLayout = QVBoxLayout(self.ordersTab)
        self.ordersLayout.setObjectName(u"ordersLayout")
        self.mainTabs.addTab(self.ordersTab, "")

        self.centralLayout.addWidget(self.mainTabs)

        orderingWindow.setCentralWidget(self.centralWidget)
        self.menuBar = QMenuBar(orderingWindow)
        self.menuBar.setObjectName(u"menuBar")
        self.fileMenu = QMenu(self.menuBar)
        self.fileMenu.setObjectName(u"fileMenu")
        self.shopMenu = QMenu(self.menuBar)
        self.shopMenu.setObjectName(u"shopMenu")
        self.helpMenu = QMenu(self.menuBar)
        self.helpMenu.setObjectName(u"helpMenu")
        orderingWindow.setMenuBar(self.menuBar)
        self.statusBar = QStatusBar(orderingWindow)
        self.statusBar.setObjectName(u"statusBar")
        orderingWindow.setStatusBar(self.statusBar)
#if QT_CONFIG(shortcut)
        self.priceFromLabel.setBuddy(self.priceFromSpin)
        self.priceToLabel.setBuddy(self.priceToSpin)
        self.quantityLabel.setBuddy(self.quantitySpin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.catalogSearchEdit, self.categoryCombo)
        QWidget.setTabOrder(self.categoryCombo, self.sortCombo)
        QWidget.setTabOrder(self.sortCombo, self.priceFromSpin)
        QWidget.setTabOrder(self.priceFromSpin, self.priceToSpin)
        QWidget.setTabOrder(self.priceToSpin, self.inStockCheck)
        QWidget.setTabOrder(self.inStockCheck, self.madeToOrderCheck)
        QWidget.setTabOrder(self.madeToOrderCheck, self.allergenButton)
        QWidget.setTabOrder(self.allergenButton, self.catalogView)
        QWidget.setTabOrder(self.catalogView, self.quantitySpin)
        QWidget.setTabOrder(self.quantitySpin, self.addToCartButton)
        QWidget.setTabOrder(self.addToCartButton, self.cartView)
        QWidget.setTabOrder(self.cartView, self.removeFromCartButton)
        QWidget.setTabOrder(self.removeFromCartButton, self.clearCartButton)
        QWidget.setTabOrder(self.clearCartButton, self.checkoutButton)
        QWidget.setTabOrder(self.checkoutButton, self.mainTabs)

        self.menuBar.addAction(self.fileMenu.menuAction())
        self.menuBar.addAction(self.shopMenu.menuAction())
        self.menuBar.addAction(self.helpMenu.menuAction())
        self.fileMenu.addAction(self.logoutAction)
        self.fileMenu.addSeparator()
        self.fileMenu.addAction(self.quitAction)
        self.shopMenu.addAction(self.focusSearchAction)
        self.shopMenu.addAction(self.focusCartAction)
        self.shopMenu.addAction(self.focusOrdersAction)
        self.shopMenu.addSeparator()
        self.shopMenu.addAction(self.refreshAction)
        self.shopMenu.addAction(self.checkoutAction)
        self.helpMenu.addAction(self.shortcutsAction)
        self.helpMenu.addAction(self.aboutAction)

        self.retranslateUi(orderingWindow)

        self.mainTabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(orderingWindow)
    # setupUi

    def retranslateUi(self, orderingWindow):
        orderingWindow.setWindowTitle(QCoreApplication.translate("OrderingWindow", u"Cakeshop \u2014 ordering", None))
#if QT_CONFIG(accessibility)
        orderingWindow.setAccessibleName(QCoreApplication.translate("OrderingWindow", u"Ordering window", None))
#endif // QT_CONFIG(accessibility)
        self.logoutAction.setText(QCoreApplication.translate("OrderingWindow", u"&Log out", None))
#if QT_CONFIG(tooltip)
        self.logoutAction.setToolTip(QCoreApplication.translate("OrderingWindow", u"Log out and let somebody else log in (Ctrl+L)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.logoutAction.setShortcut(QCoreApplication.translate("OrderingWindow", u"Ctrl+L", None))
#endif // QT_CONFIG(shortcut)
        self.quitAction.setText(QCoreApplication.translate("OrderingWindow", u"&Quit", None))
#if QT_CONFIG(shortcut)
        self.quitAction.setShortcut(QCoreApplication.translate("OrderingWindow", u"Ctrl+Q", None))
#endif // QT_CONFIG(shortcut)
        self.focusSearchAction.setText(QCoreApplication.translate("OrderingWindow", u"&Find a cake", None))
#if QT_CONFIG(shortcut)
        self.focusSearchAction.setShortcut(QCoreApplication.translate("OrderingWindow", u"F2", None))
#endif // QT_CONFIG(shortcut)
        self.focusOrdersAction.setText(QCoreApplication.translate("OrderingWindow", u"Find an &order", None))
#if QT_CONFIG(shortcut)
        self.focusOrdersAction.setShortcut(QCoreApplication.translate("OrderingWindow", u"F3", None))
#endif // QT_CONFIG(shortcut)
        self.focusCartAction.setText(QCoreApplication.translate("OrderingWindow", u"Go to the &cart", None))
#if QT_CONFIG(shortcut)
        self.focusCartAction.setShortcut(QCoreApplication.translate("OrderingWindow", u"F4", None))
#endif // QT_CONFIG(shortcut)
        self.refreshAction.setText(QCoreApplication.translate("OrderingWindow", u"&Refresh", None))
#if QT_CONFIG(tooltip)
        self.refreshAction.setToolTip(QCoreApplication.translate("OrderingWindow", u"Reload the catalogue, the cart and the orders (F5)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.refreshAction.setShortcut(QCoreApplication.translate("OrderingWindow", u"F5", None))
#endif // QT_CONFIG(shortcut)
        self.checkoutAction.setText(QCoreApplication.translate("OrderingWindow", u"C&heckout", None))
#if QT_CONFIG(shortcut)
        self.checkoutAction.setShortcut(QCoreApplication.translate("OrderingWindow", u"F9", None))
#endif // QT_CONFIG(shortcut)
        self.shortcutsAction.setText(QCoreApplication.translate("OrderingWindow", u"&Keyboard shortcuts", None))
#if QT_CONFIG(shortcut)
        self.shortcutsAction.setShortcut(QCoreApplication.translate("OrderingWindow", u"F1", None))
#endif // QT_CONFIG(shortcut)
        self.aboutAction.setText(QCoreApplication.translate("OrderingWindow", u"&About Cakeshop", None))
        self.catalogGroup.setTitle(QCoreApplication.translate("OrderingWindow", u"Catalogue", None))
#if QT_CONFIG(accessibility)
        self.catalogSearchEdit.setAccessibleName(QCoreApplication.translate("OrderingWindow", u"Search cakes", None))
#endif // QT_CONFIG(accessibility)
        self.catalogSearchEdit.setPlaceholderText(QCoreApplication.translate("OrderingWindow", u"Search by name or scan a barcode (F2)", None))
#if QT_CONFIG(tooltip)
        self.catalogSearchEdit.setToolTip(QCoreApplication.translate("OrderingWindow", u"Type to filter; a scanned barcode + Enter puts the cake in the cart", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.categoryCombo.setAccessibleName(QCoreApplication.translate("OrderingWindow", u"Category", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.categoryCombo.setToolTip(QCoreApplication.translate("OrderingWindow", u"Category", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.sortCombo.setAccessibleName(QCoreApplication.translate("OrderingWindow", u"Sort by", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.sortCombo.setToolTip(QCoreApplication.translate("OrderingWindow", u"Sort by", None))
#endif // QT_CONFIG(tooltip)
        self.priceFromLabel.setText(QCoreApplication.translate("OrderingWindow", u"&Price from", None))
#if QT_CONFIG(accessibility)
        self.priceFromSpin.setAccessibleName(QCoreApplication.translate("OrderingWindow", u"Lowest price", None))
#endif // QT_CONFIG(accessibility)
        self.priceFromSpin.setSpecialValueText(QCoreApplication.translate("OrderingWindow", u"any", None))
        self.priceToLabel.setText(QCoreApplication.translate("OrderingWindow", u"&to", None))
#if QT_CONFIG(accessibility)
        self.priceToSpin.setAccessibleName(QCoreApplication.translate("OrderingWindow", u"Highest price", None))
#endif // QT_CONFIG(accessibility)
        self.priceToSpin.setSpecialValueText(QCoreApplication.translate("OrderingWindow", u"any", None))
#if QT_CONFIG(accessibility)
        self.inStockCheck.setAccessibleName(QCoreApplication.translate("OrderingWindow", u"Available now only", None))
#endif // QT_CONFIG(accessibility)
        self.inStockCheck.setText(QCoreApplication.translate("OrderingWindow", u"A&vailable", None))
#if QT_CONFIG(tooltip)
        self.inStockCheck.setToolTip(QCoreApplication.translate("OrderingWindow", u"Only cakes on the showcase or made to order", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.madeToOrderCheck.setAccessibleName(QCoreApplication.translate("OrderingWindow", u"Made to order only", None))
#endif // QT_CONFIG(accessibility)
        self.madeToOrderCheck.setText(QCoreApplication.translate("OrderingWindow", u"&Made to order", None))
#if QT_CONFIG(accessibility)
        self.allergenButton.setAccessibleName(QCoreApplication.translate("OrderingWindow", u"Exclude allergens", None))
#endif // QT_CONFIG(accessibility)
        self.allergenButton.setText(QCoreApplication.translate("OrderingWindow", u"Without allergens", None))
#if QT_CONFIG(tooltip)
        self.allergenButton.setToolTip(QCoreApplication.translate("OrderingWindow", u"Hide cakes that contain the checked allergens", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.catalogView.setAccessibleName(QCoreApplication.translate("OrderingWindow", u"Catalogue", None))
#endif // QT_CONFIG(accessibility)
        self.quantityLabel.setText(QCoreApplication.translate("OrderingWindow", u"&Quantity:", None))
#if QT_CONFIG(accessibility)
        self.quantitySpin.setAccessibleName(QCoreApplication.translate("OrderingWindow", u"Quantity to add", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.addToCartButton.setAccessibleName(QCoreApplication.translate("OrderingWindow", u"Add to cart", None))
#endif // QT_CONFIG(accessibility)
        self.addToCartButton.setText(QCoreApplication.translate("OrderingWindow", u"&Add to cart", None))
#if QT_CONFIG(tooltip)
        self.addToCartButton.setToolTip(QCoreApplication.translate("OrderingWindow", u"Put the selected cake in the cart (Enter or double-click on a row)", None))
#endif // QT_CONFIG(tooltip)
        self.cartGroup.setTitle(QCoreApplication.translate("OrderingWindow", u"Cart", None))
#if QT_CONFIG(accessibility)
        self.cartView.setAccessibleName(QCoreApplication.translate("OrderingWindow", u"Cart", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.cartErrorLabel.setAccessibleName(QCoreApplication.translate("OrderingWindow", u"Cart message", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.removeFromCartButton.setAccessibleName(QCoreApplication.translate("OrderingWindow", u"Remove from cart", None))
#endif // QT_CONFIG(accessibility)
        self.removeFromCartButton.setText(QCoreApplication.translate("OrderingWindow", u"&Remove", None))
#if QT_CONFIG(tooltip)
        self.removeFromCartButton.setToolTip(QCoreApplication.translate("OrderingWindow", u"Remove the selected line (Delete)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.clearCartButton.setAccessibleName(QCoreApplication.translate("OrderingWindow", u"Clear the cart", None))
#endif // QT_CONFIG(accessibility)
        self.clearCartButton.setText(QCoreApplication.translate("OrderingWindow", u"C&lear", None))
#if QT_CONFIG(accessibility)
        self.cartTotalLabel.setAccessibleName(QCoreApplication.translate("OrderingWindow", u"Cart total", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.checkoutButton.setAccessibleName(QCoreApplication.translate("OrderingWindow", u"Checkout", None))
#endif // QT_CONFIG(accessibility)
        self.checkoutButton.setText(QCoreApplication.translate("OrderingWindow", u"Chec&kout (F9)", None))
        self.mainTabs.setTabText(self.mainTabs.indexOf(self.shopTab), QCoreApplication.translate("OrderingWindow", u"&Shop", None))
        self.mainTabs.setTabText(self.mainTabs.indexOf(self.ordersTab), QCoreApplication.translate("OrderingWindow", u"&Orders", None))
        self.fileMenu.setTitle(QCoreApplication.translate("OrderingWindow", u"&File", None))
        self.shopMenu.setTitle(QCoreApplication.translate("OrderingWindow", u"&Counter", None))
        self.helpMenu.setTitle(QCoreApplication.translate("OrderingWindow", u"&Help", None))
    # retranslateUi

