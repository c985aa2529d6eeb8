"""Understanding a question the way union members type it, before searching.

- Abbreviations (CĐCS, LĐLĐ, "ldld"...) are expanded, from the glossaries learned at ingest plus
  prompts/abbreviations.tsv, so both the abbreviation and the spelled-out form are searched.
- Questions typed without diacritics get them back from the corpus vocabulary (each folded
  syllable's accented forms, syllable pairs deciding between them), so the embedder sees Vietnamese.
- A syllable the corpus has never seen is corrected to a known one at edit distance 1.
- A word typed with diacritics the corpus never writes gets the horn of an "u"/"o" it lacks ("gủi" → "gửi") when the
  corpus writes the mended word beside a neighbour of the question.
- Question frames and particles ("cho mình hỏi", "vậy ạ", "là gì") are dropped on the lexical side.
- A phrase with another name in prompts/synonyms.toml ("tăng ca" for "làm thêm giờ") adds that name on the lexical
  side, weighed as an abbreviation's expansion: below the words typed.
- A question asking a kind of fact in other words than a passage states it with ("áp dụng … từ khi nào" for "có hiệu
  lực từ ngày …") adds those words on the lexical side, as another name (bot/answer/question.asked_words).
- References to documents ("KL 51", "Chỉ thị số 41", "NQ 02") name the documents to favour.
"""
from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from troly.vntext import FRAMES, QUESTION_WORDS, Abbreviations, fold, fold_same_length, has_marks, is_stopword, \
    is_syllable, normalize, other_quarter_forms, place_forms, roman_quarters, syllables, typed_without_diacritics, \
    asserts, without_self_reference
from troly import tables
from troly.weights import DEFAULT
from troly.synonyms import synonyms
from troly.texts import PROMPTS_DIR
from troly.doc_numbers import DOC_KINDS, REF_RE, doc_refs, full_numbers, uncounted
from vectorstore.lexical import Vocabulary, phrase_tokens

_SPAN_RE = re.compile(r"[^\W_]+(?:[&-][^\W_]+)*")
_PART_RE = re.compile(r"[^\W_]+")
# The marks closing a message ("?", "…", "!!", " ."): how it was typed, not what it asks. The embedder is given a
# question ending in one "?" however typed, so that "đại hội tổ chức ở đâu" finds what "đại hội tổ chức ở đâu?" does.
_CLOSING_MARKS = re.compile(r"[\s?!.…]+$")
# Sentence-final particles typed without marks ("vay" → "vậy"), read so at the end of a question (QueryAnalyzer).
_PARTICLES: dict[str, str] = tables.toml("chat_words.toml")["particles"]
# The one-syllable words asking a count ("mấy", prompts/count_words.toml how_many_marked): each stands where an answer
# writes a number, so beside its neighbours it is read with the pairs the documents write a number in ("trước 5 ngày"
# for "truoc may ngay", where "máy", a machine, is written far more often but never so).
_COUNT_WORDS = frozenset(w for w in tables.toml("count_words.toml")["how_many_marked"] if " " not in w)
_NUMBER = "#"  # the class of numbers in the pair model


def _slot(form: str) -> str:
    """A word as the pair model reads it: a count word as the number it asks for, another as itself."""
    return _NUMBER if form in _COUNT_WORDS else form


# A kind's code → its name ("ctr" → "Chương trình"), as a question is shown read ("Hiểu là: Chương trình 16 …").
_KIND_NAMES = {code: row[1] for row in reversed(tables.rows("document_kinds.tsv"))
               if (code := fold(row[0])) in DOC_KINDS.values()}
# A kind's name or code typed right before another's ("thông báo kết luận 305"): one kind phrase naming the document.
_KIND_BEFORE = re.compile(r"(?<!\w)(?:" + "|".join(sorted(map(re.escape, DOC_KINDS), key=len, reverse=True))
                          + r")\s+$")
# The horn of "ư" and "ơ" (a combining mark): a word typed without it is mended when a neighbour confirms it.
_HORN = "\u031b"
_HORNLESS = re.compile(r"[uo](?![\u0300-\u036f]*[\u031b\u0302\u0306])")  # NFD: "ộ" is o, dot, hat


