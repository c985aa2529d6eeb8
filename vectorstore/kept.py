"""What a process keeps between questions for one state of the lexical index: the commonest terms' scored postings and
the candidates' rows come back question after question, and reading them again was most of a search's lexical side at
100,000 chunks. One class for both, so both are forgotten alike when the index changes and both stay bounded."""
from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Hashable, Iterable
from typing import Generic, TypeVar

V = TypeVar("V")


class Kept(Generic[V]):
    """Values by name, kept for one `key` (the index's counters, which any committed change in any process moves, and
    whatever else the values depend on): a new key forgets them all. Past `limit` — in the units `size` counts of each
    value — those used longest ago go first, never the question's own."""

    def __init__(self, limit: int, size: Callable[[V], int] = lambda _: 1) -> None:
        self.limit = limit
        self.size = size
        self.key: tuple | None = None
        self.values: OrderedDict[Hashable, V] = OrderedDict()
        self.total = 0

    def missing(self, key: tuple, names: Iterable[Hashable]) -> list[Hashable]:
        """Those of `names` not kept for `key` (each once); the kept ones now count as just used."""
        if key != self.key:
            self.key, self.values, self.total = key, OrderedDict(), 0
        wanted = list(dict.fromkeys(names))
        for name in wanted:
            if name in self.values:
                self.values.move_to_end(name)
        return [name for name in wanted if name not in self.values]

    def add(self, name: Hashable, value: V) -> None:
        self.values[name] = value
        self.total += self.size(value)

    def trim(self, using: int) -> None:
        """Forget the values used longest ago while more than `limit` is kept, never the last `using` (the
        question's)."""
        while self.total > self.limit and len(self.values) > using:
            _, value = self.values.popitem(last=False)
            self.total -= self.size(value)
