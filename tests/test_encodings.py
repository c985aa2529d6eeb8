"""Encodings: UTF-8 (with or without BOM), UTF-16, Windows-1258, TCVN3 (ABC) and VNI text all come
out as the same Unicode, on real Vietnamese text taken from the corpus."""
from __future__ import annotations

import codecs
import json
import re
import unicodedata

import pytest

from ingest.decode import decode_text
from ingest.legacy_vn import detect_legacy, encode_cp1258, encode_tcvn3, encode_vni
from tests.helpers import CORPUS, run_troly


def _sample(name: str = "003_d63619b5ae339ec1.txt", lines: int = 40, rich: bool = True) -> str:
    """Opening lines of a corpus plan: capitals, every tone mark, ư/ơ/đ, quotes and dashes."""
    text = unicodedata.normalize("NFC", (CORPUS / name).read_text(encoding="utf-8"))
    text = "\n".join(text.split("\n")[:lines])
    assert not rich or (re.search("[ưƯ]", text) and re.search("[ỡữẵẫ]", text)), "sample too poor"
    return text


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


ENCODERS = {
    "utf-8": lambda s: s.encode("utf-8"),
    "utf-8-bom": lambda s: codecs.BOM_UTF8 + s.encode("utf-8"),
    "utf-16": lambda s: s.encode("utf-16"),  # with BOM
    "utf-16-le": lambda s: s.encode("utf-16-le"),  # without BOM
    "windows-1258": encode_cp1258,
    "vni": encode_vni,
}


@pytest.mark.parametrize("encoding", list(ENCODERS))
def test_round_trip_is_exact(encoding):
    sample = _sample()
    assert _nfc(decode_text(ENCODERS[encoding](sample))) == sample


def test_tcvn3_round_trip_keeps_every_letter_and_capitals_of_headings():
    """TCVN3 has no toned capitals (they were typed in a capitals font with the same codes), so
    only case can differ, and words in capitals ("KẾ HOẠCH", "MỤC ĐÍCH") come back in capitals."""
    sample = _sample()
    data = encode_tcvn3(sample)
    assert detect_legacy(data) == "tcvn3"
    out = _nfc(decode_text(data))
    assert out.lower() == sample.lower()
    upper_lines = [line for line in sample.split("\n") if line.strip() and line.upper() == line
                   and any(c.isalpha() for c in line)]
    assert upper_lines
    for line in upper_lines:
        assert line in out.split("\n")


@pytest.mark.parametrize("name", ["001_8a56ceed1e768dfa.txt", "002_7749bce00e3bf8c6.txt", "004_f2391f32d5c3f913.txt"])
def test_detection_tells_the_legacy_encodings_apart(name):
    sample = _sample(name, lines=30, rich=False).replace("ƣ", "ư").replace("Ƣ", "Ư")
    assert detect_legacy(encode_tcvn3(sample)) == "tcvn3"
    assert detect_legacy(encode_vni(sample)) == "vni"
    assert detect_legacy(encode_cp1258(sample)) is None  # Windows-1258 reads best


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("line", ["Lễ", "Sở", "Đường"])
def test_a_short_utf16_line_without_a_mark_is_read(encoding, line):
    """Half its characters or fewer ASCII (no zero byte in the others), no byte-order mark: before, refused as
    binary."""
    assert decode_text(line.encode(encoding)) == line


def test_utf16_cut_short_is_refused_as_utf16():
    """A UTF-16 file missing its last byte is told as such (how to save it again), not called binary."""
    from ingest.errors import IngestError

    with pytest.raises(IngestError, match="UTF-16"):
        decode_text("Kế hoạch tổ chức Hội thao".encode("utf-16-le") + b"\n")


def test_a_stray_zero_byte_does_not_make_utf8_utf16():
    from ingest.errors import IngestError

    with pytest.raises(IngestError, match="nhị phân"):
        decode_text("Kế hoạch tổ chức Hội thao mừng Xuân năm 2027.".encode("utf-8") + b"\x00" + b"x" * 60)


def test_binary_is_not_text():
    from ingest.errors import IngestError

    with pytest.raises(IngestError):
        decode_text(bytes(range(256)) * 20)


def test_legacy_files_ingest_as_one_document(tmp_path, cli_env):
    """The same plan saved as UTF-8, UTF-16, Windows-1258 and VNI is one document: after
    conversion the texts are identical, so three of the four are duplicates."""
    sample = _sample()
    files = []
    for i, encoding in enumerate(["utf-8", "utf-16", "windows-1258", "vni"]):
        path = tmp_path / f"{i}_{encoding}.txt"
        path.write_bytes(ENCODERS[encoding](sample))
        files.append(str(path))
    proc = run_troly(["ingest", "--json", *files], cli_env)
    assert proc.returncode == 0, proc.stderr
    statuses = [d["status"] for d in json.loads(proc.stdout)["documents"]]
    assert statuses == ["added", "duplicate", "duplicate", "duplicate"]


