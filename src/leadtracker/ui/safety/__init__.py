"""Data safety: backups and restore, the trash, privacy duties and retention, duplicates."""
