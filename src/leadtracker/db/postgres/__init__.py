"""What LeadTracker needs of a PostgreSQL server: addresses, its engine, its search index."""
