"""What a new user of session 41 found read wrong in documents of the trial's kind: a PDF's title line run into the
preamble under it (the document then named by its file name), an annex list after the signature filed under nothing,
a city's sector union read as the national one and two offices merged, and "Điều 6 quy định gì?" answered from one
arbitrary document among several having an article 6. Invented documents, worded apart from the trial's."""
from __future__ import annotations

from bot.answer.model import citation_header
from ingest.parse import parse_document
from tests.helpers import corpus_fixture, first_line
from troly.vntext import bodies
from vectorstore.search import Passage

# Printed lines of a PDF (hard-wrapped at ~80 characters, no blank line between paragraphs): the title line under the
# kind is nearly as long as a full line, and the preamble under it opens with a capital.
_GUIDE_PDF = "\n".join([
    "LIÊN ĐOÀN LAO ĐỘNG TỈNH HÀ TĨNH                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Số: 14/HD-LĐLĐ                                  Độc lập - Tự do - Hạnh phúc",
    "Hà Tĩnh, ngày 05 tháng 02 năm 2027",
    "HƯỚNG DẪN",
    "Tổ chức bình xét, khen thưởng công đoàn cơ sở vững mạnh năm 2027 trên địa bàn",
    "Thực hiện Điều lệ Công đoàn Việt Nam và hướng dẫn của Tổng Liên đoàn Lao động Việt",
    "Nam về công tác thi đua, khen thưởng, Ban Thường vụ Liên đoàn Lao động tỉnh hướng",
    "dẫn các công đoàn cấp trên trực tiếp cơ sở thực hiện bình xét năm 2027 như sau:",
    "I. ĐỐI TƯỢNG, TIÊU CHUẨN",
    "1. Công đoàn cơ sở có từ 20 đoàn viên trở lên, hoạt động liên tục từ 12 tháng trở",
    "lên tính đến ngày 30 tháng 11 năm 2027 và không có đoàn viên vi phạm pháp luật.",
    "2. Công đoàn cơ sở hoàn thành chỉ tiêu thu kinh phí công đoàn và đoàn phí công đoàn",
    "được giao trong năm, nộp đủ phần kinh phí phải nộp về công đoàn cấp trên đúng hạn.",
    "II. THỜI GIAN, HỒ SƠ",
    "1. Công đoàn cấp trên trực tiếp cơ sở gửi hồ sơ đề nghị khen thưởng về Văn phòng",
    "Liên đoàn Lao động tỉnh chậm nhất ngày 10 tháng 12 năm 2027, gồm tờ trình và biên",
    "bản họp xét của Ban Thường vụ công đoàn cấp trên trực tiếp cơ sở.",
    "2. Hồ sơ gửi sau thời hạn trên không được xem xét; không tổ chức xét bổ sung.",
    "TM. BAN THƯỜNG VỤ",
    "CHỦ TỊCH",
    "Trần Văn Bình",
])


def test_a_pdf_title_line_is_not_run_into_the_preamble_under_it():
    """Before, the title line ("Tổ chức bình xét …") and the preamble's first line ("Thực hiện …") were joined as one
    wrapped paragraph (the title line is nearly full width, no blank line between them): the document had no title
    and was named by its file name, and its first passage began with the title's words."""
    doc = parse_document(_GUIDE_PDF, "hd-14-binh-xet.pdf")
    assert doc.meta.title == ("Hướng dẫn tổ chức bình xét, khen thưởng công đoàn cơ sở vững mạnh năm 2027 "
                              "trên địa bàn"), doc.meta.title
    assert doc.chunks[0].text.startswith("Thực hiện Điều lệ Công đoàn Việt Nam"), doc.chunks[0].text


def test_a_title_going_on_in_a_name_on_the_next_line_stays_one_title():
    """A title line whose next line opens with a name the text writes capitalised ("Liên đoàn Lao động tỉnh") goes
    on: only a word the text writes in lower case opens the preamble."""
    lines = _GUIDE_PDF.split("\n")
    lines[4:5] = ["Tổ chức bình xét, khen thưởng công đoàn cơ sở vững mạnh năm 2027 của các cấp", "Liên đoàn Lao động"]
    doc = parse_document("\n".join(lines), "hd-14-binh-xet.pdf")
    assert doc.meta.title.endswith("của các cấp Liên đoàn Lao động"), doc.meta.title


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


def test_an_annex_list_after_the_signature_is_a_section_of_its_own():
    """Before, the rows of "DANH SÁCH … (Kèm theo Quyết định số …)" printed after the signature stood under no
    heading: cited as the decision alone, and `show` did not list the annex. Its title heads them now."""
    doc = parse_document(_DECISION, "qd-45-tro-cap.txt")
    rows = [c for c in doc.chunks if "Phan Thị Huệ" in c.text]
    assert rows and rows[0].section == "Danh sách đoàn viên được trợ cấp khó khăn đột xuất", rows[0].section
    header = citation_header(Passage("x#1", "x", doc.meta.title, "qd.txt", rows[0].section, rows[0].text, 0.0,
                                     short_title="QĐ 45/QĐ-CĐN"))
    assert header == "QĐ 45/QĐ-CĐN › Danh sách đoàn viên được trợ cấp khó khăn đột xuất", header


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
    assert len(listed) == 2 and all("Điều 6." in line and line.endswith(("[1]", "[2]")) for line in listed), answer.answer
    assert {c.passage.doc_id for c in answer.citations} == {"qd-45-tro-cap.txt", "quy-che-van-ban-dien-tu.txt"}
