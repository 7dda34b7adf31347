"""The crash test's child: annotation writes through the app's own store and service.

``python tests/crash_child.py PROJECT SEED`` opens the project and writes until it is
killed. Before each call it prints ``{"try": …}`` (what the call is meant to leave); once
the call has returned, and only then, ``{"ok": …}`` (what it left). Its parent kills it
with SIGKILL at random moments and checks that every acknowledged write is in the file.
The annotations it works on are its own (coder "crash"), from this run and earlier ones.
"""

from __future__ import annotations

import json
import random
import sys
import uuid
from typing import Any

from desktop.core.project import ProjectService
from desktop.core.records import AnnotationInfo
from desktop.core.store import Store

CODER = "crash"
NOTES = ("", "Nga đề nghị đàm phán", "Türkiye 🇹🇷 says…", "x" * 5000, "𠀀👩‍👩‍👧 سلام")


def state(annotation: AnnotationInfo) -> dict[str, Any]:
    """What the parent compares: an annotation as the database should hold it."""
    return {
        "uuid": annotation.uuid,
        "document_id": annotation.document_id,
        "start": annotation.start,
        "end": annotation.end,
        "tags": sorted(annotation.tag_ids),
        "note": annotation.note,
    }


def say(kind: str, op: str, value: dict[str, Any] | None, uuid_: str) -> None:
    print(json.dumps({kind: op, "uuid": uuid_, "state": value}), flush=True)


def main(path: str, seed: int) -> None:
    rng = random.Random(seed)
    service = ProjectService(Store.open(path), coder=CODER)
    documents = [(d.id, d.length) for d in service.documents()]
    tags = [t.id for t in service.tags()]
    mine = {a.uuid: a for a in service.annotations() if a.coder == CODER}
    print(json.dumps({"ready": len(mine)}), flush=True)
    while True:
        roll = rng.random()
        if roll < 0.45 or not mine:
            document_id, length = rng.choice(documents)
            start = rng.randrange(length - 1)
            end = min(length, start + rng.randint(1, 300))
            chosen = sorted(rng.sample(tags, rng.randint(1, 3)))
            new = str(uuid.uuid4())
            meant = {"uuid": new, "document_id": document_id, "start": start, "end": end,
                     "tags": chosen, "note": ""}  # fmt: skip
            say("try", "create", meant, new)
            done = service.create_annotation(document_id, start, end, chosen, uuid=new)
        else:
            old = mine[rng.choice(sorted(mine))]
            meant = state(old)
            if roll < 0.62:
                tag = rng.choice(tags)
                meant["tags"] = sorted({*meant["tags"], tag})
                say("try", "add tag", meant, old.uuid)
                done = service.add_tags(old.id, [tag])
            elif roll < 0.77 and old.tag_ids:
                tag = rng.choice(old.tag_ids)
                meant["tags"] = sorted(set(meant["tags"]) - {tag})
                say("try", "remove tag", meant, old.uuid)
                done = service.remove_tags(old.id, [tag])
            elif roll < 0.92:
                meant["note"] = rng.choice(NOTES) + str(rng.randrange(10**6))
                say("try", "note", meant, old.uuid)
                done = service.set_note(old.id, meant["note"])
            else:
                say("try", "delete", None, old.uuid)
                service.delete_annotation(old.id)
                del mine[old.uuid]
                say("ok", "delete", None, old.uuid)
                continue
        mine[done.uuid] = done
        say("ok", "write", state(done), done.uuid)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
