"""A month named as when something takes place ("tổ chức 01 lần/năm trong tháng 3") answers "khi nào", found by the
lead's tryout on a union's spending rules: asked "… bao nhiêu, tổ chức khi nào", the line stating both was answered,
then a deadline under the chapter "TỔ CHỨC THỰC HIỆN" added for "khi nào" as if the line had not said when. The
document is this file's own, invented."""
from __future__ import annotations

from tests.helpers import assistant_fixture

_RULES = "\n\n".join([
    "CÔNG ĐOÀN BỆNH VIỆN ĐA KHOA HUYỆN TƯ NGHĨA\nSố: 05/QC-CĐ\nTư Nghĩa, ngày 08 tháng 01 năm 2027",
    "QUY CHẾ\nChi tiêu nội bộ năm 2027",
    "Chương I. MỨC CHI",
    "Điều 1. Chi hoạt động văn hóa, thể thao\n1. Hội thao truyền thống của bệnh viện: hỗ trợ mỗi khoa 2.000.000 đồng, "
    "tổ chức 01 lần/năm trong tháng 3.\n2. Giao lưu văn nghệ chào mừng ngày Thầy thuốc Việt Nam: chi tối đa "
    "5.000.000 đồng.",
    "Chương II. TỔ CHỨC THỰC HIỆN",
    "Điều 2. Trách nhiệm thực hiện\n1. Thủ quỹ công đoàn lập báo cáo thu chi gửi Ban Thường vụ trước ngày 20/12 hằng "
    "năm.\n2. Ban Chấp hành công khai các khoản chi tại hội nghị cán bộ, viên chức.",
    "TM. BAN CHẤP HÀNH\nCHỦ TỊCH\nLê Thị Mỹ Hạnh\n"])

assistant = assistant_fixture("qc05-chi-tieu.txt", _RULES)


# Before: "… trong tháng 3." was no time, and "trước ngày 20/12 hằng năm" of the treasurer's report was added.
def test_the_line_naming_the_month_answers_when(assistant):
    answer = assistant.ask("hội thao được hỗ trợ bao nhiêu, tổ chức khi nào")
    assert answer.found and "trong tháng 3" in answer.answer and "20/12" not in answer.answer, answer.answer
