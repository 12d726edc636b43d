"""The pipeline: stages, which moves between them are allowed, what each needs.

Staff may rename and reorder stages, so rules never depend on a stage's key or
label but on its :class:`StageCategory`: a project moves freely among the open
stages, can be won only once it is qualified, lands only after it was won and
its landing checklist is done, and so on. The default pipeline is the Japan
Desk's (see :data:`DEFAULT_STAGES`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum

from leadtracker.domain.errors import FieldProblem, StageMoveError
from leadtracker.domain.messages import Listing, Text, term, text
from leadtracker.domain.pipeline.outcomes import Outcome, OutcomeUpdate, invalid_values, needed
from leadtracker.domain.vocabulary import PermitStatus


class StageCategory(StrEnum):
    """What a stage means for the rules and the KPIs."""

    OPEN = "open"  # inquiry up to decision pending
    WON = "won"  # decided for Düsseldorf
    LANDED = "landed"  # branch opened
    AFTERCARE = "aftercare"
    ON_HOLD = "on_hold"  # on hold / delayed
    LOST = "lost"  # chose another location
    WITHDRAWN = "withdrawn"


@dataclass(frozen=True)
class StageDefinition:
    """One stage of the pipeline as configured."""

    key: str
    label: str
    category: StageCategory
    position: int


DEFAULT_STAGES: tuple[StageDefinition, ...] = (
    StageDefinition("inquiry", "Inquiry", StageCategory.OPEN, 10),
    StageDefinition("qualified", "Qualified", StageCategory.OPEN, 20),
    StageDefinition("active", "Active project", StageCategory.OPEN, 30),
    StageDefinition("site_visit", "Site visit", StageCategory.OPEN, 40),
    StageDefinition("decision_pending", "Decision pending", StageCategory.OPEN, 50),
    StageDefinition("won", "Won", StageCategory.WON, 60),
    StageDefinition("landed", "Landed", StageCategory.LANDED, 70),
    StageDefinition("aftercare", "Aftercare", StageCategory.AFTERCARE, 80),
    StageDefinition("on_hold", "On hold / delayed", StageCategory.ON_HOLD, 90),
    StageDefinition("lost", "Lost", StageCategory.LOST, 100),
    StageDefinition("withdrawn", "Withdrawn", StageCategory.WITHDRAWN, 110),
)

#: Categories a project in a category may move to (open-to-won is refined below).
_ALLOWED: dict[StageCategory, frozenset[StageCategory]] = {
    StageCategory.OPEN: frozenset(
        {
            StageCategory.OPEN,
            StageCategory.WON,
            StageCategory.ON_HOLD,
            StageCategory.LOST,
            StageCategory.WITHDRAWN,
        }
    ),
    StageCategory.WON: frozenset(
        {StageCategory.LANDED, StageCategory.ON_HOLD, StageCategory.LOST, StageCategory.WITHDRAWN}
    ),
    StageCategory.LANDED: frozenset({StageCategory.AFTERCARE}),
    StageCategory.AFTERCARE: frozenset(),
    StageCategory.ON_HOLD: frozenset(
        {StageCategory.OPEN, StageCategory.WON, StageCategory.LOST, StageCategory.WITHDRAWN}
    ),
    StageCategory.LOST: frozenset({StageCategory.OPEN}),
    StageCategory.WITHDRAWN: frozenset({StageCategory.OPEN}),
}


def stage_name(label: str) -> Text:
    """A stage's name (its ``label``) as a word the interface translates.

    The one way a stage is named for people: English on the command line, in
    the interface's language on screen (the ``Stages`` vocabulary; a stage a
    desk added itself keeps its own name).
    """
    return term(label, "Stages")


def _stage(stage: StageDefinition) -> Text:
    return stage_name(stage.label)


#: The categories whose stages are a decision: the day of it is recorded.
_DECISIONS = frozenset({StageCategory.WON, StageCategory.LOST})


def missing_for(category: StageCategory, outcome: Outcome) -> tuple[FieldProblem, ...]:
    """The fields a project with ``outcome`` lacks to enter a stage of ``category``."""
    checks: tuple[tuple[str, bool], ...] = ()
    if category is StageCategory.LOST:
        checks = (
            ("lost_reason", outcome.lost_reason is not None),
            ("lost_to_location", bool(outcome.lost_to_location.strip())),
            ("decision_date", outcome.decision_date is not None),
        )
    elif category is StageCategory.WON:
        checks = (("decision_date", outcome.decision_date is not None),)
    elif category is StageCategory.LANDED:
        checks = (
            ("trade_registered_on", outcome.trade_registered_on is not None),
            ("register_entry_on", outcome.register_entry_on is not None),
            ("permits_status", outcome.permits_status is not PermitStatus.OPEN),
            ("lease_signed_on", outcome.lease_signed_on is not None),
            ("opened_on", outcome.opened_on is not None),
            ("jobs_at_opening", outcome.jobs_at_opening is not None),
        )
    return tuple(needed(name) for name, present in checks if not present)


def outcome_after(
    category: StageCategory | None, before: Outcome, update: OutcomeUpdate, moved_on: date
) -> Outcome:
    """The outcome after a move into a stage of ``category`` made on ``moved_on`` (office day).

    The fields ``update`` gives replace those ``before``; a decision (won
    or lost) without a decision date given is decided on the day of the
    move; reopening clears the decision and the loss (keeping a decision
    date given); winning clears a loss.
    """
    after = update.applied_to(before)
    given = update.values.decision_date
    if category in _DECISIONS:
        after = replace(after, decision_date=given or moved_on)
    if category in {StageCategory.OPEN, StageCategory.WON}:
        after = replace(after, lost_reason=None, lost_to_location="")
    if category is StageCategory.OPEN:
        after = replace(after, decision_date=given)
    return after


def move_problems(
    category: StageCategory, before: Outcome, update: OutcomeUpdate, *, today: date
) -> tuple[FieldProblem, ...]:
    """What is wrong or missing for a move into a stage of ``category`` with ``update``.

    First the values ``update`` gives that are wrong whatever the stage
    (:func:`~leadtracker.domain.pipeline.outcomes.invalid_values`; ``today`` is the
    office day of the move), then the fields the stage needs that the
    project (``before``, with ``update`` laid over it) lacks. Empty when the
    fields allow the move; whether the move itself is allowed is
    :meth:`Pipeline.refusal`'s to say. A stage dialog asks with an empty
    ``before``: its answers must be complete by themselves.
    """
    after = outcome_after(category, before, update, today)
    return invalid_values(update, today) + missing_for(category, after)


class Pipeline:
    """An ordered, configured set of stages and the rules for moving between them."""

    def __init__(self, stages: Iterable[StageDefinition]) -> None:
        self.stages: tuple[StageDefinition, ...] = tuple(sorted(stages, key=lambda s: s.position))
        self._by_key = {stage.key: stage for stage in self.stages}
        if len(self._by_key) != len(self.stages):
            raise ValueError("stage keys must be unique")
        open_stages = [s for s in self.stages if s.category is StageCategory.OPEN]
        if not open_stages:
            raise ValueError("a pipeline needs at least one open stage")
        self.first_stage = open_stages[0]

    @classmethod
    def default(cls) -> Pipeline:
        """The Japan Desk's default pipeline."""
        return cls(DEFAULT_STAGES)

    def stage(self, key: str) -> StageDefinition:
        """The stage with this key; ``KeyError`` if there is none."""
        return self._by_key[key]

    def __contains__(self, key: object) -> bool:
        return key in self._by_key

    def is_allowed(self, source: str, target: str) -> bool:
        """Whether the move is allowed at all, regardless of the project's fields."""
        return self._refusal(source, target) is None

    def allowed_targets(self, source: str) -> tuple[StageDefinition, ...]:
        """Stages a project in ``source`` may move to, in pipeline order."""
        return tuple(s for s in self.stages if self.is_allowed(source, s.key))

    def refusal(self, source: str, target: str) -> str | None:
        """Why a project in ``source`` may never move to ``target`` (``None``: it may).

        In the pipeline's words, with what to do instead; whatever the
        project's fields are.
        """
        return self._refusal(source, target)

    def move_problems(
        self, target: str, before: Outcome, update: OutcomeUpdate, *, today: date
    ) -> tuple[FieldProblem, ...]:
        """:func:`move_problems` for a move to the stage ``target`` (none for an unknown one)."""
        if target not in self._by_key:
            return invalid_values(update, today)
        return move_problems(self._by_key[target].category, before, update, today=today)

    def check_move(
        self, source: str, target: str, outcome: Outcome, *, qualified: bool = False
    ) -> None:
        """Raise :class:`StageMoveError` unless a project with ``outcome`` may move.

        ``qualified``: the project has been past the pipeline's first stage at
        some time (a project on hold can then be won; one put on hold as an
        inquiry cannot). The message says in words why: the move is not
        allowed from this stage, or which fields must be filled first.
        """
        refusal = self._refusal(source, target)
        if refusal is not None:
            raise StageMoveError(source, target, refusal)
        target_stage = self._by_key[target]
        source_stage = self._by_key[source]
        qualified = qualified or (
            source_stage.category is StageCategory.OPEN and source != self.first_stage.key
        )
        if target_stage.category is StageCategory.WON and not qualified:
            raise StageMoveError(
                source,
                target,
                text(
                    "A project must be qualified before it can be won "
                    "(it never went past “{stage}”).",
                    stage=_stage(self.first_stage),
                ),
            )
        problems = missing_for(target_stage.category, outcome)
        if problems:
            raise StageMoveError(
                source,
                target,
                text(
                    "Moving to “{stage}” needs: {names}.",
                    stage=_stage(target_stage),
                    names=Listing(tuple(p.label for p in problems)),
                ),
                problems,
            )

    def skipped_stages(self, source: str, target: str) -> tuple[StageDefinition, ...]:
        """The open stages a move forward from ``source`` to ``target`` passes over.

        Empty for a move backwards, to the next stage, out of or into a side
        state; e.g. Inquiry to Site visit skips Qualified and Active project.
        """
        if source not in self._by_key or target not in self._by_key:
            return ()
        src, dst = self._by_key[source], self._by_key[target]
        forward = {StageCategory.OPEN, StageCategory.WON}
        if src.category is not StageCategory.OPEN or dst.category not in forward:
            return ()
        return tuple(
            stage
            for stage in self.stages
            if stage.category is StageCategory.OPEN and src.position < stage.position < dst.position
        )

    def _first(self, category: StageCategory) -> StageDefinition | None:
        return next((s for s in self.stages if s.category is category), None)

    def _refusal(self, source: str, target: str) -> str | None:
        if source not in self._by_key:
            return text("Unknown stage “{stage}”.", stage=source)
        if target not in self._by_key:
            return text("Unknown stage “{stage}”.", stage=target)
        src, dst = self._by_key[source], self._by_key[target]
        if src.key == dst.key:
            return text("The project is already in “{stage}”.", stage=_stage(src))
        if dst.category not in _ALLOWED[src.category]:
            return self._why_not(src, dst)
        if dst.category is StageCategory.WON and src.key == self.first_stage.key:
            return self._not_qualified(src)
        return None

    def _not_qualified(self, src: StageDefinition) -> str:
        second = next(
            (s for s in self.stages if s.category is StageCategory.OPEN and s.key != src.key),
            None,
        )
        if second is None:
            return text(
                "A project must be qualified before it can be won (it is in “{stage}”).",
                stage=_stage(src),
            )
        return text(
            "A project must be qualified before it can be won (it is in “{stage}”): "
            "move it to “{next}” first.",
            stage=_stage(src),
            next=_stage(second),
        )

    def _why_not(self, src: StageDefinition, dst: StageDefinition) -> str:
        """Why a project in ``src`` may never move to ``dst``, and what to do instead."""
        return (
            self._from_the_end(src)
            or self._too_early(dst)
            or self._after_the_decision(src, dst)
            or text(
                "A project in “{source}” cannot move to “{target}”.",
                source=_stage(src),
                target=_stage(dst),
            )
        )

    def _from_the_end(self, src: StageDefinition) -> str | None:
        """A closed project (lost, withdrawn) or one in aftercare goes nowhere but back to open."""
        if src.category in {StageCategory.LOST, StageCategory.WITHDRAWN}:
            return text(
                "A project in “{source}” is closed: reopen it first by moving it to "
                "“{first}” (or another open stage).",
                source=_stage(src),
                first=_stage(self.first_stage),
            )
        if src.category is StageCategory.AFTERCARE:
            return text(
                "“{source}” is the last stage: a project there does not move on. "
                "An expansion of the company is a new project.",
                source=_stage(src),
            )
        return None

    def _too_early(self, dst: StageDefinition) -> str | None:
        """Landed needs Won first, Aftercare needs Landed first."""
        won, landed = self._first(StageCategory.WON), self._first(StageCategory.LANDED)
        if dst.category is StageCategory.LANDED and won is not None:
            return text(
                "“{target}” comes after “{won}”: move the project to “{won}” first "
                "and fill in the landing checklist.",
                target=_stage(dst),
                won=_stage(won),
            )
        if dst.category is StageCategory.AFTERCARE and landed is not None:
            return text(
                "“{target}” comes after “{landed}”: move the project to “{landed}” first, "
                "once the branch has opened.",
                target=_stage(dst),
                landed=_stage(landed),
            )
        return None

    def _after_the_decision(self, src: StageDefinition, dst: StageDefinition) -> str | None:
        """A landed project only goes on; a won one does not go back to the open stages."""
        on_hold = self._first(StageCategory.ON_HOLD)
        if src.category is StageCategory.LANDED:
            return text(
                "The branch has opened (“{source}”): the project can only go on to aftercare. "
                "An expansion of the company is a new project.",
                source=_stage(src),
            )
        if src.category is StageCategory.WON and on_hold is not None:
            return text(
                "“{source}” is a decision: the project cannot go back to “{target}”. "
                "If the company hesitates again, move it to “{on_hold}”.",
                source=_stage(src),
                target=_stage(dst),
                on_hold=_stage(on_hold),
            )
        return None
