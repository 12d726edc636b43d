"""Translations of the user interface: choosing the language, loading it, one ``translate``.

The interface speaks German, English or Japanese: the one chosen in Settings,
else the system's (German for ``de_*``, Japanese for ``ja_*``, English
otherwise). :func:`install_translations` loads LeadTracker's compiled
translation (``resources/translations/leadtracker_<lang>.qm``, built from the
``.ts`` sources by ``pyside6-lrelease``) and Qt's own (``qtbase_<lang>.qm``:
dialog buttons, context menus), and makes the language's locale the default
for dates and numbers shown by Qt.

Classes use ``self.tr(...)``; functions outside a class call
``translate("Context", "text")`` with a literal context, so that
``pyside6-lupdate`` finds every string and files it under the same context the
program asks for at run time.

``LEADTRACKER_STRETCH_TEXT=1`` doubles every translated string (a
:class:`StretchingTranslator` on top): a layout that clips or overflows with
it will clip in a language with longer words too.
"""

from __future__ import annotations

import logging
import os

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from leadtracker.domain.errors import FieldProblem, ValidationError
from leadtracker.domain.messages import Listing, Text, reason_of
from leadtracker.resources import resource

log = logging.getLogger(__name__)

#: The interface languages: English is the source, the others are translated.
LANGUAGES = ("de", "en", "ja")
#: The environment switch of the stretched-text check.
STRETCH_VARIABLE = "LEADTRACKER_STRETCH_TEXT"


def _marked(context: str, source: str) -> str:
    """``source`` as it is; ``lupdate`` lists it under ``context`` for translating."""
    del context
    return source


# Marks a text for lupdate (it finds the calls by this name) and gives it back
# untranslated, as PySide6's own does -- whose stub says it returns ``object``.
QT_TRANSLATE_NOOP = _marked


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the interface language, looked up under ``context``."""
    return QCoreApplication.translate(context, text, disambiguation, n)


def system_language(locale: QLocale | None = None) -> str:
    """The interface language for the system's locale: ``de``, ``ja``, else ``en``."""
    language = (locale or QLocale.system()).language()
    if language == QLocale.Language.German:
        return "de"
    if language == QLocale.Language.Japanese:
        return "ja"
    return "en"


def system_language_name() -> str:
    """The system's interface language, named in itself (for the Settings page)."""
    return {"de": "Deutsch", "ja": "日本語"}.get(system_language(), "English")


def interface_language(chosen: str) -> str:
    """The language to show: the one ``chosen`` in Settings, else the system's."""
    return chosen if chosen in LANGUAGES else system_language()


class StretchingTranslator(QTranslator):
    """Returns every string twice over, to find layouts that clip longer texts."""

    def __init__(self, below: list[QTranslator]) -> None:
        super().__init__()
        self._below = below

    def translate(
        self,
        context: str,
        source_text: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str:
        """The translation the other translators give (else the source), twice over."""
        for translator in self._below:
            found = translator.translate(context, source_text, disambiguation, n)
            if found:
                return _stretched(found)
        return _stretched(source_text)

    def isEmpty(self) -> bool:
        """Never empty: it answers for every string."""
        return False


def _stretched(text: str) -> str:
    """``text`` twice (placeholders too; the second time without the shortcut mark)."""
    return f"{text} {text.replace('&', '')}" if text else text


def _locale_of(language: str) -> QLocale:
    """Dates and numbers for ``language``: the system's when it speaks it, else the desk's.

    The desk's are German of Germany, Japanese of Japan and British English.
    """
    system = QLocale.system()
    if system_language(system) == language and system.language() != QLocale.Language.C:
        return system
    return QLocale({"de": "de_DE", "ja": "ja_JP"}.get(language, "en_GB"))


def install_translations(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load ``language``'s translations into ``app``; the translators (keep them alive).

    A missing ``.qm`` file (a source checkout before the build) leaves the
    English source texts and is logged, not fatal.
    """
    QLocale.setDefault(_locale_of(language))
    loaded: list[QTranslator] = []
    if language != "en":
        ours = QTranslator(app)
        path = resource("translations", f"leadtracker_{language}.qm")
        if ours.load(str(path)):
            loaded.append(ours)
        else:
            log.warning("no interface translation at %s: build the .qm files", path)
        qt = QTranslator(app)
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt.load(QLocale(language), "qtbase", "_", folder):
            loaded.append(qt)
    if os.environ.get(STRETCH_VARIABLE):
        loaded.insert(0, StretchingTranslator(list(loaded)))
    for translator in reversed(loaded):  # the last installed is asked first
        app.installTranslator(translator)
    return loaded


def localized(value: object) -> str:
    """A message of the domain or the services in the interface language.

    A :class:`~leadtracker.domain.messages.Text` is looked up by its English
    template and filled with its values (themselves localized); any other
    value is shown as it is.
    """
    if isinstance(value, Listing):
        separator = translate("Messages", ", ")
        return separator.join(localized(item) for item in value.items)
    if isinstance(value, Text):
        template = translate(value.context, value.template)
        if not value.values:
            return template
        try:
            return template.format(**{k: localized(v) for k, v in value.values.items()})
        except (KeyError, IndexError, ValueError):  # a broken translation: the English
            return str(value)
    return str(value)


def localized_problem(problem: FieldProblem) -> str:
    """``Label: problem`` in the interface language."""
    return translate("Messages", "{label}: {problem}").format(
        label=localized(problem.label), problem=localized(problem.problem)
    )


def localized_error(error: BaseException) -> str:
    """What went wrong, in the interface language (the English text for others)."""
    if isinstance(error, ValidationError):
        return "\n".join(localized_problem(p) for p in error.problems)
    return localized(reason_of(error))
