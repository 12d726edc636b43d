"""The Japan Desk's rules in pure Python: stages, names, identifiers, validation.

Nothing here imports a framework or another LeadTracker package, so the rules
can be used and tested without a database or a GUI.
"""
