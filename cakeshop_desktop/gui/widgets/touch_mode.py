"""Touch mode of one terminal: bigger rows and buttons, − and + beside every quantity.

A per-terminal setting (`[terminal] touch` in config.toml), switched by `touchModeAction`.
Nothing needs a tooltip: every action is a button big enough for a finger.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractItemView, QPushButton, QSpinBox, QWidget

from cakeshop_desktop import config

SECTION, KEY = "terminal", "touch"
TOUCH_ROW = 48  # pixels: a fingertip is ~10 mm
TOUCH_BUTTON = 48
# a style sheet's min-height is the inside of the frame: a button's outside is TOUCH_BUTTON
TOUCH_STYLE = (
    f"QPushButton, QToolButton {{ min-height: {TOUCH_BUTTON - 2}px; }}"
    " QComboBox, QLineEdit, QSpinBox { min-height: 40px; }"
    # the checkout's amounts, discount and pickup time (the counter's price filters stay
    # small: they would push the cart's buttons off a 1024×768 till)
    " QDialog QAbstractSpinBox { min-height: 40px; }"
)


def touch_mode_on() -> bool:
    """Whether this terminal runs in touch mode (off unless set)."""
    try:
        table = config.read_config(config.config_file()).get(SECTION, {})
    except Exception:  # noqa: BLE001 - a broken file is reported where the database is read
        return False
    return isinstance(table, dict) and table.get(KEY) is True


class TouchMode(QObject):
    """Applies touch mode to a window's lists, spin box and buttons; `action` toggles it."""

    def __init__(
        self,
        window: QWidget,
        views: list[QAbstractItemView],
        spin: QSpinBox,
        cart_step: Callable[[int], None],
        *,
        with_buttons: bool = True,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._with_buttons = with_buttons  # a baker's read-only shelf has no quantities
        self._views = views
        self._normal_rows = [view.verticalHeader().defaultSectionSize() for view in views]
        self.action = QAction(self.tr("&Touch screen mode"), window)
        self.action.setObjectName("touchModeAction")
        self.action.setCheckable(True)
        self.buttons: list[QPushButton] = []
        self.spin_minus = self._button("spinMinusButton", "−", self.tr("One fewer"))
        self.spin_plus = self._button("spinPlusButton", "+", self.tr("One more"))
        self.spin_minus.clicked.connect(spin.stepDown)
        self.spin_plus.clicked.connect(spin.stepUp)
        self.cart_minus = self._button("cartMinusButton", "−", self.tr("One fewer in the cart"))
        self.cart_plus = self._button("cartPlusButton", "+", self.tr("One more in the cart"))
        self.cart_minus.clicked.connect(lambda: cart_step(-1))
        self.cart_plus.clicked.connect(lambda: cart_step(1))
        self.action.setChecked(touch_mode_on())
        self.apply(self.action.isChecked())
        self.action.toggled.connect(self._toggled)

    def _button(self, name: str, text: str, accessible: str) -> QPushButton:
        button = QPushButton(text, self._window)
        button.setObjectName(name)
        button.setAccessibleName(accessible)
        button.setMinimumSize(TOUCH_BUTTON, TOUCH_BUTTON)
        button.setAutoDefault(False)
        button.hide()
        self.buttons.append(button)
        return button

    @Slot(bool)
    def _toggled(self, on: bool) -> None:
        config.write_config_values(SECTION, {KEY: True if on else None})
        self.apply(on)

    def apply(self, on: bool) -> None:
        """Bigger rows and controls with ± buttons, or the keyboard counter as it was."""
        for view, normal in zip(self._views, self._normal_rows, strict=True):
            view.verticalHeader().setDefaultSectionSize(TOUCH_ROW if on else normal)
        for button in self.buttons:
            button.setVisible(on and self._with_buttons)
        self._window.setStyleSheet(TOUCH_STYLE if on else "")
