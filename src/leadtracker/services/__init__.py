"""Use cases: one unit of work per call, plain frozen dataclasses in and out.

Services get a session factory (and the search index where they need it),
open one transaction per call and never hand out ORM objects, so the GUI and
the command line can share them without detached-object surprises.
"""
