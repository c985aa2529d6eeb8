"""The one Vietnamese text module: every part of troly reads words the same way, so a word typed one
way in a question meets the same word written another way in a document."""
from __future__ import annotations

import pytest

from bot.answer.lexicon import Lexicon
from troly import vntext
from troly.vntext import (Abbreviations, bodies, fold, has_marks, is_stopword, normalize, phrases,
                          split_sentences, syllables, typed_without_diacritics)
from vectorstore.lexical import tokenize
from vectorstore.query import QueryAnalyzer
from vectorstore.lexical import Vocabulary


def test_one_fold_everywhere():
    assert fold("Công Đoàn cơ sở") == "cong doan co so"
    assert fold("ĐOÀN VIÊN") == "doan vien"
    # the lexical index and the composer fold through the same function
    import bot.answer.lexicon as lexicon_module
    import vectorstore.lexical as lexical_module
    import vectorstore.query as query_module
    assert lexical_module.fold is lexicon_module.fold is query_module.fold is vntext.fold


def test_words_written_two_ways_are_read_as_one():
    """"quí"/"quý", "kĩ"/"kỹ", "hàng năm"/"hằng năm": the question's spelling meets the document's, in the
    words every part of troly compares (search, the composer, obligations)."""
    assert syllables("Quí II, kĩ thuật, lí do, nước Mĩ, tỉ lệ") == syllables("Quý II, kỹ thuật, lý do, nước Mỹ, tỷ lệ")
    assert syllables("báo cáo Hàng tháng, HÀNG QUÍ") == syllables("báo cáo hằng tháng, hằng quý")
    assert normalize("Hàng năm, quĩ phúc lợi") == "Hằng năm, quỹ phúc lợi"  # same length, case kept
    # "hàng" that is goods, a rank, part of a noun, or a counted stretch of time stays "hàng"
    for text in ("kiểm tra hàng hóa", "hàng ngũ cán bộ", "lãi suất ngân hàng năm nay", "chờ hàng tháng trời",
                 "hàng năm trăm người", "giao hàng tháng 5"):
        assert "hằng" not in syllables(text), text
    assert syllables("thủy lợi, quy định") == ["thủy", "lợi", "quy", "định"]
    lexicon = Lexicon()
    passage = lexicon.terms("Các đơn vị báo cáo kết quả hằng quý về quỹ hỗ trợ.")
    assert all(passage.has(t) for t in lexicon.content_tokens("báo cáo hàng quí về quĩ"))


def test_marks_are_diacritics_not_capitals():
    assert not has_marks("CDCS") and not has_marks("cdcs")
    assert has_marks("CĐCS") and has_marks("công")


def test_broken_glyphs_and_tone_placement_are_normalized():
    assert normalize("ngƣời lao động") == "người lao động"
    assert normalize("Uỷ ban, hoà giải, thoả ước") == "Ủy ban, hòa giải, thỏa ước"
    assert normalize("hoàn thành công đoàn thuyền") == "hoàn thành công đoàn thuyền"  # not a final "oa"/"uy"
    assert syllables("thoả ước") == syllables("thỏa ước") == ["thỏa", "ước"]
    assert syllables("co\u0302ng đoa\u0300n") == ["công", "đoàn"]  # decomposed input


def test_numbers_and_so_tokenise_one_way():
    # "số" before a number is dropped and leading zeros go, so all these reference forms align
    assert syllables("Kết luận số 021") == ["kết", "luận", "21"]
    assert syllables("KL21") == ["kl", "21"]
    assert syllables("NQ 02") == ["nq", "2"]
    assert syllables("số lượng 5 người") == ["số", "lượng", "5", "người"]
    # the composer's tokens and the lexical index's tokens are the same syllables
    assert Lexicon().tokens("Nghị quyết số 021") == ["nghị", "quyết", "21"]
    assert {"21", "quyết_21"} <= set(tokenize("Nghị quyết số 021"))
    assert phrases("Công đoàn cơ sở, 02-NQ/TW") == [["công", "đoàn", "cơ", "sở"], ["2", "nq"], ["tw"]]


def test_sentences():
    assert split_sentences("Công đoàn báo cáo. Ban Tuyên giáo tổng hợp; LĐLĐ huyện gửi.") == [
        "Công đoàn báo cáo.", "Ban Tuyên giáo tổng hợp;", "LĐLĐ huyện gửi."]


def test_filler_words_come_from_one_list():
    assert is_stopword("gì") and is_stopword("hả") and not is_stopword("lương")
    # typed without diacritics, a folded form that is also a content word stays a content word
    assert not is_stopword("co") and is_stopword("có")
    plan = QueryAnalyzer(Vocabulary()).analyze("cho mình hỏi hạn nộp là khi nào vậy ạ")
    assert not {"mình", "hỏi", "khi", "nào", "vậy", "ạ"} & {t for group, _ in plan.groups for t in group}


