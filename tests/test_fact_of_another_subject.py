"""An amount asked of one subject is not answered with the amount a document states of another: the passage
stating a fact must be about what the question asks (abstain.of_subject). Invented documents, worded apart from any
trial's: a storm relief decision with its amount, and a plan naming other welfare cases without any amount."""
from __future__ import annotations

import pytest

from tests.helpers import assistant_with

RELIEF = ("CÔNG ĐOÀN CÔNG TY TNHH GỖ AN LẠC\nSố: 09/QĐ-CĐ\nAn Lạc, ngày 14 tháng 9 năm 2027\n\n"
          "QUYẾT ĐỊNH\nVề việc hỗ trợ đoàn viên có nhà bị tốc mái do bão số 5\n\n"
          "BAN CHẤP HÀNH CÔNG ĐOÀN CÔNG TY\n\nQUYẾT ĐỊNH:\n\n"
          "Điều 1. Hỗ trợ 18 đoàn viên có nhà bị tốc mái do bão số 5 năm 2027, mỗi đoàn viên 2.500.000 đồng.\n\n"
          "Điều 2. Kinh phí lấy từ quỹ xã hội của Công đoàn Công ty; chi trả xong trước ngày 30/9/2027.\n\n"
          "Điều 3. Quyết định có hiệu lực từ ngày ký.\n\n"
          "TM. BAN CHẤP HÀNH\nCHỦ TỊCH\n\nLê Văn Tâm\n")

CARE = ("CÔNG ĐOÀN CÔNG TY TNHH GỖ AN LẠC\nSố: 03/KH-CĐ\nAn Lạc, ngày 10 tháng 1 năm 2027\n\n"
        "KẾ HOẠCH\nChăm lo đời sống đoàn viên năm 2027\n\n"
        "I. MỤC ĐÍCH\n1. Chăm lo kịp thời cho đoàn viên và người lao động gặp khó khăn.\n\n"
        "II. NỘI DUNG\n"
        "1. Thăm hỏi đoàn viên bị tai nạn lao động, ốm đau dài ngày và đoàn viên nữ nghỉ thai sản.\n"
        "2. Tổ công đoàn nắm danh sách đoàn viên gặp khó khăn, báo về Văn phòng Công đoàn hằng tháng.\n\n"
        "TM. BAN CHẤP HÀNH\nCHỦ TỊCH\n\nLê Văn Tâm\n")


# A notice of when dues are handed in, and how much of them is kept, with no amount a member pays.
DUES = ("CÔNG ĐOÀN CÔNG TY TNHH GỖ AN LẠC\nSố: 11/TB-CĐ\nAn Lạc, ngày 02 tháng 3 năm 2027\n\n"
        "THÔNG BÁO\nVề việc thu, nộp đoàn phí công đoàn\n\n"
        "1. Tổ công đoàn thu đoàn phí của đoàn viên và nộp về Văn phòng Công đoàn Công ty trước ngày 15 hằng tháng.\n"
        "2. Tổ công đoàn được giữ lại 10% số đoàn phí thu được để chi hoạt động của tổ.\n\n"
        "TM. BAN CHẤP HÀNH\nCHỦ TỊCH\n\nLê Văn Tâm\n")

# The company's shuttle buses, a fare for each route between two places.
SHUTTLE = ("CÔNG TY TNHH GỖ AN LẠC\nSố: 21/TB-CT\nAn Lạc, ngày 05 tháng 4 năm 2027\n\n"
           "THÔNG BÁO\nVề giá vé xe đưa đón công nhân\n\n"
           "Giá vé xe đưa đón công nhân theo từng tuyến như sau:\n\n"
           "| Tuyến | Cự ly (km) | Giá vé (đồng/lượt) |\n|---|---|---|\n"
           "| An Lạc – Tân Phú | 18 | 12.000 |\n| An Lạc – Bình Chánh | 25 | 15.000 |\n\n"
           "GIÁM ĐỐC\n\nTrần Văn Hòa\n")


@pytest.fixture(scope="module")
def company(tmp_path_factory, embed_cache):
    return assistant_with(tmp_path_factory, embed_cache, "qd09_bao.txt", RELIEF, ("kh03_cham_lo.txt", CARE),
                          ("tb11_doan_phi.txt", DUES), ("tb21_xe_dua_don.md", SHUTTLE))


