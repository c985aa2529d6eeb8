"""Structure and metadata: laws (Chương/Mục/Điều, clauses and points), plans (I./1./1.1./a)/bullets),
the official header as metadata, and the five real plans' titles and outlines."""
from __future__ import annotations

import json

from ingest.parse import parse_document
from ingest.readers import read_file
from tests.helpers import CORPUS, run_troly

LAW = """QUỐC HỘI
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Luật số: 12/2012/QH13

LUẬT
CÔNG ĐOÀN

Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;
Quốc hội ban hành Luật công đoàn.

Chương I
NHỮNG QUY ĐỊNH CHUNG

Điều 1. Phạm vi điều chỉnh
Luật này quy định về quyền, trách nhiệm của Công đoàn.

Chương II
QUYỀN, TRÁCH NHIỆM CỦA CÔNG ĐOÀN

Mục 1
QUYỀN CỦA CÔNG ĐOÀN

Điều 12. Đại diện, bảo vệ quyền, lợi ích hợp pháp của người lao động
1. Hướng dẫn, tư vấn cho người lao động về quyền, nghĩa vụ khi giao kết hợp đồng lao động.
2. Đại diện cho tập thể người lao động thương lượng, ký kết thỏa ước lao động tập thể (TƯLĐTT).
3. Tham gia với đơn vị sử dụng lao động xây dựng và giám sát việc thực hiện:
a) Thang lương, bảng lương, định mức lao động;
b) Quy chế trả lương, quy chế thưởng.

Điều 13. Tham gia quản lý nhà nước
Công đoàn tham gia với cơ quan nhà nước xây dựng chính sách, pháp luật.
1. Tham gia xây dựng chính sách về lao động.
2. Tham gia thanh tra, kiểm tra việc thực hiện chính sách.

Điều 14. Luật này có hiệu lực thi hành từ ngày 01 tháng 01 năm 2013.

CHỦ TỊCH QUỐC HỘI
Nguyễn Sinh Hùng
"""

PLAN_WITH_HEADER = """LIÊN ĐOÀN LAO ĐỘNG THÀNH PHỐ HÀ NỘI        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
CÔNG ĐOÀN NGÀNH GIÁO DỤC        Độc lập - Tự do - Hạnh phúc
Số: 12/KH-CĐN        Hà Nội, ngày 5 tháng 3 năm 2022

KẾ HOẠCH HÀNH ĐỘNG
Thực hiện chăm lo cho đoàn viên Công đoàn ngành Giáo dục năm 2022

Thực hiện Nghị quyết số 02-NQ/TW ngày 12/6/2021 của Bộ Chính trị, Công đoàn ngành Giáo dục xây dựng Kế hoạch như sau:

I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
- Chăm lo đời sống vật chất, tinh thần cho đoàn viên công đoàn (ĐVCĐ).
+ Tổ chức thăm hỏi đoàn viên ốm đau.
* Hỗ trợ đoàn viên có hoàn cảnh khó khăn.
• Tặng quà cho con đoàn viên đạt thành tích cao.
2. Yêu cầu
Các hoạt động phải thiết thực, hiệu quả.

II. NỘI DUNG
1. Chăm lo đời sống
1.1. Tổ chức Tết Sum vầy
a) Tặng 500 suất quà cho đoàn viên có hoàn cảnh khó khăn.
b) Tổ chức chương trình văn nghệ.

III. TỔ CHỨC THỰC HIỆN
Các công đoàn cơ sở báo cáo kết quả về Công đoàn ngành trước ngày 15/12/2022.
1. Công đoàn ngành
- Theo dõi, đôn đốc các công đoàn cơ sở thực hiện Kế hoạch.
Trong quá trình thực hiện, nếu có vướng mắc, các đơn vị báo cáo về Công đoàn ngành để giải quyết.

Nơi nhận:
- LĐLĐ Thành phố;
- Lưu: VT.
TM. BAN THƯỜNG VỤ
CHỦ TỊCH
Nguyễn Văn An
"""


def _by_text(doc) -> dict[str, str]:
    return {c.text: c.section for c in doc.chunks}


