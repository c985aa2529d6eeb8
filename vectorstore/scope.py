"""Which loaded documents a question is scoped to by the place that issued them ("ở Gia Lai",
"CĐGD Lâm Đồng", "tphcm"): names and the ways people type them come from prompts/places.tsv; and by their title,
a kind and a name ("Luật Công đoàn", "Điều lệ Công đoàn" for "Điều lệ Công đoàn Việt Nam"), or a kind and words of
the title only it holds ("kế hoạch hội thao").
(Document numbers and plan aliases — "QĐ 773", "KH KL21", "CT 41" — are read by vectorstore/query.py.)"""
from __future__ import annotations

import math
import re
import string
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

from troly import tables
from troly.vntext import Bodies, capitalised_runs, common_abbreviations, is_acronym, is_stopword, is_topicless, \
    padded_words, places, plain_words
from vectorstore.issuers import local_names, local_places, own_name, places_in, short_tails, without_legal_form
from vectorstore.issuers import places as province_forms
from troly.weights import DEFAULT, Weights


_JOINTS = ("", *tables.toml("header_words.toml")["scope"]["of"])
_KINDS = tuple(sorted({plain_words(row[1]) for row in tables.rows("document_kinds.tsv") if len(row) > 1 and row[1]},
                      key=len, reverse=True))  # "bo luat" before "luat"
# Kinds by the codes a question may type for them ("KH", "tb"): those the third column of the table marks "mã".
_CODED = {plain_words(row[0]): plain_words(row[1]) for row in tables.rows("document_kinds.tsv")
          if len(row) > 2 and row[0] and row[1] and "mã" in row[2]}
# Kinds whose title is the document's own name ("Luật Giáo dục"): named only as titled_in reads it,
# not by words inside it.
_OWN_NAME = frozenset(plain_words(row[1]) for row in tables.rows("document_kinds.tsv")
                      if len(row) > 4 and "tên riêng" in row[4])
_ANY_WORDS = tables.toml("header_words.toml")["scope"]["any_document"]
_SHORT_BEFORE = [plain_words(w) for w in tables.toml("header_words.toml")["scope"]["short_before"]]
_ISSUES = [plain_words(w) for w in tables.toml("header_words.toml")["scope"]["issues"]]
# A kind's name after these (plain words) is an act or what an act makes, not a loaded document ("gửi kế hoạch …");
# a kind of `_KIND_VERBS` after the body that does it is that body's act ("Sở … báo cáo kết quả …"): _acted.
_ACTS = tuple(tuple(plain_words(w).split()) for w in tables.toml("header_words.toml")["scope"]["acts"])
_KIND_VERBS = frozenset(plain_words(w) for w in tables.toml("header_words.toml")["scope"]["kind_verbs"])
_TO = frozenset(plain_words(w) for w in tables.toml("header_words.toml")["scope"]["to"])
_ADDRESSED = frozenset(plain_words(w) for w in tables.toml("header_words.toml")["scope"]["addressed"])
_BODIES = Bodies()  # bodies' names in any case ("ubnd huyện", "sở y tế"): whom an act is done by or addressed to
# What a body's name may end with: a level word ("xã", "cơ sở") or a province's name, as plain words.
_BODY_ENDS = tuple(tuple(plain_words(w).split()) for w in (*tables.lines("body_levels.txt"), *places()))
_BODY_HEAD = re.compile(_BODIES.pattern())  # "Sở Tư pháp", "UBND …": a body's name opening, as written
_PROVINCES = frozenset(province_forms().values())  # provinces' names, padded plain words
_CLAUSE_END = re.compile(r"[,;:.?!()\n]")
# Two words of a kind ("ke hoach", "cong van") or that name any document ("van ban") name no one document.
_ANY_DOCUMENT = {" ".join(pair) for kind in (*_KINDS, *map(plain_words, _ANY_WORDS))
                 for pair in zip(kind.split(), kind.split()[1:])}
_SHORT_FORM = re.compile(r"(?<![\w&-])[\w&-]+(?![\w&-])")  # a word as typed, "GTNT", "KT-XH"


def _titled(title: str) -> tuple[str, int] | None:
    """A title as plain words and how many of them its kind takes ("luat cong doan", 1); None for a title that
    does not open with a kind, or is one alone."""
    plain = plain_words(title)
    kind = next((k for k in _KINDS if plain.startswith(k + " ")), None)
    return (plain, len(kind.split())) if kind else None


