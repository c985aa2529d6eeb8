"""Questions typed without diacritics, as union members type them in Zalo and Telegram: answered with the same
passage as the same question typed with them. One small invented plan; each question is asked both ways."""
from __future__ import annotations

import pytest

from tests.helpers import assistant_with
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
