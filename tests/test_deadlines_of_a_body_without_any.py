"""/hanchot naming a body that has no deadline in the loaded documents says so and names the bodies that have some,
as a user who typed a body expects; it does not become a question about every deadline (which drops the body)."""
from __future__ import annotations

from bot.channels.replies import read_command


def test_a_body_without_deadlines_is_told_which_bodies_have_them(assistant):
    """Before, "/hanchot Văn phòng Chính phủ" (a known body no loaded plan gives a deadline) became the question "Các
    thời hạn … là gì?", answered for every body."""
    reply = read_command("hanchot", "Văn phòng Chính phủ", assistant)
    assert reply.question is None and reply.text, reply
    assert "Văn phòng Chính phủ" in reply.text
    first = reply.text.rsplit(":", 1)[1].strip(" .").split(", ")[0]
    assert read_command("hanchot", first, assistant).page is not None, reply.text  # a body named has deadlines
    assert read_command("hanchot", "cdcs", assistant).page is not None  # a body with deadlines is listed as before
