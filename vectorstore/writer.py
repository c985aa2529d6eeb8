"""Writing parsed documents into the store: compare with what is stored → embed only new text →
write (new chunks, then the version switch, then old chunks dropped) → sweep → bring the lexical
index in step. One bad file never stops the others and never touches what is stored.

ingest/ turns files into ParsedDocuments; everything that touches the store is here."""
from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Protocol

import numpy as np

from ingest.errors import IngestError, LostLetters
from ingest.bounded import FileReader
from ingest.chunker import plain_cells
from ingest.model import Chunk, DocumentMeta, ParsedDocument, short_hash
from ingest.parent import Candidate, attached_to, find_parent, inherit, is_appendix
from ingest.pipeline import NOT_LOADED, Gone, IngestReport, IngestResult
from ingest.walk import Found, expand_paths, inside, location
from troly.texts import t
from vectorstore.embed_cache import EmbedCache
from vectorstore.embeddings import TrolyEmbeddings
from vectorstore.lexical import LexicalIndex
from vectorstore.store import DocRecord, Store, chunk_id
from vectorstore.versions import damaged_copy_of, identity, modified, same_document, stored_modified


class Tick(Protocol):
    """n more steps done; `name`: what is being worked on now (the file being read), shown beside the bar."""

    def __call__(self, n: int, name: str = "") -> None: ...


# progress(total, stage) → tick: a bar per stage of a run, "read" (files, each named while it is read: one
# large file takes a while too) then "embed" (passages)
ProgressFactory = Callable[[int, str], Tick]


def _figures_as_read(chunk: Chunk) -> str:
    """A row of figures alone (chunk.columns: its header row) with each figure after its column's name, as answers
    quote a row ("Năm: 2027 | Đường GTNT (km) Trục ấp: 35 | …"), under the lead-ins above its header: the header
    read whole before "| 2027 | 45 | 120 |" tied no figure to its name, and the row was far in meaning from a question
    naming one column ("… trục ấp năm 2027 bao nhiêu km"). "" when the header's names do not line up with the cells."""
    names, cells = chunk.columns.split(" | "), plain_cells(chunk.text)
    if len(names) != len(cells):
        return ""
    row = t("answer.cell_sep").join(t("answer.cell", header=name, value=cell)
                                    for name, cell in zip(names, cells) if cell)
    return " › ".join([*(part for part in chunk.context.split(" › ") if part and part != chunk.columns), row])


def embed_input(doc: ParsedDocument, chunk: Chunk) -> str:
    """What is embedded for a chunk: its text in the context of its document (short name) and
    section, and for a list item the lead-ins that introduce it ("Đến năm 2030: Phấn đấu …"); a row of figures
    alone, each figure after its column's name (_figures_as_read)."""
    context = " › ".join(part for part in (doc.meta.short_title, chunk.section) if part)
    body = (chunk.columns and _figures_as_read(chunk)) or (f"{chunk.context} {chunk.text}" if chunk.context
                                                          else chunk.text)
    return f"{context}\n{body}" if context else body


def chunk_rows(doc: ParsedDocument, doc_id: str, version: str) -> tuple[list[str], list[str], list[dict], list[str]]:
    """Store rows of a document version: chunk ids, texts, metadata, embedding inputs."""
    ids, texts, metas, inputs = [], [], [], []
    year = doc.meta.year
    for chunk in doc.chunks:
        payload = embed_input(doc, chunk)
        meta = {"doc_id": doc_id, "version": version, "position": chunk.position, "section": chunk.section,
                "block": chunk.kind, "title": doc.meta.title, "short_title": doc.meta.short_title,
                "source": doc.source, "doc_kind": doc.meta.kind, "lead": chunk.lead, "context": chunk.context,
                "embed_key": short_hash(payload, 24)}
        if year:
            meta["year"] = year
        if chunk.path:  # shown whole (/nguon, exports); `section` stays what search ranks with
            meta["path"] = chunk.path
        if chunk.refers:  # the clauses and points it names, read by the lexical index with its headings
            meta["refers"] = chunk.refers
        if chunk.columns:  # what a row of figures alone counts, its header row's words, read by the lexical index
            meta["columns"] = chunk.columns
        if chunk.spelled:  # what its document's own abbreviations it writes stand for, read by the lexical index too
            meta["spelled"] = chunk.spelled
        ids.append(chunk_id(doc_id, version, chunk.position))
        texts.append(chunk.text)
        metas.append(meta)
        inputs.append(payload)
    return ids, texts, metas, inputs