def test_law_articles_clauses_and_points():
    doc = parse_document(LAW, "luat.txt")
    assert doc.meta.kind == "Luật"
    assert doc.meta.number == "12/2012/QH13"
    assert doc.meta.issuer == "Quốc hội"
    assert doc.meta.signer == "Nguyễn Sinh Hùng"
    sections = _by_text(doc)
    article = "Chương II. QUYỀN, TRÁCH NHIỆM CỦA CÔNG ĐOÀN › Mục 1. QUYỀN CỦA CÔNG ĐOÀN › " \
              "Điều 12. Đại diện, bảo vệ quyền, lợi ích hợp pháp của người lao động"
    # Clauses and points are chunks of their own, under the article.
    for text in ("2. Đại diện cho tập thể người lao động thương lượng, ký kết thỏa ước lao động tập thể (TƯLĐTT).",
                 "a) Thang lương, bảng lương, định mức lao động;",
                 "b) Quy chế trả lương, quy chế thưởng."):
        assert sections[text] == article
    assert sections["Luật này quy định về quyền, trách nhiệm của Công đoàn."] == \
        "Chương I. NHỮNG QUY ĐỊNH CHUNG › Điều 1. Phạm vi điều chỉnh"
    # An article that is one sentence is cited as itself, not as part of the article above it.
    assert sections["Điều 14. Luật này có hiệu lực thi hành từ ngày 01 tháng 01 năm 2013."] == \
        "Chương II. QUYỀN, TRÁCH NHIỆM CỦA CÔNG ĐOÀN › Mục 1. QUYỀN CỦA CÔNG ĐOÀN"
    # A point carries the clause that introduces it; that bare lead-in is no passage of its own.
    point = next(c for c in doc.chunks if c.text.startswith("a) Thang lương"))
    assert point.lead.startswith("3. Tham gia")
    assert not any(c.text.startswith("3. Tham gia") for c in doc.chunks)
    # Chapter titles are headings, not chunks; the header and signature are not chunks either.
    assert not any(c.text in ("NHỮNG QUY ĐỊNH CHUNG", "Nguyễn Sinh Hùng") or "Độc lập" in c.text for c in doc.chunks)
    assert doc.glossary["TƯLĐTT"] == "thỏa ước lao động tập thể"


def test_an_untitled_article_opening_with_its_first_clause():
    """"Điều 2. 1. Nhà nước …" (a constitution's articles have no title): clause 1 is a passage of the article as
    clause 2 is, not the article's heading (shown only in the path above clauses 2 and 3)."""
    doc = parse_document(LAW.replace("Điều 13. Tham gia quản lý nhà nước\nCông đoàn tham gia với cơ quan nhà "
                                     "nước xây dựng chính sách, pháp luật.\n1. Tham gia", "Điều 13. 1. Tham gia"),
                         "luat.txt")
    sections = _by_text(doc)
    assert sections["1. Tham gia xây dựng chính sách về lao động."].endswith("Điều 13.")
    assert sections["2. Tham gia thanh tra, kiểm tra việc thực hiện chính sách."].endswith("Điều 13.")


def test_plan_header_titles_levels_and_bullets():
    doc = parse_document(PLAN_WITH_HEADER, "kh.txt")
    meta = doc.meta
    assert meta.kind == "Kế hoạch"
    assert meta.title == "Kế hoạch hành động thực hiện chăm lo cho đoàn viên Công đoàn ngành Giáo dục năm 2022"
    assert (meta.number, meta.date) == ("12/KH-CĐN", "2022-03-05")
    assert (meta.issuer, meta.parent) == ("Công đoàn ngành Giáo dục", "LIÊN ĐOÀN LAO ĐỘNG THÀNH PHỐ HÀ NỘI")
    assert meta.signer == "Nguyễn Văn An"
    assert meta.implements == ["Nghị quyết số 02-NQ/TW ngày 12/6/2021"]
    assert meta.recipients == ["LĐLĐ Thành phố"]  # the archive copy ("Lưu: VT") is nobody it is sent to
    sections = _by_text(doc)
    for bullet in ("Chăm lo đời sống vật chất, tinh thần cho đoàn viên công đoàn (ĐVCĐ).",
                   "Tổ chức thăm hỏi đoàn viên ốm đau.", "Hỗ trợ đoàn viên có hoàn cảnh khó khăn.",
                   "Tặng quà cho con đoàn viên đạt thành tích cao."):
        assert sections[bullet] == "I. MỤC ĐÍCH, YÊU CẦU › 1. Mục đích"
    assert sections["a) Tặng 500 suất quà cho đoàn viên có hoàn cảnh khó khăn."] == \
        "II. NỘI DUNG › 1. Chăm lo đời sống › 1.1. Tổ chức Tết Sum vầy"
    assert sections["b) Tổ chức chương trình văn nghệ."] == "II. NỘI DUNG › 1. Chăm lo đời sống › 1.1. Tổ chức Tết Sum vầy"
    assert sections["Các công đoàn cơ sở báo cáo kết quả về Công đoàn ngành trước ngày 15/12/2022."] == \
        "III. TỔ CHỨC THỰC HIỆN"
    # The words that close the whole plan, after the last section's list, belong to no section of it.
    assert sections["Theo dõi, đôn đốc các công đoàn cơ sở thực hiện Kế hoạch."] == \
        "III. TỔ CHỨC THỰC HIỆN › 1. Công đoàn ngành"
    assert sections["Trong quá trình thực hiện, nếu có vướng mắc, các đơn vị báo cáo về Công đoàn ngành để giải quyết."] == ""
    header_words = ("Độc lập", "Số: 12", "Hà Nội, ngày", "LIÊN ĐOÀN", "Nguyễn Văn An", "TM. BAN")
    body = [c for c in doc.chunks if c.kind not in ("recipients", "signature", "header")]
    assert not any(w in c.text for c in body for w in header_words)
    # Recipients and signature are passages of their own kind, citable when asked for.
    closing = {c.kind: c for c in doc.chunks if c.kind in ("recipients", "signature")}
    assert "LĐLĐ Thành phố" in closing["recipients"].text and closing["recipients"].section == "Nơi nhận"
    assert "Nguyễn Văn An" in closing["signature"].text
    assert doc.glossary["ĐVCĐ"] == "đoàn viên công đoàn"


