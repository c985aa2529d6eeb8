"""Faults a new user met loading documents: a lettered item filed under the item before it (a citation naming the
wrong ministry), a sentence cut by a converter's page break, mojibake ("Káº¾ HOáº CH") loaded as it was, a PDF
copy of a loaded text loaded as a second document, a very long file with no progress and no time limit past its
reading, and "how many plans are loaded?" answered with every document."""
from __future__ import annotations

import hashlib
import io
import textwrap
import time
from types import SimpleNamespace

import numpy as np
import pytest

from bot.progress import LogProgress, every
from ingest.errors import IngestError
from ingest.model import SECTION_SEP
from ingest.parse import parse_document
from ingest.readers import read_file
from tests.helpers import assistant_with
from tests.test_formats import PLAN
import vectorstore.writer as writer_module
from vectorstore.embeddings import TrolyEmbeddings
from vectorstore.store import Store
from vectorstore.writer import Writer

HEADER = "THỦ TƯỚNG CHÍNH PHỦ\nSố: 07/CT-TTg\n\nCHỈ THỊ\nVề các nhiệm vụ cấp bách hỗ trợ doanh nghiệp\n"


def _wrapped(*paragraphs: str) -> str:
    """Paragraphs hard-wrapped at 76 columns, a blank line between them, as a scan's text is."""
    return "\n\n".join(textwrap.fill(p, 76) for p in paragraphs)


DIRECTIVE = HEADER + "\n" + _wrapped(
    "II. NHIỆM VỤ CỤ THỂ",
    "3. Tạo thuận lợi cho sản xuất kinh doanh",
    "a) Bộ Công Thương:",
    "- Chủ trì, phối hợp với các bộ rà soát nhu cầu nguyên vật liệu đầu vào cho sản xuất trong nước, đề xuất các "
    "giải pháp bảo đảm nguồn cung, báo cáo Thủ tướng Chính phủ trong tháng 3 năm 2020.",
    "- Có biện pháp đẩy mạnh xuất khẩu, nâng cao hiệu quả xúc tiến thương mại, đa dạng hóa thị trường xuất khẩu "
    "và tìm thị trường mới cho hàng hóa trong nước.",
    "b) Bộ Nông nghiệp và Phát triển nông thôn chủ trì, phối hợp với các cơ quan liên quan chỉ đạo đẩy mạnh sản "
    "xuất, chế biến hàng nông sản, trình Thủ tướng Chính phủ trước ngày 20 tháng 3 năm 2020.",
    "c) Bộ Tài chính chỉ đạo cơ quan thuế, cơ quan hải quan đẩy nhanh cải cách thủ tục hành chính cho các doanh "
    "nghiệp bị ảnh hưởng bởi dịch bệnh, báo cáo Thủ tướng Chính phủ trong tháng 3 năm 2020.",
    "4. Phục hồi ngành du lịch, hàng không",
    "a) Bộ Ngoại giao:",
    "- Mở rộng diện xét và cải tiến thủ tục cấp thị thực điện tử cho khách du lịch quốc tế đến Việt Nam.",
    "đ) Bộ Tài chính chủ trì, phối hợp với Bộ Văn hóa, Thể thao và Du lịch khẩn trương đưa Quỹ Hỗ trợ phát "
    "triển du lịch vào hoạt động trong năm 2020.",
) + "\n"


def _section_of(doc, start: str) -> str:
    return next(c.section for c in doc.chunks if c.text.startswith(start))


def test_a_later_lettered_item_ends_the_section_of_the_item_before_it():
    """"c) Bộ Tài chính …" after the heading "a) Bộ Công Thương:" is its sibling: cited under "3. …", never under
    the Ministry of Industry; the same for "đ)" after "a) Bộ Ngoại giao:" (the letters between them missing)."""
    doc = parse_document(DIRECTIVE, "ct07.txt")
    assert _section_of(doc, "Có biện pháp").endswith("a) Bộ Công Thương:")
    for item in ("b) Bộ Nông nghiệp", "c) Bộ Tài chính"):
        assert _section_of(doc, item).split(SECTION_SEP)[-1].startswith("3. Tạo thuận lợi"), item
    assert _section_of(doc, "đ) Bộ Tài chính").split(SECTION_SEP)[-1].startswith("4. Phục hồi")


def test_a_list_numbered_afresh_under_a_heading_stays_under_it():
    """Items "1)", "2)", "3)" under the heading "2. Nhiệm vụ cụ thể:" are its children, though "3)" comes after 2."""
    text = HEADER + "\nI. NHIỆM VỤ\n1. Mục đích\nBảo đảm quyền lợi của đoàn viên công đoàn.\n2. Nhiệm vụ cụ thể:\n" \
        "1) Tổ chức hội nghị sơ kết vào tháng 6 hằng năm.\n2) Thăm hỏi đoàn viên có hoàn cảnh khó khăn.\n" \
        "3) Báo cáo kết quả về Liên đoàn Lao động tỉnh trước ngày 15/12 hằng năm.\n"
    doc = parse_document(text, "kh.txt")
    for item in ("1) Tổ chức", "2) Thăm hỏi", "3) Báo cáo"):
        assert _section_of(doc, item).endswith("2. Nhiệm vụ cụ thể:"), item


