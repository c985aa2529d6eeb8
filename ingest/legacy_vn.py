"""Legacy 8-bit Vietnamese encodings (TCVN3/ABC, VNI-Windows): detection and conversion to Unicode.

Old documents typed with the .VnTime (TCVN3) or VNI-Times fonts were saved as plain bytes that
read as Latin-1 gibberish ("KÕ ho¹ch", "Keá hoaïch"). Nothing in the bytes names the encoding, so we
decode with every candidate (Windows-1258 included) and keep the one whose words are the most
plausible Vietnamese syllables.

TCVN3 has one byte per lowercase letter; it has no uppercase toned letters (those were typed in a
separate capitals font with the same codes), so they come out lowercase and are restored only
inside words written in capitals ("HO¹CH" → "HOẠCH").
VNI writes a letter as its base letter followed by diacritic characters ("eá" = ế, "ô" = ơ).
"""
from __future__ import annotations

import re
import unicodedata

# ---- TCVN3 (TCVN 5712:1993, VN3 "ABC") -----------------------------------------------------
_TCVN3_LETTERS = {
    0xA1: "Ă", 0xA2: "Â", 0xA3: "Ê", 0xA4: "Ô", 0xA5: "Ơ", 0xA6: "Ư", 0xA7: "Đ",
    0xA8: "ă", 0xA9: "â", 0xAA: "ê", 0xAB: "ô", 0xAC: "ơ", 0xAD: "ư", 0xAE: "đ",
    0xB5: "à", 0xB6: "ả", 0xB7: "ã", 0xB8: "á", 0xB9: "ạ",
    0xBB: "ằ", 0xBC: "ẳ", 0xBD: "ẵ", 0xBE: "ắ", 0xC6: "ặ",
    0xC7: "ầ", 0xC8: "ẩ", 0xC9: "ẫ", 0xCA: "ấ", 0xCB: "ậ",
    0xCC: "è", 0xCE: "ẻ", 0xCF: "ẽ", 0xD0: "é", 0xD1: "ẹ",
    0xD2: "ề", 0xD3: "ể", 0xD4: "ễ", 0xD5: "ế", 0xD6: "ệ",
    0xD7: "ì", 0xD8: "ỉ", 0xDC: "ĩ", 0xDD: "í", 0xDE: "ị",
    0xDF: "ò", 0xE1: "ỏ", 0xE2: "õ", 0xE3: "ó", 0xE4: "ọ",
    0xE5: "ồ", 0xE6: "ổ", 0xE7: "ỗ", 0xE8: "ố", 0xE9: "ộ",
    0xEA: "ờ", 0xEB: "ở", 0xEC: "ỡ", 0xED: "ớ", 0xEE: "ợ",
    0xEF: "ù", 0xF1: "ủ", 0xF2: "ũ", 0xF3: "ú", 0xF4: "ụ",
    0xF5: "ừ", 0xF6: "ử", 0xF7: "ữ", 0xF8: "ứ", 0xF9: "ự",
    0xFA: "ỳ", 0xFB: "ỷ", 0xFC: "ỹ", 0xFD: "ý", 0xFE: "ỵ",
}


def _tcvn3_decode_table() -> list[str]:
    table = []
    for byte in range(256):
        if byte in _TCVN3_LETTERS:
            table.append(_TCVN3_LETTERS[byte])
        else:  # punctuation outside the letter range is what Windows made of it (smart quotes, dashes)
            table.append(bytes([byte]).decode("cp1252", errors="ignore") or chr(byte))
    return table


_TCVN3_TABLE = _tcvn3_decode_table()

# ---- VNI-Windows ---------------------------------------------------------------------------
# Marks written after the base letter, in VNI's lowercase form; uppercase text uses their capitals.
_VNI_TONES = {"\u0301": "ù", "\u0300": "ø", "\u0309": "û", "\u0303": "õ", "\u0323": "ï"}
_VNI_CIRCUMFLEX_TONES = {"": "â", "\u0301": "á", "\u0300": "à", "\u0309": "å", "\u0303": "ã", "\u0323": "ä"}
_VNI_BREVE_TONES = {"": "ê", "\u0301": "é", "\u0300": "è", "\u0309": "ú", "\u0303": "ü", "\u0323": "ë"}
_VNI_I = {"": "i", "\u0301": "í", "\u0300": "ì", "\u0309": "æ", "\u0303": "ó", "\u0323": "ò"}
_VNI_HORN_BASE = {"o": "ô", "u": "ö"}  # ơ and ư are single characters in VNI


