"""Duties, reports, deadlines and targets stated in a document, extracted as data.

Who: the heading a passage sits under in the implementation part ("III. TỔ CHỨC THỰC HIỆN ›
2. Công đoàn các cơ quan, đơn vị, trường học"), an "Actor: ..." lead-in, or the sentence's subject
("Ban Nghiệp vụ làm đầu mối ..."). What: the sentence itself, verbatim. When, to whom, which target:
the phrases that state them. Each obligation keeps its chunk position so answers can cite it.
"""
from __future__ import annotations

import re
import unicodedata

from ingest.model import SECTION_SEP, Obligation, ParsedDocument
from troly.vntext import bodies, split_sentences

# Headings whose sub-headings name the bodies that must act.
_ASSIGNMENT_HEADING = re.compile(r"tổ chức thực hiện|trách nhiệm|phân công|nhiệm vụ của", re.IGNORECASE)
_TARGET_HEADING = re.compile(r"chỉ tiêu|mục tiêu", re.IGNORECASE)
_LABEL = re.compile(r"^\s*(?:[IVXLC]+|\d+(?:\.\d+)*|[a-zđ])\s*[.)/-]\s*", re.IGNORECASE)
_FOR = re.compile(r"^(?:đối với|về phía|giao cho)\s+", re.IGNORECASE)

# A body's name (prompts/bodies.tsv) and what completes it ("LĐLĐ" + " huyện"), or "each level/unit".
_BODY = (r"(?:" + bodies().pattern() + r"[^,;:]{0,60}?|"
         r"(?:Mỗi|Các|Từng)\s+cấp công đoàn[^,;:]{0,40}?|(?:Các|Mỗi)\s+đơn vị[^,;:]{0,40}?)")
_VERB = (r"(?:làm|tham mưu|chủ trì|phối hợp|xây dựng|tổ chức|triển khai|chỉ đạo|theo dõi|báo cáo|tổng hợp|"
         r"căn cứ|chủ động|tăng cường|thực hiện|có trách nhiệm|phải|cần|hướng dẫn|giúp|bổ sung|ban hành|"
         r"kiểm tra|giám sát|phân công|đề xuất|vận động|tuyên truyền|quán triệt|kiện toàn|rà soát)")
_SUBJECT = re.compile(rf"^(?:Giao\s+)?({_BODY})\s+{_VERB}\b")
_LEAD_IN = re.compile(rf"^({_BODY}|[^:]{{0,90}}?(?:công đoàn|Công đoàn|CĐGD|LĐLĐ|CĐCS)[^:]{{0,110}}):\s+")
_EACH = re.compile(r"\b(mỗi\s+(?:công đoàn cơ sở|CĐCS|cấp công đoàn|đơn vị|cơ quan)[^,;:()]{0,40})", re.IGNORECASE)

_WHEN = re.compile(
    r"(?:định kỳ\s+)?(?:hằng|hàng)\s+(?:năm|tháng|quý|tuần|kỳ)(?:\s+học)?|định kỳ(?:\s+\d+\s+tháng(?:\s+và\s+năm)?)?|"
    r"(?:báo cáo\s+)?\d+\s+tháng(?:\s+(?:và|,)\s+(?:năm|cuối năm))?|trước ngày\s+\d{1,2}/\d{1,2}(?:/\d{2,4})?|"
    r"(?:đến|tới|trước)\s+năm\s+\d{4}|giai đoạn\s+\d{4}\s*[-–]\s*\d{4}|nhiệm kỳ\s+\d{4}\s*[-–]\s*\d{4}|"
    r"theo yêu cầu|thường xuyên|cuối năm|từng năm|mỗi năm|năm học", re.IGNORECASE)
_REPORT = re.compile(r"\bbáo cáo\b", re.IGNORECASE)
_RECIPIENT = re.compile(
    r"(?:gửi\s+(?:về|tại|lên|cho|đến)?|về|lên|cho|với|báo cáo)\s+"
    r"((?:chuyên mục[^,.;]{0,40}?trên\s+)?(?:" + bodies().pattern() + r"|Website|cấp ủy)[^,.;]{0,60})")
_RECIPIENT_END = re.compile(r"\s+(?:để|theo|tại|trong|khi|nhằm|và|cùng|phối hợp|xây dựng|tổ chức|triển khai|"
                            r"về việc|đồng thời|thực hiện)\b.*$")
