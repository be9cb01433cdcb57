"""The schema: the public table names, the migration in step with the models, indexes."""

from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect

from cakeshop_desktop.core.db import catalog_search
from cakeshop_desktop.core.db.base import Base
from cakeshop_desktop.core.db.migrate import (
    HEAD_REVISION,
    current_revision,
    head_revision,
    upgrade,
)

CONTRACT_TABLES = {
    "users",
    "categories",
    "cakes",
    "carts",
    "cart_items",
    "orders",
    "order_items",
    "order_status_history",
    "ingredients",
    "recipe_items",
    "production_tasks",
    "stock_movements",
    "audit_log",
    "alembic_version",
}


def test_the_migrated_database_has_every_table_of_the_contract(engine):
    tables = set(inspect(engine).get_table_names())
    assert tables >= CONTRACT_TABLES
    assert current_revision(engine) == head_revision()


def test_the_head_constant_names_the_newest_migration_file():
    # The app checks a database against HEAD_REVISION without loading Alembic.
    assert head_revision() == HEAD_REVISION


def test_upgrading_twice_changes_nothing(engine):
    assert upgrade(engine) is False


def _made_on(dialect: str):
    """Alembic's compare ignores Index.ddl_if: leave out what this dialect never creates
    (the MySQL-only FULLTEXT index of the catalogue search)."""

    def include_object(obj, name, type_, reflected, _compare_to):
        if type_ == "table" and reflected and catalog_search.is_search_table(name):
            return False  # SQLite's FTS5 word index of the catalogue: no table of the model
        ddl_if = getattr(obj, "_ddl_if", None)
        if type_ == "index" and not reflected and ddl_if is not None and ddl_if.dialect:
            return dialect in (
                (ddl_if.dialect,) if isinstance(ddl_if.dialect, str) else ddl_if.dialect
            )
        return True

    return include_object


def test_the_migration_matches_the_models(engine):
    with engine.connect() as connection:
        context = MigrationContext.configure(
            connection,
            opts={"compare_type": True, "include_object": _made_on(engine.dialect.name)},
        )
        differences = compare_metadata(context, Base.metadata)
    assert differences == []


def test_every_foreign_key_has_an_index(engine):
    inspector = inspect(engine)
    for table in inspector.get_table_names():
        leading = {tuple(ix["column_names"][:1]) for ix in inspector.get_indexes(table)}
        leading |= {tuple(uq["column_names"][:1]) for uq in inspector.get_unique_constraints(table)}
        leading.add(tuple(inspector.get_pk_constraint(table)["constrained_columns"][:1]))
        for fk in inspector.get_foreign_keys(table):
            assert tuple(fk["constrained_columns"][:1]) in leading, (
                table,
                fk["constrained_columns"],
            )


def test_mysql_tables_are_innodb_utf8mb4(engine):
    if engine.dialect.name != "mysql":
        pytest.skip("MySQL table options")
    inspector = inspect(engine)
    for table in inspector.get_table_names():
        options = inspector.get_table_options(table)
        assert options["mysql_engine"] == "InnoDB", table
        assert options["mysql_default charset"] == "utf8mb4", table
