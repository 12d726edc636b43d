"""Tests of leadtracker.services."""
