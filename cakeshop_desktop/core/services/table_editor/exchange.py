"""CSV out of any table (as filtered in its grid) and cakes into the assortment, previewed first."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from typing import Any, TextIO

from cakeshop_desktop.core.domain import InvalidInput, UserDTO
from cakeshop_desktop.core.messages import tr_noop
from cakeshop_desktop.core.rules.csv_cells import csv_writer, typed_cell
from cakeshop_desktop.core.rules.permissions import require
from cakeshop_desktop.core.services.table_editor import (
    ADMINS,
    ROW_ERROR,
    ChangeKind,
    RowChange,
    SaveResult,
    ValidationFailed,
    fetch_rows,
    save_changes,
)
from cakeshop_desktop.core.uow import UnitOfWork

EXPORT_BATCH = 1000
MAX_IMPORT_ROWS = 10_000
MAX_IMPORT_CHARS = 5_000_000
CAKE_IMPORT_COLUMNS = (
    "sku",
    "name",
    "description",
    "category",
    "price",
    "weight_grams",
    "allergens",
    "stock_qty",
    "made_to_order",
    "lead_time_hours",
    "is_active",
)


# ---------------------------------------------------------------- export


def table_csv_rows(
    uow: UnitOfWork,
    actor: UserDTO,
    name: str,
    filter_text: str = "",
    sort_column: str | None = None,
    descending: bool = False,
) -> Iterator[list[str]]:
    """The header, then every matching row as text, fetched a batch at a time."""
    require(actor, ADMINS, tr_noop("export tables"))
    offset, cursor = 0, None
    first = True
    while True:
        page = fetch_rows(
            uow,
            actor,
            name,
            filter_text,
            sort_column,
            descending,
            0 if cursor is not None else offset,
            EXPORT_BATCH,
            cursor=cursor,
        )
        if first:
            yield list(page.columns)
            first = False
        for row in page.rows:
            yield [_cell(value) for value in row.values]
        if not page.has_more:
            return
        cursor = page.cursor
        offset += len(page.rows)


def export_csv(
    uow: UnitOfWork,
    actor: UserDTO,
    name: str,
    stream: TextIO,
    filter_text: str = "",
    sort_column: str | None = None,
    descending: bool = False,
) -> int:
    """Write the table as CSV (comma, UTF-8 text) to `stream`; return how many rows.

    Text that a spreadsheet would run as a formula is marked as text (csv_cells)."""
    writer = csv_writer(stream)
    rows = table_csv_rows(uow, actor, name, filter_text, sort_column, descending)
    writer.writerow(next(rows))
    count = 0
    for row in rows:
        writer.writerow(row)
        count += 1
    return count


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, Decimal):
        return format(value, "f")
    return str(value)


# ---------------------------------------------------------------- cake import


@dataclass(frozen=True, slots=True)
class ImportRow:
    """One line of an imported file: what it would do and what is wrong with it."""

    line: int
    action: ChangeKind  # insert a new SKU or update the cake that has it
    cake_id: int | None
    values: dict[str, Any]
    errors: dict[str, str] = field(default_factory=dict)  # column ("" = the row) -> reason

    @property
    def ok(self) -> bool:
        return not self.errors


@dataclass(frozen=True, slots=True)
class ImportPreview:
    """The parsed file; nothing is written until import_cakes() is given it."""

    rows: tuple[ImportRow, ...]

    @property
    def accepted(self) -> tuple[ImportRow, ...]:
        return tuple(row for row in self.rows if row.ok)

    @property
    def rejected(self) -> tuple[ImportRow, ...]:
        return tuple(row for row in self.rows if not row.ok)


def preview_cake_import(uow: UnitOfWork, actor: UserDTO, text: str) -> ImportPreview:
    """Parse a CSV of cakes and try it in a transaction that is always rolled back."""
    require(actor, ADMINS, tr_noop("import cakes"))
    records = _read_csv(text)
    with uow:
        categories = {c.name.casefold(): c.id for c in uow.catalog.categories()}
        rows: list[ImportRow] = []
        for line, record in records:
            errors: dict[str, str] = {}
            values: dict[str, Any] = {
                k: v for k, v in record.items() if k in CAKE_IMPORT_COLUMNS and v != ""
            }
            category = values.pop("category", None)
            if category is not None:
                category_id = categories.get(str(category).strip().casefold())
                if category_id is None:
                    errors["category"] = f"No category {str(category)[:64]!r}"
                else:
                    values["category_id"] = category_id
            sku = str(record.get("sku", "")).strip()
            existing = uow.catalog.by_sku(sku) if sku else None
            action = ChangeKind.INSERT if existing is None else ChangeKind.UPDATE
            rows.append(ImportRow(line, action, existing.id if existing else None, values, errors))
        checked = _try_rows(uow, actor, rows)
    return ImportPreview(rows=tuple(checked))


def _try_rows(uow: UnitOfWork, actor: UserDTO, rows: list[ImportRow]) -> list[ImportRow]:
    """Run the accepted rows through the table editor until none is refused; never commits."""
    errors: dict[int, dict[str, str]] = {row.line: dict(row.errors) for row in rows}
    for _attempt in range(3):
        candidates = [row for row in rows if not errors[row.line]]
        if not candidates:
            break
        try:
            save_changes(uow, actor, "cakes", [_change(row) for row in candidates])
        except ValidationFailed as exc:
            for (key, column), reason in exc.errors.items():
                errors[int(key)][column or ROW_ERROR] = str(reason)  # English: the CLI reads it
            uow.rollback()
            continue
        break
    uow.rollback()
    return [
        ImportRow(row.line, row.action, row.cake_id, row.values, errors[row.line]) for row in rows
    ]


def _change(row: ImportRow) -> RowChange:
    if row.action is ChangeKind.INSERT:
        return RowChange(ChangeKind.INSERT, str(row.line), values=row.values)
    return RowChange(
        ChangeKind.UPDATE, str(row.line), original={"id": row.cake_id}, values=row.values
    )


def import_cakes(uow: UnitOfWork, actor: UserDTO, preview: ImportPreview) -> SaveResult:
    """Write the accepted rows of a preview in one audited transaction."""
    require(actor, ADMINS, tr_noop("import cakes"))
    if not isinstance(preview, ImportPreview):
        raise InvalidInput(tr_noop("Not an import preview"))
    accepted = preview.accepted
    if not accepted:
        raise InvalidInput(tr_noop("No row of the file can be imported"))
    with uow:
        result = save_changes(
            uow,
            actor,
            "cakes",
            [_change(row) for row in accepted],
        )
        uow.commit()
        return result


def _read_csv(text: str) -> list[tuple[int, dict[str, str]]]:
    if not isinstance(text, str):
        raise InvalidInput(tr_noop("The file is not text"))
    if len(text) > MAX_IMPORT_CHARS:
        raise InvalidInput(tr_noop("The file is too large"))
    text = text.lstrip("\ufeff")
    sample = text[:4096]
    try:
        dialect: Any = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text), dialect)
    try:
        header = [name.strip().casefold() for name in next(reader)]
    except StopIteration:
        raise InvalidInput(tr_noop("The file is empty")) from None
    except csv.Error as exc:
        raise InvalidInput(tr_noop("Not a CSV file: {0}"), exc) from None
    missing = [name for name in ("sku", "name", "price") if name not in header]
    if missing:
        raise InvalidInput(tr_noop("The file has no column {0}"), ", ".join(missing))
    records: list[tuple[int, dict[str, str]]] = []
    try:
        for line, cells in enumerate(reader, start=2):
            if not any(cell.strip() for cell in cells):
                continue
            values = (typed_cell(cell.strip()) for cell in cells)
            records.append((line, dict(zip(header, values, strict=False))))
            if len(records) > MAX_IMPORT_ROWS:
                raise InvalidInput(tr_noop("At most {0} cakes at once"), MAX_IMPORT_ROWS)
    except csv.Error as exc:
        raise InvalidInput(
            tr_noop("Line {0} is not valid CSV: {1}"), reader.line_num, exc
        ) from None
    return records
