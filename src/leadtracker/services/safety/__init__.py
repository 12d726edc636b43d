"""Data safety: backups and restore, checking a database, the trash, privacy duties."""
