"""The demo data set: a realistic office's years of work, for trying the app and for benchmarks.

- :mod:`.loader` -- :class:`~.loader.DemoService`, filling an empty database.
- :mod:`.builder` -- the rows of every table, made from a seed.
- :mod:`.catalogue` -- the names, places and words the rows are made of.
"""
