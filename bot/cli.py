"""The `troly` command line. Every command prints Vietnamese text; those with --json print JSON instead.
Every text it shows, argparse's own included, comes from prompts/."""
from __future__ import annotations

import argparse
import difflib
import json
import logging
import os
import re
import sys
import textwrap
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable

from bot.channels.registry import add_commands
from bot.cli_parser import Parser, UsageError, vietnamese_argparse
from bot.progress import LOG_EVERY, LogProgress, every
from troly import tables
from troly.texts import os_reason, t

if TYPE_CHECKING:
    from datetime import date

    from bot.answer.obligations import DocObligation, Timeline
    from bot.answer.service import Assistant
    from vectorstore.search import Filters
    from vectorstore.store import DocRecord

Handler = Callable[[argparse.Namespace], int]
TITLE_CHARS = 90
SKIPPED_SHOWN = 5  # names of skipped files printed; the count says how many in all
DOCS_NAMED = 8  # documents a message names: of a --doc, show or remove matching none or several; of a stopped ingest


class CliError(Exception):
    """A message for the user (already in Vietnamese); the command exits with `code`."""

    def __init__(self, message: str, code: int = 2) -> None:
        super().__init__(message)
        self.code = code


def _print_json(obj: object) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False) + "\n")
    sys.stdout.flush()


def _short(text: str, width: int = TITLE_CHARS) -> str:
    """Text on one line, cut at a word boundary with "…" when longer than width."""
    return textwrap.shorten(text, width, placeholder=" …")


@contextmanager
def _assistant() -> Iterator["Assistant"]:
    """The answer service over the configured store, closed when the command ends."""
    from bot.answer.service import Assistant
    from troly.config import get_settings

    with Assistant(get_settings()) as assistant:
        yield assistant


def _require_documents(assistant: "Assistant") -> None:
    if not assistant.store.records():
        raise CliError(t("cli.no_documents"), code=1)


def _filters(args: argparse.Namespace, assistant: "Assistant"):
    """--doc, --kind and --year; one that no loaded document matches is an error saying what there is,
    not an empty answer."""
    from troly.vntext import fold
    from vectorstore.search import Filters

    records = assistant.documents()
    doc, kind, year = getattr(args, "doc", None), getattr(args, "kind", None), getattr(args, "year", None)
    if doc:
        doc = _resolve_doc(doc, assistant)
    kinds = sorted({r.kind for r in records if r.kind})
    if kind and fold(kind) not in {fold(k) for k in kinds}:
        raise CliError(t("cli.unknown_kind", kind=kind, kinds=", ".join(kinds) or "—"), code=1)
    years = sorted({int(r.meta["date"][:4]) for r in records if r.meta.get("date")})
    if year and year not in years:
        raise CliError(t("cli.unknown_year", year=year, years=", ".join(map(str, years))) if years
                       else t("cli.no_years", year=year), code=1)
    return Filters(doc=doc, kind=kind, year=year)


def _resolve_doc(given: str, assistant: "Assistant", missing_ok: bool = False) -> str:
    """The id a `--doc`, `show` or `remove` value means: an id, a unique prefix of one, a number
    ("773/QĐ-TTg"), or a name as questions name documents ("KL 51", "Lâm Đồng"). An ambiguous one is an error
    naming the matches; an unknown one is "no such document" (exit 1) naming what there is, or "" when
    `missing_ok`."""
    matches = assistant.match_documents(given)
    if len(matches) == 1:
        return matches[0].doc_id
    if matches:
        shown = ", ".join(r.doc_id for r in matches[:DOCS_NAMED])
        if len(matches) > DOCS_NAMED:
            shown += " " + t("cli.more_docs", n=len(matches) - DOCS_NAMED)
        raise CliError(t("cli.ambiguous_doc", doc=given, matches=shown), code=1)
    if missing_ok:
        return ""
    raise CliError(_unknown_doc(given, assistant.documents()), code=1)


