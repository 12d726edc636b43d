"""Messages for people, in English here and translatable in the interface.

The domain and the services write what went wrong in English (the command
line prints that). A :class:`Text` is such an English string that also keeps
its template and values, so the desktop app can show it in German or
Japanese: it looks the template up in its translations and fills in the
values (translated too, when they are texts themselves).

Templates are written as literals, ``text("there is no company with id {id}", id=5)``,
so that the build can collect them for the translators; a value that is a
word of one of the app's vocabularies (a stage's name, say) is passed as
``term(label, "Stages")``: it is translated in that vocabulary's context.
"""

from __future__ import annotations

from collections.abc import Mapping

#: Where the interface looks templates up (a Qt translation context).
MESSAGES = "Messages"


class Text(str):
    """An English message that remembers its template, values and translation context."""

    template: str
    values: Mapping[str, object]
    context: str

    def __new__(cls, template: str, context: str = MESSAGES, /, **values: object) -> Text:
        """``template`` filled with ``values`` (``str.format`` fields)."""
        made = super().__new__(cls, template.format(**values) if values else template)
        made.template, made.values, made.context = template, values, context
        return made


def text(template: str, /, **values: object) -> Text:
    """A message from a literal English ``template`` and its ``values``."""
    return Text(template, MESSAGES, **values)


def term(word: str, context: str) -> Text:
    """A word of a vocabulary (a stage, a sector …), translated in that vocabulary's context."""
    return Text(word, context)


class Listing(Text):
    """Several texts joined into one: ``Lost reason, Decision date`` (each translated alone)."""

    items: tuple[str, ...]

    def __new__(cls, items: tuple[str, ...]) -> Listing:
        """``items`` joined with commas."""
        made = str.__new__(cls, ", ".join(items))
        made.template, made.values, made.context = ", ".join(items), {}, MESSAGES
        made.items = items
        return made


def reason_of(error: BaseException) -> str:
    """An exception's message as it was made: the :class:`Text` itself, when it was one."""
    first = error.args[0] if len(error.args) == 1 else None
    return first if isinstance(first, str) else str(error)
