"""How people name the body that issued a document, read one way wherever a body is named: its name without the
organ signing for it ("Ban Chấp hành"), a company's legal form ("cổ phần", "TNHH") or the level word before its
province ("tỉnh"), which people naming it leave out; the provinces a name holds (prompts/places.tsv); whether a name
stands for a document's issuer. Search scopes a question to a body named by its own name (DocumentScope.of_body_in),
and the answers saying who issued or signed a document, who holds a post and which documents a body issued compare
the body asked with the issuer here."""
from __future__ import annotations

import itertools
import re
import unicodedata
from collections import Counter
from collections.abc import Mapping
from functools import lru_cache

from troly import tables
from troly.texts import alternation
from troly.vntext import PROVINCE_LEVELS, bodies, common_abbreviations, padded_words, place_forms, plain_words
from troly.vntext import places as place_names
from troly.weights import DEFAULT

_HEADER_WORDS = tables.toml("header_words.toml")
# a company's legal form ("Công ty cổ phần May …"), in plain words, between spaces
_LEGAL_FORM = re.compile(rf"(?<= ){alternation(map(plain_words, _HEADER_WORDS['issuer']['legal_forms']))}(?= )")
# an organ opening a body's name, the body named after it ([header] organs: "Ban Chấp hành Công đoàn …"), as written
# or in plain words
_ORGANS = _HEADER_WORDS["header"]["organs"]
_ORGAN = re.compile(rf"^{alternation([*_ORGANS, *map(plain_words, _ORGANS)])}\s+(?=\w)", re.I)
# the level words written before a province's name ("tỉnh Nghệ An")
_LEVELS = tuple(plain_words(w) for w in PROVINCE_LEVELS)
# the words opening a union's body's own name ("Công đoàn ngành Y tế")
_OWN_NAMES = tuple(f"{plain_words(o)} " for o in _HEADER_WORDS["scope"]["own_names"])
# a level below the province as an issuer writes it, and the words after it (local_places); a city's level, shared
# with provinces ([scope] city_within), counts when the name after it is no province's
_CITY = tuple(_HEADER_WORDS["scope"]["city_within"])
_WITHIN = re.compile(rf"(?<!\w)({alternation([*_HEADER_WORDS['scope']['within_province'], *_CITY])})\s+(?=([\w\s]+))")
# where a body is, after its own name ("… Chi cục Thuế khu vực Bắc Nghệ An", "… quận Lê Chân", "… Viên chức tỉnh"): a
# level or a word of [scope] where as written (lower case, with its marks: "Hải quan" is no "quận"), before a name
# written with a capital or a number, or ending the name ("xã" of "Bảo hiểm xã hội" is none)
_WHERE_WORDS = [*PROVINCE_LEVELS, *_HEADER_WORDS["scope"]["within_province"], *_HEADER_WORDS["scope"]["where"]]
_WHERE_WORD = re.compile(rf"(?<!\w)(?:{alternation(_WHERE_WORDS)})(?!\w)")
_WHERE_FIRST = frozenset(plain_words(w).split()[0] for w in _WHERE_WORDS)


@lru_cache(maxsize=1)
def places() -> dict[str, str]:
    """{plain form people type, padded: canonical plain name}."""
    return {f" {form} ": padded_words(name) for form, name in place_names().items()}


def places_in(text: str) -> set[str]:
    """The provinces a text names, each as its canonical plain name, padded; a form matched in plain words counts only
    where the words typed with marks carry the place's own ("đánh giá lại" names no Gia Lai; "Khánh Hoà" is "Khánh
    Hòa", "o gia lai" typed without any)."""
    plain = padded_words(text)
    found = [(form, canonical) for form, canonical in places().items() if form in plain]
    if not found:
        return set()
    words = _marked_words(text)
    return {canonical for form, canonical in found if _spelled_as_place(words, form)}


def _marks(word: str) -> Counter[str]:
    """A word's diacritics, wherever its tone mark stands ("hoà", "hòa"): "đ" and the combining marks."""
    return Counter(c for c in unicodedata.normalize("NFD", word.lower()) if c == "đ" or unicodedata.combining(c))


