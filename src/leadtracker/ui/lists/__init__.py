"""The record lists: table models, the list view with its filter and columns.

The paged models are fed by services; the network page lists staff, partners
and events.
"""
