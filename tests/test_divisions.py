"""A chapter named by its number: what it holds is the titles of its articles, each cited; one the text does not
have is said so, with the chapters it has — not lines of other articles sharing a word."""
from __future__ import annotations

import pytest

from tests.helpers import corpus_fixture

RULES = """QUY CHẾ
Làm việc của Ban Chấp hành Công đoàn cơ sở Trường Tiểu học Hòa Bình

Chương I. QUY ĐỊNH CHUNG
Điều 1. Phạm vi điều chỉnh
Quy chế này quy định chế độ làm việc của Ban Chấp hành Công đoàn cơ sở.
Điều 2. Nguyên tắc làm việc
Ban Chấp hành làm việc theo nguyên tắc tập trung dân chủ.

Chương II. SINH HOẠT VÀ BÁO CÁO
Điều 3. Chế độ họp
Ban Chấp hành họp thường kỳ hai tháng một lần.
Điều 4. Chế độ báo cáo
Tổ trưởng tổ công đoàn báo cáo Ban Chấp hành trước ngày 20 hằng tháng.
Điều 5. Khen thưởng
Đoàn viên có thành tích được khen thưởng vào dịp tổng kết năm.

Chương III. ĐIỀU KHOẢN THI HÀNH
Điều 6. Hiệu lực
Quy chế này có hiệu lực kể từ ngày ký.
"""

assistant = corpus_fixture(("quy-che-lam-viec.md", RULES))


@pytest.mark.parametrize("question", ["Chương II quy chế gồm những điều nào?", "chuong 2 cua quy che gom nhung gi"])
def test_chapter_asked_for_its_articles_lists_every_title_cited(assistant, question):
    answer = assistant.ask(question)
    assert answer.found
    lines = answer.answer.splitlines()
    assert lines[0].startswith("Chương II. SINH HOẠT VÀ BÁO CÁO"), answer.answer
    assert [line.split(" [")[0] for line in lines[1:4]] == [
        "Điều 3. Chế độ họp", "Điều 4. Chế độ báo cáo", "Điều 5. Khen thưởng"], answer.answer
    assert [c.passage.section.split(" › ")[-1] for c in answer.citations] == [
        "Điều 3. Chế độ họp", "Điều 4. Chế độ báo cáo", "Điều 5. Khen thưởng"]


def test_chapter_the_text_lacks_is_said_so_with_those_it_has(assistant):
    answer = assistant.ask("Chương V quy chế")
    assert not answer.found
    assert "không có Chương V" in answer.answer and "Chương I–III" in answer.answer, answer.answer
    assert "tập trung dân chủ" not in answer.answer


def test_question_about_a_chapter_s_content_is_answered_from_its_lines(assistant):
    answer = assistant.ask("Theo chương II quy chế, Ban Chấp hành họp mấy tháng một lần?")
    assert answer.found
    assert "hai tháng một lần" in answer.answer, answer.answer