def _marked_words(text: str) -> list[tuple[str, Counter[str] | None]]:
    """A text's plain words (plain_words), each with the marks of the word it was typed as (None when that word
    folds to several)."""
    out: list[tuple[str, Counter[str] | None]] = []
    for word in re.findall(r"[^\W_]+", unicodedata.normalize("NFC", text)):
        pieces = plain_words(word).split()
        out.extend((piece, _marks(word) if len(pieces) == 1 else None) for piece in pieces)
    return out


@lru_cache(maxsize=1)
def _place_spellings() -> dict[str, list[list[Counter[str]]]]:
    """{a place's padded plain form: the marks of each word of every way prompts/places.tsv writes it}."""
    out: dict[str, list[list[Counter[str]]]] = {}
    for written, _ in place_forms():
        words = re.findall(r"[^\W_]+", unicodedata.normalize("NFC", written))
        if len(words) == len(plain_words(written).split()):
            out.setdefault(padded_words(written), []).append([_marks(w) for w in words])
    return out


def _spelled_as_place(words: list[tuple[str, Counter[str] | None]], form: str) -> bool:
    """Whether some run of the text's words reading `form` (padded) carries no mark the place's name lacks (any, for a
    form the table does not write)."""
    wanted = form.split()
    spellings = _place_spellings().get(form)
    if not spellings:
        return True
    for start in range(len(words) - len(wanted) + 1):
        run = words[start:start + len(wanted)]
        if [w for w, _ in run] == wanted and any(
                all(marks is None or not marks - own for (_, marks), own in zip(run, spelling))
                for spelling in spellings):
            return True
    return False


def without_organ(name: str) -> str:
    """A body's name, as written or in plain words, without the organ opening it ("Ban Chấp hành Công đoàn ngành Y
    tế …"): an organ issues and signs for its body, and people name the body."""
    return _ORGAN.sub("", name.strip())


def without_legal_form(name: str) -> str:
    """A body's name in plain words, padded, without a company's legal form ("cổ phần", "TNHH"), which people naming
    the body leave out."""
    return " " + " ".join(_LEGAL_FORM.sub(" ", padded_words(name)).split()) + " "


def without_province_level(name: str) -> str:
    """A padded plain name without the level word before a province's name, which people leave out ("công đoàn ngành
    y tế Nghệ An" of "… ngành Y tế tỉnh Nghệ An"): the province's name alone says which body is meant."""
    for form in places():
        for level in _LEVELS:
            name = name.replace(f" {level}{form}", form)  # forms are padded: " nghe an "
    return name


def local_places(issuer: str) -> set[str]:
    """The places below a province an issuer's name says it is in ("Liên đoàn Lao động quận Ngô Quyền": " quan ngo
    quyen "), as padded plain words with their level word (lower case, as an issuer writes it, before a name written
    with capitals or a number: "Phường 5"; "xã" of "Chính sách xã hội" is none; or, the last level, the few words
    ending the name: "… quận lê chân" read back so from a header in capitals): a question naming that place names its
    documents as a province's name does (DocumentScope.named_in)."""
    found = set()
    levels = list(_WITHIN.finditer(unicodedata.normalize("NFC", issuer)))
    for n, m in enumerate(levels):
        words = re.findall(r"[^\W_]+", m.group(2))
        name = list(itertools.takewhile(lambda w: w[0].isupper() or w.isdigit(), words))
        if not name and n == len(levels) - 1 and 1 < len(words) <= DEFAULT.place_tail_words and not any(
                _WHERE_WORD.fullmatch(w) for w in words):
            name = words  # the last words of a name its header's capitals were read back in small letters
        if name and not (m.group(1) in _CITY and places_in(f"{m.group(1)} {' '.join(name)}")):
            found.add(padded_words(f"{m.group(1)} {' '.join(name)}"))
    return found


