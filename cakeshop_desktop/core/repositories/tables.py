"""Any table of the database, read and written generically from `Base.metadata` (admin grids)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any, cast

from sqlalchemy import (
    Column,
    ColumnElement,
    Enum,
    MetaData,
    String,
    Table,
    Text,
    and_,
    delete,
    func,
    insert,
    or_,
    select,
    text,
    update,
)
from sqlalchemy.engine import CursorResult
from sqlalchemy.orm import Session

from cakeshop_desktop.core.db.base import Base
from cakeshop_desktop.core.repositories.catalog import LIKE_ESCAPE, like_pattern

# Alembic keeps its own table outside the models; the admin sees it read-only.
ALEMBIC_VERSION = Table(
    "alembic_version",
    MetaData(),
    Column("version_num", String(32), primary_key=True),
)
ESTIMATE_ABOVE = 200_000  # rows: beyond this a MySQL count is the server's estimate


def all_tables() -> dict[str, Table]:
    """Every table the admin may see, by name: the models' and Alembic's."""
    tables = dict(sorted(Base.metadata.tables.items()))
    tables[ALEMBIC_VERSION.name] = ALEMBIC_VERSION
    return tables


def referencing_foreign_keys(table: Table) -> list[tuple[Table, Column, str | None]]:
    """(table, column, ondelete) for every foreign key anywhere that points at `table`."""
    found = []
    for other in Base.metadata.sorted_tables:
        for fk in other.foreign_keys:
            if fk.column.table is table:
                found.append((other, fk.parent, fk.ondelete))
    return found


class TableRepository:
    """Pages, single rows, inserts, updates and deletes on any Table object."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self._dialect = session.get_bind().dialect.name

    @property
    def dialect(self) -> str:
        return self._dialect

    # ------------------------------------------------------------ reading

    def filter_condition(
        self, table: Table, text_value: str, text_columns: Sequence[str], key_column: str | None
    ) -> ColumnElement[bool] | None:
        """LIKE over the text columns, and key equality when the text is a number."""
        value = text_value.strip()
        if not value:
            return None
        folded = value.casefold() if self._dialect == "sqlite" else value
        pattern = like_pattern(folded)
        conditions: list[ColumnElement[bool]] = [
            self._folded(table.c[name]).like(pattern, escape=LIKE_ESCAPE) for name in text_columns
        ]
        if key_column is not None and value.isascii() and value.isdigit() and len(value) < 18:
            conditions.append(table.c[key_column] == int(value))
        return or_(*conditions) if conditions else None

    def _folded(self, column: ColumnElement[Any]) -> ColumnElement[Any]:
        # same folding as the catalogue: SQLite's LIKE only ignores ASCII case
        return func.cs_fold(column) if self._dialect == "sqlite" else column

    def page(
        self,
        table: Table,
        columns: Sequence[str],
        condition: ColumnElement[bool] | None,
        order_by: Sequence[ColumnElement[Any]],
        offset: int,
        limit: int,
        after: Any = None,
        descending: bool = False,
    ) -> list[tuple[Any, ...]]:
        """Rows of `columns`; `after` is a keyset cursor on a one-column primary key."""
        query = select(*(table.c[name] for name in columns))
        if condition is not None:
            query = query.where(condition)
        if after is not None:
            key = next(iter(table.primary_key.columns))
            query = query.where(key < after if descending else key > after)
        query = query.order_by(*order_by).limit(limit)
        if offset and after is None:
            query = query.offset(offset)
        return [tuple(row) for row in self._session.execute(query)]

    def count(
        self, table: Table, condition: ColumnElement[bool] | None, cap: int
    ) -> tuple[int, bool]:
        """How many rows match, and whether the figure is exact (capped or estimated if not)."""
        if condition is None:
            estimate = self._estimate(table)
            if estimate is not None and estimate > ESTIMATE_ABOVE:
                return estimate, False
            return self._session.scalar(select(func.count()).select_from(table)) or 0, True
        inner = select(text("1")).select_from(table).where(condition).limit(cap + 1).subquery()
        found = self._session.scalar(select(func.count()).select_from(inner)) or 0
        return min(found, cap), found <= cap

    def _estimate(self, table: Table) -> int | None:
        if self._dialect == "sqlite":
            return None
        return self._session.scalar(
            text(
                "SELECT TABLE_ROWS FROM information_schema.TABLES"
                " WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = :name"
            ),
            {"name": table.name},
        )

    def get(
        self, table: Table, key: Mapping[str, Any], *, for_update: bool = False
    ) -> dict[str, Any] | None:
        """The row with this primary key as a dict, locked for the transaction when asked."""
        query = select(table).where(self._key_condition(table, key))
        if for_update and self._dialect != "sqlite":  # SQLite's BEGIN IMMEDIATE already locks
            query = query.with_for_update()
        row = self._session.execute(query).mappings().first()
        return dict(row) if row is not None else None

    def exists(
        self, table: Table, values: Mapping[str, Any], exclude: Mapping[str, Any] | None
    ) -> bool:
        """Whether a row with these column values exists (other than the row `exclude`)."""
        query = (
            select(text("1"))
            .select_from(table)
            .where(*(table.c[name] == value for name, value in values.items()))
        )
        if exclude:
            query = query.where(~self._key_condition(table, exclude))
        return self._session.execute(query.limit(1)).first() is not None

    def labels(
        self,
        table: Table,
        key_column: str,
        label_column: str,
        ids: Iterable[Any],
        detail_column: str | None = None,
    ) -> dict[Any, str]:
        """What names each of these referenced rows (name, number..., a person's login after)."""
        wanted = sorted({value for value in ids if value is not None}, key=str)
        if not wanted:
            return {}
        rows = self._session.execute(
            select(*self._label_columns(table, key_column, label_column, detail_column)).where(
                table.c[key_column].in_(wanted)
            )
        )
        return {row[0]: _label(row[1:]) for row in rows}

    def choices(
        self,
        table: Table,
        key_column: str,
        label_column: str,
        text_value: str,
        limit: int,
        detail_column: str | None = None,
    ) -> list[tuple[Any, str]]:
        """Rows a foreign key may point at, by label, for an editor's drop-down."""
        columns = self._label_columns(table, key_column, label_column, detail_column)
        query = select(*columns)
        value = text_value.strip()
        if value:
            pattern = like_pattern(value.casefold() if self._dialect == "sqlite" else value)
            query = query.where(
                or_(
                    *(
                        self._folded(column).like(pattern, escape=LIKE_ESCAPE)
                        for column in columns[1:]
                    )
                )
            )
        query = query.order_by(*columns[1:], table.c[key_column]).limit(limit)
        return [(row[0], _label(row[1:])) for row in self._session.execute(query)]

    @staticmethod
    def _label_columns(
        table: Table, key_column: str, label_column: str, detail_column: str | None
    ) -> list[Column[Any]]:
        columns = [table.c[key_column], table.c[label_column]]
        if detail_column is not None and detail_column != label_column:
            columns.append(table.c[detail_column])
        return columns

    def count_referencing(self, table: Table, column: Column, value: Any) -> int:
        return (
            self._session.scalar(select(func.count()).select_from(table).where(column == value))
            or 0
        )

    # ------------------------------------------------------------ writing

    def insert(self, table: Table, values: Mapping[str, Any]) -> dict[str, Any]:
        """Insert a row; return its primary key."""
        result = cast(CursorResult[Any], self._session.execute(insert(table).values(**values)))
        key = result.inserted_primary_key
        names = [column.name for column in table.primary_key.columns]
        return {
            name: key[i] if key is not None and key[i] is not None else values.get(name)
            for i, name in enumerate(names)
        }

    def update(
        self, table: Table, key: Mapping[str, Any], values: Mapping[str, Any], *, bump_version: bool
    ) -> int:
        """Update one row; the version column, when there is one, moves on by one."""
        changes = dict(values)
        if bump_version:
            changes["version"] = table.c.version + 1
        result = cast(
            CursorResult[Any],
            self._session.execute(
                update(table).where(self._key_condition(table, key)).values(**changes)
            ),
        )
        return result.rowcount

    def delete(self, table: Table, key: Mapping[str, Any]) -> int:
        result = cast(
            CursorResult[Any],
            self._session.execute(delete(table).where(self._key_condition(table, key))),
        )
        return result.rowcount

    def flush(self) -> None:
        self._session.flush()

    @staticmethod
    def _key_condition(table: Table, key: Mapping[str, Any]) -> ColumnElement[bool]:
        return and_(*(column == key[column.name] for column in table.primary_key.columns))


def is_text(column: Column) -> bool:
    return isinstance(column.type, String | Text) and not isinstance(column.type, Enum)


def _label(parts: Sequence[Any]) -> str:
    """'Anna Petrova (anna)' from a name and a detail; either alone when the other is empty."""
    name, detail = ("" if part is None else str(part) for part in (*parts[:2], None, None)[:2])
    if name and detail:
        return f"{name} ({detail})"
    return name or detail
