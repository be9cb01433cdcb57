"""Cakes and categories: the filtered catalogue and the showcase stock counters."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, NamedTuple, cast

from sqlalchemy import (
    ColumnElement,
    Executable,
    Integer,
    Join,
    Result,
    Select,
    Table,
    TableClause,
    TextClause,
    UnaryExpression,
    and_,
    bindparam,
    case,
    column,
    func,
    literal,
    not_,
    or_,
    outerjoin,
    select,
    table,
    update,
)
from sqlalchemy import text as sql_text
from sqlalchemy.dialects.mysql import match as mysql_match
from sqlalchemy.orm import Session

from cakeshop_desktop.core.db import catalog_search
from cakeshop_desktop.core.db.models import Cake, Category, Ingredient, RecipeItem
from cakeshop_desktop.core.domain import CatalogQuery, CatalogSort
from cakeshop_desktop.core.repositories.statements import Prepared, rowcount

LIKE_ESCAPE = "\\"

_CAKES = cast(Table, Cake.__table__)
# Checkout's row locks, one Core statement built once. No join (it would lock categories
# too), and through the primary key: on a small table MySQL may read the ids from a
# secondary index and lock in that index's order.
# checkout's, run on the driver's cursor (statements.Prepared)
_LOCK_CAKES = Prepared(
    select(_CAKES.c.id, _CAKES.c.stock_qty)
    .where(_CAKES.c.id.in_(bindparam("ids", expanding=True)))
    .order_by(_CAKES.c.id)
    .with_hint(_CAKES, "FORCE INDEX (PRIMARY)", "mysql")
    .with_hint(_CAKES, "FORCE INDEX (PRIMARY)", "mariadb")
    .with_for_update()
)


@functools.cache
def _take_lines(count: int) -> Prepared:
    """UPDATE cakes taking `count` cakes' quantities (cake0/quantity0, ...) at once, where each
    still has as many left; one statement built once per number of lines."""
    cakes = _CAKES.c
    ids = [bindparam(f"cake{n}", type_=Integer) for n in range(count)]
    wanted = case(
        *((cakes.id == ids[n], bindparam(f"quantity{n}", type_=Integer)) for n in range(count))
    )
    return Prepared(
        update(_CAKES)
        .where(cakes.id.in_(ids), cakes.stock_qty >= wanted)
        .values(stock_qty=cakes.stock_qty - wanted, sold_count=cakes.sold_count + wanted)
    )


# Text search. Every word of the query (a run of letters, digits and '_') must start a word
# of the name, SKU or description, ignoring case, ё/е and Latin accents: "медов" finds
# "Торт «Медовик»", "4600" finds SKU 4600123, "крем-чиз" finds "крем-чиз" and "чизкейк с
# кремом", "едов" finds nothing. The same on SQLite and MySQL/MariaDB (bench/README.md
# tells why word prefixes and not substrings). At most SEARCH_COUNT_CAP matches are
# counted (CatalogPage.total_is_capped).
SEARCH_COUNT_CAP = 1000
# MySQL/MariaDB answer a search in one of two ways, as fast as each other where the
# matches are about this share of the filtered cakes:
# - the FULLTEXT index ix_cakes_search finds every match (cost ~ the number of matches,
#   ~3 µs each: fine for a rare word, 110 ms for a word in every cake), sorts them and
#   counts them in the same statement (SQL_CALC_FOUND_ROWS);
# - a scan in the page's order with the word-start REGEXP stops after the page, and the
#   count stops at SEARCH_COUNT_CAP (cost ~ SEARCH_COUNT_CAP / share rows: fine for a
#   common word, a full scan for a rare one).
FULLTEXT_BELOW_SHARE = 0.07
# The share is guessed from this many cakes among those the other filters keep (if these
# are all of them, they are the answer: one pass over them). 200 guessed 8 % for a word in
# 5 % of the bench's cakes, and the scan in name order then read most of the catalogue
# (225 ms: the matches sat together under one letter); 1,000 guess within about 1 % and
# cost ~2 ms more (bench/README.md, catalogue view).
SEARCH_SAMPLE_ROWS = 1000
SHELF_PRICE_INDEX = "ix_cakes_category_active_price"
# SQLite: a page of more matches than this is read by walking the index in the page's order
# (the whole catalogue's or a shelf's), not sorted; fewer are read through SQLite's choice.
SQLITE_SORT_AT_MOST = 2000
# SQLite: a text search within a category or price range keeping fewer cakes than this reads
# them (and asks the word index about each) rather than every cake the word index finds.
SQLITE_SMALL_SHELF = 2000
SQLITE_ORDER_INDEXES = {
    (shelf, sort): f"ix_cakes_{prefix}active_{key}"
    for shelf, prefix in (("all", ""), ("category", "category_"))
    for sort, key in (
        (CatalogSort.NAME, "name"),
        (CatalogSort.PRICE_ASC, "price"),
        (CatalogSort.PRICE_DESC, "price"),
        (CatalogSort.POPULARITY, "sold"),
    )
}
# InnoDB FULLTEXT indexes words of 3 (innodb_ft_min_token_size) to 84 characters.
FULLTEXT_MIN_WORD = 3
FULLTEXT_MAX_WORD = 84
_WORD = re.compile(r"\w+")
_NOTHING = literal(0, literal_execute=True)  # written into the SQL, not bound


def search_words(text: str) -> list[str]:
    """The words of a search: runs of letters, digits and '_' (InnoDB's word characters)."""
    return _WORD.findall(text)


def _alike_letters() -> dict[str, str]:
    """Each letter utf8mb4_unicode_ci takes for another, to the regexp class of all of them:
    е and ё, and Latin letters with and without accents (é, è, ê, ë and e)."""
    groups: dict[str, set[str]] = {"е": {"е", "ё"}}
    for code in range(0xC0, 0x250):
        letter = chr(code).lower()
        base = unicodedata.normalize("NFD", letter)[0]
        if base != letter and base.isascii() and base.isalpha():
            groups.setdefault(base, {base}).add(letter)
    classes: dict[str, str] = {}
    for group in groups.values():
        members = "".join(sorted(group))
        for letter in group:
            classes[letter] = f"[{members}]"
    return classes


_ALIKE = _alike_letters()


def word_start_regexp(word: str) -> str:
    """A regexp finding a word that starts with `word`, as MATCH AGAINST('+word*') does.

    Python's re (SQLite, through SQLAlchemy's REGEXP function) and MariaDB's PCRE2 (Unicode
    classes; caseless) read it alike: a word boundary, then each letter in any case or
    accent."""
    return rf"(?i)\b{''.join(_letters(word))}"


def python_word_start_regexp(word: str) -> str:
    """word_start_regexp spelled for Python's re (SQLite's REGEXP): the same matches, 3-10×
    faster. A leading `\b` keeps re from skipping ahead to the first letter, so here the
    first letter comes first and a look-behind checks that no word character precedes it
    (tests/unit/test_word_start.py compares the two)."""
    first, *rest = _letters(word)
    return rf"(?is){first}(?<!\w.){''.join(rest)}"


def _letters(word: str) -> list[str]:
    """Each letter of `word` as a regexp matching it in any accent (case is the flag's)."""
    return [_ALIKE.get(ch, re.escape(ch)) for ch in word.lower()]


def _fulltext_word(word: str) -> bool:
    """A word the FULLTEXT index looks up as a prefix exactly like word_start_regexp: 3 to
    84 characters, only ASCII digits, '_' and letters with case (which MariaDB's tokenizer
    surely counts as word characters)."""
    return FULLTEXT_MIN_WORD <= len(word) <= FULLTEXT_MAX_WORD and all(
        ch in "0123456789_" or ch.lower() != ch.upper() for ch in word
    )


class CakeRow(NamedTuple):
    """A cake as the catalogue shows it (CakeDTO's fields, as stored), with its shelf's name."""

    id: int
    sku: str
    name: str
    description: str
    category_id: int | None
    category_name: str | None
    price: Decimal
    weight_grams: int
    allergens: str
    stock_qty: int
    made_to_order: bool
    lead_time_hours: int
    is_active: bool
    image: str | None
    sold_count: int
    version: int


# The columns of CakeRow: a page of the catalogue is read as rows, not entities (loading an
# entity costs more than reading its row).
_CAKE_ROW_COLUMNS: tuple[Any, ...] = (
    Cake.id,
    Cake.sku,
    Cake.name,
    Cake.description,
    Cake.category_id,
    Category.name,
    Cake.price,
    Cake.weight_grams,
    Cake.allergens,
    Cake.stock_qty,
    Cake.made_to_order,
    Cake.lead_time_hours,
    Cake.is_active,
    Cake.image,
    Cake.sold_count,
    Cake.version,
)


def _cake_rows() -> Select[Any]:
    return select(*_CAKE_ROW_COLUMNS).select_from(
        outerjoin(Cake, Category, Category.id == Cake.category_id)
    )


_CAKE_ROWS_BY_IDS = _cake_rows().where(Cake.id.in_(bindparam("ids", expanding=True)))


@dataclass(frozen=True, slots=True)
class SearchResult:
    cakes: list[CakeRow]
    total: int
    total_is_capped: bool = False


def like_pattern(text: str) -> str:
    """A LIKE pattern matching `text` anywhere, with % and _ taken literally."""
    escaped = text.replace(LIKE_ESCAPE, LIKE_ESCAPE * 2).replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


class CatalogRepository:
    """Reads and writes `cakes` and `categories`."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self._sqlite = session.get_bind().dialect.name == "sqlite"

    # --- cakes

    def get_cake(self, cake_id: int) -> Cake | None:
        return self._session.get(Cake, cake_id)

    def cakes_by_ids(self, cake_ids: list[int]) -> dict[int, Cake]:
        if not cake_ids:
            return {}
        rows = self._session.scalars(select(Cake).where(Cake.id.in_(cake_ids)))
        return {cake.id: cake for cake in rows}

    def by_sku(self, sku: str) -> Cake | None:
        return self._session.scalars(select(Cake).where(Cake.sku == sku)).first()

    def composition(self, cake_id: int) -> list[str]:
        """The names of the ingredients of the cake's recipe, in the recipe's order."""
        return list(
            self._session.scalars(
                select(Ingredient.name)
                .join(RecipeItem, RecipeItem.ingredient_id == Ingredient.id)
                .where(RecipeItem.cake_id == cake_id)
                .order_by(RecipeItem.id)
            )
        )

    def add_cake(self, cake: Cake) -> Cake:
        self._session.add(cake)
        self._session.flush()
        return cake

    def search(self, query: CatalogQuery) -> SearchResult:
        """One page of cakes matching the query, and how many match in all (with text, up to
        SEARCH_COUNT_CAP)."""
        filters = self._conditions(query)
        text = query.text.strip()
        if self._sqlite:
            return self._search_on_sqlite(query, filters, search_words(text))
        if not text:
            count = select(func.count()).select_from(Cake).where(*filters)
            total = self._read(self._hinted(query, count)).scalar() or 0
            return SearchResult(self._cakes(self._hinted(query, self._page(query, filters))), total)
        words = search_words(text)
        if not words:  # only punctuation: no word to look for
            return SearchResult([], 0)
        if _one_shelf_price_range(query):  # a few thousand cakes at most: read them once
            return self._in_one_pass(query, [*filters, *map(self._word_starts, words)])
        sampled_all, share, words = self._sample(filters, words)
        scan = [*filters, *map(self._word_starts, words)]  # the rarest word checked first
        if sampled_all:
            return self._in_one_pass(query, scan)
        indexed = [word for word in words if _fulltext_word(word)]
        if indexed and share < FULLTEXT_BELOW_SHARE:
            rest = [word for word in words if word not in indexed]
            fulltext = [*filters, _fulltext_match(indexed), *map(self._word_starts, rest)]
            return self._in_one_pass(query, fulltext)
        # common words (or only words too short for the index): scan in the page's order
        return self._scanned(query, scan)

    def _search_on_sqlite(
        self, query: CatalogQuery, filters: Sequence[ColumnElement[bool]], words: list[str]
    ) -> SearchResult:
        """SQLite has no FORCE INDEX and guesses how many cakes a filter keeps (it sorted a
        price range's 30,000 cakes by name for a page of 50), so the count comes first and
        decides where the page is read from (bench/README.md, the embedded SQLite file)."""
        if not words:
            if query.text.strip():  # only punctuation: no word to look for
                return SearchResult([], 0)
            total = self._read(select(func.count()).select_from(Cake).where(*filters)).scalar()
            page = self._sqlite_page(query, filters, total or 0)
            return SearchResult(self._cakes(page), total or 0)
        # The FTS5 index finds candidates, the word-start rule decides. The matches are read
        # (ids only, one more than the count shows) from the smaller side: the shelf a
        # category or price range keeps when it is small, else the word index.
        starts = [self._word_starts(word) for word in words]
        in_index = Cake.id.in_(_word_index_ids(words))
        shelf = _sqlite_shelf_index(query)
        if shelf is not None and self._at_most(filters, SQLITE_SMALL_SHELF) < SQLITE_SMALL_SHELF:
            matches = select(Cake.id).where(*filters, in_index, *starts)
            matches = matches.with_hint(Cake, f"INDEXED BY {shelf}", "sqlite")
        else:
            matches = select(Cake.id).select_from(_word_index_join(words)).where(*filters, *starts)
        found = list(self._read(matches.limit(SEARCH_COUNT_CAP + 1)).scalars())
        if len(found) <= SEARCH_COUNT_CAP:  # all of them: sort just these
            return _result(self._cakes(self._page(query, [Cake.id.in_(found)])), len(found))
        # Common words: walk the page's order until it is full, asking the word index (read
        # once into a list) about each cake before the rule.
        walk = self._in_page_order(query, [*filters, in_index, *starts])
        return _result(self._cakes(walk), len(found))

    def _at_most(self, conditions: Sequence[ColumnElement[bool]], cap: int) -> int:
        """How many cakes meet the conditions, counting no further than `cap`."""
        capped = select(literal(1)).where(*conditions).limit(cap).subquery()
        return self._read(select(func.count()).select_from(capped)).scalar() or 0

    def _sqlite_page(
        self, query: CatalogQuery, conditions: Sequence[ColumnElement[bool]], total: int
    ) -> Select[Any]:
        """A few matches: read through the shelf's index (a category's or a price range's;
        without statistics SQLite read a shelf's price range through the whole catalogue's)
        and sorted. Many: walking the page's order index finds the page within the first
        (offset + limit) × cakes / total cakes."""
        if total > SQLITE_SORT_AT_MOST:
            return self._in_page_order(query, conditions)
        statement = self._page(query, conditions)
        shelf = _sqlite_shelf_index(query)
        if shelf is None:
            return statement
        return statement.with_hint(Cake, f"INDEXED BY {shelf}", "sqlite")

    def _in_page_order(
        self, query: CatalogQuery, conditions: Sequence[ColumnElement[bool]]
    ) -> Select[Any]:
        statement = self._page(query, conditions)
        if query.include_inactive:  # no index is in the page's order: SQLite sorts
            return statement
        shelf = "category" if query.category_id is not None else "all"
        index = SQLITE_ORDER_INDEXES[shelf, query.sort]
        return statement.with_hint(Cake, f"INDEXED BY {index}", "sqlite")

    def _page(self, query: CatalogQuery, conditions: Sequence[ColumnElement[bool]]) -> Select[Any]:
        return (
            _cake_rows()
            .where(*conditions)
            .order_by(*_ordering(query.sort))
            .offset(query.offset)
            .limit(query.limit)
        )

    def _hinted(self, query: CatalogQuery, statement: Select[Any]) -> Select[Any]:
        # One shelf's price range: read it through (category, active, price). MariaDB
        # otherwise walks the whole catalogue down the popularity index until it has a page
        # (~1 in 100 cakes match: 100-300 ms).
        if not _one_shelf_price_range(query):
            return statement
        for dialect in ("mysql", "mariadb"):
            statement = statement.with_hint(Cake, f"FORCE INDEX ({SHELF_PRICE_INDEX})", dialect)
        return statement

    def _read(self, statement: Executable) -> Result[*tuple[Any, ...]]:
        """A search's read through Core: nothing in it is an entity, and the ORM's execution
        would add its own work to each of the three or four statements of a search."""
        return self._session.connection().execute(statement)

    def _cakes(self, statement: Select[Any]) -> list[CakeRow]:
        return [CakeRow._make(row) for row in self._session.connection().execute(statement)]

    def _cakes_by_ids(self, cake_ids: list[int]) -> list[CakeRow]:
        rows = self._session.connection().execute(_CAKE_ROWS_BY_IDS, {"ids": cake_ids})
        return [CakeRow._make(row) for row in rows]

    def _scanned(
        self, query: CatalogQuery, conditions: Sequence[ColumnElement[bool]]
    ) -> SearchResult:
        """The page stops at its last match, the count at SEARCH_COUNT_CAP + 1."""
        capped = select(literal(1)).where(*conditions).limit(SEARCH_COUNT_CAP + 1).subquery()
        found = self._read(select(func.count()).select_from(capped)).scalar() or 0
        return _result(self._cakes(self._page(query, conditions)), found)

    def _in_one_pass(
        self, query: CatalogQuery, conditions: Sequence[ColumnElement[bool]]
    ) -> SearchResult:
        """For a bounded set of candidates (FULLTEXT matches, a shelf's price range, a few
        filtered cakes), read once: the sort reads every match anyway, so counting them on
        the way is free (SQL_CALC_FOUND_ROWS). Only the ids (not 2,000-character
        descriptions) go through the sort; the page's cakes are read after."""
        ids_statement = (
            select(Cake.id)
            .where(*conditions)
            .order_by(*_ordering(query.sort))
            .offset(query.offset)
            .limit(query.limit)
            .prefix_with("SQL_CALC_FOUND_ROWS")
        )
        ids = list(self._read(self._hinted(query, ids_statement)).scalars())
        found = self._read(select(func.found_rows())).scalar() or 0
        by_id = {row.id: row for row in self._cakes_by_ids(ids)} if ids else {}
        return _result([by_id[cake_id] for cake_id in ids if cake_id in by_id], found)

    def _sample(
        self, filters: Sequence[ColumnElement[bool]], words: list[str]
    ) -> tuple[bool, float, list[str]]:
        """Whether the first SEARCH_SAMPLE_ROWS cakes the filters keep were all of them, the
        share of matches among them, and the words, rarest first. In no particular order:
        the order the capped count of _scanned reads them in, which is where a wrong guess
        costs most."""
        head = select(Cake.id).where(*filters).limit(SEARCH_SAMPLE_ROWS).subquery()
        starts = [self._word_starts(word) for word in words]
        # one word (most searches: a word being typed) matches as often as all of them: its
        # own count would make the server check every sampled cake for it twice
        each = starts if len(starts) > 1 else []
        row = self._read(
            select(
                func.count(),
                func.sum(case((and_(*starts), 1), else_=0)),
                *(func.sum(case((start, 1), else_=0)) for start in each),
            ).select_from(head.join(Cake, Cake.id == head.c.id))
        ).one()
        sampled, matched, *per_word = row
        hits = [count or 0 for count in per_word] if each else [matched]
        rarest_first = [word for _, word in sorted(zip(hits, words, strict=True))]
        return sampled < SEARCH_SAMPLE_ROWS, (matched or 0) / SEARCH_SAMPLE_ROWS, rarest_first

    def _word_starts(self, word: str) -> ColumnElement[bool]:
        """Some word of the name, SKU or description starts with `word`."""
        return _word_starts(word, self._sqlite)

    def _conditions(self, query: CatalogQuery) -> list[ColumnElement[bool]]:
        """Every filter of the query but the text."""
        conditions: list[ColumnElement[bool]] = []
        if not query.include_inactive:
            conditions.append(Cake.is_active.is_(True))
        if query.category_id is not None:
            conditions.append(Cake.category_id == query.category_id)
        if query.price_from is not None:
            conditions.append(Cake.price >= query.price_from)
        if query.price_to is not None:
            conditions.append(Cake.price <= query.price_to)
        if query.in_stock_only:  # as SQLite's partial indexes state them (models.Cake)
            conditions.append(or_(Cake.stock_qty > _NOTHING, Cake.made_to_order.is_(True)))
        if query.made_to_order_only:
            conditions.append(Cake.made_to_order.is_(True))
        for allergen in query.exclude_allergens:
            tag = allergen.strip().casefold()
            if tag:
                listed = literal(",") + Cake.allergens + literal(",")
                conditions.append(not_(listed.like(like_pattern(f",{tag},"), escape=LIKE_ESCAPE)))
        return conditions

    def lock_cakes(self, cake_ids: Iterable[int]) -> dict[int, int]:
        """Row-lock these cakes until commit, always in id order so lockers queue, not deadlock.

        Returns each locked cake's showcase stock as it is now (no other till can change it
        before this transaction ends)."""
        ids = sorted(set(cake_ids))
        if not ids:
            return {}
        rows = _LOCK_CAKES.execute(self._session.connection(), {"ids": ids}).rows
        return {cake_id: stock for cake_id, stock in rows}

    def take_lines_from_showcase(self, quantities: dict[int, int]) -> bool:
        """Atomically take ready cakes (cake id -> quantity) in one statement; False when any
        had fewer left (then those stay untouched: the caller rolls the others back).

        Pending ORM changes are not flushed first: the order's next flush writes them."""
        if not quantities:
            return True
        values: dict[str, int] = {}
        for n, (cake_id, quantity) in enumerate(sorted(quantities.items())):
            values[f"cake{n}"], values[f"quantity{n}"] = cake_id, quantity
        taken = _take_lines(len(quantities)).execute(self._session.connection(), values)
        return taken.rowcount == len(quantities)

    def take_from_showcase(self, cake_id: int, quantity: int) -> bool:
        """Atomically take `quantity` ready cakes; False when fewer are left."""
        result = self._session.execute(
            update(Cake)
            .where(Cake.id == cake_id, Cake.stock_qty >= quantity)
            .values(stock_qty=Cake.stock_qty - quantity, sold_count=Cake.sold_count + quantity)
            .execution_options(synchronize_session=False)
        )
        return rowcount(result) == 1

    def count_sold(self, cake_id: int, quantity: int) -> None:
        """Add to a made-to-order cake's popularity."""
        self._session.execute(
            update(Cake)
            .where(Cake.id == cake_id)
            .values(sold_count=Cake.sold_count + quantity)
            .execution_options(synchronize_session=False)
        )

    def return_to_showcase(self, cake_id: int, quantity: int) -> None:
        self._session.execute(
            update(Cake)
            .where(Cake.id == cake_id)
            .values(stock_qty=Cake.stock_qty + quantity, sold_count=Cake.sold_count - quantity)
            .execution_options(synchronize_session=False)
        )

    def stock_of(self, cake_id: int) -> int:
        return self._session.scalar(select(Cake.stock_qty).where(Cake.id == cake_id)) or 0

    # --- categories

    def categories(self) -> list[Category]:
        return list(
            self._session.scalars(select(Category).order_by(Category.sort_order, Category.name))
        )

    def get_category(self, category_id: int) -> Category | None:
        return self._session.get(Category, category_id)

    def add_category(self, category: Category) -> Category:
        self._session.add(category)
        self._session.flush()
        return category

    def allergens_in_use(self) -> list[str]:
        rows = self._session.scalars(
            select(Cake.allergens).where(Cake.is_active.is_(True), Cake.allergens != "").distinct()
        )
        tags = {tag for row in rows for tag in row.split(",") if tag}
        return sorted(tags)


# A counter types the same few words all day: each word's condition is built once (an
# expression is never changed once built, so statements may share it).
@functools.lru_cache(maxsize=512)
def _word_starts(word: str, sqlite: bool) -> ColumnElement[bool]:
    columns = (Cake.name, Cake.sku, Cake.description)
    if sqlite:
        pattern = python_word_start_regexp(word)
        return or_(*(column.regexp_match(pattern) for column in columns))
    pattern = word_start_regexp(word)
    # MariaDB's REGEXP costs ~2 µs a value; LIKE (the collation ignores case and
    # accents too) ~0.3 µs and weeds out most values first.
    contains = like_pattern(word)
    return or_(
        *(
            and_(column.like(contains, escape=LIKE_ESCAPE), column.regexp_match(pattern))
            for column in columns
        )
    )


def _fulltext_match(words: list[str]) -> ColumnElement[bool]:
    """MATCH ... AGAINST over ix_cakes_search: a word starting with each of the words."""
    against = " ".join(f"+{word}*" for word in words)
    return mysql_match(
        Cake.name.expression, Cake.sku.expression, Cake.description.expression, against=against
    ).in_boolean_mode()


def _word_index() -> TableClause:
    return table(catalog_search.TABLE, column("rowid", Integer))


def _word_index_match(words: list[str]) -> TextClause:
    """The cakes the FTS5 index (core/db/catalog_search.py) finds a word starting with each
    of the words in: every cake the word-start rule keeps, maybe a few more."""
    return sql_text(f"{catalog_search.TABLE} MATCH :words").bindparams(
        words=catalog_search.match_expression(words)
    )


def _word_index_join(words: list[str]) -> Join:
    """The cakes the FTS5 index finds, the index read first. `rowid + 0` leaves SQLite no
    way to look a cake's id up in the index: without ANALYZE's statistics (a shop's file
    has none) it walked the whole catalogue and ran the word query once per cake (0.3-5 s)."""
    index = _word_index()
    return index.join(Cake, and_(Cake.id == index.c.rowid + 0, _word_index_match(words)))


def _word_index_ids(words: list[str]) -> Select[Any]:
    index = _word_index()
    return select(index.c.rowid).where(_word_index_match(words))


def _sqlite_shelf_index(query: CatalogQuery) -> str | None:
    """The SQLite index reading the cakes of a category or a price range with the other
    filters (in stock, allergens) in it; None when the query has neither."""
    if query.include_inactive:
        return None
    if query.category_id is not None:
        return SHELF_PRICE_INDEX
    if query.price_from is not None or query.price_to is not None:
        return "ix_cakes_active_price"
    return None


def _one_shelf_price_range(query: CatalogQuery) -> bool:
    return query.category_id is not None and (
        query.price_from is not None or query.price_to is not None
    )


def _result(cakes: list[CakeRow], found: int) -> SearchResult:
    return SearchResult(cakes, min(found, SEARCH_COUNT_CAP), found > SEARCH_COUNT_CAP)


def _ordering(sort: CatalogSort) -> tuple[UnaryExpression[Any], UnaryExpression[int]]:
    # The tie-breaker runs the same way as the sort, so one index read backwards serves
    # it: a mixed (DESC, ASC) order made MySQL sort all 100,000 cakes for every page.
    if sort is CatalogSort.PRICE_ASC:
        return (Cake.price.asc(), Cake.id.asc())
    if sort is CatalogSort.PRICE_DESC:
        return (Cake.price.desc(), Cake.id.desc())
    if sort is CatalogSort.POPULARITY:
        return (Cake.sold_count.desc(), Cake.id.desc())
    return (Cake.name.asc(), Cake.id.asc())


__all__ = ["CakeRow", "CatalogRepository", "SearchResult", "like_pattern", "search_words"]
