"""Importing files: every import reads all rows, checks them and writes all of them or none.

- :mod:`.entry` -- the one door: what a file holds (:func:`~.entry.guess_kind`),
  a preview, and :func:`~.entry.import_file`.
- :mod:`.report` -- each problem where the user finds it, the report, all or nothing.
- :mod:`.columns` -- which header feeds which field, and how a cell is read.
- :mod:`.rows` -- the row loop every kind shares (:class:`~.rows.SheetReader`).
- :mod:`.references` -- how rows name staff, partners, events, stages and other sheets' rows.
- File readers: :mod:`.spreadsheet_files` (CSV and XLSX), :mod:`.xlsx_inspection`,
  :mod:`.xlsx_xml` and :mod:`.limits` (what a hostile file may not make us do).
- One module per kind: :mod:`.companies`, :mod:`.contacts`, :mod:`.vcards`,
  :mod:`.projects`, :mod:`.network`, :mod:`.work`, and :mod:`.workbook` (every sheet at once).
- :mod:`.choices` -- the choices the command line's parser lists (light to import).
"""
