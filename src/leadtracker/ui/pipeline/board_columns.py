"""A column of the pipeline board: a colour strip, the stage's name and count, its cards.

A column also shows how a card dragged over it would be taken: outlined
when the move is allowed, dashed red when it is not (:meth:`StageColumn.set_drop_state`).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from leadtracker.domain.pipeline.stages import StageCategory, StageDefinition
from leadtracker.ui.forms.vocabulary import stage_name
from leadtracker.ui.i18n import translate
from leadtracker.ui.pipeline.board_cards import CardList, blend, number, with_alpha
from leadtracker.ui.pipeline.board_model import BoardColumnModel

CONTEXT = "PipelineBoard"

#: Width of a column in pixels at 100% scaling.
COLUMN_WIDTH = 248

#: The colour strip over a column, by what its stage means.
CATEGORY_COLOURS = {
    StageCategory.OPEN: "#2f6fd0",
    StageCategory.WON: "#2e9a4f",
    StageCategory.LANDED: "#11857a",
    StageCategory.AFTERCARE: "#6b7a8c",
    StageCategory.ON_HOLD: "#c9820a",
    StageCategory.LOST: "#c2413a",
    StageCategory.WITHDRAWN: "#9aa3ad",
}


class StageColumn(QFrame):
    """One stage: a colour strip, its name and count, its cards, and how many are not shown."""

    def __init__(self, model: BoardColumnModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        stage = model.column.stage
        self.setObjectName("stageColumn")
        # Wider with a larger font, so that names are not cut short.
        self.setFixedWidth(max(COLUMN_WIDTH, self.fontMetrics().averageCharWidth() * 34))
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)
        strip = QFrame()
        strip.setFixedHeight(4)
        strip.setStyleSheet(f"background: {CATEGORY_COLOURS[stage.category]}; border-radius: 2px;")
        self.title = QLabel(stage_name(stage.label))
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.05)
        self.title.setFont(font)
        self.title.setWordWrap(True)  # a long (or translated) name takes a second line
        self.count = QLabel()
        self.count.setObjectName("stageCount")
        self.count.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.list = CardList(model)
        self.footer = QLabel()
        self.footer.setWordWrap(True)
        self.footer.setStyleSheet("color: palette(placeholder-text);")
        small = self.footer.font()
        small.setPointSizeF(max(7.0, small.pointSizeF() * 0.9))
        self.footer.setFont(small)

        header = QHBoxLayout()
        header.setContentsMargins(10, 0, 10, 0)
        header.addWidget(self.title)
        header.addStretch(1)
        header.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 8)
        layout.setSpacing(6)
        strip_row = QHBoxLayout()
        strip_row.setContentsMargins(10, 0, 10, 0)
        strip_row.addWidget(strip)
        layout.addLayout(strip_row)
        layout.addLayout(header)
        layout.addWidget(self.list, 1)
        footer_row = QHBoxLayout()
        footer_row.setContentsMargins(12, 0, 12, 0)
        footer_row.addWidget(self.footer)
        layout.addLayout(footer_row)
        self._drop_state = ""
        self.restyle()
        self.refresh()
        model.rowsInserted.connect(self.refresh)
        model.rowsRemoved.connect(self.refresh)
        model.modelReset.connect(self.refresh)

    @property
    def stage(self) -> StageDefinition:
        """The column's stage."""
        return self.model.column.stage

    def refresh(self) -> None:
        """Count, footer and the accessible names after the cards changed."""
        total, shown = self.model.total, self.model.rowCount()
        self.count.setText(number(total))
        stage = stage_name(self.stage.label)
        self.count.setAccessibleName(
            translate("PipelineBoard", "{count} projects").format(count=number(total))
        )
        self.list.setAccessibleName(
            translate("PipelineBoard", "{stage} column").format(stage=stage)
        )
        self.list.setAccessibleDescription(
            translate("PipelineBoard", "{count} projects in {stage}").format(
                count=number(total), stage=stage
            )
        )
        order = (
            translate("PipelineBoard", "newest first")
            if self.model.column.newest_first
            else translate("PipelineBoard", "oldest first")
        )
        self.title.setToolTip(
            translate("PipelineBoard", "{stage}: {count} projects, {order}").format(
                stage=stage, count=number(total), order=order
            )
        )
        hidden = total - shown
        self.footer.setVisible(hidden > 0)
        self.footer.setText(
            translate(
                "PipelineBoard",
                "{shown} of {total} shown, {order}. Narrow the filters to see the others.",
            ).format(shown=number(shown), total=number(total), order=order)
        )

    def set_drop_state(self, state: str) -> None:
        """``"ok"``, ``"refused"`` or ``""``: how the column looks while a card hovers over it."""
        if state != self._drop_state:
            self._drop_state = state
            self.restyle()

    def restyle(self) -> None:
        """Colours from the palette and the drop state."""
        window = self.palette().color(QPalette.ColorRole.Window)
        background = window.darker(106).name()
        highlight = self.palette().color(QPalette.ColorRole.Highlight)
        border = "transparent"
        if self._drop_state == "ok":
            border = highlight.name()
            background = blend(window.darker(106), with_alpha(highlight, 0.11)).name()
        elif self._drop_state == "refused":
            border = CATEGORY_COLOURS[StageCategory.LOST]
        style = "solid" if self._drop_state != "refused" else "dashed"
        self.setStyleSheet(
            f"QFrame#stageColumn {{ background: {background}; border-radius: 8px;"
            f" border: 2px {style} {border}; }}"
            " QLabel#stageCount { background: palette(base); border-radius: 9px;"
            " padding: 1px 8px; color: palette(text); }"
        )