# Before, each was answered with the storm's "mỗi đoàn viên 2.500.000 đồng" first (the plan's line naming the case
# beside it): the amount asked was taken as stated by any line stating an amount.
@pytest.mark.parametrize("question", ["công nhân bị tai nạn lao động được công đoàn hỗ trợ bao nhiêu tiền?",
                                      "đoàn viên bị tai nạn lao động được hỗ trợ mấy triệu",
                                      "đoàn viên nữ nghỉ thai sản được công đoàn hỗ trợ bao nhiêu tiền",
                                      "người lao động ốm dài ngày được công đoàn thăm hỏi bao nhiêu tiền",
                                      # "mấy tiền": how members type "bao nhiêu tiền"
                                      "đoàn viên bị tai nạn lao động thì công đoàn cho mấy tiền"])
def test_an_amount_of_another_event_is_not_given(company, question):
    answer = company.ask(question)
    assert not answer.found, answer.answer


def test_the_amount_of_the_event_asked_is_given(company):
    answer = company.ask("nhà bị tốc mái vì bão thì đoàn viên được hỗ trợ bao nhiêu tiền")
    assert answer.found and "2.500.000 đồng" in answer.answer.split("\n")[0], answer.answer
    route = company.ask("Giá vé xe đưa đón công nhân tuyến An Lạc – Bình Chánh là bao nhiêu?")
    assert route.found and "15.000" in route.answer.split("\n")[0], route.answer


# "nhận được", "được hưởng": a verb of receiving says the amount goes to someone, which the line paying it says by its
# amount; before, it was the question's only word outside the decision's title, and that line held "none of its topic".
@pytest.mark.parametrize("question, said", [("mỗi đoàn viên nhận được bao nhiêu tiền hỗ trợ bão", "2.500.000 đồng"),
                                            ("nhà bị tốc mái thì được hưởng bao nhiêu tiền", "2.500.000 đồng"),
                                            ("có bao nhiêu đoàn viên được nhận hỗ trợ bão", "18 đoàn viên")])
def test_an_amount_received_is_given(company, question, said):
    answer = company.ask(question)
    assert answer.found and said in answer.answer.split("\n")[0], answer.answer



# "bao nhiêu" of no unit asks a number, and a day of a date ("trước ngày 15 hằng tháng") is none: before, the notice's
# line on when dues are handed in was quoted as what a member pays each month. When they are handed in, and the share
# kept (a percentage), are still given.
@pytest.mark.parametrize("question, said", [("mỗi tháng đoàn viên đóng đoàn phí bao nhiêu", None),
                                            ("đoàn phí hằng tháng của một đoàn viên là bao nhiêu?", None),
                                            ("tổ công đoàn nộp đoàn phí trước ngày nào", "ngày 15"),
                                            ("tổ công đoàn được giữ lại bao nhiêu phần trăm đoàn phí", "10%")])
def test_a_day_of_a_date_is_no_number_asked(company, question, said):
    answer = company.ask(question)
    assert (answer.found and said in answer.answer.split("\n")[0]) if said else not answer.found, answer.answer


# A proper name no loaded document writes (bot/answer/unknown_names.py): a payment app, another company's union. Before,
# dues handed in "qua MoMo" were given the notice's day for handing them in (the others were refused without saying
# why); each is now said absent by its name. The name the documents write is still answered.
@pytest.mark.parametrize("question, name", [
    ("Tổ công đoàn nộp đoàn phí về Văn phòng Công đoàn Công ty qua MoMo trước ngày nào?", "MoMo"),
    ("Công đoàn Công ty Gỗ Bình Minh hỗ trợ đoàn viên có nhà bị tốc mái do bão bao nhiêu tiền?", "Gỗ Bình Minh"),
    ("Đoàn viên nộp đoàn phí qua ví ZaloPay được không?", "ZaloPay"),
    # a route between two places: the one the documents write ("An Lạc") makes the other no better known
    ("Giá vé xe đưa đón công nhân tuyến An Lạc – Long Thành là bao nhiêu?", "Long Thành")])
def test_a_name_no_document_writes_is_said_absent(company, question, name):
    answer = company.ask(question)
    assert not answer.found and f"«{name}»" in answer.answer, answer.answer


def test_a_name_the_documents_write_is_answered(company):
    answer = company.ask("Công đoàn Công ty Gỗ An Lạc hỗ trợ đoàn viên có nhà bị tốc mái do bão bao nhiêu tiền?")
    assert answer.found and "2.500.000 đồng" in answer.answer.split("\n")[0], answer.answer
    route = company.ask("Giá vé xe đưa đón công nhân tuyến An Lạc – Bình Chánh là bao nhiêu?")
    assert route.found and "15.000" in route.answer.split("\n")[0], route.answer
