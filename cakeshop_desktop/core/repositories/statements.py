"""Small helpers for the statements the repositories run."""

from __future__ import annotations

import contextlib
import functools
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, NamedTuple, TypeVar, cast

from sqlalchemy import Connection, CursorResult, Dialect, Executable, Result, Select, Table
from sqlalchemy.exc import DBAPIError
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.elements import ClauseElement
from sqlalchemy.sql.schema import CallableColumnDefault, ScalarElementColumnDefault


def rowcount(result: Result[Any]) -> int:
    """How many rows an UPDATE or DELETE matched (Session.execute types it as a plain Result)."""
    return cast(CursorResult[Any], result).rowcount


Rows = TypeVar("Rows", Mapping[str, object], Sequence[Mapping[str, object]])


@functools.cache
def _column_names(table: Table) -> frozenset[str]:
    return frozenset(table.c.keys())


def known_columns(table: Table, rows: Rows) -> Rows:
    """The rows of an insert, after checking that every key names a column of `table`: Core
    would silently leave out a misspelt one (and its column take its default)."""
    names = _column_names(table)
    for row in [rows] if isinstance(rows, Mapping) else rows:
        unknown = row.keys() - names
        if unknown:
            raise ValueError(f"{table.name} has no column {', '.join(sorted(unknown))}")
    return rows


class Prepared:
    """A Core statement run straight on the DBAPI cursor of a connection: compiled once per
    dialect (and per set of columns an INSERT is given), with its parameters' converters and
    the Python-side defaults Core would fill in.

    What `Connection.execute` does around a cached statement (its cache key, parameter
    processing, events, result set-up) costs ~50 µs a statement, more than the driver's own
    work for a short one; checkout runs a dozen per sale. The rows come back as tuples with
    the columns' result converters applied; a DBAPI error comes back as SQLAlchemy's (the
    same `IntegrityError`, `OperationalError` with its `.orig`, `connection_invalidated`)
    and a lost connection is invalidated, as `Connection.execute` does. No engine events run
    for these statements and echo does not log them.
    """

    def __init__(self, statement: Executable) -> None:
        self._statement = statement
        self._forms: dict[tuple[str, frozenset[str]], _Form] = {}

    def _form(self, dialect: Dialect, keys: Iterable[str]) -> _Form:
        key = (dialect.name, frozenset(keys))
        form = self._forms.get(key)
        if form is None:
            form = self._forms[key] = _Form(self._statement, dialect, key[1])
        return form

    def execute(self, connection: Connection, params: Mapping[str, Any]) -> _Outcome:
        """Run once with `params`: the rows (of a SELECT), lastrowid and rowcount."""
        form = self._form(connection.dialect, params.keys())
        sql, values = form.bind(params)
        return _run(connection, sql, values, form, many=False)

    def executemany(self, connection: Connection, rows: Sequence[Mapping[str, Any]]) -> None:
        """Run for each of `rows` (all with the same keys) in one executemany."""
        if not rows:
            return
        form = self._form(connection.dialect, rows[0].keys())
        if form.expanding:
            raise ValueError("executemany of a statement with an expanding IN")
        values = [form.bind(row)[1] for row in rows]
        _run(connection, form.sql, values, form, many=True)


class _Outcome(NamedTuple):
    rows: list[tuple[Any, ...]]
    lastrowid: int | None
    rowcount: int