@pytest.mark.parametrize("encode", [encode_tcvn3, encode_vni], ids=["tcvn3", "vni"])
def test_word_file_typed_in_a_legacy_font(tmp_path, encode):
    """A .docx typed in .VnTime or VNI-Times holds the legacy bytes as Latin-1 characters."""
    from ingest.readers import read_file
    from tests.test_formats import make_docx

    sample = "\n".join(line for line in _sample().split("\n") if line.strip())
    legacy = encode(sample).decode("cp1252")
    assert legacy != sample
    path = make_docx(tmp_path / "cu.docx", legacy)
    text = _nfc(read_file(path, 10**8))
    lines = [line for line in text.split("\n") if line.strip()]
    assert [line.lower() for line in lines] == [line.lower() for line in sample.split("\n")]


def test_a_plan_typed_in_tcvn3_keeps_its_number_issuer_and_place(tmp_path):
    """TCVN3 cannot tell "Số" from "SỐ": its number line is still the header's number, with the issuer above it and
    the place-date below, as the same plan in Unicode; and it is quoted as printed ("Số:"), not in capitals because
    the number's code is ("SỐ: 16/KH-CĐGD", as it was)."""
    from ingest.pipeline import parse_file

    text = ("CÔNG ĐOÀN GIÁO DỤC HUYỆN ĐỨC TRỌNG\nSố: 16/KH-CĐGD\nĐức Trọng, ngày 10 tháng 3 năm 2026\n\nKẾ HOẠCH\n"
            "Tổ chức Hội diễn văn nghệ năm 2026\n\nI. MỤC ĐÍCH, YÊU CẦU\n"
            "1. Tạo sân chơi lành mạnh cho đoàn viên công đoàn các trường học trên địa bàn huyện.\n")
    unicode_file, legacy_file = tmp_path / "kh.txt", tmp_path / "kh-tcvn3.txt"
    unicode_file.write_text(text, encoding="utf-8")
    legacy_file.write_bytes(encode_tcvn3(text))
    unicode_doc, legacy_doc = (parse_file(p, 10**8) for p in (unicode_file, legacy_file))
    unicode_meta, legacy_meta = unicode_doc.meta, legacy_doc.meta
    header = next(c.text for c in legacy_doc.chunks if c.kind == "header")
    assert "Số: 16/KH-CĐGD" in header.split("\n"), header
    assert legacy_meta.number == unicode_meta.number == "16/KH-CĐGD"
    assert (legacy_meta.date, legacy_meta.place) == (unicode_meta.date, unicode_meta.place) == ("2026-03-10", "Đức Trọng")
    assert legacy_meta.issuer and legacy_meta.issuer == unicode_meta.issuer


NOTICE = """CÔNG ĐOÀN TRƯỜNG THPT HÙNG VƯƠNG
Số: 21/TB-CĐ
Phú Thọ, ngày 03 tháng 3 năm 2026

THÔNG BÁO
Về việc tổ chức giải cầu lông chào mừng ngày Quốc tế Phụ nữ

1. Giải đấu diễn ra sáng thứ Bảy ngày 07/3/2026 tại nhà thể chất của trường.
2. Mỗi tổ chuyên môn cử ít nhất hai vận động viên; đăng ký với đồng chí Nguyễn Thị Hường trước ngày 05/3/2026.
3. Giải thưởng gồm một giải nhất, hai giải nhì và ba giải ba, kèm tiền thưởng từ quỹ công đoàn.
Xem điều lệ giải tại https://hungvuong.edu.vn/index.php?id=12 và https://hungvuong.edu.vn/cau-long?nam=2026.
"""


def test_a_copy_saved_as_ansi_with_letters_lost_is_refused_and_named_a_damaged_copy(tmp_path, cli_env):
    """Notepad's "ANSI" save writes each Vietnamese letter Windows-1258 has no byte for as "?" ("Đ?i h?i"): such a
    copy was loaded silently as a new document whose words match no question, beside the good one. It is refused
    with a note to save it as UTF-8, and said to be a damaged copy of the loaded document with its number."""
    good, lossy = tmp_path / "tot" / "thong-bao.txt", tmp_path / "hong" / "thong-bao-ansi.txt"
    good.parent.mkdir()
    lossy.parent.mkdir()
    good.write_text(NOTICE, encoding="utf-8")  # two web addresses with "?" in it: a good text all the same
    lossy.write_bytes(NOTICE.encode("cp1258", "replace"))
    assert "?" in lossy.read_bytes().decode("cp1258").split("\n")[0]  # "TRƯ?NG": the loss the test is about

    alone = run_troly(["ingest", str(lossy)], cli_env)
    assert alone.returncode == 1 and "bị thay bằng dấu «?»" in alone.stdout and "UTF-8" in alone.stdout, alone.stdout
    assert "bản hỏng" not in alone.stdout  # nothing loaded that it is a copy of
    assert run_troly(["ingest", str(good)], cli_env).returncode == 0
    again = run_troly(["ingest", str(lossy)], cli_env)
    assert again.returncode == 1 and f"bản hỏng của văn bản đã nạp thong-bao.txt (từ {good})" in again.stdout, \
        again.stdout
    docs = json.loads(run_troly(["docs", "--json"], cli_env).stdout)
    assert [d["id"] for d in docs["documents"]] == ["thong-bao.txt"], docs


@pytest.mark.parametrize("data", [b"\x00", b"ab\x00"])
def test_a_few_bytes_with_a_zero_are_binary_not_utf16_cut_short(data):
    """Too short to be UTF-16 text: refused as binary, not as a damaged UTF-16 file to save again."""
    from ingest.errors import IngestError

    with pytest.raises(IngestError, match="nhị phân"):
        decode_text(data)
