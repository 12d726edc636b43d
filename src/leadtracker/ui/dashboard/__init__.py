"""The dashboard: headline figures and charts of a period."""
