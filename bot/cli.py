"""The `troly` command line. Every command prints Vietnamese text, or one JSON object with --json."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Callable

from troly.texts import t

Handler = Callable[[argparse.Namespace], int]


def _print_json(obj: object) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False) + "\n")
    sys.stdout.flush()


def _assistant():
    from bot.answer.service import Assistant

    return Assistant()


def _filters(args: argparse.Namespace):
    from vectorstore.search import Filters

    return Filters(doc=getattr(args, "doc", None), kind=getattr(args, "kind", None), year=getattr(args, "year", None))


def _questions(args: argparse.Namespace) -> list[str]:
    if args.batch:
        try:
            lines = Path(args.batch).read_text(encoding="utf-8-sig").splitlines()
        except OSError as exc:
            raise SystemExit(f"Không đọc được tệp câu hỏi {args.batch}: {exc.strerror or exc}")
        return [line.strip() for line in lines if line.strip()]
    if not args.question:
        raise SystemExit("Hãy nhập câu hỏi, hoặc dùng --batch TỆP.")
    return [" ".join(args.question)]


# ---- ingest and documents ---------------------------------------------------------------
def cmd_ingest(args: argparse.Namespace) -> int:
    from tqdm import tqdm

    from ingest.errors import IngestError

    assistant = _assistant()
    bars: list[tqdm] = []

    def progress(total: int):
        # Every step drawn (a few hundred at most): the bar shows where a long ingest stands.
        bar = tqdm(total=total, desc=t("ingest.progress"), unit="đoạn", file=sys.stderr, leave=False,
                   mininterval=0, miniters=1)
        bars.append(bar)
        return bar.update

    try:
        report = assistant.ingest([Path(p) for p in args.paths], doc_id=args.id,
                                  progress=None if args.json else progress)
    except IngestError as exc:
        raise SystemExit(str(exc))
    for bar in bars:
        bar.close()
    if args.json:
        _print_json(report.to_json())
    else:
        if not report.documents:
            print(t("ingest.no_files"))
        for d in report.documents:
            label = t(f"ingest.{d.status}")
            line = f"[{label}] {d.id}"
            if d.status == "failed":
                line += f": {d.error}"
            elif d.status == "duplicate":
                line += f" ({t('ingest.duplicate_of', id=d.duplicate_of)})"
            else:
                line += f" — {d.title[:90]} ({t('ingest.chunks', n=d.chunks)})"
            print(line)
        counts = {s: sum(1 for d in report.documents if d.status == s)
                  for s in ("added", "updated", "unchanged", "duplicate", "failed")}
        print(t("ingest.summary", files=len(report.documents), seconds=report.seconds, **counts))
    return 1 if report.failed or not report.documents else 0


def cmd_docs(args: argparse.Namespace) -> int:
    records = _assistant().documents()
    if args.json:
        _print_json({"documents": [r.summary() for r in records]})
        return 0
    if not records:
        print(t("docs.empty"))
    for r in records:
        print(f"{r.doc_id}  [{r.kind or '?'}] {r.title[:100]}\n    nguồn: {r.source} · {r.chunks} đoạn · nạp lúc {r.ingested_at}")
    return 0


def cmd_remove(args: argparse.Namespace) -> int:
    ok = _assistant().remove(args.id)
    if args.json:
        _print_json({"id": args.id, "removed": ok})
    else:
        print(t("docs.removed" if ok else "docs.not_found", id=args.id))
    return 0 if ok else 1


def cmd_show(args: argparse.Namespace) -> int:
    record = _assistant().store.get(args.id)
    if record is None:
        print(t("docs.not_found", id=args.id), file=sys.stderr)
        return 1
    if args.json:
        _print_json({"id": record.doc_id, "title": record.title, "kind": record.kind, "meta": record.meta,
                     "glossary": record.glossary, "outline": record.outline, "chunks": record.chunks})
        return 0
    print(record.title)
    for key, label in (("number", "Số"), ("date", "Ngày"), ("issuer", "Cơ quan ban hành"), ("signer", "Người ký")):
        if record.meta.get(key):
            print(f"{label}: {record.meta[key]}")
    if record.meta.get("implements"):
        print("Thực hiện: " + "; ".join(record.meta["implements"]))
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
def cmd_search(args: argparse.Namespace) -> int:
    assistant = _assistant()
    filters = _filters(args)
    for question in _questions(args):
        passages = assistant.search(question, k=args.k, filters=filters)
        if args.json:
            _print_json({"question": question, "results": [p.to_json() for p in passages]})
            continue
        print(f"❓ {question}")
        for i, p in enumerate(passages, 1):
            print(f"[{i}] {p.document[:80]} › {p.section[:80]}  ({p.score:.3f})\n    {p.text[:300]}")
        print()
    return 0


def cmd_ask(args: argparse.Namespace) -> int:
    from bot.channels.render import render_answer_text

    assistant = _assistant()
    filters = _filters(args)
    for question in _questions(args):
        answer = assistant.ask(question, filters=filters)
        if args.json:
            _print_json(answer.to_json())
        else:
            print(render_answer_text(answer))
            print()
    return 0


def cmd_obligations(args: argparse.Namespace) -> int:
    from bot.channels.render import render_obligations

    groups = _assistant().answer_context.obligations.by_actor(args.actor)
    if args.json:
        _print_json({"actor": args.actor, "groups": [
            {"actor": name, "documents": sorted({o.doc_id for o in items}),
             "obligations": [o.to_json() for o in items]} for name, items in groups.items()]})
    else:
        print(render_obligations(groups, args.actor))
    return 0


def cmd_deadlines(args: argparse.Namespace) -> int:
    from bot.channels.render import render_deadlines

    items = _assistant().answer_context.obligations.deadlines()
    if args.json:
        _print_json({"deadlines": [o.to_json() for o in items]})
    else:
        print(render_deadlines(items))
    return 0


def cmd_config(args: argparse.Namespace) -> int:
    from troly.config import get_settings

    settings = get_settings().public_dict()
    if args.json:
        _print_json(settings)
    else:
        for key, value in settings.items():
            print(f"TROLY_{key.upper()}={'' if value is None else value}")
    return 0


def _add_filters(p: argparse.ArgumentParser) -> None:
    p.add_argument("--doc", help="chỉ tìm trong văn bản có mã này")
    p.add_argument("--kind", help="chỉ tìm trong loại văn bản này (vd. \"Kế hoạch\")")
    p.add_argument("--year", type=int, help="chỉ tìm trong văn bản ban hành năm này")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="troly", description="Trợ lý văn bản: hỏi đáp có trích dẫn về văn bản chỉ đạo.")
    sub = parser.add_subparsers(dest="command", required=True, metavar="LỆNH")

    def add(name: str, handler: Handler, help_text: str, json_flag: bool = True) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text, description=help_text)
        if json_flag:
            p.add_argument("--json", action="store_true", help="in kết quả dạng JSON")
        p.set_defaults(handler=handler)
        return p

    p = add("ingest", cmd_ingest, "nạp tệp hoặc thư mục (.txt .md .docx .pdf .html)")
    p.add_argument("paths", nargs="+", help="tệp hoặc thư mục")
    p.add_argument("--id", help="mã văn bản (mặc định: tên tệp); chỉ khi nạp một tệp")
    add("docs", cmd_docs, "liệt kê các văn bản đã nạp")
    p = add("remove", cmd_remove, "xóa một văn bản khỏi kho")
    p.add_argument("id")
    p = add("show", cmd_show, "xem thông tin và dàn ý của một văn bản")
    p.add_argument("id")

    p = add("search", cmd_search, "tìm các đoạn liên quan tới câu hỏi")
    p.add_argument("question", nargs="*")
    p.add_argument("--k", type=int, default=10, help="số đoạn trả về (mặc định 10)")
    p.add_argument("--batch", help="tệp câu hỏi, mỗi dòng một câu")
    _add_filters(p)
    p = add("ask", cmd_ask, "trả lời câu hỏi, có trích dẫn nguồn")
    p.add_argument("question", nargs="*")
    p.add_argument("--batch", help="tệp câu hỏi, mỗi dòng một câu")
    _add_filters(p)
    p = add("obligations", cmd_obligations, "nhiệm vụ, báo cáo, thời hạn, chỉ tiêu trích từ các văn bản, theo đơn vị")
    p.add_argument("--actor", help="chỉ của đơn vị này (hiểu viết tắt, không dấu: CĐCS, cong doan co so)")
    add("deadlines", cmd_deadlines, "các thời hạn, mốc thời gian và chỉ tiêu, theo thời gian")
    from bot.channels.registry import add_commands

    add_commands(add)  # chat, telegram, zalo, bots: one per channel of the registry
    add("config", cmd_config, "in cấu hình đang dùng")
    return parser


def main(argv: list[str] | None = None) -> int:
    if hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(encoding="utf-8")
    args = build_parser().parse_args(argv)
    try:
        return args.handler(args)
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # a clear message rather than a traceback
        from vectorstore.store import StoreError

        if isinstance(exc, (StoreError, ValueError)):
            print(f"Lỗi: {exc}", file=sys.stderr)
            return 2
        raise


if __name__ == "__main__":
    raise SystemExit(main())
