"""A question whose answer a top passage states is answered, not called absent (newuser42 N1-N4): an award set as a
multiple of the base wage is a sum of money; a yes or no on a channel ("qua email … được không") asks no e-mail
address; "Điều N … nói về nội dung gì" asks what the article says, as "Điều N quy định gì" does; "bao nhiêu mỗi
người" asks a rate, no count of people, and "xe máy" is no "mấy"; and the case a yes or no names is quoted in whole
words. The regulation and the wording are this file's own, invented."""
from __future__ import annotations

from bot.answer.cases import with_case
from bot.answer.model import Answer, Citation
from bot.answer.question import EMAIL, MONEY, classify, number_unit, states
from tests.helpers import corpus_fixture
from troly.texts import t
from vectorstore.search import Passage
from vectorstore.store import StoredChunk

_RULES = "\n\n".join([
    "CÔNG ĐOÀN VIÊN CHỨC TỈNH KON TUM\nSố: 42/QĐ-CĐVC\nKon Tum, ngày 03 tháng 9 năm 2026",
    "QUYẾT ĐỊNH\nBan hành Quy chế khen thưởng và chi tiêu nội bộ năm 2027",
    "Điều 4. Mức tiền thưởng\n1. Bằng khen của Công đoàn Viên chức tỉnh: kèm theo tiền thưởng bằng 1,5 lần mức lương "
    "cơ sở.\n2. Giấy khen của công đoàn cơ sở: kèm theo tiền thưởng bằng 0,3 lần mức lương cơ sở.",
    "Điều 5. Nộp hồ sơ khen thưởng\n1. Hồ sơ gửi về Văn phòng Công đoàn Viên chức tỉnh trước ngày 15 tháng 11 hằng năm."
    "\n2. Hồ sơ được gửi trực tiếp hoặc qua đường bưu điện; không tiếp nhận hồ sơ gửi qua thư điện tử.",
    "Điều 6. Xét duyệt hồ sơ\n1. Hội đồng thi đua họp xét duyệt hồ sơ trong tháng 12 hằng năm.\n"
    "2. Kết quả xét duyệt được niêm yết tại trụ sở cơ quan trong 10 ngày làm việc.",
    "Điều 7. Chi hội nghị và công tác phí\n"
    "| Nội dung | Mức chi |\n| Chi nước uống cho đại biểu dự hội nghị | 25.000 đồng/người/buổi |\n"
    "| Khoán đi công tác bằng xe máy cá nhân | 3.500 đồng/km |",
    "TM. BAN THƯỜNG VỤ\nCHỦ TỊCH\nY Đức\n"])

store = corpus_fixture(("qd42-khen-thuong.txt", _RULES))


def test_an_award_set_as_a_multiple_of_the_base_wage_is_a_sum_of_money(store):
    assert states(MONEY, "kèm theo tiền thưởng bằng 2,0 lần mức lương cơ sở")
    assert states(MONEY, "hỗ trợ 40% mức lương tối thiểu vùng")
    assert not states(MONEY, "số đoàn viên tăng 2 lần so với năm trước")
    answer = store.ask("Bằng khen của Công đoàn Viên chức tỉnh được thưởng bao nhiêu tiền?")
    assert answer.found and "1,5 lần mức lương cơ sở" in answer.answer, answer.answer


def test_a_yes_or_no_on_a_channel_asks_no_contact(store):
    assert EMAIL not in classify("Gửi đơn qua email có được không?").kinds
    assert EMAIL in classify("Địa chỉ email của cơ quan là gì?").kinds
    answer = store.ask("Nộp hồ sơ khen thưởng qua email được không?")
    assert answer.found and t("abstain.email") not in answer.answer, answer.answer
    assert any("thư điện tử" in c.passage.text for c in answer.citations), answer.answer


def test_an_article_asked_what_it_is_about_is_quoted_whole(store):
    for question in ("Điều 6 quy chế khen thưởng Kon Tum nói về nội dung gì?",
                     "dieu 6 quy che khen thuong kon tum co noi dung gi"):
        answer = store.ask(question)
        assert answer.found and "Xét duyệt hồ sơ" in answer.answer and "niêm yết" in answer.answer, answer.answer


def test_a_rate_per_person_or_per_km_asks_no_count(store):
    assert number_unit("Nước uống được chi bao nhiêu mỗi người?") == ""
    assert number_unit("Đi xe máy được thanh toán bao nhiêu 1 km?") == ""
    assert number_unit("Có mấy người được khen?") == "nguoi"
    answer = store.ask("Hội nghị của Công đoàn Viên chức thì nước uống cho đại biểu được chi bao nhiêu mỗi người?")
    assert answer.found and "25.000 đồng" in answer.answer, answer.answer
    answer = store.ask("Đi công tác bằng xe máy cá nhân thì được khoán bao nhiêu 1 km?")
    assert answer.found and "3.500 đồng/km" in answer.answer, answer.answer


_LEAD = "Công đoàn cơ sở Bệnh viện huyện chi thăm hỏi đoàn viên như sau:"
_ITEMS = ("a) Đoàn viên ốm đau phải nằm viện: 500.000 đồng/người;",
          "b) Đoàn viên bị tai nạn lao động: 1.000.000 đồng/người;",
          "c) Đoàn viên có bố, mẹ qua đời: 700.000 đồng/người.")


def _chunk(n: int, text: str) -> StoredChunk:
    return StoredChunk(id=f"qd9::v1::{n:05d}", text=text,
                       meta={"doc_id": "qd9", "title": "Quyết định về mức chi thăm hỏi của Công đoàn cơ sở",
                             "short_title": "QĐ 9/QĐ-CĐCS", "section": "Điều 2. Mức chi", "position": n,
                             "lead": _LEAD, "source": "qd9.txt"})


_CHUNKS = [_chunk(n, text) for n, text in enumerate(_ITEMS, 1)]


def _not_found(question: str) -> str:
    """with_case's answer to a question the composer found nothing for, the first item shown as the nearest."""
    p = Passage.from_chunk(_CHUNKS[0], 0.8)
    answer = Answer(question=question, answer=t("answer.not_found"), found=False, citations=[Citation(1, p)])
    return with_case(answer, question, lambda doc_id: _CHUNKS).answer


def test_the_case_a_yes_or_no_names_is_quoted_in_whole_words():
    """Before: «nghỉ việc riêng đi» ("thi" read as "thì") and «ty may bị cháy» ("công" of the body's name)."""
    said = _not_found("Đoàn viên nghỉ việc riêng đi thi có được chi thăm hỏi không?")
    assert said.startswith(t("answer.case_not_listed", document="QĐ 9/QĐ-CĐCS", case="nghỉ việc riêng đi thi")), said
    said = _not_found("Đoàn viên làm ở công ty may bị cháy có được chi thăm hỏi không?")
    assert said.startswith(t("answer.case_not_listed", document="QĐ 9/QĐ-CĐCS", case="công ty may bị cháy")), said


def test_a_number_said_with_the_case_is_quoted_with_it():
    """Before: «km bị ngã», the distance cut from its unit."""
    said = _not_found("Đoàn viên chạy 10 km bị ngã có được chi thăm hỏi không?")
    assert said.startswith(t("answer.case_not_listed", document="QĐ 9/QĐ-CĐCS", case="10 km bị ngã")), said
