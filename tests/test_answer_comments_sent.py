"""Comments asked for on a draft ("góp ý dự thảo quy chế … gửi cho ai") go where the text asking for them says, as a
report does: the question asks no document's recipients, and another document's "Nơi nhận" block is no answer.
Documents and wordings are this file's own, invented; asked through `troly ask`'s assistant."""
from __future__ import annotations

import pytest

from tests.helpers import assistant_fixture

_NOTICE = "\n\n".join([
    "CÔNG ĐOÀN BỆNH VIỆN ĐA KHOA HUYỆN YÊN THÀNH\nSố: 11/TB-CĐ\nNghệ An, ngày 03 tháng 3 năm 2027",
    "THÔNG BÁO\nVề việc lấy ý kiến dự thảo Quy chế thi đua, khen thưởng năm 2027",
    "1. Các khoa, phòng gửi ý kiến góp ý dự thảo Quy chế thi đua, khen thưởng về đồng chí Trần Thu Hà, ủy viên Ban "
    "Chấp hành, chậm nhất ngày 20/3/2027.",
    "2. Ban Chấp hành họp thông qua Quy chế vào ngày 25/3/2027.",
    "TM. BAN CHẤP HÀNH\nCHỦ TỊCH\nĐinh Văn Quang\n"])

_DECISION = "\n\n".join([
    "ỦY BAN NHÂN DÂN HUYỆN YÊN THÀNH\nSố: 205/QĐ-UBND\nYên Thành, ngày 10 tháng 2 năm 2027",
    "QUYẾT ĐỊNH\nBan hành Quy chế chi tiêu nội bộ của Văn phòng Ủy ban nhân dân huyện",
    "Điều 1. Ban hành kèm theo Quyết định này Quy chế chi tiêu nội bộ của Văn phòng Ủy ban nhân dân huyện.",
    "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.",
    "Nơi nhận:\n- Như Điều 2;\n- Thường trực Huyện ủy;\n- Sở Tài chính;\n- Lưu: VT.",
    "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Hữu Phúc\n"])


hospital = assistant_fixture("tb11-lay-y-kien.txt", _NOTICE, ("qd205-quy-che.txt", _DECISION))


@pytest.mark.parametrize("question", ["góp ý dự thảo quy chế thi đua gửi cho ai, hạn khi nào",
                                      "ý kiến về dự thảo quy chế thi đua khen thưởng gửi cho ai"])
def test_comments_on_a_draft_go_where_the_notice_says(hospital, question):
    """Before, "quy chế … gửi cho ai" asked whom a document goes to: the decision's "Nơi nhận" block was the answer."""
    answer = hospital.ask(question)
    assert answer.found and "Trần Thu Hà" in answer.answer.split("\n")[0], answer.answer
    assert "Nơi nhận" not in answer.answer, answer.answer
