"""A record's changes as the audit trail holds them: when, who, what, before and after."""

from __future__ import annotations

import json
from collections.abc import Sequence

from PySide6.QtWidgets import QTableWidget, QTableWidgetItem, QWidget

from leadtracker.services.history import HistoryLine
from leadtracker.ui.formats import moment_text
from leadtracker.ui.i18n import translate
from leadtracker.ui.views.table_view import read_only_table


def _fields(text: str | None) -> str:
    """A created or deleted record's fields (JSON) as ``field: value`` lines."""
    try:
        values = json.loads(text or "{}")
    except ValueError:
        return text or ""
    if not isinstance(values, dict):
        return str(values)
    return "; ".join(f"{field}: {value}" for field, value in values.items())


class ChangeHistory(QTableWidget):
    """The changes of one record, newest first."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 5, parent)
        self.setHorizontalHeaderLabels(
            [
                translate("ChangeHistory", "When"),
                translate("ChangeHistory", "Who"),
                translate("ChangeHistory", "Field"),
                translate("ChangeHistory", "Before"),
                translate("ChangeHistory", "After"),
            ]
        )
        self.setAccessibleName(translate("ChangeHistory", "Changes of this record"))
        read_only_table(self, stretch=4)

    def show_lines(self, lines: Sequence[HistoryLine]) -> None:
        """Show ``lines`` (given oldest first) newest first."""
        self.setRowCount(len(lines))
        for row, line in enumerate(reversed(lines)):
            if line.action == "create":
                field, before, after = (
                    translate("ChangeHistory", "(created)"),
                    "",
                    _fields(line.new_value),
                )
            elif line.action == "delete":
                field, before, after = (
                    translate("ChangeHistory", "(deleted)"),
                    _fields(line.old_value),
                    "",
                )
            elif line.field == "trashed_in":
                in_trash = translate("ChangeHistory", "in the trash")
                field = translate("ChangeHistory", "(deleted into the trash / restored)")
                before, after = (in_trash if v else "" for v in (line.old_value, line.new_value))
            else:
                field, before, after = line.field, line.old_value or "", line.new_value or ""
            when = moment_text(line.at)
            cells = (
                when,
                line.staff or translate("ChangeHistory", "unknown"),
                field,
                before,
                after,
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.setItem(row, column, item)