@pytest.mark.parametrize("word, expansion", [
    ("CĐCS", "công đoàn cơ sở"), ("cdcs", "công đoàn cơ sở"), ("CDCS", "công đoàn cơ sở"),
    ("LĐ", "lao động"), ("lđ", "lao động"), ("CBNGLĐ", "cán bộ nhà giáo người lao động"),
    ("cbnglđ", "cán bộ nhà giáo người lao động"), ("TLĐ", "tổng liên đoàn lao động Việt Nam"),
    ("tld", "tổng liên đoàn lao động Việt Nam"), ("GD&ĐT", "giáo dục và đào tạo"),
    ("TƯ", "trung ương"), ("TU", "tỉnh ủy"),
])
def test_abbreviations_from_the_one_table(word, expansion):
    entry = Abbreviations().find(word)
    assert entry is not None and entry.expansion == expansion


def test_ordinary_syllables_are_not_abbreviations():
    table = Abbreviations()
    assert table.find("tu") is None and table.find("từ") is None and table.find("TỪ") is None
    assert table.find("ban") is None and table.find("2") is None


def test_query_and_composer_expand_alike():
    # both sides read "tld" with the same table: the question analyzer spells it out, the composer
    # matches passages through the same expansion
    plan = QueryAnalyzer(Vocabulary()).analyze("tld chỉ đạo gì")
    assert "tổng liên đoàn lao động Việt Nam (TLĐ)" in plan.dense_text
    assert ("lao", True) in Lexicon().marked_tokens("tld")


def test_a_documents_own_definition_wins():
    assert Abbreviations({"CĐ": "Cao đẳng"}).find("CĐ").expansion == "Cao đẳng"
    assert Abbreviations().find("CĐ").expansion == "công đoàn"


@pytest.mark.parametrize("written, canonical", [
    ("Công đoàn cơ sở", "Công đoàn cơ sở"), ("CĐCS", "Công đoàn cơ sở"), ("cdcs", "Công đoàn cơ sở"),
    ("cong doan co so", "Công đoàn cơ sở"), ("Công đoàn các cơ quan, đơn vị, trường học", "Công đoàn cơ sở"),
    ("LĐLĐ tỉnh", "Liên đoàn Lao động tỉnh"), ("lien doan lao dong tinh", "Liên đoàn Lao động tỉnh"),
    ("ldld huyen", "Liên đoàn Lao động huyện"), ("CĐGD tỉnh", "Công đoàn Giáo dục tỉnh"),
    ("Uỷ ban kiểm tra", "Ủy ban Kiểm tra"), ("ubkt", "Ủy ban Kiểm tra"), ("BTV", "Ban Thường vụ"),
    ("ban thuong vu", "Ban Thường vụ"), ("UBND", "Ủy ban nhân dân"), ("Tổng Liên đoàn", "Tổng Liên đoàn Lao động Việt Nam"),
])
def test_names_of_bodies_resolve_to_one_canonical_name(written, canonical):
    assert bodies().resolve(written).name == canonical


@pytest.mark.parametrize("written, canonical", [
    ("CĐGD Quảng Nam", "Công đoàn Giáo dục tỉnh"), ("cong doan giao duc tinh thanh hoa", "Công đoàn Giáo dục tỉnh"),
    ("LĐLĐ Nghệ An", "Liên đoàn Lao động tỉnh"), ("Liên đoàn Lao động TP. Hồ Chí Minh", "Liên đoàn Lao động tỉnh"),
    ("ban thường vụ LĐLĐ tỉnh Bình Định", "Liên đoàn Lao động tỉnh"),
])
def test_a_body_named_with_its_province_is_the_provincial_body(written, canonical):
    assert bodies().resolve(written).name == canonical
    found = bodies().mentions(f"Năm nay {written} phải làm gì?")
    assert [(m.body.name, f"Năm nay {written} phải làm gì?"[m.start:m.end]) for m in found] == [(canonical, written)]


def test_body_names_in_running_text():
    import re
    pattern = re.compile(bodies().pattern())
    assert pattern.match("Ban Tuyên giáo làm đầu mối")
    assert pattern.match("Uỷ ban nhân dân tỉnh")  # either tone placement
    assert pattern.match("Sở Giáo dục và Đào tạo")
    assert not pattern.match("Ban hành kế hoạch")  # a one-word kind needs a capitalized name after it
    assert not pattern.match("Bộ phận văn thư")


def test_typed_without_diacritics_is_one_rule():
    assert typed_without_diacritics("cong doan co so phai bao cao gi")
    assert typed_without_diacritics("CĐCS phai bao cao gi", Abbreviations())  # abbreviations aside
    assert not typed_without_diacritics("Công đoàn cơ sở phải báo cáo gì")


def test_only_the_frame_joining_a_follow_up_is_taken_off():
    """Before, every ")" of any question was taken off as troly's joining words ("điểm a)" lost its bracket, so did
    the user's own "(…)" inside a follow-up): only the frame wrapping a follow-up's tail goes."""
    assert vntext.unframed("điểm a) khoản 2 Điều 5 quy định gì?") == "điểm a) khoản 2 Điều 5 quy định gì?"
    assert vntext.unframed("còn (CĐCS)? (tiếp theo câu hỏi: hạn báo cáo (quý)?)") == "còn (CĐCS)? hạn báo cáo (quý)?"
