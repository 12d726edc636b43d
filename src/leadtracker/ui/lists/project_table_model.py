"""Table model of the project list."""

from __future__ import annotations

from leadtracker.services.lists.projects import ProjectRow, ProjectSort
from leadtracker.ui.formats import day_text
from leadtracker.ui.forms.vocabulary import stage_name
from leadtracker.ui.i18n import QT_TRANSLATE_NOOP
from leadtracker.ui.lists.paged_table_model import PagedTableModel, TableColumn


def _title(row: ProjectRow) -> str:
    return f"{row.title} [{row.code_name}]" if row.code_name else row.title


class ProjectTableModel(PagedTableModel[ProjectRow]):
    """Received, project, company, stage, days in stage, owner, planned jobs."""

    CONTEXT = "ProjectTableModel"
    COL_RECEIVED, COL_TITLE, COL_COMPANY, COL_STAGE, COL_DAYS, COL_OWNER, COL_JOBS = range(7)
    COLUMNS = (
        TableColumn(QT_TRANSLATE_NOOP("ProjectTableModel", "Received"),
                    lambda r: day_text(r.received_on), ProjectSort.RECEIVED),
        TableColumn(QT_TRANSLATE_NOOP("ProjectTableModel", "Project"), _title, ProjectSort.TITLE),
        TableColumn(QT_TRANSLATE_NOOP("ProjectTableModel", "Company"), lambda r: r.company,
                    ProjectSort.COMPANY),
        TableColumn(QT_TRANSLATE_NOOP("ProjectTableModel", "Stage"), lambda r: stage_name(r.stage),
                    ProjectSort.STAGE),
        TableColumn(QT_TRANSLATE_NOOP("ProjectTableModel", "Days in stage"),
                    lambda r: str(r.days_in_stage), numeric=True),
        TableColumn(QT_TRANSLATE_NOOP("ProjectTableModel", "Owner"), lambda r: r.owner),
        TableColumn(QT_TRANSLATE_NOOP("ProjectTableModel", "Planned jobs"),
                    lambda r: "" if r.planned_jobs is None else str(r.planned_jobs),
                    ProjectSort.JOBS, numeric=True),
    )  # fmt: skip
