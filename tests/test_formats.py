"""Formats: .docx, .pdf (text layer), .html and .md give the same structure as the plain text.

The files are generated here from real Vietnamese text. PDFs need a font with Vietnamese glyphs
for their text layer; rather than depend on fonts installed on the machine, `test_font` builds a
tiny TrueType font (one box glyph per character used) with fontTools."""
from __future__ import annotations

import io
import json
import unicodedata
from pathlib import Path

import pytest

from ingest.markers import heading_match
from ingest.parse import parse_document
from ingest.readers import read_file
from tests.helpers import CORPUS, add_nested_duties, run_troly, table_document
from troly.texts import t

PLAN = """KẾ HOẠCH
Tổ chức các hoạt động chăm lo cho đoàn viên năm 2022

Thực hiện Nghị quyết số 02-NQ/TW ngày 12/6/2021 của Bộ Chính trị, Công đoàn ngành Giáo dục xây dựng Kế hoạch như sau:

I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
- Chăm lo đời sống vật chất, tinh thần cho đoàn viên công đoàn (ĐVCĐ).
- Tổ chức thăm hỏi đoàn viên ốm đau.
2. Yêu cầu
Các hoạt động phải thiết thực, hiệu quả, đúng đối tượng.

II. TỔ CHỨC THỰC HIỆN
Các công đoàn cơ sở tổng hợp và báo cáo kết quả về Công đoàn ngành trước ngày 15/12/2022.
"""


# ---- generators (used by other test modules too) -------------------------------------------
def build_font(chars: str, family: str = "TrolyTest") -> bytes:
    """A TrueType font with a box glyph for each character: enough for a PDF text layer."""
    from fontTools.fontBuilder import FontBuilder
    from fontTools.pens.ttGlyphPen import TTGlyphPen

    chars_sorted = sorted(set(chars) | {" "})
    names = [".notdef"] + [f"u{ord(c):04X}" for c in chars_sorted]
    fb = FontBuilder(1000, isTTF=True)
    fb.setupGlyphOrder(names)
    fb.setupCharacterMap({ord(c): f"u{ord(c):04X}" for c in chars_sorted})
    glyphs = {}
    for name in names:
        pen = TTGlyphPen(None)
        if name not in (".notdef", "u0020"):
            pen.moveTo((50, 0))
            pen.lineTo((50, 600))
            pen.lineTo((450, 600))
            pen.lineTo((450, 0))
            pen.closePath()
        glyphs[name] = pen.glyph()
    fb.setupGlyf(glyphs)
    fb.setupHorizontalMetrics({n: (500, 0) for n in names})
    fb.setupHorizontalHeader(ascent=800, descent=-200)
    fb.setupNameTable({"familyName": family, "styleName": "Regular", "psName": f"{family}-Regular"})
    fb.setupOS2(sTypoAscender=800, usWinAscent=800, usWinDescent=200)
    fb.setupPost()
    out = io.BytesIO()
    fb.save(out)
    return out.getvalue()


