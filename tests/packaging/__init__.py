"""Tests of the packaging files."""
