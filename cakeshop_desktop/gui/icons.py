"""Icons compiled into the package (gui/resources_rc.py from resources/icons, `make resources`),
so they are found the same way installed, frozen or from the source tree."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QFile
from PySide6.QtGui import QIcon

from cakeshop_desktop.gui import resources_rc  # noqa: F401  (registers the :/ resources)

ICONS_PREFIX = ":/icons"
CAKE_ICONS = ("cake-pink", "cake-chocolate", "cake-cream", "cake-berry", "cake-mint")


@cache
def icon(name: str) -> QIcon:
    """The named svg icon of resources/icons, or an empty icon when it is missing."""
    path = f"{ICONS_PREFIX}/{name}.svg"
    return QIcon(path) if QFile.exists(path) else QIcon()


def app_icon() -> QIcon:
    return icon("cake-pink")


def category_icon(category_id: int | None) -> QIcon:
    """A picture placeholder per category: each shelf of the catalogue gets its own colour."""
    if category_id is None:
        return icon("cake-cream")
    return icon(CAKE_ICONS[category_id % len(CAKE_ICONS)])
