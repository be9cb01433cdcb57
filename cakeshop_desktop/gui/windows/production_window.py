"""The bakery's window: the board of tasks, the day's plan with shortages, ingredients, admin."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, Signal, Slot
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QHeaderView,
    QMainWindow,
    QWidget,
)

from cakeshop_desktop.core.domain import OrderStatus, Role, TaskStatus, UserDTO
from cakeshop_desktop.core.services import ingredients, planning, production
from cakeshop_desktop.core.types.production import (
    Board,
    DayPlan,
    IngredientShortage,
    IngredientStock,
    TaskCard,
    TaskMove,
)
from cakeshop_desktop.gui import printing, shopping_list
from cakeshop_desktop.gui.context import ShopContext
from cakeshop_desktop.gui.dialogs import help_boxes
from cakeshop_desktop.gui.errors import describe
from cakeshop_desktop.gui.file_dialogs import ask_save_path
from cakeshop_desktop.gui.forms.ui_production_window import Ui_ProductionWindow
from cakeshop_desktop.gui.icons import app_icon
from cakeshop_desktop.gui.labels import role_label, status_label, unit_label
from cakeshop_desktop.gui.live_updates import LiveUpdates
from cakeshop_desktop.gui.models.production_models import (
    NeedsModel,
    PlannedCakesModel,
    quantity_text,
)
from cakeshop_desktop.gui.panels.ingredients_panel import (
    IngredientsPanel,
    IngredientsWidgets,
    show_message,
)
from cakeshop_desktop.gui.panels.production_admin import (
    ProductionAdminPanel,
    ProductionAdminWidgets,
)
from cakeshop_desktop.gui.print_key import add_print_key
from cakeshop_desktop.gui.widgets.connection_status import add_user_status
from cakeshop_desktop.gui.widgets.layouts import set_up_form
from cakeshop_desktop.gui.widgets.production_board import ProductionBoard
from cakeshop_desktop.gui.window_geometry import place_main_window

STATUS_MESSAGE_MS = 15_000
BANNER_STYLE = (
    "QLabel { background: #fff3c4; color: #5d4037; border: 1px solid #e0c060;"
    " border-radius: 4px; padding: 6px; }"
)
LOW_STOCK_SHOWN = 6


class ProductionWindow(QMainWindow):
    """Where bakers work the day: every service call runs on the workers, never on this thread."""

    logout_requested = Signal()

    def __init__(
        self, ctx: ShopContext, parent: QWidget | None = None, *, autoload: bool = True
    ) -> None:
        super().__init__(parent)
        assert ctx.actor is not None, "the production window needs a logged-in user"
        self._ctx = ctx
        self._user: UserDTO = ctx.actor
        self._is_admin = self._user.role is Role.ADMIN
        self.ui = Ui_ProductionWindow()
        set_up_form(self.ui, self)
        self.placement = place_main_window(
            self, "productionWindow", getattr(ctx.actor, "username", "")
        )
        self.setWindowIcon(app_icon())
        who = self._user.full_name or self._user.username
        self.setWindowTitle(
            self.tr("Cakeshop — production — {0} ({1})").format(who, role_label(self._user.role))
        )
        self.board = ProductionBoard(self.ui.boardTab)
        self.ui.boardLayout.addWidget(self.board)
        self.planned_model = PlannedCakesModel(self)
        self.needs_model = NeedsModel(self, with_cost=self._is_admin)
        self.plan: DayPlan | None = None
        self.last_board: Board | None = None
        self._board_generation = 0
        self._follow: int | None = None  # the card to select when the board arrives
        self._moving: set[int] = set()
        self.ingredients_panel = IngredientsPanel(
            ctx,
            IngredientsWidgets(
                ingredients_view=self.ui.ingredientsView,
                ledger_view=self.ui.ledgerView,
                ingredients_splitter=self.ui.ingredientsSplitter,
                movement_kind_combo=self.ui.movementKindCombo,
                movement_quantity_edit=self.ui.movementQuantityEdit,
                ingredient_settings_group=self.ui.ingredientSettingsGroup,
                record_movement_button=self.ui.recordMovementButton,
                movement_reason_edit=self.ui.movementReasonEdit,
                save_ingredient_button=self.ui.saveIngredientButton,
                ingredient_message_label=self.ui.ingredientMessageLabel,
                ledger_label=self.ui.ledgerLabel,
                reorder_level_edit=self.ui.reorderLevelEdit,
                cost_per_unit_edit=self.ui.costPerUnitEdit,
            ),
            self,
        )
        self.admin_panel: ProductionAdminPanel | None = None
        self._setup_board()
        self._setup_planning()
        self._setup_role()
        self._setup_status_bar()
        self._setup_actions()
        self._readable_dates()
        self.live = LiveUpdates(ctx, self)
        self.live.tasks_changed.connect(self._tasks_changed_elsewhere)
        self.ingredients_panel.stock_changed.connect(self._stock_changed)
        if autoload:
            self.refresh()
            self.live.start()

    # ------------------------------------------------------------ building

    def _setup_board(self) -> None:
        ui = self.ui
        ui.boardDateEdit.setDate(QDate.currentDate())
        ui.boardDateEdit.dateChanged.connect(self.reload_board)
        ui.boardDaysSpin.valueChanged.connect(self.reload_board)
        ui.previousDayButton.clicked.connect(lambda: self._shift_day(-1))
        ui.nextDayButton.clicked.connect(lambda: self._shift_day(1))
        ui.todayButton.clicked.connect(lambda: ui.boardDateEdit.setDate(QDate.currentDate()))
        ui.advanceButton.clicked.connect(self.advance_selected)
        ui.undoButton.clicked.connect(self.undo_selected)
        ui.refreshBoardButton.clicked.connect(self.refresh)
        self.board.advance_requested.connect(self.advance)
        self.board.undo_requested.connect(self.undo)
        show_message(ui.boardMessageLabel, "")
        ui.lowStockBanner.setStyleSheet(BANNER_STYLE)
        ui.lowStockBanner.hide()

    def _setup_planning(self) -> None:
        ui = self.ui
        ui.plannedCakesView.setModel(self.planned_model)
        ui.shortagesView.setModel(self.needs_model)
        for view in (ui.plannedCakesView, ui.shortagesView):
            view.verticalHeader().hide()
            header = view.horizontalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        ui.planSplitter.setStretchFactor(0, 2)
        ui.planSplitter.setStretchFactor(1, 5)
        ui.planSplitter.setSizes([400, 900])
        ui.planDateEdit.setDate(QDate.currentDate().addDays(1))  # tomorrow's shortages, today
        ui.planDateEdit.dateChanged.connect(self.reload_plan)
        ui.planTodayButton.clicked.connect(lambda: ui.planDateEdit.setDate(QDate.currentDate()))
        ui.planTomorrowButton.clicked.connect(
            lambda: ui.planDateEdit.setDate(QDate.currentDate().addDays(1))
        )
        ui.exportShoppingCsvButton.clicked.connect(self.export_csv)
        ui.exportShoppingPdfButton.clicked.connect(self.export_pdf)
        ui.printShoppingButton.clicked.connect(self.print_shopping_list)
        ui.needsLegendLabel.setText(
            self.tr(
                "Red: not enough for the day. Yellow: buy to get back to the reorder level. "
                "“Earlier tasks” are unstarted cakes due before this day: they take stock first."
            )
        )

    def _setup_role(self) -> None:
        ui = self.ui
        if self._is_admin:
            self.admin_panel = ProductionAdminPanel(
                self._ctx,
                ProductionAdminWidgets(
                    capacity_view=ui.capacityView,
                    costs_view=ui.costsView,
                    batch_cake_combo=ui.batchCakeCombo,
                    admin_top_layout=ui.adminTopLayout,
                    admin_tab_layout=ui.adminTabLayout,
                    capacity_date_edit=ui.capacityDateEdit,
                    batch_due_edit=ui.batchDueEdit,
                    save_default_capacity_button=ui.saveDefaultCapacityButton,
                    set_capacity_button=ui.setCapacityButton,
                    plan_batch_button=ui.planBatchButton,
                    admin_message_label=ui.adminMessageLabel,
                    default_capacity_spin=ui.defaultCapacitySpin,
                    capacity_spin=ui.capacitySpin,
                    batch_quantity_spin=ui.batchQuantitySpin,
                ),
                self,
            )
            self.admin_panel.board_changed.connect(lambda _card: self.reload_board())
            ui.cancelBatchButton.clicked.connect(
                lambda: (
                    self.admin_panel and self.admin_panel.cancel_batch(self.board.selected_card())
                )
            )
        else:
            ui.mainTabs.removeTab(ui.mainTabs.indexOf(ui.adminTab))
            ui.adminTab.hide()

    def _setup_status_bar(self) -> None:
        self.connection_status = add_user_status(self, self._ctx.workers, self._user)

    def _setup_actions(self) -> None:
        ui = self.ui
        ui.logoutAction.triggered.connect(self.logout_requested)
        ui.quitAction.triggered.connect(self.close)
        ui.refreshAction.triggered.connect(self.refresh)
        ui.advanceAction.triggered.connect(self.advance_selected)
        ui.undoAction.triggered.connect(self.undo_selected)
        ui.previousDayAction.triggered.connect(lambda: self._shift_day(-1))
        ui.nextDayAction.triggered.connect(lambda: self._shift_day(1))
        print_action = add_print_key(
            self, self.tr("&Print the shopping list…"), self.print_shopping_list
        )
        ui.fileMenu.insertAction(ui.logoutAction, print_action)
        ui.fileMenu.insertSeparator(ui.logoutAction)
        ui.shortcutsAction.triggered.connect(self._show_shortcuts)
        ui.aboutAction.triggered.connect(lambda: help_boxes.show_about(self))

    def _readable_dates(self) -> None:
        # The "C" locale of a bare box shows "27 11 2026"; give it the shop's own format.
        if QLocale().language() != QLocale.Language.C:
            return
        for edit in self.findChildren(QDateTimeEdit):
            has_time = isinstance(edit, QDateTimeEdit) and edit.objectName() == "batchDueEdit"
            edit.setDisplayFormat("dd.MM.yyyy HH:mm" if has_time else "dd.MM.yyyy")

    # ------------------------------------------------------------ loading

    @Slot()
    def refresh(self) -> None:
        """Reload everything shown (F5)."""
        self.reload_board()
        self.reload_plan()
        self.reload_alerts()
        self.ingredients_panel.reload()
        if self.admin_panel is not None:
            self.admin_panel.reload()

    @Slot()
    def reload_board(self) -> None:
        self._board_generation += 1
        generation = self._board_generation
        self._ctx.call(
            self,
            production.production_board,
            self.ui.boardDateEdit.date().toPython(),
            self.ui.boardDaysSpin.value(),
            on_result=lambda board: self._board_arrived(generation, board),
            on_error=self._board_failed,
        )

    def _board_arrived(self, generation: int, board: Board) -> None:
        if generation != self._board_generation:
            return
        first = self.last_board is None
        self.last_board = board
        self.board.set_board(board)
        if self._follow is not None:
            self.board.select_task(self._follow)
            self._follow = None
        elif self.board.selected_card() is None:
            # the next cake to start, ready for Space; the keyboard only moves there at first
            self.board.focus_column(TaskStatus.QUEUED, focus=first)

    def _board_failed(self, error: Exception) -> None:
        show_message(self.ui.boardMessageLabel, describe(error), error=True)

    @Slot()
    def reload_plan(self) -> None:
        day = self.ui.planDateEdit.date().toPython()
        self._ctx.call(
            self,
            planning.day_plan,
            day,
            on_result=self._plan_arrived,
            on_error=lambda error: show_message(
                self.ui.planSummaryLabel, describe(error), error=True
            ),
        )

    def _plan_arrived(self, plan: DayPlan) -> None:
        if plan.day != self.ui.planDateEdit.date().toPython():
            return
        self.plan = plan
        self.planned_model.set_rows(plan.cakes)
        self.needs_model.set_rows(plan.needs)
        to_start = sum(cake.queued for cake in plan.cakes)
        parts = [
            self.tr("%n cake(s) to start, {0} booked of a capacity of {1}.", "", to_start).format(
                plan.booked, plan.capacity
            )
        ]
        shortages = plan.shortages
        if shortages:
            parts.append(
                self.tr("Short: {0}.").format(
                    ", ".join(
                        f"{need.name} {quantity_text(need.short)} {unit_label(need.unit)}"
                        for need in shortages
                    )
                )
            )
        else:
            parts.append(self.tr("Enough of every ingredient."))
        if plan.missing_recipes:
            parts.append(
                self.tr("No recipe, so not counted: {0}.").format(", ".join(plan.missing_recipes))
            )
        show_message(self.ui.planSummaryLabel, " ".join(parts), error=bool(shortages))
        has_list = bool(plan.shopping_list)
        for button in (
            self.ui.exportShoppingCsvButton,
            self.ui.exportShoppingPdfButton,
            self.ui.printShoppingButton,
        ):
            button.setEnabled(has_list)

    @Slot()
    def reload_alerts(self) -> None:
        self._ctx.call(self, ingredients.low_stock, on_result=self._alerts_arrived)

    def _alerts_arrived(self, low: tuple[IngredientStock, ...]) -> None:
        banner = self.ui.lowStockBanner
        if not low:
            banner.hide()
            return
        shown = ", ".join(
            f"{item.name} ({quantity_text(item.stock_qty)} / {quantity_text(item.reorder_level)}"
            f" {unit_label(item.unit)})"
            for item in low[:LOW_STOCK_SHOWN]
        )
        more = len(low) - LOW_STOCK_SHOWN
        text = self.tr("Low stock, under the reorder level: {0}").format(shown)
        if more > 0:
            text += self.tr(" and %n more", "", more)
        banner.setText("⚠ " + text)
        banner.show()

    @Slot(object)
    def _tasks_changed_elsewhere(self, _task_ids: tuple[int, ...]) -> None:
        self.reload_board()
        self.reload_plan()
        self.reload_alerts()

    @Slot()
    def _stock_changed(self) -> None:
        self.reload_plan()
        self.reload_alerts()

    # ------------------------------------------------------------ moving cards

    @Slot()
    def advance_selected(self) -> None:
        card = self.board.selected_card()
        if card is not None:
            self.advance(card)

    @Slot()
    def undo_selected(self) -> None:
        card = self.board.selected_card()
        if card is not None:
            self.undo(card)

    @Slot(object)
    def advance(self, card: TaskCard) -> None:
        self._move(production.advance_task, card)

    @Slot(object)
    def undo(self, card: TaskCard) -> None:
        self._move(production.undo_task, card)

    def _move(self, service: Callable[..., TaskMove], card: TaskCard) -> None:
        if card.id in self._moving:
            return  # the key was pressed again before the first move came back
        self._moving.add(card.id)
        self._ctx.call(
            self,
            service,
            card.id,
            card.version,
            on_result=self._moved,
            on_error=lambda error, c=card: self._move_failed(c, error),
        )

    def _moved(self, move: TaskMove) -> None:
        card = move.task
        self._moving.discard(card.id)
        self._follow = card.id
        column = {
            "queued": self.tr("queued"),
            "in_progress": self.tr("in progress"),
            "done": self.tr("done"),
        }.get(card.status.value, card.status.value)
        text = self.tr("«{0}» × {1}: {2}").format(card.cake_name, card.quantity, column)
        if move.order is not None:
            text += " · " + self.tr("order {0}: {1}").format(
                move.order.number, status_label(move.order.status)
            )
        if move.order is not None and move.order.status is OrderStatus.READY:
            text += " ✓"
        show_message(self.ui.boardMessageLabel, text)
        self.statusBar().showMessage(text, STATUS_MESSAGE_MS)
        self.reload_board()
        self.reload_plan()
        self.reload_alerts()
        self.ingredients_panel.reload()

    def _move_failed(self, card: TaskCard, error: Exception) -> None:
        self._moving.discard(card.id)
        self._follow = card.id
        text = describe(error)
        if isinstance(error, IngredientShortage):
            text += " " + self.tr("(see the Ingredients tab)")
        show_message(self.ui.boardMessageLabel, text, error=True)
        self.reload_board()  # somebody else may have moved the card meanwhile

    def _shift_day(self, days: int) -> None:
        edit = self.ui.boardDateEdit
        edit.setDate(edit.date().addDays(days))

    # ------------------------------------------------------------ shopping list

    def _default_name(self, suffix: str) -> str:
        day = self.plan.day if self.plan is not None else date.today() + timedelta(days=1)
        return f"shopping-{day:%Y-%m-%d}.{suffix}"

    @Slot()
    def export_csv(self) -> None:
        if self.plan is None:
            return
        path = ask_save_path(
            self, self.tr("Export the shopping list"), self._default_name("csv"), "CSV (*.csv)"
        )
        if path:
            self.save_csv(path)

    def save_csv(self, path: str) -> Path | None:
        return self._save(shopping_list.write_csv, path)

    @Slot()
    def export_pdf(self) -> None:
        if self.plan is None:
            return
        path = ask_save_path(
            self, self.tr("Export the shopping list"), self._default_name("pdf"), "PDF (*.pdf)"
        )
        if path:
            self.save_pdf(path)

    def save_pdf(self, path: str) -> Path | None:
        return self._save(lambda to, plan: printing.save_pdf(shopping_list.html(plan), to), path)

    def _save(self, write: Callable[[str, DayPlan], Path], path: str) -> Path | None:
        """Write the shopping list of the plan shown; a failure is said under the plan."""
        assert self.plan is not None
        try:
            written = write(path, self.plan)
        except OSError as exc:
            show_message(self.ui.planSummaryLabel, str(exc), error=True)
            return None
        self.statusBar().showMessage(self.tr("Saved {0}").format(written), STATUS_MESSAGE_MS)
        return written

    @Slot()
    def print_shopping_list(self) -> None:
        if self.plan is not None:
            printing.preview(self, shopping_list.html(self.plan), shopping_list.title(self.plan))

    # ------------------------------------------------------------ the rest

    @Slot()
    def _show_shortcuts(self) -> None:
        help_boxes.show_shortcuts(self, help_boxes.production_shortcuts())
