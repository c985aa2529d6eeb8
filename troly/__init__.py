"""troly — trợ lý văn bản: grounded answers about Vietnamese directive documents."""
__version__ = "0.1.0"
