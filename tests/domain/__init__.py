"""Tests of leadtracker.domain."""