_TARGET = re.compile(
    r"(?:(?:từ|đạt|có|đạt từ|đạt ít nhất)\s+)?(?:ít nhất|tối thiểu|trên|từ)?\s*\d+(?:[.,]\d+)?\s*%(?:\s+trở lên)?|"
    r"ít nhất\s+(?:\d+|một|hai|ba)\b[^,;.]{0,30}|tối thiểu\s+\d+[^,;.]{0,30}", re.IGNORECASE)
_PERIOD_ONLY = re.compile(r"^\s*(?:Đến|Tới|Trước)\s+năm\s+\d{4}\s*:?\s*$", re.IGNORECASE)
_DUTY_WORDS = re.compile(r"\b(?:phải|có trách nhiệm|cần|chủ trì|làm đầu mối|tham mưu|đề nghị|giao)\b", re.IGNORECASE)


def _clean_actor(text: str) -> str:
    text = _LABEL.sub("", text.strip()).strip()
    text = _FOR.sub("", text).strip(" :.-")
    text = text.rstrip("…").strip()
    return text[:1].upper() + text[1:] if text else ""


def heading_actor(section: str) -> str:
    """The body named by the heading under an implementation part ("TỔ CHỨC THỰC HIỆN › 2. X" → "X")."""
    parts = section.split(SECTION_SEP) if section else []
    for i, part in enumerate(parts[:-1]):
        if _ASSIGNMENT_HEADING.search(part):
            return _clean_actor(parts[i + 1])
    return ""


def sentence_actor(sentence: str) -> str:
    m = _LEAD_IN.match(sentence)
    if m:
        return _clean_actor(m.group(1))
    m = _SUBJECT.match(sentence)
    if m and m.group(1):
        return _clean_actor(m.group(1))
    m = _EACH.search(sentence)
    if m:
        return _clean_actor(m.group(1))
    return ""


def _recipient(sentence: str) -> str:
    if not _REPORT.search(sentence) and "gửi" not in sentence:
        return ""
    start = max(sentence.lower().find("báo cáo"), 0)
    return _join([_RECIPIENT_END.sub("", m.group(1)) for m in _RECIPIENT.finditer(sentence, start)])


def _join(matches: list[str]) -> str:
    seen: dict[str, None] = {}
    for m in matches:
        m = " ".join(m.split()).strip(" ,;:.")
        if m and not any(m.lower() in s.lower() for s in seen):
            seen[m] = None
    return "; ".join(seen)


def extract_obligations(doc: ParsedDocument) -> list[Obligation]:
    out: list[Obligation] = []
    period = ""
    period_section = ""
    for chunk in doc.chunks:
        text = unicodedata.normalize("NFC", chunk.text)
        if _PERIOD_ONLY.match(text):
            period, period_section = text.strip().rstrip(":"), chunk.section
            continue
        if chunk.section != period_section:
            period = ""
        under_actor = heading_actor(chunk.section)
        # "Chỉ tiêu hàng năm" as the heading dates every target under it.
        last_heading = chunk.section.split(SECTION_SEP)[-1] if chunk.section else ""
        section_when = _join([m.group(0) for m in _WHEN.finditer(last_heading)])
        is_target_section = bool(_TARGET_HEADING.search(chunk.section))
        for sentence in split_sentences(text):
            sentence = sentence.strip()
            if len(sentence) < 12 or not sentence[0].isalpha():
                continue
            actor = sentence_actor(sentence) or under_actor
            when = _join([m.group(0) for m in _WHEN.finditer(sentence)] + ([period] if period else []))
            if not when and section_when:
                when = section_when
            report_to = _recipient(sentence)
            target = _join([m.group(0) for m in _TARGET.finditer(sentence)])
            if _REPORT.search(sentence) and (report_to or when or "kết quả" in sentence):
                kind = "report"
            elif target and (is_target_section or re.search(r"phấn đấu|đạt|ít nhất|tối thiểu", sentence, re.I)):
                kind = "target"
            elif when and (actor or under_actor or _DUTY_WORDS.search(sentence)):
                kind = "deadline"
            elif under_actor or (actor and _DUTY_WORDS.search(sentence)) or (actor and _SUBJECT.match(sentence)):
                kind = "duty"
            else:
                continue
            out.append(Obligation(actor=actor, action=sentence, kind=kind, when=when, report_to=report_to,
                                  target=target, chunk_position=chunk.position, section=chunk.section))
    return out
