"""Each duty filed under the body that must do it, named as the document writes it: the items under a heading that
only names the bodies ("1. Công an thành phố", "2. Phòng Giáo dục và Đào tạo, các trường THCS và …") are theirs; a
lead-in's body with what it is in brackets ("Ban Chỉ huy quân sự huyện (cơ quan thường trực Hội đồng): …") is the
doer; a lead time ("trước ngày khởi hành ít nhất 05 ngày") is a deadline, not a target; who a rule favours ("Điều 2.
Đối tượng được ưu tiên …") is no one's duty; a name typed without diacritics ("cong an") lists the bodies as the
documents name them. The documents are this file's own, invented; parsed without embedding."""
from __future__ import annotations

from datetime import date

from tests.helpers import obligation_index

_DIRECTIVE = "\n\n".join([
    "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HÀ TIÊN\nSố: 07/CT-UBND",
    "Hà Tiên, ngày 02 tháng 3 năm 2027",
    "CHỈ THỊ\nVề bảo đảm an toàn giao thông mùa lễ hội năm 2027",
    "Để bảo đảm an toàn giao thông trong mùa lễ hội, Chủ tịch Ủy ban nhân dân thành phố yêu cầu:",
    "1. Công an thành phố",
    "- Tổ chức tuần tra, kiểm soát tại các tuyến đường ven biển trong tháng 4 năm 2027.",
    "- Xử lý nghiêm các trường hợp vi phạm nồng độ cồn.",
    "2. Phòng Giáo dục và Đào tạo, các trường THCS và Trung tâm Y tế thành phố",
    "- Phối hợp tuyên truyền luật giao thông cho học sinh; bố trí giáo viên hướng dẫn học sinh qua đường.",
    "- Đưa kết quả chấp hành luật giao thông vào tiêu chí thi đua năm học 2026-2027.",
])

_NOTICE = "\n\n".join([
    "HỘI ĐỒNG NGHĨA VỤ QUÂN SỰ\nTHỊ XÃ KINH MÔN\nSố: 31/TB-HĐNVQS",
    "Kinh Môn, ngày 05 tháng 11 năm 2026",
    "THÔNG BÁO\nLịch khám sức khỏe nghĩa vụ quân sự năm 2027",
    "1. Trách nhiệm của các cơ quan",
    "1. Ban Chỉ huy quân sự thị xã (cơ quan thường trực Hội đồng): phát lệnh gọi khám đến công dân trước ngày khám "
    "ít nhất 10 ngày; tổng hợp kết quả, báo cáo Hội đồng trước ngày 20/12/2026.",
    "2. Công an thị xã: bảo đảm an ninh trật tự tại nơi khám.",
])

_RULES = "\n\n".join([
    "TRƯỜNG TRUNG CẤP NGHỀ SÔNG LAM\nSố: 12/QĐ-TCN",
    "Nghệ An, ngày 01 tháng 8 năm 2026",
    "QUY CHẾ\nQuản lý khu nội trú học viên",
    "Điều 2. Đối tượng được ưu tiên xếp chỗ ở",
    "Khi số đơn vượt quá số chỗ, Ban Quản lý khu nội trú thực hiện xét ưu tiên theo thứ tự sau:",
    "1. Học viên là con thương binh, học viên khuyết tật;",
    "2. Học viên thuộc hộ nghèo có xác nhận của Ủy ban nhân dân cấp xã.",
    "Điều 3. Đăng ký ở",
    "Học viên được nhận chỗ nhưng không ở phải báo lại Ban Quản lý khu nội trú trước ngày nhập học ít nhất 05 ngày "
    "để bố trí người khác.",
])


def _index():
    return obligation_index([("ct07.txt", _DIRECTIVE), ("tb31.txt", _NOTICE), ("qd12.txt", _RULES)])


def _doers(index, doc: str) -> dict[str, str]:
    """Each item's first words → who must do it, as the document writes it."""
    return {" ".join(o.quote.split()[:3]): o.doer_as_written for o in index.items if o.doc_id == doc}