def _unknown_doc(given: str, records: list[DocRecord]) -> str:
    """"No such document", naming what there is: every document when there are few, else the ids closest to
    what was typed (a line naming hundreds of documents would bury the answer)."""
    def named(chosen: list[DocRecord]) -> str:
        return "; ".join(f"{r.doc_id} ({r.label})" for r in chosen)

    if not records:
        return t("cli.unknown_doc_none_loaded", doc=given)
    if len(records) <= DOCS_NAMED:
        return t("cli.unknown_doc", doc=given, loaded=named(records))
    by_id = {r.doc_id: r for r in records}
    close = difflib.get_close_matches(given, list(by_id), n=3, cutoff=0.5)
    if close:
        return t("cli.unknown_doc_close", doc=given, n=len(records), close=named([by_id[c] for c in close]))
    return t("cli.unknown_doc_many", doc=given, n=len(records))


def _questions(args: argparse.Namespace) -> Iterable[str]:
    if args.batch == "-":  # a long-running reader: each line answered as it arrives
        return (line.strip() for line in sys.stdin if line.strip())
    if args.batch:
        try:
            lines = Path(args.batch).read_text(encoding="utf-8-sig").splitlines()
        except OSError as exc:
            raise CliError(t("cli.batch_unreadable", path=args.batch, reason=os_reason(exc, reading=True)))
        return [line.strip() for line in lines if line.strip()]
    question = " ".join(" ".join(args.question).split())
    if not question:  # none given, or only blanks (`troly ask ""`)
        raise CliError(t("cli.no_question"))
    return [question]


# ---- ingest and documents ---------------------------------------------------------------
def _redraw(bars: list) -> None:
    """Redraw the newest progress bar (every second: its elapsed time moves while one long step, reading a large
    file, gives it no tick, and the user sees the work is going on)."""
    if bars:
        bars[-1].refresh()


def cmd_ingest(args: argparse.Namespace) -> int:
    from tqdm import tqdm

    from ingest.errors import IngestError

    paths = [Path(p) for p in args.paths]
    for path in paths:  # a folder named like a file is almost always a mistake
        if path.is_dir() and path.suffix:
            raise CliError(t("cli.folder_named_like_file", path=path), code=1)
    bars: list[tqdm] = []

    def progress(total: int, stage: str):
        for done in bars:  # the stage before is over: the new bar takes its line
            done.close()
        bar = tqdm(total=total, desc=t(f"ingest.progress_{stage}"), unit=t(f"cli.unit_{stage}"), file=sys.stderr,
                   leave=False, mininterval=0, miniters=1)
        bars.append(bar)

        def tick(n: int, name: str = "") -> None:
            if name:  # the file being read, redrawn at once
                bar.set_postfix_str(name)
            bar.update(n)

        return tick

    shown = not args.json and sys.stderr.isatty()  # a log file or a pipe gets the report, not redrawn bars,
    logged = LogProgress(sys.stderr)  # but a plain line of progress now and then while a long run goes on
    with _assistant() as assistant, every(1.0, lambda: _redraw(bars)), \
            every(LOG_EVERY, logged.write) if not (shown or args.json) else nullcontext():
        before = _stored(assistant)
        try:
            report = assistant.ingest(paths, doc_id=args.id, progress=progress if shown else None if args.json
                                      else logged, keep_missing=args.keep_missing)
        except IngestError as exc:  # --id with more than one file: a usage error
            raise CliError(str(exc))
        except KeyboardInterrupt:  # what was kept and what to do, not a silent exit
            raise CliError(t("ingest.interrupted", saved=_saved_since(before, assistant)), code=130) from None
        finally:
            for bar in bars:
                bar.close()
    if args.json:
        _print_json(report.to_json())
    else:
        if report.message:
            print(report.message)
        for line in report.lines(TITLE_CHARS):
            print(line)
        for gone, status in [*((g, "removed") for g in report.removed), *((g, "kept") for g in report.kept)]:
            how = t("ingest.file_gone", path=gone.path)
            line = "ingest.held_line" if gone.empty_folder else f"ingest.{status}_line"
            print(t(line, status=t(f"ingest.{status}"), id=gone.id, title=_short(gone.title), how=how,
                    folder=gone.empty_folder))
        if report.skipped and report.documents:  # with none loaded, no_files already says so
            shown = ", ".join(report.skipped[:SKIPPED_SHOWN]) + (" …" if len(report.skipped) > SKIPPED_SHOWN else "")
            print(t("ingest.skipped_line", n=len(report.skipped), files=shown))
        if report.reread_line:
            print(report.reread_line)
        for advice in report.advice:  # an old .doc in the folder: how to have it loaded
            print(t("ingest.warning_line", warning=advice))
        counts = {s: sum(1 for d in report.documents if d.status == s)
                  for s in ("added", "updated", "unchanged", "duplicate", "failed")}
        counts["unchanged"] += sum(1 for d in report.documents if d.status == "reread")  # their words unchanged
        renamed = sum(1 for d in report.documents if d.status in ("renamed", "moved"))
        older, unchosen = (sum(1 for d in report.documents if d.status == s) for s in ("older", "unchosen"))
        print(t("ingest.summary", files=len(report.documents), seconds=report.seconds, **counts)
              + (t("ingest.summary_renamed", n=renamed) if renamed else "")
              + (t("ingest.summary_older", n=older) if older else "")
              + (t("ingest.summary_unchosen", n=unchosen) if unchosen else "")
              + (t("ingest.summary_removed", n=len(report.removed)) if report.removed else ""))
    return 1 if report.failed or not (report.documents or report.removed) else 0


