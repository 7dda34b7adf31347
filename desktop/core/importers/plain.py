"""Plain text and Markdown in any common encoding."""

from __future__ import annotations

import codecs
from dataclasses import dataclass

from charset_normalizer import from_bytes

from desktop.core import text as textmod
from desktop.core.importers.base import (
    ImportedText,
    ImportFailure,
    looks_binary,
    without_surrogates,
)
from desktop.core.messages import QT_TRANSLATE_NOOP, Count

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16: its BOM starts the same way
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


PREVIEW_CHARS = 300


@dataclass(frozen=True, slots=True)
class EncodingGuess:
    """How a file's bytes would be decoded, shown to the user before importing it."""

    encoding: str
    certain: bool  # a byte-order mark or valid UTF-8: nothing to ask the user
    confidence: float  # 1.0 when certain; else how surely the text reads as a language
    basis: str  # why this encoding, in words for the user
    preview: str  # the first characters, decoded with it


def decode(data: bytes, encoding: str | None = None) -> tuple[str, str]:
    """The text in ``data`` and the encoding it was read with (``encoding`` if given;
    else a byte-order mark, strict UTF-8, or charset-normalizer's best guess)."""
    text, guessed = _decode(data, encoding)
    return text, guessed.encoding


def guess(data: bytes) -> EncodingGuess:
    """The encoding ``decode`` would pick for ``data``, how sure it is, and a preview."""
    return _decode(data, None)[1]


def preview(text: str) -> str:
    return textmod.normalise(text[: PREVIEW_CHARS * 2])[:PREVIEW_CHARS]


def read(data: bytes, encoding: str | None = None) -> ImportedText:
    text, used = decode(data, encoding)
    return ImportedText(text=text, encoding=used)


def _decode(data: bytes, encoding: str | None) -> tuple[str, EncodingGuess]:
    def found(text: str, name: str, confidence: float, basis: str) -> tuple[str, EncodingGuess]:
        text = without_surrogates(text)
        return text, EncodingGuess(name, confidence == 1.0, confidence, basis, preview(text))

    if encoding:
        try:
            return found(
                data.decode(encoding), encoding, 1.0, QT_TRANSLATE_NOOP("EncodingGuess", "chosen")
            )
        except UnicodeDecodeError as error:
            invalid = QT_TRANSLATE_NOOP(
                "ImportFailure",
                "is not valid {encoding}: byte {byte} at offset {offset} cannot be decoded",
            )
            raise ImportFailure(
                invalid.format(
                    encoding=encoding, byte=f"0x{data[error.start]:02X}", offset=Count(error.start)
                )
            ) from None
        except (LookupError, ValueError):  # unknown, or a codec that decodes no text
            unknown = QT_TRANSLATE_NOOP(
                "ImportFailure", "“{encoding}” is not an encoding Python knows"
            )
            raise ImportFailure(unknown.format(encoding=encoding)) from None
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                return found(
                    data.decode(name),
                    name,
                    1.0,
                    QT_TRANSLATE_NOOP("EncodingGuess", "byte-order mark"),
                )
            except UnicodeDecodeError:
                break  # a BOM followed by something else: let the detector judge
    wide = _wide_without_bom(data)
    if wide is not None:
        try:
            # Told by where zero bytes fall, not marked: likely, not certain.
            zeros = QT_TRANSLATE_NOOP("EncodingGuess", "pattern of zero bytes")
            return found(data.decode(wide), wide, 0.9, zeros)
        except UnicodeDecodeError:
            pass
    if looks_binary(data):
        raise ImportFailure(
            QT_TRANSLATE_NOOP("ImportFailure", "looks like a binary file, not text")
        )
    try:
        valid = QT_TRANSLATE_NOOP("EncodingGuess", "valid UTF-8")
        return found(data.decode("utf-8"), "utf-8", 1.0, valid)  # most files are
    except UnicodeDecodeError:
        pass
    best = from_bytes(data).best()
    if best is None:
        raise ImportFailure(
            QT_TRANSLATE_NOOP(
                "ImportFailure", "could not be decoded as text in any common encoding"
            )
        )
    # Coherence: how much of the decoded text follows a known language's letter use.
    confidence = min(max(best.coherence, 0.0), 0.99)
    detected = QT_TRANSLATE_NOOP("EncodingGuess", "detected ({coherence} coherent)").format(
        coherence=f"{confidence:.0%}"
    )
    return found(str(best), best.encoding, confidence, detected)


def _wide_without_bom(data: bytes) -> str | None:
    """UTF-32 or UTF-16 without a byte-order mark, told by where the zero bytes fall
    (text in these encodings is mostly characters whose high bytes are zero)."""
    sample = data[: 4096 - 4096 % 4]
    if len(sample) < 4:
        return None
    quads = [sample[i : i + 4] for i in range(0, len(sample) - 3, 4)]
    if len(data) % 4 == 0:
        # Code points stop at U+10FFFF: the top byte is 0 and the next at most 0x10.
        if all(q[3] == 0 and q[2] <= 0x10 for q in quads):
            return "utf-32-le"
        if all(q[0] == 0 and q[1] <= 0x10 for q in quads):
            return "utf-32-be"
    if len(data) % 2 == 0:
        pairs = len(sample) // 2
        odd = sum(1 for i in range(1, len(sample), 2) if sample[i] == 0) / pairs
        even = sum(1 for i in range(0, len(sample), 2) if sample[i] == 0) / pairs
        if odd > 0.2 and even < 0.05:
            return "utf-16-le"
        if even > 0.2 and odd < 0.05:
            return "utf-16-be"
    return None