def make_pdf(path: Path, pages: list[list[str]], password: str | None = None, centred: frozenset[str] = frozenset(),
             title: str = "") -> Path:
    """A PDF whose text layer holds `pages`, one drawn line per string (hard-wrapped as given), the lines of
    `centred` centred on the page as a title's are; `title`: the title its properties declare."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    chars = "".join("".join(page) for page in pages)
    # reportlab keeps fonts by their internal name: each font gets its own
    name = f"TrolyTest{abs(hash(chars)) % 10**8}"
    font_file = path.with_suffix(".ttf")
    font_file.write_bytes(build_font(chars, name))
    pdfmetrics.registerFont(TTFont(name, str(font_file)))
    c = canvas.Canvas(str(path))
    if title:
        c.setTitle(title)
    for page in pages:
        c.setFont(name, 9)
        y = 800
        for line in page:
            if line in centred:
                c.drawCentredString(297, y, line)
            else:
                c.drawString(40, y, line)
            y -= 12
        c.showPage()
    c.save()
    if password:
        from pypdf import PdfReader, PdfWriter

        writer = PdfWriter(clone_from=PdfReader(str(path)))
        writer.encrypt(user_password=password, owner_password=password + "-owner")
        with open(path, "wb") as fh:
            writer.write(fh)
    return path


def make_docx(path: Path, text: str, header_table: list[list[str]] | None = None) -> Path:
    """A .docx with one paragraph per line; lines starting "- " become Word list bullets."""
    import docx

    document = docx.Document()
    if header_table:
        table = document.add_table(rows=len(header_table), cols=len(header_table[0]))
        for r, row in enumerate(header_table):
            for col, cell_text in enumerate(row):
                table.cell(r, col).text = cell_text
    for line in text.split("\n"):
        if line.startswith("- "):
            document.add_paragraph(line[2:], style="List Bullet")
        elif line.strip():
            document.add_paragraph(line)
    document.save(str(path))
    return path


def make_html(path: Path, text: str) -> Path:
    parts = ["<html><head><title>x</title><style>p{}</style></head><body>"]
    in_list = False
    for line in text.split("\n"):
        if line.startswith("- "):
            if not in_list:
                parts.append("<ul>")
                in_list = True
            parts.append(f"<li>{line[2:]}</li>")
            continue
        if in_list:
            parts.append("</ul>")
            in_list = False
        if line.strip():
            tag = "h2" if line.isupper() or line[:3] in ("I. ", "II.") else "p"
            parts.append(f"<{tag}>{line}</{tag}>")
    parts.append("</body></html>")
    path.write_text("\n".join(parts), encoding="utf-8")
    return path


def make_md(path: Path, text: str) -> Path:
    lines = []
    for line in text.split("\n"):
        if line[:3] in ("I. ", "II.") or line == "KẾ HOẠCH":
            lines.append(f"## **{line}**")
        elif line.startswith("- "):
            lines.append("* " + line[2:])
        else:
            lines.append(line.replace("thiết thực", "*thiết thực*"))
        lines.append("")
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def _chunks(path: Path) -> list[tuple[str, str]]:
    doc = parse_document(read_file(path, 10**8), path.name)
    return [(c.section, c.text) for c in doc.chunks]


# ---- tests ---------------------------------------------------------------------------------
def test_every_format_gives_the_plain_text_structure(tmp_path):
    (tmp_path / "plan.txt").write_text(PLAN, encoding="utf-8")
    expected = _chunks(tmp_path / "plan.txt")
    assert ("I. MỤC ĐÍCH, YÊU CẦU › 1. Mục đích", "Tổ chức thăm hỏi đoàn viên ốm đau.") in expected
    files = [make_docx(tmp_path / "plan.docx", PLAN), make_html(tmp_path / "plan.html", PLAN),
             make_md(tmp_path / "plan.md", PLAN),
             make_pdf(tmp_path / "plan.pdf", [PLAN.split("\n")])]  # blank lines: vertical gaps
    for path in files:
        assert _chunks(path) == expected, path.suffix


def test_docx_header_table_becomes_metadata(tmp_path):
    path = make_docx(tmp_path / "kh.docx", PLAN, header_table=[
        ["LIÊN ĐOÀN LAO ĐỘNG THÀNH PHỐ HÀ NỘI", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
        ["CÔNG ĐOÀN NGÀNH GIÁO DỤC", "Độc lập - Tự do - Hạnh phúc"],
        ["Số: 12/KH-CĐN", "Hà Nội, ngày 5 tháng 3 năm 2022"]])
    doc = parse_document(read_file(path, 10**8), path.name)
    assert doc.meta.number == "12/KH-CĐN"
    assert doc.meta.date == "2022-03-05"
    assert (doc.meta.issuer, doc.meta.parent) == ("Công đoàn ngành Giáo dục", "LIÊN ĐOÀN LAO ĐỘNG THÀNH PHỐ HÀ NỘI")
    assert doc.meta.title == "Kế hoạch tổ chức các hoạt động chăm lo cho đoàn viên năm 2022"
    assert not any("Độc lập" in c.text for c in doc.chunks)  # the motto is no passage; the number is the header's
    assert [c.text for c in doc.chunks if "Số:" in c.text] == [c.text for c in doc.chunks if c.kind == "header"]


def test_docx_lines_broken_inside_a_paragraph_or_a_cell_stay_lines(tmp_path):
    """Word's Shift+Enter (a line break inside one paragraph) lays out the header's cells and the
    signature block: each broken line is a line, as the page shows it."""
    import docx

    document = docx.Document()
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "LIÊN ĐOÀN LAO ĐỘNG HUYỆN ĐỨC TRỌNG\nCÔNG ĐOÀN TRƯỜNG THCS LIÊN NGHĨA\nSố: 15/KH-CĐCS"
    table.cell(0, 1).text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nĐức Trọng, ngày 10 tháng 3 năm 2026"
    for line in PLAN.split("\n"):
        if line.strip():
            document.add_paragraph(line)
    document.add_paragraph("Nơi nhận:\n- LĐLĐ huyện Đức Trọng (để báo cáo);\n- Các tổ công đoàn;\n- Lưu: VT.")
    document.add_paragraph("TM. BAN CHẤP HÀNH\nCHỦ TỊCH\n\nNguyễn Văn Bình")
    document.save(str(tmp_path / "kh.docx"))
    meta = parse_document(read_file(tmp_path / "kh.docx", 10**8), "kh.docx").meta
    assert (meta.number, meta.date, meta.place) == ("15/KH-CĐCS", "2026-03-10", "Đức Trọng")
    assert meta.parent == "LIÊN ĐOÀN LAO ĐỘNG HUYỆN ĐỨC TRỌNG" and meta.issuer == "Công đoàn Trường THCS Liên Nghĩa"
    assert (meta.signer, meta.signer_role) == ("Nguyễn Văn Bình", "TM. BAN CHẤP HÀNH CHỦ TỊCH")
    assert meta.recipients == ["LĐLĐ huyện Đức Trọng (để báo cáo)", "Các tổ công đoàn"]


def _raw_lines(name: str, count: int, around: str) -> list[str]:
    """Non-empty lines of a corpus file as they are (hard-wrapped, broken glyphs and all),
    `count` of them from the paragraph before the first line holding `around`."""
    text = unicodedata.normalize("NFC", (CORPUS / name).read_text(encoding="utf-8"))
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    hit = next(i for i, line in enumerate(lines) if around in line)
    start = hit
    while start > 0 and not lines[start - 1].endswith((".", ":", ";")):
        start -= 1  # begin at a paragraph start
    return lines[start:start + count]


def test_hard_wrapped_pdf_reflows_and_broken_glyphs_are_repaired(tmp_path):
    lines = _raw_lines("001_8a56ceed1e768dfa.txt", 70, around="ƣ")
    assert any("ƣ" in line for line in lines), "the sample should carry the broken glyph"
    source = tmp_path / "sample.txt"
    source.write_text("\n".join(lines), encoding="utf-8")
    # Two pages with a page number at the foot of the first, as printed plans have.
    pdf = make_pdf(tmp_path / "sample.pdf", [lines[:40] + ["", "1"], lines[40:]])
    from_pdf = _chunks(pdf)
    assert from_pdf == _chunks(source)
    texts = [text for _, text in from_pdf]
    assert not any("ƣ" in t or "\n" in t for t in texts)
    wrapped = [(a, b) for a, b in zip(lines, lines[1:])
               if a[-1:].isalpha() and b[:1].islower() and not heading_match(b)]
    assert wrapped, "the sample should hold sentences broken across lines"
    paragraphs = parse_document(read_file(pdf, 10**8), pdf.name).text.split("\n")
    for a, b in wrapped:  # the end of one line and the start of the next are one sentence again
        tail, head = a.split()[-1].replace("ƣ", "ư"), b.split()[0].replace("ƣ", "ư")
        assert any(f"{tail} {head}" in paragraph for paragraph in paragraphs), (tail, head)


def test_all_formats_ingest_through_the_cli(tmp_path, cli_env):
    files = [make_docx(tmp_path / "a.docx", PLAN), make_html(tmp_path / "b.html", PLAN),
             make_md(tmp_path / "c.md", PLAN), make_pdf(tmp_path / "d.pdf", [PLAN.split("\n")])]
    proc = run_troly(["ingest", "--json", *map(str, files)], cli_env)
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout)
    statuses = [d["status"] for d in report["documents"]]
    # The same text in four formats is one document: the first is added, the rest are duplicates.
    assert statuses == ["added", "duplicate", "duplicate", "duplicate"], report
    assert report["documents"][0]["title"] == "Kế hoạch tổ chức các hoạt động chăm lo cho đoàn viên năm 2022"


def test_a_file_under_the_wrong_extension_is_read_as_what_it_is(tmp_path, cli_env):
    """A PDF saved as .txt and a Word file renamed .pdf are read by their content, with a note to rename them;
    text under a .pdf name (a failed download's page) is still refused as a damaged PDF."""
    pdf_as_txt = make_pdf(tmp_path / "a.pdf", [PLAN.split("\n")]).rename(tmp_path / "ke-hoach.txt")
    docx_as_pdf = make_docx(tmp_path / "b.docx", PLAN).rename(tmp_path / "ke-hoach-2.pdf")
    text_as_pdf = tmp_path / "tai-loi.pdf"
    text_as_pdf.write_text("<html><body>404 Not Found</body></html>", encoding="utf-8")
    proc = run_troly(["ingest", "--json", str(pdf_as_txt), str(docx_as_pdf), str(text_as_pdf)], cli_env)
    report = json.loads(proc.stdout)["documents"]
    assert [d["status"] for d in report] == ["added", "duplicate", "failed"], report
    assert report[0]["warning"] == t("ingest.input.wrong_suffix", suffix=".txt", real=".pdf")
    assert report[0]["chunks"] == len(_chunks(make_pdf(tmp_path / "c.pdf", [PLAN.split("\n")])))
    assert report[2]["error"] == t("ingest.errors.pdf_corrupt") and proc.returncode == 1


@pytest.mark.parametrize("cut", [[4, 8], [6]], ids=["three pages", "two pages"])
def test_a_pdfs_running_header_and_page_footer_are_not_its_text(tmp_path, cut):
    """The line a PDF prints atop every page (the issuer and the plan's name) and its footer ("Trang 2/3") are
    left out: the passages are those of the same pages without them — the header neither runs into the sentence
    a page break cut nor stands as a passage (or a duty) of its own."""
    lines = [line for line in PLAN.split("\n") if line.strip()]
    pages = [lines[a:b] for a, b in zip([0, *cut], [*cut, len(lines)])]
    plain = make_pdf(tmp_path / "plain.pdf", pages)
    framed = make_pdf(tmp_path / "framed.pdf", [["CĐ ngành Giáo dục - Kế hoạch chăm lo đoàn viên 2022", *page,
                                                 f"Trang {n}/{len(pages)}"] for n, page in enumerate(pages, 1)])
    chunks = _chunks(framed)
    assert chunks == _chunks(plain), chunks
    assert not any("Kế hoạch chăm lo" in text for _, text in chunks)


def test_word_paragraphs_inside_content_controls_are_read(tmp_path):
    """A plan typed into a Word template's content controls (its fields) is read whole, as the same plan typed
    as plain paragraphs — not silently left without them; a table of contents control is no text of the plan."""
    import docx
    from docx.oxml.ns import qn
    from lxml import etree

    plain = make_docx(tmp_path / "plain.docx", PLAN)
    document = docx.Document(str(plain))
    body = document.element.body
    paragraphs = [p for p in body.iterchildren(qn("w:p"))]
    toc = etree.Element(qn("w:sdt"))
    gallery = etree.SubElement(etree.SubElement(etree.SubElement(toc, qn("w:sdtPr")), qn("w:docPartObj")),
                               qn("w:docPartGallery"))
    gallery.set(qn("w:val"), "Table of Contents")
    etree.SubElement(etree.SubElement(etree.SubElement(etree.SubElement(toc, qn("w:sdtContent")), qn("w:p")),
                                      qn("w:r")), qn("w:t")).text = "II. TỔ CHỨC THỰC HIỆN\t2"
    paragraphs[0].addprevious(toc)
    field = etree.Element(qn("w:sdt"))
    content = etree.SubElement(field, qn("w:sdtContent"))
    paragraphs[2].addprevious(field)
    for p in paragraphs[2:]:
        content.append(p)
    document.save(str(tmp_path / "fields.docx"))
    assert _chunks(tmp_path / "fields.docx") == _chunks(plain)


TEXT_BOX = ('<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
            'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
            'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
            'xmlns:v="urn:schemas-microsoft-com:vml"><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
            '<wps:wsp><wps:txbx><w:txbxContent><w:p><w:r><w:t>DỰ THẢO</w:t></w:r></w:p></w:txbxContent></wps:txbx>'
            '</wps:wsp></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent><w:p><w:r>'
            '<w:t>DỰ THẢO</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>'
            '</mc:AlternateContent></w:r>')


def test_a_word_text_box_is_read_once_on_a_line_of_its_own(tmp_path):
    """A text box anchored in a paragraph ("DỰ THẢO" in a frame) is read once, as a line after that paragraph:
    not run into its last word twice over ("… trước ngày 15/12/2022.DỰ THẢODỰ THẢO"), which Word's copy of
    the box for older readers would make of it; in a table cell too."""
    import docx
    from lxml import etree

    path = make_docx(tmp_path / "box.docx", PLAN, header_table=[["Các công đoàn cơ sở báo cáo"]])
    document = docx.Document(str(path))
    for paragraph in [document.paragraphs[-1], document.tables[0].cell(0, 0).paragraphs[0]]:
        paragraph._p.append(etree.fromstring(TEXT_BOX))
    document.save(str(path))
    text = read_file(path, 10**8)
    assert text.count("DỰ THẢO") == 2, text
    assert "trước ngày 15/12/2022.\nDỰ THẢO" in text and "| Các công đoàn cơ sở báo cáo DỰ THẢO |" in text, text


CONVERTED_MD = """| CÔNG ĐOÀN GIÁO DỤC TỈNH AN BÌNH<br>Số: 21/KH-CĐGD | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - \
Hạnh phúc<br>An Bình, ngày 02 tháng 3 năm 2026 |
|---|---|

**KẾ HOẠCH**<br>Tổ chức Ngày hội văn hóa công đoàn năm 2026

I. TỔ CHỨC THỰC HIỆN

1. Công đoàn cơ sở<br>Đăng ký tham gia và gửi danh sách về Công đoàn Giáo dục tỉnh trước ngày 15/4/2026.

| Nơi nhận:<br>- Các CĐCS;<br>- Lưu: VT. | TM. BAN THƯỜNG VỤ<br>CHỦ TỊCH<br><br>Nguyễn Văn An |
|---|---|
"""


def test_a_converters_markdown_with_br_line_breaks_reads_as_the_document(tmp_path):
    """Markdown a converter made of a Word plan writes the line breaks inside cells and paragraphs as "<br>": the
    header table still gives the issuer, number and date, the title is the plan's, the signer and recipients are
    read — and no "<br>" is quoted in any passage."""
    path = tmp_path / "ke-hoach.md"
    path.write_text(CONVERTED_MD, encoding="utf-8")
    doc = parse_document(read_file(path, 10**8), path.name)
    meta = doc.meta
    assert (meta.number, meta.date, meta.issuer) == ("21/KH-CĐGD", "2026-03-02", "Công đoàn Giáo dục tỉnh An Bình")
    assert meta.title == "Kế hoạch tổ chức Ngày hội văn hóa công đoàn năm 2026"
    assert (meta.signer, meta.recipients) == ("Nguyễn Văn An", ["Các CĐCS"])
    assert not any("<br" in c.text for c in doc.chunks), [c.text for c in doc.chunks]


def test_a_signature_table_with_the_name_in_a_row_of_its_own_gives_the_signer(tmp_path):
    """"Nơi nhận | TM. BAN THƯỜNG VỤ / CHỦ TỊCH" over a row holding only the signer's name (a Word table, or the same
    in markdown): the signer and role are read, and the name is no passage of its own."""
    import docx

    path = make_docx(tmp_path / "ky.docx", PLAN.split("Các công đoàn cơ sở")[0] + "Các công đoàn cơ sở báo cáo.")
    document = docx.Document(str(path))
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Nơi nhận:\n- Các CĐCS;\n- Lưu: VT."
    table.cell(0, 1).text = "TM. BAN THƯỜNG VỤ\nCHỦ TỊCH"
    table.cell(1, 1).text = "Nguyễn Văn Bình"
    document.save(str(path))
    (tmp_path / "ky.md").write_text(read_file(path, 10**8), encoding="utf-8")
    for file in (path, tmp_path / "ky.md"):
        doc = parse_document(read_file(file, 10**8), file.name)
        assert (doc.meta.signer, doc.meta.signer_role) == ("Nguyễn Văn Bình", "TM. BAN THƯỜNG VỤ CHỦ TỊCH"), file
        assert doc.meta.recipients == ["Các CĐCS"]
        assert not any("Nguyễn Văn Bình" in c.text for c in doc.chunks if c.kind != "signature")


def test_a_web_page_saved_as_text_is_read_as_the_page(tmp_path):
    """A web page saved under a .txt (or .md) name is read as the page, with a note to rename it: its text and
    title, not its tags ("<!DOCTYPE html>" as the document's title and passages of markup)."""
    page = make_html(tmp_path / "thong-bao.html", PLAN)
    for name in ("thong-bao.txt", "thong-bao.md"):
        saved = tmp_path / name
        saved.write_bytes(b"\xef\xbb\xbf\n<!DOCTYPE html>\n" + page.read_bytes())
        notes: list[str] = []
        text = read_file(saved, 10**8, notes)
        assert "<" not in text and text == read_file(page, 10**8), text[:200]
        assert notes == [t("ingest.input.wrong_suffix", suffix=saved.suffix, real=".html")]


NOTICE = "THÔNG BÁO\nTrường cho học sinh nghỉ Tết từ ngày 5/2/2027 đến hết ngày 14/2/2027.\n"


def _titled(path: Path, title: str) -> Path:
    """`path` in its format with NOTICE as its text and `title` as the title its file declares."""
    if path.suffix == ".html":
        path.write_text(f"<html><head><title>{title}</title></head><body><h1>THÔNG BÁO</h1>"
                        "<p>Trường cho học sinh nghỉ Tết từ ngày 5/2/2027 đến hết ngày 14/2/2027.</p></body></html>",
                        encoding="utf-8")
    elif path.suffix == ".docx":
        import docx

        make_docx(path, NOTICE)
        document = docx.Document(str(path))
        document.core_properties.title = title
        document.save(str(path))
    else:
        from pypdf import PdfReader, PdfWriter

        make_pdf(path, [NOTICE.split("\n")])
        writer = PdfWriter(clone_from=PdfReader(str(path)))
        writer.add_metadata({"/Title": title})
        with open(path, "wb") as fh:
            writer.write(fh)
    return path


@pytest.mark.parametrize("suffix", [".html", ".docx", ".pdf"])
def test_a_notice_without_a_title_line_takes_the_title_its_file_declares(tmp_path, cli_env, suffix):
    (tmp_path / "word").mkdir()
    files = [_titled(tmp_path / f"page{suffix}", "Thông báo lịch nghỉ Tết Nguyên đán 2027"),
             _titled(tmp_path / "word" / f"tb{suffix}", f"Microsoft Word - tb{suffix}")]
    proc = run_troly(["ingest", "--json", *map(str, files)], cli_env)
    assert proc.returncode == 0, proc.stderr
    titles = [d["title"] for d in json.loads(proc.stdout)["documents"]]
    # A declared title that only names a file says nothing: the file name stands in.
    assert titles == ["Thông báo lịch nghỉ Tết Nguyên đán 2027", "tb"]


def test_a_text_without_title_or_kind_takes_both_from_the_pages_title(tmp_path, cli_env):
    path = tmp_path / "page.html"
    path.write_text("<html><head><title>Thông báo lịch nghỉ Tết Nguyên đán 2027</title></head><body>"
                    "<p>Trường cho học sinh nghỉ Tết từ ngày 5/2/2027 đến hết ngày 14/2/2027.</p></body></html>",
                    encoding="utf-8")
    proc = run_troly(["ingest", "--json", str(path)], cli_env)
    doc = json.loads(proc.stdout)["documents"][0]
    assert (doc["title"], doc["kind"]) == ("Thông báo lịch nghỉ Tết Nguyên đán 2027", "Thông báo"), proc.stderr


@pytest.mark.parametrize("suffix", [".html", ".htm"])
def test_html_scripts_and_styles_are_not_text(tmp_path, suffix):
    path = tmp_path / f"page{suffix}"
    path.write_text("<html><head><script>var x = 'Điều bí mật';</script></head><body>"
                    "<h1>KẾ HOẠCH</h1><p>Tổ chức hội nghị</p><p>1. Công đoàn cơ sở báo cáo kết quả hằng năm.</p>"
                    "<script>alert('Điều bí mật')</script></body></html>", encoding="utf-8")
    texts = [text for _, text in _chunks(path)]
    assert texts == ["1. Công đoàn cơ sở báo cáo kết quả hằng năm.", "KẾ HOẠCH\nTổ chức hội nghị"]  # the title's lines


def test_a_web_page_menus_sidebars_and_footer_are_not_text(tmp_path):
    """A plan saved from a union's website: its menu, the "Tin mới" sidebar and the site's footer
    are no passages of the plan — only what the page's article holds is."""
    (tmp_path / "plan.txt").write_text(PLAN, encoding="utf-8")
    page = make_html(tmp_path / "plan.html", PLAN).read_text(encoding="utf-8")
    site = ('<header><div class="logo">Cổng thông tin Công đoàn Giáo dục</div><nav><ul><li><a href="/">Trang chủ</a>'
            '</li><li><a href="/tin">Tin tức hoạt động</a></li></ul></nav></header><main><article>')
    aside = ('</article></main><aside><h3>Tin mới</h3><ul><li><a href="#">Hội nghị Ban Chấp hành lần thứ năm</a></li>'
             '<li><a href="#">Giải bóng đá công nhân viên chức</a></li></ul></aside>'
             '<footer><p>Bản quyền thuộc Công đoàn Giáo dục. Địa chỉ: 01 Trần Hưng Đạo.</p></footer></body>')
    (tmp_path / "plan.html").write_text(page.replace("<body>", "<body>" + site).replace("</body>", aside),
                                        encoding="utf-8")
    assert _chunks(tmp_path / "plan.html") == _chunks(tmp_path / "plan.txt")


def test_a_web_page_frame_written_as_named_divs_is_not_text(tmp_path):
    """A page whose menu and footer are <div>s named so (class="menu", class="footer", id="footer"), as many sites
    write them: not passages of the plan (new-user trial of session 39: "© 2026 Công đoàn ngành …" was quoted as the
    answer to what the plan holds in May)."""
    (tmp_path / "plan.txt").write_text(PLAN, encoding="utf-8")
    page = make_html(tmp_path / "plan.html", PLAN).read_text(encoding="utf-8")
    frame = ('<div class="menu top"><a href="/">Trang chủ</a> | <a href="/tin">Tin tức</a></div>',
             '<div class="footer">© 2026 Công đoàn Giáo dục. Địa chỉ: 01 Trần Hưng Đạo.</div>'
             '<div id="footer">Điện thoại: 0263 3822 111</div></body>')
    (tmp_path / "plan.html").write_text(page.replace("<body>", "<body>" + frame[0]).replace("</body>", frame[1]),
                                        encoding="utf-8")
    assert _chunks(tmp_path / "plan.html") == _chunks(tmp_path / "plan.txt")


def test_a_portals_boxes_beside_the_article_are_not_text(tmp_path):
    """A plan on a portal whose post date and view count, attachment line and "related documents" box are plain
    <div>s beside the <article>, and a box of links inside it: no passages of the plan (a related link's title, another
    document's, was quoted as this plan's answer)."""
    (tmp_path / "plan.txt").write_text(PLAN, encoding="utf-8")
    page = make_html(tmp_path / "plan.html", PLAN).read_text(encoding="utf-8")
    links = ('<div class="lienquan"><b>Xem thêm:</b><ul><li><a href="/vb/7">Kế hoạch hội thao năm 2025</a></li>'
             '<li><a href="/vb/9">Hướng dẫn đại hội công đoàn cơ sở</a></li></ul></div>')
    before = '<div class="noidung"><div class="ngay">Ngày đăng: 03/02/2026 | Lượt xem: 812</div><article>'
    after = ('</article><div class="dinhkem">Tệp đính kèm: <a href="/f/kh12.pdf">kh12.pdf</a></div>'
             '<div class="khac"><h5>Văn bản liên quan</h5><ul><li><a href="/vb/3">Kế hoạch tổ chức Tết năm 2025</a>'
             '</li><li><a href="/vb/4">Thông báo nghỉ lễ Quốc khánh</a></li></ul></div></div></body>')
    (tmp_path / "plan.html").write_text(page.replace("<body>", "<body>" + before).replace("</body>", links + after),
                                        encoding="utf-8")
    assert _chunks(tmp_path / "plan.html") == _chunks(tmp_path / "plan.txt")


def test_a_web_page_table_reads_row_by_row_with_its_header_cells(tmp_path):
    """A table of deadlines on a web page: each row one line, cells apart as in a Word table, the header
    row (<th>) too — not its cells run together, nor its header lost; a header table beside the motto
    still gives the number and date."""
    (tmp_path / "tb.html").write_text(
        "<html><body><table><tr><td>LIÊN ĐOÀN LAO ĐỘNG TỈNH LÂM ĐỒNG<br>Số: 07/TB-LĐLĐ</td>"
        "<td>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc<br>"
        "Lâm Đồng, ngày 05 tháng 02 năm 2026</td></tr></table>"
        "<h1>THÔNG BÁO</h1><p>Về việc nộp báo cáo tài chính công đoàn năm 2025</p>"
        "<p>Các đơn vị nộp báo cáo quyết toán theo thời hạn sau:</p>"
        "<table><tr><th>Đơn vị</th><th>Hạn nộp</th></tr><tr><td>Công đoàn cơ sở</td><td>15/3/2026</td></tr>"
        "<tr><th>LĐLĐ huyện</th><td>31/3/2026</td></tr></table></body></html>", encoding="utf-8")
    doc = parse_document(read_file(tmp_path / "tb.html", 10**8), "tb.html")
    assert (doc.meta.number, doc.meta.date) == ("07/TB-LĐLĐ", "2026-02-05")
    texts = [c.text for c in doc.chunks]
    for row in ("Đơn vị | Hạn nộp", "Công đoàn cơ sở | 15/3/2026", "LĐLĐ huyện | 31/3/2026"):
        assert any(row in text for text in texts), texts


def test_word_numbered_items_keep_the_numbers_word_draws(tmp_path):
    """Items numbered by Word (the "List Number" style: the "1.", "2." are drawn, not typed) or by a web
    page's <ol> read as the same numbered items typed by hand, not as bullets nor unnumbered."""
    import docx

    typed = PLAN.replace("- Chăm lo", "1. Chăm lo").replace("- Tổ chức thăm", "2. Tổ chức thăm")
    (tmp_path / "plan.txt").write_text(typed, encoding="utf-8")
    document = docx.Document()
    for line in PLAN.split("\n"):
        if line.startswith("- "):
            document.add_paragraph(line[2:], style="List Number")
        elif line.strip():
            document.add_paragraph(line)
    document.save(str(tmp_path / "plan.docx"))
    page = make_html(tmp_path / "plan.html", PLAN).read_text(encoding="utf-8")
    (tmp_path / "plan.html").write_text(page.replace("<ul>", "<ol>").replace("</ul>", "</ol>"), encoding="utf-8")
    numbered = _chunks(tmp_path / "plan.docx")
    assert numbered == _chunks(tmp_path / "plan.txt") == _chunks(tmp_path / "plan.html")
    assert any(text.startswith("2. Tổ chức thăm hỏi") for _, text in numbered)


def test_a_placeholder_title_in_a_pdfs_properties_is_no_title():
    """"(anonymous)", the title a PDF tool writes when given none, names nothing: a text giving only its kind
    takes the file name, as with "Microsoft Word - tb.docx", not "(anonymous)" in every list and citation."""
    doc = parse_document(NOTICE, "tb.pdf", declared_title="(anonymous)")
    assert doc.meta.title == "tb"


def test_a_table_inside_a_word_table_cell_is_read_once(tmp_path):
    """Before, a table inside a cell was read three times (run into the cell's text, its cells added to the outer
    row, its rows again as rows of the outer table), so a passage quoted "Đơn vị Nhiệm vụ Công đoàn cơ sở …
    | Đơn vị | Nhiệm vụ | Công đoàn cơ sở | …". Now once, in its cell, each row after its header's cells."""
    import docx

    document = docx.Document()
    document.add_paragraph("III. PHÂN CÔNG")
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Đơn vị phối hợp"
    add_nested_duties(table.cell(0, 1))
    path = tmp_path / "phan-cong.docx"
    document.save(str(path))
    text = read_file(path, 10**8)
    assert text.count("Vận động đoàn viên dự hội thi") == 1, text
    assert "| Đơn vị phối hợp | Đơn vị: Công đoàn cơ sở, Nhiệm vụ: Vận động đoàn viên dự hội thi |" in text


_TABLE_HEAD = ("KẾ HOẠCH", "Tổ chức Hội thi cán bộ công đoàn giỏi năm 2027", "I. PHÂN CÔNG",
               "Các đơn vị thực hiện theo bảng dưới đây.")


def _table_doc(tmp_path, suffix: str, rows: list[tuple[str, ...]], marked: bool = False):
    """A Word document or web page holding the lines of _TABLE_HEAD and a table of `rows`, parsed (tests.helpers
    table_document; its first row marked as the header when `marked`)."""
    path = table_document(tmp_path / f"bang{suffix}", _TABLE_HEAD, rows, marked)
    return parse_document(read_file(path, 10**8), path.name)


def _passages(doc) -> list:
    """The table rows of a parsed document as the store gives them to answers."""
    from vectorstore.search import Passage

    return [Passage(f"c{c.position}", "bang", doc.meta.title, "bang", c.section, c.text, 0.9, c.position, lead=c.lead,
                    context=c.context, block=c.kind) for c in doc.chunks if c.text.startswith("|")]


def _quoted_rows(doc) -> list[str]:
    """The words an answer's citation shows for each row of the document's table."""
    from bot.answer.model import Citation
    from bot.channels.render import cited_words

    return [cited_words(Citation(1, p), 400)[1] for p in _passages(doc)]


def test_a_word_table_without_a_header_row_quotes_each_row_by_itself(tmp_path):
    """Before, the first row of a Word table without a header row ("Xây dựng thể lệ hội thi | Ban Tuyên giáo |
    trước ngày 15/01/2027") was read as the names of its columns, so an answer quoted the next row after its cells:
    "Xây dựng thể lệ hội thi: Đăng ký danh sách thí sinh | Ban Tuyên giáo: Công đoàn cơ sở | …". Each row is now
    quoted as it stands, the first one too."""
    rows = [("Xây dựng thể lệ hội thi", "Ban Tuyên giáo", "trước ngày 15/01/2027"),
            ("Đăng ký danh sách thí sinh", "Công đoàn cơ sở", "trước ngày 20/02/2027"),
            ("Tổng hợp kết quả hội thi", "Ban Tổ chức", "trước ngày 30/03/2027")]
    assert _quoted_rows(_table_doc(tmp_path, ".docx", rows)) == [f"{a} | {b} | {c}" for a, b, c in rows]


def test_a_table_without_a_header_row_whose_dues_are_written_several_ways_quotes_each_row(tmp_path):
    """Before, a Word table without a header row whose due column writes its dates several ways ("Trước ngày
    15/4/2027" over a bare "30/6/2027" and "Tháng 5/2027") had its first row read as the names of its columns: the
    next rows were quoted after its cells ("Công đoàn cơ sở: Ban Kiểm tra | Nộp báo cáo quý I: Kiểm tra quyết toán
    | …"), the first row's task was lost and the next ones filed under "Công đoàn cơ sở". A date is a date however the cell words it."""
    rows = [("Công đoàn cơ sở", "Nộp báo cáo quý I", "Trước ngày 15/4/2027"),
            ("Ban Kiểm tra", "Kiểm tra quyết toán", "30/6/2027"),
            ("Ban Tuyên giáo", "Báo cáo tổng kết", "Tháng 5/2027")]
    doc = _table_doc(tmp_path, ".docx", rows)
    assert _quoted_rows(doc) == [f"{a} | {b} | {c}" for a, b, c in rows]
    assert [((o.actor or {}).get("name"), (o.due or {}).get("date")) for o in doc.obligations] == [
        ("Công đoàn cơ sở", "2027-04-15"), ("Ban Kiểm tra", "2027-06-30"), ("Ban Tuyên giáo", "2027-05-31")]


@pytest.mark.parametrize("suffix", [".docx", ".html"])
def test_a_header_row_naming_months_stays_the_header(suffix, tmp_path):
    """Before, a header row whose names hold a number ("Tháng 10", "Quý 1", "Năm 2025") over columns of counts
    ("12") was taken for a row of data: the rows below it were quoted without their column names ("Công đoàn
    trường A | 12 | 15"), a count saying nothing of the month it counts."""
    rows = [("Đơn vị", "Tháng 10", "Tháng 11"), ("Công đoàn trường A", "12", "15"), ("Công đoàn trường B", "8", "9")]
    assert _quoted_rows(_table_doc(tmp_path, suffix, rows))[1:] == [
        "Đơn vị: Công đoàn trường A | Tháng 10: 12 | Tháng 11: 15", "Đơn vị: Công đoàn trường B | Tháng 10: 8 | Tháng 11: 9"]


def test_an_upper_case_name_is_no_year(tmp_path):
    """Before, a capital Y in a header row's name ("NGÀY THÀNH LẬP") was read as a year, so a header over a
    column of years ("2019") looked like a row of data and the rows below were quoted without their column
    names."""
    rows = [("ĐƠN VỊ", "NGÀY THÀNH LẬP"), ("Công đoàn trường A", "2019"), ("Công đoàn trường B", "2020")]
    assert _quoted_rows(_table_doc(tmp_path, ".docx", rows))[1:] == [
        "ĐƠN VỊ: Công đoàn trường A | NGÀY THÀNH LẬP: 2019", "ĐƠN VỊ: Công đoàn trường B | NGÀY THÀNH LẬP: 2020"]


@pytest.mark.parametrize("suffix", [".docx", ".html"])
def test_a_row_marked_as_the_header_is_the_header(suffix, tmp_path):
    """A web page's `<th>` row, a Word row marked to repeat as the header on each page, is the table's header
    whatever its cells hold — even the bare numbers of rounds ("1", "2") over the points of each round, which
    look like a row of data: each row is quoted after its column names."""
    rows = [("Thí sinh", "1", "2"), ("Nguyễn Văn An", "8", "9"), ("Trần Thị Bình", "7", "10")]
    assert _quoted_rows(_table_doc(tmp_path, suffix, rows, marked=True))[1:] == [
        "Thí sinh: Nguyễn Văn An | 1: 8 | 2: 9", "Thí sinh: Trần Thị Bình | 1: 7 | 2: 10"]
    assert _quoted_rows(_table_doc(tmp_path, suffix, rows))[0] == "Thí sinh | 1 | 2", "unmarked, its first row is data"


@pytest.mark.parametrize("suffix", [".md", ".docx"])
def test_a_header_row_naming_years_is_no_passage_to_quote(suffix, tmp_path):
    """Before, the header row of a targets table ("| STT | Chỉ tiêu | Năm 2025 | Năm 2030 |") holding figures was
    taken for a row of data by answers (though ingest read it as the header): an answer could quote the
    column names as the passage nearest its evidence. A header row is the header wherever it is read; the first
    row of a table without a header row is a row to quote."""
    from bot.answer.model import header_row_only

    rows = [("STT", "Chỉ tiêu", "Năm 2025", "Năm 2030"), ("1", "Số đoàn viên mới", "120", "150"),
            ("2", "Số công đoàn cơ sở vững mạnh", "15", "20")]
    if suffix == ".md":
        table = [f"| {' | '.join(row)} |" for row in rows]
        doc = parse_document("\n".join([*_TABLE_HEAD, "", table[0], "|---|---|---|---|", *table[1:]]), "bang.md")
    else:
        doc = _table_doc(tmp_path, suffix, rows)
    assert [header_row_only(p) for p in _passages(doc)] == [True, False, False]
    headless = _table_doc(tmp_path, ".docx", rows[1:])
    assert [header_row_only(p) for p in _passages(headless)] == [False, False]


def test_a_pdfs_recipients_beside_its_signature_are_read_apart(tmp_path):
    """Before, a PDF printing "Nơi nhận" on the left and the signature on the right of the same lines ran them
    together: "Thông báo 08 gửi cho ai?" quoted "- Các tổ công đoàn; TM. BAN CHẤP HÀNH - Lưu VP. CHỦ TỊCH", the
    signing body taken for a recipient, and the signer had no role. Now the recipients are the left column alone."""
    gap = " " * 40
    path = make_pdf(tmp_path / "thong-bao-08.pdf", [[
        "CÔNG ĐOÀN TRƯỜNG THCS AN BÌNH" + gap + "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Số: 08/TB-CĐCS" + gap + "An Bình, ngày 20 tháng 11 năm 2026",
        "", "THÔNG BÁO", "Về việc tổ chức Ngày hội đoàn viên năm 2027", "",
        "1. Mỗi tổ công đoàn cử 10 đoàn viên tham gia Ngày hội.",
        "2. Tổ trưởng công đoàn gửi danh sách về Ban Chấp hành trước ngày 20/3/2027.", "",
        "Nơi nhận:",
        "- Các tổ công đoàn;" + gap + "TM. BAN CHẤP HÀNH",
        "- Lưu VP." + " " * 49 + "CHỦ TỊCH", "", "",
        " " * 58 + "Nguyễn Văn An"]])
    doc = parse_document(read_file(path, 10**8), path.name)
    closing = next(c for c in doc.chunks if c.kind == "recipients")
    assert "BAN CHẤP HÀNH" not in closing.text and "Các tổ công đoàn" in closing.text, closing.text
    assert doc.meta.recipients == ["Các tổ công đoàn"], doc.meta.recipients
    assert doc.meta.signer == "Nguyễn Văn An" and "BAN CHẤP HÀNH" in doc.meta.signer_role, doc.meta


def test_a_recipient_wrapped_in_the_left_column_keeps_the_signers_name_apart(tmp_path):
    """Before, a recipient wrapped onto a line of its own in the left column ("(b/c);" under "- Trung tâm Y tế huyện")
    ended the two columns there: the signer's name, printed beside a later recipient, was read into that recipient
    ("Các trạm y tế xã; Trần Văn Lộc") and the document had no signer. Now the wrapped line goes on with its
    recipient and the name is the signer's."""
    gap = " " * 40
    path = make_pdf(tmp_path / "bao-cao-21.pdf", [[
        "TRUNG TÂM Y TẾ HUYỆN AN BÌNH" + gap + "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Số: 21/BC-TTYT" + gap + "An Bình, ngày 15 tháng 01 năm 2027",
        "", "BÁO CÁO", "Kết quả tiêm chủng mở rộng năm 2026", "",
        "1. Tiêm đủ các loại vắc xin cho 1.200 trẻ dưới 1 tuổi, đạt 97%.",
        "2. Không để xảy ra tai biến nặng sau tiêm.", "",
        "Nơi nhận:" + " " * 52 + "GIÁM ĐỐC",
        "- Sở Y tế (b/c);",
        "- Trung tâm Kiểm soát bệnh tật tỉnh" + " " * 26 + "(Đã ký)",
        "(b/c);",
        "- Các trạm y tế xã;" + " " * 42 + "Trần Văn Lộc",
        "- Lưu: VT."]])
    doc = parse_document(read_file(path, 10**8), path.name)
    assert doc.meta.signer == "Trần Văn Lộc" and doc.meta.signer_role == "GIÁM ĐỐC", doc.meta
    assert doc.meta.recipients == ["Sở Y tế (b/c)", "Trung tâm Kiểm soát bệnh tật tỉnh (b/c)", "Các trạm y tế xã"], \
        doc.meta.recipients


@pytest.mark.parametrize("suffix", [".pdf", ".txt"])
def test_a_signature_beside_nơi_nhận_under_its_signing_body_loads_with_signer_and_recipients(suffix, tmp_path):
    """Before, a closing printed as a Word closing table prints it — the signing body on a line of its own, then
    "Nơi nhận:" beside "CHỦ TỊCH" and the last recipient beside the name — made the whole file fail with "Không đọc
    được tệp (IndexError: list index out of range)". Now it loads: recipients, signer and role are read."""
    gap = " " * 36
    lines = ["CÔNG ĐOÀN TRƯỜNG THCS AN BÌNH" + gap + "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
             "Số: 11/KH-CĐCS" + gap + "An Bình, ngày 25 tháng 11 năm 2026",
             "", "KẾ HOẠCH", "Tổ chức Hội thi cắm hoa chào mừng ngày 8/3/2027", "",
             "1. Mỗi tổ công đoàn cử một đội dự thi, đăng ký trước ngày 25/02/2027.",
             "2. Ban Nữ công chuẩn bị giải thưởng và mời ban giám khảo.", "", "",
             " " * 50 + "TM. BAN CHẤP HÀNH",
             "Nơi nhận:" + " " * 42 + "CHỦ TỊCH",
             "- Các tổ công đoàn;",
             "- Lưu: VP." + " " * 40 + "Đoàn Thị Mỹ Lệ"]
    path = tmp_path / f"ke-hoach-11{suffix}"
    if suffix == ".pdf":
        make_pdf(path, [lines])
    else:
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    from ingest.pipeline import parse_file

    meta = parse_file(path, 10**8).meta
    assert meta.recipients == ["Các tổ công đoàn"], meta.recipients
    assert meta.signer == "Đoàn Thị Mỹ Lệ" and meta.signer_role == "TM. BAN CHẤP HÀNH CHỦ TỊCH", meta


def test_a_fault_in_reading_a_texts_layout_is_said_plainly(tmp_path, monkeypatch):
    """The IndexError above reached the admin as "Không đọc được tệp (IndexError: …)": every fault of parsing was
    reported as the file being unreadable, under its Python name. A fault of troly's own parsing says so, in words."""
    import ingest.pipeline
    from ingest.errors import IngestError

    def failing(*args, **kwargs):
        raise IndexError("list index out of range")

    monkeypatch.setattr(ingest.pipeline, "parse_document", failing)
    path = tmp_path / "tb.txt"
    path.write_text("THÔNG BÁO\nVề việc tổ chức Ngày hội đoàn viên\n\n1. Các tổ đăng ký trước ngày 20/3/2027.\n",
                    encoding="utf-8")
    with pytest.raises(IngestError) as raised:
        ingest.pipeline.parse_file(path, 10**8)
    assert str(raised.value) == t("ingest.errors.parse_failed") and "Error" not in str(raised.value)


@pytest.mark.parametrize("name", ["Y Bhiăo Niê", "Ksor H'Ble", "Điểu K'Lứ", "Thạch Thị Sa Rết"])
@pytest.mark.parametrize("nơi_nhận", [True, False])
def test_a_signer_whose_name_is_not_a_kinh_name_is_read(name, nơi_nhận):
    """Before, a signer named as the Ê-đê, Jrai, Mnông or Khmer write names ("Y Bhiăo Niê", "Ksor H'Ble") was not
    read: `troly show` had no "Người ký" and "ai ký?" said the document names no signer. The line under the role
    names the signer, whatever the name's shape."""
    closing = "Nơi nhận:\n- Các tổ công đoàn;\n- Lưu: VP.\n\n" if nơi_nhận else ""
    doc = parse_document("CÔNG ĐOÀN CÔNG TY CAO SU CƯ M'GAR\nSố: 05/QĐ-CĐCS\nĐắk Lắk, ngày 01 tháng 12 năm 2026\n\n"
                         "QUYẾT ĐỊNH\nVề việc khen thưởng đoàn viên năm 2026\n\n"
                         "Điều 1. Khen thưởng 12 đoàn viên xuất sắc, mỗi đoàn viên 500.000 đồng.\n"
                         f"Điều 2. Quyết định có hiệu lực từ ngày ký.\n\n{closing}"
                         f"TM. BAN CHẤP HÀNH\nCHỦ TỊCH\n\n{name}\n", "qd05.txt")
    assert doc.meta.signer == name and doc.meta.signer_role == "TM. BAN CHẤP HÀNH CHỦ TỊCH", doc.meta
    assert not any(name in c.text for c in doc.chunks if c.kind != "signature")


def test_a_short_pdfs_sentence_wrapped_at_the_line_end_is_one_passage(tmp_path):
    """Before, a one-page PDF (its title, headings and closing lines outnumbering its wrapped lines) kept each printed
    line apart: "… khu công nghiệp Quế Võ, Yên Phong," and "Tiên Sơn và Thuận Thành, …" were two passages, an answer
    opening mid-sentence."""
    lines = ["CÔNG ĐOÀN KHU CÔNG NGHIỆP" + " " * 20 + "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
             "Số: 07/KH-CĐKCN" + " " * 30 + "Bắc Ninh, ngày 02 tháng 12 năm 2026", "",
             "KẾ HOẠCH", "Tổ chức Ngày hội công nhân năm 2027", "",
             "I. MỤC ĐÍCH", "1. Chăm lo đời sống tinh thần cho công nhân lao động tại các khu công nghiệp,",
             "nâng cao hiểu biết pháp luật lao động cho đoàn viên.",
             "II. NỘI DUNG", "1. Tổ chức 04 Ngày hội tại các khu công nghiệp Quế Võ, Yên Phong,",
             "Tiên Sơn và Thuận Thành, mỗi quý một ngày hội; ngày hội đầu tiên tổ chức ngày",
             "14/3/2027 tại Khu công nghiệp Quế Võ.",
             "2. Mỗi ngày hội phát 1.000 phiếu quà tặng trị giá 100.000 đồng cho đoàn viên có",
             "thu nhập thấp.", "III. KINH PHÍ", "Tổng kinh phí dự kiến 600.000.000 đồng từ tài chính công đoàn.", "",
             "TM. BAN THƯỜNG VỤ", "CHỦ TỊCH", "", "Lê Văn Thành", "", "Nơi nhận:", "- Các CĐCS;", "- Lưu: VP."]
    path = make_pdf(tmp_path / "ke-hoach-07.pdf", [lines])
    doc = parse_document(read_file(path, 10**8), path.name)
    texts = [c.text for c in doc.chunks]
    assert any("Quế Võ, Yên Phong, Tiên Sơn và Thuận Thành, mỗi quý" in x for x in texts), texts
    assert not any(x.startswith("Tiên Sơn") for x in texts), texts


def test_a_one_column_closing_keeps_its_signer_when_columns_follow_it():
    """Before, a .txt whose closing is one column, followed by an appendix with a line printed in two columns
    ("Danh sách    kèm theo"), lost its signer: the closing was read as two columns it does not have, "TM. BAN CHẤP
    HÀNH CHỦ TỊCH" became a paragraph and the signer and role were empty."""
    text = ("CÔNG ĐOÀN TRƯỜNG THCS AN BÌNH\nSố: 08/TB-CĐCS\nTHÔNG BÁO\nVề việc tổ chức Ngày hội đoàn viên năm 2027\n\n"
            "1. Mỗi tổ công đoàn cử 10 đoàn viên tham gia Ngày hội.\n\n"
            "Nơi nhận:\n- Các tổ công đoàn;\n- Lưu VP.\nTM. BAN CHẤP HÀNH\nCHỦ TỊCH\nNguyễn Văn An\n\n"
            "PHỤ LỤC\nDanh sách    kèm theo\n1. Tổ Toán tin: 10 đoàn viên.\n")
    doc = parse_document(text, "tb.txt")
    assert doc.meta.recipients == ["Các tổ công đoàn"], doc.meta.recipients
    assert doc.meta.signer == "Nguyễn Văn An" and "BAN CHẤP HÀNH" in doc.meta.signer_role, doc.meta
    assert not any(c.kind == "paragraph" and "BAN CHẤP HÀNH" in c.text for c in doc.chunks)


# a one-page decision as a PDF prints it: header and closing in two columns, hard-wrapped lines
_DECISION_PAGE = [
    'SỞ GIAO THÔNG VẬN TẢI TỈNH BÌNH ĐỊNH                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'CÔNG ĐOÀN SỞ                                         Độc lập - Tự do - Hạnh phúc',
    'Số: 45/QĐ-CĐS                                        Bình Định, ngày 05 tháng 3 năm 2027',
    '',
    '                                           QUYẾT ĐỊNH',
    '     Về việc ban hành mức hỗ trợ đoàn viên lái xe, phụ xe bị tai nạn giao',
    '                                   thông khi làm nhiệm vụ',
    '      BAN THƯỜNG VỤ CÔNG ĐOÀN SỞ GIAO THÔNG VẬN TẢI TỈNH BÌNH',
    '                                                ĐỊNH',
    '   Căn cứ Điều lệ Công đoàn Việt Nam;',
    '   Căn cứ Nghị quyết số 08/NQ-CĐS ngày 10/01/2027 của Ban Chấp hành Công đoàn',
    '   Sở về nhiệm vụ năm 2027;',
    '   Xét đề nghị của Ban Chính sách - Pháp luật,',
    '                                          QUYẾT ĐỊNH:',
    '   Điều 1. Đối tượng hỗ trợ',
    '   1. Đoàn viên công đoàn là lái xe, phụ xe của các doanh nghiệp vận tải hành khách,',
    '   vận tải hàng hóa có công đoàn cơ sở trực thuộc Công đoàn Sở.',
    '   2. Đoàn viên phải đóng đoàn phí đủ từ 06 tháng trở lên tính đến thời điểm xảy ra',
    '   tai nạn.',
    '   Điều 2. Mức hỗ trợ',
    '   1. Đoàn viên bị tai nạn giao thông khi làm nhiệm vụ được hỗ trợ theo mức độ',
    '   thương tật như sau:',
    '   a) Bị thương phải điều trị nội trú dưới 10 ngày: 1.000.000 đồng;',
    '   b) Bị thương phải điều trị nội trú từ 10 ngày trở lên: 2.000.000 đồng;',
    '   c) Suy giảm khả năng lao động từ 31% trở lên: 5.000.000 đồng;',
    '   d) Tử vong: 10.000.000 đồng.',
    '   2. Mức hỗ trợ chi tiết cho từng trường hợp và hồ sơ kèm theo được quy định tại Phụ',
    '   lục ban hành kèm theo Quyết định này.',
    '   3. Mỗi đoàn viên được hỗ trợ không quá 02 lần trong một năm.',
    '   Điều 3. Nguồn kinh phí',
    '   Kinh phí hỗ trợ được chi từ nguồn tài chính công đoàn tích lũy của Công đoàn Sở.',
    '   Công đoàn cơ sở hỗ trợ thêm 500.000 đồng cho mỗi trường hợp từ nguồn của đơn',
    '   vị.',
    '   Điều 4. Hồ sơ và thời hạn đề nghị',
    '   1. Công đoàn cơ sở lập hồ sơ đề nghị gửi về Công đoàn Sở trong thời hạn 30 ngày',
    '   kể từ ngày xảy ra tai nạn.',
    '   2. Trong thời hạn 07 ngày làm việc kể từ ngày nhận đủ hồ sơ, Văn phòng Công',
    '   đoàn Sở trình Ban Thường vụ xem xét, quyết định.',
    '   Điều 5. Tổ chức thực hiện',
    '   Quyết định có hiệu lực kể từ ngày ký. Văn phòng, Ban Chính sách - Pháp luật Công',
    '   đoàn Sở, các công đoàn cơ sở trực thuộc chịu trách nhiệm thi hành Quyết định',
    '   này./.',
    '',
    'Nơi nhận:                                            TM. BAN THƯỜNG VỤ',
    '- Như Điều 5;                                        CHỦ TỊCH',
    '- LĐLĐ tỉnh Bình Định (để b/c);',
    '- Giám đốc Sở GTVT;',
    '- Lưu: VT.                                           Trần Quốc Bảo',
]
_ANNEX_TITLE = ["PHỤ LỤC", "MỨC HỖ TRỢ VÀ HỒ SƠ ĐỀ NGHỊ"]
# a ruled table as Word prints it: a long cell wrapped on two lines, centred in its row
_ANNEX_ROWS = [["STT", "Trường hợp", "Mức hỗ trợ (đồng)"],
               ["1", "Điều trị nội trú dưới 10 ngày", "1.000.000"],
               ["2", "Điều trị nội trú từ 10 ngày trở|lên", "2.000.000"],
               ["3", "Tử vong", "10.000.000"]]


def _decision_with_ruled_annex(path: Path, rows: list[list[str]] = _ANNEX_ROWS) -> Path:
    """A decision whose signature stands beside "Nơi nhận", then a page with an annex: a table drawn with rules
    (`rows`, a cell's lines apart by "|")."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    chars = "".join(_DECISION_PAGE + _ANNEX_TITLE + [c for row in rows for c in row])
    name = f"TrolyTest{abs(hash(chars)) % 10**8}"
    font_file = path.with_suffix(".ttf")
    font_file.write_bytes(build_font(chars, name))
    pdfmetrics.registerFont(TTFont(name, str(font_file)))
    c = canvas.Canvas(str(path))
    c.setFont(name, 9)
    for i, line in enumerate(_DECISION_PAGE):
        c.drawString(40, 800 - 12 * i, line)
    c.showPage()
    c.setFont(name, 9)
    for i, line in enumerate(_ANNEX_TITLE):
        c.drawString(250, 800 - 12 * i, line)
    xs, top, height = [40, 80, 260, 400], 760, 30
    for r, row in enumerate(rows):
        y = top - r * height
        c.rect(xs[0], y - height, xs[-1] - xs[0], height)
        for x in xs[1:-1]:
            c.line(x, y, x, y - height)
        for x, cell in zip(xs, row):
            parts = cell.split("|")
            for k, part in enumerate(parts):
                c.drawString(x + 4, y - 12 - 10 * k if len(parts) > 1 else y - 17, part)
    c.showPage()
    c.save()
    return path


def test_a_pdf_annex_table_reads_as_rows_and_the_signature_before_it_keeps_its_signer(tmp_path):
    """Before, a PDF's ruled table was read line by line as printed: the wrapped cell's "lên" ran into the next
    cells ("Điều trị nội trú từ 10 ngày trở 2 lên 2.000.000"), so "bao nhiêu" quoted a scrambled row; and the annex's
    "PHỤ LỤC" printed after the page break was read as a line of the signature, so "ai ký" answered that the
    decision names no signer. Now each row is one passage with its cells whole, and the signer is read."""
    path = _decision_with_ruled_annex(tmp_path / "qd-45.pdf")
    from ingest.pipeline import parse_file

    doc = parse_file(path, 10**8)
    texts = [c.text for c in doc.chunks]
    assert any("| 2 | Điều trị nội trú từ 10 ngày trở lên | 2.000.000 |" in text for text in texts), texts
    assert not any("trở 2 lên" in text for text in texts), texts
    assert (doc.meta.signer, doc.meta.signer_role) == ("Trần Quốc Bảo", "TM. BAN THƯỜNG VỤ CHỦ TỊCH"), doc.meta


def test_a_header_word_wrapped_in_a_narrow_pdf_column_reads_whole(tmp_path):
    """Before, "STT" wrapped by its narrow column ("ST" over "T") was read "ST T", and answers quoting the table's
    rows showed "ST T: 2". A break inside a word the tables know as a header or abbreviation ("STT", "ĐVT") is no
    space; one between words stays one ("Mức hỗ trợ" over "(đồng)")."""
    rows = [["ST|T", "Trường hợp", "Mức hỗ trợ|(đồng)"], ["1", "Ốm đau", "500.000"], ["2", "Tử vong", "2.000.000"]]
    from ingest.pipeline import parse_file

    texts = [c.text for c in parse_file(_decision_with_ruled_annex(tmp_path / "qd-46.pdf", rows), 10**8).chunks]
    assert any("| STT | Trường hợp | Mức hỗ trợ (đồng) |" in text for text in texts), texts
    assert not any("ST T" in text for text in texts), texts


# the annex page of the same decision as pypdf's layout text prints it (its table in columns, cells wrapped)
_ANNEX_PRINTED = [
    '',
    '                                            PHỤ LỤC',
    '                             MỨC HỖ TRỢ VÀ HỒ SƠ ĐỀ NGHỊ',
    '   (Kèm theo Quyết định số 45/QĐ-CĐS ngày 05/3/2027 của Ban Thường vụ Công',
    '   đoàn Sở GTVT)',
    '                                            Mức hỗ trợ',
    'STT    Trường hợp                           (đồng)              Hồ sơ kèm theo',
    '1      Điều trị nội trú dưới 10 ngày        1.000.000           Giấy ra viện; biên bản tai nạn',
    '       Điều trị nội trú từ 10 ngày trở',
    '2      lên                                  2.000.000           Giấy ra viện; biên bản tai nạn',
    '       Suy giảm khả năng lao động',
    '3      từ 31%                               5.000.000           Biên bản giám định y khoa',
    '                                                                Giấy chứng tử; biên bản của cơ',
    '4      Tử vong                              10.000.000          quan công an',
]


def test_a_pdfs_line_full_to_the_margin_goes_on_in_the_next_even_when_that_opens_with_a_capital():
    """Before, a one-page decision whose header, closing and annex lines outnumbered its full lines was not seen to be
    hard-wrapped, so "… của Ban Chấp hành Công đoàn" over "Sở về nhiệm vụ năm 2027;" were two passages and the second
    surfaced as "related" for unrelated questions. A PDF's lines are always printed lines: now it is one sentence."""
    doc = parse_document("\n".join(_DECISION_PAGE + [""] + _ANNEX_PRINTED), "qd-45.pdf")
    texts = [c.text for c in doc.chunks]
    assert "Căn cứ Nghị quyết số 08/NQ-CĐS ngày 10/01/2027 của Ban Chấp hành Công đoàn Sở về nhiệm vụ năm 2027;" \
        in texts, texts


# a plan as read from its PDF (pypdf's layout text, its ruled task table already read as rows)
_PLAN_WITH_TASK_TABLE = [
    'LĐLĐ THÀNH PHỐ HẢI PHÒNG                            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'LIÊN ĐOÀN LAO ĐỘNG QUẬN NGÔ QUYỀN                   Độc lập - Tự do - Hạnh phúc',
    'Số: 36/KH-LĐLĐ                                      Ngô Quyền, ngày 18 tháng 11 năm 2026',
    '',
    '                                            KẾ HOẠCH',
    '    Tổ chức chương trình "Tết Sum vầy" và chăm lo Tết Nguyên đán Đinh',
    '                    Mùi năm 2027 cho đoàn viên, người lao động',
    '   I. MỤC ĐÍCH, YÊU CẦU',
    '   1. Chăm lo đời sống vật chất, tinh thần cho đoàn viên, người lao động có hoàn cảnh',
    '   khó khăn, bị mất việc làm, bị tai nạn lao động, bệnh nghề nghiệp dịp Tết Nguyên',
    '   đán.',
    '   2. Việc chăm lo phải đúng đối tượng, công khai, minh bạch; không để đoàn viên',
    '   nào không được hưởng Tết.',
    '   II. CHỈ TIÊU',
    '   1. Trao 1.200 suất quà Tết cho đoàn viên, người lao động có hoàn cảnh khó khăn;',
    '   mỗi suất trị giá 500.000 đồng (gồm 300.000 đồng tiền mặt và quà hiện vật).',
    '   2. Hỗ trợ 80 vé xe cho đoàn viên ở xa về quê đón Tết, mức hỗ trợ 400.000 đồng/vé.',
    '   3. 100% công đoàn cơ sở doanh nghiệp phối hợp với người sử dụng lao động công',
    '   khai kế hoạch thưởng Tết trước ngày 15/12/2026.',
    '   III. NỘI DUNG VÀ PHÂN CÔNG THỰC HIỆN',
    '| TT | Nội dung | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian |',
    '| 1 | Rà soát, lập danh sách đoàn viên có hoàn cảnh khó khăn, đề xuất nhận quà | Công đoàn cơ sở | Ban Chính sách - Pháp luật | Trước ngày 10/12/2026 |',
    '| 2 | Tổ chức chương trình "Tết Sum vầy" tại Nhà văn hóa công nhân quận | Ban Tuyên giáo | Văn phòng; Hội Liên hiệp Phụ nữ quận | Ngày 23/01/2027 |',
    '| 3 | Tổng hợp tình hình tiền lương, thưởng Tết tại doanh nghiệp | Ban Chính sách - Pháp luật | Công đoàn cơ sở | Trước ngày 05/01/2027 |',
    '| 4 | Thăm, tặng quà công nhân trực sản xuất trong dịp Tết | Thường trực LĐLĐ quận | Công đoàn cơ sở | Mùng 1 - mùng 3 Tết |',
    '| 5 | Quyết toán kinh phí chương trình | Văn phòng | Ban Tài chính | Trước ngày 28/02/2027 |',
    '   IV. KINH PHÍ',
    '   Tổng kinh phí dự kiến 650.000.000 đồng, trong đó: LĐLĐ quận 350.000.000 đồng;',
    '   vận động doanh nghiệp, nhà hảo tâm 300.000.000 đồng.',
    '   V. TỔ CHỨC THỰC HIỆN',
    '   1. Các công đoàn cơ sở gửi danh sách đề xuất về LĐLĐ quận (qua Ban Chính sách -',
    '   Pháp luật) trước ngày 10/12/2026; sau thời hạn trên, LĐLĐ quận không tiếp nhận.',
    '   2. Ban Tuyên giáo đưa tin về chương trình trên trang thông tin điện tử của LĐLĐ',
    '   quận.',
    '',
    'Nơi nhận:                                           TM. BAN THƯỜNG VỤ',
    '- LĐLĐ thành phố (để b/c);                          PHÓ CHỦ TỊCH',
    '- Quận ủy, UBND quận (để b/c);',
    '- Các CĐCS trực thuộc;',
    '- Lưu: VT.                                          Vũ Thị Thanh Hương',
]


def test_a_pdf_line_left_open_goes_on_though_a_task_tables_rows_are_longer():
    """Before, a plan's task table rows (longer than any printed line) were taken for its width, so no line was seen
    full, and "1. … (qua Ban Chính sách -" over "Pháp luật) trước ngày 10/12/2026; …" was a heading over an orphan
    passage opening "Pháp luật)", quoted in answers and listed by `troly deadlines`. Now the item is one passage."""
    doc = parse_document("\n".join(_PLAN_WITH_TASK_TABLE), "kh36.pdf")
    texts = [c.text for c in doc.chunks]
    assert any(t.startswith("1. Các công đoàn cơ sở gửi danh sách đề xuất về LĐLĐ quận (qua Ban Chính sách - Pháp luật)"
                            " trước ngày 10/12/2026") for t in texts), texts
    assert not any(t.startswith("Pháp luật)") for t in texts), texts


_STYLED = [("CÔNG ĐOÀN BỆNH VIỆN ĐA KHOA HƯNG PHÚ", 0), ("Số: 21/KH-CĐBV", 0),
           ("Hưng Phú, ngày 02 tháng 2 năm 2027", 0), ("KẾ HOẠCH", 1),
           ("Tổ chức Giải bóng bàn chào mừng ngày Thầy thuốc Việt Nam năm 2027", 0),
           ("Thời gian và địa điểm", 2), ("Giải đấu diễn ra tại nhà thi đấu của bệnh viện.", 0),
           ("Tổ chức thực hiện", 2), ("Các tổ công đoàn gửi danh sách vận động viên trước ngày 15/02/2027.", 0)]


def test_word_heading_styles_give_the_outline_markdown_headings_do(tmp_path):
    """Headings without numbers, marked by Word's heading styles: the items under them are filed under them, as under
    the same headings marked "##" in a .md — before, the .docx had no outline at all."""
    import docx

    document = docx.Document()
    for text, level in _STYLED:
        document.add_heading(text, level=level) if level else document.add_paragraph(text)
    document.save(str(tmp_path / "kh21.docx"))
    (tmp_path / "kh21.md").write_text("\n\n".join(("#" * level + " " if level else "") + text
                                                  for text, level in _STYLED), encoding="utf-8")
    expected = _chunks(tmp_path / "kh21.md")
    assert ("Tổ chức thực hiện", "Các tổ công đoàn gửi danh sách vận động viên trước ngày 15/02/2027.") in expected
    assert _chunks(tmp_path / "kh21.docx") == expected
