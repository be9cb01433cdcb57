"""A spin box that says why it did not take a key, instead of dropping it without a word."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPoint
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QAbstractSpinBox, QDoubleSpinBox, QSpinBox, QToolTip


def say_why_keys_are_refused(*spins: QSpinBox | QDoubleSpinBox) -> None:
    """A key the spin box refuses ("-" below 0, a third decimal, a fourth digit of 999, a
    letter) shows a tooltip under it naming what it takes; the value stays as it was."""
    for spin in spins:
        original = type(spin).validate

        def validate(
            text: str, pos: int, spin: QAbstractSpinBox = spin, original=original
        ) -> object:
            answer = original(spin, text, pos)
            if answer[0] == QValidator.State.Invalid and spin.isVisible():
                QToolTip.showText(
                    spin.mapToGlobal(QPoint(0, spin.height())), refusal_text(spin, text), spin
                )
            return answer

        spin.validate = validate  # shiboken calls an instance's override of the virtual


def refusal_text(spin: QAbstractSpinBox, typed: str) -> str:
    """What the spin box takes, in the user's language."""
    if isinstance(spin, QDoubleSpinBox) and spin.decimals() > 0:
        return QCoreApplication.translate(
            "SpinRefusals",
            "Not taken: {0}. Type a number from {1} to {2} with at most {3} decimals",
        ).format(
            typed,
            spin.locale().toString(spin.minimum(), "f", spin.decimals()),
            spin.locale().toString(spin.maximum(), "f", spin.decimals()),
            spin.decimals(),
        )
    assert isinstance(spin, QSpinBox | QDoubleSpinBox)  # a percent box takes whole numbers
    return QCoreApplication.translate(
        "SpinRefusals", "Not taken: {0}. Type a whole number from {1} to {2}"
    ).format(typed, int(spin.minimum()), int(spin.maximum()))
