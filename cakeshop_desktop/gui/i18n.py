"""`_tr()` for texts outside a QObject: `from cakeshop_desktop.gui.i18n import tr as _tr`.

pyside6-lupdate finds these calls only when told `-tr-function-alias tr+=_tr` (as
`make translations` does) and then files them under the empty context, so that is the
context they are looked up in.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

CONTEXT = ""


def tr(text: str, n: int = -1) -> str:
    """The text in the user's language, with `n` in place of "%n".

    lupdate cannot see that such a call is a plural one, so the translation has one form
    (the Russian texts are worded to need only one: "в наличии: %n").
    """
    translated = QCoreApplication.translate(CONTEXT, text)
    return translated.replace("%n", QLocale().toString(n)) if n != -1 else translated
