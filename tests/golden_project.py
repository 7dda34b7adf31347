"""A small project with fixed uuids and times, for the golden-file tests of the exports.

It holds Vietnamese with diacritics and an emoji, an Arabic (right-to-left) passage, a
sub-tag, a tag alias, a note with a line break, a comma and a quote character, two coders
and a highlight without tags. The times come from a frozen clock: every row created
while building gets ``CREATED``, the one annotation edited afterwards gets ``EDITED``.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, tzinfo

import pytest

from desktop.core import model
from desktop.core.project import ProjectService
from desktop.core.store import Store

PROJECT_UUID = "00000000-0000-4000-8000-000000000001"
CREATED = datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)
EDITED = datetime(2026, 1, 3, 4, 5, 6, tzinfo=UTC)
EXPORTED = datetime(2026, 2, 3, 4, 5, 6, tzinfo=UTC)

VIETNAMESE = 'Thổ Nhĩ Kỳ kêu gọi ngừng bắn 😀 ở Gaza.\nNga phản đối, nói rằng "chưa đủ".'
ARABIC = "دعت تركيا إلى وقف إطلاق النار في غزة."


def uid(suffix: str) -> str:
    return f"00000000-0000-4000-8000-{suffix:0>12}"


def frozen_datetime(moment: datetime) -> type[datetime]:
    """A ``datetime`` whose ``now()`` is always ``moment``."""

    class Frozen(datetime):
        @classmethod
        def now(cls, tz: tzinfo | None = None) -> datetime:  # type: ignore[override]
            return moment if tz is None else moment.astimezone(tz)

    return Frozen


@contextmanager
def frozen_clock(monkeypatch: pytest.MonkeyPatch, moment: datetime) -> Iterator[None]:
    """Every time the model stamps on a row (``model.utcnow``) is ``moment``."""
    with monkeypatch.context() as patch:
        patch.setattr(model, "datetime", frozen_datetime(moment))
        yield


def build(store: Store, monkeypatch: pytest.MonkeyPatch) -> ProjectService:
    """Fill ``store`` (an empty, uninitialised or freshly initialised project) and return
    a service on it, its coder "ana"."""
    service = ProjectService(store, coder="ana")
    with frozen_clock(monkeypatch, CREATED):
        service.initialise("Golden exports", project_uuid=PROJECT_UUID)
        vi = service.add_document(
            'Tuổi Trẻ, "Ngừng bắn"',
            VIETNAMESE,
            language="vi",
            source="Tuổi Trẻ",
            url="https://tuoitre.vn/ngung-ban",
            author="Nguyễn Văn A",
            published="2026-01-01",
            original_filename="ngừng bắn.txt",
            uuid=uid("d1"),
        )
        ar = service.add_document(
            "الجزيرة",
            ARABIC,
            language="ar",
            source="Al Jazeera",
            uuid=uid("d2"),
        )
        book = service.codebook
        turkey = book.create_tag("Turkey", "actor", colour="#e41a1c", shortcut="T", uuid=uid("a1"))
        erdogan = book.create_tag(
            "Erdoğan",
            "actor",
            parent_id=turkey.id,
            colour="#FB9A99",
            description="President of Turkey",
            uuid=uid("a2"),
        )
        russia = book.create_tag("Russia", "actor", colour="#377EB8", uuid=uid("a3"))
        ceasefire = book.create_tag(
            "Ceasefire & negotiation",
            "theme",
            colour="#4DAF4A",
            aliases=[("ngừng bắn", "vi"), ("وقف إطلاق النار", "ar")],
            uuid=uid("b1"),
        )
        text = service.document_text(vi.id)

        def span(body: str, passage: str) -> tuple[int, int]:
            start = body.index(passage)
            return start, start + len(passage)

        service.create_annotation(
            vi.id, *span(text, "Thổ Nhĩ Kỳ"), [turkey.id, erdogan.id],
            note='Line one, with a comma\nand "a quote"', uuid=uid("e1"),
        )  # fmt: skip
        service.create_annotation(
            vi.id, *span(text, "ngừng bắn 😀"), [ceasefire.id, turkey.id],
            note="Ghi chú 📝", coder="binh", uuid=uid("e2"),
        )  # fmt: skip
        russian = service.create_annotation(
            vi.id, *span(text, "Nga phản đối"), [russia.id], coder="binh", uuid=uid("e3")
        )
        arabic = service.document_text(ar.id)
        service.create_annotation(
            ar.id, *span(arabic, "وقف إطلاق النار"), [ceasefire.id, turkey.id],
            note="نص من اليمين إلى اليسار", uuid=uid("e4"),
        )  # fmt: skip
        service.create_annotation(
            ar.id, *span(arabic, "تركيا"), [], note="RTL, no tag", uuid=uid("e5")
        )
    with frozen_clock(monkeypatch, EDITED):
        service.set_note(russian.id, "Edited later: updated differs from created.")
    return service
