"""What a body must do, answered whole: all the duties one long sentence gives it, and the list under a lead-in that
is the body's own name rather than a step of a procedure that names it among others."""
from __future__ import annotations

from bot.answer.composer import compose
from tests.helpers import lexicon_of
from vectorstore.search import Passage

PLAN = "Kế hoạch triển khai chương trình nước sạch nông thôn"


def _passages(*rows: tuple[str, str, str], title: str = PLAN) -> list[Passage]:
    """(section, lead, text) passages of one plan, in search order."""
    return [Passage(f"c{i}", "kh-nuoc", title, "kh.md", section, text, 0.9 - i * 0.01, i, lexical=1.0 - i * 0.1,
                    lead=lead) for i, (section, lead, text) in enumerate(rows)]


def test_every_duty_of_one_long_sentence_is_quoted():
    """A sentence too long to quote whole is cut into its ";" clauses: asked what the body must do, its other
    clauses are duties too (the last one says whom it reports to), not only the clause that scored best."""
    duty = ("3. Phòng Nông nghiệp chỉ đạo, hướng dẫn, kiểm tra, đánh giá việc xây dựng và vận hành các công trình "
            "nước sạch nông thôn của các xã trên địa bàn huyện; kịp thời động viên, khen thưởng tập thể, cá nhân "
            "làm tốt, đồng thời phát hiện vướng mắc và có biện pháp tháo gỡ phù hợp để công trình vận hành hiệu "
            "quả; tổng hợp ý kiến của các xã về công trình nước sạch và báo cáo Sở Nông nghiệp trong quá trình "
            "thực hiện.")
    passages = _passages(
        ("III. TỔ CHỨC THỰC HIỆN", "", duty),
        ("II. NỘI DUNG", "", "Các xã rà soát nhu cầu nước sạch của hộ gia đình và đề xuất công trình mới."),
    )
    answer = compose("Phòng Nông nghiệp có nhiệm vụ gì trong việc các xã xây dựng công trình nước sạch?",
                     passages, lexicon=lexicon_of(passages))
    assert answer.found
    assert "chỉ đạo, hướng dẫn, kiểm tra" in answer.answer
    assert "báo cáo Sở Nông nghiệp" in answer.answer, answer.answer


def test_a_body_asked_is_answered_with_the_list_under_its_own_name():
    """"Sở Y tế được giao những việc gì": the list under "2.3. Sở Y tế:" — not one step of a procedure where Sở Y
    tế acts among other bodies, however many of the question's words that step shares."""
    own = "2.3. Sở Y tế:"
    section = "III. TỔ CHỨC THỰC HIỆN › 2. Các sở, ngành › 2.3. Sở Y tế:"
    passages = _passages(
        ("II. NỘI DUNG › 2.4. Bước 4: Lập đề án", "",
         "Trên cơ sở đề nghị của Ủy ban nhân dân huyện, Sở Y tế chủ trì, phối hợp với Sở Tài chính lập đề án "
         "nước sạch nông thôn trong kế hoạch của tỉnh."),
        (section, own, "Chủ trì kiểm tra chất lượng nước của các công trình nước sạch nông thôn."),
        ("II. NỘI DUNG › 2.5. Bước 5: Thẩm định", "",
         "Trên cơ sở đề nghị của Sở Y tế, Sở Tài chính thẩm định kinh phí thực hiện đề án."),
        (section, own, "Hướng dẫn các xã tuyên truyền sử dụng nước sạch an toàn."),
        (section, own, "Là cơ quan thường trực theo dõi, tổng hợp kết quả thực hiện kế hoạch."),
    )
    answer = compose("Sở Y tế được giao những việc gì trong kế hoạch nước sạch nông thôn?", passages,
                     lexicon=lexicon_of(passages))
    assert answer.found
    lines = answer.answer.splitlines()
    assert lines[0] == own, answer.answer
    assert "cơ quan thường trực" in answer.answer and "Bước 4" not in answer.answer
    assert "Sở Tài chính lập đề án" not in answer.answer


def test_the_issuer_of_the_text_named_is_not_the_body_asked():
    """"Theo Kế hoạch 15 của Sở Y tế, Ủy ban nhân dân huyện có nhiệm vụ gì": Sở Y tế says which plan; the answer is
    the list under "2. Ủy ban nhân dân huyện:", not the issuer's own list."""
    section = "III. TỔ CHỨC THỰC HIỆN"
    passages = _passages(
        ("II. NỘI DUNG › 2.4. Bước 4: Lập đề án", "",
         "Ủy ban nhân dân huyện đề nghị Sở Y tế lập đề án nước sạch nông thôn trong kế hoạch của tỉnh."),
        (f"{section} › 1. Sở Y tế:", "1. Sở Y tế:", "Chủ trì kiểm tra nhiệm vụ về nước sạch nông thôn của các huyện."),
        (f"{section} › 1. Sở Y tế:", "1. Sở Y tế:", "Tổng hợp kết quả thực hiện kế hoạch nước sạch nông thôn."),
        (f"{section} › 2. Ủy ban nhân dân huyện:", "2. Ủy ban nhân dân huyện:",
         "Rà soát nhu cầu nước sạch nông thôn của các xã."),
        (f"{section} › 2. Ủy ban nhân dân huyện:", "2. Ủy ban nhân dân huyện:",
         "Bố trí kinh phí duy tu công trình nước sạch."),
        title=f"Kế hoạch 15/KH-SYT {PLAN[9:]}")
    answer = compose("Theo Kế hoạch 15 của Sở Y tế, Ủy ban nhân dân huyện có nhiệm vụ gì về nước sạch nông thôn?",
                     passages, lexicon=lexicon_of(passages))
    assert answer.found
    assert "Sở Y tế:" not in answer.answer and "Chủ trì kiểm tra" not in answer.answer, answer.answer
    assert answer.answer.splitlines()[0] == "2. Ủy ban nhân dân huyện:", answer.answer
