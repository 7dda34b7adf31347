"""``parallax`` and ``python -m desktop``: headless commands, else the window."""

from __future__ import annotations

import sys


def main() -> int:
    from desktop import cli

    if len(sys.argv) > 1 and sys.argv[1] in cli.COMMANDS:
        return cli.main(sys.argv[1:])
    from desktop import app  # Qt is imported only when a window is wanted

    return app.main(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
