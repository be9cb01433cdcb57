"""Starting the app: the login dialog first, then the database behind it.

`launch()` is the public entry point (DESIGN §7): tests drive what it returns with qtbot,
`run()` adds the event loop for the `cakeshop` command (`gui/self_check.py` builds every
window offscreen for CI and the frozen bundle).

Start-up speed (issue #3): this module imports only Qt and the login dialog. `launch()`
paints the dialog, then imports the database layer (`gui/shell.py`), opens and migrates
the database and attaches the dialog to it, all before it returns; keys typed meanwhile
wait in the queue.
"""

from __future__ import annotations

import logging
import sys
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QEventLoop, QObject
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

from cakeshop_desktop import __version__
from cakeshop_desktop.core.domain import DomainError
from cakeshop_desktop.gui.dialogs.login_dialog import LoginDialog
from cakeshop_desktop.gui.errors import show_error
from cakeshop_desktop.gui.icons import app_icon
from cakeshop_desktop.gui.language import install_translations

if TYPE_CHECKING:
    from cakeshop_desktop.gui.shell import Shell

log = logging.getLogger(__name__)

APP_NAME = "Cakeshop"
ORGANIZATION = "Cakeshop"
FIRST_PAINT_WAIT_S = 0.5  # a window system that never exposes the dialog does not hold us up

_shells: list[Shell] = []


def ensure_application() -> QApplication:
    """The running QApplication, or a new one named for QSettings and the window manager."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
    assert isinstance(app, QApplication), "a QCoreApplication cannot show windows"
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANIZATION)
    app.setWindowIcon(app_icon())
    install_translations(app)
    return app


class _FirstPaint(QObject):
    """Notices a widget's first paint event."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.painted = False
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.painted = True
        return False


def show_painted(widget: QWidget) -> None:
    """Show the widget and let the window system paint it now, before any slow work."""
    watch = _FirstPaint(widget)
    widget.show()
    deadline = time.monotonic() + FIRST_PAINT_WAIT_S
    # Keys and clicks wait in the queue: nothing is connected to the dialog yet.
    flags = QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents
    while not watch.painted and time.monotonic() < deadline:
        QApplication.processEvents(flags, 20)
    widget.removeEventFilter(watch)
    watch.deleteLater()


def launch(database_url: str, *, demo: bool = False) -> QWidget:
    """Show the login dialog, open (and migrate) the database behind it, return the dialog.

    On a database without users the set-up wizard (`shopSetupWizard`) replaces the login
    and is returned instead; `demo` first fills the database with the demo shop. No event
    loop is entered. A database that cannot be opened raises its DomainError
    (InvalidInput, DatabaseUnavailable) with the dialog closed again.
    """
    ensure_application()
    dialog = LoginDialog()
    show_painted(dialog)
    try:
        from cakeshop_desktop.config import with_kept_password
        from cakeshop_desktop.core.setup.database import open_database
        from cakeshop_desktop.gui.shell import Shell, shop_state

        database_url = with_kept_password(database_url)  # the keyring loads slowly: not before
        engine = open_database(database_url, demo=demo)
        is_set_up, is_demo = shop_state(engine)
    except BaseException:
        dialog.close()
        dialog.deleteLater()
        raise
    shell = Shell(engine, dialog, is_demo=is_demo)
    shell.database_change_requested.connect(lambda url: switch_database(shell, url))
    _shells.append(shell)
    if not is_set_up:
        return shell.start_setup()
    return dialog


def switch_database(shell: Shell, url: str) -> QWidget:
    """Close `shell` and launch on `url`: everybody logs in again on the new database
    (or sets it up, when it has nobody yet).

    When the new database cannot be opened after all, the old one comes back with a message.
    """
    from cakeshop_desktop.core.db.engine import safe_url  # loaded by now: the shell uses it

    quit_when_login_closed = shell.quit_when_login_closed
    shell.quit_when_login_closed = False
    if shell in _shells:
        _shells.remove(shell)
    old_url = shell.database_url
    # For a moment no window is open: that must not end the app.
    app = ensure_application()
    quit_on_last_window = app.quitOnLastWindowClosed()
    app.setQuitOnLastWindowClosed(False)
    try:
        shell.close()
        log.info("switching to the database %s", safe_url(url))
        try:
            dialog = launch(url)
        except DomainError as exc:
            log.warning("cannot switch to %s: %s", safe_url(url), exc.message)
            dialog = launch(old_url)
            show_error(dialog, exc)
    finally:
        app.setQuitOnLastWindowClosed(quit_on_last_window)
    new_shell = current_shell()
    assert new_shell is not None
    new_shell.quit_when_login_closed = quit_when_login_closed
    return dialog


def current_shell() -> Shell | None:
    return _shells[-1] if _shells else None


def current_setup_wizard() -> QWidget | None:
    """The set-up wizard of the latest launch(), while it is open."""
    shell = current_shell()
    if shell is None or shell.setup_wizard is None or not shell.setup_wizard.isVisible():
        return None
    return shell.setup_wizard


def current_main_window() -> QMainWindow | None:
    """The main window of the latest launch(), or None while nobody is logged in."""
    shell = current_shell()
    return shell.main_window if shell is not None else None


def shutdown() -> None:
    """Close everything launch() opened (the end of run(), and test teardown)."""
    while _shells:
        _shells.pop().close()


def run(database_url: str, *, demo: bool = False) -> int:
    """launch() plus the event loop: what the `cakeshop` command calls.

    A database that cannot be opened raises its DomainError before the loop starts.
    """
    from cakeshop_desktop.gui.crash import install_excepthook
    from cakeshop_desktop.logs import setup_logging

    log_path = setup_logging()
    app = ensure_application()
    install_excepthook(log_path)
    launch(database_url, demo=demo)
    shell = current_shell()
    assert shell is not None
    log.info("Cakeshop %s started on %s", __version__, shell.ctx.database_name)
    shell.quit_when_login_closed = True
    try:
        return app.exec()
    finally:
        shutdown()