@lru_cache(maxsize=8)
def _kind_spans(kinds: tuple[str, ...]) -> dict[str, list[tuple[str, ...]]]:
    """The kinds' words by their first word, longest first: _topic_words tries at each word only the kinds opening
    with it (trying every kind at every word of every question and title cost more than the rest of its reading)."""
    spans: dict[str, list[tuple[str, ...]]] = {}
    for kind in sorted({tuple(k.split()) for k in kinds if k.split()}, key=len, reverse=True):
        spans.setdefault(kind[0], []).append(kind)
    return spans


def _topic_words(text: str, kinds: Iterable[str], marked: bool = False) -> str:
    """A text's words folded and padded: each kind's words ("ke hoach": a kind names no topic, and ends a run of them)
    "|", or with `marked` (a question) one word "#ke_hoach" — "|" when it is an act there (_acted); "|" for each
    everyday word (judged with its diacritics when typed with them: "bóng đá" is no "đã"), number and "|" already
    there. What is left are the runs of words that may name a topic."""
    text = unicodedata.normalize("NFC", text)
    found = list(re.finditer(r"\w+|\|", text))
    words = [m.group().lower() for m in found]
    folded = [plain_words(w) or "|" for w in words]
    spans = _kind_spans(tuple(kinds))
    out, i = [], 0
    while i < len(words):
        kind = next((k for k in spans.get(folded[i], ()) if tuple(folded[i:i + len(k)]) == k), None)
        if kind:
            out.append("#" + "_".join(kind) if marked and not _acted(text, found, folded, i, kind) else "|")
            i += len(kind)
            continue
        w = words[i]
        out.append("|" if w == "|" or is_topicless(w) or any(c.isdigit() for c in w) else folded[i])
        i += 1
    return " " + " ".join(out) + " "


def _title_runs(titles: Iterable[str], least: int) -> dict[str, str]:
    """{initials: the run of a title's words they are the initials of} ("gtnt": "giao thong nong thon"), for runs of
    `least` topic words or more (weights.initials_words); initials two different runs share spell neither: a
    question's short form of a title's phrase ("nghị quyết GTNT") is read by them (_spelled)."""
    runs: dict[str, set[str]] = {}
    for title in titles:
        words = plain_words(title).split()
        for start in range(len(words)):
            for end in range(start + 1, len(words) + 1):
                if is_topicless(words[end - 1]) or words[end - 1][0].isdigit():
                    break
                if end - start >= least:
                    run = words[start:end]
                    runs.setdefault("".join(w[0] for w in run), set()).add(" ".join(run))
    return {initials: next(iter(held)) for initials, held in runs.items() if len(held) == 1}


def _spelled(question: str, runs: dict[str, str], least: int) -> str:
    """The question with each short form in capitals (of `least` letters or more) the common table does not know (a
    topic's, not a body's like "UBND": prompts/abbreviations.tsv) written as the run of a title's words its letters are
    the initials of (runs: _title_runs): "nghị quyết GTNT" names the resolution titled "… giao thông nông thôn …" as
    its words would."""
    def spell(m: re.Match[str]) -> str:
        word = m.group()
        letters = plain_words(word).replace(" ", "")
        if not is_acronym(word) or len(letters) < least or letters in _CODED or common_abbreviations().find(word):
            return word
        return runs.get(letters, word)
    return _SHORT_FORM.sub(spell, question)


def _capitalised(text: str) -> str:
    """The runs of capitalised words of a text ("… ở Mỹ Lâm"), as padded plain words split by "|": where a name may
    be."""
    return "|".join(padded_words(" ".join(run)) for run in capitalised_runs(text))


def _ends_with(words: list[str], tails: tuple[tuple[str, ...], ...]) -> bool:
    """Whether the words end with one of the tails (each a run of plain words)."""
    return any(len(tail) <= len(words) and tuple(words[-len(tail):]) == tail for tail in tails)


