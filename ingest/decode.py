"""Bytes → Unicode text for plain-text formats: UTF-8 (BOM or not), UTF-16, Windows-1258,
and legacy TCVN3 (ABC) / VNI Vietnamese, detected rather than assumed.

A file is read as a legacy encoding only when the whole of it reads as Vietnamese that way: a
UTF-8 file with a few stray bytes stays UTF-8 (the bytes become U+FFFD and the caller is warned),
and bytes that no encoding reads as language are refused."""
from __future__ import annotations

import codecs
import re
import unicodedata

from ingest.errors import IngestError, LostLetters
from ingest.legacy_vn import convert_legacy, detect_legacy, vietnamese_score
from troly.texts import t

# A UTF-8 file may have at most one bad sequence per this many well-formed non-ASCII characters.
UTF8_GOOD_PER_BAD = 20
# Least share of letters among the visible characters of a text (tables of figures stay above it).
MIN_LETTER_SHARE = 0.3
# Least vietnamese_score() for non-ASCII bytes to be read as Windows-1258 rather than refused.
MIN_LEGACY_SCORE = 0.3
# Below this share of words written with Vietnamese letters (about 0.85 in the directive texts, 0 in
# English), a text of at least VIETNAMESE_WORDS_JUDGED words is loaded with a warning.
MIN_VIETNAMESE_SHARE = 0.2
VIETNAMESE_WORDS_JUDGED = 20
# Least share of a text's letters that stand in words — letter runs between spaces or punctuation, written in lower
# case, capitals or capitalised — for it to be read as prose. Measured: 0.85-1.00 for the 46 shared documents, the
# new-user files and README.md; 0.00-0.01 for base64 (the new user's 270 KB noise.txt) and hex dumps, whose letters
# come between digits and signs or in mixed case ("kDdCTXX+JJ/da5dCQng").
MIN_PROSE_SHARE = 0.5
# Characters from the start of a text the checks above judge (enough for any text, cheap for a long one).
SAMPLE_CHARS = 200_000
# Least share of a text's words that hold a "?" between two letters ("Đ?i h?i"), and least count, for its Vietnamese
# letters to be read as lost: Notepad's "ANSI" save writes each letter Windows-1258 has no single byte for as "?".
# Measured: no such "?" in the 46 shared documents, README.md and the new-user files; 0.26 of the words in the new
# user's cv12 saved as ANSI. A web address ("index.php?id=") makes one: a few of them stay far below.
LOST_LETTERS_SHARE = 0.05
LOST_LETTERS_MIN = 3
# Characters of a damaged text's opening kept with the refusal, to find the loaded document it is a copy of.
LOST_LETTERS_HEAD = 3000
_LOST_RE = re.compile(r"(?<=[^\W\d_])\?(?=[^\W\d_])")
_WORD_RE = re.compile(r"[^\W\d_]+")
_WHOLE_WORD_RE = re.compile(r"(?<!\w)[^\W\d_]+(?!\w)")


def _looks_binary(data: bytes) -> bool:
    sample = data[:4096]
    if b"\x00" in sample:
        return True
    control = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13, 27))
    return control > len(sample) * 0.05


def _utf8_with_stray_bytes(data: bytes, warnings: list[str] | None) -> str | None:
    """UTF-8 text whose few undecodable bytes are replaced (and reported), or None when the
    file as a whole is not UTF-8."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    good = sum(1 for c in text if not c.isascii() and c != "\ufffd")
    if good < UTF8_GOOD_PER_BAD * bad:
        return None
    if warnings is not None:
        warnings.append(t("ingest.input.stray_bytes", count=bad))
    return text


def ensure_language(text: str) -> str:
    """The text itself, or IngestError when it is mostly not letters (noise, symbols, binary) or its letters make
    no words (base64, hex): refused before anything is embedded, not after minutes of embedding noise."""
    sample = text[:SAMPLE_CHARS]
    visible = [c for c in sample if not c.isspace()]
    letters = sum(1 for c in visible if c.isalpha())
    if visible and letters < MIN_LETTER_SHARE * len(visible):
        raise IngestError(t("ingest.input.not_language"))
    if letters >= VIETNAMESE_WORDS_JUDGED and _prose_share(sample, letters) < MIN_PROSE_SHARE:
        raise IngestError(t("ingest.input.not_prose"))
    return text


def ensure_letters(text: str) -> str:
    """The text itself, or LostLetters when its Vietnamese letters were saved as "?" (a lossy "ANSI" copy): such
    words match no question and quote as "Đ?i h?i", and its header (number, date, issuer) cannot be read, so the
    copy would stand beside the good one as another document."""
    sample = text[:SAMPLE_CHARS]
    lost = len(_LOST_RE.findall(sample))
    if lost >= LOST_LETTERS_MIN and lost >= LOST_LETTERS_SHARE * len(_WORD_RE.findall(sample)):
        raise LostLetters(t("ingest.input.lost_letters", n=lost, sample=_lost_word(sample)),
                          sample[:LOST_LETTERS_HEAD])
    return text


def _lost_word(text: str) -> str:
    """The first word with a lost letter, to show the user what was read ("Đ?i")."""
    found = _LOST_RE.search(text)
    if found is None:
        return "?"
    start = max(text.rfind(" ", 0, found.start()), text.rfind("\n", 0, found.start())) + 1
    return text[start:].split(maxsplit=1)[0].strip(".,;:()\"'")


def _prose_share(text: str, letters: int) -> float:
    """The share of the text's letters that stand in words (MIN_PROSE_SHARE)."""
    words = _WHOLE_WORD_RE.findall(text)
    return sum(len(w) for w in words if w.islower() or w.isupper() or w.istitle()) / letters


