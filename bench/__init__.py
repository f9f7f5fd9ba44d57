"""Benchmarks (not part of the test run). ``python -m bench [NAME …]`` runs them."""
