"""A yes or no about a rate in a table of rates (one row per group of members) is judged by the row of the group asked,
not by another group's row that holds the rate the user claims: "lao động tự do đóng 0,5% phải không?" is "Không"
with the fixed amount of the free workers' row, and a claim of that amount is "Có." from it. Invented document and
wordings, this file's own: a commune farmers' association's guide to its members' dues."""
from __future__ import annotations

import pytest

from tests.helpers import assistant_fixture, first_line

_GUIDE = ("HỘI NÔNG DÂN XÃ TÂN PHÚ\nSố: 12/HD-HND\nTân Phú, ngày 06 tháng 01 năm 2027\n\n"
          "HƯỚNG DẪN\nThu, nộp hội phí hội viên năm 2027\n\n"
          "I. HỘI PHÍ\n\n"
          "1. Đối tượng đóng hội phí\n\n"
          "Hội viên đang làm việc tại cơ quan, doanh nghiệp trên địa bàn xã; hội viên sản xuất nông nghiệp và hội viên "
          "lao động tự do.\n\n"
          "2. Mức đóng hội phí\n\n"
          "| Đối tượng | Căn cứ tính | Mức đóng |\n"
          "|---|---|---|\n"
          "| Hội viên hưởng lương từ ngân sách | Tiền lương ngạch, bậc | 0,5% |\n"
          "| Hội viên làm việc trong doanh nghiệp | Tiền lương đóng bảo hiểm xã hội "
          "| 0,5%, tối đa 50.000 đồng/tháng |\n"
          "| Hội viên sản xuất nông nghiệp, lao động tự do | Mức cố định | 10.000 đồng/tháng |\n"
          "| Hội viên từ đủ 70 tuổi trở lên | Không đóng | Miễn đóng |\n\n"
          "3. Phương thức thu\n\n"
          "Chi hội thu hội phí hằng quý và nộp về Hội Nông dân xã trước ngày 15 của tháng đầu quý sau.\n\n"
          "TM. BAN CHẤP HÀNH\nCHỦ TỊCH\n\nLê Văn Thuận\n")

assistant = assistant_fixture("hd12_hoi_phi.md", _GUIDE)


# Before, "Có." opened the row of members in a business (it holds "0,5%" and "tiền lương"), not the free workers' row.
def test_a_rate_claimed_of_a_group_is_judged_by_that_groups_row(assistant):
    answer = assistant.ask("Hội viên lao động tự do đóng 0,5% tiền lương phải không?")
    line = first_line(answer)
    assert line.startswith("Không") and "10.000 đồng" in line, line
    assert "lao động tự do" in answer.citations[0].passage.text, answer.citations[0].passage.text


def test_the_groups_own_amount_is_confirmed_from_its_row(assistant):
    line = first_line(assistant.ask("Hội viên lao động tự do đóng 10.000 đồng một tháng đúng không?"))
    assert line.startswith("Có.") and "lao động tự do" in line, line


@pytest.mark.parametrize("question", ["Hội viên làm việc trong doanh nghiệp đóng 0,5% tiền lương phải không?"])
def test_a_rate_the_groups_row_states_is_confirmed(assistant, question):
    line = first_line(assistant.ask(question))
    assert line.startswith("Có.") and "doanh nghiệp" in line, line
