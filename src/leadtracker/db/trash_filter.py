"""Rows in the trash stay out of every ORM query unless a caller asks for them.

One ``do_orm_execute`` hook adds ``trashed_in IS NULL`` for every
:class:`~leadtracker.db.models.base.Trashable` model a SELECT touches
(joins, relationship loads and subqueries included), so lists, search,
statistics and exports need not know about the trash. The trash service and
the privacy duties (a person's data is still held while it waits in the
trash) open their sessions with :func:`seeing_trashed`.
"""

from __future__ import annotations

from sqlalchemy import event
from sqlalchemy.orm import ORMExecuteState, Session, sessionmaker, with_loader_criteria

from leadtracker.db.models.base import Trashable

#: The session ``info`` key that shows trashed rows too.
INCLUDE_TRASHED = "include_trashed"


def install_trash_filter(factory: sessionmaker[Session]) -> None:
    """Leave trashed rows out of the SELECTs of sessions made by ``factory``."""

    def leave_out_trashed(state: ORMExecuteState) -> None:
        if not state.is_select or state.is_column_load or state.is_relationship_load:
            # Refreshing one object's columns and lazy loads keep the criteria
            # of the statement that loaded it (``propagate_to_loaders``).
            return
        if state.session.info.get(INCLUDE_TRASHED):
            return
        state.statement = state.statement.options(
            with_loader_criteria(
                Trashable,
                lambda cls: cls.trashed_in.is_(None),
                include_aliases=True,
            )
        )

    event.listen(factory, "do_orm_execute", leave_out_trashed)


def seeing_trashed(session: Session) -> Session:
    """``session``, from now on with the rows in the trash (for the trash and privacy duties)."""
    session.info[INCLUDE_TRASHED] = True
    return session
