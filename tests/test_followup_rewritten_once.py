"""A follow-up is made standalone once: the second rewrite (with the question before read with only the words the
documents vouch for, how it is shown) is needed only when a question before it was typed without diacritics; a chat
typed with them went over the whole history twice for each message (review47 R12). The chat is this file's own."""
from __future__ import annotations

from bot.answer.followup import FollowupRewriter


def _counted(monkeypatch) -> list[str]:
    calls: list[str] = []
    rewrite = FollowupRewriter.rewrite

    def counting(self, question, *args, **kwargs):
        calls.append(question)
        return rewrite(self, question, *args, **kwargs)

    monkeypatch.setattr(FollowupRewriter, "rewrite", counting)
    return calls


def test_a_chat_typed_with_diacritics_is_rewritten_once_per_message(assistant, monkeypatch):
    calls = _counted(monkeypatch)
    history = [("Hội thao công nhân tổ chức ở đâu?", "…"), ("Giải nhất được thưởng bao nhiêu tiền?", "…")]
    answer = assistant.ask("còn giải nhì thì sao?", history)
    assert calls.count("còn giải nhì thì sao?") == 1, calls
    assert answer.question != "còn giải nhì thì sao?"  # still asked as the standalone question it stands for


def test_after_a_question_typed_without_diacritics_the_shown_form_is_still_its_own(assistant, monkeypatch):
    calls = _counted(monkeypatch)
    assistant.ask("còn giải nhì thì sao?", [("giai nhat duoc thuong bao nhieu tien?", "…")])
    assert calls.count("còn giải nhì thì sao?") == 2, calls  # the standalone form, then the one shown