def _stored(assistant: "Assistant") -> dict[str, tuple[str, str]]:
    """Each stored document's id with what changes when a run saves it anew (its words, when it was saved)."""
    return {r.doc_id: (r.content_hash, r.ingested_at) for r in assistant.store.records().values()}


def _saved_since(before: dict[str, tuple[str, str]], assistant: "Assistant") -> str:
    """What an interrupted ingest had saved: the documents it added or updated, by id (the report listing them is
    never printed), so that the admin knows which are in without reading `troly docs` against the folder."""
    try:
        saved = [doc_id for doc_id, stamp in _stored(assistant).items() if before.get(doc_id) != stamp]
    except (Exception, KeyboardInterrupt):  # a second Ctrl-C, or the store unreadable: the rest of the message stands
        return ""
    if not saved:
        return t("ingest.interrupted_none")
    ids = ", ".join(saved[:DOCS_NAMED])
    if len(saved) > DOCS_NAMED:
        ids += " " + t("cli.more_docs", n=len(saved) - DOCS_NAMED)
    return t("ingest.interrupted_saved", n=len(saved), ids=ids)


def cmd_docs(args: argparse.Namespace) -> int:
    with _assistant() as assistant:
        records = assistant.documents()
        where = assistant.settings.chroma_url or assistant.settings.data_dir
    if args.json:
        _print_json({"documents": [r.summary() for r in records]})
        return 0
    if not records:  # which store was looked in: a mistyped TROLY_DATA_DIR is an empty new one
        print(t("cli.docs_empty", where=where))
    for r in records:
        issuer, headline = r.meta.get("issuer", ""), r.headline
        print(t("cli.docs_line", id=r.doc_id, kind=r.kind or t("cli.kind_unknown"), title=r.label,
                issuer=t("cli.docs_issuer", issuer=issuer) if issuer else "",
                headline=t("cli.docs_headline", headline=headline) if headline else "",
                source=_shown_path(r.path) if r.path else r.source, chunks=r.chunks, when=_when(r.ingested_at)))
    return 0


def _shown_path(path: str) -> str:
    """A document's file as `troly docs` lists it: its path (a version loaded from another folder keeps the id of
    the first file, often its name too), below the current folder from there, else below the home folder "~/…"."""
    for base, shown in ((Path.cwd(), ""), (Path.home(), "~")):
        try:
            relative = Path(path).relative_to(base)
        except ValueError:
            continue
        return str(Path(shown, relative)) if shown else str(relative)
    return path


def _when(stamp: str) -> str:
    """A stored ISO time ("2026-12-01T13:23:05") as a Vietnamese reader writes it ("13:23 01/12/2026")."""
    from datetime import datetime

    try:
        return datetime.fromisoformat(stamp).strftime(t("cli.docs_when"))
    except ValueError:  # no time stored
        return stamp


