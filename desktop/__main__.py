"""``parallax`` and ``python -m desktop``: headless commands, else the window."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def _command_first(argv: Sequence[str], commands: Sequence[str]) -> list[str] | None:
    """``--project P export …`` → ``export --project P …``; None when no command is named."""
    args = list(argv)
    index = 0
    while index < len(args):
        arg = args[index]
        if arg == "--project":
            index += 2
            continue
        if arg.startswith("-"):
            index += 1
            continue
        if arg in commands:
            return [arg, *args[:index], *args[index + 1 :]]
        return None
    return None


def main() -> int:
    from desktop import cli

    command = _command_first(sys.argv[1:], cli.COMMANDS)
    if command is not None:
        return cli.main(command)
    from desktop import app  # Qt is imported only when a window is wanted

    return app.main(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