# the level words below a province, in plain words, longest first ("thi xa" before "xa"): what local_names drops
_WITHIN_LEVELS = tuple(sorted((plain_words(w) for w in (*_HEADER_WORDS["scope"]["within_province"], *_CITY)), key=len,
                              reverse=True))


def local_names(issuer: str) -> set[str]:
    """The names of the places below a province an issuer's name says it is in, without their level word ("huyện Phú
    Hòa": " phu hoa "), padded plain words: people name a district or a commune so ("… ở Phú Hòa"). Only names of two
    words or more, without a number ("Phường 5"), that are no province's ("xã Hòa Bình"): a name of one word may be
    an everyday word."""
    found = set()
    for place in local_places(issuer):
        level = next((lv for lv in _WITHIN_LEVELS if place.startswith(f" {lv} ")), None)
        name = place[len(level) + 1:] if level else ""
        if len(name.split()) >= DEFAULT.local_name_words and not any(w.isdigit() for w in name.split()) \
                and name not in places():
            found.add(name)
    return found


def _spelled(issuer: str) -> str:
    """An issuer's name with the abbreviation opening it spelled out ("CĐCS Chi cục Thuế …": "Công đoàn cơ sở Chi cục
    Thuế …"), as people naming it say it."""
    first, _, rest = issuer.strip().partition(" ")
    found = common_abbreviations().find(first) if first else None
    return f"{found.expansion} {rest}" if found else issuer


def own_name(issuer: str) -> str:
    """An issuer's own name as plain words, padded, without its organ, legal form and province (DocumentScope.named_in
    reads that), which people naming it leave out ("công đoàn ngành y tế"); "" unless `own_names` opens it (written
    out, or its abbreviation: "CĐCS …") and it is more than a name of prompts/bodies.tsv ("Công đoàn ngành", "Công
    đoàn Giáo dục" of "… Việt Nam": a level, or a beginning of another body's name)."""
    name = without_province_level(without_legal_form(without_organ(plain_words(_spelled(issuer)))))
    for form in places():
        name = name.replace(form, " ")
    name = name.strip()
    if not name.startswith(_OWN_NAMES) or any(f"{n} ".startswith(f"{name} ") for n in _table_names()):
        return ""
    return f" {name} "


@lru_cache(maxsize=4096)  # one entry per issuer of the store, asked of on every scoped question
def short_tails(issuer: str) -> frozenset[str]:
    """The last words of an issuer's own name people may put after "công đoàn" ([scope] short_before) to name it short
    ("công đoàn Sao Việt" of "Công đoàn Công ty TNHH Điện tử Sao Việt"): two words or more of its end, or of the end
    before where it is (_WHERE_WORD before a capital, or last: "công đoàn đường sắt" of "… Đường sắt Việt Nam",
    "công đoàn hải quan" of "… Hải quan khu vực Hải Phòng"), and that last word alone when it is a name of one word
    (a capital after a small letter: "công đoàn thuế" of "CĐCS Chi cục Thuế khu vực Bắc Nghệ An"; not "Việt" of "Sao
    Việt", nor a name in capitals, whose words cannot be told apart); none opening with where it is ("khu vực …").
    Which of them name one body only is DocumentScope's to say."""
    written = unicodedata.normalize("NFC", issuer)
    where = next((m.start() for m in _WHERE_WORD.finditer(written)
                  if not (after := written[m.end():].split()) or after[0][0].isupper() or after[0][0].isdigit()), None)
    own, core = own_name(written).split(), own_name(written[:where]).split()
    tails = {" ".join(words[-n:]) for words in (own, core) for n in range(2, len(words) - 1)}
    tails = {tail for tail in tails if tail.split()[0] not in _WHERE_FIRST}
    named = re.findall(r"[^\W_]+", written[:where])  # "… Chi cục Thuế": a name of one word, after a small letter
    if len(core) > 2 and len(named) > 1 and named[-1][0].isupper() and named[-2][0].islower():
        tails.add(core[-1])
    return frozenset(tails)