def cmd_remove(args: argparse.Namespace) -> int:
    with _assistant() as assistant:  # by its whole id or number; --json reports an unknown one
        exact = assistant.match_documents(args.id, exact=True)
        doc_id = exact[0].doc_id if len(exact) == 1 else _resolve_doc(args.id, assistant, missing_ok=args.json)
        record = assistant.store.get(doc_id) if doc_id else None
        if record is not None and not exact and not _asking(args):  # "KH 12", "004_f": named, never taken unasked
            raise CliError(t("cli.remove_not_exact", doc=args.id, id=record.doc_id, title=record.label), code=1)
        if record is not None and not _removal_confirmed(args, record):
            print(t("docs.remove_cancelled", id=record.doc_id))
            return 1
        ok = record is not None and assistant.remove(doc_id)
    if args.json:
        _print_json({"id": doc_id or args.id, "removed": ok})
    elif ok:  # named which one went (a name "KH 12" stands for an id), and how to have it back
        print(t("docs.removed", id=doc_id, title=record.label))
        if record.path:
            again = record.path if Path(record.path).name == doc_id else f"--id {doc_id} {record.path}"
            print(t("docs.load_again", command=f"troly ingest {again}"))
    else:  # another process removed it meanwhile
        print(t("cli.not_found", id=args.id))
    return 0 if ok else 1


def _asking(args: argparse.Namespace) -> bool:
    """Whether `troly remove` asks before removing: typed at a terminal, without --yes or --json. A script, a
    pipe or --yes removes without asking, so only by a whole id or number."""
    return not (args.yes or args.json or not sys.stdin.isatty())


def _removal_confirmed(args: argparse.Namespace, record: "DocRecord") -> bool:
    """Asked on a terminal, naming the document: a mistyped number or name must not remove another one at once."""
    if not _asking(args):
        return True
    question = t("docs.remove_confirm", id=record.doc_id, title=record.label, chunks=record.chunks,
                 source=record.path or record.source)
    try:
        answer = input(question)
    except EOFError:
        return False
    return answer.strip().lower() in tables.toml("confirm_words.toml")["yes"]


def cmd_show(args: argparse.Namespace) -> int:
    from bot.answer.signatures import capacity
    with _assistant() as assistant:
        record = assistant.store.get(_resolve_doc(args.id, assistant))
    if record is None:  # removed by another process meanwhile
        raise CliError(t("cli.not_found", id=args.id), code=1)
    if args.json:
        _print_json({"id": record.doc_id, "title": record.title, "kind": record.kind, "meta": record.meta,
                     "glossary": record.glossary, "outline": record.outline, "chunks": record.chunks,
                     "path": record.path, "folder": record.folder})
        return 0
    print(record.title)  # then what --json holds, as an admin checks what was read from the file
    print(t("cli.show_line", id=record.doc_id, kind=record.kind or t("cli.kind_unknown"), source=record.source,
            chunks=record.chunks))
    if record.path:  # which file it is (two files of one name are two documents) and the folder it follows
        print(t("cli.show_folder" if record.folder else "cli.show_path", path=record.path, folder=record.folder))
    meta = dict(record.meta)
    if meta.get("signer") and meta.get("signer_role"):
        # the signer in what capacity, said in words ("…, Phó Chủ tịch, ký thay Chủ tịch, thay mặt …"), the role as
        # printed on a line of its own; one read by an older troly, and those signing side by side, each with their
        # role as printed (as an answer quotes them)
        first = meta["signer"] + capacity(meta["signing"]) if meta.get("signing") and not meta.get("cosigners") \
            else f"{meta['signer']} ({meta.pop('signer_role')})"
        meta["signer"] = [first, *(f"{name} ({role})" for name, role in meta.get("cosigners", []))]
    if meta.get("co_issuers"):
        meta["issuer"] = [meta["issuer"], *meta["co_issuers"]]
    meta["glossary"] = [f"{short} = {long}" for short, long in record.glossary.items()]
    for key in ("short_title", "number", "date", "issuer", "parent", "place", "subject", "signer", "signer_role",
                "implements", "recipients", "part_of", "glossary"):
        value = meta.get(key)
        if value:
            print(f"{t(f'cli.meta_{key}')}: " + ("; ".join(value) if isinstance(value, list) else str(value)))
    print()
    shown: set[tuple[str, ...]] = set()
    for path in record.outline:
        parts = tuple(path.split(" › "))
        for depth in range(1, len(parts) + 1):
            if parts[:depth] not in shown:  # every heading once, ancestors before their children
                shown.add(parts[:depth])
                print("  " * (depth - 1) + parts[depth - 1])
    return 0


