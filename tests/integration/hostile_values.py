"""Hostile values for the service property test: edge numbers, torn text, far dates, odd shapes."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal
from typing import Any

from hypothesis import strategies as st

from cakeshop_desktop.core.domain import ItemNote
from cakeshop_desktop.core.services.table_editor import ChangeKind, RowChange

FAR = timezone(timedelta(hours=14))
HUGE_INTS = [
    0,
    -1,
    -(2**31) - 1,
    2**31,
    2**53 + 1,
    2**62 + 1,
    2**63 - 1,
    2**63,
    2**64,
    -(2**63),
    -(2**63) - 1,
    10**30,
]
NUMBERS = [
    float("nan"),
    float("inf"),
    float("-inf"),
    -0.0,
    0.5,
    1e308,
    Decimal("NaN"),
    Decimal("sNaN"),
    Decimal("Infinity"),
    Decimal("-Infinity"),
    Decimal("1E+400"),
    Decimal("-1E-400"),
    Decimal("0.001"),
    Decimal("1e30"),
    Decimal("-5"),
]
TEXTS = [
    "",
    "   ",
    "\x00",
    "admin\x00",
    "\ud800",
    "a\udfffb",
    "\x1b[2J",
    "bell\x07",
    "\u202eкисм",
    "a\u2066b\u2069",
    "\r\n",
    "x" * 10_000,
    "Ж" * 10_000,
    "🎂" * 5_000,
    "'; DROP TABLE cakes; --",
    "%",
    "_",
    "\\",
    "\u0663\u0660\u0660",  # Arabic-Indic 300
    "\uff13\uff10\uff10",  # full-width 300
    "1_000",
    "1e400",
    "NaN",
    "-inf",
    "-100",
    "300.12345",
    "eaten",
    "ADMIN",
]
MOMENTS = [
    date.min,
    date.max,
    datetime.min,
    datetime.max,
    datetime(1, 1, 1, tzinfo=UTC),
    datetime(9999, 12, 31, 23, 59, 59, tzinfo=FAR),
    datetime(9999, 12, 31, 23, 59, 59),
    datetime(1969, 12, 31, 23, 59, 59),
    datetime(2026, 1, 1, tzinfo=FAR),
    date(1900, 1, 1),
]
SHAPES = [None, True, False, [], {}, (), (1, 2), [1, "x"], {"a": 1}, b"bytes", object()]


def _hashable(value: Any) -> bool:
    try:
        hash(value)
    except TypeError:
        return False
    return True


ANY = st.one_of(
    st.sampled_from(HUGE_INTS + NUMBERS + TEXTS + MOMENTS + SHAPES),
    st.integers(),
    st.text(max_size=30),
    st.characters(categories=["Cc", "Cf", "Cs", "Co", "Zl", "Zp"]).map(lambda c: "x" + c),
)


KEYS = st.one_of(
    st.sampled_from([v for v in HUGE_INTS + TEXTS + MOMENTS + SHAPES if _hashable(v)]),
    st.text(max_size=12),
)


def hostile(*likely: Any, strategy: st.SearchStrategy | None = None) -> st.SearchStrategy:
    """Mostly values of the parameter's own kind, else anything at all."""
    own = [st.sampled_from(likely)] if likely else []
    if strategy is not None:
        own.append(strategy)
    return st.one_of(*own, ANY) if own else ANY


IDS = hostile(*HUGE_INTS, strategy=st.integers(min_value=10**5))
INTS = hostile(*HUGE_INTS, strategy=st.integers())
AMOUNTS = hostile(*NUMBERS, *TEXTS[16:26], strategy=st.decimals(places=5))
TEXT = hostile(*TEXTS, strategy=st.text())
MOMENT = hostile(*MOMENTS, strategy=st.datetimes(timezones=st.just(FAR)))
WORDS = hostile("eaten", "", "ADMIN", " admin", 42, strategy=st.text(max_size=12))
ACTORS = st.sampled_from([None, "admin", 1, {"role": "admin"}, object()])


def replaced(base: Any) -> st.SearchStrategy:
    """`base` (a frozen dataclass) with one to three fields given hostile values of their type."""
    fields = {field.name: _by_annotation(str(field.type)) for field in dataclasses.fields(base)}

    @st.composite
    def build(draw: st.DrawFn) -> Any:
        chosen = draw(
            st.lists(st.sampled_from(sorted(fields)), min_size=1, max_size=3, unique=True)
        )
        return dataclasses.replace(base, **{name: draw(fields[name]) for name in chosen})

    return st.one_of(build(), ANY)


def _by_annotation(annotation: str) -> st.SearchStrategy:
    if "Decimal" in annotation:
        return AMOUNTS
    if "date" in annotation:
        return MOMENT
    if annotation.startswith("int"):
        return INTS
    if annotation.startswith("str"):
        return TEXT
    return ANY


@st.composite
def row_changes(draw: st.DrawFn, table: str, key: Any, columns: list[str]) -> Any:
    """Edits of a grid with a hostile kind, key, original or cell value; or no list at all."""
    kind = draw(st.one_of(st.sampled_from(list(ChangeKind)), WORDS))
    original = draw(st.one_of(st.just({"id": key, "version": 1}), st.dictionaries(KEYS, ANY)))
    values = draw(
        st.one_of(
            st.dictionaries(st.sampled_from(columns), ANY, min_size=1),
            st.dictionaries(KEYS, ANY, max_size=2),
        )
    )
    change = RowChange(kind, draw(st.one_of(st.just(str(key)), ANY)), original, values)
    return draw(st.sampled_from([[change], [change, change], change, (change,), [None], "x"]))


@st.composite
def recipe_lines(draw: st.DrawFn, ingredient_id: int) -> Any:
    """Recipe lines of the wrong shape, an unknown ingredient or a hostile amount."""
    line = draw(
        st.one_of(
            st.tuples(st.one_of(st.just(ingredient_id), IDS), AMOUNTS),
            st.sampled_from([(), (ingredient_id,), (ingredient_id, "1", "2"), "x", None, 5]),
            st.lists(ANY, max_size=3),
        )
    )
    return draw(st.sampled_from([[line], [line, line], (line,), line, {ingredient_id: line}]))


def item_notes(cake_id: int) -> st.SearchStrategy:
    note = st.one_of(st.builds(ItemNote, TEXT, TEXT), ANY)
    return st.one_of(st.dictionaries(st.one_of(st.just(cake_id), IDS), note, max_size=2), ANY)