def test_a_sentence_cut_by_a_page_break_is_one_passage():
    """A converter's page number and "--- PAGE BREAK ---" inside a sentence are no text: the sentence goes on after
    them (the break was read as a bullet, and the sentence's end as a passage of its own)."""
    start = DIRECTIVE.index("- Chủ trì")
    at = DIRECTIVE.index("\n", DIRECTIVE.index("\n", start) + 1)  # after the bullet's second line
    cut = DIRECTIVE[:at] + "\n\n2\n\n\n--- PAGE BREAK ---\n\n" + DIRECTIVE[at + 1:]
    doc = parse_document(cut, "ct07.txt")
    assert not [c.text for c in doc.chunks if "PAGE BREAK" in c.text]
    whole = [c.text for c in doc.chunks if c.text.startswith("Chủ trì")]
    assert whole and whole[0].endswith("báo cáo Thủ tướng Chính phủ trong tháng 3 năm 2020."), whole


def test_mojibake_is_repaired_when_the_repair_is_certain_and_refused_otherwise(tmp_path):
    """UTF-8 once read as Latin-1 and saved again ("Káº¾ HOáº CH") reads as the plan it was, with a note to check it;
    mojibake damaged past a certain repair is refused in words, not loaded as gibberish."""
    garbled = PLAN.encode("utf-8").decode("latin-1")
    path = tmp_path / "ke-hoach.txt"
    path.write_text(garbled, encoding="utf-8")
    notes: list[str] = []
    assert read_file(path, 10**7, notes) == PLAN
    assert len(notes) == 1 and "lỗi bảng mã" in notes[0]
    damaged = tmp_path / "hong.txt"
    damaged.write_text(garbled.replace("\xba", "?").replace("\xbb", "?"), encoding="utf-8")
    with pytest.raises(IngestError, match="lỗi bảng mã.*UTF-8"):
        read_file(damaged, 10**7)


class FakeEmbeddings(TrolyEmbeddings):
    """Vectors from the text's hash, after `pause` seconds a batch (an embedder on a slow machine)."""

    name = "fake"

    def __init__(self, pause: float = 0.0) -> None:
        self.pause, self.passages = pause, 0

    def _encode(self, texts: list[str], query: bool) -> np.ndarray:
        time.sleep(self.pause)
        self.passages += 0 if query else len(texts)
        seeds = [int.from_bytes(hashlib.sha256(t.encode()).digest()[:4], "little") for t in texts]
        return np.vstack([np.random.default_rng(s).random(16, dtype=np.float32) for s in seeds])


def _writer(make_settings, embeddings: FakeEmbeddings, seconds: float = 120.0) -> Writer:
    return Writer(Store(make_settings(embed_cache=None).chroma_path, embeddings.name), embeddings, max_bytes=10**7,
                  file_seconds=seconds)