# ---- questions --------------------------------------------------------------------------
def _each_question(args: argparse.Namespace, reply: Callable[[Assistant, str, Filters | None], None]) -> int:
    """Each question of the command line (or of --batch) replied to over the loaded documents, with the command's
    filters: what `search` and `ask` share."""
    questions = _questions(args)
    with _assistant() as assistant:
        _require_documents(assistant)
        filters = _filters(args, assistant)
        for question in questions:
            reply(assistant, question, filters)
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    from bot.answer.model import citation_header, lead_prefix

    def found(assistant: Assistant, question: str, filters: Filters | None) -> None:
        passages = assistant.search(question, k=args.k, filters=filters)
        if args.json:
            _print_json({"question": question, "results": [p.to_json() for p in passages]})
            return
        print(f"❓ {question}")
        if not passages:
            print(t("cli.search_none"))
        for i, p in enumerate(passages, 1):
            print(f"[{i}] {citation_header(p)}  {t('cli.search_scores', meaning=p.score, words=p.lexical)}\n"
                  f"    {lead_prefix(p)}{_short(p.text, 300)}")
        print(flush=True)  # a reader of --batch - gets each answer as it is made

    return _each_question(args, found)


def cmd_ask(args: argparse.Namespace) -> int:
    from bot.channels.render import render_answer_text, understood

    def answered(assistant: Assistant, question: str, filters: Filters | None) -> None:
        answer = assistant.ask(question, filters=filters)
        if args.json:
            _print_json(answer.to_json())
            return
        if args.batch:  # many answers in a row: each says which question it answers
            print(f"❓ {question}")
        note = understood(question, answer)  # "Hiểu là: …", as the chat shows it
        if note:
            print(note)
        print(render_answer_text(answer))
        print(flush=True)  # a reader of --batch - gets each answer as it is made

    return _each_question(args, answered)


def _today():
    from troly.config import get_settings

    return get_settings().current_date()


def _check_actor(index, actor: str | None) -> None:
    """An --actor that no loaded document names (ObligationIndex.recognises) is an error, not an empty list."""
    if actor and not index.recognises(actor):
        raise CliError(t("obligations.unknown_actor", actor=actor), code=1)


def _export(write: Callable[[Path], object], path: str) -> object:
    """Write an export file; a path that cannot be written is a message, not a traceback."""
    try:
        return write(Path(path))
    except OSError as exc:
        raise CliError(t("cli.export_failed", path=path, reason=os_reason(exc)), code=1)


def cmd_obligations(args: argparse.Namespace) -> int:
    from bot.channels.render import render_obligations

    with _assistant() as assistant:
        _require_documents(assistant)
        index = assistant.answer_context.obligations
        doc = _resolve_doc(args.doc, assistant) if args.doc else None
    _check_actor(index, args.actor)
    items = index.select(args.actor, doc, args.kind)
    if args.xlsx or args.csv:
        from bot.answer.exports import write_csv, write_xlsx

        for path, write in ((args.xlsx, write_xlsx), (args.csv, write_csv)):
            if path:
                _export(lambda target: write(items, target), path)
                print(t("obligations.exported", n=len(items), path=path), file=sys.stderr)
        return 0
    if args.json:
        _print_json({"obligations": [o.to_json() for o in items]})
    elif not items and (doc or args.kind or args.actor):  # the documents have some, just none of these
        print(t("obligations.none_matching", chosen=_chosen(args, "actor", "doc", "kind")))
    else:
        print(render_obligations(index.by_actor(args.actor, doc, args.kind), args.actor, _today()))
    return 0


