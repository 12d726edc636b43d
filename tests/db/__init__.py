"""Tests of leadtracker.db."""