def _horn_added(word: str) -> set[str]:
    """A lower-case word with the horn added to one "u" or "o" that lacks any mark of shape, tones kept."""
    decomposed = unicodedata.normalize("NFD", word)
    return {unicodedata.normalize("NFC", decomposed[:m.end()] + _HORN + decomposed[m.end():])
            for m in _HORNLESS.finditer(decomposed)}


@lru_cache(maxsize=1)
def _place_names() -> dict[tuple[str, ...], tuple[str, ...]]:
    """{a place's name as folded syllables: its syllables as written, lower case} for every name of two syllables or
    more prompts/places.tsv writes with diacritics (("ha", "tinh"): ("hà", "tĩnh"))."""
    names = {}
    for form, _ in place_forms():
        words = tuple(w.lower() for w in syllables(form))
        if len(words) > 1 and any(map(has_marks, words)):
            names.setdefault(tuple(fold(w) for w in words), words)
    return names


@dataclass
class QueryPlan:
    """What each retriever gets for one question."""
    question: str
    dense_text: str  # for the embedder: diacritics restored, abbreviations spelled out
    groups: list[tuple[list[str], float]]  # weighted lexical token groups
    doc_ids: set[str] = field(default_factory=set)  # documents the question names
    expanded: dict[str, str] = field(default_factory=dict)
    restored: bool = False
    closing: set[str] = field(default_factory=set)  # closing passage kinds asked for ("recipients", "signature")
    reading: str = ""  # the question with diacritics restored, abbreviations as typed (the composer's filler words)
    # the reading shown to the member ("Hiểu là: …"): a word restored only where the documents vouch for its form
    # (written beside a neighbour as restored), else as typed ("toi da" when none writes "tối đa")
    shown: str = ""


def _another_name(name: str) -> tuple[list[str], float]:
    """The lexical group of another name for words of the question (an abbreviation's expansion, a synonym): one
    idea, so a 4-syllable name weighs no more than two syllables, and below the words typed."""
    words = syllables(name)
    return phrase_tokens(words), 0.6 * min(1.0, 2.0 / max(len(words), 1))


def _abbreviated(word: str) -> bool:
    """A word of two letters or more that cannot be a Vietnamese syllable: an abbreviation ("thpt", "ubnd")."""
    return len(word) >= 2 and word.isalpha() and not is_syllable(word)


@dataclass
class _Word:
    start: int
    end: int
    text: str
    kind: str = "word"  # word | abbr | filler
    form: str = ""  # chosen lower-case accented form
    sure: bool = True  # the form has no marks to doubt, or the documents write it beside a neighbour's as restored


def _in_capitals(word: _Word, words: list[_Word]) -> bool:
    """Whether a word is typed in capitals ("TTTT") in a question that is not typed all in capitals: what its writer
    abbreviates, not a typo to mend into the nearest word the documents write."""
    return word.text.isupper() and not all(w.text.isupper() for w in words if w.text.isalpha())


