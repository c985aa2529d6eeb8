"""Word and web page tables as a new user's documents lay them out (new-user trial of session 39, N1/N5 and N9): a
collective labour agreement (thỏa ước lao động tập thể) whose two parties sign side by side in a Word table ("ĐẠI DIỆN
BÊN A" beside "ĐẠI DIỆN BÊN B") is of its own kind and keeps both signers, each with their role; a table whose header
is stacked over two rows by merged cells (Word gridSpan/vMerge, html colspan/rowspan) names each column under it, so
the answer says which column a figure is in. The documents and the wordings are this file's own."""
from __future__ import annotations

import pytest

from ingest.pipeline import parse_file
from tests.helpers import table_document

_HEADER = ["CÔNG ĐOÀN CÔNG TY TNHH MAY AN PHÚ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
           "Số: 01/TƯLĐTT", "Bình Dương, ngày 10 tháng 1 năm 2026"]
_AGREEMENT = ["THỎA ƯỚC LAO ĐỘNG TẬP THỂ", "Công ty TNHH May An Phú năm 2026",
              "Bên A: Ban Chấp hành Công đoàn cơ sở Công ty TNHH May An Phú, đại diện tập thể người lao động.",
              "Bên B: Công ty TNHH May An Phú, người sử dụng lao động.",
              "Điều 1. Tiền lương",
              "Công ty trả lương cho người lao động vào ngày 05 của tháng sau.",
              "Điều 2. Hiệu lực",
              "Thỏa ước có hiệu lực kể từ ngày ký và có thời hạn 02 năm."]
# each party's signature in a cell of its own, line under line, as Word lays them out
_PARTIES = [["ĐẠI DIỆN BÊN A", "CHỦ TỊCH CÔNG ĐOÀN", "(Ký, ghi rõ họ tên)", "", "Nguyễn Thị Lan"],
            ["ĐẠI DIỆN BÊN B", "GIÁM ĐỐC SỞ Y TẾ", "", "Hoàng Thị Vân Anh"]]

_REPORT = ["LIÊN ĐOÀN LAO ĐỘNG HUYỆN AN PHÚ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
           "Số: 12/BC-LĐLĐ", "An Phú, ngày 5 tháng 3 năm 2026", "BÁO CÁO",
           "Kết quả phát triển đoàn viên quý I năm 2026",
           "Liên đoàn Lao động huyện báo cáo kết quả phát triển đoàn viên như sau:"]
# "STT", "Đơn vị", "Ghi chú" merged down two rows; "Đoàn viên kết nạp mới" across "Nam" and "Nữ"
_MERGED = [["STT", "Đơn vị", "Đoàn viên kết nạp mới", None, "Ghi chú"],
           [None, None, "Nam", "Nữ", None],
           ["1", "Công đoàn Công ty May Việt Tiến", "14", "37", "Vượt chỉ tiêu"],
           ["2", "Công đoàn Công ty Gạch Đồng Tâm", "22", "9", ""]]
_MERGED_HTML = """<table>
<tr><th rowspan="2">STT</th><th rowspan="2">Đơn vị</th><th colspan="2">Đoàn viên kết nạp mới</th>
<th rowspan="2">Ghi chú</th></tr>
<tr><th>Nam</th><th>Nữ</th></tr>
<tr><td>1</td><td>Công đoàn Công ty May Việt Tiến</td><td>14</td><td>37</td><td>Vượt chỉ tiêu</td></tr>
<tr><td>2</td><td>Công đoàn Công ty Gạch Đồng Tâm</td><td>22</td><td>9</td><td></td></tr></table>"""


def _agreement_docx(path):
    import docx

    document = docx.Document()
    for line in _HEADER + _AGREEMENT:
        document.add_paragraph(line)
    table = document.add_table(rows=1, cols=2)
    for cell, lines in zip(table.rows[0].cells, _PARTIES):
        cell.text = lines[0]
        for line in lines[1:]:
            cell.add_paragraph(line)
    document.save(str(path))
    return path


def _merged_docx(path):
    return table_document(path, _REPORT, _MERGED,
                          merges=(((0, 0), (1, 0)), ((0, 1), (1, 1)), ((0, 4), (1, 4)), ((0, 2), (0, 3))))


