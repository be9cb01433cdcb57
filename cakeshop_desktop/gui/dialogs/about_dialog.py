"""Help → About: the version, the database in use and where the log is."""

from __future__ import annotations

import platform

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from cakeshop_desktop import __version__
from cakeshop_desktop.gui.icons import app_icon
from cakeshop_desktop.gui.widgets.layouts import nest
from cakeshop_desktop.logs import log_file


class AboutDialog(QDialog):
    """What this app is and which version runs (for a support call)."""

    def __init__(self, database: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About Cakeshop"))
        self.setWindowIcon(app_icon())
        logo = QLabel(self)
        logo.setPixmap(app_icon().pixmap(64, 64))
        logo.setAlignment(Qt.AlignmentFlag.AlignTop)
        lines = [
            f"<h3>Cakeshop Desktop {__version__}</h3>",
            self.tr("Point of sale and production for a cake shop that bakes what it sells."),
            "<br><br>",
            self.tr("Python {0}, Qt {1}").format(platform.python_version(), pyside_version),
        ]
        if database:
            lines += ["<br>", self.tr("Database: {0}").format(database.replace("<", "&lt;"))]
        lines += ["<br>", self.tr("Log: {0}").format(str(log_file()))]
        text = QLabel("".join(lines), self)
        text.setObjectName("aboutText")
        text.setTextFormat(Qt.TextFormat.RichText)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        text.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(logo)
        row.addWidget(text, 1)
        layout = QVBoxLayout(self)
        nest(layout, row)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)
