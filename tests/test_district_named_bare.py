"""A question naming a district by its name alone ("… ở Mỹ Lâm"), as people do, is asked of that district's documents
(their issuer "UBND huyện Mỹ Lâm"), as "huyện Mỹ Lâm" or a province's name is: another district's plan with the same
row does not answer with its own figure. Documents and wordings are this file's own, invented."""
from __future__ import annotations


from tests.helpers import corpus_fixture

_MY_LAM = "\n".join([
    "ỦY BAN NHÂN DÂN HUYỆN MỸ LÂM", "Số: 52/KH-UBND", "Mỹ Lâm, ngày 10 tháng 3 năm 2027", "",
    "# KẾ HOẠCH", "Cấp nước sạch nông thôn huyện Mỹ Lâm năm 2027 - 2029", "",
    "## I. CHỈ TIÊU", "",
    "| Chỉ tiêu | Kế hoạch các năm | | |",
    "|---|---|---|---|",
    "| | 2027 | 2028 | 2029 |",
    "| Số công trình cấp nước tập trung xây mới (công trình) | 3 | 5 | 7 |", "",
    "## II. TỔ CHỨC THỰC HIỆN", "",
    "Phòng Nông nghiệp chủ trì, báo cáo kết quả trước ngày 15 tháng 12 hằng năm.", ""])

_SON_DIEN = "\n".join([
    "ỦY BAN NHÂN DÂN HUYỆN SƠN ĐIỀN", "Số: 18/KH-UBND", "Sơn Điền, ngày 02 tháng 3 năm 2027", "",
    "# KẾ HOẠCH", "Trồng rừng và cấp nước sạch huyện Sơn Điền năm 2027 - 2029", "",
    "## I. CHỈ TIÊU", "",
    "| Chỉ tiêu | Kế hoạch năm 2027 | Kế hoạch năm 2028 | Kế hoạch năm 2029 |",
    "|---|---|---|---|",
    "| Diện tích rừng trồng mới (ha) | 1.200 | 1.300 | 1.450 |",
    "| Số công trình cấp nước tập trung xây mới (công trình) | 6 | 8 | 11 |", "",
    "## II. TỔ CHỨC THỰC HIỆN", "",
    "Hạt Kiểm lâm chủ trì tuần tra bảo vệ rừng, phối hợp Hạt Kiểm lâm huyện Mỹ Lâm ở vùng giáp ranh.", ""])

store = corpus_fixture(("kh52-nuoc-my-lam.md", _MY_LAM), ("kh18-rung-son-dien.md", _SON_DIEN))


def test_another_districts_figure_does_not_answer_for_a_district_named_alone(store):
    """Before, "Mỹ Lâm" alone named no document (only "huyện Mỹ Lâm" did): Sơn Điền's row, whose columns name the
    year asked, answered with its 8 works."""
    answer = store.ask("Kế hoạch năm 2028 xây mới bao nhiêu công trình cấp nước tập trung ở Mỹ Lâm?")
    assert ": 8" not in answer.answer.split("\n")[0], answer.answer


def test_the_district_named_alone_is_answered_from_its_own_plan(store):
    answer = store.ask("Kế hoạch năm 2028 xây mới bao nhiêu công trình cấp nước tập trung ở Sơn Điền?")
    assert answer.found and ": 8" in answer.answer.split("\n")[0], answer.answer


def test_a_district_named_alone_scopes_its_documents(store):
    assert store.searcher.scope_of("Kế hoạch cấp nước của Mỹ Lâm giao ai chủ trì?") == {"kh52-nuoc-my-lam.md"}


def test_a_district_typed_in_small_letters_scopes_its_documents(store):
    """Before, "sơn điền" typed in small letters (or without marks) named no document: only "Sơn Điền" written as a
    name did, and another district's plan could answer for it."""
    for question in ("kế hoạch trồng rừng sơn điền giao ai chủ trì?", "ke hoach trong rung son dien giao ai chu tri"):
        assert store.searcher.scope_of(question) == {"kh18-rung-son-dien.md"}


def test_a_name_in_small_letters_another_documents_text_holds_names_no_place(store):
    """"mỹ lâm" in small letters is held by Sơn Điền's plan too: it may be words of a text, not the name of the
    place that issued Mỹ Lâm's plan, and narrows nothing (written as a name, "Mỹ Lâm" does)."""
    assert store.searcher.scope_of("hạt kiểm lâm mỹ lâm phải làm gì?") == set()


def test_a_communes_name_said_as_an_everyday_phrase_names_no_place():
    """"xã Đoàn Kết" is named "ở Đoàn Kết"; "tinh thần đoàn kết" (unity) names no commune: the question is not
    narrowed to that commune's plan."""
    from vectorstore.scope import DocumentScope

    scope = DocumentScope({"kh1.txt": "Kế hoạch tổ chức ngày hội văn hóa", "bc2.txt": "Báo cáo công tác thanh niên"},
                          issued={"kh1.txt": ("Kế hoạch", "UBND xã Đoàn Kết"),
                                  "bc2.txt": ("Báo cáo", "Đoàn Thanh niên huyện Mỹ Lâm")})
    assert scope.named_in("Ngày hội văn hóa ở Đoàn Kết tổ chức khi nào?") == {"kh1.txt"}
    assert scope.named_in("Thanh niên phát huy tinh thần đoàn kết thế nào?") == set()


def test_a_city_within_a_province_is_a_place_its_documents_are_named_by():
    """"Ủy ban nhân dân thành phố Tân Lạc" is a city within a province, named as a district is ("chỉ thị … tân lạc ai
    ký", "… ở Tân Lạc"); before, "thành phố" was read only as a province's level, and a question naming the city
    scoped nothing (the signer question listed every document's signer). "thành phố Hải Phòng" stays a province."""
    from vectorstore.scope import DocumentScope

    scope = DocumentScope({"ct4.txt": "Chỉ thị về phòng cháy nhà trọ", "kh9.txt": "Kế hoạch phòng cháy mùa khô",
                           "kh2.txt": "Kế hoạch du lịch"},
                          issued={"ct4.txt": ("Chỉ thị", "Ủy ban nhân dân thành phố Tân Lạc"),
                                  "kh9.txt": ("Kế hoạch", "Ủy ban nhân dân tỉnh Sơn Điền"),
                                  "kh2.txt": ("Kế hoạch", "Ủy ban nhân dân thành phố Hải Phòng")})
    assert set().union(*scope.typed_names("chỉ thị phòng cháy nhà trọ tân lạc ai ký").values()) == {"ct4.txt"}
    assert scope.named_in("Năm 2026 ở Tân Lạc xảy ra bao nhiêu vụ cháy?") == {"ct4.txt"}
    assert scope.typed_names("kế hoạch du lịch hải phòng") == {}
