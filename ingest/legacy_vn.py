"""Legacy 8-bit Vietnamese encodings (TCVN3/ABC, VNI): detection and conversion to Unicode."""
from __future__ import annotations


def detect_legacy(data: bytes) -> str | None:
    """Name of the legacy encoding the bytes are in ("tcvn3" or "vni"), or None."""
    return None


def convert_legacy(data: bytes, encoding: str) -> str:
    raise NotImplementedError(encoding)