def test_no_text_is_lost_between_headings():
    """Every line of the body ends up in a chunk or a heading path."""
    doc = parse_document(PLAN_WITH_HEADER, "kh.txt")
    seen = " ".join(c.text for c in doc.chunks) + " ".join(c.section for c in doc.chunks)
    for line in ("Tổ chức chương trình văn nghệ", "1.1. Tổ chức Tết Sum vầy", "2. Yêu cầu",
                 "Các hoạt động phải thiết thực, hiệu quả."):
        assert line in seen


LONG_HEADINGS = """KẾ HOẠCH
Tổ chức các hoạt động năm 2026

I. NHIỆM VỤ
1. Tăng cường tuyên truyền, vận động cán bộ, đoàn viên thực hiện tốt các nhiệm vụ, giải pháp về đổi mới giáo dục đáp ứng yêu cầu của thời kỳ hội nhập quốc tế sâu rộng
- Tổ chức hội nghị quán triệt.
- Biên soạn tài liệu hỏi đáp.
2. Kế hoạch dạy học khối lớp 2 (các lớp khác thực hiện tương tự)
......
3. Tổng kết
Báo cáo kết quả trước ngày 15/12/2026.
4. Các tổ công đoàn, các ban của công đoàn cơ sở theo chức năng, nhiệm vụ được giao chủ động, kịp thời thực hiện các nhiệm vụ sau đây:
Rà soát danh sách đoàn viên của tổ.
5. Các công đoàn bộ phận, các tổ nữ công theo chức năng, nhiệm vụ được giao chủ động, kịp thời thực hiện các nhiệm vụ trọng tâm sau đây:
- Rà soát danh sách đoàn viên của bộ phận.
"""


def test_a_heading_too_long_to_show_whole_is_a_passage_too():
    """A heading shortened with "…" in the path above its items keeps its tail in a passage of its own."""
    doc = parse_document(LONG_HEADINGS, "kh.txt")
    under = next(c for c in doc.chunks if c.text == "Tổ chức hội nghị quán triệt.")
    assert under.section.endswith("…") and "hội nhập quốc tế" not in under.section  # shortened for display
    own = next(c for c in doc.chunks if c.text.endswith("thời kỳ hội nhập quốc tế sâu rộng"))
    assert own.text.startswith("1. Tăng cường") and own.section == "I. NHIỆM VỤ"


def test_a_long_lead_in_heading_is_a_passage_unless_its_items_carry_it():
    """A heading ending in ":" is the lead-in its list items carry whole; over plain paragraphs, none carries it."""
    doc = parse_document(LONG_HEADINGS, "kh.txt")
    texts = [c.text for c in doc.chunks]
    assert any(t.startswith("4. Các tổ công đoàn") for t in texts)
    assert not any(t.startswith("5. Các công đoàn bộ phận") for t in texts)
    item = next(c for c in doc.chunks if c.text == "Rà soát danh sách đoàn viên của bộ phận.")
    assert item.context.endswith("các nhiệm vụ trọng tâm sau đây:")


def test_a_heading_over_nothing_but_layout_is_a_passage():
    """A heading with only dots under it ("......", a form's blank) is the last words of its section."""
    doc = parse_document(LONG_HEADINGS, "kh.txt")
    assert "2. Kế hoạch dạy học khối lớp 2 (các lớp khác thực hiện tương tự)" in _by_text(doc)


