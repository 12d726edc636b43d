"""What the pipeline board (and the project window) ask and explain around a move.

:func:`skip_agreed` asks once before a move passes over open stages
(Inquiry straight to Site visit), with a "Don't ask again" box tied to the
setting of the same name on the Settings page. :func:`move_refusal` says why
a move in a card's *Move to* menu is not offered, in the pipeline's words.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import QCheckBox, QMessageBox, QWidget

from leadtracker.domain.pipeline.stages import Pipeline
from leadtracker.services.projects import ProjectRecord
from leadtracker.ui.forms.vocabulary import stage_name
from leadtracker.ui.i18n import localized, translate
from leadtracker.ui.settings import AppSettings

CONTEXT = "PipelineBoard"


def skip_question(project: str, target: str, skipped: Sequence[str]) -> str:
    """The question before a move of ``project`` to ``target`` passing over ``skipped``."""
    return translate(
        "PipelineBoard",
        "Moving “{project}” to “{target}” skips {stages}. Move it anyway?",
    ).format(
        project=project,
        target=stage_name(target),
        stages=translate("PipelineBoard", ", ").join(f"“{stage_name(s)}”" for s in skipped),
    )


#: Whether to move although stages are skipped: ``ask(parent, project, target, skipped)``.
ConfirmSkip = Callable[[QWidget, str, str, Sequence[str]], bool]


def skip_asker(settings: AppSettings | None) -> ConfirmSkip:
    """The question :func:`ask_to_skip` asks, its "Don't ask again" tied to ``settings``."""

    def ask(parent: QWidget, project: str, target: str, skipped: Sequence[str]) -> bool:
        return ask_to_skip(parent, project, target, skipped, settings)

    return ask


def skip_agreed(
    parent: QWidget,
    pipeline: Pipeline,
    project: ProjectRecord,
    target: str,
    *,
    settings: AppSettings | None,
    confirm: ConfirmSkip,
) -> bool:
    """Whether to go on with a move of ``project`` to ``target`` that may skip open stages.

    Asked (through ``confirm``) only when stages are skipped and the user
    has not said "Don't ask again"; the board and the project window ask alike.
    """
    skipped = pipeline.skipped_stages(project.stage_key, target)
    if not skipped or (settings is not None and not settings.ask_before_skipping_stages):
        return True
    name = project.code_name or project.title
    labels = [stage.label for stage in skipped]
    return confirm(parent, name, pipeline.stage(target).label, labels)


def ask_to_skip(
    parent: QWidget,
    project: str,
    target: str,
    skipped: Sequence[str],
    settings: AppSettings | None,
) -> bool:
    """Ask whether to move although stages are skipped; the answer, ``True`` to move.

    With "Don't ask again" ticked, a move is made and the setting is turned
    off (it can be turned on again on the Settings page).
    """
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("PipelineBoard", "Skip stages?"))
    box.setText(skip_question(project, target, skipped))
    box.setInformativeText(
        translate(
            "PipelineBoard",
            "The stages skipped get no dates, so the time spent in them is not counted.",
        )
    )
    move = box.addButton(
        translate("PipelineBoard", "&Move to “{stage}”").format(stage=stage_name(target)),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.addButton(translate("PipelineBoard", "&Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(move)
    remember = QCheckBox(translate("PipelineBoard", "&Don't ask again"))
    remember.setToolTip(translate("PipelineBoard", "Settings › Ask before a move skips stages"))
    if settings is not None:
        box.setCheckBox(remember)
    box.exec()
    moved = box.clickedButton() is move
    if moved and remember.isChecked() and settings is not None:
        settings.ask_before_skipping_stages = False
    box.deleteLater()
    return moved


def move_refusal(pipeline: Pipeline, source: str, target: str) -> str:
    """Why a project in ``source`` cannot move to ``target`` (empty when it can)."""
    # Fields a stage needs are asked for on the way: only the move itself counts here.
    refusal = pipeline.refusal(source, target)
    return localized(refusal) if refusal is not None else ""
