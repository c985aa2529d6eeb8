"""The error type ingestion raises for a bad file, with its message in Vietnamese."""


class IngestError(Exception):
    """A file that cannot be ingested; str(exc) is shown to the user as is."""

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else ""


class LostLetters(IngestError):
    """A text whose Vietnamese letters were saved as "?" (ingest/decode.py ensure_letters). `head`, its opening,
    lets the store side say which loaded document it is a damaged copy of (vectorstore/versions.py damaged_copy_of):
    the header it would be matched by is damaged too. Both are args, so it crosses the reading worker's pickling."""

    def __init__(self, message: str, head: str = "") -> None:
        super().__init__(message, head)
        self.head = head
