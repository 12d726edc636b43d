"""Change notices come from the session's own flushes: ids, kinds, operation, author, commits."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import update

from leadtracker.db.database import Database
from leadtracker.db.models import Company, Partner, Project
from leadtracker.domain.changes import (
    ChangedKind,
    ChangeFeed,
    ChangeNotice,
    Operation,
    RecordChange,
)
from leadtracker.services.companies import CompanyDraft
from tests.conftest import Services

pytestmark = pytest.mark.both_engines


@pytest.fixture
def heard(db: Database) -> list[ChangeNotice]:
    """The notices the database publishes from now on."""
    notices: list[ChangeNotice] = []
    db.changes.subscribe(lambda notice, _number: notices.append(notice))
    return notices


def test_a_new_company_is_one_notice_with_its_id_kind_operation_and_author(
    db: Database, services: Services, heard: list[ChangeNotice]
) -> None:
    staff = services.network.add_user("Anna Schmidt", "AS")
    db.attribution.staff_id = staff.id
    heard.clear()

    company = services.companies.create(CompanyDraft(name_en="Tanaka Seiki"))

    assert len(heard) == 1
    notice = heard[0]
    assert notice.ids(ChangedKind.COMPANY, Operation.CREATE) == {company.id}
    assert notice.staff_ids == {staff.id}
    assert ChangedKind.PROJECT not in notice.kinds
    assert not notice.everything


def test_an_edit_and_a_trashing_say_update_for_that_record_only(
    services: Services, heard: list[ChangeNotice]
) -> None:
    company = services.company(name_en="Tanaka Seiki")
    other = services.company(name_en="Sato Denki")
    heard.clear()

    services.companies.update(company.id, CompanyDraft(name_en="Tanaka Seiki GmbH"))
    services.trash.move_to_trash("company", other.id)

    edit, trashing = heard
    changed = [c for c in edit.changes if c.kind is ChangedKind.COMPANY]
    assert {c.operation for c in changed} == {Operation.UPDATE}
    assert any(c.may_have_changed("name_en") for c in changed)
    assert not any(c.may_have_changed("hq_city") for c in changed)
    assert edit.ids(ChangedKind.COMPANY) == {company.id}
    assert trashing.ids(ChangedKind.COMPANY) == {other.id}
    assert trashing.touches({ChangedKind.TRASH})


def test_nothing_is_published_for_a_rolled_back_transaction(
    db: Database, heard: list[ChangeNotice]
) -> None:
    with db.sessions() as session:
        session.add(Company(name_en="Never saved"))
        session.flush()  # the audit trail and the notice have seen it …
        session.rollback()  # … but it never happened
        session.add(Partner(name="IHK Düsseldorf"))
        session.commit()

    (notice,) = heard
    assert notice.kinds == {ChangedKind.PARTNER}


def test_a_session_closed_without_a_commit_forgets_what_it_flushed(
    db: Database, heard: list[ChangeNotice]
) -> None:
    session = db.sessions()
    session.add(Company(name_en="Never saved"))
    session.flush()
    session.close()  # the writes are gone, and so is their notice
    session.add(Partner(name="JETRO Düsseldorf"))  # a closed session can be used again
    session.commit()
    session.close()

    (notice,) = heard
    assert notice.kinds == {ChangedKind.PARTNER}


def test_a_bulk_statement_names_its_kind_and_the_id_its_where_names(
    db: Database, services: Services, heard: list[ChangeNotice]
) -> None:
    project = services.project(title="Sales office")
    heard.clear()

    with db.sessions.begin() as session:
        session.execute(update(Project).where(Project.id == project.id).values(title="Renamed"))
    with db.sessions.begin() as session:
        session.execute(update(Project).where(Project.title == "Renamed").values(title="Again"))

    one, some = heard
    assert one.changes == {RecordChange(ChangedKind.PROJECT, project.id, Operation.UPDATE)}
    assert some.changes == {RecordChange(ChangedKind.PROJECT, None, Operation.UPDATE)}
    assert some.touches({ChangedKind.PROJECT}, record_id=project.id)
    assert not some.touches({ChangedKind.COMPANY})


def test_a_write_that_changes_nothing_publishes_nothing(
    db: Database, services: Services, heard: list[ChangeNotice]
) -> None:
    services.company()
    heard.clear()

    services.companies.count()
    with db.sessions.begin():
        pass

    assert heard == []


def test_a_notice_from_elsewhere_reaches_every_listener_with_its_number() -> None:
    feed = ChangeFeed()
    heard: list[tuple[ChangeNotice, int]] = []
    stop = feed.subscribe(lambda notice, number: heard.append((notice, number)))
    colleague = ChangeNotice.of(ChangedKind.TASK, (7,), Operation.DELETE, elsewhere=True)

    worker = threading.Thread(target=feed.publish, args=(colleague,))
    worker.start()
    worker.join()
    feed.publish(ChangeNotice())  # empty: not worth telling
    stop()
    feed.publish(colleague)

    assert heard == [(colleague, 1)]


def test_merged_notices_keep_every_change_and_say_everything_if_one_does() -> None:
    one = ChangeNotice.of(ChangedKind.COMPANY, (1,), Operation.UPDATE)
    two = ChangeNotice.of(ChangedKind.CONTACT, (2, 3), Operation.CREATE)

    merged = ChangeNotice.merged((one, two))
    whole = ChangeNotice.merged((merged, ChangeNotice.whole("restored")))

    assert merged.kinds == {ChangedKind.COMPANY, ChangedKind.CONTACT}
    assert merged.ids(ChangedKind.CONTACT) == {2, 3}
    assert not merged.touches({ChangedKind.PROJECT})
    assert whole.everything and whole.touches({ChangedKind.PROJECT})
    assert whole.reason == "restored"
