"""Exporting: the tables as CSV files or one workbook, calendars and vCards.

- :mod:`.exports` -- :class:`~.exports.ExportService`, writing the files.
- :mod:`.tables` -- which columns each table has, and how a value is written.
- :mod:`.xlsx_writer` -- the streaming workbook writer.
- :mod:`.calendar_files` -- tasks and meetings as iCalendar, contacts as vCards.
- :mod:`.choices` -- the tables the command line's parser lists (light to import).
"""
