"""How often one user may ask: at most `limit` questions in any `window` seconds (a sliding window)."""
from __future__ import annotations

import time
from collections import defaultdict, deque


class RateLimiter:
    def __init__(self, limit: int, window: float = 60.0) -> None:
        self.limit = limit
        self.window = window
        self._hits: dict[str, deque[float]] = defaultdict(deque)

    def hit(self, user: str, now: float | None = None) -> float:
        """Record a question; 0 if allowed, else the seconds until the user may ask again."""
        now = time.monotonic() if now is None else now
        hits = self._hits[user]
        while hits and now - hits[0] >= self.window:
            hits.popleft()
        if self.limit > 0 and len(hits) >= self.limit:
            return self.window - (now - hits[0])
        hits.append(now)
        return 0.0
