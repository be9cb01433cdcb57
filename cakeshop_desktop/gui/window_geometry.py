"""Windows that fit the screen and open where each user left them.

A window is sized to the screen's available area when it is first shown (maximised on a
till-sized screen); a main window also keeps its size and place per user in the window
settings (`settings.ini`, keyed by the window and the user's login).
"""

from __future__ import annotations

from urllib.parse import quote

from PySide6.QtCore import QByteArray, QEvent, QObject, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from cakeshop_desktop.gui.language import gui_settings

# A screen this small (or smaller) is a till: main windows open maximised on it.
TILL_SCREEN = QSize(1366, 768)
# Every window and dialog must be usable on this much room (DESIGN §9).
SMALLEST_ROOM = QSize(1024, 700)
# The window manager's title bar and borders, which the available area must also hold.
FRAME = QSize(16, 40)


def settings_key(window_name: str, login: str) -> str:
    """Where a user's geometry of a window is kept (a login never splits the key)."""
    return f"windows/{window_name}/{quote(login, safe='')}/geometry"


def available_area(widget: QWidget) -> QRect:
    """The part of the widget's screen that windows may use (without panels and docks)."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def is_till_screen(area: QRect) -> bool:
    return area.width() <= TILL_SCREEN.width() and area.height() <= TILL_SCREEN.height()


def fit_into(widget: QWidget, area: QRect) -> None:
    """Shrink the widget to the area (room left for its frame) and keep it inside it."""
    room = area.size() - FRAME
    size = widget.size().boundedTo(room).expandedTo(widget.minimumSize())
    if size != widget.size():
        widget.resize(size)
    frame = QRect(widget.pos(), size + FRAME)
    if not area.contains(frame):
        left = area.left() + max(0, (area.width() - frame.width()) // 2)
        top = area.top() + max(0, (area.height() - frame.height()) // 2)
        widget.move(left, top)


class WindowPlacement(QObject):
    """Places its window when it is first shown; a main window's geometry is remembered.

    Sized before the window is mapped (Qt sends the Show event first), so it never flashes
    at its designed size. `window_name` and `login` key the remembered geometry; without a
    login (a dialog) nothing is remembered and the window is only fitted to the screen.
    """

    def __init__(
        self,
        window: QWidget,
        window_name: str = "",
        login: str = "",
        *,
        maximise_on_till: bool = False,
    ) -> None:
        # The window is this object's parent and nothing more: kept in an attribute too, the
        # window and its placement held each other, so a window let go was deleted by the
        # garbage collector (on whatever thread it ran, its placement half torn down and
        # still filtering its events) instead of at once; closed checkout dialogs crashed so.
        super().__init__(window)
        self._key = settings_key(window_name, login) if window_name and login else ""
        self._maximise_on_till = maximise_on_till
        self._placed = False
        window.installEventFilter(self)

    @property
    def _window(self) -> QWidget:
        window = self.parent()
        assert isinstance(window, QWidget)
        return window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parent():
            if event.type() == QEvent.Type.Show and not self._placed:
                self._placed = True
                self._place()
            elif event.type() == QEvent.Type.Close and self._placed:
                self.remember()
        return False

    def _place(self) -> None:
        window = self._window
        area = available_area(window)
        saved = gui_settings().value(self._key) if self._key else None
        if isinstance(saved, QByteArray) and window.restoreGeometry(saved):
            if not window.isMaximized() and not area.contains(window.geometry()):
                fit_into(window, area)  # saved on a bigger screen than this one
            return
        fit_into(window, area)
        if self._maximise_on_till and is_till_screen(area):
            window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)

    def remember(self) -> None:
        """Keep the window's size, place and maximised state for this user."""
        if not self._key:
            return
        settings = gui_settings()
        settings.setValue(self._key, self._window.saveGeometry())
        settings.sync()


def place_main_window(window: QWidget, window_name: str, login: str) -> WindowPlacement:
    """A main window: maximised on a till's screen, then where this user left it."""
    return WindowPlacement(window, window_name, login, maximise_on_till=True)


def place_dialog(dialog: QWidget) -> WindowPlacement:
    """A dialog: no larger than the screen's available area."""
    return WindowPlacement(dialog)
