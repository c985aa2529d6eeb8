"""The answer side's word statistics kept in the data folder, so that a fresh process (`troly ask`, a bot
restarted) reads them in seconds instead of counting every passage again (70-150 s at 100,000 passages).

A saved copy holds what context._Built keeps in memory: the Lexicon's counts, and by document the version and
packed passages counted (so that a document removed or replaced later takes back exactly what it added) and the
words that may be abbreviations (so that a glossary changed recounts only the documents it reads otherwise). It names
the store content it was counted from, and how it was counted (FORMAT, the tables and the code that count): a copy
of another counting is never read; one of other content (another process ingested since) is not used as it is, only
brought in step document by document, as a process's own copy is, and saved again.

The file is pickled plain data (dicts, tuples, sets, strings, numbers, bytes): it is read with every class refused, so a
file someone else wrote can run no code. It is written whole to a file of its own, then put in place at once
(os.replace): a process reading it while another saves reads the old copy or the new, never half of one.
"""
from __future__ import annotations

import hashlib
import logging
import os
import pickle
import secrets
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from filelock import FileLock, Timeout

from bot.answer.lexicon import Lexicon
from troly.texts import PROMPTS_DIR

ROOT = PROMPTS_DIR.parent  # the project, whose counting code is hashed into counting()

log = logging.getLogger(__name__)

FORMAT = 1  # bump when this layout changes: older copies are then not read
COUNTS = ("df_accented", "df_folded", "df_pairs", "df_pairs_folded")
COUNTING_TABLES = ("abbreviations.tsv", "spellings.toml")  # what Lexicon's tokens read besides the code
COUNTING_CODE = ("bot/answer/lexicon.py", "troly/vntext.py")  # the code that counts: a changed one counts otherwise


@dataclass(frozen=True)
class Statistics:
    """Word statistics and what they were counted from: `content`, a hash of the store's records; `counted`, by
    document, its version, its passages (zlib-packed JSON) and the words in them that may be abbreviations."""
    content: str
    counted: dict[str, tuple[str, bytes, frozenset[str]]]
    lexicon: Lexicon


@lru_cache(maxsize=1)
def counting() -> str:
    """How statistics are counted: FORMAT, the tables and the code that count (an edited one counts otherwise)."""
    digest = hashlib.sha256(str(FORMAT).encode())
    for path in [*(PROMPTS_DIR / name for name in COUNTING_TABLES), *(ROOT / name for name in COUNTING_CODE)]:
        digest.update(path.read_bytes())
    return digest.hexdigest()


class _PlainData(pickle.Unpickler):
    def find_class(self, module: str, name: str):
        raise pickle.UnpicklingError(f"{module}.{name} is not plain data")


def load(path: Path, content: str | None = None) -> Statistics | None:
    """The saved copy at `path`, if there is one counted as this troly counts (and, given `content`, counted from
    that content: another is not read past its first lines); None otherwise (missing, damaged, of another counting)."""
    try:
        with open(path, "rb") as fh:
            head = _PlainData(fh).load()
            if head.get("counting") != counting() or content is not None and head.get("content") != content:
                return None
            data = _PlainData(fh).load()
        lexicon = Lexicon(data["glossary"])
        for name in COUNTS:
            setattr(lexicon, name, Counter(data[name]))
        lexicon.n_docs = data["n_docs"]
        counted = data["counted"]
        if not all(isinstance(version, str) and isinstance(packed, bytes) and isinstance(may_be, frozenset)
                   for version, packed, may_be in counted.values()):
            raise ValueError("counted documents not as saved")
        return Statistics(head["content"], counted, lexicon)
    except FileNotFoundError:
        return None
    except Exception as exc:  # damaged, cut short, not ours: counted anew (and saved over)
        log.debug("word statistics %s unreadable (%s: %s): counting them anew", path, type(exc).__name__, exc)
        return None


def save(path: Path, stats: Statistics) -> None:
    """Save `stats` at `path` for other processes. One process saves at a time; one finding another saving leaves
    it to that one. A folder that cannot be written only costs the next process the counting."""
    lexicon = stats.lexicon
    head = {"counting": counting(), "content": stats.content}
    data = {"counted": stats.counted, "glossary": lexicon.glossary, "n_docs": lexicon.n_docs,
            **{name: dict(getattr(lexicon, name)) for name in COUNTS}}
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with FileLock(str(path) + ".lock", timeout=0):
            for stale in path.parent.glob(f"{path.name}.*.*"):  # left by a process killed while saving
                stale.unlink(missing_ok=True)
            # A file of the process's own mode (umask), as the folder's other files: a bot of another user reads it.
            temp = path.with_name(f"{path.name}.{os.getpid()}.{secrets.token_hex(4)}")
            try:
                with open(temp, "xb") as fh:
                    for part in (head, data):
                        pickle.dump(part, fh, protocol=pickle.HIGHEST_PROTOCOL)
                os.replace(temp, path)
            except BaseException:
                temp.unlink(missing_ok=True)
                raise
    except Timeout:
        return
    except OSError as exc:
        log.debug("word statistics not saved in %s: %s", path.parent, exc)
