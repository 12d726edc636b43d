"""The editors' building blocks: number parsing, inputs, inline problems, unsaved changes."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from leadtracker.domain.duplicates import KeyKind
from leadtracker.domain.errors import FieldProblem, ValidationError
from leadtracker.domain.vocabulary import (
    CompanyStatus,
    Language,
    LegalBasis,
    ProjectSource,
    ProjectType,
    Rank,
    Salutation,
    Sector,
)
from leadtracker.ui.formats import day_text
from leadtracker.ui.forms.company_chooser import CompanyChooser
from leadtracker.ui.forms.form import Form
from leadtracker.ui.forms.grid import FormGrid
from leadtracker.ui.forms.inputs import (
    EnumCombo,
    InputError,
    IntegerEdit,
    MoneyEdit,
    OptionalDateEdit,
    parse_integer,
    parse_money,
)
from leadtracker.ui.forms.vocabulary import has_label, label
from leadtracker.ui.safety.duplicate_candidates_model import DuplicateCandidatesModel, DuplicateRow
from tests.conftest import Services


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("", None),
        ("1500000", "1500000.00"),
        ("1,500,000", "1500000.00"),
        ("1.500.000,50", "1500000.50"),
        ("1,500,000.50", "1500000.50"),
        ("1.500", "1500.00"),  # one separator before three digits groups thousands
        ("1,5", "1.50"),
        ("2,5 Mio", "2500000.00"),
        ("2.5M", "2500000.00"),
        ("12k", "12000.00"),
        ("€ 3.000", "3000.00"),
        ("300万", "3000000.00"),
        ("１２０", "120.00"),  # full-width digits from a Japanese input method
        ("-100", "-100.00"),  # the service says why negative is wrong
    ],
)
def test_money_is_read_as_people_type_it(text: str, amount: str | None) -> None:
    assert parse_money(text) == (Decimal(amount) if amount else None)


@pytest.mark.parametrize("text", ["abc", "1.2.3", "1.234,567", "5 apples"])
def test_unreadable_money_says_what_is_wrong(text: str) -> None:
    with pytest.raises(InputError, match=text.replace(".", r"\.")):
        parse_money(text)


@pytest.mark.parametrize(
    ("text", "number"),
    [("", None), ("12", 12), ("１２", 12), ("1.200", 1200), ("1 200", 1200), ("-5", -5)],
)
def test_whole_numbers(text: str, number: int | None) -> None:
    assert parse_integer(text) == number


def test_a_fraction_is_not_a_whole_number() -> None:
    with pytest.raises(InputError, match=r"“1\.5” is not a whole number"):
        parse_integer("1.5")


def test_every_vocabulary_value_has_a_translatable_label(qapp: QApplication) -> None:
    vocabularies = (
        CompanyStatus,
        Sector,
        ProjectType,
        ProjectSource,
        Language,
        LegalBasis,
        Salutation,
        Rank,
        KeyKind,
    )
    for vocabulary in vocabularies:
        for member in vocabulary:
            assert has_label(member), member
    assert label(Rank.PRESIDENT) == "President (社長)"
    assert label(Rank.UNKNOWN) == "Unknown"
    assert label(CompanyStatus.SETTLED) == "Settled in Düsseldorf"


def test_duplicate_candidates_model_without_widgets() -> None:
    row = DuplicateRow(
        7, "Seiko Epson Corporation", "セイコーエプソン株式会社", "長野県諏訪市", (KeyKind.NAME,)
    )
    model = DuplicateCandidatesModel([row])
    assert (model.rowCount(), model.columnCount()) == (1, 4)
    texts = [model.data(model.index(0, c)) for c in range(4)]
    assert texts == [
        "Seiko Epson Corporation",
        "セイコーエプソン株式会社",
        "長野県諏訪市",
        "same name",
    ]
    assert model.data(model.index(0, 0), DuplicateCandidatesModel.ID_ROLE) == 7
    assert model.headerData(3, Qt.Orientation.Horizontal) == "Why it looks the same"


def test_optional_date_edit_has_a_none_state(qtbot: QtBot) -> None:
    edit = OptionalDateEdit()
    qtbot.addWidget(edit)
    assert edit.value() is None
    assert edit.edit.text() == "—" and not edit.edit.isEnabled()
    with qtbot.waitSignal(edit.changed):
        edit.check.setChecked(True)  # ticking offers today
    assert edit.value() == date.today()
    edit.setValue(date(2025, 4, 1))
    assert edit.value() == date(2025, 4, 1) and edit.edit.text() == day_text(date(2025, 4, 1))
    edit.check.setChecked(False)
    assert edit.value() is None and edit.edit.text() == "—"


def test_money_edit_tidies_what_was_typed(qtbot: QtBot) -> None:
    edit = MoneyEdit()
    qtbot.addWidget(edit)
    qtbot.keyClicks(edit, "2,5 Mio")
    edit.editingFinished.emit()
    assert edit.text() == "2,500,000.00"
    assert edit.value() == Decimal("2500000.00")


def test_enum_combo_gives_back_enum_members(qtbot: QtBot) -> None:
    combo = EnumCombo(Sector, none_text="—")
    qtbot.addWidget(combo)
    assert combo.value() is None
    combo.setValue(Sector.ICT)
    assert combo.value() is Sector.ICT  # the member itself, not the string Qt would store
    assert combo.currentText() == "ICT / software"


class _TwoFields(QWidget):
    """A tiny form: a name and a number, as an editor would lay them out."""

    def __init__(self) -> None:
        super().__init__()
        self.form = Form(self)
        self.name = QLineEdit()
        self.jobs = IntegerEdit()
        grid = FormGrid(self.form, parent=self)
        grid.addWidget(self.form.banner, 99, 0, 1, grid.width)
        grid.add("name", "Name", self.name)
        grid.add("planned_jobs", "Planned jobs", self.jobs)
        self.form.set_tab_order()


def test_problems_go_next_to_their_fields_and_focus_the_first(qtbot: QtBot) -> None:
    widget = _TwoFields()
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    error = ValidationError(
        [
            FieldProblem("planned_jobs", "Planned jobs", "cannot be negative (got -5)"),
            FieldProblem("name", "Name", "enter a name"),
            FieldProblem("when", "Date of the move", "give the time with its time zone"),
        ]
    )
    widget.form.show_problems(error)
    assert widget.form.problem_text("name") == "Enter a name"
    assert widget.form.problem_text("planned_jobs") == "Cannot be negative (got -5)"
    message = widget.form.field("planned_jobs").message
    assert message.accessibleName() == "Problem with Planned jobs"
    assert widget.jobs.accessibleDescription() == "Cannot be negative (got -5)"
    assert widget.window().focusWidget() is widget.name  # first in the form's order
    assert widget.form.banner.isVisible()
    banner = widget.form.banner.text()
    assert "2 fields" in banner and "Date of the move: give the time" in banner

    widget.form.show_problems(ValidationError.single("name", "Name", "too short"))
    assert widget.form.problem_text("planned_jobs") == ""  # old problems are cleared
    assert widget.jobs.accessibleDescription() == ""
    widget.form.clear_problems()
    assert widget.form.problem_text("name") == "" and not widget.form.banner.isVisible()


def test_unreadable_input_is_reported_for_its_field(qtbot: QtBot) -> None:
    widget = _TwoFields()
    qtbot.addWidget(widget)
    widget.jobs.setText("viele")
    with pytest.raises(ValidationError) as caught, widget.form.reading() as read:
        read("planned_jobs", widget.jobs.value)
    problem = caught.value.problems[0]
    assert (problem.field, problem.label) == ("planned_jobs", "Planned jobs")
    assert "“viele” is not a whole number" in problem.problem


def test_dirty_means_different_from_what_was_loaded(qtbot: QtBot) -> None:
    widget = _TwoFields()
    qtbot.addWidget(widget)
    with widget.form.loading():
        widget.name.setText("Epson")
    assert not widget.form.dirty
    with qtbot.waitSignal(widget.form.dirty_changed) as changed:
        widget.name.setText("Epson Europe")
    assert changed.args == [True] and widget.form.dirty
    widget.name.setText("Epson")  # typed back: nothing to save
    assert not widget.form.dirty
    widget.jobs.setText("3")
    widget.form.mark_clean()
    assert not widget.form.dirty


def test_company_chooser_finds_by_typing_in_any_script(qtbot: QtBot, services: Services) -> None:
    epson = services.company(name_ja="セイコーエプソン株式会社", name_en="Seiko Epson Corporation")
    services.company(name_en="Wacom Co., Ltd.")
    chooser = CompanyChooser(services.search, services.companies)
    qtbot.addWidget(chooser)
    chooser.show()
    qtbot.keyClicks(chooser.edit, "epson")
    qtbot.waitUntil(lambda: chooser.matches.rowCount() == 1, timeout=2000)
    with pytest.raises(InputError, match="choose a company from the list"):
        chooser.value()  # typed, not chosen
    chooser.choose_row(0)
    assert chooser.value() == epson.id
    assert chooser.edit.text() == "Seiko Epson Corporation"
    assert chooser.detail.text() == "セイコーエプソン株式会社"
    chooser.edit.setText("ｴﾌﾟｿﾝ")  # half-width katakana finds it too
    chooser.refresh_matches()
    assert chooser.matches.rowCount() == 1
    qtbot.keyClicks(chooser.edit, "x")  # editing the text drops the choice
    assert chooser.company_id is None
