"""Benchmarks, run on demand (figures in docs/benchmarks.md)."""
