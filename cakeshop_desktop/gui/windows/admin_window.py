"""The admin window: the assortment, every table of the database, users and the audit log."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QTableView,
    QWidget,
)

from cakeshop_desktop.core.domain import UserDTO
from cakeshop_desktop.core.services import assortment, table_editor
from cakeshop_desktop.core.services.table_editor import SaveResult, TableEntry, exchange
from cakeshop_desktop.gui.context import ShopContext
from cakeshop_desktop.gui.dialogs import help_boxes
from cakeshop_desktop.gui.dialogs.import_dialog import ImportDialog
from cakeshop_desktop.gui.dialogs.recipe_dialog import RecipeDialog
from cakeshop_desktop.gui.errors import describe
from cakeshop_desktop.gui.file_dialogs import ask_save_path
from cakeshop_desktop.gui.forms.ui_admin_window import Ui_AdminWindow
from cakeshop_desktop.gui.icons import app_icon
from cakeshop_desktop.gui.labels import column_labels, table_label
from cakeshop_desktop.gui.models.table_model import TableModel
from cakeshop_desktop.gui.panels.admin_panels import (
    AuditPanel,
    AuditWidgets,
    UsersPanel,
    UsersWidgets,
)
from cakeshop_desktop.gui.panels.cake_picture_panel import CakePicturePanel
from cakeshop_desktop.gui.panels.grid_editor import STATUS_MESSAGE_MS, GridEditor
from cakeshop_desktop.gui.widgets.connection_status import add_user_status
from cakeshop_desktop.gui.widgets.layouts import nest, set_up_form
from cakeshop_desktop.gui.widgets.view_items import add_list_item
from cakeshop_desktop.gui.window_geometry import place_main_window

FILTER_DELAY_MS = 300
TABLE_ROLE = Qt.ItemDataRole.UserRole  # a Tables list item: the table's own name
TABLES_LIST_MAX = 260  # px: the Tables list no wider, however long a name
# The cakes grid of the assortment shows what a shop assistant edits; the Tables tab shows all.
CAKE_COLUMNS_HIDDEN = (
    "id",
    "description",
    "sold_count",
    "version",
    "created_at",
    "updated_at",
)
CATEGORY_COLUMNS_HIDDEN = ("id", "updated_at")


def export_to_file(uow: Any, actor: UserDTO, table: str, path: str, filter_text: str) -> int:
    """Runs on a worker: the CSV goes straight to the file, a batch at a time."""
    with Path(path).open("w", encoding="utf-8-sig", newline="") as stream:
        return exchange.export_csv(uow, actor, table, stream, filter_text)


class AdminWindow(QMainWindow):
    """The admin's main window; its QActions lead to the other windows (the app connects them)."""

    open_ordering_requested = Signal()
    open_production_requested = Signal()
    open_analytics_requested = Signal()
    logout_requested = Signal()

    def __init__(self, ctx: ShopContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        assert ctx.actor is not None, "the admin window needs a logged-in user"
        self._ctx = ctx
        self.messages: list[str] = []  # every message shown, newest last (tests read it)
        self.ui = Ui_AdminWindow()
        set_up_form(self.ui, self)
        self.placement = place_main_window(self, "adminWindow", getattr(ctx.actor, "username", ""))
        self.setWindowIcon(app_icon())
        self.setWindowTitle(
            self.tr("Cakeshop — administration — {0}").format(
                ctx.actor.full_name or ctx.actor.username
            )
        )
        self.openOrderingAction: QAction = self.ui.openOrderingAction
        self.openProductionAction: QAction = self.ui.openProductionAction
        self.openAnalyticsAction: QAction = self.ui.openAnalyticsAction
        self.logoutAction: QAction = self.ui.logoutAction
        self._setup_actions()
        add_user_status(self, ctx.workers, ctx.actor)

        self.table_model = TableModel(ctx, self)
        self.tables = self._grid_editor(
            ctx,
            self.ui.tableGrid,
            self.table_model,
            self.ui.saveChangesButton,
            self.ui.revertChangesButton,
        )
        self.cakes_model = TableModel(ctx, self)
        self.cakes = self._grid_editor(
            ctx,
            self.ui.cakesView,
            self.cakes_model,
            self.ui.saveCakesButton,
            self.ui.revertCakesButton,
        )
        self.categories_model = TableModel(ctx, self)
        self.categories = self._grid_editor(
            ctx,
            self.ui.categoriesView,
            self.categories_model,
            self.ui.saveCategoriesButton,
            self.ui.revertCategoriesButton,
        )
        ui = self.ui
        self.users_panel = UsersPanel(
            ctx,
            UsersWidgets(
                view=ui.usersView,
                add_button=ui.addUserButton,
                change_role_button=ui.changeRoleButton,
                reset_password_button=ui.resetPasswordButton,
                lock_button=ui.lockUserButton,
                unlock_button=ui.unlockUserButton,
                deactivate_button=ui.deactivateUserButton,
            ),
            self,
        )
        self.users_panel.warning.connect(self.warn)
        self.users_panel.status_message.connect(
            lambda text: self.statusBar().showMessage(text, STATUS_MESSAGE_MS)
        )
        self.audit_panel = AuditPanel(
            ctx,
            AuditWidgets(
                view=ui.auditView,
                user_combo=ui.auditUserCombo,
                table_combo=ui.auditTableCombo,
                from_edit=ui.auditFromEdit,
                to_edit=ui.auditToEdit,
                refresh_button=ui.auditRefreshButton,
            ),
            self,
        )
        self.audit_panel.warning.connect(self.warn)
        self._setup_tables_tab()
        self._setup_assortment_tab()
        self.ui.adminTabs.currentChanged.connect(self._tab_shown)
        self.ui.assortmentSplitter.setSizes([620, 200])
        self.ui.tablesSplitter.setSizes([200, 1100])
        self.ui.tablesSplitter.setStretchFactor(0, 0)  # a wider window widens the grid
        self.ui.tablesSplitter.setStretchFactor(1, 1)
        self.refresh()

    def _grid_editor(
        self,
        ctx: ShopContext,
        view: QTableView,
        model: TableModel,
        save: QPushButton,
        revert: QPushButton,
    ) -> GridEditor:
        editor = GridEditor(
            ctx, view, model, save, revert, lambda text: self.ask_reload(text), self
        )
        editor.warning.connect(self.warn)
        editor.information.connect(self.inform)
        editor.status_message.connect(
            lambda text: self.statusBar().showMessage(text, STATUS_MESSAGE_MS)
        )
        return editor

    # ------------------------------------------------------------ messages

    def warn(self, text: str) -> None:
        self.messages.append(text)
        QMessageBox.warning(self, self.tr("Cakeshop"), text)

    def inform(self, text: str) -> None:
        self.messages.append(text)
        QMessageBox.information(self, self.tr("Cakeshop"), text)

    def ask_reload(self, text: str) -> bool:
        self.messages.append(text)
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Changed by someone else"),
            text,
            QMessageBox.StandardButton.Cancel,
            self,
        )
        reload = box.addButton(self.tr("&Reload"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(reload)
        box.exec()
        return box.clickedButton() is reload

    def confirm(self, text: str) -> bool:
        answer = QMessageBox.question(self, self.tr("Cakeshop"), text)
        return answer == QMessageBox.StandardButton.Yes

    # ------------------------------------------------------------ set-up

    def _setup_actions(self) -> None:
        ui = self.ui
        ui.openOrderingAction.triggered.connect(self.open_ordering_requested)
        ui.openProductionAction.triggered.connect(self.open_production_requested)
        ui.openAnalyticsAction.triggered.connect(self.open_analytics_requested)
        ui.logoutAction.triggered.connect(self.logout_requested)
        ui.quitAction.triggered.connect(self.close)
        ui.refreshAction.triggered.connect(self.refresh)
        save = QAction(self.tr("Save the grid"), self)
        save.setObjectName("saveGridAction")
        save.setShortcut(QKeySequence.StandardKey.Save)
        save.triggered.connect(self._save_current)
        self.addAction(save)
        help_boxes.add_help_menu(self, help_boxes.admin_shortcuts)

    def _setup_tables_tab(self) -> None:
        ui = self.ui
        ui.tablesList.currentItemChanged.connect(
            lambda item, _previous: self._table_chosen(item.data(TABLE_ROLE) if item else "")
        )
        self._filter_timer = QTimer(self, singleShot=True, interval=FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(
            lambda: self.table_model.set_filter(ui.tableFilterEdit.text())
        )
        ui.tableFilterEdit.textChanged.connect(lambda _text: self._filter_timer.start())
        ui.addRowButton.clicked.connect(lambda: self.tables.add_row())
        ui.deleteRowButton.clicked.connect(
            lambda: self.table_model.mark_deleted(self.tables.selected_rows())
        )
        ui.exportTableButton.clicked.connect(
            lambda: self.export_table(self.table_model.table, ui.tableFilterEdit.text())
        )
        self.table_model.table_changed.connect(self._table_loaded)
        for model in (self.table_model, self.cakes_model, self.categories_model):
            model.table_changed.connect(lambda _name, model=model: _word_headers(model))
        self.table_model.loading_changed.connect(lambda _busy: self._show_table_status())
        self.table_model.rows_loaded.connect(self._show_table_status)

    def _setup_assortment_tab(self) -> None:
        ui = self.ui
        self._cake_filter_timer = QTimer(self, singleShot=True, interval=FILTER_DELAY_MS)
        self._cake_filter_timer.timeout.connect(
            lambda: self.cakes_model.set_filter(ui.cakeFilterEdit.text())
        )
        ui.cakeFilterEdit.textChanged.connect(lambda _text: self._cake_filter_timer.start())
        ui.addCakeButton.clicked.connect(
            lambda: self.cakes.add_row({"is_active": True, "made_to_order": False})
        )
        ui.duplicateCakeButton.clicked.connect(self.duplicate_cake)
        ui.deleteCakeButton.clicked.connect(self.delete_cake)
        ui.recipeButton.clicked.connect(self.edit_recipe)
        ui.importCakesButton.clicked.connect(self.import_cakes)
        ui.exportCakesButton.clicked.connect(
            lambda: self.export_table("cakes", ui.cakeFilterEdit.text())
        )
        ui.addCategoryButton.clicked.connect(lambda: self.categories.add_row())
        ui.deleteCategoryButton.clicked.connect(
            lambda: self.categories_model.mark_deleted(self.categories.selected_rows())
        )
        self.cakes_model.table_changed.connect(
            lambda _name: self._hide(ui.cakesView, self.cakes_model, CAKE_COLUMNS_HIDDEN)
        )
        self.categories_model.table_changed.connect(
            lambda _name: self._hide(
                ui.categoriesView, self.categories_model, CATEGORY_COLUMNS_HIDDEN
            )
        )
        self.categories_model.saved.connect(lambda _result: self.cakes_model.reload())
        self._setup_picture_panel()

    def _setup_picture_panel(self) -> None:
        """The chosen cake's picture beside the cakes grid: a file or a drop attaches one."""
        ui = self.ui
        self.picture_panel = CakePicturePanel(self._ctx, ui.cakesGroup)
        row = QHBoxLayout()
        row.setObjectName("cakesPictureLayout")
        ui.cakesLayout.removeWidget(ui.cakesView)  # the layout's last item: it comes back last
        row.addWidget(ui.cakesView, 1)
        row.addWidget(self.picture_panel, 0, Qt.AlignmentFlag.AlignTop)
        nest(ui.cakesLayout, row, 1)
        self.picture_panel.changed.connect(
            lambda text: self.statusBar().showMessage(text, STATUS_MESSAGE_MS)
        )
        self.picture_panel.failed.connect(self.warn)
        ui.cakesView.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._show_cake_picture(current.row())
        )
        self.cakes_model.modelReset.connect(
            lambda: self._show_cake_picture(ui.cakesView.currentIndex().row())
        )

    def _show_cake_picture(self, row_number: int) -> None:
        if not 0 <= row_number < self.cakes_model.rowCount():
            self.picture_panel.set_cake(None)
            return
        row = self.cakes_model.row(row_number)
        if row.new:
            self.picture_panel.set_cake(None)
            return
        cake_id = row.original["id"]
        if cake_id != self.picture_panel.cake_id:
            self.picture_panel.set_cake(cake_id, str(row.original.get("name", "")))

    @staticmethod
    def _hide(view: QTableView, model: TableModel, names: tuple[str, ...]) -> None:
        for name in names:
            view.setColumnHidden(model.column_index(name), True)

    # ------------------------------------------------------------ loading

    @Slot()
    def refresh(self) -> None:
        """Read what the current tab shows again (F5)."""
        if self.cakes_model.table is None:
            self.cakes_model.set_table("cakes")
            self.categories_model.set_table("categories")
            self._ctx.call(
                self,
                table_editor.list_tables,
                on_result=self._tables_listed,
                on_error=lambda error: self.warn(describe(error)),
            )
            return
        tab = self.ui.adminTabs.currentWidget()
        if tab is self.ui.assortmentTab:
            self.cakes_model.reload(force=False)
            self.categories_model.reload(force=False)
        elif tab is self.ui.tablesTab:
            self.table_model.reload(force=False)
        elif tab is self.ui.usersTab:
            self.users_panel.refresh()
        else:
            self.audit_panel.refresh()

    def _tables_listed(self, entries: list[TableEntry]) -> None:
        """The shop's tables by their names in the user's words, then the internal ones apart."""
        tables = self.ui.tablesList
        tables.clear()
        shop = sorted((e.name for e in entries if not e.internal), key=_by_label)
        internal = sorted((e.name for e in entries if e.internal), key=_by_label)
        for name in shop:
            _add_table_item(tables, name)
        if internal:
            heading = add_list_item(tables, self.tr("Internal (read-only)"))
            heading.setFlags(Qt.ItemFlag.NoItemFlags)  # a heading: not chosen, skipped by keys
            heading.setToolTip(
                self.tr(
                    "The application's own bookkeeping: the schema version and the report summaries"
                )
            )
            font = heading.font()
            font.setBold(True)
            heading.setFont(font)
            for name in internal:
                _add_table_item(tables, name)
        self.audit_panel.set_tables([(name, table_label(name)) for name in shop])
        # the list as wide as its longest name (up to a limit); the grid takes the rest
        widest = tables.sizeHintForColumn(0) + tables.frameWidth() * 2 + 24
        width = min(widest, TABLES_LIST_MAX)
        splitter = self.ui.tablesSplitter
        splitter.setSizes([width, max(sum(splitter.sizes()) - width, width * 3)])

    def table_item(self, name: str) -> QListWidgetItem | None:
        """The Tables list's item of the table `name` (its own name, not its label)."""
        tables = self.ui.tablesList
        for row in range(tables.count()):
            if tables.item(row).data(TABLE_ROLE) == name:
                return tables.item(row)
        return None

    @Slot(int)
    def _tab_shown(self, _index: int) -> None:
        tab = self.ui.adminTabs.currentWidget()
        if tab is self.ui.usersTab and not self.users_panel.loaded:
            self.users_panel.refresh()
        elif tab is self.ui.auditTab and not self.audit_panel.loaded:
            self.audit_panel.refresh()
        elif tab is self.ui.tablesTab and self.ui.tablesList.currentRow() < 0:
            self.ui.tablesList.setCurrentRow(0)

    @Slot(str)
    def _table_chosen(self, name: str) -> None:
        if not name or name == self.table_model.table:
            return
        if self.table_model.is_dirty and not self.confirm(
            self.tr("The table {0} has changes that are not saved. Drop them?").format(
                table_label(self.table_model.table or "")
            )
        ):
            # stay on the table being edited, in the list too
            shown = self.table_item(self.table_model.table or "")
            if shown is not None:
                self.ui.tablesList.blockSignals(True)
                self.ui.tablesList.setCurrentItem(shown)
                self.ui.tablesList.blockSignals(False)
            return
        self.ui.tableFilterEdit.blockSignals(True)
        self.ui.tableFilterEdit.clear()
        self.ui.tableFilterEdit.blockSignals(False)
        self.table_model.set_table(name)

    def _table_loaded(self, name: str) -> None:
        read_only = self.table_model.read_only
        for button in (self.ui.addRowButton, self.ui.deleteRowButton):
            button.setEnabled(not read_only)
        self.ui.tableGrid.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self._show_table_status()

    def _show_table_status(self) -> None:
        model = self.table_model
        if model.table is None:
            return
        text = self.tr("{0}: {1} rows shown").format(table_label(model.table), model.rowCount())
        if model.canFetchMore():
            text += self.tr(", more load as you scroll")
        if model.read_only:
            text += self.tr(" — read-only")
        if model.is_loading:
            text += self.tr(" — loading…")
        self.ui.tableStatusLabel.setText(text)

    # ------------------------------------------------------------ grid actions

    def _current_editor(self) -> GridEditor | None:
        tab = self.ui.adminTabs.currentWidget()
        if tab is self.ui.tablesTab:
            return self.tables
        if tab is self.ui.assortmentTab:
            return self.categories if self.ui.categoriesView.hasFocus() else self.cakes
        return None

    @Slot()
    def _save_current(self) -> None:
        editor = self._current_editor()
        if editor is not None:
            editor.save()

    # ------------------------------------------------------------ assortment

    def _selected_cake(self) -> tuple[int, str, int | None] | None:
        index = self.ui.cakesView.currentIndex()
        if not index.isValid():
            self.warn(self.tr("Select a cake first"))
            return None
        row = self.cakes_model.row(index.row())
        if row.new:
            self.warn(self.tr("Save the new cake first"))
            return None
        return row.original["id"], row.original.get("name", ""), row.original.get("version")

    @Slot()
    def duplicate_cake(self) -> None:
        cake = self._selected_cake()
        if cake is not None:
            self._ctx.call(
                self,
                assortment.duplicate_cake,
                cake[0],
                on_result=lambda copy: self._cake_changed(
                    self.tr("«{0}» is added as a copy").format(copy.name)
                ),
                on_error=lambda error: self.warn(describe(error)),
            )

    @Slot()
    def delete_cake(self) -> None:
        index = self.ui.cakesView.currentIndex()
        if index.isValid() and self.cakes_model.row(index.row()).new:
            self.cakes_model.mark_deleted([index.row()])
            return
        cake = self._selected_cake()
        if cake is None or not self.confirm(self.tr("Delete «{0}»?").format(cake[1])):
            return
        self._ctx.call(
            self,
            assortment.delete_cake,
            cake[0],
            cake[2],
            on_result=self._cake_deleted,
            on_error=lambda error: self.warn(describe(error)),
        )

    def _cake_deleted(self, result: SaveResult) -> None:
        if result.messages:
            self.inform("\n".join(result.messages))
        self._cake_changed(self.tr("The cake is deleted") if result.deleted else "")

    def _cake_changed(self, message: str) -> None:
        if message:
            self.statusBar().showMessage(message, STATUS_MESSAGE_MS)
        self.cakes_model.reload()

    @Slot()
    def edit_recipe(self) -> RecipeDialog | None:
        cake = self._selected_cake()
        if cake is None:
            return None
        dialog = RecipeDialog(self._ctx, cake[0], cake[1], self)
        dialog.saved.connect(
            lambda _lines: self.statusBar().showMessage(
                self.tr("The recipe is saved"), STATUS_MESSAGE_MS
            )
        )
        dialog.open()
        return dialog

    @Slot()
    def import_cakes(self) -> ImportDialog:
        dialog = ImportDialog(self._ctx, self)
        dialog.imported.connect(self._cakes_imported)
        dialog.open()
        return dialog

    def _cakes_imported(self, result: SaveResult) -> None:
        self.cakes_model.reload()
        self.statusBar().showMessage(
            self.tr("Imported: {0} added, {1} changed").format(result.inserted, result.updated),
            STATUS_MESSAGE_MS,
        )

    def export_table(self, table: str | None, filter_text: str) -> None:
        if not table:
            return
        path = ask_save_path(
            self,
            self.tr("Export {0}").format(table_label(table)),
            f"{table}.csv",
            self.tr("CSV files (*.csv)"),
        )
        if path:
            self._ctx.call(
                self,
                export_to_file,
                table,
                path,
                filter_text,
                on_result=lambda count: self.statusBar().showMessage(
                    self.tr("%n row(s) written to {0}", "", count).format(path), STATUS_MESSAGE_MS
                ),
                on_error=lambda error: self.warn(describe(error)),
            )


def _by_label(name: str) -> str:
    return table_label(name).casefold()


def _add_table_item(tables: QListWidget, name: str) -> None:
    item = add_list_item(tables, table_label(name))
    item.setData(TABLE_ROLE, name)
    item.setToolTip(name)  # the name the database and the CSV export use


def _word_headers(model: TableModel) -> None:
    """The grid's column headers in the user's words (the tooltip keeps the kind and limits)."""
    if model.info is not None:
        names = [column.name for column in model.info.columns]
        model.set_header_labels(column_labels(model.info.name, names))