@lru_cache(maxsize=1)
def _table_names() -> frozenset[str]:
    """Every name of prompts/bodies.tsv's bodies, as plain words."""
    return frozenset(plain_words(n) for body in bodies().all for n in body.names)


def same_body(asked: str, known: str, where: str = "") -> bool:
    """Whether two names stand for the same body ("Tổng LĐLĐ Việt Nam", "Tổng Liên đoàn Lao động Việt Nam"; "công
    đoàn công ty may Sông Đào" of "Công đoàn Công ty cổ phần May Sông Đào"): of the same level, and every word the
    asked name adds to say whose ("tiểu học Kim Đồng", "tỉnh Thái Bình") in the known name or `where` it is (its
    document's place line, upper body) — "Công đoàn trường THPT Nguyễn Huệ" is not the primary school's. An organ
    of a body ("Ban Chấp hành Công đoàn ngành Y tế …") issues and signs for it, and is that body asked."""
    asked, known = without_organ(asked), without_organ(known)
    a, b = bodies().resolve(asked), bodies().resolve(known)
    if a is not None and b is not None:
        own = f"{known} {where}"
        whose = without_legal_form(" ".join(bodies().qualifier(asked))).split()
        return a.name == b.name and set(whose) <= set(plain_words(own).split()) and places_in(asked) <= places_in(own)
    asked, known = without_legal_form(asked), without_legal_form(known)
    if asked in known or known in asked:
        return True
    asked, known = without_province_level(asked), without_province_level(known)
    if asked in known or known in asked:
        return True
    # "ban chỉ đạo … huyện Đắk Hà" of "Ban chỉ đạo …" under "ỦY BAN NHÂN DÂN HUYỆN ĐẮK HÀ": the words after the name
    # say where it is, as its document does
    words, there = asked.split(), set(plain_words(where).split())
    while len(words) > 1 and words[-1] in there:
        words.pop()
    own = f" {' '.join(words)} "
    return len(own) < len(asked) and bool(words) and own in known


def _where(meta: Mapping[str, object]) -> str:
    """Where a document's issuer is, as its data says: its place line and its upper body."""
    return " ".join(str(meta.get(k) or "") for k in ("place", "parent"))


def names_issuer(asked: str, meta: Mapping[str, object]) -> bool:
    """Whether the body `asked` names issued the document of `meta` (a record's data): its issuer, the words saying
    whose in its name, its place line or its upper body ("công đoàn trường tiểu học Lê Lợi huyện Đại Lộc" of the
    school's union under Công đoàn Giáo dục huyện Đại Lộc)."""
    return bool(issuer_named(asked, meta))


def issuer_named(asked: str, meta: Mapping[str, object]) -> str:
    """The issuer of the document of `meta` that the body `asked` names (names_issuer), "" when none: a text two
    bodies issue together ("chương trình phối hợp") has the other among its `co_issuers`."""
    issuers = [str(meta.get("issuer") or ""), *(str(i) for i in meta.get("co_issuers") or [])]
    return next((issuer for issuer in issuers if issuer and same_body(asked, issuer, _where(meta))), "")


def issuer_places(meta: Mapping[str, object]) -> set[str]:
    """The provinces a document's issuer is in (places_in), as its name, place line or upper body says."""
    return places_in(f"{meta.get('issuer') or ''} {_where(meta)}")


def issuer_place_names(meta: Mapping[str, object], seat: bool = True) -> list[str]:
    """The provinces a document's issuer is in (issuer_places), as written ("Khánh Hòa"): a question naming one ("… ở
    Khánh Hòa") names the document as its title does, though its lines say only "trên địa bàn tỉnh". Without `seat`,
    those its issuer's name or upper body names only: the province it is of — the place line of a ministry's text
    ("Hà Nội, ngày …") is only where it sits (bot/answer/other_places.py)."""
    where = _where(meta) if seat else str(meta.get("parent") or "")
    plain = padded_words(f"{meta.get('issuer') or ''} {where}")
    return sorted({name for form, name in place_names().items() if f" {form} " in plain})
