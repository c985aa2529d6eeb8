"""Ingestion: files → repaired Vietnamese text → structure → cited chunks and extracted data."""
