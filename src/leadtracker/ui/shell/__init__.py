"""The main window, its menus and pages, starting the app and whom it works for."""