def _merged_html(path):
    path.write_text("<html><body>" + "".join(f"<p>{line}</p>" for line in _REPORT) + _MERGED_HTML + "</body></html>",
                    encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def papers(tmp_path_factory, embed_cache):
    pytest.importorskip("docx")
    from bot.answer.service import Assistant
    from troly.config import Settings

    folder = tmp_path_factory.mktemp("docs")
    _agreement_docx(folder / "thoa_uoc.docx")
    _merged_docx(folder / "bao_cao_doan_vien.docx")
    assistant = Assistant(Settings(data_dir=tmp_path_factory.mktemp("data"), embed_cache=embed_cache, _env_file=None))
    assert [d.status for d in assistant.ingest([folder]).documents] == ["added"] * 2
    yield assistant
    assistant.close()


def test_an_agreement_signed_side_by_side_in_a_word_table_keeps_its_kind_and_both_parties_signers(tmp_path):
    pytest.importorskip("docx")
    meta = parse_file(_agreement_docx(tmp_path / "tu.docx"), 10 ** 7).meta
    assert meta.kind == "Thỏa ước lao động tập thể"
    assert meta.title.startswith("Thỏa ước lao động tập thể") and meta.issuer == "Công đoàn Công ty TNHH May An Phú"
    # a name on its own line is the whole name ("TẾ" is no part of it), the form's "(Ký, ghi rõ họ tên)" no role
    assert (meta.signer, meta.signer_role) == ("Nguyễn Thị Lan", "ĐẠI DIỆN BÊN A CHỦ TỊCH CÔNG ĐOÀN")
    assert meta.cosigners == [["Hoàng Thị Vân Anh", "ĐẠI DIỆN BÊN B GIÁM ĐỐC SỞ Y TẾ"]]


def test_who_signed_an_agreement_names_both_parties_representatives(papers):
    answer = papers.ask("Thỏa ước lao động tập thể của Công ty May An Phú do ai ký?").answer
    assert "Nguyễn Thị Lan" in answer and "Hoàng Thị Vân Anh" in answer
    assert "ĐẠI DIỆN BÊN B" in answer


def test_two_signatures_beside_the_recipients_in_one_closing_row_sign_both(tmp_path):
    """"Nơi nhận | ĐẠI DIỆN BÊN A … | ĐẠI DIỆN BÊN B …" in one row of a Word table: each column its own signer."""
    pytest.importorskip("docx")
    import docx

    document = docx.Document()
    for line in _HEADER + _AGREEMENT:
        document.add_paragraph(line)
    row = document.add_table(rows=1, cols=3).rows[0].cells
    for cell, lines in zip(row, [["Nơi nhận:", "- Các tổ công đoàn;", "- Lưu: VT."], *_PARTIES]):
        cell.text = lines[0]
        for line in lines[1:]:
            cell.add_paragraph(line)
    document.save(str(tmp_path / "tu3.docx"))
    meta = parse_file(tmp_path / "tu3.docx", 10 ** 7).meta
    assert (meta.signer, [name for name, _ in meta.cosigners]) == ("Nguyễn Thị Lan", ["Hoàng Thị Vân Anh"])
    assert meta.recipients == ["Các tổ công đoàn"]


@pytest.mark.parametrize("make", [_merged_docx, _merged_html], ids=["docx", "html"])
def test_a_header_stacked_over_two_rows_names_each_column_under_it(tmp_path, make):
    pytest.importorskip("docx")
    rows = [c for c in parse_file(make(tmp_path / f"bc.{make.__name__[-4:]}"), 10 ** 7).chunks
            if c.text.startswith("| 1 |")]
    assert len(rows) == 1
    assert rows[0].lead == "STT | Đơn vị | Đoàn viên kết nạp mới Nam | Đoàn viên kết nạp mới Nữ | Ghi chú"
    assert rows[0].text.split("|")[4].strip() == "37"  # under "Nữ", not shifted by the merged cells


def test_a_figure_under_a_merged_header_is_answered_with_its_whole_column_name(papers):
    answer = papers.ask("Công đoàn Công ty May Việt Tiến kết nạp mới bao nhiêu đoàn viên nữ?").answer
    assert "Đoàn viên kết nạp mới Nữ: 37" in answer


# a report table whose first row is its title, merged over every column (review of session 40, R7)
_TITLED = [["BIỂU TỔNG HỢP ĐOÀN VIÊN KẾT NẠP MỚI", None, None], ["Đơn vị", "Nam", "Nữ"],
           ["Công đoàn Công ty May Việt Tiến", "14", "37"]]


def _titled_docx(path):
    import docx

    document = docx.Document()
    for line in _REPORT:
        document.add_paragraph(line)
    table = document.add_table(rows=len(_TITLED), cols=3)
    for r, row in enumerate(_TITLED):
        for c, text in enumerate(row):
            if text:
                table.cell(r, c).text = text
    table.cell(0, 0).merge(table.cell(0, 2))
    document.save(str(path))
    return path


def _titled_html(path):
    rows = "".join("<tr>" + "".join(f"<td>{text}</td>" for text in row) + "</tr>" for row in _TITLED[1:])
    path.write_text("<html><body>" + "".join(f"<p>{line}</p>" for line in _REPORT)
                    + f"<table><tr><td colspan=\"3\">{_TITLED[0][0]}</td></tr>{rows}</table></body></html>",
                    encoding="utf-8")
    return path


@pytest.mark.parametrize("make", [_titled_docx, _titled_html], ids=["docx", "html"])
def test_a_title_row_over_every_column_is_said_once_and_the_names_under_it_head_the_table(tmp_path, make):
    """Before, the title was written into every column ("| BIỂU … | BIỂU … | BIỂU … |") and stood as the header."""
    pytest.importorskip("docx")
    chunks = parse_file(make(tmp_path / f"bc.{make.__name__[-4:]}"), 10 ** 7).chunks
    assert sum(c.text.count(_TITLED[0][0]) for c in chunks) == 1
    row = next(c for c in chunks if c.text.startswith("| Công đoàn Công ty May Việt Tiến"))
    assert row.lead == "Đơn vị | Nam | Nữ"


def test_a_row_beside_a_cell_merged_down_from_above_keeps_all_its_cells():
    """Before, the table was as wide as its first row, and the last cell of the row under a rowspan was dropped."""
    from ingest.table_grid import Spanned, laid_out

    grid = laid_out([[Spanned("Đơn vị", 1, 2), Spanned("Số đoàn viên")], [Spanned("Trường A"), Spanned("120")]])
    assert grid.rows[1][1:] == ["Trường A", "120"]


@pytest.mark.parametrize("line, signs", [("(Ký, ghi rõ họ tên)", True), ("(Ký tên, đóng dấu)", True),
                                         ("(Ký và ghi rõ họ tên)", True), ("(Ký)", True),
                                         ("(ký kết ngày 15/3/2026)", False), ("(Ký hiệu: KH)", False)])
def test_only_a_forms_words_for_signing_make_a_signature_line(line, signs):
    """Before, any bracket opening with "ký" was a signature line (review of session 40, R13)."""
    from ingest.structure import _is_signature_line

    assert _is_signature_line(line) is signs
