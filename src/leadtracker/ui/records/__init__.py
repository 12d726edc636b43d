"""Record windows and editors: companies, contacts, projects and their work.

A company or a project opens in a window of its own; activities and tasks are
logged, corrected and ticked off from there.
"""
