"""Chat channels (terminal, Telegram, Zalo) over one answer service, and their shared runtime."""
