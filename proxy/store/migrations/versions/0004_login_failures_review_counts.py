"""Login failures and review-decision counts held in the store.

The login limits are shared by every instance; decisions made with the CLI reach the metrics.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "login_failures",
        sa.Column("name_key", sa.String(128), primary_key=True),
        sa.Column("client", sa.String(64), primary_key=True),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.Column("last_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_login_failures_last_at", "login_failures", ["last_at"])
    counts = op.create_table(
        "review_counts",
        sa.Column("decision", sa.String(16), primary_key=True),
        sa.Column("count", sa.BigInteger(), nullable=False),
    )
    # One row per decision kind, so that counting is an UPDATE that never races an INSERT.
    op.bulk_insert(
        counts, [{"decision": d, "count": 0} for d in ("released", "edited", "rejected", "expired")]
    )


def downgrade() -> None:
    op.drop_table("review_counts")
    op.drop_index("ix_login_failures_last_at", table_name="login_failures")
    op.drop_table("login_failures")
