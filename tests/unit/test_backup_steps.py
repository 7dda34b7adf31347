"""A restore told step by step (the window's progress dialog): the steps in order, the pages
counted, and a restore stopped anywhere before its copy into the project ends leaves the
project exactly as it was."""

from __future__ import annotations

import pytest

from desktop.core import backups
from desktop.core.project import ProjectService
from tests.unit.test_backups import contents, state


class Stop(Exception):
    pass


def test_a_restore_tells_its_steps_and_counts_the_pages(
    service: ProjectService, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(backups, "_PAGES_PER_STEP", 8)
    original = state(service)
    chosen = backups.make_backup(service.store, "by hand")
    service.delete_document(service.documents()[0].id)
    told: list[tuple[str, int, int]] = []
    backups.restore(service.store, chosen, lambda *step: told.append(step))
    service.forget_texts()
    assert state(service) == original
    order = [step for step, _, _ in told]
    assert sorted(set(order), key=order.index) == ["check", "read", "backup", "restore", "verify"]
    assert order[-1] == "verify"
    copied = [(done, total) for step, done, total in told if step == "restore" and total]
    assert len(copied) > 1 and all(0 < done < total for done, total in copied)
    assert [done for done, _ in copied] == sorted(done for done, _ in copied)


@pytest.mark.parametrize("stop_at", ["check", "read", "backup", "restore"])
def test_a_restore_stopped_before_its_copy_ends_changes_nothing(
    service: ProjectService, monkeypatch: pytest.MonkeyPatch, stop_at: str
) -> None:
    monkeypatch.setattr(backups, "_PAGES_PER_STEP", 4)
    chosen = backups.make_backup(service.store, "by hand")
    service.delete_document(service.documents()[0].id)
    service.codebook.create_tag("Mediators", "actor")
    before = contents(service.store.path)
    kept = listed(service)

    def steps(step: str, done: int, total: int) -> None:
        if step == stop_at and (done or step != "restore"):  # the copy: halfway through
            raise Stop

    with pytest.raises(Stop):
        service.backups.restore(chosen, steps)
    assert contents(service.store.path) == before
    assert service.store.pragma("quick_check") == "ok"
    left = listed(service)
    # A backup of the state before may have been made (it is whole); no other trace.
    assert set(kept) <= set(left) and len(left) <= len(kept) + 1
    assert not [p for p in chosen.path.parent.iterdir() if p.name.startswith(".")]
    # The backup of the state before, when one was made, is taken for the newest.
    made = service.backups.make_if_changed("after")
    assert (made is None) == (stop_at == "restore")


def listed(service: ProjectService) -> list[str]:
    return [b.path.name for b in service.backups.all()]
