"""The project's coders: who made its annotations, and how many each made.

Read in one GROUP BY over the annotations (no coder table: a coder is the name each
annotation records), so a project merged from several coders lists them all.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import case, func
from sqlalchemy import select as sa_select

from desktop.core.model import Annotation
from desktop.core.project_store import ProjectStore
from desktop.core.service_base import table

_ANNOTATION = table(Annotation).c


@dataclass(frozen=True, slots=True)
class CoderCount:
    coder: str  # "" for annotations made without a coder name
    annotations: int  # every annotation of theirs, orphans included
    orphans: int  # of those, the ones a replaced text no longer holds


def coder_counts(store: ProjectStore) -> list[CoderCount]:
    """Every coder with at least one annotation, by name (case-insensitive)."""
    query = sa_select(
        _ANNOTATION.coder,
        func.count(),
        func.count(case((_ANNOTATION.orphan, 1))),
    ).group_by(_ANNOTATION.coder)
    with store.read() as session:
        rows = session.execute(query).all()
    counts = [CoderCount(str(coder), int(every), int(orphans)) for coder, every, orphans in rows]
    return sorted(counts, key=lambda c: (c.coder.casefold(), c.coder))
