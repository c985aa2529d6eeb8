"""Plain data passed between the ingestion stages and to the store."""
from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections import Counter
from dataclasses import asdict, dataclass, field

SECTION_SEP = " › "
# A numbered item that names its topic before a colon and states it on the same line ("1. Đối tượng: các công đoàn
# cơ sở …"): the label is a heading of the outline, though the item is one passage, when the list labels its items
# so (two of them at least; one item of a list with a colon is no list of topics). New-user trial, session 39.
_LABELLED_ITEM_RE = re.compile(r"^(\d{1,2}\.\s+[^\W\d][^:.;,]{0,50}?)\s*:\s+\S")
_LABEL_WORDS = 6  # a label longer than this is a sentence with a colon in it, not a topic
# An article stated whole in one paragraph ("Điều 2. Quyết định này có hiệu lực …"), a decision's own before the rules
# it issues: no heading of the outline, though an article of the text is. Shown in an outline up to _ARTICLE_SHOWN.
_ARTICLE_RE = re.compile(r"^Điều\s+\d+[a-zđ]?\.\s+\S")
_ARTICLE_SHOWN = 120
_NUMBERED_RE = re.compile(r"^\d{1,2}\.\s+\S")


def _shown(text: str) -> str:
    """A paragraph as an outline shows it: up to _ARTICLE_SHOWN characters, cut at a word."""
    text = " ".join(text.split())
    return text if len(text) <= _ARTICLE_SHOWN else text[:_ARTICLE_SHOWN - 1].rsplit(" ", 1)[0] + "…"


def short_hash(text: str, n: int = 16) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:n]


def shown_date(iso: str) -> str:
    """A document's date as people write it: "2020-03-04" → "4/3/2020"; "2020-03" (the day lost) → "3/2020"."""
    parts = [str(int(p)) if i else p for i, p in enumerate(iso.split("-"))]
    return "/".join(reversed(parts))


@dataclass
class Block:
    """One structural unit of a document: a heading, a paragraph or a bullet."""
    kind: str  # "heading" | "paragraph" | "bullet" | "break" (another text begins: no heading above goes on)
    text: str
    level: float = 0  # heading depth (1 = Phần/Chương/I., ...; a heading marked by markdown alone below every
    # numbered rank: structure.MARKED_RANK + its markdown level / 10); 0 for body blocks
    label: str = ""  # "I.", "1.", "a)", "Điều 12." ...


@dataclass
class Chunk:
    """One answerable passage: a paragraph or bullet with its place in the document."""
    text: str
    section: str  # heading path, joined with SECTION_SEP (a long heading shortened: searched and ranked with it)
    position: int
    kind: str = "paragraph"  # or "bullet", "heading" (one too long to show whole in a path), a CLOSING_KINDS one,
    # DATA_ROW (a row of a table without a header row)
    lead: str = ""  # the sentence that introduces this item's list ("Đến năm 2030:"), shown before the quote
    context: str = ""  # every lead-in above this item, outermost first (embedded and indexed with it)
    refers: str = ""  # the clauses and points of the same text it names ("điểm a khoản 2 Điều 2"): indexed with it
    spelled: str = ""  # what the abbreviations its document defines that it writes stand for: indexed with it
    columns: str = ""  # a row of figures alone ("| 2028 | 4,5 | 3.700 |"): its table's header row, indexed with it
    path: str = ""  # the heading path with every heading whole, when `section` shortens one: what a reader is shown

    @property
    def whole_section(self) -> str:
        return self.path or self.section