def _acted(text: str, found: list[re.Match[str]], folded: list[str], at: int, kind: tuple[str, ...]) -> bool:
    """Whether the kind's name at word `at` of a question is an act or what an act makes, not a loaded document it
    names ([scope] acts, kind_verbs): after a word of `_ACTS` ("Xã gửi kế hoạch tổ chức đại hội …": the plan the xã is
    to write, not the province's festival plan), or, a kind that is a verb too, right after the body doing it ("Sở
    GD&ĐT Vĩnh Long báo cáo kết quả …": not the province's Báo cáo) — its name ending in a short form in capitals,
    a level word or a province's name, or its clause opening with a body's name as written ("Sở Tư pháp báo cáo …")
    and holding no everyday word but "và" before the kind, each typed in any case ("phòng kinh tế báo cáo …"); or
    before the body it is addressed to (_addressed). A number after the kind makes it a document's name."""
    before = folded[:at]
    if _ends_with(before, _ACTS):
        return True
    after = at + len(kind)
    if " ".join(kind) not in _KIND_VERBS or (after < len(found) and found[after].group().isdigit()):
        return False
    if _addressed(text, found, folded, after, " ".join(kind)):
        return True
    if not before:
        return False
    last = found[at - 1].group()
    if is_acronym(last) and plain_words(last) not in _CODED:
        return True
    if _ends_with(before, _BODY_ENDS):
        return True
    start = found[at].start()
    clause = text[max((m.end() for m in _CLAUSE_END.finditer(text, 0, start)), default=0):start].lstrip()
    if any(not clause[m.end:].strip() for m in _BODIES.mentions(clause)):  # "sở y tế báo cáo …"
        return True
    head = _BODY_HEAD.match(clause) or _BODY_HEAD.match(string.capwords(clause))  # "phòng kinh tế báo cáo …"
    return bool(head) and all(not is_stopword(w) or plain_words(w) == "va"
                              for w in re.findall(r"\w+", clause[head.end():]))


def _addressed(text: str, found: list[re.Match[str]], folded: list[str], after: int, kind: str) -> bool:
    """Whether a kind that is a verb is followed by the body it is addressed to ([scope] to, addressed), a body's name
    in any case: "thông báo cho UBND các xã …", "báo cáo ubnd huyện kết quả …" — the act, not that body's document."""
    if after < len(found) and folded[after] in _TO:
        after += 1
    elif kind not in _ADDRESSED:
        return False
    return after < len(found) and any(m.start == found[after].start() for m in _BODIES.mentions(text))


def _named_runs(words: str, through: bool = False) -> list[tuple[str, frozenset[str]]]:
    """(the kind, the pairs of the run of topic words right after it) for each kind a question names (_topic_words,
    marked): those words name a document of that kind as its title's do ("kế hoạch hội thao", "quyết định khen
    thưởng"), not the words it asks about further on ("kế hoạch thực hiện …, bao nhiêu % đoàn viên tham gia").
    `through`: the run goes on past everyday words to the next kind — a question asking who signed or issued a
    document, or when, asks nothing else: all its other words name the document ("ai ký công văn về chuẩn bị đại
    hội")."""
    runs, kind, run = [], "", []
    for w in [*words.split(), "#"]:
        if w == "|" and through and kind:
            run.append(w)
        elif w.startswith("#") or w == "|":
            if kind:
                runs.append((kind, _pairs(" ".join(run))))
            kind, run = (w[1:].replace("_", " "), []) if len(w) > 1 and w.startswith("#") else ("", [])
        elif kind:
            run.append(w)
    return runs


def _pairs(words: str) -> frozenset[str]:
    """Two topic words in a row ("hoi thao", "khen thuong") of _topic_words' runs, not two of a kind's ("ke hoach")."""
    split = words.split()
    return frozenset(f"{a} {b}" for a, b in zip(split, split[1:])
                     if "|" not in (a, b) and f"{a} {b}" not in _ANY_DOCUMENT)


def _short_names(by_own_name: dict[str, set[str]], issuers: dict[str, str]) -> dict[str, set[str]]:
    """The short names people give a body ("công ty Sao Việt", "công đoàn Sao Việt" of "Công đoàn Công ty TNHH Điện
    tử Sao Việt", "công đoàn thuế" of "CĐCS Chi cục Thuế khu vực …"): a word of [scope] short_before, then last words
    of its name (issuers.short_tails of `issuers`, {own name: the issuer as written}), which no other body's name ends
    with (new-user trial of session 39: another document's figures answered "công ty Sao Việt")."""
    tails: dict[str, set[str]] = {}
    for own, issuer in issuers.items():
        for tail in short_tails(issuer):
            tails.setdefault(tail, set()).add(own)
    out: dict[str, set[str]] = {}
    for tail, owners in tails.items():
        if len(owners) == 1:
            for before in _SHORT_BEFORE:
                key = f" {before} {tail} "
                if key not in by_own_name:
                    out[key] = by_own_name[next(iter(owners))]
    return out


