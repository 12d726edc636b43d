"""The pages of the main window and the dialogs, each a widget written in code."""
