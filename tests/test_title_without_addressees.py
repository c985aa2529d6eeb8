"""A report or a letter prints whom it is sent to ("Kính gửi: Sở Y tế tỉnh …", no stop after it) right under its
title: that line is no part of the title — the document's name and every answer quoting it would carry the
recipients — and it is what "gửi ai?" is answered from."""
from __future__ import annotations

import pytest

from tests.helpers import assistant_with

REPORT = """SỞ Y TẾ TỈNH AN PHÚ

TRUNG TÂM Y TẾ HUYỆN BÌNH MINH

Số: 12/BC-TTYT

Bình Minh, ngày 05 tháng 12 năm 2026

# BÁO CÁO

# Kết quả công tác tiêm chủng năm 2026

Kính gửi: Sở Y tế tỉnh An Phú

## I. KẾT QUẢ

Năm 2026 Trung tâm đã tiêm chủng đầy đủ cho 12.000 trẻ em dưới 1 tuổi, đạt 98% kế hoạch.

## II. KIẾN NGHỊ

Đề nghị Sở Y tế cấp bổ sung 2.000 liều vắc xin sởi cho quý I năm 2027.

GIÁM ĐỐC

Lê Văn Khoa
"""


@pytest.fixture(scope="module")
def report(tmp_path_factory, embed_cache):
    with assistant_with(tmp_path_factory, embed_cache, "bc_tiem_chung.md", REPORT) as assistant:
        yield assistant


def test_the_title_does_not_carry_the_addressees(report):
    [doc] = report.documents()
    assert doc.title == "Báo cáo kết quả công tác tiêm chủng năm 2026", doc.title


def test_whom_a_report_is_sent_to_is_quoted_from_its_addressees_line(report):
    answer = report.ask("Báo cáo kết quả tiêm chủng năm 2026 của trung tâm y tế gửi ai?")
    assert answer.found and "Sở Y tế tỉnh An Phú" in answer.answer, answer.answer
    assert any("Kính gửi" in c.passage.text or c.passage.lead.startswith("Kính gửi") for c in answer.citations)
