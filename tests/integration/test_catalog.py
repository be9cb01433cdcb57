"""The catalogue: search, filters, sorting and paging on both databases."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import event, update
from sqlalchemy import text as sql

from cakeshop_desktop.core.db import catalog_search
from cakeshop_desktop.core.db.models import Cake, Category
from cakeshop_desktop.core.domain import CatalogQuery, CatalogSort, InvalidInput, NotFound, Role
from cakeshop_desktop.core.repositories import catalog as catalog_repository
from cakeshop_desktop.core.services import catalog
from tests.conftest import add_cake
from tests.integration.support import refused  # noqa: F401


@pytest.fixture
def assortment(shop):
    """The shop's three cakes plus pastries, an odd name, a sold-out and an inactive cake."""
    with shop.uow:
        pastries = shop.uow.catalog.add_category(Category(name="Пирожные", sort_order=1)).id
        shop.uow.commit()
    shop.pastries = pastries
    shop.eclair = add_cake(
        shop.uow,
        sku="4600010",
        name="Эклер",
        description="Заварное тесто",
        category_id=pastries,
        price=Decimal("120.00"),
        allergens="глютен,яйца",
        stock_qty=0,
    )
    shop.percent = add_cake(
        shop.uow,
        sku="4600011",
        name="Шоколад 70% и_ко",
        description="Горький",
        category_id=pastries,
        price=Decimal("350.00"),
        allergens="",
        stock_qty=5,
    )
    shop.retired = add_cake(
        shop.uow,
        sku="4600012",
        name="Медовик старый",
        description="Снят с продажи",
        category_id=shop.category_id,
        price=Decimal("800.00"),
        stock_qty=2,
        is_active=False,
    )
    return shop


def names(page):
    return [cake.name for cake in page.items]


def search(shop, role=Role.CUSTOMER, **query):
    return catalog.search_catalog(shop.uow, shop.user(role), CatalogQuery(**query))


def test_text_search_ignores_cyrillic_case(assortment):
    for text in ("МЕДОВ", "медов", "МеДоВиК", "  медовик  "):
        assert names(search(assortment, text=text)) == ["Медовик"], text


def test_text_search_looks_at_description_and_sku(assortment):
    assert names(search(assortment, text="СЛОЁН")) == ["Наполеон"]
    assert names(search(assortment, text="слоен")) == ["Наполеон"]  # ё and е alike
    assert names(search(assortment, text="4600003")) == ["Прага"]
    assert names(search(assortment, text="коржи")) == ["Медовик", "Наполеон"]


def test_a_partial_sku_finds_by_its_start(assortment):
    assert names(search(assortment, text="460000")) == ["Медовик", "Наполеон", "Прага"]
    assert names(search(assortment, text="46000")) == [
        "Медовик",
        "Наполеон",
        "Прага",
        "Шоколад 70% и_ко",
        "Эклер",
    ]
    assert names(search(assortment, text="0003")) == []  # not from the middle


def test_text_search_matches_the_start_of_words(assortment):
    assert names(search(assortment, text="кор")) == ["Медовик", "Наполеон"]
    assert names(search(assortment, text="торт")) == ["Прага"]  # "Шоколадный торт"
    assert names(search(assortment, text="ОЛАД")) == []  # inside a word: not found
    assert names(search(assortment, text="оржи")) == []
    assert names(search(assortment, text="горьк")) == ["Шоколад 70% и_ко"]


def test_every_word_of_the_query_must_match(assortment):
    assert names(search(assortment, text="шоколадный торт")) == ["Прага"]
    assert names(search(assortment, text="торт, шоколадный")) == ["Прага"]  # in any order
    assert names(search(assortment, text="медовые коржи")) == ["Медовик"]
    assert names(search(assortment, text="коржи торт")) == []
    assert names(search(assortment, text="Шоколад 70")) == ["Шоколад 70% и_ко"]
    assert names(search(assortment, text="70% шоколад")) == ["Шоколад 70% и_ко"]


