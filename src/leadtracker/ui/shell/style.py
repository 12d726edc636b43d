"""The app's widget style: the platform's, with what it gets wrong for German corrected.

Qt's Fusion style draws the labels of unselected tabs two pixels lower and
clips them to the tab: the dots of "Ä" and "Ü" and the tail of "g" were cut
("Anderungsverlauf"). :class:`DeskStyle` keeps unselected labels where the
selected one is; everything else is the platform's style.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleOption, QWidget


class DeskStyle(QProxyStyle):
    """The platform style, unselected tab labels not shifted (and so not clipped)."""

    def pixelMetric(
        self,
        metric: QStyle.PixelMetric,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
    ) -> int:
        """Tab labels do not move down when their tab is not the current one."""
        if metric == QStyle.PixelMetric.PM_TabBarTabShiftVertical:
            return 0
        return super().pixelMetric(metric, option, widget)


def apply_style(app: QApplication) -> None:
    """Give ``app`` the desk's style (over the style it would have had)."""
    app.setStyle(DeskStyle(app.style().name()))
