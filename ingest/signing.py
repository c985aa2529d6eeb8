"""In what capacity a signer signs, read from the role printed above their name: "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH
/ PHÓ CHỦ TỊCH / Phạm Văn Thạnh" is Phạm Văn Thạnh, Phó Chủ tịch, signing for the Chủ tịch on behalf of the Ủy ban
nhân dân tỉnh. Answers and `troly show` say it so rather than print the block's capitals run together; the block
itself stays the signature passage, as printed. The marks' meanings: header_words.toml [roles.marks], [roles.acting]."""
from __future__ import annotations

from ingest.repair import is_upper_line
from ingest.truecase import CaseModel, sentence_case
from troly.tables import toml
from troly.vntext import common_abbreviations, fold, is_syllable, plain_words

_WORDS = toml("header_words.toml")
_ROLES = _WORDS["roles"]
_MARKS: dict[tuple[str, ...], str] = {tuple(m.split()): said for m, said in _ROLES["marks"].items()}
_ACTING: dict[tuple[str, ...], str] = {tuple(m.split()): said for m, said in _ROLES["acting"].items()}
# "phó" before a post, and the posts of the table (plain words, the longest first): read so by answers too
# (bot/answer/signatures.py), one reading of signatures
DEPUTY = frozenset(plain_words(w) for w in _ROLES["signing_deputy"])
POSTS = sorted({tuple(plain_words(p).split()) for p in _ROLES["signing"]}, key=len, reverse=True)
# … and at ingest, a head word before a unit's kind ("TRƯỞNG PHÒNG", "TRƯỞNG KHOA"): a unit's post on a mark's line
_UNIT_POSTS = [tuple(plain_words(f"{h} {u}").split()) for h in _ROLES["signing_heads"] for u in _ROLES["signing_units"]]
_ALL_POSTS = (*POSTS, *_UNIT_POSTS)
# posts and bodies as usually written ("Chánh Văn phòng"), longest first, by their plain words
_USUAL = sorted(((tuple(plain_words(u).split()), u.split()) for u in _ROLES["usual_forms"]), key=lambda u: -len(u[0]))
# the organs of a body that sign for it ("BAN THƯỜNG VỤ"), by their plain words: as written in the table
_ORGANS = {plain_words(o): o for o in _WORDS["header"]["organs"]}


def _mark_at(words: list[str], i: int) -> tuple[str, ...] | None:
    """The mark (of either table) the words hold at i, if any."""
    return next((m for m in (*_MARKS, *_ACTING) if tuple(words[i:i + len(m)]) == m), None)


def _posts_at(words: list[str]) -> list[int]:
    """Where a post of the table starts among the words, "PHÓ" before it included."""
    plain = [plain_words(w) for w in words]
    starts = []
    for i in range(len(words)):
        if any(tuple(plain[i:i + len(p)]) == p for p in _ALL_POSTS):
            starts.append(i - 1 if i and plain[i - 1] in DEPUTY else i)
    return sorted(set(starts))


def _split_at_post(words: list[str]) -> tuple[list[str], list[str]]:
    """The words before the first post that does not open them, and the words from it ("CHỦ TỊCH PHÓ CHỦ TỊCH":
    "CHỦ TỊCH", "PHÓ CHỦ TỊCH"); all of them and none when no such post follows."""
    at = next((i for i in _posts_at(words) if i > 0), len(words))
    return words[:at], words[at:]


def _usual(words: list[str]) -> list[str]:
    """Posts and bodies among the words as usually written ([roles] usual_forms: "Chánh văn phòng" → "Chánh Văn
    phòng"), the rest as they are: one capitalisation in every document, whatever its body's."""
    plain = [plain_words(w) for w in words]
    out, i = [], 0
    while i < len(words):
        usual = next((u for p, u in _USUAL if tuple(plain[i:i + len(p)]) == p), None)
        out.extend(usual or words[i:i + 1])
        i += len(usual) if usual else 1
    return out


