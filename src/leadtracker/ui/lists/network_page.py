"""*Partners & events*: the desk's network and what each partner and event brought in.

Two tables side by side -- partners (agencies, chambers, banks …) and events
(fairs, seminars, the Japan Day) -- each with the inquiries it brought, how
many the desk won and how many ended in a branch opening. New partners and
events are added here; a project names its referrer in its own editor.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from leadtracker.domain.errors import DomainError, ValidationError
from leadtracker.domain.vocabulary import PartnerKind
from leadtracker.services.network import NetworkService
from leadtracker.services.reporting.referrals import EventLine, PartnerLine, ReferralService
from leadtracker.ui.background import BackgroundRunner, show_error
from leadtracker.ui.formats import date_pattern, day_text, python_date
from leadtracker.ui.forms.inputs import example
from leadtracker.ui.forms.vocabulary import label
from leadtracker.ui.i18n import QT_TRANSLATE_NOOP, localized_error, translate
from leadtracker.ui.lists.paged_table_model import TableColumn
from leadtracker.ui.lists.rows_model import Index, RowsModel
from leadtracker.ui.lists.table_view import row_table

CONTEXT = "NetworkPage"


class _ResultRows(RowsModel):
    """Rows whose cells show their whole text as a tooltip (long names are cut short)."""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The cell's text, also as its tooltip."""
        if role == Qt.ItemDataRole.ToolTipRole:
            return super().data(index, Qt.ItemDataRole.DisplayRole) or None
        return super().data(index, role)


class PartnerModel(_ResultRows):
    """Partners by name with their results."""

    CONTEXT = CONTEXT
    COL_NAME, COL_KIND, COL_INQUIRIES, COL_WON, COL_OPENED = range(5)
    COLUMNS: tuple[TableColumn[PartnerLine], ...] = (
        TableColumn(QT_TRANSLATE_NOOP("NetworkPage", "Partner"), lambda p: p.name),
        TableColumn(QT_TRANSLATE_NOOP("NetworkPage", "Kind"), lambda p: label(p.kind)),
        TableColumn(QT_TRANSLATE_NOOP("NetworkPage", "Inquiries"),
                    lambda p: str(p.results.inquiries), numeric=True),
        TableColumn(QT_TRANSLATE_NOOP("NetworkPage", "Won"), lambda p: str(p.results.won),
                    numeric=True),
        TableColumn(QT_TRANSLATE_NOOP("NetworkPage", "Opened"), lambda p: str(p.results.opened),
                    numeric=True),
    )  # fmt: skip


class EventModel(_ResultRows):
    """Events, the latest first, with their results."""

    CONTEXT = CONTEXT
    COL_DATE, COL_NAME, COL_LOCATION, COL_INQUIRIES, COL_WON, COL_OPENED = range(6)
    COLUMNS: tuple[TableColumn[EventLine], ...] = (
        TableColumn(QT_TRANSLATE_NOOP("NetworkPage", "Date"), lambda e: day_text(e.starts_on)),
        TableColumn(QT_TRANSLATE_NOOP("NetworkPage", "Event"), lambda e: e.name),
        TableColumn(QT_TRANSLATE_NOOP("NetworkPage", "Location"), lambda e: e.location),
        TableColumn(QT_TRANSLATE_NOOP("NetworkPage", "Inquiries"),
                    lambda e: str(e.results.inquiries), numeric=True),
        TableColumn(QT_TRANSLATE_NOOP("NetworkPage", "Won"), lambda e: str(e.results.won),
                    numeric=True),
        TableColumn(QT_TRANSLATE_NOOP("NetworkPage", "Opened"), lambda e: str(e.results.opened),
                    numeric=True),
    )  # fmt: skip