def test_items_under_a_heading_naming_bodies_are_theirs():
    """Before, the police's items and the schools' were "(không ghi rõ đơn vị)", two of the schools' missing."""
    doers = _doers(_index(), "ct07.txt")
    assert doers["Tổ chức tuần"] == "Công an thành phố"
    assert doers["Xử lý nghiêm"] == "Công an thành phố"
    schools = "Phòng Giáo dục và Đào tạo, các trường THCS và Trung tâm Y tế thành phố"
    assert doers["Phối hợp tuyên"] == schools
    assert doers["Đưa kết quả"] == schools


def test_a_lead_in_body_with_what_it_is_in_brackets_acts_and_a_lead_time_is_a_deadline():
    """Before, the military command's line had no doer and was a target of "10 ngày"."""
    items = [o for o in _index().items if o.doc_id == "tb31.txt"]
    command = [o for o in items if o.quote.startswith("Ban Chỉ huy")]
    assert command and all(o.doer_as_written == "Ban Chỉ huy quân sự thị xã" for o in command)
    assert all(o.kind != "target" for o in command)
    assert any("ít nhất 10 ngày" in o.when for o in command)


def test_who_a_rule_favours_is_no_duty_and_a_lead_time_is_a_deadline():
    """Before, each kind of học viên favoured was a duty of the board, the notice time a target of "05 ngày"."""
    items = [o for o in _index().items if o.doc_id == "qd12.txt"]
    assert not [o for o in items if o.quote.startswith("Học viên là") or o.quote.startswith("Học viên thuộc")]
    notice = [o for o in items if "báo lại" in o.quote]
    assert [o.kind for o in notice] == ["deadline"]
    assert "ít nhất 05 ngày" in notice[0].when


def test_a_body_typed_without_diacritics_is_listed_under_the_names_the_documents_write():
    """Before, `--actor "cong an"` listed one item, under the typed "cong an"; the town's police were shown as
    "Công an huyện"."""
    groups = _index().by_actor("cong an")
    assert set(groups) == {"Công an thành phố", "Công an thị xã"}
    assert len(groups["Công an thành phố"]) == 2


def test_the_chat_list_of_a_name_typed_without_diacritics_is_headed_by_the_names_the_documents_write():
    """Before, /nghiavu cong an was headed "Nhiệm vụ và báo cáo của cong an:", echoing what was typed."""
    from types import SimpleNamespace

    from bot.channels.obligation_lists import duties_or_question

    assistant = SimpleNamespace(answer_context=SimpleNamespace(obligations=_index()))
    header = duties_or_question(assistant, "cong an", date(2027, 1, 4)).header
    assert "Công an thành phố" in header and "Công an thị xã" in header and "cong an" not in header


def test_an_export_row_names_whom_a_report_goes_to_as_written(tmp_path):
    """Before, the row said "Ủy ban nhân dân tỉnh, thành phố" for the city's people's committee."""
    import csv

    from bot.answer.exports import write_csv

    letter = "\n\n".join([
        "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HÀ TIÊN\nSố: 09/KH-UBND", "Hà Tiên, ngày 02 tháng 3 năm 2027",
        "KẾ HOẠCH\nTrồng cây xanh năm 2027", "III. TỔ CHỨC THỰC HIỆN",
        "1. Phòng Tài nguyên và Môi trường gửi báo cáo kết quả về Ủy ban nhân dân thành phố trước ngày 20/6/2027.",
    ])
    items = obligation_index([("kh09.txt", letter)]).items
    write_csv(items, tmp_path / "out.csv")
    text = (tmp_path / "out.csv").read_text(encoding="utf-8-sig")
    rows = [r for r in csv.reader(text.splitlines()) if any("gửi báo cáo" in c for c in r)]
    assert rows and "UBND thành phố" in rows[0] and not any("tỉnh" in c for c in rows[0][:4])
