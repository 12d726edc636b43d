"""Table model of the company list."""

from __future__ import annotations

from leadtracker.domain.prefectures import prefecture
from leadtracker.services.lists.companies import CompanyRow, CompanySort
from leadtracker.ui.forms.vocabulary import label as vocabulary_label
from leadtracker.ui.i18n import QT_TRANSLATE_NOOP
from leadtracker.ui.lists.paged_table_model import PagedTableModel, TableColumn


def _hq(row: CompanyRow) -> str:
    region = prefecture(row.hq_prefecture).name_ja if row.hq_prefecture else ""
    return f"{region}{row.hq_city}"


class CompanyTableModel(PagedTableModel[CompanyRow]):
    """Company, Japanese name, HQ, status, projects."""

    CONTEXT = "CompanyTableModel"
    COL_NAME, COL_NAME_JA, COL_HQ, COL_STATUS, COL_PROJECTS = range(5)
    COLUMNS = (
        TableColumn(QT_TRANSLATE_NOOP("CompanyTableModel", "Company"), lambda r: r.name,
                    CompanySort.NAME),
        TableColumn(QT_TRANSLATE_NOOP("CompanyTableModel", "Japanese name"),
                    lambda r: r.name_ja, CompanySort.READING),
        TableColumn(QT_TRANSLATE_NOOP("CompanyTableModel", "HQ"), _hq, CompanySort.CITY),
        TableColumn(QT_TRANSLATE_NOOP("CompanyTableModel", "Status"),
                    lambda r: vocabulary_label(r.status), CompanySort.STATUS),
        TableColumn(QT_TRANSLATE_NOOP("CompanyTableModel", "Projects"),
                    lambda r: str(r.projects), CompanySort.PROJECTS, numeric=True),
    )  # fmt: skip
