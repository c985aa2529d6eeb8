"""Paths named by the user → the files to ingest, each with its document id.

A folder is walked without following links that leave it (a link to /etc/passwd is reported,
never read); a file inside a folder is known by its path relative to that folder, so two files
with the same name in different sub-folders stay two documents. (Whether that id is free in the
store — another file of the same name loaded before — is the writer's to decide: vectorstore/writer.py.)"""
from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path

from ingest.readers import SUPPORTED_SUFFIXES
from troly.texts import os_reason, t


# Word and Excel keep "~$ke-hoach.docx" (who has it open) beside a document open in them: not a document
OFFICE_OWNER_FILE = "~$"


@dataclass(frozen=True)
class Found:
    path: Path
    doc_id: str
    error: str | None = None  # why the file is skipped without being read
    root: Path | None = None  # the folder named whose walk found it; None for a file named itself

    @property
    def unread_folder(self) -> bool:
        """A folder of the walk that could not be listed: the files in it are unknown, not gone."""
        return self.doc_id.endswith("/")


def _walk(folder: Path, skipped: list[str]) -> list[Found]:
    root = folder.resolve()
    found: list[Found] = []

    def unreadable(exc: OSError) -> None:  # a folder os.walk cannot list: said, not passed over in silence
        where = Path(exc.filename or folder)
        name = folder.name if where == folder else where.relative_to(folder).as_posix()
        found.append(Found(where, name + "/", t("ingest.input.folder_unreadable", reason=os_reason(exc, reading=True)),
                           folder))

    for dirpath, dirnames, filenames in os.walk(folder, onerror=unreadable, followlinks=False):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            path = Path(dirpath) / name
            if name.startswith((".", OFFICE_OWNER_FILE)):  # hidden; Word's lock beside a document open in it
                continue
            doc_id = path.relative_to(folder).as_posix()
            if path.suffix.lower() not in SUPPORTED_SUFFIXES:
                skipped.append(doc_id)  # an old .doc, a picture: said, so that none goes missing unseen
                continue
            if path.is_symlink() and not inside(str(path.resolve()), str(root)):
                found.append(Found(path, doc_id, t("ingest.input.symlink_outside", target=path.resolve()), folder))
            else:
                found.append(Found(path, doc_id, root=folder))
    return found


def expand_paths(paths: Iterable[Path], skipped: list[str] | None = None) -> list[Found]:
    """Files named (id: their name), and supported files inside folders named, recursively and
    sorted (id: their path inside the folder); the other files of those folders go to `skipped`."""
    out: list[Found] = []
    skipped = [] if skipped is None else skipped
    for path in paths:
        out.extend(_walk(path, skipped) if path.is_dir() else [Found(path, path.name)])
    return _once(out)


def location(path: Path) -> str:
    """A path as documents record where they came from: absolute, normalised, links not followed (a link
    to another file of a folder counts as a file of its own)."""
    return os.path.normpath(os.path.abspath(path))


def inside(path: str, folder: str) -> bool:
    """`path` is `folder` or lies in it (both as location() gives them)."""
    return path == folder or path.startswith(folder.rstrip(os.sep) + os.sep)


def _once(found: list[Found]) -> list[Found]:
    """Each file once, as first named: a file given twice (`kh.txt kh.txt`, or a folder and a file in it)
    is one document, not a second file claiming the same id; named both alone and in a folder, it is a file of
    that folder. Paths compared as written, links not followed: a link to another file of a folder still counts
    as a file of its own."""
    seen: dict[str, int] = {}
    out: list[Found] = []
    for item in found:
        key = location(item.path)
        if key not in seen:
            seen[key] = len(out)
            out.append(item)
        elif item.root is not None and out[seen[key]].root is None:
            out[seen[key]] = replace(out[seen[key]], root=item.root)
    return out
