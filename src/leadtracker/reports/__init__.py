"""PDF documents (dossiers, briefings, pipeline summaries) written with reportlab."""
