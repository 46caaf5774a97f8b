"""The collector's pacing in a run of the cross-article stages: each chunk's survivors are frozen
out of later full passes, cycles are still collected (at the chunk's end, or once frozen at the
periodic full pass), and the process's collector is as it was after the run."""

from __future__ import annotations

import gc
import weakref

from newsprism import collector


class Node:
    def __init__(self) -> None:
        self.me = self  # a reference cycle: only the collector frees it


def test_a_chunks_survivors_are_frozen_and_its_garbage_collected():
    before = gc.get_threshold()
    with collector.paced() as pacer:
        assert gc.get_threshold()[2] >= collector.FULL_PASS_THRESHOLD
        garbage = weakref.ref(Node())
        pacer.chunk_done()
        assert garbage() is None
        assert gc.get_freeze_count() > 0
    assert gc.get_freeze_count() == 0
    assert gc.get_threshold() == before


def test_a_frozen_cycle_that_dies_is_collected_at_the_next_full_pass():
    with collector.paced() as pacer:
        cycle = Node()
        pacer.chunk_done()  # the cycle is frozen now
        dead = weakref.ref(cycle)
        del cycle
        gc.collect()
        assert dead() is not None  # frozen objects wait for the full pass
        for _ in range(pacer.full_pass_every - 1):
            pacer.chunk_done()
        assert dead() is None


def test_the_run_unfreezes_even_when_a_chunk_fails():
    try:
        with collector.paced() as pacer:
            pacer.chunk_done()
            raise RuntimeError("a chunk failed")
    except RuntimeError:
        pass
    assert gc.get_freeze_count() == 0
