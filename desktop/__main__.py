"""``parallax`` and ``python -m desktop``: headless commands, else the window."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def _first_word(argv: Sequence[str]) -> int | None:
    """Where the first word is: an argument that is neither an option nor the path given
    to ``--project``; None when there is none."""
    index = 0
    while index < len(argv):
        arg = argv[index]
        if arg == "--project":
            index += 2
        elif arg.startswith("-"):
            index += 1
        else:
            return index
    return None


def _command_first(argv: Sequence[str], commands: Sequence[str]) -> list[str] | None:
    """``--project P export …`` → ``export --project P …``; None when no command is named."""
    index = _first_word(argv)
    if index is None or argv[index] not in commands:
        return None
    args = list(argv)
    return [args[index], *args[:index], *args[index + 1 :]]


def main() -> int:
    # Only a word can name a command. The window takes none, so a plain start does not
    # import the command line's modules before the window's.
    if _first_word(sys.argv[1:]) is not None:
        from desktop import cli

        command = _command_first(sys.argv[1:], cli.COMMANDS)
        if command is not None:
            return cli.main(command)
    from desktop import app  # Qt is imported only when a window is wanted

    return app.main(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