def _chosen(args: argparse.Namespace, *names: str) -> str:
    """The filters given: "--actor «Ban Tuyên giáo», --kind «báo cáo»" (none of another command's; a kind by the
    name the list prints it by, however it was typed)."""
    from bot.answer.obligations import kind_name

    def shown(name: str) -> str:
        return kind_name(args.kind) if name == "kind" else getattr(args, name)

    return ", ".join(f"--{name.removesuffix('_date').replace('_', '-')} «{shown(name)}»"
                     for name in names if getattr(args, name))


def _recurring_json(o: DocObligation, timeline: Timeline, today: date) -> dict:
    """A recurring item, with when it falls due next (the day it names, else the end of its current
    period; in a window, its first time there) and how far off that is."""
    upcoming = timeline.next_time(o, today)
    return {**o.to_json(), "next_due": upcoming.isoformat(), "days_left": (upcoming - today).days}


def cmd_deadlines(args: argparse.Namespace) -> int:
    from datetime import date

    from bot.channels.render import render_deadlines

    start = date.fromisoformat(args.from_date) if args.from_date else None
    end = date.fromisoformat(args.to_date) if args.to_date else None
    if start and end and start > end:  # would silently list no dated item at all
        raise CliError(t("cli.dates_reversed", start=args.from_date, end=args.to_date))
    with _assistant() as assistant:
        _require_documents(assistant)
        index = assistant.answer_context.obligations
    _check_actor(index, args.actor)
    today = _today()
    timeline = index.timeline(args.actor, start, end, today)
    if args.ics:
        from bot.answer.exports import write_ics

        n = _export(lambda target: write_ics(timeline, target, year=today.year), args.ics)
        print(t("obligations.exported", n=n, path=args.ics), file=sys.stderr)
        return 0
    if args.json:
        _print_json({"today": today.isoformat(),
                     "dated": [{**o.to_json(), "days_left": (day - today).days} for o, day in timeline.dated],
                     "recurring": [_recurring_json(o, timeline, today) for o in timeline.recurring],
                     "undated": [o.to_json() for o in timeline.undated]})
    elif not len(timeline) and (args.actor or start or end):
        print(t("obligations.none_matching", chosen=_chosen(args, "actor", "from_date", "to_date")))
    else:
        print(render_deadlines(timeline, today))
    return 0


def cmd_config(args: argparse.Namespace) -> int:
    from troly.config import get_settings

    settings = get_settings().public_dict()
    if args.json:
        _print_json(settings)
    else:
        for key, value in settings.items():  # as a .env file takes them back: lists space-separated
            shown = " ".join(map(str, value)) if isinstance(value, list) else "" if value is None else value
            print(f"TROLY_{key.upper()}={shown}")
    return 0


# ---- the parser -------------------------------------------------------------------------
def _day(value: str) -> str:
    """A --from/--to value: a real calendar day, written as Vietnamese write it (15/12/2026, 5/1/2027, 15.12.2026)
    or YYYY-MM-DD; kept as YYYY-MM-DD (argparse shows the reason of a wrong one)."""
    from datetime import date

    written = re.fullmatch(r"\s*(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{4})\s*", value)
    iso = re.fullmatch(r"\s*(\d{4})-(\d{2})-(\d{2})\s*", value)
    if not written and not iso:
        raise argparse.ArgumentTypeError(t("cli.bad_date", value=value))
    year, month, day = (written[4], written[3], written[1]) if written else (iso[1], iso[2], iso[3])
    try:
        return date(int(year), int(month), int(day)).isoformat()
    except ValueError:  # written as a day is, but no day of the calendar ("31/02/2027")
        raise argparse.ArgumentTypeError(t("cli.no_such_day", value=value)) from None


def _obligation_kind(value: str) -> str:
    """An obligations --kind value: its Vietnamese name as `troly obligations` prints it ("báo cáo", "bao cao",
    "bao-cao") or its code ("report"); the code."""
    from bot.answer.obligations import KINDS, kind_name
    from troly.vntext import fold

    typed = " ".join(fold(value).replace("-", " ").replace("_", " ").split())
    for kind in KINDS:
        if typed in (kind, fold(kind_name(kind))):
            return kind
    raise argparse.ArgumentTypeError(t("cli.bad_obligation_kind", value=value,
                                       kinds=", ".join(kind_name(k) for k in KINDS)))


