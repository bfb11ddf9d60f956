"""A digest of each held message's envelope and bytes.

A client's retry of a held message whose 250 it never got is recognised and not held twice.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("quarantine") as batch:
        batch.add_column(sa.Column("digest", sa.String(64), nullable=True))
    op.create_index("ix_quarantine_digest", "quarantine", ["digest"])


def downgrade() -> None:
    op.drop_index("ix_quarantine_digest", table_name="quarantine")
    with op.batch_alter_table("quarantine") as batch:
        batch.drop_column("digest")