class _Form:
    """A statement compiled for one dialect: its SQL, parameters in the driver's order with
    their converters, the Python-side scalar defaults of columns an INSERT leaves out, and
    the converters of its result columns."""

    def __init__(self, statement: Executable, dialect: Dialect, keys: frozenset[str]) -> None:
        compiled = cast(
            SQLCompiler,
            cast(ClauseElement, statement).compile(dialect=dialect, column_keys=list(keys)),
        )
        self.compiled = compiled
        self.sql = compiled.string
        # an IN list's parameter: the SQL for each length of the lists is kept once made
        self.expanding_keys = tuple(bind.key for bind in compiled.binds.values() if bind.expanding)
        self.expanding = bool(self.expanding_keys)
        self.expanded: dict[tuple[int, ...], _Shape] = {}
        # positional (SQLite's qmark) or by name (PyMySQL's pyformat)
        self.positional = compiled.positiontup is not None
        self.names = tuple(compiled.positiontup or ())
        self.processors = {
            name: processor
            for name, bind in compiled.binds.items()
            if (processor := bind.type.dialect_impl(dialect).bind_processor(dialect)) is not None
        }
        # each parameter of the driver's, with the key it is given by and its converter
        self.shape = _Shape.learn(
            self,
            self.sql,
            self.names if self.positional else tuple(compiled.bind_names.values()),
            self.processors,
        )
        # what Core fills in for the columns left out: an INSERT's defaults, an UPDATE's
        # onupdate values (a constant, or a function called per row as Core calls it, here
        # without an execution context: datetime.now for the time stamps)
        self.defaults: dict[str, Any] = {}
        self.computed: dict[str, Any] = {}
        for column, default in [
            *((column, column.default) for column in compiled.insert_prefetch),
            *((column, column.onupdate) for column in compiled.update_prefetch),
        ]:
            if column.key in keys:
                continue
            if isinstance(default, ScalarElementColumnDefault):
                self.defaults[column.key] = default.arg
            elif isinstance(default, CallableColumnDefault):
                self.computed[column.key] = default.arg
            else:
                raise ValueError(f"{column}: give it a value (no default Python could compute)")
        self.results: tuple[Any, ...] = ()
        if isinstance(statement, Select):
            self.results = tuple(
                column.type.dialect_impl(dialect).result_processor(dialect, None)
                for column in statement.selected_columns
            )

    def bind(self, params: Mapping[str, Any]) -> tuple[str, Any]:
        """The SQL and the driver's parameters for `params` (a tuple, or a dict by name)."""
        if self.defaults or self.computed:
            stamped = {key: compute(None) for key, compute in self.computed.items()}
            params = {**self.defaults, **stamped, **params}
        if self.expanding:
            return self._bind_expanded(params)
        try:  # the usual case, each parameter given by its key: no construct_params
            return self.sql, self.shape.bind(params)
        except KeyError:  # a bindparam's own value, or SQLAlchemy's error for a missing one
            raw = self.compiled.construct_params(params)
        return self.sql, self._converted(raw, self.names, self.processors)

    def _bind_expanded(self, params: Mapping[str, Any]) -> tuple[str, Any]:
        """An IN list's SQL is made by SQLAlchemy once per length of the lists, then kept."""
        lengths = _lengths(params, self.expanding_keys)
        shape = self.expanded.get(lengths) if lengths is not None else None
        if shape is not None:
            return shape.sql, shape.bind(params)
        state = self.compiled.construct_expanded_state(params)
        raw, sql, names = state.parameters, state.statement, state.positiontup or ()
        processors = {**self.processors, **state.processors}
        values = self._converted(raw, names, processors)
        if lengths is not None:
            learnt = _Shape.learn(self, sql, names or tuple(raw), processors)
            with contextlib.suppress(LookupError, TypeError):  # else it stays uncached
                if learnt.bind(params) == values:
                    self.expanded[lengths] = learnt
        return sql, values

    def _converted(self, raw: Mapping[str, Any], names: Sequence[str], processors: Any) -> Any:
        if not self.positional:
            return {name: _converted(value, processors.get(name)) for name, value in raw.items()}
        return tuple(_converted(raw[name], processors.get(name)) for name in names)

    def rows(self, fetched: Sequence[Sequence[Any]]) -> list[tuple[Any, ...]]:
        if not any(self.results):
            return [tuple(row) for row in fetched]
        return [
            tuple(
                value if convert is None else convert(value)
                for convert, value in zip(self.results, row, strict=True)
            )
            for row in fetched
        ]


class _Shape:
    """A statement's SQL (with its IN lists, if any, of given lengths) and where each of the
    driver's parameters comes from (a key, or an element of a key's list) with its converter."""

    def __init__(self, sql: str, positional: bool, slots: tuple[Any, ...]) -> None:
        self.sql, self.positional, self.slots = sql, positional, slots

    @classmethod
    def learn(cls, form: _Form, sql: str, names: Sequence[str], processors: Any) -> _Shape:
        """From the compiled names (an IN list's elements, expanded, are `<name>_<n>`)."""
        binds = form.compiled.bind_names.items()
        key_of = {name: bind.key for bind, name in binds}
        list_of = {name: bind.key for bind, name in binds if bind.expanding}
        slots = []
        for name in names:
            stem, _, number = name.rpartition("_")
            if name not in key_of and stem in list_of and number.isdigit():
                key, index = list_of[stem], int(number) - 1
            else:
                key, index = key_of.get(name, name), None
            slots.append((name, key, index, processors.get(name)))
        return cls(sql, form.positional, tuple(slots))

    def bind(self, params: Mapping[str, Any]) -> Any:
        values = (
            (name, _converted(params[key] if index is None else params[key][index], convert))
            for name, key, index, convert in self.slots
        )
        if self.positional:
            return tuple(value for _name, value in values)
        return dict(values)


def _lengths(params: Mapping[str, Any], keys: Sequence[str]) -> tuple[int, ...] | None:
    """The lengths of the IN lists in `params` (None where one is missing or not a list)."""
    try:
        return tuple(len(params[key]) for key in keys)
    except (KeyError, TypeError):
        return None


def _converted(value: Any, processor: Any) -> Any:
    return value if processor is None or value is None else processor(value)


def _run(connection: Connection, sql: str, values: Any, form: _Form, *, many: bool) -> _Outcome:
    dialect = connection.dialect
    dbapi_connection = connection.connection.dbapi_connection
    assert dbapi_connection is not None
    cursor = dbapi_connection.cursor()
    try:
        if many:
            cursor.executemany(sql, values)
        else:
            cursor.execute(sql, values)
        fetched = cursor.fetchall() if cursor.description else ()
        return _Outcome(form.rows(fetched), cursor.lastrowid, cursor.rowcount)
    except dialect.loaded_dbapi.Error as exc:
        lost = dialect.is_disconnect(exc, dbapi_connection, cursor)
        if lost:
            connection.invalidate(exc)
        raise DBAPIError.instance(
            sql,
            values,
            exc,
            dialect.loaded_dbapi.Error,
            connection_invalidated=lost,
            dialect=dialect,
        ) from exc
    finally:
        cursor.close()