def _parsed(name: str):
    return parse_document(read_file(CORPUS / name, 10**8), name)


def test_corpus_titles_read_right():
    titles = {path.name[:3]: _parsed(path.name).meta.title for path in sorted(CORPUS.glob("*.txt"))}
    assert titles["000"].startswith("Kế hoạch triển khai thực hiện Kết luận số 21-KL/TW")
    assert titles["001"].startswith("Kế hoạch thực hiện Chương trình hành động của Liên đoàn Lao động tỉnh")
    assert "về thực hiện Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng" in titles["001"]
    assert not titles["001"].endswith("như sau:")
    assert titles["004"].startswith("Kế hoạch hành động thực hiện Kết luận số 51-KL/TW")
    for title in titles.values():  # no word left in capitals but numbers and abbreviations
        words = [w.strip(",.;:“”()") for w in title.split()]
        assert not [w for w in words if w.isupper() and len(w) > 3 and not any(c.isdigit() for c in w)
                    and w not in ("XIII", "CNVCLĐ")], title


def test_corpus_outlines_have_every_section(corpus_store, cli_env):
    cli_env["TROLY_DATA_DIR"] = str(corpus_store)
    shown = json.loads(run_troly(["show", "--json", "000_2d8df67a86871281.txt"], cli_env).stdout)
    assert any(path.startswith("III. TỔ CHỨC THỰC HIỆN › 2. CĐGD các tỉnh, thành phố") for path in shown["outline"])
    text = run_troly(["show", "001_8a56ceed1e768dfa.txt"], cli_env).stdout
    lines = text.split("\n")
    assert lines[0].startswith("Kế hoạch thực hiện Chương trình hành động")
    # Each heading once, children indented under it.
    assert lines.count("IV. TỔ CHỨC THỰC HIỆN") == 1
    assert "  2. Công đoàn các cơ quan, đơn vị, trường học" in lines


def test_table_rows_carry_the_header_row_and_their_group_row():
    rows = ["| TT | Chỉ tiêu | Đơn vị | Kết quả | Cơ quan theo dõi |", "| --- | --- | --- | --- | --- |",
            "| **I** | **Đến năm 2030** | | | |", "| 1 | Kinh tế số | % GDP | ≥ 30 | Bộ |",
            "| 2 | Dịch vụ công | | | |", "| 2.1 | Trực tuyến | % | ≥ 80 | Văn phòng |", "| 3 | Phủ sóng 5G | % | 99 | Bộ |",
            "| **II** | **Đến năm 2045** | | | |", "| 4 | Kinh tế số | % GDP | ≥ 50 | Bộ |"]
    chunks = parse_document("PHỤ LỤC\n\nDANH MỤC CHỈ TIÊU\n\n" + "\n".join(rows) + "\n", "pl.md").chunks
    row = {c.text.split("|")[1].strip(" *"): c for c in chunks if c.text.startswith("|")}
    assert row["1"].lead == "Đến năm 2030" and row["4"].lead == "Đến năm 2045"
    assert row["1"].context.startswith("TT | Chỉ tiêu | Đơn vị | Kết quả | Cơ quan theo dõi")
    assert row["2.1"].lead == "Dịch vụ công" and "Đến năm 2030" in row["2.1"].context
    assert row["3"].lead == "Đến năm 2030"  # the numbered group "2" ends at the next number
    assert "2030" not in row["II"].context


TOURNAMENT_PLAN = """KẾ HOẠCH
Tổ chức giải bóng chuyền hơi công nhân viên chức năm 2025

I. NỘI DUNG
1. Đối tượng tham gia
Đoàn viên công đoàn đang công tác tại các đơn vị trong huyện.
2. Thời gian đăng ký thi đấu: chậm nhất ngày 20/4/2025.
3. Địa điểm: Nhà thi đấu đa năng huyện, số 15 đường Trần Phú.
4. Nội dung:
a) Đồng đội nam nữ phối hợp;
b) Đồng đội nữ.
II. TỔ CHỨC THỰC HIỆN
Ban tổ chức phổ biến điều lệ giải đến từng đơn vị.
"""


def test_a_numbered_label_with_its_value_is_a_passage_not_a_heading():
    """"2. Thời gian …: chậm nhất ngày …." states its value: a passage of its own, cited under the section
    it belongs to; "4. Nội dung:" with nothing after the colon still leads in to its items."""
    sections = _by_text(parse_document(TOURNAMENT_PLAN, "kh-giai.txt"))
    assert sections["2. Thời gian đăng ký thi đấu: chậm nhất ngày 20/4/2025."] == "I. NỘI DUNG"
    assert sections["3. Địa điểm: Nhà thi đấu đa năng huyện, số 15 đường Trần Phú."] == "I. NỘI DUNG"
    assert not any("Thời gian đăng ký" in s for s in sections.values())
    assert sections["a) Đồng đội nam nữ phối hợp;"] == "I. NỘI DUNG › 4. Nội dung:"