def _vni_spelling(letter: str) -> str | None:
    """VNI bytes (as cp1252 text) for one Vietnamese letter, or None if it is plain ASCII."""
    upper = letter.isupper()
    low = letter.lower()
    if low == "đ":
        return "Ñ" if upper else "ñ"
    parts = unicodedata.normalize("NFD", low)
    base, marks = parts[0], parts[1:]
    tone = next((m for m in marks if m in _VNI_TONES), "")
    shape = next((m for m in marks if m in ("\u0302", "\u0306", "\u031b")), "")
    if not marks or base not in "aeiouy":
        return None
    if base == "i":
        out = _VNI_I[tone]
    elif base == "y" and tone == "\u0323":
        out = "î"
    elif shape == "\u0302":
        out = base + _VNI_CIRCUMFLEX_TONES[tone]
    elif shape == "\u0306":
        out = base + _VNI_BREVE_TONES[tone]
    elif shape == "\u031b":
        out = _VNI_HORN_BASE[base] + (_VNI_TONES[tone] if tone else "")
    else:
        out = base + _VNI_TONES[tone]
    return out.upper() if upper else out


def _vietnamese_letters() -> list[str]:
    letters = []
    for base in "aăâeêioôơuưy":
        for tone in ("", "\u0301", "\u0300", "\u0309", "\u0303", "\u0323"):
            letter = unicodedata.normalize("NFC", base + tone)
            letters += [letter, letter.upper()]
    return letters + ["đ", "Đ"]


VIETNAMESE_LETTERS = frozenset(_vietnamese_letters())
_VNI_ENCODE = {ch: s for ch in VIETNAMESE_LETTERS if (s := _vni_spelling(ch))}
# Decoding: the longest spelling wins ("oâ" = ô before "ô" = ơ). A capital letter followed by
# lowercase marks also occurs (sentence starts typed as "AÙ" or "Aù"), so both are accepted.
_VNI_DECODE: dict[str, str] = {}
for _ch, _s in _VNI_ENCODE.items():
    _VNI_DECODE.setdefault(_s, _ch)
    if _ch.isupper() and len(_s) > 1:
        _VNI_DECODE.setdefault(_s[0] + _s[1:].lower(), _ch)
_VNI_RE = re.compile("|".join(re.escape(s) for s in sorted(_VNI_DECODE, key=len, reverse=True)))


# ---- conversion ------------------------------------------------------------------------------
_WORD_RE = re.compile(r"[^\W\d_]+")


def _restore_capitals(text: str) -> str:
    """TCVN3 lost the case of toned capitals: a line, or a word of two or more capitals,
    otherwise written in capitals is all capitals."""
    def fix_word(m: re.Match[str]) -> str:
        word = m.group(0)
        ascii_letters = [c for c in word if c.isascii()]
        if len(ascii_letters) >= 2 and all(c.isupper() for c in ascii_letters):
            return word.upper()
        return word

    lines = []
    for line in text.split("\n"):
        # a number's code is in capitals in any line ("Số: 31/TB-CĐVC"): the line's words tell its case
        words = [w for w in line.split() if not any(c.isdigit() for c in w)]
        ascii_letters = [c for w in words for c in w if c.isascii() and c.isalpha()]
        if len(ascii_letters) >= 3 and all(c.isupper() for c in ascii_letters):
            lines.append(line.upper())
        else:
            lines.append(_WORD_RE.sub(fix_word, line))
    return "\n".join(lines)


def decode_tcvn3(data: bytes) -> str:
    return _restore_capitals("".join(_TCVN3_TABLE[b] for b in data))


def decode_vni(data: bytes) -> str:
    text = data.decode("cp1252", errors="replace")
    return _VNI_RE.sub(lambda m: _VNI_DECODE[m.group(0)], text)


def encode_tcvn3(text: str) -> bytes:
    """Unicode → TCVN3 (used by tests and tools; toned capitals become their lowercase codes)."""
    inverse = {ch: b for b, ch in _TCVN3_LETTERS.items()}
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        if ch in inverse:
            out.append(inverse[ch])
        elif ch.lower() in inverse and ch in VIETNAMESE_LETTERS:
            out.append(inverse[ch.lower()])
        else:
            out += ch.encode("cp1252", errors="replace")
    return bytes(out)


