"""The contact editor on a real database: names in three scripts, preview, consent, prompts."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from leadtracker.db.database import Database
from leadtracker.db.models import Contact
from leadtracker.domain.vocabulary import Language, LegalBasis, Rank, Salutation
from leadtracker.services.contacts import ContactDraft
from leadtracker.ui.forms.editor import UnsavedChoice
from leadtracker.ui.records.contact_editor import ContactEditor, ContactEditorDialog
from tests.conftest import Services
from tests.ui.modal_answers import activate, add_editor_dialog

YAMADA = {
    "family_kanji": "山田",
    "family_kana": "やまだ",
    "family_romaji": "Yamada",
    "given_kanji": "太郎",
    "given_kana": "たろう",
    "given_romaji": "Taro",
}


def _contacts(db: Database) -> int:
    with db.sessions() as session:
        return session.scalar(select(func.count(Contact.id))) or 0


def _editor(qtbot: QtBot, services: Services) -> ContactEditor:
    editor = ContactEditor(services.contacts, services.companies, services.search)
    qtbot.addWidget(editor)
    return editor


def _type_yamada(editor: ContactEditor) -> None:
    for name, text in YAMADA.items():
        getattr(editor, name).setText(text)  # QTest cannot type kanji


def test_a_new_contact_is_saved_with_names_in_three_scripts(
    qtbot: QtBot, services: Services
) -> None:
    company = services.company(
        name_ja="セイコーエプソン株式会社", name_en="Seiko Epson Corporation"
    )
    editor = _editor(qtbot, services)
    editor.start_new(company.id)
    assert editor.company.edit.text() == "Seiko Epson Corporation"
    _type_yamada(editor)
    editor.salutation.setValue(Salutation.MR)
    editor.title.setText("欧州営業部 部長")
    editor.rank.setValue(Rank.GENERAL_MANAGER)
    editor.email.setText("taro.yamada@epson.example")
    editor.phone.setText("+81 266 52 3131")
    editor.preferred_language.setValue(Language.JAPANESE)
    with qtbot.waitSignal(editor.saved) as saved:
        record = editor.save()
    assert record is not None and saved.args == [record.id]
    stored = services.contacts.get(record.id)
    assert {name: getattr(stored, name) for name in YAMADA} == YAMADA
    assert (stored.company_id, stored.company_name) == (company.id, "Seiko Epson Corporation")
    assert (stored.salutation, stored.rank) == (Salutation.MR, Rank.GENERAL_MANAGER)
    assert (stored.title, stored.email) == ("欧州営業部 部長", "taro.yamada@epson.example")
    assert stored.preferred_language is Language.JAPANESE
    assert stored.legal_basis is LegalBasis.PUBLIC_TASK and stored.consent_date is None
    assert not editor.dirty


def test_the_preview_shows_how_the_person_is_listed_and_addressed(
    qtbot: QtBot, services: Services
) -> None:
    editor = _editor(qtbot, services)
    _type_yamada(editor)
    editor.salutation.setValue(Salutation.MR)
    editor.preferred_language.setValue(Language.GERMAN)
    assert editor.preview.listed.text() == "山田 太郎 (YAMADA Taro)"
    salutations = editor.preview.salutations.text()
    assert "山田様" in salutations and "Mr. Yamada" in salutations
    assert "<b>Herr Yamada</b>" in salutations  # the preferred language stands out
    assert editor.heading.text() == "山田 太郎 (YAMADA Taro)"
    editor.family_kanji.setText("")
    editor.given_kanji.setText("")
    assert editor.preview.listed.text() == "やまだ たろう (YAMADA Taro)"
    assert "やまだ様" in editor.preview.salutations.text()


def test_consent_without_a_date_is_refused_at_the_date(
    qtbot: QtBot, services: Services, db: Database
) -> None:
    editor = _editor(qtbot, services)
    editor.show()
    qtbot.waitExposed(editor)
    _type_yamada(editor)
    assert not editor.consent_date.isEnabled()
    editor.legal_basis.setValue(LegalBasis.CONSENT)
    assert editor.consent_date.isEnabled()
    assert editor.save() is None
    assert editor.form.problem_text("consent_date") == "Required when the legal basis is consent"
    assert editor.window().focusWidget() is editor.consent_date.check
    assert _contacts(db) == 0
    editor.consent_date.setValue(date(2025, 4, 1))
    editor.consent_scope.setText("Newsletter")
    record = editor.save()
    assert record is not None
    assert services.contacts.get(record.id).consent_date == date(2025, 4, 1)
    assert editor.form.problem_text("consent_date") == ""


def test_bad_email_and_phone_are_shown_next_to_their_fields(
    qtbot: QtBot, services: Services, db: Database
) -> None:
    company = services.company()
    editor = _editor(qtbot, services)
    editor.start_new(company.id)
    _type_yamada(editor)
    editor.email.setText("yamada@@epson")
    editor.mobile.setText("call me")
    assert editor.save() is None
    assert "is not an email address" in editor.form.problem_text("email")
    assert "is not a phone number" in editor.form.problem_text("mobile")
    assert editor.form.problem_text("phone") == ""
    assert _contacts(db) == 0


def test_a_contact_needs_a_family_name(qtbot: QtBot, services: Services, db: Database) -> None:
    editor = _editor(qtbot, services)
    editor.given_romaji.setText("Taro")
    assert editor.save() is None
    assert editor.form.problem_text("family_romaji") == (
        "Enter the family name in kanji, kana or romaji"
    )
    assert _contacts(db) == 0
    # The name grid shows the message right under the romaji field.
    assert editor.form.field("family_romaji").message.parentWidget().isVisibleTo(editor)


def test_editing_a_contact_updates_it(qtbot: QtBot, services: Services) -> None:
    company = services.company()
    contact = services.contacts.create(
        ContactDraft(company_id=company.id, family_kanji="前田", family_romaji="Maeda")
    )
    editor = _editor(qtbot, services)
    editor.load(contact)
    assert editor.family_kanji.text() == "前田" and not editor.dirty
    editor.title.setText("課長")
    editor.rank.setValue(Rank.MANAGER)
    assert editor.save() is not None
    stored = services.contacts.get(contact.id)
    assert (stored.title, stored.rank) == ("課長", Rank.MANAGER)


def test_escape_with_changes_asks_and_discard_reverts(qtbot: QtBot, services: Services) -> None:
    company = services.company()
    contact = services.contacts.create(ContactDraft(company_id=company.id, family_romaji="Maeda"))
    dialog = ContactEditorDialog(services.contacts, services.companies, services.search, contact.id)
    add_editor_dialog(qtbot, dialog)
    dialog.show()
    asked: list[str] = []
    dialog.editor.ask_unsaved = lambda _parent, what: asked.append(what) or UnsavedChoice.DISCARD
    activate(qtbot, dialog)
    dialog.editor.family_romaji.setFocus()
    qtbot.keyClicks(dialog.editor.family_romaji, "-Schmidt")
    with qtbot.waitSignal(dialog.editor.cancelled):
        qtbot.keyClick(dialog.editor.family_romaji, Qt.Key.Key_Escape)
    assert asked == ["“Maeda-Schmidt”"]  # no kanji or kana: a Western name
    assert not dialog.isVisible()
    assert dialog.editor.family_romaji.text() == "Maeda"  # reverted
    assert services.contacts.get(contact.id).family_romaji == "Maeda"


def test_tab_walks_the_name_grid_row_by_row(qtbot: QtBot, services: Services) -> None:
    editor = _editor(qtbot, services)
    order = [editor.family_kanji]
    while len(order) < 8:
        order.append(order[-1].nextInFocusChain())
        while not order[-1].focusPolicy() & Qt.FocusPolicy.TabFocus:
            order[-1] = order[-1].nextInFocusChain()
    assert order[:7] == [
        editor.family_kanji,
        editor.family_kana,
        editor.family_romaji,
        editor.given_kanji,
        editor.given_kana,
        editor.given_romaji,
        editor.salutation,
    ]
    assert editor.family_kana.accessibleName() == "Family name in kana"


def test_examples_read_as_examples_not_as_data(qtbot: QtBot, services: Services) -> None:
    editor = _editor(qtbot, services)
    for name in ("family_kanji", "given_romaji", "email", "phone", "mobile", "title"):
        assert getattr(editor, name).placeholderText().startswith("e.g. "), name


def test_one_save_reports_an_unchosen_company_and_a_bad_email_together(
    qtbot: QtBot, services: Services, db: Database
) -> None:
    """Issue 17: the first Save named only the field it could not read."""
    editor = _editor(qtbot, services)
    editor.start_new(None)
    _type_yamada(editor)
    editor.company.edit.setText("Seiko")  # typed, nothing chosen
    editor.email.setText("yamada@@epson")
    assert editor.save() is None
    assert "Choose a company" in editor.form.problem_text("company_id")
    assert "is not an email address" in editor.form.problem_text("email")
    assert _contacts(db) == 0
