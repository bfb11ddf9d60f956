"""Release claims (exactly one instance relays a release) and the MAIL parameters of held mail."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("quarantine") as batch:
        batch.add_column(sa.Column("mail_options", sa.JSON(), nullable=True))
        batch.add_column(sa.Column("release_claim", sa.String(32), nullable=True))
        batch.add_column(sa.Column("release_claim_until", sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("quarantine") as batch:
        batch.drop_column("release_claim_until")
        batch.drop_column("release_claim")
        batch.drop_column("mail_options")
