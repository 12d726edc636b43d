"""Typed SQLAlchemy models of LeadTracker, all on one declarative base."""

from leadtracker.db.models.audit import AuditEntry
from leadtracker.db.models.base import Base, utc_now
from leadtracker.db.models.companies import (
    PERSON_NAMES,
    SORT_KEY_COLUMNS,
    Company,
    CompanyKey,
    Contact,
    company_sort_keys,
    contact_sort_keys,
)
from leadtracker.db.models.people import Event, Partner, User
from leadtracker.db.models.projects import Project, Stage, StageChange
from leadtracker.db.models.trash import TrashEntry
from leadtracker.db.models.work import Activity, Task, activity_contact, activity_user

__all__ = [
    "PERSON_NAMES",
    "SORT_KEY_COLUMNS",
    "Activity",
    "AuditEntry",
    "Base",
    "Company",
    "CompanyKey",
    "Contact",
    "Event",
    "Partner",
    "Project",
    "Stage",
    "StageChange",
    "Task",
    "TrashEntry",
    "User",
    "activity_contact",
    "activity_user",
    "company_sort_keys",
    "contact_sort_keys",
    "utc_now",
]
