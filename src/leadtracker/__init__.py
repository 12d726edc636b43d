"""LeadTracker: the Japan Desk's pipeline of Japanese companies settling in Düsseldorf."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("leadtracker")
except PackageNotFoundError:  # pragma: no cover - running from a bare source tree
    __version__ = "0.0.0"
