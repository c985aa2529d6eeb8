"""Answers: question analysis, the offline composer, abstention, obligations, follow-ups, the language-model mode."""
