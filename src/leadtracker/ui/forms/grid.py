"""Laying out a form: fields in rows of label / input pairs, each message under its input.

:class:`FormGrid` puts the fields of a :class:`~leadtracker.ui.forms.form.Form`
side by side in columns (a wide field takes a whole row), with section titles
and rules between groups.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QWidget

from leadtracker.ui.forms.form import Field, FieldMessage, Form


class _MessageStrip(QWidget):
    """A row of field messages that hides itself while all of them are hidden.

    (A visible but empty widget would still cost the grid a row of spacing.)
    """

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Follow the messages' show and hide."""
        if event.type() in (QEvent.Type.ShowToParent, QEvent.Type.HideToParent):
            self.setVisible(any(not m.isHidden() for m in self.findChildren(FieldMessage)))
        return False


def _strip(count: int, strip: QWidget | None = None) -> tuple[QWidget, list[QGridLayout]]:
    """A widget of ``count`` equal cells side by side (one small grid each, to add to)."""
    strip = strip or QWidget()
    layout = QGridLayout(strip)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setHorizontalSpacing(10)
    cells = []
    for column in range(count):
        cell = QGridLayout()
        cell.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(cell, 0, column)
        layout.setColumnStretch(column, 1)
        cells.append(cell)
    return strip, cells


def section_title(text: str) -> QLabel:
    """A section heading inside a form: bold, a little larger, with a rule below."""
    title = QLabel(text)
    font = QFont(title.font())
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.08)
    title.setFont(font)
    title.setAccessibleName(text)
    title.setContentsMargins(0, 10, 0, 2)
    return title


def rule() -> QFrame:
    """A thin horizontal line."""
    line = QFrame()
    line.setFrameShape(QFrame.Shape.HLine)
    line.setFrameShadow(QFrame.Shadow.Sunken)
    return line


class FormGrid(QGridLayout):
    """Fields in rows of label / input pairs, each with its message under the input.

    ``columns`` pairs sit side by side; a ``wide`` field takes a whole row.
    Grid columns are ``label, input, gap, label, input …``.
    """

    def __init__(self, form: Form, columns: int = 2, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._form = form
        self._columns = columns
        self._row = 0  # the next grid row to fill
        self._column = 0  # the next field column in the current row
        self.setHorizontalSpacing(10)
        self.setVerticalSpacing(6)
        for pair in range(columns):
            self.setColumnStretch(pair * 3 + 1, 1)
            if pair:
                self.setColumnMinimumWidth(pair * 3 - 1, 14)

    @property
    def width(self) -> int:
        """Grid columns in use."""
        return self._columns * 3 - 1

    def section(self, title: str) -> QLabel:
        """Start a section with a heading across the whole width."""
        self.new_row()
        heading = section_title(title)
        self.addWidget(heading, self._row, 0, 1, self.width)
        self.addWidget(rule(), self._row + 1, 0, 1, self.width)
        self._row += 2
        return heading

    def add(
        self,
        name: str,
        label: str,
        widget: QWidget,
        *,
        wide: bool = False,
        cell: QWidget | None = None,
        top: bool = False,
    ) -> Field:
        """Add a field for the draft attribute ``name``.

        ``cell`` is what goes into the grid when it is more than ``widget``
        (e.g. the input followed by a unit); ``top`` aligns the label with the
        top of a tall input.
        """
        if wide or self._column >= self._columns:
            self.new_row()
        field = self._form.add_field(name, label, widget)
        caption = QLabel(label)
        caption.setBuddy(widget)
        vertical = Qt.AlignmentFlag.AlignTop if top else Qt.AlignmentFlag.AlignVCenter
        caption.setAlignment(Qt.AlignmentFlag.AlignLeft | vertical)
        if top:
            caption.setContentsMargins(0, 4, 0, 0)
        first = self._column * 3
        span = self.width - 1 if wide else 1
        self.addWidget(caption, self._row, first, vertical)
        self.addWidget(cell or widget, self._row, first + 1, 1, span)
        self.addWidget(field.message, self._row + 1, first + 1, 1, span)
        self._column = self._columns if wide else self._column + 1
        return field

    def add_titles(self, titles: Sequence[str]) -> None:
        """Column titles over a following :meth:`add_columns` row (``Kanji / Kana / Romaji``)."""
        self.new_row()
        strip, cells = _strip(len(titles))
        for cell, title in zip(cells, titles, strict=True):
            caption = QLabel(title)
            caption.setStyleSheet("color: palette(placeholder-text);")
            cell.addWidget(caption)
        self.addWidget(strip, self._row, 1, 1, self.width - 1)
        self._row += 2

    def add_columns(
        self, caption: str, entries: Sequence[tuple[str, str, QWidget]]
    ) -> tuple[Field, ...]:
        """A row of equal inputs under one caption, each ``(name, label, widget)`` a field.

        Rows added this way line their inputs up under each other and under
        :meth:`add_titles`, with each input's message right below it.
        """
        self.new_row()
        inputs, input_cells = _strip(len(entries))
        messages, message_cells = _strip(len(entries), _MessageStrip())
        fields = []
        for (name, label, widget), cell, message_cell in zip(
            entries, input_cells, message_cells, strict=True
        ):
            field = self._form.add_field(name, label, widget)
            cell.addWidget(widget)
            message_cell.addWidget(field.message)
            field.message.installEventFilter(messages)
            fields.append(field)
        messages.hide()
        title = QLabel(caption)
        title.setBuddy(entries[0][2])
        self.addWidget(title, self._row, 0)
        self.addWidget(inputs, self._row, 1, 1, self.width - 1)
        self.addWidget(messages, self._row + 1, 1, 1, self.width - 1)
        self._row += 2
        return tuple(fields)

    def add_row(self, widget: QWidget, *, label: str = "") -> None:
        """Put ``widget`` in a row of its own, under the inputs (or with a caption)."""
        self.new_row()
        if label:
            self.addWidget(QLabel(label), self._row, 0)
        self.addWidget(widget, self._row, 1, 1, self.width - 1)
        self._row += 2

    def new_row(self) -> None:
        """Begin a new row of fields."""
        if self._column:
            self._row += 2
            self._column = 0
