"""Bytes → Unicode text for plain-text formats: UTF-8 (BOM or not), UTF-16, Windows-1258,
and legacy TCVN3 (ABC) / VNI Vietnamese, detected rather than assumed."""
from __future__ import annotations

import codecs

from ingest.errors import IngestError
from ingest.legacy_vn import convert_legacy, detect_legacy
from troly.texts import t


def _looks_binary(data: bytes) -> bool:
    sample = data[:4096]
    if b"\x00" in sample:
        return True
    control = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13, 27))
    return control > len(sample) * 0.05


def decode_text(data: bytes) -> str:
    """Decode a text file's bytes; IngestError for binary content."""
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8):].decode("utf-8", errors="replace")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace")
    # UTF-16 without BOM: every other byte zero in ASCII-heavy text
    if len(data) >= 4 and data[1::2].count(0) > len(data) // 4:
        try:
            return data.decode("utf-16-le")
        except UnicodeDecodeError:
            pass
    if len(data) >= 4 and data[0::2].count(0) > len(data) // 4:
        try:
            return data.decode("utf-16-be")
        except UnicodeDecodeError:
            pass
    if _looks_binary(data):
        raise IngestError(t("ingest.errors.binary"))
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    legacy = detect_legacy(data)
    if legacy:
        return convert_legacy(data, legacy)
    return data.decode("cp1258", errors="replace")
