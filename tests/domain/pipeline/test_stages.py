from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from leadtracker.domain.errors import StageMoveError
from leadtracker.domain.pipeline.outcomes import Outcome
from leadtracker.domain.pipeline.stages import (
    DEFAULT_STAGES,
    Pipeline,
    StageCategory,
    StageDefinition,
)
from leadtracker.domain.vocabulary import LostReason, PermitStatus

OPEN = {"inquiry", "qualified", "active", "site_visit", "decision_pending"}
EXITS = {"on_hold", "lost", "withdrawn"}
# The default pipeline's rules, written out by hand from the desk's description of its stages.
ALLOWED: dict[str, set[str]] = {
    "inquiry": (OPEN - {"inquiry"}) | EXITS,
    "qualified": (OPEN - {"qualified"}) | {"won"} | EXITS,
    "active": (OPEN - {"active"}) | {"won"} | EXITS,
    "site_visit": (OPEN - {"site_visit"}) | {"won"} | EXITS,
    "decision_pending": (OPEN - {"decision_pending"}) | {"won"} | EXITS,
    "won": {"landed", "on_hold", "lost", "withdrawn"},
    "landed": {"aftercare"},
    "aftercare": set(),
    "on_hold": OPEN | {"won", "lost", "withdrawn"},
    "lost": set(OPEN),
    "withdrawn": set(OPEN),
}
KEYS = [s.key for s in DEFAULT_STAGES]
LANDED_FACTS = Outcome(
    decision_date=date(2026, 1, 10),
    trade_registered_on=date(2026, 3, 1),
    register_entry_on=date(2026, 3, 20),
    permits_status=PermitStatus.NOT_REQUIRED,
    lease_signed_on=date(2026, 2, 1),
    opened_on=date(2026, 4, 1),
    jobs_at_opening=12,
)
LOST_FACTS = Outcome(
    decision_date=date(2026, 1, 10), lost_reason=LostReason.COSTS, lost_to_location="Amsterdam"
)


@pytest.mark.parametrize(("source", "target"), [(s, t) for s in KEYS for t in KEYS])
def test_every_move_of_the_default_pipeline(source: str, target: str) -> None:
    pipeline = Pipeline.default()
    allowed = target in ALLOWED[source]
    assert pipeline.is_allowed(source, target) is allowed
    facts = LANDED_FACTS if target == "landed" else LOST_FACTS
    if allowed:
        pipeline.check_move(source, target, facts, qualified=True)
        return
    with pytest.raises(StageMoveError) as refused:
        pipeline.check_move(source, target, facts, qualified=True)
    assert refused.value.missing == ()
    src, dst = pipeline.stage(source).label, pipeline.stage(target).label
    if source == target:
        expected = f"The project is already in “{src}”."
    elif (source, target) == ("inquiry", "won"):
        expected = (
            "A project must be qualified before it can be won (it is in “Inquiry”): "
            "move it to “Qualified” first."
        )
    else:
        expected = _why_not(source, src, dst)
    assert str(refused.value) == expected


def _why_not(source: str, src: str, dst: str) -> str:
    """Why a move of the default pipeline is never allowed, and what to do instead."""
    if source in {"lost", "withdrawn"}:
        return (
            f"A project in “{src}” is closed: reopen it first by moving it to “Inquiry” "
            "(or another open stage)."
        )
    if source == "aftercare":
        return (
            "“Aftercare” is the last stage: a project there does not move on. "
            "An expansion of the company is a new project."
        )
    if dst == "Landed":
        return (
            "“Landed” comes after “Won”: move the project to “Won” first "
            "and fill in the landing checklist."
        )
    if dst == "Aftercare":
        return (
            "“Aftercare” comes after “Landed”: move the project to “Landed” first, "
            "once the branch has opened."
        )
    if source == "landed":
        return (
            "The branch has opened (“Landed”): the project can only go on to aftercare. "
            "An expansion of the company is a new project."
        )
    assert source == "won"
    return (
        f"“Won” is a decision: the project cannot go back to “{dst}”. "
        "If the company hesitates again, move it to “On hold / delayed”."
    )


