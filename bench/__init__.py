"""Benchmarks, a package run from the project root as `python -m bench.NAME` (newsgraph installed,
or PYTHONPATH=src). Each writes its section of docs/benchmarks.md or docs/accuracy.md with
`--write`; the figures live there, not in docstrings. Test inputs they share with the tests come
from `newsgraph.testing`, never from tests/."""
