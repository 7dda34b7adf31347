"""The project's tables. One SQLite file holds one project.

Rows keep an integer key for joins and a uuid that travels with exports, so work from
several projects can be merged without collisions.
"""

from __future__ import annotations

import uuid as uuid_module
from datetime import UTC, datetime

from sqlalchemy import Boolean, Column, ForeignKey, Index, Integer, UniqueConstraint, text
from sqlmodel import Field, SQLModel

# 1: first release; 2: full-text index (search_index.py);
# 3: annotation.orphan (a replaced text no longer holds the passage);
# 4: annotation.version (each change counts it up: a stale edit is refused, not applied);
# 5: ix_annotation_orphan (orphans counted per document without reading every annotation).
# The steps from one to the next are in migrations.py.
SCHEMA_VERSION = 5


def new_uuid() -> str:
    return str(uuid_module.uuid4())


def utcnow() -> datetime:
    # Whole seconds: the exports' timestamps carry no fractions.
    return datetime.now(UTC).replace(microsecond=0)


class Meta(SQLModel, table=True):
    key: str = Field(primary_key=True)
    value: str = ""


# Ids are never reused (AUTOINCREMENT): undo puts rows back under their old ids, and a
# later row must not have taken one meanwhile.
_NO_REUSE = {"sqlite_autoincrement": True}


class Document(SQLModel, table=True):
    __table_args__ = (_NO_REUSE,)

    id: int | None = Field(default=None, primary_key=True)
    uuid: str = Field(default_factory=new_uuid, unique=True, index=True)
    title: str
    language: str = ""
    source: str = ""
    url: str = ""
    author: str = ""
    published: str = ""
    text: str
    text_sha256: str = Field(index=True)
    original_filename: str = ""
    imported_at: datetime = Field(default_factory=utcnow)
    position: int = 0


class Tag(SQLModel, table=True):
    __table_args__ = (UniqueConstraint("kind", "name"), _NO_REUSE)

    id: int | None = Field(default=None, primary_key=True)
    uuid: str = Field(default_factory=new_uuid, unique=True, index=True)
    name: str
    kind: str = Field(index=True)
    # A deleted parent lifts its sub-tags to the top level rather than deleting them.
    parent_id: int | None = Field(
        default=None,
        sa_column=Column(Integer, ForeignKey("tag.id", ondelete="SET NULL"), nullable=True),
    )
    colour: str = "#808080"
    description: str = ""
    shortcut: str = ""
    position: int = 0


class TagAlias(SQLModel, table=True):
    __table_args__ = (_NO_REUSE,)

    id: int | None = Field(default=None, primary_key=True)
    tag_id: int = Field(
        sa_column=Column(
            Integer, ForeignKey("tag.id", ondelete="CASCADE"), nullable=False, index=True
        )
    )
    text: str
    language: str = ""


# Orphans are few: the documents' orphan counts read this small index instead of every
# annotation's row (0.16 s -> 0.01 s at 100,000). Its condition is each database's own
# rendering of ``WHERE orphan`` in a query, as a partial index is used only on a match.
ORPHAN_INDEX = "ix_annotation_orphan"


class Annotation(SQLModel, table=True):
    __table_args__ = (
        Index(
            ORPHAN_INDEX,
            "document_id",
            sqlite_where=text("orphan = 1"),
            postgresql_where=text("orphan"),
        ),
        _NO_REUSE,
    )

    id: int | None = Field(default=None, primary_key=True)
    uuid: str = Field(default_factory=new_uuid, unique=True, index=True)
    document_id: int = Field(
        sa_column=Column(
            Integer, ForeignKey("document.id", ondelete="CASCADE"), nullable=False, index=True
        )
    )
    start: int
    end: int
    quote: str
    prefix: str = ""
    suffix: str = ""
    note: str = ""
    coder: str = ""
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)
    # Its text was replaced and the passage not found again: start and end only say about
    # where it was; quote, prefix and suffix are still the old text's. The server default
    # is what the 2 → 3 upgrade gives existing rows, so both schemas say the same.
    orphan: bool = Field(
        default=False, sa_column=Column(Boolean, nullable=False, server_default="0")
    )
    # Counted up by every change: an edit made against an older count (another coder of a
    # shared project changed it meanwhile) is refused and the current state shown instead.
    version: int = Field(default=1, sa_column=Column(Integer, nullable=False, server_default="1"))


class AnnotationTag(SQLModel, table=True):
    annotation_id: int = Field(
        sa_column=Column(Integer, ForeignKey("annotation.id", ondelete="CASCADE"), primary_key=True)
    )
    tag_id: int = Field(
        sa_column=Column(
            Integer, ForeignKey("tag.id", ondelete="CASCADE"), primary_key=True, index=True
        )
    )


class Dismissal(SQLModel, table=True):
    """A suggested passage the user turned down, so it is not offered again."""

    __table_args__ = (UniqueConstraint("document_id", "tag_id", "start", "end"), _NO_REUSE)

    id: int | None = Field(default=None, primary_key=True)
    document_id: int = Field(
        sa_column=Column(
            Integer, ForeignKey("document.id", ondelete="CASCADE"), nullable=False, index=True
        )
    )
    tag_id: int = Field(
        sa_column=Column(Integer, ForeignKey("tag.id", ondelete="CASCADE"), nullable=False)
    )
    start: int
    end: int