class DocumentScope:
    """Documents by the places their issuer, the body above it or file name names (not the title: "tư tưởng Hồ Chí
    Minh"), by their kind and issuer together ("công văn của Bộ Xây dựng", "Thông tư Bộ Tài chính"), and by their
    title."""

    def __init__(self, documents: dict[str, str], issued: dict[str, tuple[str, str]] | None = None,
                 titles: dict[str, str] | None = None, weights: Weights = DEFAULT) -> None:
        """`weights`: name_words and title_share, how long a beginning of a title must be to name its document."""
        self.by_place: dict[str, set[str]] = {}
        # {" ngo quyen ": ids}: a place below a province named without its level word (issuers.local_names)
        self.by_name: dict[str, set[str]] = {}
        for doc_id, text in documents.items():
            for place in places_in(text):
                self.by_place.setdefault(place, set()).add(doc_id)
        self.count = len(documents)
        # {" cong van cua bo xay dung ": ids}, with and without "của" (prompts/places.tsv's neighbour words)
        self.by_issuer: dict[str, set[str]] = {}
        # {" cong doan nganh giao thong van tai ": ids}: issuers by their own name, their level and which one
        self.by_own_name: dict[str, set[str]] = {}
        written: dict[str, str] = {}  # {own name: the issuer as written}
        for doc_id, (kind, issuer) in (issued or {}).items():
            if kind and issuer:
                for joint in _JOINTS:
                    self.by_issuer.setdefault(padded_words(f"{kind} {joint} {issuer}"), set()).add(doc_id)
            if own := own_name(issuer):
                self.by_own_name.setdefault(own, set()).add(doc_id)
                written.setdefault(own, issuer)
            for place in local_places(issuer):  # "quận Ngô Quyền" of its LĐLĐ: named as a province is
                self.by_place.setdefault(place, set()).add(doc_id)
            for name in local_names(issuer):  # "Ngô Quyền" without its level word, when written as a name
                self.by_name.setdefault(name, set()).add(doc_id)
        self.by_own_name.update(_short_names(self.by_own_name, written))

        # {" luat cong doan ": ids}: each title whole, and each beginning of it long enough (weights.name_words,
        # weights.title_share) that begins no other title ("dieu le cong doan" of "Điều lệ Công đoàn Việt Nam")
        names: dict[str, set[str]] = {}
        whole: set[str] = set()
        for doc_id, title in (titles or {}).items():
            titled = _titled(title)
            if titled:
                words, kind = titled[0].split(), titled[1]
                whole.add(titled[0])
                for n in range(max(kind + weights.name_words, math.ceil(weights.title_share * len(words))),
                               len(words) + 1):
                    names.setdefault(" ".join(words[:n]), set()).add(doc_id)
                names.setdefault(titled[0], set()).add(doc_id)
        self.by_title = {f" {name} ": ids for name, ids in names.items() if name in whole or len(ids) == 1}
        self.kinds = {doc_id: plain_words(kind) for doc_id, (kind, _) in (issued or {}).items() if kind}
        # the kinds of the texts a title issues ("… ban hành Quy định khen thưởng …": "quy dinh"), attached to it
        self.issues = {doc_id: {kind for verb in _ISSUES
                                for kind in _KINDS if f" {verb} {kind} " in padded_words(title)}
                       for doc_id, title in (titles or {}).items()}
        self.title_words = {doc_id: frozenset(plain_words(title).split()) for doc_id, title in (titles or {}).items()}
        # each title's pairs of topic words (its kind dropped), and how rare each pair is among the distinct titles
        self.title_pairs = {doc_id: _pairs(_topic_words(title, _KINDS))
                            for doc_id, title in (titles or {}).items()}
        distinct = set(self.title_pairs.values())
        held: dict[str, int] = {}
        for pairs in distinct:
            for pair in pairs:
                held[pair] = held.get(pair, 0) + 1
        self.idf = {pair: math.log(len(distinct) / n) for pair, n in held.items()}
        self.initials_words = weights.initials_words
        self.title_runs = _title_runs((titles or {}).values(), self.initials_words)
        # the last question's title scores, by how they were read: scope_of reads them twice of one question
        # (worded_in, then worded_near)
        self._scored: tuple[str, dict[tuple[bool, bool, bool], dict[tuple[str, str, frozenset[str]], float]]] = ("", {})

    def titled_in(self, question: str) -> set[str]:
        """Documents the question names by their title or a beginning of it only they have ("Luật Công đoàn
        quy định …"); the longest name found wins ("Luật Công đoàn sửa đổi" over "Luật Công đoàn")."""
        plain = padded_words(question)
        found = [name for name in self.by_title if name in plain]
        longest = max(found, key=len, default="")
        return set(self.by_title[longest]) if longest else set()

    def worded_in(self, question: str, margin: float, any_kind: bool = False, through: bool = False) -> set[str]:
        """Documents the question names by words of their title: of a kind it names (its name or code: "KH"), the
        title holding the pairs of words in a row right after that kind ("kế hoạch hội thao" → the plan "Tổ chức Hội
        thao …"), each weighed by how few titles hold it (idf over the loaded titles), ahead of every other title of
        those kinds by `margin` at least: a pair many titles hold ("thực hiện", "người có công") names none of them.
        Words after another kind than the document's ("quyết định khen thưởng" of a plan on it), or after none, name
        none: they may be any document's topic — unless `any_kind` (a text given as a document's name, `--doc`). A law
        is named by its own name only (_OWN_NAME, titled_in). `through`: see _named_runs."""
        for issued in (False, True):  # of none of that kind, the decision issuing a text of it ("quy định khen thưởng")
            scores = self._title_scores(question, any_kind, through, issued)
            by_title = {key[1:]: score for key, score in scores.items()}  # a document loaded twice is one title
            ranked = sorted(by_title.values(), reverse=True)
            if ranked and ranked[0] > 0 and ranked[0] - (ranked[1] if len(ranked) > 1 else 0.0) >= margin:
                return {key[0] for key, score in scores.items() if score == ranked[0]}
        return set()

    def worded_near(self, question: str, margin: float, through: bool = False) -> set[str]:
        """The documents worded_in would choose among: those whose title's score is within `margin` of the best one's
        (one, when it leads by that much; several, when the words cannot tell them apart)."""
        scores = self._title_scores(question, False, through)
        best = max(scores.values(), default=0.0)
        return {key[0] for key, score in scores.items() if score > 0 and best - score < margin} if best > 0 else set()

    def _title_scores(self, question: str, any_kind: bool, through: bool, issued: bool = False
                      ) -> dict[tuple[str, str, frozenset[str]], float]:
        """Each title's score for the question's words naming a document (worded_in), by (doc_id, kind, its pairs);
        `issued`: a title is named by the kind of a text it issues too. The last question's kept (self._scored)."""
        asked, scored = self._scored
        if asked != question:
            scored = {}
            self._scored = (question, scored)
        key = (any_kind, through, issued)
        if key not in scored:
            scored[key] = self._scores(question, any_kind, through, issued)
        return scored[key]

    def _scores(self, question: str, any_kind: bool, through: bool, issued: bool
                ) -> dict[tuple[str, str, frozenset[str]], float]:
        """_title_scores, computed."""
        question = _spelled(question, self.title_runs, self.initials_words)
        if any_kind:
            runs = [("", _pairs(_topic_words(question, (*_KINDS, *_CODED, *map(plain_words, _ANY_WORDS)))))]
        else:
            marked = _named_runs(_topic_words(question, (*_KINDS, *_CODED, *map(plain_words, _ANY_WORDS)), True),
                                 through)
            # a code stands for its kind; "văn bản …" for any kind ("")
            runs = [(_CODED.get(kind, kind if kind in _KINDS else ""), pairs) for kind, pairs in marked]
        named = {doc_id: {"", self.kinds.get(doc_id), *(self.issues.get(doc_id, ()) if issued else ())}
                 for doc_id in self.title_pairs}
        runs = [(kind, pairs) for kind, pairs in runs if not self._of_another_kind(kind, pairs, named)]
        kinds = {kind for kind, _ in runs}
        return {(doc_id, self.kinds.get(doc_id, ""), title): sum(
            self.idf[p] for kind, pairs in runs if kind in named[doc_id] for p in pairs & title)
            for doc_id, title in self.title_pairs.items()
            if ("" in kinds or kinds & named[doc_id]) and self.kinds.get(doc_id) not in _OWN_NAME}

    def _of_another_kind(self, kind: str, pairs: frozenset[str], named: dict[str, set[str]]) -> bool:
        """Whether the words after a kind a question names are more a title's of another kind (`named`: the kinds each
        document is named by) than any title's of that kind ("báo cáo tổng kết lễ hội hoa ban gửi UBND tỉnh …": three
        pairs of the festival's plan, one of a hospital's Báo cáo tổng kết): they name that document's topic, and the
        kind a text to make of it (the report the plan asks for), not a loaded document of that kind."""
        if not kind:
            return False
        held = {doc_id: sum(self.idf[p] for p in pairs & title) for doc_id, title in self.title_pairs.items()}
        own = max((score for doc_id, score in held.items() if kind in named[doc_id]), default=0.0)
        return any(score > own for doc_id, score in held.items() if kind not in named[doc_id])

    def sole_of_kind(self, question: str) -> set[str]:
        """The one loaded document of a kind the question names (its name or code) when every other word of that
        clause is a word of its title, or there is none ("thông báo kết luận" of the only Thông báo, titled "Thông báo
        kết luận …"; "ai ký thông báo?"): of a question asking only who signed a document, or when or by whom it was
        issued, the words that are left name it (Searcher.scope_of gives the question without those)."""
        for clause in re.split(r"[,;.?!|\n]", question):
            words = plain_words(clause).split()
            for i in range(len(words)):
                kind = next((k for k in (*_KINDS, *_CODED) if words[i:i + len(k.split())] == k.split()), None)
                if kind is None:
                    continue
                kind = _CODED.get(kind, kind)
                of_kind = [doc_id for doc_id, k in self.kinds.items() if k == kind]
                rest = [w for w in words[i + len(kind.split()):] if not is_stopword(w)]
                if len(of_kind) == 1 and all(w in self.title_words.get(of_kind[0], ()) for w in rest):
                    return set(of_kind)
                return set()
        return set()

    def named_in(self, question: str) -> set[str]:
        """Documents of the places the question names (a province, or one below it their issuer names: "quận Ngô
        Quyền", or "Ngô Quyền" written as a name, each word capitalised: "xã Đoàn Kết"'s name is no place in "tinh
        thần đoàn kết"); none when that would be every document."""
        plain, capitalised = padded_words(question), _capitalised(question)
        # a province only as places_in reads it (its name typed with other marks is other words: "đánh giá lại")
        named = places_in(question) | {p for p in self.by_place if p in plain and p not in _PROVINCES}
        found = set().union(*(self.by_place.get(p, set()) for p in named),
                            *(ids for name, ids in self.by_name.items() if name in capitalised))
        return found if len(found) < self.count else set()

    def typed_names(self, question: str) -> dict[str, set[str]]:
        """The names of places below a province (by_name) a question holds in any case or without marks ("phòng nội vụ
        ninh hòa"), with their documents: named_in reads only those written as names; whether one typed so is a name,
        not everyday words ("tinh thần đoàn kết"), is for the caller to judge by the other documents' texts."""
        plain = padded_words(question)
        return {name: ids for name, ids in self.by_name.items() if name in plain}

    def issued_in(self, question: str) -> set[str]:
        """Documents the question names by kind and issuer ("công văn của Bộ Xây dựng")."""
        plain = padded_words(question)
        return set().union(*(ids for name, ids in self.by_issuer.items() if name in plain))

    def of_body_in(self, question: str) -> set[str]:
        """Documents of the body the question names by its own name ("công đoàn ngành giao thông vận tải kết nạp
        …"): what it did or plans is in them, not in a document of another body of its level (Công đoàn ngành Y
        tế's). Companies' legal forms left out of both."""
        plain = without_legal_form(question)
        return set().union(*(ids for name, ids in self.by_own_name.items() if name in plain))
