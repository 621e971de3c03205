"""Helpers for tests and benchmarks that ship with the package: synthetic wire copy (synthetic.py)
and the places stage's gold cases with their scorer (place_cases.py, places.py). Nothing in the
package imports them (tests/test_layers.py keeps it so)."""
