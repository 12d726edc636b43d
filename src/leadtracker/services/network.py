"""The desk's network: staff members, partner organisations and events."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from leadtracker.db.engine import READ_ONLY
from leadtracker.db.models import Event, Partner, User
from leadtracker.domain.errors import NotFoundError
from leadtracker.domain.identifiers import clean_email, clean_website
from leadtracker.domain.messages import text
from leadtracker.domain.normalize import fold
from leadtracker.domain.vocabulary import PartnerKind
from leadtracker.services._validation import Problems


@dataclass(frozen=True)
class UserRecord:
    """A staff member."""

    id: int
    name: str
    initials: str
    email: str
    active: bool


@dataclass(frozen=True)
class PartnerRecord:
    """A partner organisation."""

    id: int
    name: str
    kind: PartnerKind
    website: str


@dataclass(frozen=True)
class EventRecord:
    """An event where inquiries arise."""

    id: int
    name: str
    starts_on: date | None
    location: str
    organiser_id: int | None


def check_staff_member(
    problems: Problems, name: str, initials: str, email: str
) -> tuple[str, str, str]:
    """A staff member's name, initials and email as stored; what is wrong noted in ``problems``."""
    if not name.strip():
        problems.add("name", text("Name"), text("enter the staff member's name"))
    if not initials.strip():
        problems.add("initials", text("Initials"), text("enter initials, e.g. BL"))
    name, initials = name.strip(), initials.strip()
    email = problems.clean(clean_email, email)
    problems.check_texts(User, {"name": name, "initials": initials, "email": email})
    return name, initials, email


def check_partner(problems: Problems, name: str, website: str) -> tuple[str, str]:
    """A partner's name and website as stored; what is wrong noted in ``problems``."""
    if not name.strip():
        problems.add("name", text("Name"), text("enter the partner's name"))
    name, website = name.strip(), problems.clean(clean_website, website)
    problems.check_texts(Partner, {"name": name, "website": website})
    return name, website


def check_event_name(problems: Problems, name: str, location: str = "") -> str:
    """An event's name as stored; a problem noted in ``problems`` when it is missing.

    ``location`` is checked too (its length, a NUL), as saved.
    """
    if not name.strip():
        problems.add("name", text("Name"), text("enter the event's name"))
    problems.check_texts(Event, {"name": name.strip(), "location": location})
    return name.strip()


class NetworkService:
    """Staff, partners and events."""

    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    def add_user(self, name: str, initials: str, email: str = "") -> UserRecord:
        """Add a staff member; initials must be unique."""
        with self._sessions.begin() as session:
            problems = Problems()
            typed = initials
            name, initials, email = check_staff_member(problems, name, initials, email)
            if (
                initials
                and not problems.has("initials")  # a NUL cannot even be looked up
                and session.scalar(select(User.id).where(User.initials == initials))
            ):
                problems.add(
                    "initials",
                    text("Initials"),
                    text("“{initials}” are already in use", initials=typed),
                )
            problems.raise_if_any()
            user = User(name=name, initials=initials, email=email)
            session.add(user)
            session.flush()
            return UserRecord(user.id, user.name, user.initials, user.email, user.active)

    def users(self) -> tuple[UserRecord, ...]:
        """All staff members by name (read without the write lock: asked at every start)."""
        with self._sessions.begin() as session:
            session.connection(execution_options=READ_ONLY)
            rows = session.scalars(select(User).order_by(User.name))
            return tuple(UserRecord(u.id, u.name, u.initials, u.email, u.active) for u in rows)

    def staff_member(self, typed: str) -> UserRecord:
        """The staff member ``typed`` names: their initials or their full name (case, width aside).

        Raises:
            NotFoundError: nobody has that name, or several staff members have.
        """
        wanted, staff = fold(typed.strip()), self.users()
        found = [u for u in staff if fold(u.initials) == wanted] or [
            u for u in staff if fold(u.name) == wanted
        ]
        if len(found) == 1:
            return found[0]
        if found:
            initials = ", ".join(u.initials for u in found)
            raise NotFoundError(
                text(
                    "Several staff members are called “{name}”: give their initials ({initials})",
                    name=typed,
                    initials=initials,
                )
            )
        known = ", ".join(f"{u.name} ({u.initials})" for u in staff)
        raise NotFoundError(
            text("There is no staff member “{name}”; the staff: {known}", name=typed, known=known)
            if staff
            else text("There is no staff member “{name}”: no staff are recorded", name=typed)
        )

    def partners(self) -> tuple[PartnerRecord, ...]:
        """All partner organisations by name."""
        with self._sessions.begin() as session:
            rows = session.scalars(select(Partner).order_by(Partner.name))
            return tuple(PartnerRecord(p.id, p.name, p.kind, p.website) for p in rows)

    def events(self) -> tuple[EventRecord, ...]:
        """All events, the latest first (undated ones last)."""
        with self._sessions.begin() as session:
            rows = session.scalars(
                select(Event).order_by(
                    Event.starts_on.is_(None), Event.starts_on.desc(), Event.name
                )
            )
            return tuple(
                EventRecord(e.id, e.name, e.starts_on, e.location, e.organiser_id) for e in rows
            )

    def add_partner(
        self, name: str, kind: PartnerKind = PartnerKind.OTHER, website: str = ""
    ) -> PartnerRecord:
        """Add a partner organisation; names are unique."""
        with self._sessions.begin() as session:
            problems = Problems()
            typed = name
            name, website = check_partner(problems, name, website)
            if (
                name
                and not problems.has("name")  # a NUL cannot even be looked up
                and session.scalar(select(Partner.id).where(Partner.name == name))
            ):
                problems.add(
                    "name", text("Name"), text("a partner “{name}” already exists", name=typed)
                )
            problems.raise_if_any()
            partner = Partner(name=name, kind=kind, website=website)
            session.add(partner)
            session.flush()
            return PartnerRecord(partner.id, partner.name, partner.kind, partner.website)

    def add_event(
        self,
        name: str,
        starts_on: date | None = None,
        location: str = "",
        organiser_id: int | None = None,
    ) -> EventRecord:
        """Add an event."""
        with self._sessions.begin() as session:
            problems = Problems()
            name = check_event_name(problems, name, location)
            organiser = text("Organiser")
            problems.check_reference(session, Partner, organiser_id, "organiser_id", organiser)
            problems.raise_if_any()
            event = Event(
                name=name, starts_on=starts_on, location=location, organiser_id=organiser_id
            )
            session.add(event)
            session.flush()
            return EventRecord(event.id, event.name, event.starts_on, event.location, organiser_id)
