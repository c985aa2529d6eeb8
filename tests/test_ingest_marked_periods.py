"""Faults a new user found on their own plans: a period written as a bold markdown line over its items, the doer
given on a "Chủ trì:" line under an item, a quarter typed with a digit, a company's name printed only in capitals.
Documents and wordings are this file's own, invented; parsed without embedding (and a hand-made lexical index)."""
from __future__ import annotations

import pytest

from ingest.parse import parse_document
from ingest.model import SECTION_SEP
from vectorstore.lexical import LexicalIndex
from vectorstore.query import QueryAnalyzer
from vectorstore.store import StoredChunk

_HEAD = ("**CÔNG ĐOÀN CÔNG TY MAY SÔNG ĐÀO**\n\n**Số: 12/KH-CĐ**\n\nHà Nam, ngày 05 tháng 01 năm 2027\n\n"
         "# KẾ HOẠCH\n\n## Hoạt động công đoàn năm 2027\n\n")
_PLAN = _HEAD + """### I. MỤC ĐÍCH

Chăm lo đời sống đoàn viên, người lao động của Công ty.

### II. NỘI DUNG

**Quý I/2027**

- Tổ chức gặp mặt đoàn viên dịp Tết Nguyên đán.
- Ban Nữ công rà soát danh sách nữ đoàn viên có hoàn cảnh khó khăn.

**Quý III/2027**

- Tổ chức hội thao công nhân lao động **toàn Công ty**.
  Đơn vị chủ trì: Ban Tuyên giáo.
- Thăm hỏi đoàn viên ốm đau. Chủ trì: Ban Nữ công; phối hợp: Tổ công đoàn phân xưởng 2.

### III. TỔ CHỨC THỰC HIỆN

Các tổ công đoàn căn cứ kế hoạch này triển khai thực hiện.

TM. BAN CHẤP HÀNH
CHỦ TỊCH
Nguyễn Văn An
"""


@pytest.fixture(scope="module")
def plan():
    return parse_document(_PLAN, "kh12-hoat-dong.md")


def _obligation(doc, start: str):
    found = [o for o in doc.obligations if o.quote.startswith(start)]
    assert len(found) == 1, [(o.quote, o.actor) for o in doc.obligations]
    return found[0]


def test_a_wholly_bold_line_heads_the_items_under_it(plan):
    """Before, "**Quý III/2027**" was a paragraph of its own: the items under it were filed under "II. NỘI DUNG"
    alone, and "troly deadlines" listed "Quý III/2027" itself as a deadline while the items had no date."""
    sections = {c.text.split(".")[0]: c.section for c in plan.chunks if c.kind == "bullet"}
    assert sections["Tổ chức gặp mặt đoàn viên dịp Tết Nguyên đán"] == SECTION_SEP.join(["II. NỘI DUNG", "Quý I/2027"])
    assert sections["Thăm hỏi đoàn viên ốm đau"] == SECTION_SEP.join(["II. NỘI DUNG", "Quý III/2027"])
    # the next numbered heading ends the quarter's section
    closing = next(c for c in plan.chunks if c.text.startswith("Các tổ công đoàn"))
    assert closing.section == "III. TỔ CHỨC THỰC HIỆN"
    assert _obligation(plan, "Tổ chức gặp mặt").due["date"] == "2027-03-31"
    assert _obligation(plan, "Thăm hỏi đoàn viên").due["date"] == "2027-09-30"
    assert not any(o.quote.startswith("Quý") for o in plan.obligations)


def test_bold_inside_a_sentence_or_a_plain_text_file_heads_nothing():
    """Only markdown's own markup makes a heading: a bold phrase inside an item does not, nor "**…**" in a .txt."""
    doc = parse_document(_PLAN, "kh12-hoat-dong.txt")
    assert not any("Quý III/2027" in c.section for c in doc.chunks)
    md = parse_document(_PLAN, "kh12-hoat-dong.md")
    assert not any("toàn Công ty" in c.section for c in md.chunks)


@pytest.mark.parametrize("suffix", [".md", ".txt"])
def test_the_doer_labelled_under_an_item_is_its_doer(suffix):
    """Before, "Đơn vị chủ trì: Ban Tuyên giáo." on the line under an item was a passage of its own and the item had
    no doer; "Chủ trì: Ban Nữ công; …" after an item was listed as a task of its own, its label quoted twice."""
    doc = parse_document(_PLAN, "kh12-hoat-dong" + suffix)
    games = _obligation(doc, "Tổ chức hội thao công nhân lao động")
    assert games.actor["name"] == "Ban Tuyên giáo"
    assert "Đơn vị chủ trì: Ban Tuyên giáo." in games.text
    visit = _obligation(doc, "Thăm hỏi đoàn viên ốm đau")
    assert "Ban Nữ công" in visit.actor["name"]
    assert not any(o.quote.lower().startswith(("chủ trì", "đơn vị chủ trì")) for o in doc.obligations)


def test_a_company_named_only_in_capitals_keeps_its_name_capitalised(plan):
    """Before, the issuer printed "CÔNG ĐOÀN CÔNG TY MAY SÔNG ĐÀO", never written otherwise, was answered as
    "Công đoàn công ty may sông đào"."""
    assert plan.meta.issuer == "Công đoàn Công ty May Sông Đào"
    school = parse_document(_PLAN.replace("CÔNG TY MAY SÔNG ĐÀO", "TRƯỜNG THCS KIM ĐỒNG"), "kh12.md")
    assert school.meta.issuer == "Công đoàn Trường THCS Kim Đồng"
    # a name the text writes itself is spelled as it writes it
    written = parse_document(_PLAN.replace("Công ty.", "Công ty cổ phần may Sông Đào."), "kh12.md")
    assert written.meta.issuer == "Công đoàn Công ty may Sông Đào"


@pytest.mark.parametrize(("printed", "question"), [
    ("Quý {}/2027", "Hội thao công nhân lao động tổ chức trong quý 2 năm 2027?"),
    ("quý {} năm 2027", "Hội thao công nhân lao động tổ chức trong quý II/2027?")])
def test_a_quarter_finds_it_written_with_the_other_numeral(printed, question):
    """Before, "quý 2" never met "Quý II/2027" in the lexical index (nor "quý II" a text's "quý 2"): the plan's
    other quarter, listed first, came first. The meaning is embedded as texts print quarters."""
    roman = printed.startswith("Q")
    texts = [f"Tổ chức hội thao công nhân lao động trong {printed.format('IV' if roman else 4)}.",
             f"Tổ chức hội thao công nhân lao động trong {printed.format('II' if roman else 2)}."]
    index = LexicalIndex.build([StoredChunk(f"c::v1::{i:05d}", t, {"doc_id": "c", "title": "Kế hoạch"})
                                for i, t in enumerate(texts)])
    plan = QueryAnalyzer(index.vocab, {}, {"c": "Kế hoạch"}).analyze(question)
    assert index.top(plan.groups, 2)[0].chunk_id.endswith("00001")
    assert "quý II" in plan.dense_text and "quý 2" not in plan.dense_text
