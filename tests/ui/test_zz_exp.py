from PySide6.QtCore import QSettings

from leadtracker.ui.app import Desk
from leadtracker.ui.desk import DeskServices
from leadtracker.ui.settings import AppSettings


def test_x(qtbot, demo_db, tmp_path):
    desk = Desk(
        DeskServices.on(demo_db),
        AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)),
    )
    window = desk.window
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    print("before", window.minimumSizeHint(), window.minimumSize())
    board = desk._pipeline.page()
    window.show_page(board)
    qtbot.waitUntil(lambda: board.board is not None, timeout=5000)
    qtbot.wait(100)
    print(
        "after",
        window.minimumSizeHint(),
        board.minimumSizeHint(),
        board.filters.minimumSizeHint(),
        board.scroll.minimumSizeHint(),
        board.strip.minimumSizeHint(),
    )
    window.resize(900, 600)
    qtbot.wait(50)
    print("resized", window.size())
    qtbot.waitUntil(lambda: not board.runner.busy)