def test_a_copy_of_a_loaded_text_in_another_layout_is_not_loaded_twice(tmp_path, make_settings):
    """A PDF printed from a loaded .txt reads as the same words with other line breaks and case: reported as a
    duplicate of the loaded document, by its id, nothing embedded; the same plan with its year changed is another
    document, and so is a text that shares only its opening."""
    original = tmp_path / "ke-hoach.txt"
    original.write_text(PLAN, encoding="utf-8")
    line = next(l for l in PLAN.split("\n") if len(l) > 80)
    cut = line.rfind(" ", 0, len(line) // 2)
    copy = tmp_path / "ke-hoach-ban-in.md"  # one paragraph broken in two, as a page of the PDF ended there
    copy.write_text(PLAN.replace(line, f"{line[:cut]}\n\n{line[cut + 1:].capitalize()}"), encoding="utf-8")
    embeddings = FakeEmbeddings()
    writer = _writer(make_settings, embeddings)
    assert writer.ingest([original]).documents[0].status == "added"
    embedded = embeddings.passages
    again = writer.ingest([copy]).documents[0]
    assert (again.status, again.duplicate_of) == ("duplicate", "ke-hoach.txt") and embeddings.passages == embedded
    assert list(writer.store.records()) == ["ke-hoach.txt"]
    next_year = tmp_path / "ke-hoach-2023.txt"
    next_year.write_text(PLAN.replace("năm 2022", "năm 2023"), encoding="utf-8")
    other = tmp_path / "ke-hoach-khac.txt"  # the same opening, another plan
    other.write_text("\n".join(PLAN.split("\n")[:8]) + "\n" + DIRECTIVE, encoding="utf-8")
    assert [d.status for d in writer.ingest([next_year, other]).documents] == ["added", "added"]


def test_a_duplicate_is_loaded_when_its_twin_is_not(tmp_path, make_settings, monkeypatch):
    """Two files of the same words in one run: when the first fails to be written, the second is loaded in its place
    (not called a duplicate of a document that was never loaded); when a loaded document is edited to other words in
    the run that brings a copy of its old ones, the copy is loaded, not lost as a duplicate of words no longer held."""
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(PLAN, encoding="utf-8")
    b.write_text(PLAN.upper(), encoding="utf-8")
    embeddings = FakeEmbeddings()
    writer = _writer(make_settings, embeddings)
    encode = embeddings._encode
    failures = iter([RuntimeError("the embedder stopped")])  # on a's first batch: nothing of a is embedded

    def failing(texts: list[str], query: bool) -> np.ndarray:
        if (failure := next(failures, None)) is not None:
            raise failure
        return encode(texts, query)

    monkeypatch.setattr(embeddings, "_encode", failing)
    report = writer.ingest([a, b])
    assert [(d.id, d.status) for d in report.documents] == [("a.txt", "failed"), ("b.txt", "added")], report
    assert list(writer.store.records()) == ["b.txt"] and writer.store.doc_chunks("b.txt")
    monkeypatch.undo()
    c = tmp_path / "c.txt"
    c.write_text(PLAN, encoding="utf-8")  # b's words, while b is edited to next year's
    b.write_text(PLAN.replace("năm 2022", "năm 2023"), encoding="utf-8")
    report = writer.ingest([b, c])
    assert [(d.id, d.status) for d in report.documents] == [("b.txt", "updated"), ("c.txt", "added")], report
    assert sorted(writer.store.records()) == ["b.txt", "c.txt"]


def test_the_time_limit_of_a_file_covers_embedding_and_the_other_files_are_loaded(tmp_path, make_settings,
                                                                                  monkeypatch):
    """A file whose passages take longer to embed than TROLY_MAX_FILE_SECONDS is refused in words (how far it got),
    soon after the limit; the next file of the call is loaded, and the store keeps nothing of the refused one. The
    embedder's time is a clock of the test's own (each batch 5 s of it), so that a loaded machine reading the file
    slowly neither refuses it for its reading nor lets its embedding finish."""
    clock = SimpleNamespace(now=0.0)
    monkeypatch.setattr(writer_module, "time", SimpleNamespace(perf_counter=lambda: clock.now))

    class SlowEmbeddings(FakeEmbeddings):
        def _encode(self, texts: list[str], query: bool) -> np.ndarray:
            clock.now += 5.0
            return super()._encode(texts, query)

    long_ = tmp_path / "dai.txt"
    long_.write_text("KẾ HOẠCH\nThử một tệp dài\n\n" + "\n".join(
        f"- Nhiệm vụ số {i}: đơn vị số {i} báo cáo kết quả thực hiện lần thứ {i} về công đoàn cấp trên."
        for i in range(400)), encoding="utf-8")
    short = tmp_path / "ngan.txt"
    short.write_text(PLAN, encoding="utf-8")
    embeddings = SlowEmbeddings()
    writer = _writer(make_settings, embeddings, seconds=60)
    began = clock.now
    report = writer.ingest([long_, short])
    first, second = report.documents
    assert first.status == "failed" and "TROLY_MAX_FILE_SECONDS" in first.error and "/401 đoạn" in first.error, \
        first.error  # its 400 items and its title's lines
    assert embeddings.passages < 400 and clock.now - began < 60 + 6 * 5  # the long file's batches stop near its limit
    assert second.status == "added"
    assert list(writer.store.records()) == ["ngan.txt"]


def test_a_long_run_written_to_a_log_says_how_far_it_is():
    """Where no bar can be redrawn (a log file, a pipe), a line says the stage and the count every few seconds."""
    out = io.StringIO()
    progress = LogProgress(out)
    with every(0.05, progress.write):
        tick = progress(664, "embed")
        tick(32)
        time.sleep(0.3)
    lines = out.getvalue().splitlines()
    assert lines and lines[-1].startswith("Đang nhúng và lưu đoạn văn: 32/664 đoạn")


@pytest.fixture(scope="module")
def plans_and_a_directive(tmp_path_factory, embed_cache):
    return assistant_with(tmp_path_factory, embed_cache, "ke-hoach.txt", PLAN, ("chi-thi.txt", DIRECTIVE))


@pytest.mark.parametrize("question, listed, left_out", [
    ("Có bao nhiêu kế hoạch đã nạp?", "ke-hoach.txt", "chi-thi.txt"),
    ("liệt kê các chỉ thị", "chi-thi.txt", "ke-hoach.txt"),
    ("co nhung van ban nao", "chi-thi.txt", None),
])
def test_asking_for_the_loaded_documents_of_a_kind_lists_that_kind(plans_and_a_directive, question, listed,
                                                                   left_out):
    answer = plans_and_a_directive.ask(question).answer
    assert listed in answer and (left_out is None or left_out not in answer), answer
    none = plans_and_a_directive.ask("Có những quyết định nào đã nạp?").answer
    assert "Chưa nạp quyết định nào" in none and "ke-hoach.txt" not in none, none
