"""Files → parsed documents: which files a run covers, reading and parsing one file (never
touching the store), and the per-file outcome reported to the user. Writing documents into the
store — comparing, embedding, the version switch, the lexical index — is vectorstore/writer.py."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path

from ingest.errors import IngestError
from ingest.model import ParsedDocument
from ingest.parse import parse_document
from ingest.readers import SUPPORTED_SUFFIXES, read_file
from troly.texts import t


@dataclass
class IngestResult:
    id: str
    source: str
    status: str  # added | updated | unchanged | duplicate | failed
    title: str = ""
    kind: str = ""
    chunks: int = 0
    embedded: int = 0
    error: str | None = None
    duplicate_of: str | None = None

    def to_json(self) -> dict:
        out = {k: v for k, v in asdict(self).items() if k not in ("embedded", "duplicate_of")}
        if self.duplicate_of:
            out["duplicate_of"] = self.duplicate_of
        return out


@dataclass
class IngestReport:
    documents: list[IngestResult] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def failed(self) -> bool:
        return any(d.status == "failed" for d in self.documents)

    def to_json(self) -> dict:
        return {"documents": [d.to_json() for d in self.documents], "seconds": round(self.seconds, 3)}


def expand_paths(paths: Iterable[Path]) -> list[Path]:
    """Files named, and supported files inside folders named (recursively, sorted)."""
    out: list[Path] = []
    for path in paths:
        if path.is_dir():
            out.extend(sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUPPORTED_SUFFIXES
                              and not p.name.startswith(".")))
        else:
            out.append(path)
    return out


def parse_file(path: Path, max_bytes: int) -> ParsedDocument:
    """A file read and parsed into a document with chunks; IngestError (a message for the user)
    when it is missing, unreadable or holds no text."""
    try:
        if not path.exists():
            raise IngestError(t("ingest.errors.not_found"))
        doc = parse_document(read_file(path, max_bytes), path.name)
    except IngestError:
        raise
    except Exception as exc:  # a reader library failing on a malformed file
        raise IngestError(t("ingest.errors.unreadable", detail=f"{exc.__class__.__name__}: {exc}")) from exc
    if not doc.chunks:
        raise IngestError(t("ingest.errors.no_chunks"))
    return doc
