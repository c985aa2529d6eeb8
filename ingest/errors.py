"""The one error type ingestion raises for a bad file, with its message in Vietnamese."""


class IngestError(Exception):
    """A file that cannot be ingested; str(exc) is shown to the user as is."""