def test_a_long_numbered_list_stays_one_passage_an_item():
    """Items 100 and on of a list (an appendix naming 120 units) are each a passage of their own, as the first
    99 are, not one block run together and cut at random; and reading such a file takes no longer per line."""
    items = "\n".join(f"{i}. Công đoàn cơ sở Trường số {i} nộp danh sách đoàn viên trước ngày 15/4/2026."
                      for i in range(1, 121))
    doc = parse_document(f"KẾ HOẠCH\nRà soát đoàn viên năm 2026\n\nI. DANH SÁCH ĐƠN VỊ\n{items}\n", "kh.txt")
    for i in (1, 99, 100, 120):
        holding = [c.text for c in doc.chunks if f"Trường số {i} nộp" in c.text]
        assert len(holding) == 1 and len(holding[0]) < 200, (i, holding)


def test_the_last_of_a_list_of_short_sentences_takes_nothing_under_it():
    """"3. Tổng phụ trách đội." ends a list of short numbered sentences: an item as the two before it, not the
    title of the lines after it (the signers' roles, the next text's heading)."""
    doc = parse_document("""KẾ HOẠCH
Dạy học năm học 2026 - 2027

IV. TỔ CHỨC THỰC HIỆN
1. Giáo viên chủ nhiệm lớp.
2. Tổ trưởng chuyên môn.
3. Tổng phụ trách đội.
Các tổ chuyên môn báo cáo kết quả về nhà trường trước ngày 15/9/2026.

V. KINH PHÍ
Kinh phí thực hiện từ nguồn ngân sách của nhà trường năm 2026.
""", "kh.txt")
    sections = _by_text(doc)
    assert sections["3. Tổng phụ trách đội."] == "IV. TỔ CHỨC THỰC HIỆN"
    assert sections["Các tổ chuyên môn báo cáo kết quả về nhà trường trước ngày 15/9/2026."] == "IV. TỔ CHỨC THỰC HIỆN"



LEAD_IN = ("Căn cứ tình hình dịch bệnh trên địa bàn và ý kiến chỉ đạo của Bộ Y tế tại Công văn số 1234/BYT-DP ngày "
           "12/3/2026 về việc tăng cường các biện pháp phòng, chống dịch bệnh mùa mưa, sau khi họp bàn với các sở, "
           "ban, ngành liên quan và Ủy ban nhân dân các huyện, thành phố, Ban Chỉ đạo phòng chống dịch bệnh tỉnh Lâm "
           "Đồng chỉ đạo các đơn vị thực hiện một số nội dung cấp bách trong tháng tới như sau:")


def test_a_long_lead_in_is_cut_between_words():
    """Before, a lead-in over 300 characters kept its last 300 from the middle of a word ("…h Lâm Đồng")."""
    text = (f"KẾ HOẠCH\nVề phòng chống dịch\n\nI. NỘI DUNG\n{LEAD_IN}\n"
            "1. Các trạm y tế xã phun thuốc diệt muỗi tại các khu dân cư có ca bệnh trước ngày 30/4/2026.\n"
            "2. Các trường học tổ chức vệ sinh khuôn viên trường mỗi tuần một lần.\n")
    item = next(c for c in parse_document(text, "kh.txt").chunks if c.text.startswith("1. Các trạm y tế"))
    assert item.lead.startswith("…") and len(item.lead) <= 301, item.lead
    kept = item.lead.removeprefix("…")
    assert LEAD_IN.endswith(kept) and LEAD_IN[-len(kept) - 1] == " ", item.lead


def test_a_page_break_mark_under_the_title_is_no_part_of_it():
    """Before, a scan's "--- PAGE BREAK ---" right under the subject line was read into the title (`troly docs`,
    every citation: "Quyết định về việc … --- page break ---")."""
    text = ("CÔNG ĐOÀN CƠ SỞ TRƯỜNG TIỂU HỌC AN LẠC\nSố: 09/QĐ-CĐCS\nQUYẾT ĐỊNH\n"
            "Về việc cử cán bộ đi tập huấn\n--- PAGE BREAK ---\n"
            "Điều 1. Cử đồng chí Lê Văn Tám đi tập huấn nghiệp vụ.\nĐiều 2. Quyết định có hiệu lực từ ngày ký.\n")
    doc = parse_document(text, "qd.txt")
    assert doc.meta.title == "Quyết định về việc cử cán bộ đi tập huấn"


