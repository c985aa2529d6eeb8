"""Telegram HTML rendering and splitting, on real passages from the corpus."""
from __future__ import annotations

from dataclasses import replace

import pytest

from bot.channels.telegram_html import TELEGRAM_LIMIT, escape, render_answer, source_html
from bot.channels.splitting import pack
from troly.texts import t

pytestmark = pytest.mark.slow


def test_long_answer_split_at_paragraphs_never_inside_a_citation(assistant):
    answer = assistant.ask("Nhiệm vụ của công đoàn cơ sở là gì?")
    paragraphs = [f"Ý {i}: " + c.passage.text for i in range(8) for c in answer.citations]
    long = replace(answer, answer="\n\n".join(paragraphs) + "\n\n<script>&</script>")
    parts = render_answer(long)
    assert len(parts) >= 2
    assert all(len(p) <= TELEGRAM_LIMIT for p in parts)
    text = "\n\n".join(parts)
    for c in answer.citations:  # each citation whole, in one message
        line = f"<b>[{c.n}]</b> {escape(c.label.split('] ', 1)[1])}"
        assert sum(line in p for p in parts) == 1
    assert "&lt;script&gt;&amp;&lt;/script&gt;" in text and "<script>" not in text
    # paragraphs are not cut: every message starts at a paragraph start
    starts = {escape(p)[:30] for p in paragraphs} | {"<b>", "&lt;script"}
    assert all(any(part.startswith(s) for s in starts) for part in parts[1:]), [p[:40] for p in parts]


def test_readme_question_fits_one_short_message(assistant):
    answer = assistant.ask("Công đoàn cơ sở phải báo cáo gì, khi nào, gửi ai?")
    parts = render_answer(answer)
    assert answer.found and len(parts) == 1 and len(parts[0]) < 1200, [len(p) for p in parts]
    for c in answer.citations:  # "[n] short name › heading levels", not the full title
        assert c.passage.document not in parts[0] and escape(c.passage.short_title) in parts[0]


def test_oversized_paragraph_cut_at_sentences():
    sentence = "Công đoàn cơ sở báo cáo kết quả thực hiện về Liên đoàn Lao động cấp trên trước ngày 15 hằng tháng. "
    parts = pack([sentence * 100], 4000)
    assert len(parts) == 3 and all(len(p) <= 4000 for p in parts)
    assert all(p.rstrip().endswith("tháng.") for p in parts)


def test_source_shows_whole_paragraph_with_document_and_section(assistant):
    c = assistant.ask("Thời hạn gửi báo cáo là khi nào?").citations[0]
    out = "\n".join(source_html(c.to_json()))
    assert escape(c.passage.text) in out.replace("\n\n", "\n") or escape(c.passage.text.split("\n\n")[0]) in out
    assert escape(c.passage.document) in out
    if c.passage.section:
        assert escape(c.passage.section) in out


def test_a_citation_shows_the_words_it_quotes_not_only_the_paragraph_start(assistant):
    """The answered sentence stands in the middle of a long closing paragraph: Telegram's and Zalo's citation lines
    show where it stands ("… Hằng năm, các đơn vị báo cáo …"), not the paragraph's first words only."""
    from bot.channels.telegram_html import citation_html
    from bot.channels.zalo import render_answer_zalo

    answer = assistant.ask("Hằng năm các đơn vị báo cáo kết quả thực hiện Kết luận 21 ở đâu?")
    cited = answer.citations[0]
    assert answer.found and not cited.passage.text.startswith("Hằng năm"), cited.passage.text
    assert "“… Hằng năm, các đơn vị báo cáo" in citation_html(cited)
    zalo_sources = "\n".join(render_answer_zalo(answer)).split(t("answer.sources"), 1)[1]
    assert "Hằng năm, các đơn vị báo cáo" in zalo_sources.split("[2]")[0], zalo_sources
