"""Files → parsed documents: reading and parsing one file (never touching the store), and the
per-file outcome reported to the user. Which files a run covers is ingest/walk.py; the time limit
per file is ingest/bounded.py. Writing documents into the
store — comparing, embedding, the version switch, the lexical index — is vectorstore/writer.py."""
from __future__ import annotations

import textwrap
from dataclasses import asdict, dataclass, field
from pathlib import Path

from ingest.errors import IngestError
from ingest.model import ParsedDocument
from ingest.parse import parse_document
from ingest.readers import read_file, save_as
from troly.texts import t


# statuses told by IngestResult.line: nothing of the file is loaded
NOT_LOADED = ("failed", "duplicate", "older", "unchosen")


@dataclass
class IngestResult:
    id: str
    source: str
    status: str  # added | updated | reread (its words unchanged, read anew by a newer troly) | unchanged | duplicate
    # | failed | renamed | moved (renamed_from says what it was) | older (an older version of a loaded document: kept
    # out, `newer` says which file stands; vectorstore/versions.py) | unchosen (another version of a loaded document
    # whose file was chosen with --id: kept out whatever its file's time)
    title: str = ""
    kind: str = ""
    chunks: int = 0
    embedded: int = 0
    error: str | None = None
    duplicate_of: str | None = None
    warning: str | None = None  # added, but with something the user should check
    same_name_as: str | None = None  # the id its name would take belongs to another file's document
    renamed_from: str | None = None  # the document of the file it was before being renamed in its folder
    removed: bool = False  # a duplicate whose file had loaded a document of its own before, now removed
    replaced: str | None = None  # the file of the version of the same document (number, date, issuer) it replaced
    replaced_gone: bool = False  # the file of the version it replaced is gone from the folder: it stands again
    newer: str | None = None  # "older": the file of the loaded version, edited later, that stands
    file: str = ""  # the file itself (where it is): for "older" the command that loads it all the same, when it
    # replaced another version the file that now stands

    @property
    def line(self) -> str:
        """What the report says of a file NOT_LOADED (the others: a line with the title, shown by the caller)."""
        status = t(f"ingest.{self.status}")
        if self.status == "failed":
            return t("ingest.failed_line", status=status, id=self.id, error=self.error)
        if self.status in ("older", "unchosen"):
            return t(f"ingest.{self.status}_line", status=status, id=self.id, other=self.duplicate_of,
                     newer=self.newer, file=self.file)
        key = "ingest.duplicate_removed_line" if self.removed else "ingest.duplicate_line"
        return t(key, status=status, id=self.id, other=self.duplicate_of)

    def to_json(self) -> dict:
        optional = ("duplicate_of", "warning", "same_name_as", "renamed_from", "removed", "replaced", "replaced_gone",
                    "newer", "file")
        out = {k: v for k, v in asdict(self).items() if k != "embedded" and k not in optional}
        out.update((k, getattr(self, k)) for k in optional if getattr(self, k))
        return out


@dataclass
class Gone:
    """A document whose file is no longer in the folder it was loaded from."""
    id: str
    title: str
    path: str
    empty_folder: str | None = None  # kept because the folder named has no file left at all

    def to_json(self) -> dict:
        return {k: v for k, v in asdict(self).items() if v is not None}


