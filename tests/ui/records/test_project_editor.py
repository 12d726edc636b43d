"""The project editor on a real database: new inquiries, plans, inline problems, embedding."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from leadtracker.db.database import Database
from leadtracker.db.models import Project
from leadtracker.domain.vocabulary import PartnerKind, ProjectSource, ProjectType
from leadtracker.ui.forms.editor import UnsavedChoice
from leadtracker.ui.records.project_editor import (
    ProjectEditor,
    ProjectEditorDialog,
    company_draft_from,
    new_inquiry,
    split_locations,
)
from tests.conftest import Services
from tests.ui.modal_answers import add_editor_dialog, answer_modal


def _projects(db: Database) -> int:
    with db.sessions() as session:
        return session.scalar(select(func.count(Project.id))) or 0


def _editor(qtbot: QtBot, services: Services, **options: object) -> ProjectEditor:
    editor = ProjectEditor(
        services.projects, services.companies, services.network, services.search, **options
    )
    qtbot.addWidget(editor)
    return editor


def test_competing_locations_and_typed_company_names() -> None:
    assert split_locations("Amsterdam, London、Paris; ") == ("Amsterdam", "London", "Paris")
    assert company_draft_from(" 西村ゲームス ").name_ja == "西村ゲームス"
    assert company_draft_from("Nishimura Games").name_en == "Nishimura Games"


def test_a_new_inquiry_is_saved_with_its_plans(qtbot: QtBot, services: Services) -> None:
    company = services.company(name_ja="ワコム株式会社", name_en="Wacom Co., Ltd.")
    owner = services.network.add_user("Birgit Lange", "BL")
    jetro = services.network.add_partner("JETRO", PartnerKind.AGENCY)
    editor = _editor(qtbot, services, user_id=owner.id)
    editor.show()
    assert editor.owner.value() == owner.id  # the staff member at this PC
    assert editor.received_on.value() is not None  # received today
    qtbot.keyClicks(editor.company.edit, "wacom")
    qtbot.waitUntil(lambda: editor.company.matches.rowCount() == 1, timeout=2000)
    editor.company.choose_row(0)
    editor.title.setText("欧州販売拠点 Sales office Düsseldorf")
    editor.code_name.setText("Sakura")
    editor.project_type.setValue(ProjectType.SALES_OFFICE)
    editor.source.setValue(ProjectSource.PARTNER_REFERRAL)
    assert editor.partner_choice.isEnabled() and not editor.event_choice.isEnabled()
    editor.partner_choice.setValue(jetro.id)
    editor.received_on.setValue(date(2025, 4, 1))
    editor.planned_jobs.setText("25")
    editor.office_space.setText("1.200")
    editor.planned_investment.setText("2,5 Mio")
    editor.target_date.setValue(date(2026, 1, 1))
    editor.competing_locations.setText("Amsterdam、London")
    editor.notes.setPlainText("Met at the Tokyo seminar.")
    with qtbot.waitSignal(editor.saved) as saved:
        record = editor.save()
    assert record is not None and saved.args == [record.id]
    stored = services.projects.get(record.id)
    assert (stored.company_id, stored.title) == (company.id, "欧州販売拠点 Sales office Düsseldorf")
    assert (stored.code_name, stored.project_type) == ("Sakura", ProjectType.SALES_OFFICE)
    assert (stored.source, stored.partner_id, stored.event_id) == (
        ProjectSource.PARTNER_REFERRAL,
        jetro.id,
        None,
    )
    assert (stored.owner_id, stored.received_on) == (owner.id, date(2025, 4, 1))
    assert (stored.planned_jobs, stored.office_space_m2) == (25, 1200)
    assert stored.planned_investment == Decimal("2500000.00")
    assert stored.target_date == date(2026, 1, 1)
    assert stored.competing_locations == ("Amsterdam", "London")
    assert stored.stage_key == services.projects.pipeline().first_stage.key
    assert editor.planned_investment.text() == "2,500,000.00"
    assert editor.subheading.text().startswith(f"Project #{record.id}")


def test_negative_jobs_are_refused_at_the_field(
    qtbot: QtBot, services: Services, db: Database
) -> None:
    company = services.company()
    editor = _editor(qtbot, services)
    editor.show()
    qtbot.waitExposed(editor)
    editor.start_new(company.id)
    editor.title.setText("Logistics hub")
    editor.planned_jobs.setText("-5")
    assert editor.save() is None
    assert editor.form.problem_text("planned_jobs") == "Cannot be negative (got -5)"
    assert editor.window().focusWidget() is editor.planned_jobs
    assert _projects(db) == 0


def test_unreadable_numbers_and_a_missing_company_are_named(
    qtbot: QtBot, services: Services, db: Database
) -> None:
    editor = _editor(qtbot, services)
    editor.title.setText("Logistics hub")
    editor.office_space.setText("groß")
    editor.planned_investment.setText("viel Geld")
    assert editor.save() is None
    assert editor.form.problem_text("office_space_m2") == "“groß” is not a whole number"
    assert "“viel Geld” is not an amount" in editor.form.problem_text("planned_investment")
    assert editor.form.problem_text("company_id") == "Choose the company: type part of its name"
    assert "3 fields" in editor.form.banner.text()
    assert _projects(db) == 0


def test_one_save_reports_every_problem_of_the_form(
    qtbot: QtBot, services: Services, db: Database
) -> None:
    editor = _editor(qtbot, services)
    editor.start_new(services.company().id)
    editor.planned_jobs.setText("-5")
    editor.office_space.setText("-300")
    editor.planned_investment.setText("2,5 Mio x")  # unreadable: the others are checked too
    assert editor.save() is None
    assert editor.form.problem_text("title") == "Enter a title for the project"
    assert editor.form.problem_text("planned_jobs") == "Cannot be negative (got -5)"
    assert editor.form.problem_text("office_space_m2") == "Cannot be negative (got -300)"
    assert "“2,5 Mio x” is not an amount" in editor.form.problem_text("planned_investment")
    assert "4 fields" in editor.form.banner.text()
    assert _projects(db) == 0
    editor.planned_jobs.setText("5")  # corrected: its message goes at once, the banner counts
    assert editor.form.problem_text("planned_jobs") == ""
    assert "3 fields" in editor.form.banner.text()
    editor.title.setText("Logistics hub")
    editor.office_space.setText("300")
    editor.planned_investment.setText("2,5 Mio")
    assert editor.form.banner.isHidden()
    assert editor.save() is not None and _projects(db) == 1


def test_a_title_is_required(qtbot: QtBot, services: Services, db: Database) -> None:
    editor = _editor(qtbot, services)
    editor.start_new(services.company().id)
    assert editor.save() is None
    assert editor.form.problem_text("title") == "Enter a title for the project"
    assert _projects(db) == 0


def test_the_source_decides_which_reference_is_saved(qtbot: QtBot, services: Services) -> None:
    event = services.network.add_event("Digital Demo Day 2025", date(2025, 2, 15), "Düsseldorf")
    partner = services.network.add_partner("IHK Düsseldorf", PartnerKind.CHAMBER)
    project = services.project()
    editor = _editor(qtbot, services)
    editor.load(project)
    editor.source.setValue(ProjectSource.EVENT)
    assert editor.event_choice.isEnabled() and not editor.partner_choice.isEnabled()
    assert editor.event_choice.currentText() == "—"
    editor.event_choice.setValue(event.id)
    assert editor.event_choice.currentText() == "Digital Demo Day 2025 (2025-02-15)"
    editor.partner_choice.setValue(partner.id)  # chosen, then the source changed
    editor.save()
    stored = services.projects.get(project.id)
    assert (stored.source, stored.event_id, stored.partner_id) == (
        ProjectSource.EVENT,
        event.id,
        None,
    )


def test_new_company_from_the_inquiry_dialog(qtbot: QtBot, services: Services) -> None:
    dialog = ProjectEditorDialog(
        services.projects, services.companies, services.network, services.search
    )
    add_editor_dialog(qtbot, dialog)
    editor = dialog.editor
    assert dialog.windowTitle() == "New inquiry[*]"
    assert editor.company.new_button is not None
    typed: list[str] = []

    def create(_parent: object, text: str) -> int:
        typed.append(text)
        return services.companies.create(company_draft_from(text)).id

    editor.create_company = create
    editor.company.edit.setText("西村ゲームス")
    editor.company.new_button.click()
    assert typed == ["西村ゲームス"]
    assert editor.company.value() is not None
    assert editor.company.edit.text() == "西村ゲームス"
    editor.title.setText("R&D centre")
    dialog.buttons.accepted.emit()
    assert dialog.result() == dialog.DialogCode.Accepted and dialog.record_id is not None
    assert services.projects.get(dialog.record_id).company_name == "西村ゲームス"


def test_embedded_editor_saves_and_reverts_with_its_own_buttons(
    qtbot: QtBot, services: Services
) -> None:
    project = services.project(planned_jobs=10)
    editor = _editor(qtbot, services, with_buttons=True)
    editor.load(project)
    assert editor.save_button is not None and editor.revert_button is not None
    assert not editor.save_button.isEnabled()
    editor.planned_jobs.setText("12")
    assert editor.save_button.isEnabled() and editor.revert_button.isEnabled()
    editor.ask_unsaved = lambda *_: UnsavedChoice.DISCARD
    editor.revert_button.click()
    assert editor.planned_jobs.text() == "10" and not editor.dirty
    editor.planned_jobs.setText("14")
    editor.save_button.click()
    assert services.projects.get(project.id).planned_jobs == 14
    assert not editor.save_button.isEnabled()


def test_escape_asks_and_save_on_the_prompt_saves(qtbot: QtBot, services: Services) -> None:
    project = services.project()
    editor = _editor(qtbot, services)
    editor.load(project)
    editor.competing_locations.setText("Paris")
    asked: list[str] = []
    editor.ask_unsaved = lambda _parent, what: asked.append(what) or UnsavedChoice.SAVE
    with qtbot.waitSignal(editor.saved):
        editor.cancel()  # what Esc does
    assert asked == ["“Sales office Düsseldorf”"]
    assert services.projects.get(project.id).competing_locations == ("Paris",)


def test_new_inquiry_returns_the_project_created(qtbot: QtBot, services: Services) -> None:
    company = services.company(name_en="Nishimura Games Co., Ltd.")

    def fill_and_save(dialog: ProjectEditorDialog) -> None:
        assert dialog.editor.company.edit.text() == "Nishimura Games Co., Ltd."
        dialog.editor.title.setText("Game studio Düsseldorf")
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()

    seen = answer_modal(ProjectEditorDialog, fill_and_save)
    project_id = new_inquiry(
        None,
        services.projects,
        services.companies,
        services.network,
        services.search,
        company_id=company.id,
    )
    assert seen and project_id is not None
    assert services.projects.get(project_id).title == "Game studio Düsseldorf"