def _positive(value: str) -> int:
    """A --k value: a whole number from 1 up."""
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(t("cli.bad_count", value=value))
    return number


def _given(value: str) -> str:
    """A path or an id typed empty (`troly ingest ""`, `--id ""`): refused, not read as the current folder
    (every file under it loaded) or as no id at all."""
    if not value.strip():
        raise argparse.ArgumentTypeError(t("cli.blank"))
    return value


def _use_data_dir(args: argparse.Namespace) -> None:
    """A --data-dir given becomes TROLY_DATA_DIR: the settings read it, and so do the processes a command starts
    (a bot's answer workers)."""
    from troly.config import get_settings

    if getattr(args, "data_dir", None):
        os.environ["TROLY_DATA_DIR"] = args.data_dir
        get_settings.cache_clear()


def _add_filters(p: argparse.ArgumentParser) -> None:
    p.add_argument("--doc", metavar=t("cli.mv_id"), help=t("cli.opt_doc"))
    p.add_argument("--kind", metavar=t("cli.mv_kind"), help=t("cli.opt_kind"))
    p.add_argument("--year", metavar=t("cli.mv_year"), type=int, help=t("cli.opt_year"))


def _add_questions(p: argparse.ArgumentParser) -> None:
    p.add_argument("question", nargs="*", metavar=t("cli.mv_question"), help=t("cli.arg_question"))
    p.add_argument("--batch", metavar=t("cli.mv_file"), help=t("cli.opt_batch"))
    _add_filters(p)


def _version() -> str:
    """The version the installed package declares (pyproject.toml), so that a bug report can name it."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("troly")
    except PackageNotFoundError:  # run from a source tree that was never installed
        return t("cli.version_unknown")


class _Version(argparse.Action):
    """-V: the version, looked up only when asked (importlib.metadata is no cost every command should pay)."""

    def __init__(self, option_strings: list[str], dest: str, help: str | None = None) -> None:
        super().__init__(option_strings, dest=argparse.SUPPRESS, default=argparse.SUPPRESS, nargs=0, help=help)

    def __call__(self, parser, namespace, values, option_string=None) -> None:
        print(f"troly {_version()}")
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    """The parser; build it inside vietnamese_argparse() so argparse's own phrases are Vietnamese too."""
    parser = Parser(prog="troly", description=t("cli.description"), epilog=t("cli.epilog"),
                    formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("-V", "--version", action=_Version, help=t("cli.version_flag"))
    # `troly --data-dir D ask …`: the data folder of this one command, as TROLY_DATA_DIR sets it for all
    parser.add_argument("--data-dir", type=_given, metavar=t("cli.mv_folder"), help=t("cli.data_dir_flag"))
    sub = parser.add_subparsers(dest="command", required=True, metavar=t("cli.mv_command"), title=t("cli.commands"))

    def add(name: str, handler: Handler, help_text: str, json_flag: bool = True) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text, description=help_text)
        if json_flag:
            p.add_argument("--json", action="store_true", help=t("cli.opt_json"))
        p.set_defaults(handler=handler)
        return p

    p = add("ingest", cmd_ingest, t("cli.cmd_ingest"))
    p.add_argument("paths", nargs="+", type=_given, metavar=t("cli.mv_path"), help=t("cli.arg_paths"))
    p.add_argument("--id", type=_given, metavar=t("cli.mv_id"), help=t("cli.opt_id"))
    p.add_argument("--keep-missing", action="store_true", help=t("cli.opt_keep_missing"))
    add("docs", cmd_docs, t("cli.cmd_docs"))
    p = add("remove", cmd_remove, t("cli.cmd_remove"))
    p.add_argument("id", metavar=t("cli.mv_id"), help=t("cli.arg_remove_id"))
    p.add_argument("--yes", action="store_true", help=t("cli.opt_yes"))
    p = add("show", cmd_show, t("cli.cmd_show"))
    p.add_argument("id", metavar=t("cli.mv_id"), help=t("cli.arg_id"))
    p = add("search", cmd_search, t("cli.cmd_search"))
    _add_questions(p)
    p.add_argument("--k", type=_positive, default=10, metavar=t("cli.mv_number"), help=t("cli.opt_k"))
    p = add("ask", cmd_ask, t("cli.cmd_ask"))
    _add_questions(p)
    p = add("obligations", cmd_obligations, t("cli.cmd_obligations"))
    p.add_argument("--actor", metavar=t("cli.mv_actor"), help=t("cli.opt_actor"))
    p.add_argument("--doc", metavar=t("cli.mv_id"), help=t("cli.opt_obligations_doc"))
    p.add_argument("--kind", type=_obligation_kind, metavar=t("cli.mv_kind"), help=t("cli.opt_obligations_kind"))
    p.add_argument("--xlsx", metavar=t("cli.mv_file"), help=t("cli.opt_xlsx"))
    p.add_argument("--csv", metavar=t("cli.mv_file"), help=t("cli.opt_csv"))
    p = add("deadlines", cmd_deadlines, t("cli.cmd_deadlines"))
    p.add_argument("--actor", metavar=t("cli.mv_actor"), help=t("cli.opt_actor"))
    p.add_argument("--from", dest="from_date", type=_day, metavar=t("cli.mv_date"), help=t("cli.opt_from"))
    p.add_argument("--to", dest="to_date", type=_day, metavar=t("cli.mv_date"), help=t("cli.opt_to"))
    p.add_argument("--ics", metavar=t("cli.mv_file"), help=t("cli.opt_ics"))
    add_commands(add)  # chat, telegram, zalo, bots: one per channel of the registry
    add("config", cmd_config, t("cli.cmd_config"))
    return parser


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    """`troly` typed alone is someone looking for what it does: the help, as `troly --help` gives it."""
    given = sys.argv[1:] if argv is None else argv
    with vietnamese_argparse():
        return build_parser().parse_args(given or ["--help"])