class NetworkPage(QWidget):
    """Partners and events with their results; buttons to add either."""

    def __init__(
        self, referrals: ReferralService, network: NetworkService, runner: BackgroundRunner
    ) -> None:
        super().__init__()
        self._referrals = referrals
        self._network = network
        self._runner = runner
        self.partners = PartnerModel()
        self.events = EventModel()
        self.partner_table = self._table(
            self.partners, translate("NetworkPage", "Partners"), (PartnerModel.COL_NAME,)
        )
        # The event's name and place share the spare room: neither is cut to a few letters.
        self.event_table = self._table(
            self.events,
            translate("NetworkPage", "Events"),
            (EventModel.COL_NAME, EventModel.COL_LOCATION),
        )
        self.add_partner_button = QPushButton(translate("NetworkPage", "Add &partner…"))
        self.add_partner_button.clicked.connect(self.add_partner)
        self.add_event_button = QPushButton(translate("NetworkPage", "Add &event…"))
        self.add_event_button.clicked.connect(self.add_event)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(
            self._column(
                translate("NetworkPage", "Partners"),
                self.partner_table,
                self.add_partner_button,
                right=6,
            )
        )
        splitter.addWidget(
            self._column(
                translate("NetworkPage", "Events"), self.event_table, self.add_event_button, left=6
            )
        )
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([500, 600])
        title = QLabel(translate("NetworkPage", "Partners & events"))
        title.setStyleSheet("font-size: 15pt; font-weight: 600;")
        hint = QLabel(
            translate(
                "NetworkPage",
                "Inquiries: projects that name the partner as referrer or started at the event. "
                "Won: decided for Düsseldorf. Opened: the branch opened.",
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(placeholder-text);")
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addWidget(splitter, 1)
        self.refresh()

    @staticmethod
    def _table(model: RowsModel, name: str, stretch: tuple[int, ...]) -> QWidget:
        table = row_table(model, name)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column in stretch:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        return table

    @staticmethod
    def _column(
        title: str, table: QWidget, button: QPushButton, *, left: int = 0, right: int = 0
    ) -> QWidget:
        box = QWidget()
        heading = QHBoxLayout()
        label = QLabel(title)
        label.setStyleSheet("font-weight: 600; font-size: 11pt;")
        heading.addWidget(label)
        heading.addStretch(1)
        heading.addWidget(button)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(left, 0, right, 0)  # a gap on the side of the other column
        layout.addLayout(heading)
        layout.addWidget(table)
        return box

    def refresh(self) -> None:
        """Reload both tables in the background."""
        referrals = self._referrals
        self._runner.run(
            lambda _progress: (referrals.partners(), referrals.events()),
            self._show,
            error_title=translate("NetworkPage", "Partners and events could not be loaded"),
        )

    def _show(self, lines: tuple[tuple[PartnerLine, ...], tuple[EventLine, ...]]) -> None:
        partners, events = lines
        self.partners.set_rows(partners)
        self.events.set_rows(events)

    def add_partner(self) -> None:
        """Ask for a partner's name, kind and website, and add it."""
        dialog = PartnerDialog(self._network, self)
        if dialog.exec():
            self.refresh()

    def add_event(self) -> None:
        """Ask for an event's name, date, place and organiser, and add it."""
        dialog = EventDialog(self._network, self)
        if dialog.exec():
            self.refresh()


class _AddDialog(QDialog):
    """Save/Cancel and one line for what the service refuses."""

    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(420)
        self.form = QFormLayout()
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b00020;")
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

    def _save(self) -> None:
        try:
            self.save()
        except ValidationError as error:
            self.problem.setText(localized_error(error))
            self.problem.show()
        except DomainError as error:
            show_error(self, self.windowTitle(), error)
        else:
            self.accept()

    def save(self) -> None:
        """Add the record; raises :class:`ValidationError` to keep the dialog open."""
        raise NotImplementedError


class PartnerDialog(_AddDialog):
    """A new partner organisation."""

    def __init__(self, network: NetworkService, parent: QWidget | None = None) -> None:
        super().__init__(translate("NetworkPage", "Add partner"), parent)
        self._network = network
        self.name = QLineEdit()
        self.kind = QComboBox()
        for kind in PartnerKind:
            self.kind.addItem(label(kind), kind)
        self.website = QLineEdit()
        self.website.setPlaceholderText(example("www.example.de"))
        self.form.addRow(translate("NetworkPage", "&Name"), self.name)
        self.form.addRow(translate("NetworkPage", "&Kind"), self.kind)
        self.form.addRow(translate("NetworkPage", "&Website"), self.website)

    def save(self) -> None:
        """Add the partner."""
        self._network.add_partner(self.name.text(), self.kind.currentData(), self.website.text())


class EventDialog(_AddDialog):
    """A new event: fair, seminar, delegation visit."""

    def __init__(self, network: NetworkService, parent: QWidget | None = None) -> None:
        super().__init__(translate("NetworkPage", "Add event"), parent)
        self._network = network
        self.name = QLineEdit()
        self.dated = QCheckBox(translate("NetworkPage", "Date known"))
        self.dated.setChecked(True)
        self.starts_on = QDateEdit(QDate.currentDate())
        self.starts_on.setCalendarPopup(True)
        self.starts_on.setDisplayFormat(date_pattern())
        self.dated.toggled.connect(self.starts_on.setEnabled)
        # A widget, not a layout: then the "Date" label names it and Alt+D reaches it.
        date_row = QWidget()
        date_layout = QHBoxLayout(date_row)
        date_layout.setContentsMargins(0, 0, 0, 0)
        date_layout.addWidget(self.starts_on)
        date_layout.addWidget(self.dated)
        date_row.setFocusProxy(self.starts_on)
        self.starts_on.setAccessibleName(translate("NetworkPage", "Date"))
        self.location = QLineEdit()
        self.organiser = QComboBox()
        self.organiser.addItem(translate("NetworkPage", "None"), None)
        for partner in network.partners():
            self.organiser.addItem(partner.name, partner.id)
        self.form.addRow(translate("NetworkPage", "&Name"), self.name)
        self.form.addRow(translate("NetworkPage", "&Date"), date_row)
        self.form.addRow(translate("NetworkPage", "&Location"), self.location)
        self.form.addRow(translate("NetworkPage", "&Organiser"), self.organiser)

    def save(self) -> None:
        """Add the event."""
        starts_on = python_date(self.starts_on.date()) if self.dated.isChecked() else None
        self._network.add_event(
            self.name.text(),
            starts_on,
            self.location.text(),
            self.organiser.currentData(),
        )