def language_warning(text: str) -> str | None:
    """A note for the user when the text is hardly Vietnamese (English, or typed without accents): troly's
    questions are Vietnamese, so its passages would seldom be found. Judged composed (NFC): a file saved with its
    marks as combining characters (NFD) writes every word's letters apart from its marks."""
    words = _WORD_RE.findall(unicodedata.normalize("NFC", text[:SAMPLE_CHARS]))
    if len(words) < VIETNAMESE_WORDS_JUDGED:
        return None
    share = sum(1 for w in words if not w.isascii()) / len(words)
    return t("ingest.input.not_vietnamese") if share < MIN_VIETNAMESE_SHARE else None


# Least vietnamese_score() of a text repaired from mojibake for the repair to be taken (the directive texts read
# 0.96-1.00; the user's "Káº¾ HOáº CH" file -2.15 as it was, 0.99 repaired).
MIN_REPAIRED_SCORE = 0.9


def repair_mojibake(text: str, warnings: list[str] | None = None) -> str:
    """Text whose UTF-8 bytes were once read as Latin-1 or Windows-1252 and saved again ("Káº¾ HOáº CH" for
    "KẾ HOẠCH"): repaired by ftfy when the repair is certain — nothing of ftfy's mojibake signs left and it reads as
    Vietnamese — with a note; still unreadable as Vietnamese and not certainly repaired: IngestError. A text with
    no such signs is returned as it is (ftfy finds none in any of the 46 shared documents)."""
    from ftfy import fix_encoding
    from ftfy.badness import badness

    sample = text[:SAMPLE_CHARS]
    if not badness(sample):
        return text
    repaired = fix_encoding(text)
    fixed = repaired[:SAMPLE_CHARS]
    if repaired != text and not badness(fixed) and vietnamese_score(fixed) >= MIN_REPAIRED_SCORE:
        if warnings is not None:
            warnings.append(t("ingest.input.mojibake_repaired"))
        return repaired
    if vietnamese_score(sample) < MIN_LEGACY_SCORE:
        raise IngestError(t("ingest.input.mojibake", sample=_mojibake_words(sample)))
    return text


def _mojibake_words(text: str) -> str:
    """The first words of a text, to show the user what was read."""
    return " ".join(text.split()[:4])


def _utf16_without_bom(data: bytes) -> str | None:
    """Text saved as UTF-16 without a byte-order mark, or None: zero bytes (the high half of every ASCII character)
    on one side of more than half the pairs, or of more than a quarter of them and never on the other side — a short
    Vietnamese line such as "Lễ", half its characters or fewer ASCII, was refused as binary; a UTF-8 text with a stray
    NUL byte stays none. UTF-16 whose last byte is cut off
    (the bytes before it decode): IngestError saying so, not "binary"; bytes that do not decode otherwise go on to
    the other checks (a binary file's zeros may stand all on one side too)."""
    if len(data) < 4:  # two characters at least: "\x00" or "ab\x00" is binary, not UTF-16 cut short
        return None
    for encoding, high, low in (("utf-16-le", data[1::2], data[0::2]), ("utf-16-be", data[0::2], data[1::2])):
        zeros = high.count(0)
        if zeros > len(data) // 4 or zeros > len(data) // 8 and not low.count(0):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as exc:
                if len(data) % 2 and _decodes(data[:-1], encoding):
                    raise IngestError(t("ingest.input.utf16_broken")) from exc
    return None


def _decodes(data: bytes, encoding: str) -> bool:
    try:
        data.decode(encoding)
    except UnicodeDecodeError:
        return False
    return True


def decode_text(data: bytes, warnings: list[str] | None = None) -> str:
    """Decode a text file's bytes; IngestError for binary content or bytes that read as no
    language. Notes for the user (stray bytes replaced) are appended to `warnings`."""
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8):].decode("utf-8", errors="replace")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace")
    text = _utf16_without_bom(data)
    if text is not None:
        return text
    if _looks_binary(data):
        raise IngestError(t("ingest.errors.binary"))
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    text = _utf8_with_stray_bytes(data, warnings)
    if text is not None:
        return text
    legacy = detect_legacy(data)
    try:
        text = convert_legacy(data, legacy) if legacy else data.decode("cp1258")
    except UnicodeDecodeError as exc:  # bytes Windows-1258 leaves undefined: not a text file
        raise IngestError(t("ingest.input.undecodable")) from exc
    if vietnamese_score(text[:SAMPLE_CHARS]) < MIN_LEGACY_SCORE:  # no encoding reads it as Vietnamese
        raise IngestError(t("ingest.input.undecodable"))
    return text