def remove_document(store: Store, doc_id: str, index: LexicalIndex | None = None) -> bool:
    """Remove a document and its chunks (and from the lexical index); False when there is no such
    document. No embedder needed."""
    with store.writing():  # the index changes under the same turn as the store
        removed = store.remove(doc_id)
        if index is not None:
            index.sync(store)
    return removed


@dataclass
class _Planned:
    """A document that will be written: its rows, and the vectors already known for them."""
    result: IngestResult
    record: DocRecord
    ids: list[str]
    texts: list[str]
    metas: list[dict]
    todo: dict[str, str]  # embed_key → input, to embed for this document
    seconds_left: float = 0.0  # of the file's time limit (TROLY_MAX_FILE_SECONDS) after it was read and parsed
    drop: tuple[str, ...] = ()  # documents it replaces under another id (its --id): removed once it is written


@dataclass
class _Duplicate:
    """A file planned as a duplicate: it stands only if its twin holds its words once the run's documents are
    written (the twin may fail, or be loaded with other words)."""
    result: IngestResult
    found: Found
    content_hash: str
    same_name: str | None = None


def _capped(tick: Callable[[int], None] | None, budget: int) -> Callable[[int], None] | None:
    """tick, passed on until `budget` steps in all have been reported."""
    if tick is None:
        return None
    left = [budget]

    def step(n: int) -> None:
        n = min(n, left[0])
        if n > 0:
            left[0] -= n
            tick(n)

    return step


FIRST_BATCH = 4  # passages in the run's first batch to embed: the bar's first step comes in seconds


def _name(result: IngestResult, same_name: str | None) -> None:
    """A file loading no document of its own, or a new version of a loaded one, takes no id by its name."""
    result.same_name_as = same_name if result.status not in NOT_LOADED and not result.replaced else None


def _superseded(results: list[IngestResult]) -> None:
    """A file found unchanged whose document another file of the same run replaces (its new version, edited later) is
    that document's older version now, and said so: not "unchanged" beside the line of the file that replaced it."""
    newer = {r.id: r for r in results if r.replaced and r.status not in NOT_LOADED}
    for r in results:
        if r.status == "unchanged" and r.id in newer:
            r.status, r.duplicate_of, r.newer = "older", r.id, newer[r.id].file


