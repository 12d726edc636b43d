"""A record's changes as the audit trail holds them: when, who, what, before and after.

The history service gives each change with its field's name and its values
made readable (:mod:`leadtracker.domain.field_catalogue`); here they are put
in the interface's language: names and words translated, days, moments,
amounts and numbers in the language's format. Who made a change shows as
recorded.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from decimal import Decimal

from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from leadtracker.domain.field_catalogue import FieldValue
from leadtracker.services.history import HistoryLine
from leadtracker.ui.formats import Formats, day_text, moment_text
from leadtracker.ui.i18n import localized, translate
from leadtracker.ui.lists.table_view import read_only_table

# The columns of the table: Before and After share the room left.
_BEFORE, _AFTER = 3, 4


def value_text(value: FieldValue, formats: Formats | None = None) -> str:
    """A value of a field in the interface's language (empty for none)."""
    shown = value.value
    if isinstance(shown, datetime):
        return moment_text(shown)
    if isinstance(shown, date):
        return day_text(shown)
    formats = formats or Formats()
    if isinstance(shown, Decimal):
        return formats.money(shown)
    if isinstance(shown, int):
        number = formats.number(shown)
        return f"{number} {value.unit}" if value.unit else number
    return localized(value.words)


def _fields(line: HistoryLine, formats: Formats) -> list[str]:
    """A created or deleted record's fields, each as ``Field: value``."""
    return [
        translate("ChangeHistory", "{field}: {value}").format(
            field=localized(shown.label), value=value_text(shown.value, formats)
        )
        for shown in line.fields
    ]


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
        read_only_table(self, stretch=_AFTER)
        self.horizontalHeader().setSectionResizeMode(_BEFORE, QHeaderView.ResizeMode.Stretch)

    def show_lines(self, lines: Sequence[HistoryLine]) -> None:
        """Show ``lines`` (given oldest first) newest first."""
        formats = Formats()
        self.setRowCount(len(lines))
        for row, line in enumerate(reversed(lines)):
            for column, (text, tip) in enumerate(self._cells(line, formats)):
                item = QTableWidgetItem(text)
                item.setToolTip(tip)
                self.setItem(row, column, item)

    @staticmethod
    def _cells(line: HistoryLine, formats: Formats) -> list[tuple[str, str]]:
        """The row of one change: each cell's text and tooltip (a record's fields a line each)."""
        who = line.staff or translate("ChangeHistory", "unknown")
        if line.action in ("create", "delete"):
            fields = _fields(line, formats)
            whole = (translate("ChangeHistory", "; ").join(fields), "\n".join(fields))
            if line.action == "create":
                field, before, after = translate("ChangeHistory", "(created)"), ("", ""), whole
            else:
                field, before, after = translate("ChangeHistory", "(deleted)"), whole, ("", "")
        else:
            field = localized(line.label)
            before = _same(value_text(line.before, formats))
            after = _same(value_text(line.after, formats))
        return [_same(moment_text(line.at)), _same(who), _same(field), before, after]


def _same(text: str) -> tuple[str, str]:
    """A cell whose tooltip is its text."""
    return text, text