def test_a_move_forward_names_the_open_stages_it_skips() -> None:
    pipeline = Pipeline.default()
    skipped = pipeline.skipped_stages("inquiry", "site_visit")
    assert [stage.key for stage in skipped] == ["qualified", "active"]
    assert [s.key for s in pipeline.skipped_stages("qualified", "won")] == [
        "active",
        "site_visit",
        "decision_pending",
    ]
    for source, target in (
        ("inquiry", "qualified"),  # the next stage
        ("site_visit", "inquiry"),  # backwards
        ("inquiry", "lost"),  # a side state
        ("on_hold", "won"),  # out of a side state
        ("decision_pending", "won"),
    ):
        assert pipeline.skipped_stages(source, target) == (), (source, target)


def test_on_hold_can_be_won_only_when_qualified_before() -> None:
    pipeline = Pipeline.default()
    with pytest.raises(StageMoveError, match="never went past “Inquiry”"):
        pipeline.check_move("on_hold", "won", LOST_FACTS)
    pipeline.check_move("on_hold", "won", LOST_FACTS, qualified=True)
    pipeline.check_move("qualified", "won", LOST_FACTS)  # the stage itself shows it


def test_lost_needs_reason_and_location() -> None:
    with pytest.raises(StageMoveError) as refused:
        Pipeline.default().check_move("active", "lost", Outcome(decision_date=date.today()))
    assert [p.field for p in refused.value.missing] == ["lost_reason", "lost_to_location"]
    assert str(refused.value) == "Moving to “Lost” needs: Lost reason, Location chosen instead."


def test_landed_needs_the_whole_checklist() -> None:
    pipeline = Pipeline.default()
    with pytest.raises(StageMoveError) as refused:
        pipeline.check_move("won", "landed", Outcome())
    assert {p.field for p in refused.value.missing} == {
        "trade_registered_on",
        "register_entry_on",
        "permits_status",
        "lease_signed_on",
        "opened_on",
        "jobs_at_opening",
    }
    almost = replace(LANDED_FACTS, opened_on=None)
    with pytest.raises(StageMoveError, match="Opening date"):
        pipeline.check_move("won", "landed", almost)


def test_open_permits_block_landing_but_not_required_is_fine() -> None:
    pipeline = Pipeline.default()
    with pytest.raises(StageMoveError, match="Permits"):
        pipeline.check_move(
            "won", "landed", replace(LANDED_FACTS, permits_status=PermitStatus.OPEN)
        )
    pipeline.check_move("won", "landed", replace(LANDED_FACTS, permits_status=PermitStatus.DONE))


def test_refusal_names_the_stages_in_words() -> None:
    with pytest.raises(StageMoveError) as refused:
        Pipeline.default().check_move("aftercare", "inquiry", Outcome())
    assert str(refused.value) == (
        "“Aftercare” is the last stage: a project there does not move on. "
        "An expansion of the company is a new project."
    )


def test_unknown_stage_is_refused_not_a_key_error() -> None:
    with pytest.raises(StageMoveError, match="Unknown stage “nowhere”"):
        Pipeline.default().check_move("inquiry", "nowhere", Outcome())


def test_renamed_and_reordered_stages_keep_their_rules() -> None:
    stages = [
        StageDefinition("neu", "Neue Anfrage", StageCategory.OPEN, 5),
        StageDefinition("pruefung", "In Prüfung", StageCategory.OPEN, 1),
        StageDefinition("zusage", "Zusage", StageCategory.WON, 9),
        StageDefinition("verloren", "Verloren", StageCategory.LOST, 10),
    ]
    pipeline = Pipeline(stages)
    assert pipeline.first_stage.key == "pruefung"  # ordered by position, not by list order
    assert not pipeline.is_allowed("pruefung", "zusage")  # the first stage cannot be won
    assert pipeline.is_allowed("neu", "zusage")
    assert [s.key for s in pipeline.allowed_targets("zusage")] == ["verloren"]


def test_pipeline_needs_unique_keys_and_an_open_stage() -> None:
    with pytest.raises(ValueError, match="unique"):
        Pipeline([DEFAULT_STAGES[0], DEFAULT_STAGES[0]])
    with pytest.raises(ValueError, match="open stage"):
        Pipeline([StageDefinition("won", "Won", StageCategory.WON, 1)])
