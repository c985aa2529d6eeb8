"""A question naming a case and asking what follows ("Nếu ngày họp rơi vào Chủ nhật thì sao?") asks the rule for that
case: a line stating a condition and its outcome ("Trường hợp ngày họp trùng vào ngày nghỉ thì lùi sang ngày làm việc
tiếp theo", "Đơn vị không gửi báo cáo … sẽ bị …") answers it before a line only naming the case (a schedule's row
noting "Ngày 15/6 là Chủ nhật"), which shares the question's words and says nothing of what follows. The words:
prompts/question_cues.toml [outcome]."""
from __future__ import annotations

import re

from troly.tables import toml
from troly.texts import alternation
from troly.vntext import fold

_W = toml("question_cues.toml")["outcome"]
_CONSEQUENCE = toml("obligation_words.toml")["not_obligations"]["consequence"]  # "sẽ bị", "sẽ không được"
_THEN = alternation(_W["then"])
_ASKS = re.compile(rf"(?<!\w){alternation(map(fold, _W['then']))}\s+{alternation(map(fold, _W['asks']))}"
                   rf"(?:\s+{alternation(map(fold, _W['particles']))})*[\s?.!]*$")
_STATES = re.compile(rf"(?<!\w){alternation(_W['condition'])}(?!\w).+?(?<!\w){_THEN}(?!\w)"
                     rf"|(?<!\w){alternation(_CONSEQUENCE)}(?!\w)")


def asks_outcome(question: str) -> bool:
    """Whether the question names a case and asks what follows ("… thì sao?", "… thì xử lý thế nào?")."""
    return bool(_ASKS.search(fold(question)))


def states_outcome(line: str) -> bool:
    """Whether the line states a condition and what follows it ("Trường hợp … thì …", "Nếu … thì …"), or what befalls
    a case ("… sẽ bị đưa vào danh sách kiểm tra")."""
    return bool(_STATES.search(line.lower()))
