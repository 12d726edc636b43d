"""The Changes tab and the project timeline in the interface's language, on a real database.

Field names, stage names and vocabulary words are translated, days and money
written as the language writes them; who made a change shows as recorded.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import fields, replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from leadtracker.db.database import Database
from leadtracker.domain.field_catalogue import FIELDS
from leadtracker.domain.pipeline.stages import DEFAULT_STAGES, StageDefinition
from leadtracker.domain.vocabulary import LostReason, Rank
from leadtracker.resources import resource
from leadtracker.services.projects import OutcomeUpdate, ProjectDraft, ProjectRecord
from leadtracker.services.stage_moves import StageUndoError
from leadtracker.ui.formats import Formats
from leadtracker.ui.i18n import install_translations, localized, localized_error
from leadtracker.ui.records.change_history import ChangeHistory, value_text
from leadtracker.ui.records.project_window import ProjectWindow
from leadtracker.ui.settings import AppSettings
from leadtracker.ui.shell.desk import DeskActions
from tests.conftest import Services
from tests.ui.test_translations import _compiled, _messages

LOST = OutcomeUpdate(
    lost_reason=LostReason.COSTS, lost_to_location="Amsterdam", decision_date=date(2026, 5, 2)
)


def _in(language: str, qapp: QApplication) -> Iterator[list[QTranslator]]:
    _compiled(language)
    translators = install_translations(qapp, language)
    yield translators
    for translator in translators:
        qapp.removeTranslator(translator)
    QLocale.setDefault(QLocale.c())


@pytest.fixture
def japanese(qapp: QApplication) -> Iterator[list[QTranslator]]:
    """The app in Japanese for one test."""
    yield from _in("ja", qapp)


@pytest.fixture
def german(qapp: QApplication) -> Iterator[list[QTranslator]]:
    """The app in German for one test."""
    yield from _in("de", qapp)


def _lost_project(db: Database, services: Services) -> ProjectRecord:
    """A project moved Inquiry → Site visit → Lost (costs), its investment raised, by Anna."""
    db.attribution.staff_name = "Anna Schmidt (AS)"
    project = services.project(title="Sales office", planned_investment=Decimal("1250000"))
    services.projects.move(project.id, "site_visit")
    draft = ProjectDraft(
        **{f.name: getattr(services.projects.get(project.id), f.name) for f in fields(ProjectDraft)}
    )
    services.projects.update(project.id, replace(draft, planned_investment=Decimal("2500000.50")))
    services.projects.move(project.id, "lost", outcome=LOST)
    return project


def _rows(table: ChangeHistory) -> list[list[str]]:
    return [
        [table.item(row, column).text() for column in range(table.columnCount())]
        for row in range(table.rowCount())
    ]


def test_the_changes_tab_speaks_japanese(
    japanese: list[QTranslator], qtbot: QtBot, db: Database, services: Services
) -> None:
    project = _lost_project(db, services)
    table = ChangeHistory()
    qtbot.addWidget(table)
    table.show_lines(services.history.of("project", project.id))

    changes = [row[1:] for row in _rows(table)]
    money = Formats().money
    assert ["Anna Schmidt (AS)", "フェーズ", "問い合わせ", "視察"] in changes
    assert ["Anna Schmidt (AS)", "フェーズ", "視察", "失注"] in changes
    assert ["Anna Schmidt (AS)", "失注理由", "", "コスト"] in changes
    assert ["Anna Schmidt (AS)", "決定日", "", "2026/05/02"] in changes
    expected = ["計画投資額", money(Decimal("1250000")), money(Decimal("2500000.50"))]
    assert ["Anna Schmidt (AS)", *expected] in changes
    assert expected[2] == "€2,500,000.50"
    created = changes[-1]
    assert created[1] == "（作成）"
    assert "フェーズ：問い合わせ" in created[3] and "件名：Sales office" in created[3]
    shown = " ".join(" ".join(row) for row in changes)
    for english in ("Inquiry", "Site visit", "Lost", "Costs", "stage_key", "lost_reason"):
        assert english not in shown


def test_the_history_reads_in_german(
    german: list[QTranslator], db: Database, services: Services
) -> None:
    project = _lost_project(db, services)
    lines = services.history.of("project", project.id)
    readable = [
        (localized(line.label), value_text(line.before), value_text(line.after))
        for line in lines
        if line.action == "update"
    ]
    assert ("Phase", "Anfrage", "Standortbesichtigung") in readable
    assert ("Grund", "", "Kosten") in readable
    assert ("Entscheidungsdatum", "", "02.05.2026") in readable
    assert ("Geplante Investition", "1.250.000\xa0€", "2.500.000,50\xa0€") in readable


@pytest.fixture
def actions(qtbot: QtBot, db: Database, tmp_path: Path) -> Iterator[DeskActions]:
    holder = QWidget()
    qtbot.addWidget(holder)
    settings = AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    yield DeskActions(Services.on(db), settings, holder)


def test_the_project_timeline_names_stages_in_japanese(
    japanese: list[QTranslator],
    qtbot: QtBot,
    db: Database,
    services: Services,
    actions: DeskActions,
) -> None:
    project = _lost_project(db, services)

    def ask(_parent: QWidget, _project: ProjectRecord, _stage: StageDefinition) -> OutcomeUpdate:
        return OutcomeUpdate()

    window = ProjectWindow(project.id, actions, timeline=services.timeline, ask_outcome=ask)
    qtbot.addWidget(window)
    timeline = " ".join(window.entries.toPlainText().split())  # spaces as one
    assert "フェーズ 視察 → 失注" in timeline
    assert "フェーズ 問い合わせ → 視察" in timeline
    assert "フェーズ 問い合わせ" in timeline
    for english in ("Inquiry", "Site visit", "Lost"):
        assert english not in timeline
    assert resource("translations", "leadtracker_ja.qm").exists()


@pytest.mark.parametrize("language", ["de", "ja"])
def test_every_word_a_history_can_show_has_a_translation(language: str) -> None:
    """Each vocabulary word and stage name of the field catalogue is in the translations."""
    held = {
        (context, source)
        for context, source, translation in _messages(
            resource("translations", f"leadtracker_{language}.ts")
        )
        if translation is not None and translation.text
    }
    wanted = {
        ("Vocabulary", str(getattr(member, "label", member)))
        for kinds in FIELDS.values()
        for entry in kinds.values()
        if entry.vocabulary is not None
        for member in entry.vocabulary
    }
    wanted |= {("Vocabulary", rank.label.partition(" (")[0]) for rank in Rank}
    wanted |= {("Stages", stage.label) for stage in DEFAULT_STAGES}
    assert sorted(wanted - held) == []


def test_a_move_that_can_no_longer_be_undone_is_told_in_japanese(
    japanese: list[QTranslator], services: Services
) -> None:
    project = services.project(title="European HQ", code_name="Projekt Fuji")
    move = services.projects.move_undoable(project.id, "qualified")
    services.projects.move(project.id, "site_visit")
    with pytest.raises(StageUndoError) as refused:
        services.projects.undo_move(move)
    assert localized_error(refused.value) == (
        "「Projekt Fuji」の「案件化」への移動はもう元に戻せません。"
        "その後案件が移動されています（現在は「視察」）。"
    )
