"""A notice of conclusions gives each body its tasks under a heading naming it ("1. Sở Tài chính", "2. Trung tâm Quản
lý và Điều hành giao thông đô thị"). A unit's name may hold words that are also verbs of a task: written with a
capital inside the name ("Quản lý và Điều hành"), or a noun's first word ("giao thông": "giao" assigns only a body or
a person after it). The heading still names the doer of the tasks under it, as its sibling headings do — in the list
of obligations and in the answer to "ai phải …, hạn khi nào?" (new-user trial of session 45, M9). Invented."""
from __future__ import annotations

from bot.answer.composer import compose
from ingest.parse import parse_document
from tests.helpers import first_line, lexicon_of
from vectorstore.search import Passage

_UNIT = "Trung tâm Quản lý và Điều hành giao thông đô thị"
_NOTICE = f"""ỦY BAN NHÂN DÂN                      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH HÀ NAM                          Độc lập - Tự do - Hạnh phúc
Số: 77/TB-VP                          Hà Nam, ngày 02 tháng 12 năm 2026

THÔNG BÁO
Kết luận của Chủ tịch Ủy ban nhân dân tỉnh tại cuộc họp về giao thông công cộng

I. NHIỆM VỤ

1. Sở Tài chính
   Thẩm định dự toán kinh phí trợ giá xe buýt, trình Ủy ban nhân dân tỉnh trước ngày 15 tháng 12 năm 2026.

2. {_UNIT}
   Lắp đặt bảng thông tin điện tử tại 40 điểm dừng xe buýt trước ngày 30 tháng 6 năm 2027.
"""


def test_the_unit_a_heading_names_is_the_doer_of_its_tasks():
    """Before, the task under the centre's heading had no doer ("không ghi rõ đơn vị")."""
    doc = parse_document(_NOTICE, "tb77.txt")
    [task] = [o for o in doc.obligations if "bảng thông tin" in o.quote]
    assert task.actor and task.actor["name"] == _UNIT


def test_who_must_do_a_task_under_the_units_heading_is_answered_with_the_unit():
    found = [Passage("c1", "tb-77", "Thông báo kết luận", "tb77.txt", f"I. NHIỆM VỤ › 2. {_UNIT}",
                     "Lắp đặt bảng thông tin điện tử tại 40 điểm dừng xe buýt trước ngày 30 tháng 6 năm 2027.", 0.9,
                     1, short_title="TB 77/TB-VP"),
             Passage("c0", "tb-77", "Thông báo kết luận", "tb77.txt", "I. NHIỆM VỤ › 1. Sở Tài chính",
                     "Thẩm định dự toán kinh phí trợ giá xe buýt, trình Ủy ban nhân dân tỉnh trước ngày 15 tháng 12 "
                     "năm 2026.", 0.8, 0, short_title="TB 77/TB-VP")]
    line = first_line(compose("Ai phải lắp đặt bảng thông tin điện tử tại điểm dừng xe buýt, hạn khi nào?", found,
                              lexicon=lexicon_of(found)))
    assert _UNIT in line and "30 tháng 6 năm 2027" in line
