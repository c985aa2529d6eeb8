"""Storage and search: Chroma (source of truth), dense embeddings, a Vietnamese lexical index, fused."""