class QueryAnalyzer:
    """Turns a question into a QueryPlan using the corpus vocabulary, glossaries and titles."""

    def __init__(self, vocab: Vocabulary, glossary: dict[str, str] | None = None,
                 documents: dict[str, str] | None = None, numbers: dict[str, str] | None = None,
                 asked_words: Callable[[str], list[str]] | None = None) -> None:
        """`documents`: each document's names (title, short name, what it implements); `numbers`: each one's
        own number ("22/2013/QĐ-TTg"), which a reference names before any document merely mentioning it;
        `asked_words`: the words a passage states the kind of fact a question asks with (Searcher)."""
        self.vocab = vocab
        self.asked_words = asked_words
        self._plans: dict[str, QueryPlan] = {}  # analyze() by question
        self.abbreviations = Abbreviations(glossary)  # the documents' own definitions win
        self.synonyms = synonyms(glossary)  # the documents' own other names too
        # Spelled-out forms of 3+ syllables, to add the abbreviation when the question spells it out.
        self.reverse: dict[tuple[str, ...], str] = {}
        for entry in self.abbreviations:
            words = tuple(fold(w) for w in syllables(entry.expansion))
            if len(words) >= 3:
                self.reverse.setdefault(words, entry.short)
        self.doc_refs: dict[tuple[str, int], set[str]] = {}
        self._names = {doc_id: f" {' '.join(fold(text).split())} " for doc_id, text in (documents or {}).items()}
        for doc_id, text in (documents or {}).items():
            for ref in doc_refs(text):
                self.doc_refs.setdefault(ref, set()).add(doc_id)
        self.numbered: dict[tuple[str, int], set[str]] = {}
        self.by_number: dict[str, set[str]] = {}  # "115/sgddt-gdtrh" → its document
        for doc_id, number in (numbers or {}).items():
            for ref in doc_refs(number):
                self.numbered.setdefault(ref, set()).add(doc_id)
            for full in full_numbers(number):
                self.by_number.setdefault(full, set()).add(doc_id)
        self.fillers = [tuple(syllables(p)) for p in FRAMES]
        self.fillers.sort(key=len, reverse=True)
        self.extra_uni: dict[str, dict[str, int]] = {}
        self.extra_bi: dict[str, dict[str, int]] = {}
        frames = set(FRAMES)
        for phrase in QUESTION_WORDS:
            words = syllables(phrase)
            for w in words:
                self.extra_uni.setdefault(fold(w), {}).setdefault(w, 3)
            for a, b in zip(words, words[1:]):
                key = f"{fold(a)} {fold(b)}"
                if phrase in frames and vocab.bigrams.get(key):
                    continue  # the documents' own pair of these syllables decides: "moi nguoi" of a text writing
                    # "mỗi người" is no frame's "mọi người" (question_words.txt's pairs stay: they name how a fact is
                    # asked, "bao nhiêu tiền", against the documents' "bao nhiêu tiến độ")
                self.extra_bi.setdefault(key, {})[f"{a} {b}"] = 5
        # For the smoothed pair model: how many different words follow / precede each word.
        self.followers: dict[str, int] = {}
        self.preceders: dict[str, int] = {}
        self.pair_types = 0
        # Words a name is written with but typed without: an abbreviation inside it ("Trường THPT Lê Lợi").
        self.before_abbr: dict[str, dict[str, int]] = {}  # "trường" → {"thpt": 2}
        self.after_abbr: dict[str, dict[str, int]] = {}  # "thpt" → {"lê": 2}
        for table in (vocab.bigrams, self.extra_bi):
            for forms in table.values():
                for pair, n in forms.items():
                    a, _, b = pair.partition(" ")
                    self.followers[a] = self.followers.get(a, 0) + 1
                    self.preceders[b] = self.preceders.get(b, 0) + 1
                    self.pair_types += 1
                    if _abbreviated(b):
                        self.before_abbr.setdefault(a, {})[b] = n
                    if _abbreviated(a):
                        self.after_abbr.setdefault(a, {})[b] = n
        # Numbers as one class: how often a word is written before / after one, and how many numbers there are.
        self.before_number: dict[str, int] = {}  # "trước" → n of "trước 5"
        self.after_number: dict[str, int] = {}  # "ngày" → n of "5 ngày"
        for forms in vocab.bigrams.values():
            for pair, n in forms.items():
                a, _, b = pair.partition(" ")
                if b.isdigit() and not a.isdigit():
                    self.before_number[a] = self.before_number.get(a, 0) + n
                elif a.isdigit() and not b.isdigit():
                    self.after_number[b] = self.after_number.get(b, 0) + n
        self.numbers = sum(n for key, forms in vocab.unigrams.items() if key.isdigit() for n in forms.values())
        self.followers[_NUMBER] = len(self.after_number)
        self.preceders[_NUMBER] = len(self.before_number)
        for forms in self.extra_uni.values():  # everyday words go with anything
            for w in forms:
                self.followers[w] = self.followers.get(w, 0) + 3
                self.preceders[w] = self.preceders.get(w, 0) + 3

    # ---- vocabulary helpers ------------------------------------------------------------
    # Tried and not kept (restore37): a syllable of a longer question word ("sơ" of "hồ sơ", "muốn" of "mình muốn
    # hỏi") given its share only where the question spells that word: "Muon lap cong doan …" lost "muốn" (the
    # documents never write it), one tuning answer abstained (dev2 tune plain cite .864 -> .841)
    def _forms(self, folded: str) -> dict[str, int]:
        """Accented forms of a folded syllable with counts. Everyday question words, rare in
        directive texts ("thì", "nói", "gửi"), get a share of the group so they can compete."""
        forms = dict(self.vocab.unigrams.get(folded, {}))
        total = sum(forms.values())
        for form, n in self.extra_uni.get(folded, {}).items():
            forms[form] = forms.get(form, 0) + max(n, round(DEFAULT.question_share * total))
        return forms

    def _pair(self, a: str, b: str) -> float:
        """How often the documents write b after a: next to it, or with an abbreviation between that a question may
        leave out ("trường lê lợi" for "Trường THPT Lê Lợi", where "Hiệu trưởng Lê …" would otherwise win)."""
        if a == _NUMBER:
            return self.after_number.get(b, 0)
        if b == _NUMBER:
            return DEFAULT.count_slot * self.before_number.get(a, 0)
        key = f"{fold(a)} {fold(b)}"
        beside = self.vocab.bigrams.get(key, {}).get(f"{a} {b}", 0) + self.extra_bi.get(key, {}).get(f"{a} {b}", 0)
        return beside + sum(min(n, self.after_abbr.get(x, {}).get(b, 0))
                            for x, n in self.before_abbr.get(a, {}).items())

    def _count(self, word: str) -> int:
        if word == _NUMBER:
            return self.numbers
        f = fold(word)
        return self.vocab.unigrams.get(f, {}).get(word, 0) + self.extra_uni.get(f, {}).get(word, 0)

    def _transition(self, a: str, b: str) -> float:
        """log P(b | a), absolute discounting with a Kneser-Ney continuation backoff: an unseen
        pair is likelier after a word seen before many different words ("có") than after one that
        is nearly always followed by the same few ("cơ" sở, "cơ" quan)."""
        discount = 0.75
        cont = (self.preceders.get(b, 0) + 0.5) / (self.pair_types + 1.0)
        ca = self._count(a)
        if ca == 0:
            return math.log(cont)
        pair = self._pair(a, b)
        backoff = discount * max(self.followers.get(a, 0), 1) / ca
        return math.log((max(pair - discount, 0.0) / ca) + backoff * cont)

    def _known(self, folded: str) -> bool:
        return folded in self.vocab.unigrams or folded in self.extra_uni

    def correct(self, folded: str) -> str | None:
        """The most frequent known syllable at edit distance 1 (delete, insert, replace, swap)."""
        letters = "abcdefghijklmnopqrstuvwxyz"
        splits = [(folded[:i], folded[i:]) for i in range(len(folded) + 1)]
        cands = {a + b[1:] for a, b in splits if b}
        cands |= {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
        cands |= {a + c + b[1:] for a, b in splits if b for c in letters}
        cands |= {a + c + b for a, b in splits for c in letters}
        best = max((c for c in cands if c != folded and c in self.vocab.unigrams),
                   key=lambda c: (self.vocab.count(c), c), default=None)
        return best

    def _horn_mended(self, words: list[_Word], i: int) -> str:
        """Word i with the horn of an "u" or "o" it was typed without ("gủi báo cáo" → "gửi"), the mark a writer most
        often leaves out (it takes a key of its own), when the documents never write the word as typed but write the
        mended one beside the word before or after it; else "". A word they write, a question's own word, and a
        capitalised word not opening the question (a name: "Nguyễn Văn Thục") stay as typed, and so does a word whose
        mended form no neighbour confirms ("Chúc mừng" is no "Chức mừng")."""
        w = words[i]
        lower = unicodedata.normalize("NFC", w.text.lower())
        if not has_marks(lower) or self._count(lower) or is_stopword(lower) or (i and w.text[:1].isupper()):
            return ""
        def typed(j: int) -> str:
            return unicodedata.normalize("NFC", words[j].text.lower()) if 0 <= j < len(words) and \
                words[j].kind == "word" else ""
        before, after = typed(i - 1), typed(i + 1)
        evidence = {form: (self._pair(before, form) if before else 0) + (self._pair(form, after) if after else 0)
                    for form in _horn_added(lower)}
        count, form = max(((n, f) for f, n in evidence.items()), default=(0, ""))
        return form if count else ""

    # ---- analysis ----------------------------------------------------------------------
    def _words(self, question: str) -> list[_Word]:
        words: list[_Word] = []
        for m in _SPAN_RE.finditer(question):
            span = m.group(0)
            if ("&" in span or "-" in span) and self.abbreviations.find(span):
                words.append(_Word(m.start(), m.end(), span, "abbr"))
                continue
            for p in _PART_RE.finditer(span):
                words.append(_Word(m.start() + p.start(), m.start() + p.end(), p.group(0)))
        for w in words:
            if w.kind == "word" and self.abbreviations.find(w.text):
                w.kind = "abbr"
        return words

    def _spelled(self, word: _Word) -> list[str]:
        """An abbreviation's spelled-out syllables, lower case ("gd" → giáo, dục); none for another word."""
        entry = self.abbreviations.find(word.text) if word.kind == "abbr" else None
        return [s.lower() for s in syllables(entry.expansion)] if entry else []

    def _closing_particles(self, words: list[_Word]) -> dict[int, str]:
        """The words closing a question typed without marks that are its sentence-final particles ("… bao nhieu tien
        vay" → "vậy", prompts/chat_words.toml particles): each of the last words, from the end, whose syllable is a
        particle's and which the documents never write beside the word before it (a loan text's "tiền vay" stays)."""
        found: dict[int, str] = {}
        for i in range(len(words) - 1, 2, -1):
            w, before = words[i], words[i - 1]
            particle = _PARTICLES.get(w.text.lower())
            if w.kind != "word" or particle is None or f"{fold(before.text.lower())} {w.text.lower()}" in \
                    self.vocab.bigrams:
                break
            found[i] = particle
        return found

    def _places(self, words: list[_Word]) -> dict[int, str]:
        """The words of a question typed without marks that name a place as prompts/places.tsv writes it ("Ha Tinh"
        → "hà tĩnh", not the documents' commoner "hạ tỉnh"), by position: typed with capitals as a name is, or written
        by the documents in no other way ("ca mau" where no "cá màu" is written; "da nang" stays open beside "đa
        năng")."""
        found: dict[int, str] = {}
        folded = [fold(w.text) if w.kind == "word" else "" for w in words]
        for i in range(len(words)):
            for key, name in _place_names().items():
                n = len(key)
                if i in found or tuple(folded[i:i + n]) != key:
                    continue
                capitals = all(w.text[:1].isupper() for w in words[i:i + n])
                written = {f"{a} {b}" for a, b in zip(name, name[1:])}
                other = any(set(self.vocab.bigrams.get(f"{a} {b}", {})) - written for a, b in zip(key, key[1:]))
                if capitals or not other:
                    found.update({i + j: form for j, form in enumerate(name)})
        return found

    def _restore(self, words: list[_Word], restore_all: bool) -> bool:
        """Choose each word's accented form; Viterbi over syllable-pair counts. True if changed."""
        changed = False
        cands: list[list[tuple[str, float]]] = []
        particles = self._closing_particles(words) if restore_all else {}
        places = self._places(words) if restore_all else {}
        for i, w in enumerate(words):
            lower = unicodedata.normalize("NFC", w.text.lower())
            if i in particles:
                cands.append([(particles[i], 0.0)])
                continue
            if i in places:
                cands.append([(places[i], 0.0)])
                continue
            if w.kind == "abbr" or not lower.isalpha():
                cands.append([(lower, 0.0)])
                continue
            f = fold(lower)
            forms = self._forms(f)
            corrected = False
            # Only a word that cannot be a Vietnamese syllable is taken for a typo ("độgn", "chnh");
            # a well-formed word the corpus lacks ("Tết") is more likely just not in the documents, and a word typed in
            # capitals is an abbreviation no table knows ("Sở TTTT" is no "Sở TTYT" of another body).
            if not forms and len(f) >= 3 and not is_syllable(f) and not _in_capitals(w, words):
                fixed = self.correct(f)
                if fixed:
                    forms, corrected, changed = self._forms(fixed), True, True
            mended = "" if restore_all or corrected else self._horn_mended(words, i)
            if mended:
                cands.append([(mended, 0.0)])
                changed = True
            # Words typed with diacritics are kept unless unknown even without them (a typo).
            elif forms and (corrected or (restore_all and not has_marks(lower))):
                total = sum(forms.values())
                ranked = sorted(forms.items(), key=lambda kv: -kv[1])[:6]
                prior = DEFAULT.restore_prior
                cands.append([(form, prior * math.log((n + 0.5) / (total + 1))) for form, n in ranked])
            else:
                cands.append([(lower, 0.0)])
        if not words:
            return False
        # Viterbi: each word's share of its folded group, weighed by weights.restore_prior (a pair model holds it
        # already, yet small corpora leave many pairs unseen), plus the smoothed pair model P(word | previous word).
        # An abbreviation is read beside its neighbours as its spelled-out words: "so gd" is "sở" of "Sở Giáo dục",
        # which the documents write, not "sơ".
        spelled = [self._spelled(w) for w in words]
        best = [{form: (score, [form]) for form, score in cands[0]}]
        for i in range(1, len(words)):
            layer = {}
            for form, score in cands[i]:
                options = []
                for prev, (pscore, path) in best[-1].items():
                    a = spelled[i - 1][-1] if spelled[i - 1] else _slot(prev)
                    b = spelled[i][0] if spelled[i] else _slot(form)
                    options.append((pscore + score + self._transition(a, b), path))
                top = max(options, key=lambda o: o[0])
                layer[form] = (top[0], top[1] + [form])
            best.append(layer)
        path = max(best[-1].values(), key=lambda v: v[0])[1]
        slots = [_slot(f) for f in path]
        for i, (w, form) in enumerate(zip(words, path)):
            if form != unicodedata.normalize("NFC", w.text.lower()):
                changed = True
            w.form = form
            # a restored form is vouched for by a pair the documents write ("đăng ký"; not "tôi" of "toi da" beside
            # "khăn": a form the documents hold, but never so; "mấy" by a number written beside its neighbour)
            beside = ((slots[i - 1], slots[i]) if i else ("", ""),
                      (slots[i], slots[i + 1]) if i + 1 < len(slots) else ("", ""))
            w.sure = form == fold(form) or len(words) == 1 or i in particles or i in places or any(
                self._pair(a, b) > 0 for a, b in beside if a and b)
        return changed

    def _mark_fillers(self, words: list[_Word], question: str) -> None:
        forms = [w.form if w.kind != "abbr" else "" for w in words]
        i = 0
        while i < len(words):
            for phrase in self.fillers:
                n = len(phrase)
                if tuple(forms[i:i + n]) == phrase:
                    for w in words[i:i + n]:
                        w.kind = "filler"
                    i += n - 1
                    break
            i += 1
        # "... có ... không?" — a clause-final "không" asks, it is not a negation.
        for j, w in enumerate(words):
            if w.form == "không" and w.kind == "word":
                tail = question[w.end:words[j + 1].start] if j + 1 < len(words) else question[w.end:]
                if j + 1 == len(words) or re.search(r"[,.;?!]", tail):
                    w.kind = "filler"

    def _docs_of(self, refs: Iterable[tuple[str, int]]) -> set[str]:
        """The documents named by these (kind, number) refs: by their own number, else as the one they implement."""
        return set().union(*(self.numbered.get(r) or self.doc_refs.get(r, set()) for r in refs))

    def kind_corrected(self, question: str) -> str:
        """The question with a document named by another kind than its own ("Kế hoạch 16", "KH 41", "thông báo kết
        luận 305") named by the kind it has ("Chương trình 16", "Chỉ thị 41", "Thông báo 305"): when no loaded
        document is or implements a document of the kind typed with that number, but exactly one is or implements one
        with that number of exactly one other kind — else the one loaded document numbered so of another kind whose
        names say the kind typed ("Thông báo kết luận …" is a conclusion). Otherwise the question as typed: a
        document of another kind its names never call so ("Quyết định 09" of Tờ trình 09) is not the one asked, and
        the answer says none so numbered is loaded, naming it (about_documents.missing_number); a number written with
        its code ("Quyết định 09/QĐ-CĐCS") names its kind twice and is never another kind's document, unless that
        document has that very number."""
        known = self.numbered.keys() | self.doc_refs.keys()
        folded = fold_same_length(uncounted(question))
        for m in REF_RE.finditer(folded):
            kind, number = DOC_KINDS[m.group(1)], int(m.group(2))
            if (kind, number) in known:
                continue
            others = {ref for ref in known if ref[1] == number and ref[0] != kind}
            # one implementing (or issued with) a document numbered so is called by the kind it has ("Kế hoạch 16" of
            # the plan implementing Chương trình 16)
            docs = set().union(*(self.doc_refs.get(r, set()) - self.numbered.get(r, set()) for r in others))
            # else a loaded document numbered so named by its title's words ("thông báo kết luận 305" of Thông báo
            # 305 "Thông báo kết luận …")
            fits = {(ref[0], doc) for ref in others for doc in self.numbered.get(ref, set())
                    if self._fits(kind, doc, folded[:m.start()])}
            written = full_numbers(question[m.start(2):])
            if len(others) == 1 and len(docs) == 1:
                if written and not any(self.by_number.get(full, set()) & docs
                                       for full in written if full.startswith(f"{number}/")):
                    continue
                other, start = next(iter(others))[0], m.start()
            elif len(fits) == 1 and not written:
                other = next(iter(fits))[0]
                start = self._kind_phrase_start(folded, m.start())
            else:
                continue
            return f"{question[:start]}{_KIND_NAMES[other]} {number}{question[m.end():]}"
        return question

    def _fits(self, kind: str, doc: str, before: str) -> bool:
        """Whether a document is one of the kind a question names it by: its names say that kind not as another
        document's reference ("Thông báo kết luận của Chủ tịch …" is a conclusion, "Kế hoạch thực hiện Kết luận số
        21" not), or the words just before the kind typed name its own kind ("thông báo kết luận 305")."""
        if re.search(rf" {re.escape(fold(_KIND_NAMES[kind]))} (?!(?:so )?\d)", self._names.get(doc, "")):
            return True
        own = {ref[0] for ref, docs in self.numbered.items() if doc in docs}
        return any(re.search(rf"(?<!\w){re.escape(fold(_KIND_NAMES[k]))}\s*$", before) for k in own)

    @staticmethod
    def _kind_phrase_start(folded: str, start: int) -> int:
        """Where the kind names typed before a reference's kind begin ("thông báo kết luận 305" → at "thông báo")."""
        while m := _KIND_BEFORE.search(folded, 0, start):
            start = m.start()
        return start

    def analyze(self, question: str) -> QueryPlan:
        """What each retriever gets. (Cached: answering asks it of the same question up to three times —
        the search, the obligations' scope, who signed — and the analyser is made anew when the index changes.)"""
        plan = self._plans.get(question)
        if plan is None:
            if len(self._plans) >= 256:
                self._plans.clear()
            plan = self._plans[question] = self._analyze(question)
        return plan

    def _analyze(self, question: str) -> QueryPlan:
        question = normalize(question).strip()
        words = self._words(question)
        restore_all = typed_without_diacritics(question, self.abbreviations)
        restored = self._restore(words, restore_all)
        self._mark_fillers(words, question)

        # Dense text: the question with restored words and abbreviations spelled out; reading: restored words only.
        out, read, shown, last = [], [], [], 0
        expanded: dict[str, str] = {}
        for w in words:
            out.append(question[last:w.start])
            read.append(question[last:w.start])
            shown.append(question[last:w.start])
            word = w.text if w.kind == "abbr" or not w.form or w.form == w.text.lower() else \
                w.form[0].upper() + w.form[1:] if w.text[:1].isupper() else w.form
            read.append(word)
            shown.append(word if w.sure else w.text)
            if w.kind == "abbr":
                entry = self.abbreviations.find(w.text)
                abbr, expansion = entry.short, entry.expansion
                numbered = fold(expansion) in DOC_KINDS and re.match(r"\s*(?:số\s*)?\d", question[w.end:])
                if numbered:  # "NQ 02" -> "Nghị quyết 02": a document reference reads best spelled out
                    expanded.setdefault(abbr, expansion)
                    out.append(expansion[0].upper() + expansion[1:])
                elif abbr not in expanded:
                    expanded[abbr] = expansion
                    out.append(f"{expansion} ({abbr})")
                else:
                    out.append(abbr)
            else:
                out.append(word)
            last = w.end
        out.append(question[last:])
        read.append(question[last:])
        shown.append(question[last:])
        # the words naming the document asked of as a whole ("… thực hiện kế hoạch?") say which, not what about
        dense_text = roman_quarters(without_self_reference("".join(out)))
        if dense_text.strip() and not asserts(question):  # a statement to judge keeps its own marks
            dense_text = _CLOSING_MARKS.sub("", dense_text) + "?"

        # Lexical groups: phrases broken at punctuation, fillers and abbreviations.
        runs: list[list[str]] = []
        current: list[str] = []
        for j, w in enumerate(words):
            gap = question[words[j - 1].end:w.start] if j else ""
            if w.kind != "word" or re.search(r"[^\s]", gap):
                if current:
                    runs.append(current)
                current = []
            if w.kind == "word":
                current.extend(syllables(w.form or w.text))
        if current:
            runs.append(current)
        folded_toks, accented_toks, abbr_toks = [], [], []
        expansion_groups: list[tuple[list[str], float]] = []
        for run in runs:
            folded_toks += phrase_tokens(run, accented=False)
            accented_toks += phrase_tokens(run, folded=False)
        for abbr, expansion in expanded.items():
            abbr_toks += phrase_tokens(syllables(abbr))
            expansion_groups.append(_another_name(expansion))
        expansion_groups += [_another_name(name) for name in dict.fromkeys(
            name for run in runs for name in [*self.synonyms.others(run), *other_quarter_forms(" ".join(run))])]
        # "áp dụng … từ khi nào": asked in other words than the line stating it writes ("có hiệu lực từ ngày …")
        expansion_groups += [_another_name(name) for name in (self.asked_words(question) if self.asked_words else [])]
        # The spelled-out form in the question also finds passages that only use the abbreviation.
        for run in runs:
            folds = [fold(s) for s in run]
            firsts = set(folds)  # a spelled-out form not opening with a word of the run is not in it
            for words_key, abbr in self.reverse.items():
                n = len(words_key)
                if words_key[0] in firsts and any(tuple(folds[i:i + n]) == words_key
                                                  for i in range(len(folds) - n + 1)):
                    abbr_toks += phrase_tokens(syllables(abbr))
        accent_weight = 0.35 if restore_all else 0.6
        groups = [(folded_toks, 1.0), (accented_toks, accent_weight), (abbr_toks, 1.0), *expansion_groups]
        groups = [(toks, wt) for toks, wt in groups if toks]

        refs = doc_refs(question)
        doc_ids = self._docs_of(refs)
        doc_ids |= set().union(*(self.by_number.get(n, set()) for n in full_numbers(question)))
        return QueryPlan(question, dense_text, groups, doc_ids, expanded, restored,
                         closing_asked(f"{question}\n{dense_text}"), "".join(read), "".join(shown))


CLOSING_QUESTIONS_FILE = PROMPTS_DIR / "closing_questions.tsv"


@lru_cache(maxsize=1)
def _closing_patterns() -> list[tuple[str, re.Pattern[str]]]:
    rows = []
    for line in CLOSING_QUESTIONS_FILE.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            kind, pattern = line.split("\t", 1)
            rows.append((kind.strip(), re.compile(pattern.strip())))
    return rows


def closing_spans(question: str) -> list[tuple[int, int]]:
    """Where a question asks for a closing passage ("ai ký", "ký ngày nào"): spans in its own offsets — of a pattern's
    words asking (its group "ask") when it needs more around them: "Kế hoạch tiêm chủng … gửi những nơi nào" asks with
    "gửi những nơi nào", its kind and title words naming the plan; around the one asked of (its group "who": "văn bản
    nào do | phó giám đốc | ký"), who is no asking words."""
    folded = fold_same_length(question)
    spans = []
    for _, pattern in _closing_patterns():
        for m in pattern.finditer(folded):
            if "ask" in pattern.groupindex:
                spans.append(m.span("ask"))
            elif "who" in pattern.groupindex:
                spans += [(m.start(), m.start("who")), (m.end("who"), m.end())]
            else:
                spans.append(m.span())
    return sorted(spans)


def closing_asked(question: str) -> set[str]:
    """The closing passage kinds a question asks for: whom a document goes to, who signed it, when, by whom and
    under which number it was issued (the header)."""
    folded = fold(question)
    return {kind for kind, pattern in _closing_patterns() if pattern.search(folded)}
