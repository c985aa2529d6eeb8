"""A fact asked is answered only from a line naming which fact of its subject it is: a charge asked ("phí hồ sơ …",
"giá vé …") is not answered by another amount of the same subject, nor a count of cases asked ("bao nhiêu vụ phá
rừng") by the row counting other cases (abstain.unattributed, question.asked_attribute). Invented documents, worded
apart from any trial's: a school's reading-day plan with its papers and its one fee, and a commune's forest report
with a table of counts."""
from __future__ import annotations

import pytest

from tests.helpers import assistant_with

READING = ("TRƯỜNG THCS HÒA BÌNH\nSố: 14/KH-THCS\nHòa Bình, ngày 05 tháng 3 năm 2027\n\n"
           "KẾ HOẠCH\nTổ chức Ngày hội đọc sách năm 2027\n\n"
           "I. THỜI GIAN, ĐỊA ĐIỂM\nNgày hội tổ chức ngày 21 tháng 4 năm 2027 tại sân trường.\n\n"
           "II. GIAN TRƯNG BÀY\n"
           "1. Hồ sơ đăng ký gian trưng bày gồm:\n"
           "a) Đơn đăng ký của nhà sách hoặc lớp;\n"
           "b) Danh mục sách trưng bày, tối đa 200 đầu sách mỗi gian.\n"
           "2. Lệ phí thuê gian trưng bày: 500.000 đồng/gian, nộp cho bộ phận kế toán.\n\n"
           "HIỆU TRƯỞNG\n\nPhạm Thị Hoa\n")

FOREST = ("ỦY BAN NHÂN DÂN XÃ TÂN LẬP\nSố: 31/BC-UBND\nTân Lập, ngày 20 tháng 12 năm 2026\n\n"
          "BÁO CÁO\nKết quả quản lý, bảo vệ rừng năm 2026\n\n"
          "I. KẾT QUẢ\nTrong năm, xã phối hợp với Hạt Kiểm lâm tuần tra 48 đợt.\n\n"
          "| STT | Nội dung | Năm 2026 |\n| --- | --- | --- |\n"
          "| 1 | Số vụ cháy rừng | 3 |\n| 2 | Số vụ vận chuyển lâm sản trái phép | 14 |\n\n"
          "II. PHƯƠNG HƯỚNG\nTiếp tục tuyên truyền người dân không đốt nương gần rừng.\n\n"
          "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nĐinh Văn Lực\n")


@pytest.fixture(scope="module")
def school(tmp_path_factory, embed_cache):
    return assistant_with(tmp_path_factory, embed_cache, "kh14_doc_sach.txt", READING, ("bc31_rung.txt", FOREST))


# Before, each was answered with a line of the same subject stating another of its facts: the papers of the stall's
# file ("tối đa 200 đầu sách"), the row counting the timber carried off.
@pytest.mark.parametrize("question", ["Phí hồ sơ đăng ký gian trưng bày ngày hội đọc sách là bao nhiêu?",
                                      "Năm 2026 xã Tân Lập có bao nhiêu vụ phá rừng?"])
def test_another_fact_of_the_subject_is_not_given(school, question):
    answer = school.ask(question)
    assert not answer.found, answer.answer


@pytest.mark.parametrize("question, said", [("Lệ phí thuê gian trưng bày ngày hội đọc sách là bao nhiêu?",
                                             "500.000 đồng"),
                                            ("Năm 2026 xã Tân Lập có bao nhiêu vụ cháy rừng?", "3"),
                                            ("Mỗi gian trưng bày được tối đa bao nhiêu đầu sách?", "200 đầu sách")])
def test_the_fact_asked_is_given(school, question, said):
    answer = school.ask(question)
    assert answer.found and said in answer.answer.split("\n")[0] and not answer.answer.startswith("Đoạn gần nhất"), \
        answer.answer
