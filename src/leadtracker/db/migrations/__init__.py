"""Alembic migrations of the LeadTracker schema, one revision per change."""
