"""cake pictures: the table cake_images, and cakes.image as the picture's fingerprint

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02 01:40:00

`cake_images` holds each cake's picture (scaled to at most 1024 px) and its thumbnail,
MEDIUMBLOB on MySQL/MariaDB. The old `cakes.image` column, never used by the application
(no screen wrote it), now names the fingerprint of the cake's picture so that the catalogue
knows which cakes have one without reading `cake_images`: whatever it held is cleared, as
no cake has a picture yet.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import mysql

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

PICTURE = sa.LargeBinary().with_variant(mysql.MEDIUMBLOB(), "mysql", "mariadb")
TIMESTAMP = sa.DateTime().with_variant(mysql.DATETIME(fsp=6), "mysql", "mariadb")


def upgrade() -> None:
    op.create_table(
        "cake_images",
        sa.Column("cake_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("picture", PICTURE, nullable=False),
        sa.Column("thumbnail", PICTURE, nullable=False),
        sa.Column("mime", sa.String(length=32), nullable=False),
        sa.Column("width", sa.Integer(), nullable=False),
        sa.Column("height", sa.Integer(), nullable=False),
        sa.Column("updated_at", TIMESTAMP, nullable=False),
        sa.ForeignKeyConstraint(
            ["cake_id"],
            ["cakes.id"],
            name=op.f("fk_cake_images_cake_id_cakes"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("cake_id", name=op.f("pk_cake_images")),
        mysql_engine="InnoDB",
        mysql_charset="utf8mb4",
        mysql_collate="utf8mb4_unicode_ci",
    )
    op.execute(sa.text("UPDATE cakes SET image = NULL WHERE image IS NOT NULL"))


def downgrade() -> None:
    op.drop_table("cake_images")
    op.execute(sa.text("UPDATE cakes SET image = NULL WHERE image IS NOT NULL"))