def _cased(words: list[str], model: CaseModel) -> str:
    """Words printed in capitals in the case the document's body writes them ("ỦY BAN NHÂN DÂN": "Ủy ban nhân dân"),
    posts and bodies as usually written (_usual), an abbreviation in capitals ("UBND")."""
    text = " ".join(words)
    if not is_upper_line(text):
        return " ".join(_usual(words))
    cased = sentence_case(text, model).split()
    if len(cased) != len(words):
        return " ".join(_usual(cased))
    # a letter alone names a party ("BÊN A"): a capital as printed; so is an abbreviation no word spells ("UBND", not
    # the "TƯ" of "TƯ PHÁP")
    kept = [w if len(w) == 1 or common_abbreviations().find(w) and not is_syllable(w) else c
            for w, c in zip(words, cased)]
    return " ".join(_usual(kept))


def _post(words: list[str], model: CaseModel) -> str:
    """A post as titles are written, its first word and the post after "Phó" capitalised ("PHÓ CHỦ TỊCH": "Phó Chủ
    tịch"), the rest as the body writes it."""
    cased = _cased(words, model).split()
    for i in (0, 1) if len(cased) > 1 and plain_words(cased[0]) in DEPUTY else (0,):
        if i < len(cased):
            cased[i] = cased[i][:1].upper() + cased[i][1:]
    return " ".join(cased)


def _whom(words: list[str], model: CaseModel, issuer: str) -> str:
    """Whom a mark signs for: the issuer's own name when the block prints the start of it ("ỦY BAN NHÂN DÂN" of the
    Ủy ban nhân dân tỉnh Tây Ninh); an organ of a body named by its kind alone ("BAN THƯỜNG VỤ") is the issuer's
    (the Ban Thường vụ Liên đoàn Lao động tỉnh …); else as printed."""
    said = " ".join(words)
    if issuer and plain_words(said) and fold(issuer).startswith(fold(said)):
        return " ".join(_usual(issuer.split()))
    organ = _ORGANS.get(plain_words(said))
    if issuer and organ:
        body = issuer.split()  # the body itself, without the organ its name may open with ("Ban Chấp hành …")
        opens = next((len(o.split()) for o in _ORGANS if plain_words(" ".join(body)).startswith(f"{o} ")), 0)
        return " ".join(_usual([*organ.split(), *body[opens:]]))
    return _cased(words, model)


def signing(name: str, role: str, issuer: str, model: CaseModel) -> dict:
    """The signer's capacity read from the role above their name: `post` (their own post, "Phó Chủ tịch"; an acting
    one "Quyền Giám đốc"), `also` (another post printed under it: "Trưởng ban" over "Phó Chủ tịch UBND thành phố"),
    `acts` (each mark, innermost first, with its phrase as said after "ký" and whom it signs for: "KT.", "thay",
    "Chủ tịch"; "TM.", "thay mặt", "Ủy ban nhân dân tỉnh …"). {} when there is no signer."""
    if not name:
        return {}
    words = role.split()
    marks = [i for i in range(len(words)) if _mark_at(words, i)]
    ends = [*marks[1:], len(words)]
    head = words[:marks[0]] if marks else words  # a post printed before any mark, or the whole role
    pieces: list[tuple[tuple[str, ...] | None, list[str]]] = [(None, head)] if head else []
    for i, end in zip(marks, ends):  # each mark and the words up to the next ("KT." "CHỦ TỊCH PHÓ CHỦ TỊCH")
        mark = _mark_at(words, i)
        pieces.append((mark, words[i + len(mark):end]))
    acts: list[dict[str, str]] = []
    acting, held = "", []
    for k, (mark, rest) in enumerate(pieces):
        last = k == len(pieces) - 1
        if mark in _ACTING:
            acting, held = _ACTING[mark], rest
        elif mark in _MARKS:
            whom, post = _split_at_post(rest) if last else (rest, [])
            if whom:
                acts.append({"mark": " ".join(mark), "how": _MARKS[mark], "whom": _whom(whom, model, issuer)})
            held = post
        else:
            held = rest
    post, also = _split_at_post(held)
    post_said = _post(post, model)
    if acting and post_said:
        post_said = f"{acting} {post_said}"
    return {"name": name, "post": post_said, "also": _post(also, model), "acts": acts[::-1]}