def test_a_first_paragraph_right_under_the_title_is_no_part_of_it():
    """A PDF without blank lines: the paragraph after the title line ("Ban tổ chức thông báo … như sau", no full
    stop) was read into the title and lost as a passage; a title wrapped in lower case still goes on."""
    text = ("CÔNG ĐOÀN TRƯỜNG THPT AN LẠC\nSố: 3/TB-CĐCS\nTHÔNG BÁO\nKết quả hội thao chào mừng ngày Nhà giáo\n"
            "Việt Nam năm 2027\nBan tổ chức thông báo kết quả hội thao như sau\n1. Giải nhất: tổ Toán.\n"
            "2. Giải nhì: tổ Văn, do ban tổ chức trao giải.\n")
    doc = parse_document(text, "tb.pdf")
    assert doc.meta.title == "Thông báo kết quả hội thao chào mừng ngày Nhà giáo Việt Nam năm 2027"
    assert any(c.text.startswith("Ban tổ chức thông báo") for c in doc.chunks)


def test_a_title_line_opening_with_a_name_goes_on():
    """A title wrapped before a name the text writes capitalised ("Công đoàn Việt Nam") goes on, though the text
    writes its first word in lower case elsewhere ("công tác"): not the first paragraph. (Its capital is still lost
    in the title joined: the joiner judges the first word alone.)"""
    text = ("LIÊN ĐOÀN LAO ĐỘNG HUYỆN AN LẠC\nSố: 12/KH-LĐLĐ\nKẾ HOẠCH\nTổ chức các hoạt động chào mừng\n"
            "Công đoàn Việt Nam lần thứ XIII\nI. MỤC ĐÍCH\n1. Làm tốt công tác tuyên truyền về Công đoàn Việt Nam.\n"
            "2. Các công đoàn cơ sở tổ chức hoạt động thiết thực.\n")
    doc = parse_document(text, "kh.pdf")
    assert doc.meta.title.lower() == "kế hoạch tổ chức các hoạt động chào mừng công đoàn việt nam lần thứ xiii"


def test_a_title_above_the_number_is_read():
    """Before, a markdown text giving its title above its number ("# CHƯƠNG TRÌNH / ## Về … / Số: …") lost the title
    (the file name was shown: `troly docs`, every citation) and those lines were in no passage."""
    text = ("# CHƯƠNG TRÌNH\n## Về phát triển đoàn viên năm 2027\n\nSố: 05/CTr-CĐCS\n\n### 1. Chỉ tiêu\n\n"
            "Kết nạp 50 đoàn viên mới.\n")
    doc = parse_document(text, "ct-05.md")
    assert (doc.meta.title, doc.meta.number) == ("Chương trình về phát triển đoàn viên năm 2027", "05/CTr-CĐCS")


def test_a_sentence_broken_before_a_capitalised_name_stays_one_passage():
    """Before, a letter typed with hard line breaks ("… gửi về\\r\\nLiên đoàn Lao động huyện trước ngày 10 …") was
    cut at the break into two passages: asked when the list is due, the answer quoted "Liên đoàn Lao động huyện
    trước ngày 10 hằng tháng." alone, and `troly obligations` gave that deadline to the LĐLĐ huyện."""
    text = ("CÔNG ĐOÀN CƠ SỞ XÃ BÌNH AN\r\nSố: 06/CV-CĐCS\r\nV/v báo danh sách đoàn viên mới\r\n\r\n"
            "Kính gửi: Các tổ công đoàn\r\n\r\n"
            "Các tổ công đoàn lập danh sách đoàn viên mới kết nạp, gửi về\r\n"
            "Liên đoàn Lao động huyện trước ngày 10 hằng tháng.\r\n"
            "Danh sách ghi rõ họ tên, ngày sinh của\r\nNgười lao động được kết nạp.\r\n")
    doc = parse_document(text, "cv06.txt")
    quotes = [c.text for c in doc.chunks]
    assert any("gửi về Liên đoàn Lao động huyện trước ngày 10 hằng tháng." in q for q in quotes), quotes
    assert any("ngày sinh của Người lao động" in q for q in quotes), quotes
    monthly = next(o for o in doc.obligations if o.due and o.due["every"] == "month")
    assert monthly.actor["name"] == "Tổ công đoàn", monthly


