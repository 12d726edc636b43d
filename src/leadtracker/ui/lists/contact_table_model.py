"""Table model of the contact list."""

from __future__ import annotations

from leadtracker.domain.vocabulary import Rank
from leadtracker.services.lists.contacts import ContactRow, ContactSort
from leadtracker.ui.forms.vocabulary import label as vocabulary_label
from leadtracker.ui.i18n import QT_TRANSLATE_NOOP
from leadtracker.ui.lists.paged_table_model import PagedTableModel, TableColumn


def _title(row: ContactRow) -> str:
    """The title as written, else the protocol rank in words."""
    if row.title or row.rank == Rank.UNKNOWN:
        return row.title
    try:
        return vocabulary_label(Rank(row.rank))
    except ValueError:
        return ""


class ContactTableModel(PagedTableModel[ContactRow]):
    """Name, company, title, email, phone."""

    CONTEXT = "ContactTableModel"
    COL_NAME, COL_COMPANY, COL_TITLE, COL_EMAIL, COL_PHONE = range(5)
    COLUMNS = (
        TableColumn(QT_TRANSLATE_NOOP("ContactTableModel", "Name"), lambda r: r.name,
                    ContactSort.NAME),
        TableColumn(QT_TRANSLATE_NOOP("ContactTableModel", "Company"), lambda r: r.company,
                    ContactSort.COMPANY),
        TableColumn(QT_TRANSLATE_NOOP("ContactTableModel", "Title"), _title, ContactSort.RANK),
        TableColumn(QT_TRANSLATE_NOOP("ContactTableModel", "Email"), lambda r: r.email,
                    ContactSort.EMAIL),
        TableColumn(QT_TRANSLATE_NOOP("ContactTableModel", "Phone"), lambda r: r.phone),
    )  # fmt: skip
