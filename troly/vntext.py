"""Vietnamese word matching for the answer composer: syllables with and without diacritics,
common union abbreviations expanded, and corpus-wide rarity (IDF) so that "lương" weighs more
than "công đoàn".

A question syllable typed with diacritics matches only the same syllable ("lương" ≠ "lượng");
one typed without diacritics matches any syllable that folds to it ("luong" = "lương" = "lượng").
"""
from __future__ import annotations

import math
import re
from functools import lru_cache
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

_TOKEN_RE = re.compile(r"[^\W_]+", re.UNICODE)
_LETTER_DIGIT_RE = re.compile(r"(?<=[^\W\d_])(?=\d)|(?<=\d)(?=[^\W\d_])")
_NUMBER_WORD_RE = re.compile(r"\bsố\s+(?=\d)", re.IGNORECASE)

# Abbreviations common in union and party documents (folded form → folded expansion).
# A document's own definitions ("Công đoàn cơ sở (CĐCS)") are added from its glossary.
COMMON_ABBREVIATIONS: dict[str, str] = {
    "cdcs": "cong doan co so",
    "ldld": "lien doan lao dong",
    "tld": "tong lien doan",
    "tldld": "tong lien doan lao dong",
    "cdgd": "cong doan giao duc",
    "cdn": "cong doan nganh",
    "cbngnld": "can bo nha giao nguoi lao dong",
    "cbnglđ": "can bo nha giao nguoi lao dong",
    "cbngld": "can bo nha giao nguoi lao dong",
    "cnvcld": "cong nhan vien chuc lao dong",
    "cbccvc": "can bo cong chuc vien chuc",
    "ccvc": "cong chuc vien chuc",
    "tuldtt": "thoa uoc lao dong tap the",
    "nld": "nguoi lao dong",
    "kl": "ket luan",
    "nq": "nghi quyet",
    "ct": "chi thi",
    "kh": "ke hoach",
    "ctr": "chuong trinh",
    "qd": "quyet dinh",
    "hd": "huong dan",
    "ubkt": "uy ban kiem tra",
    "bch": "ban chap hanh",
    "btv": "ban thuong vu",
    "ubnd": "uy ban nhan dan",
    "tw": "trung uong",
    "gd": "giao duc",
    "gddt": "giao duc dao tao",
    "cntt": "cong nghe thong tin",
    "cbcd": "can bo cong doan",
    "cb": "can bo",
    "dv": "doan vien",
    "lđ": "lao dong",
}

# Words that carry no topic: question words, particles, pronouns, linking words.
STOP_ACCENTED: frozenset[str] = frozenset("""
ai gì nào đâu sao bao nhiêu mấy không có là thì của và các những được để cho với trong về tại theo khi lúc
vậy ạ nhé ơi mình em tôi tui bạn anh chị họ này đó kia thế như phải cần đã đang sẽ rồi lại ra vào lên xuống
hay hoặc mà nếu từ đến tới ở bị do vì nên cũng cùng đều lần mỗi mọi một nó xin hỏi muốn biết nhỉ nha đấy kiểu làm việc
nói gồm thể cụ hiện giờ bây người nhà
""".split())
# Folded forms that are also content words ("có"/"cơ sở", "bạn"/"Ban", "thì"/"thi đua", "bao"/"báo cáo")
# stay content words when a question is typed without diacritics.
_AMBIGUOUS_FOLDED = {"co", "chi", "ban", "de", "do", "moi", "the", "tu", "tai", "dang", "dau", "bao", "thi",
                     "luc", "minh", "ho", "can", "vi", "cung", "hoi", "nha", "lam", "noi", "nguoi", "hien", "cu"}


@lru_cache(maxsize=300_000)
def _fold_plain(word: str) -> str:
    text = unicodedata.normalize("NFD", word.lower()).replace("\u0111", "d")
    return "".join(ch for ch in text if not unicodedata.combining(ch))


STOP_FOLDED: frozenset[str] = frozenset(_fold_plain(w) for w in STOP_ACCENTED) - _AMBIGUOUS_FOLDED


def is_stopword(token: str) -> bool:
    return token in STOP_ACCENTED if has_marks(token) else token in STOP_FOLDED


def fold(text: str) -> str:
    """Lower case without diacritics; đ → d."""
    return _fold_plain(text)


def raw_tokens(text: str) -> list[str]:
    """Lower-case syllables (NFC), letters and digits split apart ("KL21" → "kl", "21");
    "số" before a number dropped so "Kết luận số 21" and "KL 21" align."""
    text = unicodedata.normalize("NFC", text)
    text = _NUMBER_WORD_RE.sub(" ", text)
    text = _LETTER_DIGIT_RE.sub(" ", text)
    return [m.group(0).lower() for m in _TOKEN_RE.finditer(text)]


def has_marks(token: str) -> bool:
    return fold(token) != token


