"""What a new user of session 41 found read wrong in documents of the trial's kind: a city's sector union read as the
national one and two offices merged, and "Điều 6 quy định gì?" answered from one arbitrary document among several
having an article 6. Invented documents, worded apart from the trial's."""
from __future__ import annotations

from ingest.parse import parse_document
from tests.helpers import corpus_fixture, first_line
from troly.vntext import bodies

_DECISION = ("CÔNG ĐOÀN NGÀNH Y TẾ TỈNH QUẢNG BÌNH\nSố: 45/QĐ-CĐN\nQuảng Bình, ngày 12 tháng 5 năm 2027\n\n"
             "QUYẾT ĐỊNH\nVề việc trợ cấp khó khăn đột xuất cho đoàn viên\n\n"
             "Căn cứ Điều lệ Công đoàn Việt Nam;\nXét đề nghị của Ban Chính sách - Pháp luật,\n\nQUYẾT ĐỊNH:\n\n"
             "Điều 1. Trợ cấp khó khăn đột xuất cho 03 đoàn viên bị thiệt hại do hỏa hoạn (có danh sách kèm theo).\n\n"
             "Điều 2. Kinh phí chi từ quỹ xã hội của Công đoàn ngành.\n\n"
             "Điều 3. Công đoàn cơ sở có đoàn viên được trợ cấp trao tiền trong 10 ngày kể từ ngày nhận kinh phí.\n\n"
             "Điều 4. Ban Tài chính chuyển kinh phí trước ngày 20/5/2027.\n\n"
             "Điều 5. Văn phòng Sở Y tế phối hợp thông tin tới các bệnh viện có đoàn viên được trợ cấp.\n\n"
             "Điều 6. Quyết định có hiệu lực từ ngày ký; Văn phòng, Ban Tài chính thi hành Quyết định này.\n\n"
             "Nơi nhận:\n- Như Điều 6;\n- Lưu: VT.\n\nTM. BAN THƯỜNG VỤ\nCHỦ TỊCH\n\nHồ Thị Lan\n\n"
             "DANH SÁCH ĐOÀN VIÊN ĐƯỢC TRỢ CẤP KHÓ KHĂN ĐỘT XUẤT\n"
             "(Kèm theo Quyết định số 45/QĐ-CĐN ngày 12 tháng 5 năm 2027 của Công đoàn ngành Y tế)\n\n"
             "| TT | Họ và tên | Đơn vị | Số tiền (đồng) |\n| --- | --- | --- | --- |\n"
             "| 1 | Phan Thị Huệ | Bệnh viện Đa khoa huyện Lệ Thủy | 5.000.000 |\n"
             "| 2 | Đinh Văn Sơn | Trung tâm Y tế huyện Tuyên Hóa | 4.000.000 |\n"
             "| 3 | Cao Thị Nhàn | Bệnh viện Y dược cổ truyền tỉnh | 3.000.000 |\n")

_RULES = ("BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nSố: 09/QĐ-BNNMT\nHà Nội, ngày 03 tháng 3 năm 2027\n\n"
          "QUY CHẾ\nTiếp nhận và xử lý văn bản điện tử của cơ quan Bộ\n\n"
          "Điều 1. Quy chế này áp dụng với các đơn vị thuộc cơ quan Bộ.\n\n"
          "Điều 2. Văn bản điện tử đến được tiếp nhận qua Hệ thống quản lý văn bản của Bộ.\n\n"
          "Điều 3. Văn phòng Bộ phân phối văn bản đến trong ngày làm việc.\n\n"
          "Điều 4. Đơn vị chủ trì xử lý văn bản trong thời hạn ghi trên phiếu chuyển.\n\n"
          "Điều 5. Văn bản mật không gửi qua hệ thống điện tử.\n\n"
          "Điều 6. Chánh Văn phòng Bộ kiểm tra việc thực hiện Quy chế này hằng quý.\n")

documents = corpus_fixture(("qd-45-tro-cap.txt", _DECISION), ("quy-che-van-ban-dien-tu.txt", _RULES))


def test_a_sector_union_named_with_its_province_or_city_stays_local():
    """Before, "Công đoàn ngành Giáo dục" (alone, with "thành phố", or with its city) was read as the national
    "Công đoàn Giáo dục Việt Nam": a report of Cần Thơ's sector union filed its duties under the national body."""
    found = bodies()
    for name in ("Công đoàn ngành Giáo dục thành phố Cần Thơ", "Công đoàn ngành Giáo dục thành phố",
                 "CĐ ngành Giáo dục tỉnh Nghệ An", "Công đoàn ngành Giáo dục"):
        assert found.resolve(name).name == "Công đoàn Giáo dục tỉnh", name
    assert found.resolve("Công đoàn ngành Giáo dục Việt Nam").name == "Công đoàn Giáo dục Việt Nam"


def test_a_departments_office_and_a_ministrys_office_are_two_bodies():
    """Before, "Văn phòng Sở" and "Văn phòng Bộ" were both "Văn phòng": one group of duties in the obligations list."""
    actors = {o.actor["name"] for doc in (parse_document(_DECISION, "qd.txt"), parse_document(_RULES, "qc.txt"))
              for o in doc.obligations if o.actor}
    assert {"Văn phòng Sở", "Văn phòng Bộ"} <= actors, actors


def test_a_bare_article_several_documents_have_is_asked_back_with_each_cited(documents):
    """Before, "Điều 6 quy định gì?" quoted one document's Điều 6, picked by the words its lines share with "quy định
    gì". Each document having one is named with its article's heading, cited, and the user asked which."""
    answer = documents.ask("Điều 6 quy định gì?")
    assert answer.found and "văn bản nào" in first_line(answer), answer.answer
    listed = answer.answer.split("\n")[1:]
    assert len(listed) == 2, answer.answer
    assert all("Điều 6." in line and line.endswith(("[1]", "[2]")) for line in listed), answer.answer
    assert {c.passage.doc_id for c in answer.citations} == {"qd-45-tro-cap.txt", "quy-che-van-ban-dien-tu.txt"}
