"""Long lists a page at a time: records filtered, sorted and counted in SQL.

The GUI's tables load rows as they are scrolled into view, so a database of
100,000 companies opens without reading them all. Each call is one read-only
unit of work returning frozen dataclasses.
"""
