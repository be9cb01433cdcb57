"""Why a status changed or a stock figure moved, as the app writes it: a code, not a sentence.

`order_status_history.reason` and `stock_movements.reason` hold either what a person typed
(a cancellation's reason, a waste note) or, when the app itself wrote the row, a code with
its values: "@sold_at_counter", "@task:604". `stored(...)` makes such a code; `readable(...)`
turns what a row holds back into a `Message` the GUI shows in the reader's language
(gui/errors.py `render`), or the typed text as it is. The English sentences of rows written
before codes are turned into codes by the migration `reason_codes`.
"""

from __future__ import annotations

import enum

from cakeshop_desktop.core.messages import Message, tr_noop

PREFIX = "@"
SEPARATOR = ":"


class Reason(enum.StrEnum):
    """The reasons the app writes by itself."""

    SOLD_AT_COUNTER = "sold_at_counter"
    NOTHING_TO_BAKE = "nothing_to_bake"
    CANCELLED_BY_CUSTOMER = "cancelled_by_customer"
    TABLE_EDITOR = "table_editor"
    PRODUCTION_STARTED = "production_started"
    ALL_DONE = "all_done"
    SHOWCASE_BATCH = "showcase_batch"
    BATCH_FINISH_UNDONE = "batch_finish_undone"
    TASK = "task"  # a production task's id
    TASK_START_UNDONE = "task_start_undone"  # a production task's id
    OPENING_STOCK = "opening_stock"


TEMPLATES: dict[Reason, str] = {
    Reason.SOLD_AT_COUNTER: tr_noop("sold at the counter"),
    Reason.NOTHING_TO_BAKE: tr_noop("showcase cakes only: nothing to bake"),
    Reason.CANCELLED_BY_CUSTOMER: tr_noop("cancelled by the customer"),
    Reason.TABLE_EDITOR: tr_noop("Changed by an administrator in the table editor"),
    Reason.PRODUCTION_STARTED: tr_noop("production started"),
    Reason.ALL_DONE: tr_noop("every cake of the order is done"),
    Reason.SHOWCASE_BATCH: tr_noop("Showcase batch"),
    Reason.BATCH_FINISH_UNDONE: tr_noop("batch finish undone"),
    Reason.TASK: tr_noop("task {0}"),
    Reason.TASK_START_UNDONE: tr_noop("task {0} start undone"),
    Reason.OPENING_STOCK: tr_noop("opening stock"),
}

# The English sentences rows held before codes (the migration `reason_codes` reads them).
ENGLISH_BEFORE: dict[Reason, str] = {
    Reason.SOLD_AT_COUNTER: "sold at the counter",
    Reason.NOTHING_TO_BAKE: "showcase cakes only: nothing to bake",
    Reason.CANCELLED_BY_CUSTOMER: "cancelled by the customer",
    Reason.TABLE_EDITOR: "Changed by an administrator in the table editor",
    Reason.PRODUCTION_STARTED: "production started",
    Reason.ALL_DONE: "every cake of the order is done",
    Reason.SHOWCASE_BATCH: "Showcase batch",
    Reason.BATCH_FINISH_UNDONE: "batch finish undone",
}


def stored(reason: Reason, *values: object) -> str:
    """What a row keeps for `reason` with its values: "@task:604"."""
    return PREFIX + SEPARATOR.join([reason.value, *(str(value) for value in values)])


SOLD_AT_COUNTER = PREFIX + Reason.SOLD_AT_COUNTER.value  # what checkout writes for a sale at once


def readable(text: str | None) -> Message | str:
    """A stored reason to show: a code as its message, anything a person typed as it is."""
    if not text or not text.startswith(PREFIX):
        return text or ""
    code, *values = text[len(PREFIX) :].split(SEPARATOR)
    try:
        reason = Reason(code)
    except ValueError:
        return text
    return Message(TEMPLATES[reason], tuple(values))
