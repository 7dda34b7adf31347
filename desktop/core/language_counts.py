"""py3langid's counting of a text's byte n-grams, its slowest step, done with numpy.

py3langid walks the UTF-8 bytes of a text through an Aho–Corasick automaton one byte at
a time in Python (~4 ms for a 20,000-character sample: a fifth of importing a text
file). In such an automaton the state after a byte is the longest suffix read so far
that is a node of its trie, and no node is deeper than the longest n-gram: so the state
after each byte is where the last ``DEPTH`` bytes lead from the start, and the states
after all bytes are found at once, ``DEPTH`` array steps in all. The counts, and the
order py3langid lists them in (which its float sums follow), come out the same.

That holds for the model py3langid 0.4 ships, checked once for every one of its
transitions (longest-suffix rule, deepest node 6 bytes): another model (``MODEL_CRC``)
or another layout is counted by py3langid itself.
"""

from __future__ import annotations

import zlib
from collections import Counter
from typing import Any

import numpy as np

DEPTH = 6  # bytes in the deepest state of the checked model's automaton
MODEL_CRC = 0x96FD3E27  # CRC-32 of its transition rows, then of its state → row table


def faster(identifier_class: Any) -> Any:
    """A subclass of py3langid's ``LanguageIdentifier`` that counts n-grams with numpy
    when its model is the checked one (``counting`` set by ``prepare``)."""

    class Identifier(identifier_class):  # type: ignore[misc]
        __slots__ = ("counting",)

        def _raw_score(self, text: bytes) -> Any:
            counting = getattr(self, "counting", None)
            visits = counting(text) if counting is not None else None
            if visits is None:  # no n-gram found, or not the checked model: theirs
                return super()._raw_score(text)
            return self._sparse_score(visits, self.nb_ptc)

    return Identifier


def prepare(identifier: Any) -> None:
    """Give ``identifier`` (from ``faster``) the numpy counting if its model is the
    checked one; otherwise it stays py3langid's."""
    try:
        rows, row_of = identifier.tk_nextmove, identifier.tk_row
        crc = zlib.crc32(memoryview(row_of).cast("B"), zlib.crc32(memoryview(rows).cast("B")))
        if crc != MODEL_CRC or not callable(getattr(identifier, "_sparse_score", None)):
            return
        identifier.counting = NgramCounter(rows, identifier._rowbase, identifier.tk_output)
    except (AttributeError, TypeError, ValueError):  # another py3langid: its own way
        return


class NgramCounter:
    """Counts of the model's n-grams in UTF-8 bytes, as py3langid's ``visit_counts``."""

    def __init__(self, rows: Any, row_bases: list[int], output: list[int]) -> None:
        self._next = np.frombuffer(rows, dtype=np.dtype(rows.typecode))  # state row × 256 + byte
        self._base = np.asarray(row_bases, dtype=np.int64)  # state → its row × 256
        self._output = np.asarray(output, dtype=np.int64)  # state → n-gram, or -1

    def __call__(self, data: bytes) -> Counter[int] | None:
        """n-gram → count, in order of first occurrence; None when there is none."""
        read = np.frombuffer(data, dtype=np.uint8).astype(np.int64)
        size = len(read)
        states = np.zeros(size, dtype=np.int64)
        # Step k reads byte i - shift for the state after byte i; the first bytes have
        # fewer before them, and their states simply start later.
        for shift in range(min(DEPTH, size) - 1, -1, -1):
            states[shift:] = self._next[self._base[states[shift:]] + read[: size - shift]]
        found = self._output[states]
        found = found[found >= 0]
        if not len(found):
            return None
        ngrams, first, counts = np.unique(found, return_index=True, return_counts=True)
        order = np.argsort(first)
        return Counter(dict(zip(ngrams[order].tolist(), counts[order].tolist(), strict=True)))