@dataclass
class Terms:
    """A text as matchable units: accented and folded syllables and adjacent pairs. Abbreviation
    expansions are folded only, so they are matched by their folded form."""
    accented: set[str] = field(default_factory=set)
    folded: set[str] = field(default_factory=set)
    expanded: set[str] = field(default_factory=set)
    pairs_accented: set[tuple[str, str]] = field(default_factory=set)
    pairs_folded: set[tuple[str, str]] = field(default_factory=set)
    pairs_expanded: set[tuple[str, str]] = field(default_factory=set)

    def has(self, token: str, exact: bool | None = None) -> bool:
        """`exact`: match diacritics (default: when the token has any)."""
        exact = has_marks(token) if exact is None else exact
        if exact:
            return token in self.accented or fold(token) in self.expanded
        return fold(token) in self.folded

    def has_pair(self, a: str, b: str, exact: bool | None = None) -> bool:
        exact = (has_marks(a) and has_marks(b)) if exact is None else exact
        if exact:
            return (a, b) in self.pairs_accented or (fold(a), fold(b)) in self.pairs_expanded
        return (fold(a), fold(b)) in self.pairs_folded


class Lexicon:
    """Abbreviation expansion and token statistics shared by a set of passages."""

    def __init__(self, abbreviations: dict[str, str] | None = None) -> None:
        self.abbreviations = dict(COMMON_ABBREVIATIONS)
        for abbr, expansion in (abbreviations or {}).items():
            key = fold(abbr).replace("&", "")
            if key and key not in self.abbreviations:
                self.abbreviations[key] = fold(expansion)
        self.df_accented: Counter[str] = Counter()
        self.df_folded: Counter[str] = Counter()
        self.n_docs = 0
        self._terms_cache: dict[str, Terms] = {}

    # ---- tokens -------------------------------------------------------------------------
    def marked_tokens(self, text: str) -> list[tuple[str, bool]]:
        """(syllable, is_expansion): abbreviations followed by their (folded) expansion."""
        out: list[tuple[str, bool]] = []
        for tok in raw_tokens(text):
            out.append((tok, False))
            expansion = self.abbreviations.get(fold(tok))
            if expansion and len(tok) > 1:
                out.extend((x, True) for x in expansion.split())
        return out

    def tokens(self, text: str) -> list[str]:
        return [tok for tok, _ in self.marked_tokens(text)]

    def terms(self, text: str) -> Terms:
        """Matchable units of a text; cached, as the same passages come back question after question."""
        cached = self._terms_cache.get(text)
        if cached is None:
            if len(self._terms_cache) > 20_000:
                self._terms_cache.clear()
            cached = self._terms_cache[text] = self._terms(text)
        return cached

    def _terms(self, text: str) -> Terms:
        toks = self.marked_tokens(text)
        t = Terms()
        for tok, expanded in toks:
            (t.expanded if expanded else t.accented).add(tok)
            t.folded.add(fold(tok))
        # Adjacent pairs, and pairs across a linking word ("CĐGD các tỉnh" has the pair "CĐGD tỉnh").
        content = [(tok, e) for tok, e in toks if not is_stopword(tok)]
        for seq in (toks, content):
            for (a, ea), (b, eb) in zip(seq, seq[1:]):
                fa, fb = fold(a), fold(b)
                t.pairs_folded.add((fa, fb))
                if ea or eb:
                    t.pairs_expanded.add((fa, fb))
                else:
                    t.pairs_accented.add((a, b))
        return t

    def content_tokens(self, text: str, exact: bool | None = None) -> list[str]:
        """Tokens of a question that carry its topic (no stopwords, each once, in order)."""
        seen: dict[str, None] = {}
        for tok in self.tokens(text):
            stop = (tok in STOP_ACCENTED) if exact else is_stopword(tok)
            if stop or len(tok) < 2 and not tok.isdigit():
                continue
            seen.setdefault(tok, None)
        return list(seen)

    @staticmethod
    def typed_with_diacritics(text: str) -> bool:
        """Whether a question was typed with diacritics (then "bao" means "bao", not "báo")."""
        words = raw_tokens(text)
        marked = sum(1 for w in words if has_marks(w))
        return bool(words) and marked >= max(1, 0.25 * len(words))

    # ---- statistics -----------------------------------------------------------------------
    def add_documents(self, texts: Iterable[str]) -> None:
        for text in texts:
            toks = set(self.tokens(text))
            self.df_accented.update(toks)
            self.df_folded.update({fold(x) for x in toks})
            self.n_docs += 1

    def df(self, token: str, exact: bool | None = None) -> int:
        exact = has_marks(token) if exact is None else exact
        return self.df_accented[token] if exact else self.df_folded[fold(token)]

    def idf(self, token: str, exact: bool | None = None) -> float:
        """Rarity of a token; unseen tokens count as rare but not overwhelming."""
        n = max(self.n_docs, 1)
        df = self.df(token, exact)
        if df == 0:
            return math.log(1 + n / 2.0)
        return math.log(1 + (n - df + 0.5) / (df + 0.5))
