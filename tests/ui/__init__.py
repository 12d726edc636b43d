"""Tests of leadtracker.ui."""
