"""An appendix printed after a text's last article or section ("PHỤ LỤC", "Biểu 02") is filed under itself, not under
that article: a reader citing a row of its table is told "PHỤ LỤC … › …", not "Điều 5. Tổ chức thực hiện" (o-part
tester's finding, session 53, of a Word appendix table). One rule of the structure step, whatever the format: .txt,
.md, .docx and .pdf. The regulation and its appendix are this file's own."""
from __future__ import annotations

from pathlib import Path

import pytest

from ingest.pipeline import parse_file
from tests.helpers import table_document
from tests.test_formats import make_pdf

_REGULATION = ["ỦY BAN NHÂN DÂN HUYỆN HÒA VANG", "Số: 07/2026/QĐ-UBND", "Hòa Vang, ngày 3 tháng 2 năm 2026",
               "QUY ĐỊNH", "Quản lý cây xanh đô thị trên địa bàn huyện Hòa Vang",
               "Điều 1. Phạm vi", "Quy định này áp dụng cho cây xanh trên các tuyến đường do huyện quản lý.",
               "Điều 2. Tổ chức thực hiện",
               "Phòng Quản lý đô thị theo dõi, đôn đốc việc thực hiện Quy định này./."]
_APPENDIX = ["PHỤ LỤC I", "DANH MỤC TUYẾN ĐƯỜNG CẤM CHẶT HẠ CÂY XANH"]
_ROWS = [["STT", "Tuyến đường", "Loại cây"], ["1", "Đường Lê Trọng Tấn", "Sao đen"],
         ["2", "Đường Trường Sơn", "Dầu rái"]]
_FORM = ["Biểu 02", "Kết quả trồng cây theo xã", "Xã Hòa Phong trồng mới 350 cây trong quý I."]


def _table(rows: list[list[str]]) -> list[str]:
    return ["| " + " | ".join(row) + " |" for row in rows]


def _txt(path: Path) -> Path:
    path.write_text("\n".join([*_REGULATION, "", *_APPENDIX, *_table(_ROWS), "", *_FORM]), encoding="utf-8")
    return path


def _md(path: Path) -> Path:
    lines = [*_REGULATION[:5], *(f"### {line}" if line.startswith("Điều") else line for line in _REGULATION[5:]),
             f"## {_APPENDIX[0]}", f"**{_APPENDIX[1]}**", _table(_ROWS)[0], "|---|---|---|", *_table(_ROWS)[1:],
             "", f"## {_FORM[0]}", *_FORM[1:]]
    path.write_text("\n\n".join(lines), encoding="utf-8")
    return path


def _docx(path: Path) -> Path:
    return table_document(path, [*_REGULATION, *_APPENDIX], _ROWS)


def _pdf(path: Path) -> Path:
    return make_pdf(path, [_REGULATION, [*_APPENDIX, "1. Đường Lê Trọng Tấn: cây Sao đen.",
                                         "2. Đường Trường Sơn: cây Dầu rái.", "", *_FORM]])


@pytest.mark.parametrize("make", [_txt, _md, _docx, _pdf], ids=["txt", "md", "docx", "pdf"])
def test_an_appendix_after_the_last_article_is_filed_under_itself(tmp_path, make):
    doc = parse_file(make(tmp_path / f"qd07.{make.__name__[1:]}"), 10**7)
    rows = [c for c in doc.chunks if "Trường Sơn" in c.text]
    assert rows, [c.text for c in doc.chunks]
    for chunk in rows:
        assert chunk.whole_section.startswith("PHỤ LỤC I") and "Điều" not in chunk.whole_section, chunk
    article = next(c for c in doc.chunks if "theo dõi, đôn đốc" in c.text)
    assert article.whole_section.startswith("Điều 2"), article  # the article keeps its own passage
    if make is not _docx:  # a second appendix, a form numbered "Biểu 02", is under itself, not under the first
        form = next(c for c in doc.chunks if "350 cây" in c.text)
        assert form.whole_section.startswith("Biểu 02"), form


def test_a_sentence_naming_an_appendix_stays_in_its_section(tmp_path):
    """"Phụ lục I kèm theo …" opening a sentence of an article is no heading: the article goes on."""
    text = "\n".join([*_REGULATION[:8], "Phụ lục I kèm theo Quy định này liệt kê các tuyến đường cấm chặt hạ.",
                      "Phòng Quản lý đô thị theo dõi, đôn đốc việc thực hiện Quy định này./."])
    path = tmp_path / "qd07.txt"
    path.write_text(text, encoding="utf-8")
    doc = parse_file(path, 10**7)
    named = next(c for c in doc.chunks if c.text.startswith("Phụ lục I kèm theo"))
    after = next(c for c in doc.chunks if "theo dõi, đôn đốc" in c.text)
    assert named.whole_section.startswith("Điều 2") and after.whole_section.startswith("Điều 2"), (named, after)


def test_a_plans_closing_words_above_its_appendix_are_in_no_section(tmp_path):
    """"Yêu cầu các đơn vị … thực hiện./." closing a plan is said of the whole plan, not of its last section — with an
    appendix after it as without one."""
    plan = ["ỦY BAN NHÂN DÂN HUYỆN HÒA VANG", "Số: 21/KH-UBND", "Hòa Vang, ngày 5 tháng 2 năm 2026", "KẾ HOẠCH",
            "Trồng cây xanh năm 2026", "I. MỤC TIÊU", "Trồng mới 2.000 cây xanh trên các tuyến đường của huyện.",
            "II. TỔ CHỨC THỰC HIỆN", "1. Phòng Quản lý đô thị", "a) Chọn giống cây phù hợp từng tuyến đường.",
            "b) Báo cáo kết quả trước ngày 15/12/2026.",
            "Yêu cầu các đơn vị triển khai thực hiện; có khó khăn báo cáo Ủy ban nhân dân huyện để chỉ đạo./."]
    path = tmp_path / "kh21.txt"
    path.write_text("\n".join([*plan, "", *_APPENDIX, *_table(_ROWS)]), encoding="utf-8")
    doc = parse_file(path, 10**7)
    closing = next(c for c in doc.chunks if c.text.startswith("Yêu cầu các đơn vị"))
    assert closing.whole_section == "", closing


def test_an_articles_lines_naming_the_forms_it_issues_stay_in_it(tmp_path):
    """"Mẫu số 01: Đơn đề nghị …" listed by an article issuing forms is no appendix heading: the article's lines stay
    under it, and the next article is not filed under a "Phụ lục" it named."""
    text = "\n".join([*_REGULATION[:5], "Điều 1. Ban hành kèm theo Quy định này các mẫu sau:",
                      "Mẫu số 01: Đơn đề nghị chặt hạ cây xanh", "Phụ lục I: Danh mục tuyến đường cấm chặt hạ",
                      "Điều 2. Tổ chức thực hiện", "Phòng Quản lý đô thị theo dõi, đôn đốc việc thực hiện./."])
    path = tmp_path / "qd07.txt"
    path.write_text(text, encoding="utf-8")
    chunks = parse_file(path, 10**7).chunks
    form = next(c for c in chunks if c.text.startswith("Mẫu số 01"))
    named = next(c for c in chunks if c.text.startswith("Phụ lục I"))
    after = next(c for c in chunks if "theo dõi, đôn đốc" in c.text)
    assert form.whole_section.startswith("Điều 1") and named.whole_section.startswith("Điều 1"), (form, named)
    assert after.whole_section.startswith("Điều 2"), after