class Writer:
    """read → parse (ingest/) → compare with the store → embed only new inputs → write, file by file.

    All files are read and compared first, so that one progress bar covers every chunk that
    will be embedded and duplicates within one run are recognised; then each document is
    embedded and written on its own, so a kill loses at most the document being written.
    `index`, when given, is brought in step after every change (document by document)."""

    def __init__(self, store: Store, embeddings: TrolyEmbeddings, max_bytes: int, batch: int = 32,
                 cache: EmbedCache | None = None, index: LexicalIndex | None = None,
                 file_seconds: float = 120.0, max_paragraphs: int | None = None) -> None:
        self.store = store
        self.embeddings = embeddings
        self.reader = FileReader(max_bytes, file_seconds, max_paragraphs)
        self.file_seconds = file_seconds
        self.batch = batch
        self.cache = cache
        self.index = index
        self._known: dict[str, np.ndarray] = {}
        self._run: list[Candidate] = []  # documents read in this run, as possible parents of an appendix
        self._forced = False  # the run's id was given (--id): the file stands under it, whatever it replaces
        self._versions: set[tuple] = set()  # identities (vectorstore/versions.py) of this run's documents

    def ingest(self, paths: list[Path], doc_id: str | None = None,
               progress: ProgressFactory | None = None, keep_missing: bool = False) -> IngestReport:
        """The whole run holds the store's write lock: what is compared is what gets changed. A folder named
        is brought in line with the store: the documents it brought whose file is gone from it are removed
        after the others are written (`keep_missing`: kept, and reported)."""
        with self.store.writing():
            return self._ingest(paths, doc_id, progress, keep_missing)

    def _ingest(self, paths: list[Path], doc_id: str | None, progress: ProgressFactory | None,
                keep_missing: bool) -> IngestReport:
        started = time.perf_counter()
        report = IngestReport()
        files = expand_paths(paths, report.skipped)
        if doc_id and (len(files) > 1 or any(p.is_dir() for p in paths)):  # a folder of one file brings more later
            raise IngestError(t("ingest.errors.id_needs_one_file"))
        gone, held = self._gone(paths, files)
        planned: list[_Planned] = []
        duplicates: list[_Duplicate] = []
        claimed: dict[str, str] = {}  # content hash → id, for documents written in this run
        self._run = []
        self._forced, self._versions = bool(doc_id), set()
        read = progress(len(files), "read") if progress and files else None
        later = []  # appendices whose parent may come later in the run

        def take(item: "_Planned | _Duplicate | IngestResult", same_name: str | None) -> None:
            result = item if isinstance(item, IngestResult) else item.result
            _name(result, same_name)
            report.documents.append(result)
            if isinstance(item, _Planned):
                planned.append(item)
            elif isinstance(item, _Duplicate):
                item.same_name = same_name
                duplicates.append(item)
            if read:
                read(1)

        for found, (fid, same_name) in zip(files, self._ids(files, doc_id)):
            if found.error:
                take(IngestResult(fid, found.path.name, "failed", error=found.error), None)
                continue
            if read:
                read(0, found.path.name)
            item = self._plan(found, fid, claimed, gone, last=False)
            if item is None:
                later.append((found, fid, same_name))
            else:
                take(item, same_name)
        for found, fid, same_name in later:
            if read:
                read(0, found.path.name)
            item = self._plan(found, fid, claimed, gone, last=True)
            assert item is not None
            take(item, same_name)
        # One bar for the whole run, counting each passage once (the count the summary reports):
        # a passage to embed moves it when embedded, a passage whose vector is known when written.
        _superseded(report.documents)
        total = sum(len(p.ids) for p in planned)
        tick = progress(total, "embed") if progress and total else None
        self._write(planned, tick)
        self._settle(duplicates, report.documents, gone)
        became = {d.renamed_from for d in report.documents if d.renamed_from and d.status != "failed"}
        written = {d.id for d in report.documents if d.status not in NOT_LOADED}
        for record in gone.values():
            if record.doc_id in written:  # its file left the folder, and a new version took its id
                continue
            if record.doc_id in became:  # renamed or moved: told as the document it became, not as one removed
                self.store.remove(record.doc_id)
                continue
            left = Gone(record.doc_id, record.title, record.path)
            if keep_missing:
                report.kept.append(left)
            elif self.store.remove(record.doc_id):
                report.removed.append(left)
        report.kept.extend(Gone(r.doc_id, r.title, r.path, empty_folder=folder) for r, folder in held)
        try:
            self.store.sweep()  # chunks a killed run left behind
        except Exception:  # only housekeeping: the next run sweeps again
            pass
        self._refresh_index()
        report.seconds = time.perf_counter() - started
        return report

    def _write(self, planned: list[_Planned], tick: Tick | None) -> None:
        """Embed and write each planned document; one that fails is reported so, its stored version staying."""
        embedded = 0
        for item in planned:
            try:
                embedded = self._embed(item, tick, embedded)
                self.store.write(item.record, item.ids, item.texts, item.metas,
                                 np.vstack([self._known[m["embed_key"]] for m in item.metas]),
                                 progress=_capped(tick, len(item.ids) - len(item.todo)))
                for other in item.drop:
                    self.store.remove(other)
                    self._repoint(other, item.record.doc_id)
                continue
            except IngestError as exc:  # past the file's time limit: the stored version stays
                item.result.status, item.result.error = "failed", str(exc)
            except Exception as exc:  # the store or the embedder failing: the stored version stays
                item.result.status, item.result.error = "failed", t(
                    "ingest.errors.store_failed", detail=f"{exc.__class__.__name__}: {exc}")
            for key in item.todo:  # not embedded: free for a document planned again (_settle) to embed
                if self._known.get(key) is None:
                    self._known.pop(key, None)

    def _repoint(self, gone: str, standing: str) -> None:
        """The appendices issued with a document whose version now stands under another id (--id) name that id as
        their parent, not the id removed."""
        for r in self.store.records().values():
            if r.meta.get("part_of") == gone:
                self.store.put_record(replace(r, meta={**r.meta, "part_of": standing}))

    def _settle(self, duplicates: list[_Duplicate], results: list[IngestResult], gone: dict[str, DocRecord]) -> None:
        """Once the run's documents are written, a duplicate whose twin holds its words stands, and the document
        its own file loaded before with other words (edited to the twin's since, or a store loaded by an older troly
        that compared no words) is removed, as nothing of a duplicate is loaded. One whose twin does not (the twin
        failed, or was loaded with other words) is planned again, so that the words are loaded once, never lost."""
        while duplicates:
            again: list[_Planned] = []
            left: list[_Duplicate] = []
            claimed: dict[str, str] = {}  # what was written is in the store now: only this round's claims
            for dup in duplicates:
                twin = self.store.get(dup.result.duplicate_of or "")
                if twin is not None and twin.content_hash == dup.content_hash:
                    dup.result.removed = self.store.remove(dup.result.id)
                    continue
                item = self._plan(dup.found, dup.result.id, claimed, gone)
                assert item is not None  # planned as the last of the run: an appendix is not put off again
                new = item if isinstance(item, IngestResult) else item.result
                _name(new, dup.same_name)
                results[next(i for i, r in enumerate(results) if r is dup.result)] = new
                if isinstance(item, _Planned):
                    again.append(item)
                elif isinstance(item, _Duplicate):
                    item.same_name = dup.same_name
                    left.append(item)
            self._write(again, None)
            duplicates = left

    def _gone(self, paths: list[Path], files: list[Found]) -> tuple[dict[str, DocRecord], list[tuple[DocRecord, str]]]:
        """Documents a folder named in this run brought before (from it or a folder inside it) whose file is no
        longer found in it; those under a sub-folder that could not be listed are not known to be gone. A named
        folder with no file left at all (an unmounted share, a wrong copy) is more likely a mistake than a
        deletion: its documents are held, with the folder, and said, rather than all removed."""
        roots = [location(p) for p in paths if p.is_dir()]
        present = {location(f.path) for f in files}
        unread = [location(f.path) for f in files if f.error and f.unread_folder]
        empty = [root for root in roots if not any(inside(p, root) for p in present)]
        gone: dict[str, DocRecord] = {}
        held: list[tuple[DocRecord, str]] = []
        for r in self.store.records().values():
            if not (r.folder and r.path and any(inside(r.folder, root) for root in roots)) or r.path in present \
                    or any(inside(r.path, u) for u in unread):
                continue
            folder = next((root for root in empty if inside(r.folder, root)), None)
            if folder is None:
                gone[r.doc_id] = r
            else:
                held.append((r, folder))
        return gone, held

    def _ids(self, files: list[Found], doc_id: str | None) -> list[tuple[str, str | None]]:
        """Each file's document id, and the id its name would have taken when that one is another file's.
        A file loaded before keeps its document's id (also reached through another folder); a new file takes
        its name (its path in the folder named), unless that is the id of a document read from another file,
        or of another file of this run: then as much more of its path as sets it apart ("b/ke-hoach.txt").
        `doc_id` (--id) is taken as given: loading under an id replaces what it names."""
        records = self.store.records()
        by_path = {r.path: r.doc_id for r in records.values() if r.path}
        known = set(by_path.values())
        taken: set[str] = set()
        out: list[tuple[str, str | None]] = []
        for found in files:
            if doc_id or found.error:
                out.append((doc_id or found.doc_id, None))
                continue
            key = location(found.path)
            chosen = by_path.get(key, "")
            if not chosen or chosen in taken:
                parts = Path(key).parts
                chosen, depth = found.doc_id, len(Path(found.doc_id).parts)
                while chosen in taken or (chosen in records and records[chosen].path not in ("", key)):
                    depth += 1  # a record without a path comes from an older store: the same file, as before
                    chosen = "/".join(parts[-depth:]) if depth < len(parts) else key
                    if depth >= len(parts):
                        break
            taken.add(chosen)
            out.append((chosen, found.doc_id if chosen != found.doc_id and chosen not in known else None))
        return out

    def _refresh_index(self) -> None:
        if self.index is not None:
            self.index.sync(self.store)

    def _parent(self, doc: ParsedDocument, doc_id: str, last: bool) -> bool:
        """An appendix takes its parent's number, date and issuer (ingest/parent.py), from the loaded documents
        and this run's; False when its parent is not known yet but may come later in the run (not `last`)."""
        reference = attached_to(doc.text) if is_appendix(doc.meta) else ""
        if not reference:
            return True
        fields = set(DocumentMeta.__dataclass_fields__)
        candidates = {r.doc_id: Candidate(r.doc_id, DocumentMeta(**{k: v for k, v in r.meta.items() if k in fields}))
                      for r in self.store.records().values() if r.meta.get("title") is not None}
        candidates.update((c.doc_id, c) for c in self._run)  # as read now
        candidates.pop(doc_id, None)
        parent = find_parent(reference, list(candidates.values()))
        if parent is None:
            return last
        inherit(doc.meta, parent)
        return True

    def _plan(self, found: Found, doc_id: str, claimed: dict[str, str], renamed: dict[str, DocRecord],
              last: bool = True) -> _Planned | _Duplicate | IngestResult | None:
        """What to do with one file; None for an appendix to plan again at the end of the run (not `last`).
        `renamed`: documents whose file left its folder, which a file of the same content takes over."""
        path = found.path
        try:
            doc, warnings = self.reader.read(path)
        except LostLetters as exc:  # never loaded beside the good copy: said to be a damaged copy of it
            good = damaged_copy_of(self.store.records().values(), exc.head)
            error = t("ingest.input.damaged_copy", error=exc, other=good.doc_id, path=good.path or good.source) \
                if good else str(exc)
            return IngestResult(doc_id, path.name, "failed", error=error)
        except IngestError as exc:
            return IngestResult(doc_id, path.name, "failed", error=str(exc))
        if not self._parent(doc, doc_id, last):
            return None
        self._run.append(Candidate(doc_id, doc.meta))
        here = location(path)
        result = IngestResult(doc_id, path.name, "added", title=doc.meta.title, kind=doc.meta.kind,
                              chunks=len(doc.chunks), warning=" ".join(warnings) or None, file=here)
        existing = self.store.get(doc_id)
        # the folder it is kept in line with: the one named now, else the one it came with (named alone since)
        folder = location(found.root) if found.root else (existing.folder if existing and existing.path == here
                                                          else "")
        version = doc.version
        if existing and existing.version == version:  # the same content, read the same way
            result.status = "unchanged"
            if (existing.path, existing.folder) != (here, folder):
                self.store.put_record(replace(existing, path=here, folder=folder))
            return result
        twin = self.store.find_content(doc.content_hash)
        in_run = claimed.get(doc.content_hash)
        twin_id = twin.doc_id if twin and not (twin.doc_id in renamed and in_run) else in_run
        drop: list[str] = []
        if self._forced and twin and twin_id == twin.doc_id != doc_id and twin.path == here:
            drop.append(twin.doc_id)  # this very file, loaded under another id before: it moves to the id asked for
            twin_id = None
        version_of = None if twin_id else self._version_of(doc, doc_id, existing, here, drop, renamed)
        if isinstance(version_of, IngestResult):
            return version_of
        if version_of is not None:  # the document's new version: under its id, in line with no folder of the old
            doc_id, existing = version_of.doc_id, version_of
            folder = location(found.root) if found.root else ""
            result.id, result.replaced = doc_id, version_of.path or version_of.source
            result.replaced_gone = doc_id in renamed
        elif existing and existing.path not in ("", here):  # --id naming a document loaded from another file
            result.replaced = existing.path
        if twin_id and twin_id in renamed:
            result.renamed_from = twin_id
        elif twin_id and twin_id != doc_id:
            result.status = "duplicate"  # the same text, maybe in another format: the document loaded first stays
            result.duplicate_of = twin_id
            result.chunks = 0
            return _Duplicate(result, found, doc.content_hash)
        claimed[doc.content_hash] = doc_id
        same_words = existing is not None and existing.content_hash in {doc.content_hash, *doc.former_hashes}
        result.status = ("reread" if same_words else "updated") if existing else "added"
        if result.renamed_from:  # the same content under another name ("renamed") or in another folder ("moved")
            result.status = "moved" if Path(result.renamed_from).name == Path(doc_id).name else "renamed"
        ids, texts, metas, inputs = chunk_rows(doc, doc_id, version)
        record = DocRecord(doc_id=doc_id, title=doc.meta.title, kind=doc.meta.kind, source=doc.source,
                           content_hash=doc.content_hash, version=version, chunks=len(ids), ingested_at="",
                           year=doc.meta.year, meta=asdict(doc.meta), glossary=doc.glossary,
                           obligations=[o.to_dict() for o in doc.obligations], outline=doc.outline(),
                           path=here, folder=folder, modified=modified(str(path)),
                           chosen=self._forced or bool(existing and existing.chosen and existing.path == here))
        todo = self._lookup([m["embed_key"] for m in metas], inputs)
        result.embedded = len(todo)
        return _Planned(result, record, ids, texts, metas, todo,
                        seconds_left=self.file_seconds - self.reader.spent, drop=tuple(drop))

    def _version_of(self, doc: ParsedDocument, doc_id: str, existing: DocRecord | None, here: str,
                    drop: list[str], gone: dict[str, DocRecord]) -> DocRecord | IngestResult | None:
        """A file not loaded before whose document (kind, number, date, issuer) is loaded from another file is that
        document's new version: the loaded record it replaces under its id; with --id it stands under the id asked
        for and the other is added to `drop`. When the loaded file was edited later, the file is an older version:
        an "older" result, nothing loaded (a folder of old copies loaded again never brings a stale text back); when the
        loaded file was chosen with --id, an "unchosen" one, whatever the times (the admin's choice stands). When the
        loaded version's file is `gone` from the folder named, this file replaces it whatever its time: deleting the
        newer copy brings the one left back in the same run, rather than the document vanishing until a second run."""
        key = identity(doc.meta)
        if key is None or key in self._versions:
            return None  # two files of this run: each stays what it is
        self._versions.add(key)
        if existing is not None and existing.path in ("", here):
            return None  # the same file again
        other = same_document(self.store.records().values(), key, doc_id)
        if other is None or other.doc_id in drop:
            return None
        if self._forced:
            drop.append(other.doc_id)
            return None
        if other.doc_id in gone:
            return other
        if other.chosen or stored_modified(other) > modified(here):
            return IngestResult(doc_id, Path(here).name, "unchosen" if other.chosen else "older", title=doc.meta.title,
                                kind=doc.meta.kind, duplicate_of=other.doc_id, newer=other.path or other.source,
                                file=here)
        return other

    def _lookup(self, keys: list[str], inputs: list[str]) -> dict[str, str]:
        """Inputs whose vectors are neither in the store, nor in the cache, nor planned already."""
        missing = [k for k in dict.fromkeys(keys) if k not in self._known]
        if missing:
            self._known.update(self.store.vectors_for(missing))
        if self.cache:
            self._known.update(self.cache.get([k for k in missing if k not in self._known]))
        todo: dict[str, str] = {}
        for key, text in zip(keys, inputs):
            if key not in self._known:
                todo.setdefault(key, text)
                self._known[key] = None  # type: ignore[assignment]  # claimed: embedded once, by this document
        return todo

    def _embed(self, item: _Planned, tick: Callable[[int], None] | None, done: int = 0) -> int:
        """Embed a document's new inputs batch by batch; each batch goes to the cache at once,
        so a killed run resumes where it stopped. The run's first batches are small (FIRST_BATCH passages,
        doubling up to self.batch; `done`: passages the run embedded before), so that the progress bar moves
        within seconds of the start, not after a whole batch. Past the file's time limit (what its reading left of
        TROLY_MAX_FILE_SECONDS) it stops with IngestError; a batch is no larger than the time left lets it be, at the
        pace of the batches before, so the limit is passed by little (the first batch's time at most).
        Returns the run's count with this document's."""
        keys, texts = list(item.todo.keys()), list(item.todo.values())
        start = 0
        began = time.perf_counter()
        deadline = began + item.seconds_left
        while start < len(keys):
            now = time.perf_counter()
            if now > deadline:  # the vectors made so far stay in the cache: a run again goes on from them
                raise IngestError(t("ingest.input.too_slow_embed", seconds=self.file_seconds, done=start,
                                    total=len(keys)))
            size = min(self.batch, max(FIRST_BATCH, done + start))
            if start:
                size = max(1, min(size, int((deadline - now) / ((now - began) / start))))
            part = texts[start:start + size]
            fresh = dict(zip(keys[start:start + size], self.embeddings.embed_passages(part, batch=self.batch)))
            self._known.update(fresh)
            if self.cache:
                self.cache.put(fresh)
            if tick:
                tick(len(part))
            start += size
        return done + len(keys)