def test_a_word_a_scan_hyphenated_across_lines_is_one_word_again():
    """Before, a scanned text that broke "trước" at a line's end ("… xong trư-" / "ớc ngày 31/3/2027.") was quoted
    "trư- ớc ngày 31/3/2027", and the deadline's words were not the words a question searches."""
    text = ("HƯỚNG DẪN\nTổ chức hội nghị người lao động năm 2027\n\n"
            "1. Các công đoàn cơ sở phối hợp tổ chức hội nghị xong trư-\nớc ngày 31/3/2027.\n"
            "2. Biên bản hội nghị gửi về công đoàn cấp trên trong vòng 10 ngày sau hội nghị, kèm theo danh sách ng-\n"
            "ười dự.\n3. Báo cáo kết quả theo mẫu kinh tế-\nxã hội của địa phương.\n")
    quotes = " ".join(c.text for c in parse_document(text, "hd.txt").chunks)
    assert "xong trước ngày 31/3/2027." in quotes and "danh sách người dự." in quotes, quotes
    assert "kinh tế- xã hội" in quotes, "two words a hyphen and a break stand between stay two words"


def test_a_line_ending_in_a_word_that_goes_on_stops_before_the_closing_and_a_letters_parts():
    """Before, "… báo cáo về" / "Nơi nhận:" was read as one sentence: the deadline paragraph vanished from the
    passages and the letter had no recipients; "V/v … và" / "Kính gửi:" and "… và" / "Căn cứ …" the same."""
    text = ("CÔNG ĐOÀN CƠ SỞ XÃ BÌNH AN\nSố: 08/CV-CĐCS\nV/v báo cáo kết quả hội thao và\n"
            "Kính gửi: Các tổ công đoàn\n\n"
            "Thực hiện kế hoạch năm 2026 của Liên đoàn Lao động huyện và\n"
            "Căn cứ kết quả hội thao, Ban Chấp hành đề nghị:\n"
            "Các tổ công đoàn lập danh sách vận động viên đạt giải, gửi về\n"
            "Ban Chấp hành trước ngày 10/3/2026 để tổng hợp, báo cáo về\n"
            "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n")
    doc = parse_document(text, "cv08.txt")
    quotes = [c.text for c in doc.chunks]
    assert any(q.endswith("gửi về Ban Chấp hành trước ngày 10/3/2026 để tổng hợp, báo cáo về") for q in quotes), quotes
    assert not any("Nơi nhận" in q and "10/3/2026" in q for q in quotes), quotes
    assert doc.meta.recipients == ["Các tổ công đoàn"], doc.meta.recipients  # "Như trên": its "Kính gửi" line
    assert not any("Kính gửi" in q and "hội thao và" in q for q in quotes), quotes
    assert not any("Căn cứ" in q and "Liên đoàn Lao động huyện và" in q for q in quotes), quotes


def test_a_numbered_item_broken_after_a_word_that_goes_on_is_one_item():
    """Before, "1. Các tổ công đoàn lập danh sách, gửi về" / "Ban Chấp hành … trước ngày 10/4/2026." stayed two
    passages (a numbered item was never joined) and `troly obligations` had no deadline for the tổ công đoàn."""
    text = ("KẾ HOẠCH\nTổ chức hội thao năm 2026\n\n"
            "1. Các tổ công đoàn lập danh sách vận động viên, gửi về\n"
            "Ban Chấp hành Công đoàn cơ sở trước ngày 10/4/2026.\n"
            "2. Ban Chấp hành bố trí sân thi đấu.\n")
    doc = parse_document(text, "kh.txt")
    quotes = [c.text for c in doc.chunks]
    assert any("gửi về Ban Chấp hành Công đoàn cơ sở trước ngày 10/4/2026." in q for q in quotes), quotes
    listing = next(o for o in doc.obligations if o.due and o.due.get("date") == "2026-04-10")
    assert listing.actor["name"] == "Tổ công đoàn", listing


def test_recipients_are_whom_it_is_sent_to_not_a_scans_marks_nor_a_groups_lead_in():
    """A scan ran the signature column's role into the line of "Nơi nhận" and read margin marks after items'
    ";"; a plan groups its recipients under "Gửi bản giấy:": none of these is a recipient."""
    scanned = ("CHỈ THỊ\nVề tăng cường phòng cháy rừng\n\n1. Các huyện tổ chức trực canh lửa.\n\n"
               "Noi nhận: THỦ TƯỚNG\n- Các Bộ, cơ quan ngang Bộ; ff\n- Văn phòng Quốc hội; Ñ\n- Bộ Xây dựng; VP\n"
               "- Lưu: VT.\n")
    assert parse_document(scanned, "ct.txt").meta.recipients == ["Các Bộ, cơ quan ngang Bộ", "Văn phòng Quốc hội",
                                                                 "Bộ Xây dựng; VP"]
    grouped = ("KẾ HOẠCH\nThi đua năm 2024\n\n1. Các công đoàn cơ sở tổ chức thi đua.\n\nNơi nhận:\n"
               "* Gửi bản điện tử:\n- LĐLĐ tỉnh;\n* Gửi bản giấy:\n- Các công đoàn cơ sở;\n- Lưu: VT.\n")
    assert parse_document(grouped, "kh.txt").meta.recipients == ["LĐLĐ tỉnh", "Các công đoàn cơ sở"]


