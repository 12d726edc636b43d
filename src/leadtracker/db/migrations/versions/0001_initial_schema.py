"""Initial schema: companies, contacts, projects, stages, activities, tasks, search index.

Revision ID: 0001
Revises: (none)
Create Date: 2026-11-21 23:27:05.842107
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

from leadtracker.db.migrations.engines import current_timestamp, on_postgresql

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The SQLite search index as it stands at this revision (see db/search_index.py).
SEARCH_SCHEMA = (
    "CREATE TABLE search_document (id INTEGER PRIMARY KEY, body TEXT NOT NULL)",
    "CREATE VIRTUAL TABLE search_trigram USING fts5("
    "body, content='search_document', content_rowid='id', "
    "tokenize='trigram case_sensitive 1', detail='none', columnsize=0)",
    "CREATE VIRTUAL TABLE search_trigram_vocab USING fts5vocab(search_trigram, 'row')",
    "CREATE TRIGGER search_document_ai AFTER INSERT ON search_document BEGIN "
    "INSERT INTO search_trigram(rowid, body) VALUES (new.id, new.body); END",
    "CREATE TRIGGER search_document_ad AFTER DELETE ON search_document BEGIN "
    "INSERT INTO search_trigram(search_trigram, rowid, body) VALUES ('delete', old.id, old.body); "
    "END",
    "CREATE TRIGGER search_document_au AFTER UPDATE ON search_document BEGIN "
    "INSERT INTO search_trigram(search_trigram, rowid, body) VALUES ('delete', old.id, old.body); "
    "INSERT INTO search_trigram(rowid, body) VALUES (new.id, new.body); END",
)

# Deleting a record (also by a cascade or a bulk delete) takes it out of the
# search index; document id = kind << 40 | (2**40 - 1 - record id).
SEARCH_DELETE_TRIGGERS = tuple(
    f"CREATE TRIGGER {table}_search_ad AFTER DELETE ON {table} BEGIN "
    f"DELETE FROM search_document WHERE id = {kind << 40} + {(1 << 40) - 1} - old.id; END"
    for kind, table in ((1, "company"), (2, "contact"), (3, "project"), (4, "activity"))
)

# Orders the company list sorts by, so a page of a large list comes from an
# index instead of a sort of every row (see services/lists/companies.py; the
# expressions must stay exactly alike).
SORT_INDEXES = (
    "CREATE INDEX ix_sort_company_name ON company "
    "(lower(coalesce(nullif(name_en, ''), nullif(name_de, ''), name_ja)))",
    "CREATE INDEX ix_sort_company_reading ON company (name_kana = '', name_kana)",
    "CREATE INDEX ix_sort_company_city ON company (hq_city = '', hq_city)",
    "CREATE INDEX ix_sort_contact_name ON contact (family_kana = '', family_kana, given_kana, "
    "lower(family_romaji), lower(given_romaji))",
)

# The same on PostgreSQL: the documents in a plain table, found through a GIN
# index on each document's 1-, 2- and 3-grams (db/postgres/search.py); the
# body compares as code points. No sync triggers: the GIN index is the table's.
PG_SEARCH_SCHEMA = (
    'CREATE TABLE search_document (id bigint PRIMARY KEY, body text COLLATE "C" NOT NULL, '
    "grams bigint[] NOT NULL DEFAULT '{}')",
    "CREATE INDEX ix_search_document_grams ON search_document USING gin (grams)",
    "CREATE FUNCTION search_forget() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
    "DELETE FROM search_document WHERE id = (TG_ARGV[0]::bigint << 40) + "
    f"{(1 << 40) - 1} - OLD.id; RETURN NULL; END $$",
)
PG_SEARCH_DELETE_TRIGGERS = tuple(
    f"CREATE TRIGGER {table}_search_ad AFTER DELETE ON {table} "
    f"FOR EACH ROW EXECUTE FUNCTION search_forget({kind})"
    for kind, table in ((1, "company"), (2, "contact"), (3, "project"), (4, "activity"))
)
# PostgreSQL needs each expression of an index in parentheses.
PG_SORT_INDEXES = (
    "CREATE INDEX ix_sort_company_name ON company "
    "((lower(coalesce(nullif(name_en, ''), nullif(name_de, ''), name_ja))))",
    "CREATE INDEX ix_sort_company_reading ON company ((name_kana = ''), name_kana)",
    "CREATE INDEX ix_sort_company_city ON company ((hq_city = ''), hq_city)",
    "CREATE INDEX ix_sort_contact_name ON contact ((family_kana = ''), family_kana, given_kana, "
    "(lower(family_romaji)), (lower(given_romaji)))",
)

# The Japan Desk's default pipeline (domain/stages.py DEFAULT_STAGES at this revision).
DEFAULT_STAGES = (
    ("inquiry", "Inquiry", "open", 10),
    ("qualified", "Qualified", "open", 20),
    ("active", "Active project", "open", 30),
    ("site_visit", "Site visit", "open", 40),
    ("decision_pending", "Decision pending", "open", 50),
    ("won", "Won", "won", 60),
    ("landed", "Landed", "landed", 70),
    ("aftercare", "Aftercare", "aftercare", 80),
    ("on_hold", "On hold / delayed", "on_hold", 90),
    ("lost", "Lost", "lost", 100),
    ("withdrawn", "Withdrawn", "withdrawn", 110),
)


def _seed_default_stages() -> None:
    stage = sa.table(
        "stage",
        sa.column("key", sa.String),
        sa.column("label", sa.String),
        sa.column("category", sa.String),
        sa.column("position", sa.Integer),
    )
    op.bulk_insert(
        stage,
        [
            dict(zip(("key", "label", "category", "position"), row, strict=True))
            for row in DEFAULT_STAGES
        ],
    )


def upgrade() -> None:
    op.create_table(
        "company",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name_ja", sa.String(length=300), nullable=False),
        sa.Column("name_kana", sa.String(length=300), nullable=False),
        sa.Column("name_en", sa.String(length=300), nullable=False),
        sa.Column("name_de", sa.String(length=300), nullable=False),
        sa.Column("register_number", sa.String(length=100), nullable=False),
        sa.Column("corporate_number", sa.String(length=13), nullable=False),
        sa.Column(
            "sector",
            sa.Enum(
                "automotive",
                "electronics",
                "machinery",
                "chemicals",
                "pharma_health",
                "ict",
                "telecom",
                "trade",
                "logistics",
                "finance",
                "consumer_goods",
                "food",
                "services",
                "other",
                name="sector",
                native_enum=False,
                length=32,
            ),
            nullable=True,
        ),
        sa.Column("hq_prefecture", sa.Integer(), nullable=True),
        sa.Column("hq_city", sa.String(length=200), nullable=False),
        sa.Column("website", sa.String(length=500), nullable=False),
        sa.Column("parent_id", sa.Integer(), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "prospect", "settled", "former", name="companystatus", native_enum=False, length=32
            ),
            nullable=False,
        ),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(),
            server_default=current_timestamp(),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=current_timestamp(),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["parent_id"],
            ["company.id"],
            name=op.f("fk_company_parent_id_company"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_company")),
    )
    with op.batch_alter_table("company", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_company_corporate_number"), ["corporate_number"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_company_parent_id"), ["parent_id"], unique=False)

    op.create_table(
        "company_key",
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("key", sa.String(length=300), nullable=False),
        sa.Column("company_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["company_id"],
            ["company.id"],
            name=op.f("fk_company_key_company_id_company"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("kind", "key", "company_id", name=op.f("pk_company_key")),
        sqlite_with_rowid=False,
    )
    with op.batch_alter_table("company_key", schema=None) as batch_op:
        batch_op.create_index("ix_company_key_company_id", ["company_id"], unique=False)

    op.create_table(
        "partner",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "agency",
                "chamber",
                "consulate",
                "innovation_hub",
                "law_tax",
                "bank",
                "other",
                name="partnerkind",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("website", sa.String(length=500), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(),
            server_default=current_timestamp(),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=current_timestamp(),
            nullable=False,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_partner")),
        sa.UniqueConstraint("name", name=op.f("uq_partner_name")),
    )
    op.create_table(
        "stage",
        sa.Column("key", sa.String(length=40), nullable=False),
        sa.Column("label", sa.String(length=100), nullable=False),
        sa.Column(
            "category",
            sa.Enum(
                "open",
                "won",
                "landed",
                "aftercare",
                "on_hold",
                "lost",
                "withdrawn",
                name="stagecategory",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_stage")),
    )
    op.create_table(
        "user",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("initials", sa.String(length=10), nullable=False),
        sa.Column("email", sa.String(length=320), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(),
            server_default=current_timestamp(),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=current_timestamp(),
            nullable=False,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_user")),
        sa.UniqueConstraint("initials", name=op.f("uq_user_initials")),
    )
    op.create_table(
        "contact",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("company_id", sa.Integer(), nullable=True),
        sa.Column("family_kanji", sa.String(length=100), nullable=False),
        sa.Column("given_kanji", sa.String(length=100), nullable=False),
        sa.Column("family_kana", sa.String(length=100), nullable=False),
        sa.Column("given_kana", sa.String(length=100), nullable=False),
        sa.Column("family_romaji", sa.String(length=100), nullable=False),
        sa.Column("given_romaji", sa.String(length=100), nullable=False),
        sa.Column(
            "salutation",
            sa.Enum("mr", "ms", "none", name="salutation", native_enum=False, length=32),
            nullable=False,
        ),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("rank", sa.Integer(), nullable=False),
        sa.Column("email", sa.String(length=320), nullable=False),
        sa.Column("phone", sa.String(length=50), nullable=False),
        sa.Column("mobile", sa.String(length=50), nullable=False),
        sa.Column(
            "preferred_language",
            sa.Enum("de", "en", "ja", name="language", native_enum=False, length=32),
            nullable=False,
        ),
        sa.Column(
            "legal_basis",
            sa.Enum("public_task", "consent", name="legalbasis", native_enum=False, length=32),
            nullable=False,
        ),
        sa.Column("consent_date", sa.Date(), nullable=True),
        sa.Column("consent_scope", sa.String(length=500), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(),
            server_default=current_timestamp(),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=current_timestamp(),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["company_id"],
            ["company.id"],
            name=op.f("fk_contact_company_id_company"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact")),
    )
    with op.batch_alter_table("contact", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_contact_company_id"), ["company_id"], unique=False)

    op.create_table(
        "event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=True),
        sa.Column("location", sa.String(length=300), nullable=False),
        sa.Column("organiser_id", sa.Integer(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(),
            server_default=current_timestamp(),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=current_timestamp(),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["organiser_id"],
            ["partner.id"],
            name=op.f("fk_event_organiser_id_partner"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_event")),
    )
    with op.batch_alter_table("event", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_event_organiser_id"), ["organiser_id"], unique=False)

    op.create_table(
        "project",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("company_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("code_name", sa.String(length=100), nullable=False),
        sa.Column(
            "project_type",
            sa.Enum(
                "sales_office",
                "european_hq",
                "rnd",
                "production",
                "logistics",
                "other",
                name="projecttype",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column(
            "source",
            sa.Enum(
                "event",
                "partner_referral",
                "direct",
                "existing_company",
                name="projectsource",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("partner_id", sa.Integer(), nullable=True),
        sa.Column("event_id", sa.Integer(), nullable=True),
        sa.Column("owner_id", sa.Integer(), nullable=True),
        sa.Column("stage_key", sa.String(length=40), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("planned_jobs", sa.Integer(), nullable=True),
        sa.Column("planned_investment", sa.BigInteger(), nullable=True),
        sa.Column("office_space_m2", sa.Integer(), nullable=True),
        sa.Column("target_date", sa.Date(), nullable=True),
        sa.Column("decision_date", sa.Date(), nullable=True),
        sa.Column(
            "competing_locations",
            sa.JSON().with_variant(postgresql.JSONB(), "postgresql"),
            nullable=False,
        ),
        sa.Column(
            "lost_reason",
            sa.Enum(
                "costs",
                "talent",
                "customers_market",
                "tax_subsidies",
                "hq_decision",
                "infrastructure",
                "other",
                name="lostreason",
                native_enum=False,
                length=32,
            ),
            nullable=True,
        ),
        sa.Column("lost_to_location", sa.String(length=200), nullable=False),
        sa.Column("trade_registered_on", sa.Date(), nullable=True),
        sa.Column("register_entry_on", sa.Date(), nullable=True),
        sa.Column(
            "permits_status",
            sa.Enum(
                "open", "done", "not_required", name="permitstatus", native_enum=False, length=32
            ),
            nullable=False,
        ),
        sa.Column("lease_signed_on", sa.Date(), nullable=True),
        sa.Column("opened_on", sa.Date(), nullable=True),
        sa.Column("jobs_at_opening", sa.Integer(), nullable=True),
        sa.Column("actual_investment", sa.BigInteger(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(),
            server_default=current_timestamp(),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=current_timestamp(),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["company_id"],
            ["company.id"],
            name=op.f("fk_project_company_id_company"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["event_id"], ["event.id"], name=op.f("fk_project_event_id_event"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["owner_id"], ["user.id"], name=op.f("fk_project_owner_id_user"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["partner_id"],
            ["partner.id"],
            name=op.f("fk_project_partner_id_partner"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["stage_key"], ["stage.key"], name=op.f("fk_project_stage_key_stage")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_project")),
    )
    with op.batch_alter_table("project", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_project_company_id"), ["company_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_project_event_id"), ["event_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_project_owner_id"), ["owner_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_project_partner_id"), ["partner_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_project_received_on"), ["received_on"], unique=False)
        batch_op.create_index(batch_op.f("ix_project_stage_key"), ["stage_key"], unique=False)

    op.create_table(
        "activity",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "call",
                "meeting",
                "email",
                "site_visit",
                "event",
                "note",
                name="activitykind",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("occurred_at", sa.DateTime(), nullable=False),
        sa.Column("company_id", sa.Integer(), nullable=True),
        sa.Column("project_id", sa.Integer(), nullable=True),
        sa.Column("subject", sa.String(length=300), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column(
            "created_at",
            sa.DateTime(),
            server_default=current_timestamp(),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=current_timestamp(),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["company_id"],
            ["company.id"],
            name=op.f("fk_activity_company_id_company"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["created_by_id"],
            ["user.id"],
            name=op.f("fk_activity_created_by_id_user"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["project.id"],
            name=op.f("fk_activity_project_id_project"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_activity")),
    )
    with op.batch_alter_table("activity", schema=None) as batch_op:
        batch_op.create_index(
            "ix_activity_company_when", ["company_id", "occurred_at"], unique=False
        )
        batch_op.create_index(
            "ix_activity_project_when", ["project_id", "occurred_at"], unique=False
        )

    op.create_table(
        "stage_change",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("from_stage", sa.String(length=40), nullable=True),
        sa.Column("to_stage", sa.String(length=40), nullable=False),
        sa.Column("changed_at", sa.DateTime(), nullable=False),
        sa.Column("changed_by_id", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["changed_by_id"],
            ["user.id"],
            name=op.f("fk_stage_change_changed_by_id_user"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["from_stage"], ["stage.key"], name=op.f("fk_stage_change_from_stage_stage")
        ),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["project.id"],
            name=op.f("fk_stage_change_project_id_project"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["to_stage"], ["stage.key"], name=op.f("fk_stage_change_to_stage_stage")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stage_change")),
    )
    with op.batch_alter_table("stage_change", schema=None) as batch_op:
        batch_op.create_index(
            "ix_stage_change_project_when", ["project_id", "changed_at"], unique=False
        )

    op.create_table(
        "task",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("done_at", sa.DateTime(), nullable=True),
        sa.Column("owner_id", sa.Integer(), nullable=True),
        sa.Column("project_id", sa.Integer(), nullable=True),
        sa.Column("company_id", sa.Integer(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(),
            server_default=current_timestamp(),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=current_timestamp(),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["company_id"],
            ["company.id"],
            name=op.f("fk_task_company_id_company"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["owner_id"], ["user.id"], name=op.f("fk_task_owner_id_user"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["project.id"],
            name=op.f("fk_task_project_id_project"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_task")),
    )
    with op.batch_alter_table("task", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_task_company_id"), ["company_id"], unique=False)
        batch_op.create_index(
            "ix_task_owner_open_due", ["owner_id", "done_at", "due_on"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_task_project_id"), ["project_id"], unique=False)

    op.create_table(
        "activity_contact",
        sa.Column("activity_id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["activity_id"],
            ["activity.id"],
            name=op.f("fk_activity_contact_activity_id_activity"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contact.id"],
            name=op.f("fk_activity_contact_contact_id_contact"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("activity_id", "contact_id", name=op.f("pk_activity_contact")),
    )
    op.create_table(
        "activity_user",
        sa.Column("activity_id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["activity_id"],
            ["activity.id"],
            name=op.f("fk_activity_user_activity_id_activity"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["user.id"], name=op.f("fk_activity_user_user_id_user"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("activity_id", "user_id", name=op.f("pk_activity_user")),
    )
    _seed_default_stages()
    statements = (*SEARCH_SCHEMA, *SEARCH_DELETE_TRIGGERS, *SORT_INDEXES)
    if on_postgresql():
        statements = (*PG_SEARCH_SCHEMA, *PG_SEARCH_DELETE_TRIGGERS, *PG_SORT_INDEXES)
    for statement in statements:
        op.execute(statement)


def downgrade() -> None:
    if on_postgresql():
        for table in ("company", "contact", "project", "activity"):
            op.execute(f"DROP TRIGGER IF EXISTS {table}_search_ad ON {table}")
        op.execute("DROP FUNCTION IF EXISTS search_forget()")
    else:
        for table in ("company", "contact", "project", "activity"):
            op.execute(f"DROP TRIGGER IF EXISTS {table}_search_ad")
    for index in ("company_name", "company_reading", "company_city", "contact_name"):
        op.execute(f"DROP INDEX IF EXISTS ix_sort_{index}")
    for table in ("search_trigram_vocab", "search_trigram", "search_document"):
        op.execute(f"DROP TABLE IF EXISTS {table}")
    op.drop_table("activity_user")
    op.drop_table("activity_contact")
    with op.batch_alter_table("task", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_task_project_id"))
        batch_op.drop_index("ix_task_owner_open_due")
        batch_op.drop_index(batch_op.f("ix_task_company_id"))

    op.drop_table("task")
    with op.batch_alter_table("stage_change", schema=None) as batch_op:
        batch_op.drop_index("ix_stage_change_project_when")

    op.drop_table("stage_change")
    with op.batch_alter_table("activity", schema=None) as batch_op:
        batch_op.drop_index("ix_activity_project_when")
        batch_op.drop_index("ix_activity_company_when")

    op.drop_table("activity")
    with op.batch_alter_table("project", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_project_stage_key"))
        batch_op.drop_index(batch_op.f("ix_project_received_on"))
        batch_op.drop_index(batch_op.f("ix_project_partner_id"))
        batch_op.drop_index(batch_op.f("ix_project_owner_id"))
        batch_op.drop_index(batch_op.f("ix_project_event_id"))
        batch_op.drop_index(batch_op.f("ix_project_company_id"))

    op.drop_table("project")
    with op.batch_alter_table("event", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_event_organiser_id"))

    op.drop_table("event")
    with op.batch_alter_table("contact", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contact_company_id"))

    op.drop_table("contact")
    op.drop_table("user")
    op.drop_table("stage")
    op.drop_table("partner")
    with op.batch_alter_table("company", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_company_parent_id"))
        batch_op.drop_index(batch_op.f("ix_company_corporate_number"))

    op.drop_table("company_key")
    op.drop_table("company")
