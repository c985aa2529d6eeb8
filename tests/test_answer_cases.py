"""A question asking which cases a law lays out ("trong trường hợp nào") is answered by the cases. Composer only, no
store."""
from __future__ import annotations

from bot.answer.composer import compose
from bot.answer.lexicon import Lexicon
from vectorstore.search import Passage


def _lexicon(passages: list[Passage]) -> Lexicon:
    lex = Lexicon()
    lex.add_documents(p.text for p in passages)
    return lex


def test_which_cases_is_answered_by_the_cases_not_by_a_sentence_saying_case():
    """"Trong trường hợp nào …?" asks which cases a law lays out: the article stating them answers, not another
    article's sentence that repeats "trường hợp" by the way."""
    law = "Luật Trọng tài thương mại"
    found = [Passage("c0", "tttm", law, "tttm.txt", "Điều 18. Thoả thuận trọng tài vô hiệu",
                     "5. Một trong các bên bị lừa dối, đe doạ, cưỡng ép trong quá trình xác lập thoả thuận trọng tài và "
                     "có yêu cầu tuyên bố thoả thuận trọng tài đó là vô hiệu.", 0.9, 0),
             Passage("c1", "tttm", law, "tttm.txt", "Điều 6. Toà án từ chối thụ lý khi có thoả thuận trọng tài",
                     "Trong trường hợp các bên tranh chấp đã có thoả thuận trọng tài mà một bên khởi kiện tại Toà án "
                     "thì Toà án phải từ chối thụ lý, trừ trường hợp thoả thuận trọng tài vô hiệu.", 0.89, 1)]
    ans = compose("Trong trường hợp nào thỏa thuận trọng tài bị vô hiệu?", found, lexicon=_lexicon(found))
    assert ans.found and ans.answer.startswith("Một trong các bên bị lừa dối")
    assert ans.citations[0].passage.section.startswith("Điều 18")
