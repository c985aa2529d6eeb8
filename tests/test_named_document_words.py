"""A question naming a document by its title words and asking one thing of it: the words naming it stand in nearly
every passage of that document (a plan repeats its event's name line after line), so they cannot tell its passages
apart; the passage answering is the one holding the question's other words (vectorstore/search.py _inside_named)."""
from __future__ import annotations

import unicodedata

from tests.helpers import assistant_fixture

PLAN = """LIÊN ĐOÀN LAO ĐỘNG TỈNH BÌNH AN
Số: 12/KH-LĐLĐ
Bình An, ngày 5 tháng 2 năm 2025

KẾ HOẠCH
Tổ chức Hội thao công nhân viên chức lao động tỉnh Bình An năm 2025

I. MỤC ĐÍCH, YÊU CẦU
1. Hội thao công nhân viên chức lao động tỉnh Bình An nhằm đẩy mạnh phong trào rèn luyện thân thể trong công nhân viên chức lao động.
2. Hội thao công nhân viên chức lao động tỉnh Bình An phải được tổ chức an toàn, tiết kiệm, đúng điều lệ.
II. NỘI DUNG
1. Các môn thi đấu của Hội thao công nhân viên chức lao động tỉnh: bóng đá nam, cầu lông, kéo co.
2. Đối tượng tham gia Hội thao công nhân viên chức lao động tỉnh: đoàn viên công đoàn đang làm việc tại tỉnh Bình An.
3. Thời gian tổ chức Hội thao công nhân viên chức lao động tỉnh Bình An: tháng 5 năm 2025.
III. TỔ CHỨC THỰC HIỆN
1. Công đoàn cơ sở đăng ký vận động viên tham gia Hội thao công nhân viên chức lao động tỉnh trước ngày 15/4/2025.
2. Ban Tuyên giáo tuyên truyền về Hội thao công nhân viên chức lao động tỉnh Bình An trên trang thông tin điện tử.
Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các đơn vị phản ánh về Văn phòng Liên đoàn để giải quyết./.
"""

NOTICE = """CÔNG ĐOÀN NGÀNH GIÁO DỤC TỈNH BÌNH AN
Số: 08/TB-CĐN
Bình An, ngày 3 tháng 3 năm 2025

THÔNG BÁO
Về việc khám sức khỏe định kỳ cho đoàn viên năm 2025

1. Đoàn viên công đoàn ngành giáo dục được khám sức khỏe định kỳ mỗi năm một lần tại bệnh viện tỉnh.
2. Công đoàn cơ sở lập danh sách đoàn viên gửi về Văn phòng Công đoàn ngành trước ngày 30/3/2025.
"""

plan = assistant_fixture("kh12_hoi_thao.txt", PLAN, ("tb08_kham_suc_khoe.txt", NOTICE))


def norm(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).lower().split())


def test_the_passage_asked_of_a_plan_named_by_its_title_words_comes_first(plan):
    # every passage of the plan holds "hội thao công nhân viên chức lao động tỉnh Bình An" or most of it, the
    # question's other words only the one on the difficulties met
    top = plan.search("kế hoạch hội thao công nhân viên chức lao động tỉnh Bình An có những khó khăn gì", k=3)
    assert "khó khăn, vướng mắc" in norm(top[0].text)
