"""What every main window gets from the app: File → Settings…, Help → About, the local-database note."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu

from cakeshop_desktop.gui.dialogs.about_dialog import AboutDialog
from cakeshop_desktop.gui.i18n import tr as _tr


def local_database_note(path: str) -> QLabel:
    """The status-bar note that the data lives on this computer only."""
    label = QLabel(_tr("Local database"))
    label.setObjectName("localDatabaseLabel")
    label.setAccessibleName(_tr("Local database"))
    label.setStyleSheet(
        "color: #6d4c00; background: #fff3c4; padding: 1px 6px; border-radius: 3px;"
    )
    label.setToolTip(
        _tr(
            "The orders are kept in a file on this computer ({0}). File → Settings… connects "
            "to the shop server."
        ).format(path)
    )
    return label


def demo_shop_note() -> QLabel:
    """The status-bar note that this is the demo shop, not a real one."""
    label = QLabel(_tr("Demo shop"))
    label.setObjectName("demoShopLabel")
    label.setAccessibleName(_tr("Demo shop"))
    label.setStyleSheet(
        "color: #0d47a1; background: #e3f2fd; padding: 1px 6px; border-radius: 3px;"
    )
    label.setToolTip(
        _tr("Made-up cakes, orders and logins for trying the app: not for real sales.")
    )
    return label


def add_app_actions(
    window: QMainWindow,
    database: str,
    is_local: bool,
    open_settings: Callable[[], object],
    *,
    is_demo: bool = False,
) -> None:
    """Add the app's own actions to a main window once (the windows know nothing of them)."""
    if window.findChild(QAction, "settingsAction") is not None:
        return
    settings = QAction(_tr("&Settings…"), window)
    settings.setObjectName("settingsAction")
    settings.setShortcut(QKeySequence(QKeySequence.StandardKey.Preferences))
    settings.setStatusTip(_tr("The shop server, the shop's details and the language"))
    settings.triggered.connect(open_settings)
    file_menu = window.findChild(QMenu, "fileMenu") or _first_menu(window)
    actions = file_menu.actions()
    if actions:
        file_menu.insertAction(actions[0], settings)
        file_menu.insertSeparator(actions[0])
    else:
        file_menu.addAction(settings)

    if window.findChild(QAction, "aboutAction") is None:
        help_menu = window.menuBar().addMenu(_tr("&Help"))
        help_menu.setObjectName("helpMenu")
        about = QAction(_tr("&About Cakeshop"), window)
        about.setObjectName("aboutAction")
        about.triggered.connect(lambda: AboutDialog(database, window).exec())
        help_menu.addAction(about)

    if is_demo:
        window.statusBar().addPermanentWidget(demo_shop_note())
    if is_local:
        window.statusBar().addPermanentWidget(local_database_note(database))


def _first_menu(window: QMainWindow) -> QMenu:
    for action in window.menuBar().actions():
        menu = action.menu()
        if isinstance(menu, QMenu):
            return menu
    menu = window.menuBar().addMenu(_tr("&File"))
    menu.setObjectName("fileMenu")
    return menu