def test_short_words_match_word_starts_too(assortment):
    # FULLTEXT indexes words of 3+ characters: MariaDB checks shorter ones row by row
    assert names(search(assortment, text="ко")) == ["Медовик", "Наполеон"]
    assert names(search(assortment, text="70")) == ["Шоколад 70% и_ко"]
    assert names(search(assortment, text="с")) == ["Наполеон"]  # "Слоёные"
    assert names(search(assortment, text="эк")) == ["Эклер"]


def test_like_and_regexp_metacharacters_are_taken_literally(assortment):
    for text, expected in [
        ("70%", ["Шоколад 70% и_ко"]),
        ("и_ко", ["Шоколад 70% и_ко"]),
        ("%олад", []),  # a wildcard would find Шоколад
        ("_едовик", []),
        ("м.*ик", []),  # "м" starts Медовик, but no word starts with "ик"
        ("м..ов", []),
        ("и%ко", []),  # "и" starts "и_ко", but no word starts with "ко"
        ("%", []),  # no word at all
        ("_", []),
        ("\\", []),
        ("'", []),
        ("'; DROP TABLE cakes; --", []),
        ("[а-я]", []),
        ("(?i)", []),
    ]:
        assert names(search(assortment, text=text)) == expected, text
    assert search(assortment).total == 5  # and the table is still there


SPELLINGS = [
    ("Торт «Медовик»", "Медовый торт с кремом", "4600101"),
    ("Crème brûlée", "Французский десерт", "4600102"),
    ("Ёжик в тумане", "Бисквит, крем-чиз", "4600103"),
    ("Cake with the cherries", "For the party (большой)", "4600104"),
    ("Чизкейк Нью-Йорк", "Сливочный сыр/ваниль", "4600105"),
    ("Тарт_ягодный №7", "Сезонные ягоды: клубника, малина", "4600106"),
]
SPELLING_QUERIES = [
    ("медовик", ["Медовик", "Торт «Медовик»"]),
    ("МЕДОВИК", ["Медовик", "Торт «Медовик»"]),
    ("медовый", ["Торт «Медовик»"]),
    ("creme brulee", ["Crème brûlée"]),
    ("CRÈME", ["Crème brûlée"]),
    ("ежик", ["Ёжик в тумане"]),
    ("ЁЖИК", ["Ёжик в тумане"]),
    ("чиз", ["Ёжик в тумане", "Чизкейк Нью-Йорк"]),  # "крем-чиз", "Чизкейк"
    ("чизкейк", ["Чизкейк Нью-Йорк"]),
    ("йорк", ["Чизкейк Нью-Йорк"]),
    ("нью йорк", ["Чизкейк Нью-Йорк"]),
    ("ваниль", ["Чизкейк Нью-Йорк"]),
    ("the", ["Cake with the cherries"]),  # no stopwords
    ("with", ["Cake with the cherries"]),
    ("больш", ["Cake with the cherries"]),
    ("тарт", ["Тарт_ягодный №7"]),
    ("ягодный", []),  # "Тарт_ягодный" is one word
    ("ягод", ["Тарт_ягодный №7"]),  # "ягоды"
    ("№7", ["Тарт_ягодный №7", "Шоколад 70% и_ко"]),  # "№" is no letter: "7" and "70"
    ("малина клубника", ["Тарт_ягодный №7"]),
    ("4600105", ["Чизкейк Нью-Йорк"]),
    ("46001", [name for name, _, _ in sorted(SPELLINGS)]),
    ("рем", []),
]


@pytest.fixture
def spellings(assortment):
    for name, description, sku in SPELLINGS:
        add_cake(
            assortment.uow,
            sku=sku,
            name=name,
            description=description,
            category_id=assortment.category_id,
            price=Decimal("500.00"),
        )
    return assortment


def sorted_names(page):
    return sorted(names(page))