def encode_vni(text: str) -> bytes:
    """Unicode → VNI-Windows bytes."""
    return "".join(_VNI_ENCODE.get(ch, ch) for ch in unicodedata.normalize("NFC", text)).encode(
        "cp1252", errors="replace")


def encode_cp1258(text: str) -> bytes:
    """Unicode → Windows-1258, the way Word saved it: base letter, then the tone as a combining mark."""
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        parts = unicodedata.normalize("NFD", ch)
        tone = "".join(c for c in parts if c in _TONE_MARKS)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in _TONE_MARKS))
        out += (base + tone).encode("cp1258", errors="replace")
    return bytes(out)


_TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"


_DECODERS = {"tcvn3": decode_tcvn3, "vni": decode_vni}


def convert_legacy(data: bytes, encoding: str) -> str:
    return unicodedata.normalize("NFC", _DECODERS[encoding](data))


# ---- detection ---------------------------------------------------------------------------------
# Vowel groups a Vietnamese syllable can have (tone marks aside).
_NUCLEI = ("a ă â e ê i o ô ơ u ư y ai ao au ay âu ây eo êu ia iê iu oa oă oe oi ôi ơi ua uâ uê ui uô uơ ưa ưi ưu "
           "ươ uy yê oo iêu oai oao oay oeo uây uôi uya uyê uyu ươi ươu yêu").split()
_SYLLABLE_RE = re.compile(
    r"^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?"
    r"(?:" + "|".join(sorted(_NUCLEI, key=len, reverse=True)) + ")"
    r"(?:ch|ng|nh|[cmnpt])?$")
_TONES = frozenset("\u0300\u0301\u0303\u0309\u0323")


def _plausible(word: str) -> bool:
    """A lowercase word that is one well-formed Vietnamese syllable with at most one tone."""
    decomposed = unicodedata.normalize("NFD", word)
    tones = sum(1 for c in decomposed if c in _TONES)
    bare = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in _TONES))
    return tones <= 1 and bool(_SYLLABLE_RE.match(bare))


def vietnamese_score(text: str) -> float:
    """Share of the words with non-ASCII letters that are well-formed Vietnamese syllables,
    minus the share of characters that are neither Vietnamese letters nor common punctuation."""
    text = unicodedata.normalize("NFC", text)
    words = [w.lower() for w in text.split() if not w.isascii()]
    if not words:
        return 0.0
    tokens = [t for w in words for t in _WORD_RE.findall(w)] or [""]
    good = sum(1 for t in tokens if not t.isascii() and _plausible(t))
    marked = sum(1 for t in tokens if not t.isascii()) or 1
    odd = sum(1 for c in text if not c.isascii() and c not in VIETNAMESE_LETTERS and c not in "“”‘’–—…•·")
    return good / marked - odd / max(1, len(text)) * 10


def detect_legacy(data: bytes) -> str | None:
    """Name of the legacy encoding the bytes are in ("tcvn3" or "vni"), or None when
    Windows-1258 reads them best (or they are plain ASCII)."""
    if data.isascii():
        return None
    sample = data[:200_000]
    scores = {"cp1258": vietnamese_score(sample.decode("cp1258", errors="replace"))}
    for name in _DECODERS:
        scores[name] = vietnamese_score(convert_legacy(sample, name))
    best = max(scores, key=lambda k: scores[k])
    return None if best == "cp1258" else best


def fix_legacy_unicode(text: str) -> str:
    """Text that reached Unicode with its legacy bytes read as Latin-1: a Word file typed in a
    .VnTime or VNI font, or a web page saved with such fonts, holds "KÕ ho¹ch" rather than
    "Kế hoạch". Each line made only of Latin-1 characters is checked and converted when it reads
    as TCVN3 or VNI; lines holding real Vietnamese Unicode are left alone."""
    if text.isascii():
        return text
    out = []
    for line in text.split("\n"):
        if line.isascii() or any(ord(c) > 0xFF and c not in _CP1252_EXTRAS for c in line):
            out.append(line)
            continue
        data = bytes(_CP1252_EXTRAS.get(c, ord(c)) for c in line)
        encoding = detect_legacy(data)
        out.append(convert_legacy(data, encoding) if encoding else line)
    return "\n".join(out)


# Windows-1252 characters above U+00FF (quotes, dashes, …) that legacy texts carry as such.
_CP1252_EXTRAS = {bytes([b]).decode("cp1252"): b for b in range(0x80, 0xA0)
                  if bytes([b]).decode("cp1252", errors="ignore") and ord(bytes([b]).decode("cp1252")) > 0xFF}
