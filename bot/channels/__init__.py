"""Chat channels (terminal, Telegram, Zalo) over one answer service: each is one module plus one line
in registry.py; what they share lives in modules with one job each (see README, "Chat channels")."""