@dataclass
class Obligation:
    """A duty, report, deadline or target stated in one chunk (ingest/obligations.py): the clause that
    states it verbatim, the body that must act, to whom it reports, when, which number."""
    kind: str  # "duty" | "report" | "deadline" | "target"
    quote: str
    chunk_position: int = -1
    section: str = ""
    text: str = ""  # the whole passage
    actor: dict | None = None  # {"name", "short", "bodies": [{"name", "short"}, ...]}
    recipient: dict | None = None  # same shape
    due: dict | None = None  # {"text", "date", "every", "by_year"}
    target: dict | None = None  # {"text", "value", "unit", "by_year"}
    place: str = ""  # where it takes place, when a task table's place column says ("Hội trường A, 34 Lê Lợi")
    # Whose own task it is when it names no doer: the issuer of a plan, for a task under its content part ("II. NỘI
    # DUNG HOẠT ĐỘNG › Tuyên truyền: …" of LĐLĐ huyện's plan); same shape as `actor`, which stays what the text names.
    owner: dict | None = None

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class DocumentMeta:
    title: str
    kind: str = ""
    number: str = ""
    # ISO, from the document's own header, never guessed: yyyy-mm-dd, or yyyy-mm when a scan or a blank left to
    # fill lost the day ("ngày   tháng 3 năm 2020")
    date: str = ""
    issuer: str = ""
    parent: str = ""  # the body above the issuer in the header
    co_issuers: list[str] = field(default_factory=list)  # the other bodies issuing the text with the issuer
    place: str = ""
    subject: str = ""  # "V/v ..." of a letter
    signer: str = ""
    signer_role: str = ""
    cosigners: list[list[str]] = field(default_factory=list)  # [name, role] of who signs beside the signer as equals
    signing: dict = field(default_factory=dict)  # the signer's post and for whom they sign (ingest/signing.py)
    implements: list[str] = field(default_factory=list)
    recipients: list[str] = field(default_factory=list)
    short_title: str = ""  # at most 60 characters, for citations
    part_of: str = ""  # an appendix: the id of the loaded document it was issued with (ingest/parent.py)

    @property
    def year(self) -> int | None:
        return int(self.date[:4]) if self.date[:4].isdigit() else None


@dataclass
class ParsedDocument:
    """Everything ingestion learns from one file, before embedding."""
    source: str
    text: str  # the repaired full text; its hash identifies the content
    meta: DocumentMeta
    chunks: list[Chunk]
    glossary: dict[str, str] = field(default_factory=dict)
    obligations: list[Obligation] = field(default_factory=list)

    @property
    def content_hash(self) -> str:
        """Identifies the text whatever its format and layout: its words in order, in lower case. Spaces, line and
        page breaks, punctuation, bullets and case do not count, so that a copy of a loaded text — the PDF printed
        from a .txt, a .docx saved from a .md, a file whose encoding was repaired — is known as the same text (the
        user's PDF of KL 51 and their .docx CV 5115 have the same words as the .txt and .md, to the last one), while
        a plan copied from last year's with its dates changed is another."""
        words = re.findall(r"\w+", unicodedata.normalize("NFC", self.text).lower())
        return short_hash(" ".join(words), 24)

    @property
    def former_hashes(self) -> set[str]:
        """The content hashes an older troly stored for this same text: before ca720a9 the text itself, "•" bullets
        as "-". A record holding one has the same words; read anew, it is not "updated" (vectorstore/writer.py)."""
        return {short_hash(re.sub(r"(?m)^• ", "- ", self.text), 24)}

    @property
    def version(self) -> str:
        """Names what was made of the content: its passages and metadata as this troly reads them (an appendix's
        parent included), so that a newer reading of an unchanged file replaces an older troly's."""
        made = [self.content_hash, asdict(self.meta), [asdict(c) for c in self.chunks], self.glossary,
                [o.to_dict() for o in self.obligations]]
        return short_hash(json.dumps(made, ensure_ascii=False, sort_keys=True), 12)

    def outline(self) -> list[str]:
        """Heading paths in document order, each once; an article stated in one paragraph with no heading of its own
        (a decision's "Điều 1. Ban hành kèm theo …" before the rules it issues, which have headings) is one too."""
        labels = {}
        for chunk in self.chunks:
            label = _LABELLED_ITEM_RE.match(chunk.text) if chunk.kind == "paragraph" and chunk.section else None
            if label and len(label.group(1).split()) <= _LABEL_WORDS + 1:
                labels[chunk.position] = f"{chunk.section}{SECTION_SEP}{label.group(1)}"
        listed = Counter(path.rsplit(SECTION_SEP, 1)[0] for path in labels.values())
        seen: dict[str, None] = {}
        for chunk in self.chunks:
            if chunk.kind == "paragraph" and not chunk.section and _ARTICLE_RE.match(chunk.text):
                seen.setdefault(_shown(chunk.text), None)
            if chunk.section:
                seen.setdefault(chunk.section, None)
                if listed[chunk.section] > 1 and chunk.position in labels:
                    seen.setdefault(labels[chunk.position], None)
                elif listed[chunk.section] > 1 and chunk.kind == "paragraph" and _NUMBERED_RE.match(chunk.text):
                    # an item of a labelled list whose label is longer ("3. Sở Giáo dục và Đào tạo, Sở Y tế: …"):
                    # shown too, not skipped (the outline listed items 1, 2 and 4)
                    seen.setdefault(f"{chunk.section}{SECTION_SEP}{_shown(chunk.text.split(':', 1)[0])}", None)
        return list(seen)
