"""Questions typed without diacritics, as union members type them in Zalo and Telegram: answered with the same
passage as the same question typed with them. One small invented plan; each question is asked both ways."""
from __future__ import annotations

import pytest

from tests.helpers import assistant_fixture, assistant_with
from troly.vntext import unaccented

PLAN = """LIÊN ĐOÀN LAO ĐỘNG HUYỆN HÒA AN
Số: 21/KH-LĐLĐ
Hòa An, ngày 05 tháng 3 năm 2025

KẾ HOẠCH
Tổ chức Tháng Công nhân năm 2025

I. MỤC ĐÍCH, YÊU CẦU
Chăm lo đời sống vật chất, tinh thần cho đoàn viên và người lao động.
II. NỘI DUNG
1. Thăm hỏi, tặng quà
Công đoàn cơ sở thăm hỏi đoàn viên có hoàn cảnh khó khăn, mức quà 500.000 đồng/suất.
2. Thành lập công đoàn cơ sở
Ban Tổ chức vận động thành lập công đoàn cơ sở tại doanh nghiệp có từ 25 lao động trở lên.
3. Hội thao công nhân
Công đoàn các xã, thị trấn phối hợp tổ chức hội thao trong tháng 5 năm 2025.
III. TỔ CHỨC THỰC HIỆN
1. Công đoàn cơ sở báo cáo kết quả Tháng Công nhân về Liên đoàn Lao động huyện trước ngày 15/6/2025.
2. Ban Tuyên giáo tổng hợp, tham mưu khen thưởng các đơn vị thực hiện tốt.
"""

QUESTIONS = [
    # "thi", "minh", "nguoi", "co": typed without diacritics they may be topic words ("thi đua", "cơ sở"); read with
    # the diacritics the store's words restore ("thì", "mình", "người", "có") they are how it is asked
    "Công ty mình có bao nhiêu người thì mới được lập công đoàn cơ sở vậy?",
    "Bạn ơi cho mình hỏi công đoàn cơ sở phải báo cáo gì, khi nào, gửi ai?",
    "Mình muốn hỏi là đoàn viên khó khăn thì được tặng quà bao nhiêu tiền vậy ạ?",
]


@pytest.fixture(scope="module")
def plan(tmp_path_factory, embed_cache):
    return assistant_with(tmp_path_factory, embed_cache, "kh21_thang_cong_nhan.txt", PLAN)


@pytest.mark.parametrize("question", QUESTIONS)
def test_a_question_without_diacritics_is_answered_as_with_them(plan, question):
    accented, plain = plan.ask(question), plan.ask(unaccented(question))
    assert accented.found, accented.answer
    assert plain.found, plain.answer
    assert [c.passage.text for c in plain.citations][:1] == [c.passage.text for c in accented.citations][:1]


# A school's union names itself in its header with the school's kind abbreviated ("TRƯỜNG THCS NGUYỄN DU"); members
# leave the abbreviation out. Another document writes the principal's title before a name ("Hiệu trưởng Nguyễn …"),
# the only pair of these words the store holds without one between.
NOTICE = """CÔNG ĐOÀN GIÁO DỤC HUYỆN YÊN ĐỊNH
CÔNG ĐOÀN CƠ SỞ TRƯỜNG THCS NGUYỄN DU
Số: 05/TB-CĐCS
Yên Định, ngày 10 tháng 4 năm 2026

THÔNG BÁO
Về việc tổ chức tham quan hè năm 2026 cho đoàn viên

1. Thời gian: từ ngày 20/6/2026 đến ngày 23/6/2026.
2. Địa điểm đón: cổng nhà trường.
3. Kinh phí: Công đoàn hỗ trợ mỗi đoàn viên đi tham quan 800.000 đồng; phần còn lại do đoàn viên tự đóng góp.
4. Các tổ trưởng công đoàn gửi danh sách đăng ký về Ban Chấp hành trước ngày 30/5/2026.
"""
DECISION = """CÔNG ĐOÀN CƠ SỞ TRƯỜNG THCS NGUYỄN DU
Số: 07/QĐ-CĐCS
Yên Định, ngày 02 tháng 3 năm 2026

QUYẾT ĐỊNH
Về việc thành lập Ban tổ chức Hội thao năm 2026

Điều 1. Thành lập Ban tổ chức Hội thao của nhà trường gồm: Trưởng ban: đồng chí Hiệu trưởng Nguyễn Thị Lan;
Phó trưởng ban: đồng chí Phó Hiệu trưởng Nguyễn Văn Dũng; Ủy viên: các tổ trưởng công đoàn.
Điều 2. Ban tổ chức xây dựng kế hoạch Hội thao, tổ chức tại sân trường trong tháng 3 năm 2026.
"""
school = assistant_fixture("tb05_tham_quan.txt", NOTICE, ("qd07_hoi_thao.txt", DECISION))


def test_a_school_named_without_its_abbreviation_and_diacritics_is_read_as_the_school(school):
    """"truong nguyen du" is the school the headers name, not "trưởng Nguyễn" (a principal's title before a name)."""
    question = "cong doan truong nguyen du ho tro di tham quan bao nhieu"
    assert "trường nguyễn du" in school.searcher.plan(question).reading
    plain = school.ask(question)
    assert plain.found and "800.000" in plain.answer, plain.answer


