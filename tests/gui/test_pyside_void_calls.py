"""Regression: PySide6 6.12.0 on Python 3.11 aborts after ~200k void method calls
(``Fatal Python error: none_dealloc``); pyproject keeps 3.11 on 6.11.x. Run in a child
process so an abort is reported as a failure instead of killing the test run."""

from __future__ import annotations

import os
import subprocess
import sys

CALLS = 300_000

CHILD = f"""
from PySide6.QtGui import QGuiApplication, QTextCursor, QTextDocument
app = QGuiApplication([])
document = QTextDocument()
document.setPlainText("Việt Nam 😀 " * 50)
cursor = QTextCursor(document)
limit = document.characterCount() - 1
for i in range({CALLS}):
    cursor.setPosition(i % limit)  # returns void
print("done", {CALLS})
"""


def test_many_void_calls_do_not_abort() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", CHILD], capture_output=True, text=True, env=env, timeout=300
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.split() == ["done", str(CALLS)]