# ---- errors -----------------------------------------------------------------------------
def _check_data_dir() -> None:
    """The data folder must exist or be creatable before Chroma and the index try to use it."""
    from troly.config import get_settings

    data_dir = get_settings().data_dir
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise CliError(t("cli.data_dir_unusable", path=data_dir, reason=os_reason(exc)))


def _quiet_libraries() -> None:
    """Libraries' own warnings (pypdf's "invalid pdf header", "EOF marker not found") say in English what
    the ingest report already says in Vietnamese for that file."""
    logging.getLogger("pypdf").setLevel(logging.ERROR)


def _stdout_gone() -> int:
    """The reader of our output went away (`troly ask … | head`): stop quietly, as Unix tools do."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # stdout is not a file (captured in a test)
        pass
    return 128 + 13  # killed by SIGPIPE, by the shell's convention


def run(args: argparse.Namespace) -> int:
    from troly.config import SettingsError, get_settings
    from vectorstore.store import StoreError

    try:
        get_settings()  # every setting, TROLY_LLM too, checked before the command starts
        if args.command != "config":
            _check_data_dir()
        return args.handler(args)
    except (CliError, SettingsError) as exc:
        return _fail(str(exc), getattr(exc, "code", 2), getattr(args, "json", False))
    except (StoreError, ValueError) as exc:
        return _fail(t("cli.error", message=exc), 2, getattr(args, "json", False))
    except KeyboardInterrupt:  # Ctrl-C while the model loads or between answers: said, not a silent exit
        return _fail(t("cli.interrupted"), 130, getattr(args, "json", False))


def _fail(message: str, code: int, as_json: bool) -> int:
    """A command that cannot do its work: the message on stderr, or with --json as {"error": …} on stdout
    (where a script reads the command's JSON); `code` is the exit code."""
    if as_json:
        _print_json({"error": message})
    else:
        print(message, file=sys.stderr)
    return code


def main(argv: list[str] | None = None) -> int:
    if hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(encoding="utf-8")
    _quiet_libraries()
    try:
        args = parse_args(argv)
    except UsageError as exc:
        if "--json" in (sys.argv[1:] if argv is None else argv):
            return _fail(exc.message, 2, True)
        sys.stderr.write(exc.text)
        return 2
    _use_data_dir(args)
    try:
        code = run(args)
        sys.stdout.flush()
        return code
    except BrokenPipeError:
        return _stdout_gone()


if __name__ == "__main__":
    raise SystemExit(main())
