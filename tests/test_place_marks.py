"""A province's name matched in plain words counts only where the words typed with diacritics are its own: "đánh giá
lại" is no "Gia Lai", "Lạng Sơn là …" no "Sơn La"; a question so worded is not narrowed to that province's documents.
Documents and wordings are this file's own, invented."""
from __future__ import annotations

from vectorstore.scope import DocumentScope

_SCOPE = DocumentScope({"gl.md": "hd12-hoi-nghi-gialai.md Sở Tài chính tỉnh Gia Lai",
                        "sl.md": "kh40-ve-sinh-sonla.md UBND tỉnh Sơn La",
                        "ls.md": "bc31-viec-lam-langson.md UBND tỉnh Lạng Sơn",
                        "bk.md": "bc77-san-pham-bac-kan.md UBND tỉnh Bắc Kạn"})


def test_words_typed_with_other_marks_name_no_province():
    assert _SCOPE.named_in("Sản phẩm hết hạn phải đánh giá lại trước ngày nào?") == set()
    assert _SCOPE.named_in("Vốn vay cho người lao động ở Lạng Sơn là bao nhiêu?") == {"ls.md"}


def test_a_province_is_named_with_its_marks_without_them_or_in_another_tone_style():
    assert _SCOPE.named_in("Hướng dẫn của Gia Lai chi hội nghị bao nhiêu?") == {"gl.md"}
    assert _SCOPE.named_in("huong dan cua gia lai chi hoi nghi bao nhieu") == {"gl.md"}
    assert _SCOPE.named_in("Kế hoạch của tỉnh SƠN LA giao ai?") == {"sl.md"}
    khanh_hoa = DocumentScope({"kh.md": "qd5-khanhhoa.md UBND tỉnh Khánh Hòa", "bk.md": "bc77.md UBND tỉnh Bắc Kạn"})
    assert khanh_hoa.named_in("Quyết định của Khánh Hoà có hiệu lực khi nào?") == {"kh.md"}
