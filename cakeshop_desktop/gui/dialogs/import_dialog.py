"""Importing cakes from CSV: pick a file, see every row and what is wrong, then import."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal, Slot
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from cakeshop_desktop.core.services.table_editor import SaveResult, exchange
from cakeshop_desktop.core.services.table_editor.exchange import ImportPreview
from cakeshop_desktop.gui.context import ShopContext
from cakeshop_desktop.gui.errors import show_inline
from cakeshop_desktop.gui.file_dialogs import ask_open_path
from cakeshop_desktop.gui.widgets.layouts import nest
from cakeshop_desktop.gui.widgets.message_label import ERROR_STYLE
from cakeshop_desktop.gui.widgets.view_items import set_table_cell
from cakeshop_desktop.gui.window_geometry import place_dialog

REFUSED_COLOUR = "#f8c7c7"
MAX_FILE_BYTES = 5_000_000


class ImportDialog(QDialog):
    """preview_cake_import on open; import_cakes with the accepted rows on Import."""

    imported = Signal(object)  # SaveResult

    def __init__(self, ctx: ShopContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setAccessibleName(self.tr("Import cakes"))
        self.setWindowTitle(self.tr("Import cakes from CSV"))
        self.resize(900, 500)
        place_dialog(self)
        self._ctx = ctx
        self.preview: ImportPreview | None = None
        self.chooseButton = QPushButton(self.tr("&Choose a file…"), self)
        self.chooseButton.setObjectName("chooseImportFileButton")
        self.chooseButton.setAccessibleName(self.tr("Choose a file"))
        self.summaryLabel = QLabel(
            self.tr(
                "Columns: sku, name, price and optionally description, category, "
                "weight_grams, allergens, stock_qty, made_to_order, lead_time_hours, "
                "is_active"
            ),
            self,
        )
        self.summaryLabel.setObjectName("importSummaryLabel")
        self.summaryLabel.setAccessibleName(self.tr("Import summary"))
        self.summaryLabel.setWordWrap(True)
        self.previewTable = QTableWidget(0, 5, self)
        self.previewTable.setObjectName("importPreviewTable")
        self.previewTable.setAccessibleName(self.tr("Import preview"))
        self.previewTable.setHorizontalHeaderLabels(
            [
                self.tr("Line"),
                self.tr("Action"),
                self.tr("SKU"),
                self.tr("Name"),
                self.tr("Problems"),
            ]
        )
        self.previewTable.horizontalHeader().setStretchLastSection(True)
        self.previewTable.verticalHeader().hide()
        self.previewTable.setWordWrap(False)
        self.errorLabel = QLabel(self)
        self.errorLabel.setObjectName("importErrorLabel")
        self.errorLabel.setAccessibleName(self.tr("Error"))
        self.errorLabel.setStyleSheet(ERROR_STYLE)
        self.errorLabel.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.importButton = self.buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.importButton.setObjectName("importCakesConfirmButton")
        self.importButton.setEnabled(False)
        top = QHBoxLayout()
        top.addWidget(self.chooseButton)
        top.addWidget(self.summaryLabel, 1)
        layout = QVBoxLayout(self)
        nest(layout, top)
        layout.addWidget(self.previewTable)
        layout.addWidget(self.errorLabel)
        layout.addWidget(self.buttons)
        self.chooseButton.clicked.connect(self._choose)
        self.importButton.clicked.connect(self.do_import)
        self.buttons.rejected.connect(self.reject)

    @Slot()
    def _choose(self) -> None:
        path = ask_open_path(
            self, self.tr("Cakes to import"), self.tr("CSV files (*.csv);;All files (*)")
        )
        if path:
            self.load_file(Path(path))

    def load_file(self, path: Path) -> None:
        try:
            if path.stat().st_size > MAX_FILE_BYTES:
                raise OSError(self.tr("the file is larger than 5 MB"))
            text = path.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            self.errorLabel.setText(self.tr("Cannot read {0}: {1}").format(path.name, exc))
            self.errorLabel.show()
            return
        self.load_text(text)

    def load_text(self, text: str) -> None:
        self.importButton.setEnabled(False)
        show_inline(self.errorLabel, None)
        self._ctx.call(
            self,
            exchange.preview_cake_import,
            text,
            on_result=self._previewed,
            on_error=lambda error: show_inline(self.errorLabel, error),
        )

    def _previewed(self, preview: ImportPreview) -> None:
        self.preview = preview
        table = self.previewTable
        table.setRowCount(len(preview.rows))
        for i, row in enumerate(preview.rows):
            action = self.tr("new") if row.action == "insert" else self.tr("update")
            problems = "; ".join(
                f"{column or self.tr('row')}: {reason}" for column, reason in row.errors.items()
            )
            cells = (
                str(row.line),
                action,
                str(row.values.get("sku", "")),
                str(row.values.get("name", "")),
                problems,
            )
            for column, text in enumerate(cells):
                item = set_table_cell(table, i, column, text)
                if not row.ok:
                    item.setBackground(QBrush(QColor(REFUSED_COLOUR)))
                    item.setToolTip(problems)
        table.resizeColumnsToContents()
        self.summaryLabel.setText(
            self.tr("%n row(s) can be imported", "", len(preview.accepted))
            + self.tr(", %n refused", "", len(preview.rejected))
        )
        self.importButton.setEnabled(bool(preview.accepted))

    @Slot()
    def do_import(self) -> None:
        if self.preview is None:
            return
        self.importButton.setEnabled(False)
        self._ctx.call(
            self,
            exchange.import_cakes,
            self.preview,
            on_result=self._imported,
            on_error=lambda error: show_inline(self.errorLabel, error),
        )

    def _imported(self, result: SaveResult) -> None:
        self.imported.emit(result)
        self.accept()
