"""What kind of fact a question asks for, and whether a sentence states such a fact.

Cues are matched on the folded question (so questions typed without diacritics work too);
fact patterns are matched on the original passage text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from troly.tables import toml
from troly.vntext import STOP_FOLDED, bodies, fold

# Fact kinds. STRICT kinds are ones an answer must contain verbatim: if no well-matching
# passage states one, the documents do not answer the question.
PHONE, EMAIL, MONEY, PERCENT, DATE, NUMBER = "phone", "email", "money", "percent", "date", "number"
ADDRESS, PERSON, YEAR, WEBSITE = "address", "person", "year", "website"
TIME, RECIPIENT, ACTOR, PLACE, DUTY, REPORT = "time", "recipient", "actor", "place", "duty", "report"
STRICT = (PHONE, EMAIL, WEBSITE, ADDRESS, PERSON, MONEY, PERCENT, DATE, YEAR, NUMBER)

_CUES: dict[str, str] = {
    PHONE: r"\b(so dien thoai|dien thoai|sdt|so dt|hotline|duong day nong)\b",
    EMAIL: r"\b(email|e mail|thu dien tu|hop thu)\b",
    ADDRESS: r"\b(dia chi|tru so|dat o dau|dat tai dau|so nha)\b",
    WEBSITE: r"\b(website|trang web|trang thong tin dien tu|duong link|duong dan|fanpage|zalo oa)\b",
    PERSON: r"(^|\s)(ai la|ten (la )?gi|ho ten|ten cua|ten (ong|ba|dong chi)|ong nao|ba nao|dong chi nao)(\s|$|\?)",
    YEAR: r"\b(nam nao|nam may|nam bao nhieu)\b",
    MONEY: r"\b(bao nhieu tien|muc tien|so tien|bao nhieu dong|muc (ho tro|thuong|chi|luong)\b.*\bbao nhieu|"
           r"bao nhieu .*\b(trieu|nghin|ngan) dong)\b",
    PERCENT: r"(\bphan tram\b|%|\bty le\b.*\b(bao nhieu|may|la gi|dat)\b|\b(bao nhieu|may)\b.*\bty le\b)",
    DATE: r"\b(ngay nao|ngay may|ngay bao nhieu|ngay thang nao|hom nao|thu may|ngay gio nao|ngay nao)\b",
    NUMBER: r"\b(bao nhieu|so luong|may (nguoi|don vi|mo hinh|doan vien|lan|cuoc|nam|thang|ngay|muc|chi tieu)|"
            r"so may|it nhat)\b",
    TIME: r"\b(khi nao|luc nao|bao lau|thoi han|han chot|han nop|han gui|thoi gian|bao gio|dinh ky|may lan|"
          r"mot lan|hang nam|hang thang|nam nao|thang nao|giai doan nao|den nam|khi nao|ky nao|thoi diem)\b",
    RECIPIENT: r"\b(gui ai|gui ve dau|ve dau|gui cho ai|gui dau|cho ai|bao cao ai|bao cao (len|ve|cho|voi)|"
               r"nop (o dau|ve|cho|len|tai)|len dau|gui (den|toi|ve|len)|noi nhan|nop dau|o dau)\b",
    ACTOR: r"(^|\s)(ai|ban nao|don vi nao|co quan nao|cap nao|to chuc nao|bo phan nao|dau moi|"
           r"chiu trach nhiem|chu tri|phu trach)(\s|$|\?)",
    PLACE: r"\b(o dau|tai dau|dia diem|noi nao|cho nao|dia chi)\b",
    DUTY: r"\b(nhiem vu|lam gi|phai lam|can lam|trach nhiem|duoc giao|giao (ban|cho)|phan cong|"
          r"to chuc thuc hien|trien khai (the nao|gi|nhu the nao)|can gi|phai gi)\b",
    REPORT: r"\b(bao cao|tong hop ket qua|gui ket qua|nop ket qua)\b",
}
_CUE_RE = {kind: re.compile(p) for kind, p in _CUES.items()}

_FACTS: dict[str, str] = {
    PHONE: r"(?<!\d)0\d{2,3}[ .]?\d{3}[ .]?\d{3,4}(?!\d)|\b(điện thoại|ĐT)\s*:?\s*\d",
    EMAIL: r"[\w.+-]+@[\w-]+\.[\w.]+",
    WEBSITE: r"\b[\w-]+\.(?:vn|com|org|net|gov)\b|\bwww\.|https?://",
    PERSON: r"\b(?:[Ôô]ng|[Bb]à|[Đđ]ồng chí|đ/c|Đ/c)\s+[A-ZĐ]\w*(?:\s+[A-ZĐ]\w*){1,3}",
    YEAR: r"\b(?:19|20)\d{2}\b",
    ADDRESS: r"\b[Ss]ố\s+\d+[A-Z]?\s*,?\s*(đường|phố|ngõ|ngách)|\b(đường|phố|phường|quận|thị trấn)\s+[A-ZĐ\d]|"
             r"\b[Đđ]ịa chỉ\s*:",
    MONEY: r"\d[\d.,]*\s*(đồng|triệu|tỷ đồng|nghìn|ngàn|vnđ|VNĐ|VND)\b",
    PERCENT: r"\d+(?:[.,]\d+)?\s*%",
    DATE: r"\bngày\s+\d{1,2}\s*(/|-|tháng)\s*\d{1,2}|\b\d{1,2}/\d{1,2}/\d{2,4}\b|\btrước ngày\b",
    NUMBER: r"\d|\b(một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|trăm|nghìn|ít nhất|tối thiểu|tối đa|hầu hết|toàn bộ)\b",
    TIME: r"\b(hằng|hàng)\s+(năm|tháng|quý|tuần|ngày|kỳ)\b|\bđịnh kỳ\b|\d+\s*tháng\b|\bnăm\s+\d{4}\b|"
          r"\d{4}\s*[-–]\s*\d{4}|\bgiai đoạn\b|\btrước ngày\b|\bthường xuyên\b|\btheo yêu cầu\b|\bkịp thời\b|"
          r"\bđến năm\b|\bnhiệm kỳ\b|\bcuối năm\b|\bđầu năm\b|\bquý\s+[IV\d]+|\bngày\s+\d|\bcùng (với )?báo cáo\b|"
          r"\bsơ kết\b|\btổng kết\b|\bnăm học\b|\btừng năm\b|\bmỗi năm\b|\bhằng năm\b",
    RECIPIENT: r"\b(gửi|về|cho|lên|tới|với|tại)\s+(các\s+)?(" + bodies().pattern() +
               r"|Website|cấp ủy|chuyên mục|Đảng|[A-ZĐ]{2,})",
    ACTOR: r"\b(" + bodies().pattern() + r"|người đứng đầu|cấp ủy)",
    PLACE: r"\b(tại|ở|trên)\s+\S",
}
_FACT_RE = {kind: re.compile(p) for kind, p in _FACTS.items()}


@dataclass
class QuestionKind:
    kinds: set[str] = field(default_factory=set)

    @property
    def strict(self) -> list[str]:
        """Strict kinds asked for; the most specific first (a percentage is also a number)."""
        found = [k for k in STRICT if k in self.kinds]
        if set(found) & {PERCENT, MONEY, DATE, PHONE, ADDRESS, YEAR}:
            found = [k for k in found if k != NUMBER]
        return found

    @property
    def soft(self) -> list[str]:
        return [k for k in (TIME, RECIPIENT, ACTOR, PLACE, DUTY, REPORT) if k in self.kinds]

    @property
    def wants_obligations(self) -> bool:
        return bool(self.kinds & {DUTY, REPORT, TIME, RECIPIENT, ACTOR}) or PERCENT in self.kinds \
            or NUMBER in self.kinds


def classify(question: str) -> QuestionKind:
    folded = " " + " ".join(re.findall(r"[a-z0-9%]+", fold(question))) + " "
    if "%" in question:
        folded += " % "
    return QuestionKind({kind for kind, rx in _CUE_RE.items() if rx.search(folded)})


def states(kind: str, text: str) -> bool:
    """Whether `text` states a fact of this kind (a date, a percentage, a body it is sent to...)."""
    rx = _FACT_RE.get(kind)
    return bool(rx and rx.search(text))


# Cue words describe the kind of answer, not its topic: they are not matched against passages.
CUE_WORDS = frozenset("phan tram dien thoai sdt email lau gio ngay hom lan".split())


_UNIT_Q = re.compile(r"\b(?:bao nhieu|may)\s+([a-z]+)")
_NUMBER_WORDS = r"(?:\d+|mot|hai|ba|bon|nam|sau|bay|tam|chin|muoi|tram|nghin|it nhat \S+|toi thieu \S+)"


def number_unit(question: str) -> str:
    """The thing counted in "bao nhiêu ngày" / "mấy mô hình" (folded first syllable), if any."""
    m = _UNIT_Q.search(" ".join(re.findall(r"[a-z0-9]+", fold(question))))
    if not m or m.group(1) in STOP_FOLDED or m.group(1) in {"phan", "tien", "dong", "la"}:
        return ""
    return m.group(1)


def counts(unit: str, text: str) -> bool:
    """Whether `text` gives a number of `unit` ("5 ngày", "ít nhất 01 đoàn viên" for "bao nhiêu người")."""
    folded = " ".join(fold(text).split())  # punctuation kept: "02-NQ/TW ngày" is no count of days
    if re.search(rf"(?<![\w/.-]){_NUMBER_WORDS}\s+(?:[a-z]+\s+){{0,2}}?{re.escape(unit)}\b", folded):
        return True
    words = toml("count_words.toml")
    if unit not in words["generic"]:
        return False
    other = "|".join(map(re.escape, words["not_people"]))
    return bool(re.search(rf"(?<![\w/.,-])(?:\d+|{_NUMBER_WORDS})\s+(?!(?:{other})\b)[a-z]{{2,}}\b", folded))
