from newsgraph.evaluate.halves import half, split


def test_half_is_stable_and_balanced() -> None:
    keys = [f"item-{i}" for i in range(2000)]
    first = [half(k) for k in keys]
    assert first == [half(k) for k in keys]
    share = first.count("read") / len(first)
    assert 0.45 < share < 0.55


def test_split_keeps_order_and_groups() -> None:
    items = [("doc-a", 1), ("doc-b", 2), ("doc-a", 3)]
    halves = split(items, key=lambda item: item[0])
    together = halves[half("doc-a")]
    assert [n for d, n in together if d == "doc-a"] == [1, 3]
    assert sum(len(v) for v in halves.values()) == 3