def test_spellings_shop_assistants_type(spellings):
    """The same answers on SQLite (REGEXP) and on MariaDB (whichever way it searches)."""
    for text, expected in SPELLING_QUERIES:
        assert sorted_names(search(spellings, text=text)) == sorted(expected), text


@pytest.mark.parametrize("how", ["fulltext", "scan"])
def test_mysql_fulltext_and_scan_find_the_same(spellings, monkeypatch, how):
    if spellings.uow.engine.dialect.name != "mysql":
        pytest.skip("SQLite has no FULLTEXT index")
    # a sample of one cake never covers the whole catalogue; a share of 0 or 1 is below 2
    monkeypatch.setattr(catalog_repository, "SEARCH_SAMPLE_ROWS", 1)
    monkeypatch.setattr(
        catalog_repository, "FULLTEXT_BELOW_SHARE", 2.0 if how == "fulltext" else 0.0
    )
    queries = [
        *SPELLING_QUERIES,
        ("коржи", ["Медовик", "Наполеон"]),
        ("шоколадный торт", ["Прага"]),
        ("Шоколад 70", ["Шоколад 70% и_ко"]),
        ("и_ко", ["Шоколад 70% и_ко"]),
        ("ОЛАД", []),
    ]
    for text, expected in queries:
        assert sorted_names(search(spellings, text=text)) == sorted(expected), (how, text)
    page = search(spellings, text="46000", limit=2, offset=1)
    assert (names(page), page.total) == (["Наполеон", "Прага"], 5)


def test_the_count_of_a_text_search_stops_at_the_cap(assortment, monkeypatch):
    monkeypatch.setattr(catalog_repository, "SEARCH_COUNT_CAP", 2)
    page = search(assortment, text="46000", limit=1)
    assert (names(page), page.total, page.total_is_capped) == (["Медовик"], 2, True)
    page = search(assortment, text="коржи")
    assert (page.total, page.total_is_capped) == (2, False)
    page = search(assortment)  # without text: always the exact count
    assert (page.total, page.total_is_capped) == (5, False)


def test_category_filter(assortment):
    page = search(assortment, category_id=assortment.pastries)
    assert names(page) == ["Шоколад 70% и_ко", "Эклер"]
    assert {cake.category_name for cake in page.items} == {"Пирожные"}


def test_price_range_includes_both_ends(assortment):
    page = search(assortment, price_from=Decimal("990.00"), price_to=Decimal("1250.50"))
    assert names(page) == ["Медовик", "Наполеон"]
    assert names(search(assortment, price_from="2400")) == ["Прага"]
    assert names(search(assortment, price_to="1 000,00", sort=CatalogSort.PRICE_ASC)) == [
        "Эклер",
        "Шоколад 70% и_ко",
        "Наполеон",
    ]


def test_price_range_upside_down_is_refused(assortment):
    with pytest.raises(InvalidInput, match="lowest price"):
        search(assortment, price_from=Decimal("1000"), price_to=Decimal("10"))


def test_in_stock_only_keeps_made_to_order_and_drops_sold_out(assortment):
    assert "Эклер" in names(search(assortment))
    assert names(search(assortment, in_stock_only=True)) == [
        "Медовик",
        "Наполеон",
        "Прага",
        "Шоколад 70% и_ко",
    ]


def test_made_to_order_only(assortment):
    page = search(assortment, made_to_order_only=True)
    assert names(page) == ["Прага"]
    assert page.items[0].lead_time_hours == 24


def test_exclude_allergens(assortment):
    assert names(search(assortment, exclude_allergens=("яйца",))) == [
        "Наполеон",
        "Шоколад 70% и_ко",
    ]
    assert names(search(assortment, exclude_allergens=("Молоко", "глютен"))) == ["Шоколад 70% и_ко"]
    # a tag that only looks like part of another one excludes nothing
    assert search(assortment, exclude_allergens=("яйц",)).total == 5