@dataclass
class IngestReport:
    documents: list[IngestResult] = field(default_factory=list)
    seconds: float = 0.0
    skipped: list[str] = field(default_factory=list)  # files of an ingested folder in no supported format
    removed: list[Gone] = field(default_factory=list)  # documents whose file left an ingested folder
    kept: list[Gone] = field(default_factory=list)  # the same, kept when asked to (keep_missing)

    @property
    def failed(self) -> bool:
        return any(d.status == "failed" for d in self.documents)

    @property
    def message(self) -> str | None:
        """What the run says when it found no file to load (an empty folder, one of pictures only), else None."""
        return t("ingest.no_files") if not self.documents else None

    @property
    def advice(self) -> list[str]:
        """How to have the skipped files loaded, once a format: an old .doc or a spreadsheet saved as a format read."""
        suffixes = dict.fromkeys(Path(name).suffix.lower() for name in self.skipped)
        return [how for suffix in suffixes if (how := save_as(suffix))]

    def lines(self, title_chars: int) -> list[str]:
        """What the report says of each document (the command line and the chat bots print the same lines): a failure
        or a duplicate or an older text (NOT_LOADED); else its status, id, title (cut at a word boundary past
        `title_chars`) and passages, then what to check, the other file's document its name belongs to, the document it
        was before a rename, the file it replaced. The documents only read anew are counted by reread_line instead."""
        lines = []
        for d in self.documents:
            if d.status in NOT_LOADED:
                lines.append(d.line)
            elif d.status != "reread":
                title = textwrap.shorten(d.title, title_chars, placeholder=" …")
                lines.append(t("ingest.line", status=t(f"ingest.{d.status}"), id=d.id, title=title, chunks=d.chunks))
                if d.warning:  # not Vietnamese, bytes replaced, a wrong extension
                    lines.append(t("ingest.warning_line", warning=d.warning))
            if d.same_name_as:
                lines.append(t("ingest.same_name_line", id=d.id, other=d.same_name_as))
            if d.renamed_from:
                lines.append(t("ingest.renamed_line", other=d.renamed_from))
            if d.replaced and d.status not in NOT_LOADED:
                key = "ingest.replaced_gone_line" if d.replaced_gone else "ingest.replaced_line"
                lines.append(t(key, path=d.replaced, file=d.file or d.source))
        return lines

    @property
    def reread_line(self) -> str | None:
        """One line for the documents only read anew by a newer troly, their words unchanged (status "reread"): the
        store upgraded, none of them called updated; None when there are none."""
        n = sum(d.status == "reread" for d in self.documents)
        return t("ingest.reread_line", n=n) if n else None

    def to_json(self) -> dict:
        """The report as --json prints it: what the text report says, the message and the advice included."""
        out = {"documents": [d.to_json() for d in self.documents], "skipped": self.skipped,
               "removed": [g.to_json() for g in self.removed], "kept_missing": [g.to_json() for g in self.kept],
               "seconds": round(self.seconds, 3)}
        if self.advice:
            out["advice"] = self.advice
        if self.message:
            out["message"] = self.message
        return out


# The characters of a paragraph of a directive text, counted generously (of the 3,196 lines of the dev corpora's 23
# documents, half hold at most 79, 99% at most 676, the longest 2,576): a line longer counts as one paragraph for each
# PARAGRAPH_CHARS it holds, so that a text written on one line (a 6-7 MB export of 30,000 sentences: 16,000-18,000)
# meets TROLY_MAX_FILE_PARAGRAPHS before it is parsed, as the same text in lines does, and is not refused only after
# TROLY_MAX_FILE_SECONDS of parsing; those documents count 1-9 each line, the largest law loaded stays far below.
# The reach of the count, not a reading fitted to questions (so not in troly/weights.py).
PARAGRAPH_CHARS = 300


def paragraph_count(text: str) -> int:
    """The paragraphs a text holds for the file limit: its lines with text, a long line counted as several
    (PARAGRAPH_CHARS)."""
    return sum(-(-len(line.strip()) // PARAGRAPH_CHARS) for line in text.splitlines() if line.strip())


def parse_file(path: Path, max_bytes: int, warnings: list[str] | None = None,
               max_paragraphs: int | None = None) -> ParsedDocument:
    """A file read and parsed into a document with chunks; IngestError (a message for the user)
    when it is missing, unreadable, holds no text or more than `max_paragraphs` paragraphs (lines with text, a
    long one counted as several: paragraph_count; told before it is parsed, not after minutes of parsing and
    embedding). Notes for the user go to `warnings`."""
    try:
        if not path.exists():
            raise IngestError(t("ingest.errors.not_found"))
        declared: dict[str, str] = {}
        text = read_file(path, max_bytes, warnings, declared)
        paragraphs = paragraph_count(text)
        if max_paragraphs is not None and paragraphs > max_paragraphs:
            long_lines = any(len(line.strip()) > PARAGRAPH_CHARS for line in text.splitlines())
            raise IngestError(t("ingest.input.too_many_paragraphs", n=paragraphs, limit=max_paragraphs,
                                long_lines=t("ingest.input.long_lines_counted") if long_lines else ""))
    except IngestError:
        raise
    except Exception as exc:  # a reader library failing on a malformed file
        raise IngestError(t("ingest.errors.unreadable", suffix=path.suffix.lower())) from exc
    try:
        doc = parse_document(text, path.name, declared.get("title", ""))
    except Exception as exc:  # a fault of troly's own reading of the text, not of the file: said so, not by its
        # Python name (an IndexError in the closing's reading was shown as "Không đọc được tệp (IndexError: …)")
        raise IngestError(t("ingest.errors.parse_failed")) from exc
    if not doc.chunks:
        raise IngestError(t("ingest.errors.no_chunks"))
    return doc
