"""Persistence: SQLAlchemy models, the SQLite engine, migrations, the search index."""
