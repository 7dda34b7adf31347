"""The core's words in the interface's language.

The core marks what it tells the user as ``desktop.core.messages.Message`` (English text
that keeps its context, template and fields); here the template is looked up in the
catalogues and filled with its fields, themselves translated. Anything unmarked (a plain
string, an error from Python or a library) is shown as it is, in English.
"""

from __future__ import annotations

from desktop.core.messages import Count, Joined, Message
from desktop.ui.i18n import number, translate


def text_of(value: object) -> str:
    """``value`` (a core message, an exception carrying one, or anything else) as the
    window shows it."""
    if isinstance(value, BaseException):
        return text_of(value.args[0]) if len(value.args) == 1 else str(value)
    if isinstance(value, Joined):
        return value.separator.join(text_of(part) for part in value.parts)
    if isinstance(value, Message):
        template = translate(value.context, value.template) if value.context else value.template
        if not value.fields:
            return template
        try:
            return template.format(**{name: _field(v) for name, v in value.fields.items()})
        except (KeyError, IndexError, ValueError):  # a translation that lost a field
            return str(value)
    return str(value)


def _field(value: object) -> object:
    if isinstance(value, Count):
        return number(int(value))
    if isinstance(value, Message | BaseException):
        return text_of(value)
    return value


def failure_of(name: str, error: object) -> str:
    """A file that could not be read, named before the reason the core gives (an
    ``ImportFailure`` says what follows the name: “is empty”)."""
    return translate("CoreText", "{file} {problem}.").format(file=name, problem=text_of(error))