@pytest.mark.parametrize("question", ["moi nguoi duoc ho tro bao nhieu tien",
                                      "tham hoi doan vien om dau thi duoc bao nhieu tien"])
def test_how_an_amount_is_asked_is_read_so_without_diacritics(assistant, question):
    """"… bao nhieu tien": directive texts seldom write how a member asks an amount, so their words alone read it
    "bao nhiêu tiến"; the question's own words read it as asked."""
    assert assistant.searcher.plan(question).reading.endswith("bao nhiêu tiền")


# Lines of a district's plan (our own): what each person is paid, and the education office that leads, beside the
# words a question typed without diacritics may be read as instead ("sơ kết", "hồ sơ", "mọi").
LINES = [
    "Mỗi người tham gia hội thao được bồi dưỡng 100.000 đồng/ngày.",
    "Mỗi người lao động được hỗ trợ 500.000 đồng khi ốm đau nằm viện.",
    "Sở Giáo dục và Đào tạo chủ trì tổ chức hội nghị sơ kết công tác phối hợp.",
    "Sơ kết 6 tháng đầu năm, gửi hồ sơ đề nghị khen thưởng trước ngày 15/6.",
    "Công đoàn cơ sở lập hồ sơ, sơ kết, tổng kết phong trào thi đua.",
    "Cơ sở giáo dục gửi báo cáo sơ kết về Phòng Giáo dục và Đào tạo.",
    "Hồ sơ gồm: tờ trình, báo cáo sơ kết, danh sách.",
]


def _reading(question: str) -> str:
    from vectorstore.lexical import LexicalIndex
    from vectorstore.query import QueryAnalyzer
    from vectorstore.store import StoredChunk

    index = LexicalIndex.build([StoredChunk(f"d::v1::{i:05d}", text, {"doc_id": "d", "title": "Kế hoạch",
                                                                       "doc_kind": "Kế hoạch", "section": ""})
                                for i, text in enumerate(LINES)])
    return QueryAnalyzer(index.vocab, {}, {}).analyze(question).reading


def test_a_frame_yields_to_the_documents_own_words():
    """"moi nguoi" of lines writing "Mỗi người" is their "mỗi người" (what each is paid), not the frame "mọi người"
    (addressing everyone), which search drops as no topic."""
    assert _reading("moi nguoi lao dong duoc ho tro bao nhieu").startswith("mỗi người lao động")


def test_an_abbreviation_is_read_beside_its_spelled_out_words():
    """"so gd" is the "Sở" of "Sở Giáo dục" the lines write, not the "sơ" of their "sơ kết", "hồ sơ"."""
    assert _reading("so gd chu tri viec gi").startswith("sở gd")



# Lines of an office's rules (our own), writing "máy" (a machine) often and never "mấy", and counts of days and times.
OFFICE = [
    "Phòng Hành chính quản lý máy tính, máy in, máy photo và máy chiếu của cơ quan.",
    "Máy tính xách tay được giao cho cán bộ sử dụng, hỏng máy thì báo Phòng Hành chính.",
    "Đơn vị đăng ký sử dụng xe trước 3 ngày làm việc; đăng ký phòng họp trước 1 ngày.",
    "Giấy mời họp gửi trước 5 ngày, tài liệu gửi trước 2 ngày.",
    "Mỗi năm kiểm tra thiết bị 2 lần, bảo dưỡng máy 1 lần.",
    "Xe được giao cho Phòng Hành chính, nhưng đơn vị nào cần thì đăng ký, nhưng không quá 2 ngày.",
]


def test_a_count_word_is_read_where_the_documents_write_a_number():
    """"truoc may ngay": the documents write a number before "ngày" ("trước 3 ngày") and "máy" never so, so the
    member asks "mấy ngày" (how many days), not about a machine; "may tinh" stays the "máy tính" they write."""
    from vectorstore.lexical import LexicalIndex
    from vectorstore.query import QueryAnalyzer
    from vectorstore.store import StoredChunk

    index = LexicalIndex.build([StoredChunk(f"o::v1::{i:05d}", text, {"doc_id": "o", "title": "Quy chế",
                                                                       "doc_kind": "Quy chế", "section": ""})
                                for i, text in enumerate(OFFICE)])
    analyzer = QueryAnalyzer(index.vocab, {}, {})
    plan = analyzer.analyze("dang ky su dung xe truoc may ngay")
    assert "trước mấy ngày" in plan.reading and "trước mấy ngày" in plan.shown  # shown to the member so, too
    assert "kiểm tra thiết bị mấy lần" in analyzer.analyze("mot nam kiem tra thiet bi may lan").reading
    assert "máy tính" in analyzer.analyze("hong may tinh thi bao ai").reading


def test_a_list_asked_is_read_as_asked_without_diacritics():
    """"can nhung gi": how a member asks what a list holds ("những gì"), not the "nhưng" (but) the lines write."""
    from vectorstore.lexical import LexicalIndex
    from vectorstore.query import QueryAnalyzer
    from vectorstore.store import StoredChunk

    index = LexicalIndex.build([StoredChunk(f"o::v1::{i:05d}", text, {"doc_id": "o", "title": "Quy chế",
                                                                       "doc_kind": "Quy chế", "section": ""})
                                for i, text in enumerate(OFFICE)])
    assert "những gì" in QueryAnalyzer(index.vocab, {}, {}).analyze("dang ky xe can nhung gi").reading