def test_sort_orders(assortment):
    with assortment.uow.engine.begin() as connection:
        for cake_id, sold in (
            (assortment.napoleon, 30),
            (assortment.eclair, 50),
            (assortment.praga, 10),
        ):
            connection.execute(update(Cake).where(Cake.id == cake_id).values(sold_count=sold))
    assert names(search(assortment, sort=CatalogSort.NAME)) == [
        "Медовик",
        "Наполеон",
        "Прага",
        "Шоколад 70% и_ко",
        "Эклер",
    ]
    assert names(search(assortment, sort=CatalogSort.PRICE_ASC)) == [
        "Эклер",
        "Шоколад 70% и_ко",
        "Наполеон",
        "Медовик",
        "Прага",
    ]
    assert names(search(assortment, sort=CatalogSort.PRICE_DESC)) == [
        "Прага",
        "Медовик",
        "Наполеон",
        "Шоколад 70% и_ко",
        "Эклер",
    ]
    assert names(search(assortment, sort=CatalogSort.POPULARITY))[:3] == [
        "Эклер",
        "Наполеон",
        "Прага",
    ]


def test_paging_gives_the_total_with_every_page(assortment):
    pages = [search(assortment, offset=offset, limit=2) for offset in (0, 2, 4, 6)]
    assert [page.total for page in pages] == [5, 5, 5, 5]
    assert [names(page) for page in pages] == [
        ["Медовик", "Наполеон"],
        ["Прага", "Шоколад 70% и_ко"],
        ["Эклер"],
        [],
    ]
    assert (pages[1].offset, pages[1].limit) == (2, 2)


def test_filters_combine(assortment):
    page = search(
        assortment,
        text="к",
        category_id=assortment.category_id,
        price_to=Decimal("2000"),
        in_stock_only=True,
        limit=1,
    )
    assert page.total == 2  # Медовик, Наполеон (коржи); the inactive one stays hidden
    assert names(page) == ["Медовик"]


def test_inactive_cakes_are_hidden_from_everyone_but_an_admin(assortment):
    for role in (Role.CUSTOMER, Role.CASHIER, Role.BAKER):
        assert "Медовик старый" not in names(search(assortment, role, include_inactive=True))
        with refused(NotFound, role):
            catalog.get_cake(assortment.uow, assortment.user(role), assortment.retired)


def test_an_admin_sees_inactive_cakes_when_asking(assortment):
    assert "Медовик старый" not in names(search(assortment, Role.ADMIN))
    page = search(assortment, Role.ADMIN, text="медовик", include_inactive=True)
    assert names(page) == ["Медовик", "Медовик старый"]
    assert [cake.is_active for cake in page.items] == [True, False]
    assert catalog.get_cake(assortment.uow, assortment.admin, assortment.retired).is_active is False


def test_get_cake_gives_the_full_card(assortment):
    cake = catalog.get_cake(assortment.uow, assortment.customer, assortment.medovik)
    assert (cake.sku, cake.name, cake.price, cake.stock_qty) == (
        "4600001",
        "Медовик",
        Decimal("1250.50"),
        3,
    )
    assert cake.allergens == ("глютен", "молоко", "яйца")
    assert cake.category_name == "Торты"
    with pytest.raises(NotFound):
        catalog.get_cake(assortment.uow, assortment.customer, 999_999)


def test_find_by_sku_is_what_the_scanner_uses(assortment):
    cake = catalog.find_by_sku(assortment.uow, assortment.cashier, " 4600002 ")
    assert cake is not None and cake.name == "Наполеон"
    assert catalog.find_by_sku(assortment.uow, assortment.cashier, "0000000") is None
    assert catalog.find_by_sku(assortment.uow, assortment.cashier, "") is None
    assert catalog.find_by_sku(assortment.uow, assortment.cashier, "4600012") is None  # inactive


def test_categories_and_allergens_lists(assortment):
    assert [c.name for c in catalog.list_categories(assortment.uow, assortment.customer)] == [
        "Торты",
        "Пирожные",
    ]
    assert catalog.list_allergens(assortment.uow, assortment.customer) == [
        "глютен",
        "молоко",
        "шоколад",
        "яйца",
    ]


