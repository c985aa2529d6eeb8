"""Answering and talking: the answer service and its channels (terminal, Telegram, Zalo)."""
