"""Words the core gives the user, marked so the window can show them in its language.

The core never imports Qt, yet its refusals, problems and reports reach the window. Each
such text is written as ``QT_TRANSLATE_NOOP("Context", "English with {fields}")``, which
Qt's ``pyside6-lupdate`` extracts into the catalogues like the window's own strings, and
formatted with named fields: ``.format(file=name)``. The result is a ``Message``, a ``str``
whose value is the English text exactly as before (so ``str(error)``, the command line,
logs and every comparison are unchanged) and which also keeps its context, template and
fields, from which ``desktop.ui.core_text`` builds the translation.

lupdate reads only calls whose arguments are two string literals: fields always go to
``.format`` (or to ``counted``), never into the marker call itself.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any


class Message(str):
    """English text that remembers how it was made: ``context``, ``template``, ``fields``.

    Any ``str`` operation gives a plain ``str`` (English, no longer translatable), so
    a message composed by hand elsewhere degrades to English rather than failing.
    """

    context: str
    template: str
    fields: Mapping[str, object]

    def __new__(
        cls, context: str, template: str, fields: Mapping[str, object] | None = None
    ) -> Message:
        values = dict(fields or {})
        english = template.format(**values) if values else template
        made = super().__new__(cls, english)
        made.context, made.template, made.fields = context, template, values
        return made

    def format(self, *args: object, **fields: Any) -> Message:
        """This template with its named fields filled in (positional fields are refused:
        a translation may need them in another order)."""
        if args:
            raise TypeError("core messages take named fields only")
        return Message(self.context, self.template, {**self.fields, **fields})

    def __reduce__(self) -> tuple[Any, ...]:  # str's own pickling would lose the template
        return (Message, (self.context, self.template, dict(self.fields)))


class Joined(Message):
    """Messages (or plain strings) joined by ``separator``; each part translated alone."""

    parts: tuple[str, ...]
    separator: str

    def __new__(cls, parts: Iterable[str], separator: str = "\n") -> Joined:
        items = tuple(parts)
        made = str.__new__(cls, separator.join(items))
        made.context, made.template, made.fields = "", "", {}
        made.parts, made.separator = items, separator
        return made

    def format(self, *args: object, **fields: Any) -> Message:
        raise TypeError("joined messages have no fields of their own")

    def __reduce__(self) -> tuple[Any, ...]:
        return (Joined, (self.parts, self.separator))


class Count(int):
    """A count shown with thousands separators: 1,200 in English; the window writes it
    in the interface's locale."""

    def __str__(self) -> str:
        return f"{int(self):,}"

    def __format__(self, spec: str) -> str:
        return format(str(self), spec) if not spec else format(int(self), spec)


def QT_TRANSLATE_NOOP(context: str, text: str) -> Message:  # named as lupdate knows it
    """Marks ``text`` for translation in ``context``; format it with named fields."""
    return Message(context, text)


def plural(count: int, one: Message, many: Message, **fields: object) -> Message:
    """``one`` or ``many`` (templates holding ``{n}``) for ``count``. The two forms serve
    every language shipped: Indonesian and Vietnamese do not inflect."""
    return (one if count == 1 else many).format(n=Count(count), **fields)


def joined(parts: Iterable[str], separator: str = "\n") -> Joined:
    return Joined(parts, separator)


def message_of(error: BaseException) -> str:
    """What ``error`` says: the message it was raised with (kept translatable when it is
    one), else its English ``str``."""
    said = error.args[0] if len(error.args) == 1 else None
    return said if isinstance(said, str) and said == str(error) else str(error)
