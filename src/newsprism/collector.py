"""Python's cyclic garbage collector during a long run of the cross-article stages.

The stages keep long-lived caches (the linker's candidates, stored profiles, compiled
statements) that grow with the corpus, and each of the collector's full passes walks all of them
again: at 200,000 synthetic articles the full passes cost 0.6-0.9 ms an article in entity
linking and 0.6 in the stories stage, more as the heap grows (issue 21, docs/measured/speed.md).
So after every chunk the run collects what the chunk left and freezes the survivors
(``gc.freeze``): the automatic passes then walk only what was made since, a chunk's worth,
whatever the heap's size. Frozen objects are still freed by reference counting; only cycles
among them wait, until every ``FULL_PASS_EVERY`` chunks the whole heap is unfrozen and
collected once (memory bounded, the cost of that pass spread over the chunks), and when the
run ends, which leaves the process's collector as it found it.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

FULL_PASS_EVERY = 16  # chunks (of 512 articles) between full passes over the whole heap
# Young collections between automatic full passes (Python's default 10): within a chunk a full
# pass walks only the chunk's survivors, and the chunk's end collects them all anyway.
FULL_PASS_THRESHOLD = 100


class Pacer:
    """Call ``chunk_done`` after each chunk of a run."""

    def __init__(self, full_pass_every: int = FULL_PASS_EVERY) -> None:
        self.full_pass_every = max(1, full_pass_every)
        self.chunks = 0
        self.thresholds = gc.get_threshold()
        gc.set_threshold(self.thresholds[0], self.thresholds[1], max(self.thresholds[2], FULL_PASS_THRESHOLD))

    def chunk_done(self) -> None:
        self.chunks += 1
        if self.chunks % self.full_pass_every == 0:
            gc.unfreeze()
        gc.collect()
        gc.freeze()

    def close(self) -> None:
        gc.unfreeze()
        gc.set_threshold(*self.thresholds)


@contextmanager
def paced() -> Iterator[Pacer]:
    """A run's pacer; whatever happens, nothing stays frozen after it."""
    pacer = Pacer()
    try:
        yield pacer
    finally:
        pacer.close()