def test_malformed_queries_are_refused(assortment):
    for query in [
        {"price_from": -1},
        {"price_from": 1.5},
        {"price_to": "дёшево"},
        {"offset": -1},
        {"limit": 0},
        {"limit": 501},
        {"category_id": 0},
        {"sort": "random"},
        {"text": "x" * 201},
    ]:
        with refused(InvalidInput, query):
            search(assortment, **query)


def test_a_cake_is_found_by_what_it_is_called_now(assortment):
    """The word index follows every change of a cake (SQLite: the triggers of cakes_search)."""
    shop = assortment
    assert names(search(shop, text="эклер")) == ["Эклер"]
    with shop.uow:
        cake = shop.uow.catalog.get_cake(shop.eclair)
        cake.name = "Ёжик"
        cake.description = "Профитроли"
        cake.sku = "7700001"
        shop.uow.commit()
    assert names(search(shop, text="эклер")) == []
    assert names(search(shop, text="заварн")) == []
    assert names(search(shop, text="ежик")) == ["Ёжик"]  # ё found as е
    assert names(search(shop, text="профит 77000")) == ["Ёжик"]
    with shop.uow.engine.begin() as db:
        db.execute(sql("DELETE FROM cakes WHERE id = :id"), {"id": shop.eclair})
    assert names(search(shop, text="ежик")) == []


def test_the_sqlite_search_reads_the_word_index(assortment):
    shop = assortment
    if shop.uow.dialect != "sqlite":
        pytest.skip("MariaDB's search is its FULLTEXT index (test_mysql_fulltext_and_scan...)")
    with shop.uow.engine.begin() as db:
        db.execute(sql(f"DELETE FROM {catalog_search.TABLE}"))
    assert names(search(shop, text="эклер")) == []  # nothing indexed, nothing found
    with shop.uow.engine.begin() as db:
        catalog_search.rebuild(db)
    assert names(search(shop, text="эклер")) == ["Эклер"]


def test_sqlite_pages_are_the_same_however_they_are_read(assortment, monkeypatch):
    """SQLite reads a page of many matches by walking the index in the page's order, and of a
    few by sorting them; a text search with more matches than it counts walks too. Every
    filter, sort order, shelf and page comes out the same either way (ties by id)."""
    shop = assortment
    with shop.uow.engine.begin() as connection:
        for cake_id, sold in ((shop.napoleon, 30), (shop.eclair, 30), (shop.praga, 10)):
            connection.execute(update(Cake).where(Cake.id == cake_id).values(sold_count=sold))
    queries = [
        {"sort": sort, **filters, **page}
        for sort in CatalogSort
        for filters in (
            {},
            {"category_id": shop.category_id},
            {"price_from": Decimal("300"), "price_to": Decimal("1300")},
            {"in_stock_only": True},
            {"made_to_order_only": True},
            {"exclude_allergens": ("яйца",)},
            {"text": "к"},
            {"text": "46000", "category_id": shop.category_id},
            {"text": "торт", "in_stock_only": True},
        )
        for page in ({"limit": 50}, {"offset": 1, "limit": 2})
    ]

    def answers(sort_at_most: int, count_cap: int) -> list[tuple[list[str], int | None]]:
        monkeypatch.setattr(catalog_repository, "SQLITE_SORT_AT_MOST", sort_at_most)
        monkeypatch.setattr(catalog_repository, "SEARCH_COUNT_CAP", count_cap)
        pages = [search(shop, **query) for query in queries]
        return [
            (names(page), None if query.get("text") else page.total)
            for query, page in zip(queries, pages, strict=True)
        ]

    sorted_ = answers(sort_at_most=1000, count_cap=1000)
    walked = answers(sort_at_most=0, count_cap=1)
    assert walked == sorted_
    assert sorted_[0][0] == ["Медовик", "Наполеон", "Прага", "Шоколад 70% и_ко", "Эклер"]
    popular = queries.index({"sort": CatalogSort.POPULARITY, "limit": 50})
    assert sorted_[popular][0][:3] == ["Эклер", "Наполеон", "Прага"]  # 30, 30 (older), 10
    admin = Role.ADMIN
    for sort_at_most in (0, 1000):
        monkeypatch.setattr(catalog_repository, "SQLITE_SORT_AT_MOST", sort_at_most)
        page = search(shop, role=admin, include_inactive=True, sort=CatalogSort.PRICE_DESC)
        assert (names(page)[3:5], page.total) == (["Медовик старый", "Шоколад 70% и_ко"], 6)