def test_items_labelled_before_a_colon_are_in_the_outline_when_the_list_labels_them():
    """Before, "1. Đối tượng: …"-style one-line items were no part of the outline, only an item with points under it
    was: `troly show` listed "4. Số lượng …" alone under "II. NỘI DUNG" (new-user trial of session 39). Now a list
    whose items name their topic before a colon shows each; one item with a colon in a plain list adds nothing."""
    text = """KẾ HOẠCH
Tổ chức Giải bóng đá công nhân năm 2027

I. NỘI DUNG
1. Đối tượng: đoàn viên các công đoàn cơ sở doanh nghiệp.
2. Thời gian: từ ngày 10/4/2027 đến ngày 30/4/2027.
3. Địa điểm thi đấu:
a) Sân vận động huyện;
b) Sân bóng Công ty Hòa Phát.
II. TỔ CHỨC THỰC HIỆN
1. Các công đoàn cơ sở đăng ký đội tham gia trước ngày 20/3/2027.
2. Ban Tài chính bảo đảm kinh phí: mỗi đội 5.000.000 đồng.
"""
    outline = parse_document(text, "kh.txt").outline()
    assert [p for p in outline if p.startswith("I. NỘI DUNG › ")] == [
        "I. NỘI DUNG › 1. Đối tượng", "I. NỘI DUNG › 2. Thời gian", "I. NỘI DUNG › 3. Địa điểm thi đấu:"], outline
    assert not any(p.startswith("II. TỔ CHỨC THỰC HIỆN › ") for p in outline), outline


def test_an_outline_lists_every_item_of_a_labelled_list():
    """`troly show` listed an article's duties 1, 2 and 4 and skipped 3, whose label names two bodies ("Sở Văn hóa,
    Thể thao và Du lịch, Sở Y tế:"): every item of a list that labels its items is in the outline, in order."""
    text = """QUY CHẾ
Tổ chức Hội khỏe Phù Đổng tỉnh năm 2027

Điều 5. Trách nhiệm của các cơ quan
1. Sở Giáo dục và Đào tạo: chủ trì tổ chức Hội khỏe; báo cáo kết quả trước ngày 30/6/2027.
2. Sở Tài chính: bảo đảm kinh phí tổ chức.
3. Sở Văn hóa, Thể thao và Du lịch, Sở Y tế: bố trí trọng tài và đội ngũ y tế tại các điểm thi đấu.
4. Ủy ban nhân dân cấp huyện: cử đoàn vận động viên tham gia.
"""
    outline = parse_document(text, "qc.txt").outline()
    assert [p.split(" › ")[-1].split(".")[0] for p in outline if p.startswith("Điều 5. ") and " › " in p] == [
        "1", "2", "3", "4"], outline


def test_an_item_over_its_own_list_that_states_a_figure_is_a_passage(tmp_path):
    """"1. **Phần khai mạc** (không quá 45 phút):" over its bullets was only their heading: its figure was in no
    passage's text, and asked how long the opening lasts the answer quoted one of its bullets. It is a passage too,
    and still the lead-in its bullets carry; an item titled only by a year or a step's number is not."""
    path = tmp_path / "kh.md"
    path.write_text("KẾ HOẠCH\nTổ chức Ngày hội văn hóa năm 2027\n\nI. NỘI DUNG\n\n"
                    "1. **Phần khai mạc** (không quá 45 phút):\n\n- Chào cờ, giới thiệu đại biểu;\n- Phát biểu khai mạc.\n\n"
                    "2. **Phần văn nghệ** năm 2027:\n\n- Các đội biểu diễn;\n- Trao giải.\n", encoding="utf-8")
    chunks = parse_document(read_file(path, 10**8), path.name).chunks
    assert [c.text for c in chunks if "45 phút" in c.text] == ["1. Phần khai mạc (không quá 45 phút):"], chunks
    assert not any(c.text.startswith("2. Phần văn nghệ") for c in chunks), chunks
    assert [c.lead for c in chunks if c.text.startswith("Chào cờ")] == ["1. Phần khai mạc (không quá 45 phút):"]
