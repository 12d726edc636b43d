"""Searching everything: the search panel, its result model and the search dialog."""