def sqlite_plans(shop, **query):
    """The search's result and the plan of each of its statements (SQLite's EXPLAIN)."""
    statements = []

    def keep(_conn, _cursor, statement, parameters, _context, _many):
        statements.append((statement, parameters))

    event.listen(shop.uow.engine, "before_cursor_execute", keep)
    try:
        page = search(shop, **query)
    finally:
        event.remove(shop.uow.engine, "before_cursor_execute", keep)
    with shop.uow.engine.connect() as db:
        plans = [
            [row[3] for row in db.exec_driver_sql(f"EXPLAIN QUERY PLAN {s}", p)]
            for s, p in statements
            if s.lstrip().upper().startswith("SELECT")
        ]
    return page, plans


def test_sqlite_counts_the_whole_catalogue_from_indexes(assortment):
    """SQLite uses a partial index only for a condition written as the index states it, and
    a shop's file has no ANALYZE statistics to choose by: the whole catalogue's "in stock",
    "made to order" and "without an allergen" are counted from indexes alone."""
    shop = assortment
    if shop.uow.dialect != "sqlite":
        pytest.skip("MariaDB counts a shelf from its shelf indexes")
    for query, total, index in (
        ({"in_stock_only": True}, 4, "ix_cakes_available_name"),
        ({"made_to_order_only": True}, 1, "ix_cakes_made_to_order_name"),
        ({"exclude_allergens": ("яйца",)}, 2, "ix_cakes_active_allergens"),
    ):
        page, plans = sqlite_plans(shop, **query)
        assert page.total == total, query
        assert f"COVERING INDEX {index}" in " ".join(plans[0]), (query, plans[0])


def test_sqlite_text_search_reads_the_word_index_first(assortment):
    """Without statistics SQLite walked every cake and asked the word index about each
    (seconds at 100,000 cakes): the matches are read from the word index's side."""
    shop = assortment
    if shop.uow.dialect != "sqlite":
        pytest.skip("MariaDB's search is its FULLTEXT index")
    page, plans = sqlite_plans(shop, text="коржи")
    assert page.total == 2
    assert plans[0][0].startswith("SCAN cakes_search VIRTUAL TABLE"), plans[0]


def test_a_text_search_skips_the_candidates_the_rule_turns_down(assortment, monkeypatch):
    """SQLite's word index writes й as и, so it offers "мой" for "мои"; the word-start rule
    turns it down wherever it sits among the candidates, also page by page."""
    shop = assortment
    for name in ("А мой торт", "Мои пироги", "Мои эклеры"):
        add_cake(shop.uow, sku=f"77{len(name)}{name[-1]}", name=name, price=Decimal("100"))
    assert names(search(shop, text="мои")) == ["Мои пироги", "Мои эклеры"]
    assert names(search(shop, text="мой")) == ["А мой торт"]
    monkeypatch.setattr(catalog_repository, "SEARCH_COUNT_CAP", 1)
    for offset, expected in ((0, ["Мои пироги"]), (1, ["Мои эклеры"]), (2, [])):
        page = search(shop, text="мои", offset=offset, limit=1)
        assert (names(page), page.total, page.total_is_capped) == (expected, 1, True), offset
