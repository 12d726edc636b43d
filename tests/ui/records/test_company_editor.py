"""The company editor on a real database: saving, inline problems, duplicates, unsaved changes."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from leadtracker.domain.duplicates import KeyKind
from leadtracker.domain.vocabulary import CompanyStatus, Sector
from leadtracker.services.companies import CompanyDraft
from leadtracker.ui.forms.editor import ConflictChoice, UnsavedChoice
from leadtracker.ui.records.company_editor import CompanyEditor, CompanyEditorDialog, edit_company
from leadtracker.ui.safety.duplicates_dialog import (
    DuplicateAction,
    DuplicateAnswer,
    DuplicatesDialog,
)
from tests.conftest import Services
from tests.ui.modal_answers import activate, add_editor_dialog, answer_modal

EPSON_NUMBER = "5835678256246"  # a valid 法人番号 (check digit 5)


def _editor(qtbot: QtBot, services: Services) -> CompanyEditor:
    editor = CompanyEditor(services.companies, services.search)
    qtbot.addWidget(editor)
    return editor


def test_a_new_company_is_saved_with_every_field(qtbot: QtBot, services: Services) -> None:
    parent = services.company(name_ja="セイコーエプソン株式会社", name_en="Seiko Epson Corporation")
    editor = _editor(qtbot, services)
    editor.name_ja.setText("エプソンヨーロッパ株式会社")
    editor.name_kana.setText("エプソンヨーロッパ")
    editor.name_en.setText("Epson Europe B.V.")
    editor.name_de.setText("Epson Deutschland GmbH")
    editor.register_number.setText("Amtsgericht Düsseldorf HRB12345")
    editor.corporate_number.setText("5-8356-7825-6246")
    editor.hq_prefecture.setValue(20)
    editor.hq_city.setText("諏訪市")
    editor.sector.setValue(Sector.ELECTRONICS)
    editor.status.setValue(CompanyStatus.SETTLED)
    editor.website.setText("www.epson.de")
    editor.parent_company.setValue(parent.id)
    editor.notes.setPlainText("Met at the Tokyo seminar.")
    assert editor.dirty
    with qtbot.waitSignal(editor.saved) as saved:
        record = editor.save()
    assert record is not None and saved.args == [record.id]
    stored = services.companies.get(record.id)
    assert (stored.name_ja, stored.name_kana) == (
        "エプソンヨーロッパ株式会社",
        "エプソンヨーロッパ",
    )
    assert (stored.name_en, stored.name_de) == ("Epson Europe B.V.", "Epson Deutschland GmbH")
    assert stored.register_number == "Amtsgericht Düsseldorf HRB 12345"
    assert stored.corporate_number == EPSON_NUMBER
    assert (stored.hq_prefecture, stored.hq_city) == (20, "諏訪市")
    assert (stored.sector, stored.status) == (Sector.ELECTRONICS, CompanyStatus.SETTLED)
    assert stored.website == "https://www.epson.de"
    assert stored.parent_id == parent.id
    assert stored.notes == "Met at the Tokyo seminar."
    # The form now shows the saved record, cleaned, and has nothing unsaved.
    assert editor.website.text() == "https://www.epson.de"
    assert editor.record == stored and not editor.dirty


def test_editing_a_company_updates_it(qtbot: QtBot, services: Services) -> None:
    company = services.company(name_en="Wacom Co., Ltd.", hq_city="加須市")
    editor = _editor(qtbot, services)
    editor.load(company)
    assert editor.heading.text() == "Wacom Co., Ltd." and not editor.dirty
    editor.hq_city.setText("新宿区")
    editor.hq_prefecture.setValue(13)
    assert editor.save() is not None
    stored = services.companies.get(company.id)
    assert (stored.hq_prefecture, stored.hq_city) == (13, "新宿区")
    assert services.companies.count() == 1


def test_a_wrong_check_digit_is_shown_at_the_field_and_nothing_is_written(
    qtbot: QtBot, services: Services
) -> None:
    editor = _editor(qtbot, services)
    editor.show()
    qtbot.waitExposed(editor)
    editor.name_en.setText("Nishimura Games Co., Ltd.")
    editor.corporate_number.setText("5835678256247")
    editor.website.setText("www.nishimura-games.co.jp")
    assert editor.save() is None
    message = editor.form.problem_text("corporate_number")
    assert "check digit does not match" in message and "5835678256247" in message
    assert editor.form.field("corporate_number").message.isVisible()
    assert editor.form.problem_text("website") == ""
    assert editor.window().focusWidget() is editor.corporate_number
    assert editor.form.banner.text() == "Please correct the field marked below."
    assert services.companies.count() == 0
    assert editor.dirty  # the input is kept for fixing


def test_a_company_without_any_name_is_refused_at_the_name(
    qtbot: QtBot, services: Services
) -> None:
    editor = _editor(qtbot, services)
    editor.hq_city.setText("大阪市")
    assert editor.save() is None
    assert "Enter the Japanese, English or German name" in editor.form.problem_text("name_en")
    assert services.companies.count() == 0


def test_leaving_the_corporate_number_checks_it_at_once(qtbot: QtBot, services: Services) -> None:
    editor = _editor(qtbot, services)
    editor.corporate_number.setText("123")
    editor.corporate_number.editingFinished.emit()
    assert "Must have 13 digits" in editor.form.problem_text("corporate_number")
    editor.corporate_number.setText(EPSON_NUMBER)
    editor.corporate_number.editingFinished.emit()
    assert editor.form.problem_text("corporate_number") == ""


def test_the_duplicate_warning_lists_look_alikes_and_create_anyway_creates(
    qtbot: QtBot, services: Services
) -> None:
    existing = services.company(
        name_ja="セイコーエプソン株式会社",
        name_en="Seiko Epson Corporation",
        corporate_number=EPSON_NUMBER,
        hq_prefecture=20,
        hq_city="諏訪市",
    )
    editor = _editor(qtbot, services)
    editor.name_en.setText("Epson Europe B.V.")
    editor.corporate_number.setText(EPSON_NUMBER)
    shown: list[list[str]] = []

    def create_anyway(dialog: DuplicatesDialog) -> None:
        model = dialog.model
        shown.append([model.data(model.index(0, c)) for c in range(model.columnCount())])
        dialog.create_button.click()

    seen = answer_modal(DuplicatesDialog, create_anyway)
    record = editor.save()
    assert seen, "the duplicate warning did not appear"
    assert shown == [
        [
            "Seiko Epson Corporation",
            "セイコーエプソン株式会社",
            "長野県諏訪市",
            "same corporate number",
        ]
    ]
    assert record is not None and record.id != existing.id
    assert services.companies.count() == 2


def test_back_on_the_duplicate_warning_writes_nothing(qtbot: QtBot, services: Services) -> None:
    services.company(name_ja="株式会社ワコム", name_en="Wacom Co., Ltd.")
    editor = _editor(qtbot, services)
    editor.name_ja.setText("ワコム株式会社")  # the same name, 株式会社 on the other side
    asked: list[tuple[str, tuple[KeyKind, ...]]] = []

    def back(_parent: object, name: str, candidates: object) -> DuplicateAnswer:
        asked.extend((name, c.reasons) for c in candidates)  # type: ignore[attr-defined]
        return DuplicateAnswer(DuplicateAction.BACK)

    editor.ask_duplicates = back
    assert editor.save() is None
    assert asked == [("ワコム株式会社", (KeyKind.NAME,))]
    assert services.companies.count() == 1 and editor.dirty


def test_open_existing_closes_the_dialog_with_the_existing_company(
    qtbot: QtBot, services: Services
) -> None:
    existing = services.company(name_en="Rakuten Symphony", website="symphony.rakuten.com")
    dialog = CompanyEditorDialog(services.companies, services.search)
    add_editor_dialog(qtbot, dialog)
    dialog.show()
    dialog.editor.name_en.setText("Rakuten Symphony Germany")
    dialog.editor.website.setText("https://symphony.rakuten.com/de")
    answer_modal(DuplicatesDialog, lambda d: d.open_button.click())
    with qtbot.waitSignal(dialog.editor.existing_chosen) as chosen:
        dialog.buttons.accepted.emit()  # the Save button
    assert chosen.args == [existing.id]
    assert dialog.result() == dialog.DialogCode.Accepted
    assert (dialog.record_id, dialog.opened_existing) == (existing.id, True)
    assert services.companies.count() == 1


def test_ctrl_s_saves(qtbot: QtBot, services: Services) -> None:
    dialog = CompanyEditorDialog(services.companies, services.search)
    add_editor_dialog(qtbot, dialog)
    activate(qtbot, dialog)
    dialog.editor.name_en.setFocus()
    qtbot.keyClicks(dialog.editor.name_en, "Kyocera Document Solutions")
    qtbot.keyClick(dialog.editor.name_en, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert services.companies.count() == 1
    assert dialog.result() == dialog.DialogCode.Accepted and dialog.record_id is not None
    assert services.companies.get(dialog.record_id).name_en == "Kyocera Document Solutions"


def test_cancelling_with_changes_asks_first(qtbot: QtBot, services: Services) -> None:
    company = services.company(name_en="Toyota Tsusho Europe")
    dialog = CompanyEditorDialog(services.companies, services.search, company.id)
    add_editor_dialog(qtbot, dialog)
    dialog.show()
    answers = [UnsavedChoice.CANCEL, UnsavedChoice.DISCARD]
    asked: list[str] = []

    def ask(_parent: object, what: str) -> UnsavedChoice:
        asked.append(what)
        return answers.pop(0)

    dialog.editor.ask_unsaved = ask
    dialog.editor.hq_city.setText("名古屋市")
    dialog.close()  # the window's close button
    assert dialog.isVisible(), "Cancel on the prompt keeps the dialog open"
    dialog.reject()  # Esc or the Cancel button
    assert not dialog.isVisible()
    assert asked == ["“Toyota Tsusho Europe”"] * 2
    assert services.companies.get(company.id).hq_city == ""  # discarded


def test_the_unsaved_prompt_can_save(qtbot: QtBot, services: Services) -> None:
    company = services.company(name_en="Toyota Tsusho Europe")
    dialog = CompanyEditorDialog(services.companies, services.search, company.id)
    add_editor_dialog(qtbot, dialog)
    dialog.show()
    dialog.editor.hq_city.setText("名古屋市")
    seen = answer_modal(
        QMessageBox, lambda box: box.button(QMessageBox.StandardButton.Save).click()
    )
    dialog.reject()
    assert seen and "Save the changes to “Toyota Tsusho Europe”?" in seen[0].text()  # type: ignore[attr-defined]
    assert not dialog.isVisible() and dialog.result() == dialog.DialogCode.Accepted
    assert services.companies.get(company.id).hq_city == "名古屋市"


def test_cancelling_without_changes_does_not_ask(qtbot: QtBot, services: Services) -> None:
    editor = _editor(qtbot, services)
    editor.ask_unsaved = lambda *_: (_ for _ in ()).throw(AssertionError("asked"))  # type: ignore[assignment]
    with qtbot.waitSignal(editor.cancelled):
        editor.cancel()


def test_edit_company_opens_a_dialog_and_returns_the_new_id(
    qtbot: QtBot, services: Services
) -> None:
    def fill_and_save(dialog: CompanyEditorDialog) -> None:
        assert dialog.windowTitle() == "New company[*]"
        assert dialog.editor.name_en.text() == "Kyocera"  # the draft handed in
        dialog.editor.name_ja.setText("京セラ株式会社")
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()

    seen = answer_modal(CompanyEditorDialog, fill_and_save)
    company_id = edit_company(
        None, services.companies, services.search, draft=CompanyDraft(name_en="Kyocera")
    )
    assert seen and company_id is not None
    assert services.companies.get(company_id).name_ja == "京セラ株式会社"


@pytest.mark.parametrize("choice", list(ConflictChoice))
def test_a_save_over_someone_elses_newer_save_asks_first(
    qtbot: QtBot, services: Services, choice: ConflictChoice
) -> None:
    company = services.company(name_en="Wacom Co., Ltd.", hq_city="加須市")
    editor = _editor(qtbot, services)
    editor.load(services.companies.get(company.id))
    other = services.companies.get(company.id)  # another window saves first
    services.companies.update(other.id, replace(other, hq_city="新宿区"), expected_version=1)
    asked: list[str] = []
    editor.ask_conflict = lambda _parent, error: asked.append(str(error)) or choice
    editor.notes.setPlainText("Meeting in Düsseldorf")
    result = editor.save()
    assert asked and "was changed" in asked[0]
    stored = services.companies.get(company.id)
    if choice is ConflictChoice.OVERWRITE:
        assert result is not None and stored.notes == "Meeting in Düsseldorf"
        assert stored.hq_city == "加須市"  # mine, over theirs, as chosen
    elif choice is ConflictChoice.RELOAD:
        assert result is None and stored.hq_city == "新宿区" and stored.notes == ""
        assert editor.hq_city.text() == "新宿区" and not editor.dirty  # theirs shown
    else:
        assert result is None and stored.hq_city == "新宿区"
        assert editor.dirty and editor.notes.toPlainText() == "Meeting in Düsseldorf"


def test_examples_read_as_examples_not_as_data(qtbot: QtBot, services: Services) -> None:
    editor = _editor(qtbot, services)
    placeholders = {
        name: getattr(editor, name).placeholderText()
        for name in ("name_ja", "name_kana", "name_en", "name_de", "hq_city", "website")
    }
    assert placeholders["name_en"] == "e.g. Seiko Epson Corporation"
    assert all(text.startswith("e.g. ") for text in placeholders.values()), placeholders


def test_one_save_reports_an_unchosen_parent_and_a_wrong_number_together(
    qtbot: QtBot, services: Services
) -> None:
    """Issue 17: the first Save named only the field it could not read."""
    editor = _editor(qtbot, services)
    editor.show()
    editor.name_en.setText("Nishimura Games Co., Ltd.")
    editor.parent_company.edit.setText("Nishimura Holdings")  # typed, nothing chosen
    editor.corporate_number.setText("5835678256247")
    assert editor.save() is None
    assert "Choose a company" in editor.form.problem_text("parent_id")
    assert "check digit does not match" in editor.form.problem_text("corporate_number")
    assert editor.form.banner.text() == "Please correct the 2 fields marked below."
    editor.corporate_number.setText(EPSON_NUMBER)  # corrected: its message goes at once
    assert editor.form.problem_text("corporate_number") == ""
    assert editor.form.banner.text() == "Please correct the field marked below."
    assert services.companies.count() == 0
