"""What the demo writes: the columns of each table, and values in the form the database stores.

The demo bulk-inserts plain tuples, bypassing SQLAlchemy's types, so it writes
each value as those types would: days and times as ISO text, money as whole
cents, lists as JSON. The tuples' columns are listed here in the order the
builder makes them; tests tie both to the models, so that a column added to a
model, or a type stored differently, fails there instead of filling the demo
with values the app cannot read.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date

USER_COLUMNS = ("id", "name", "initials", "email", "active")
PARTNER_COLUMNS = ("id", "name", "kind", "website", "notes")
EVENT_COLUMNS = ("id", "name", "starts_on", "location", "organiser_id", "notes")
COMPANY_COLUMNS = (
    "id", "name_ja", "name_kana", "name_en", "name_de", "register_number", "corporate_number",
    "sector", "hq_prefecture", "hq_city", "website", "parent_id", "status", "notes",
)  # fmt: skip
COMPANY_KEY_COLUMNS = ("company_id", "kind", "key")
CONTACT_COLUMNS = (
    "id", "company_id", "family_kanji", "given_kanji", "family_kana", "given_kana",
    "family_romaji", "given_romaji", "salutation", "title", "rank", "email", "phone", "mobile",
    "preferred_language", "legal_basis", "consent_date", "consent_scope", "notes",
)  # fmt: skip
PROJECT_COLUMNS = (
    "id", "company_id", "title", "code_name", "project_type", "source", "partner_id", "event_id",
    "owner_id", "stage_key", "received_on", "planned_jobs", "planned_investment",
    "office_space_m2", "target_date", "decision_date", "competing_locations", "lost_reason",
    "lost_to_location", "trade_registered_on", "register_entry_on", "permits_status",
    "lease_signed_on", "opened_on", "jobs_at_opening", "actual_investment", "notes",
)  # fmt: skip
STAGE_CHANGE_COLUMNS = (
    "project_id", "from_stage", "to_stage", "changed_at", "changed_by_id", "note",
)  # fmt: skip
ACTIVITY_COLUMNS = (
    "id", "kind", "occurred_at", "company_id", "project_id", "subject", "text", "created_by_id",
)  # fmt: skip
ACTIVITY_CONTACT_COLUMNS = ("activity_id", "contact_id")
TASK_COLUMNS = ("title", "due_on", "done_at", "owner_id", "project_id", "company_id", "notes")

#: What follows a day's stored form in a stored time at each full hour (SQLite's DATETIME text).
STORED_HOURS = tuple(f" {hour:02d}:00:00.000000" for hour in range(24))

#: Money is stored as whole cents (see :class:`leadtracker.db.types.Money`).
CENTS_PER_EURO = 100


def stored_day(day: date) -> str:
    """A day as SQLite's DATE column holds it."""
    return day.isoformat()


def stored_list(items: Iterable[str]) -> str:
    """A list of texts as SQLAlchemy's JSON type stores it."""
    return json.dumps(list(items))
