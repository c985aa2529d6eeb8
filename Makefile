# Two commands on a fresh machine: `make run` and `make test`.
PY      ?= python3
VENV    := .venv
BIN     := $(VENV)/bin
DOCS    ?= $(if $(wildcard ../shared/corpus),../shared/corpus,)

.PHONY: run test test-seed test-corpus install install-dev bench eval clean

$(BIN)/troly: pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e .
	@touch $@

install: $(BIN)/troly

$(VENV)/.dev: $(BIN)/troly
	$(BIN)/pip install -q -e '.[st,test]'
	@touch $@

install-dev: $(VENV)/.dev

# On an empty store the chat itself says how to load documents.
run: install
	@if [ -n "$(DOCS)" ]; then $(BIN)/troly ingest $(DOCS); fi
	$(BIN)/troly chat

# One test worker per core of a 2-core machine (pytest-xdist).
test: install-dev
	$(BIN)/pytest -q -n 2

# The vectors shipped with the tests (tests/data/test-vectors.npz) rebuilt from one `make test` run: the passages it
# used, the questions it asked (tests/seed_vectors.py says how). After a change to the tests' documents or questions.
test-seed: install-dev
	run=$$(mktemp -d)/vectors.sqlite && TROLY_TEST_SEED=passages TROLY_TEST_EMBED_CACHE=$$run $(BIN)/pytest -q -n 2 \
		&& $(BIN)/python -m tests.seed_vectors $$run

# Every corpus-dev document loaded once; whom it is sent to, cited (minutes).
test-corpus: install-dev
	$(BIN)/pytest -q -m corpus

eval: install
	$(BIN)/python ../shared/eval/qa_eval.py --qa ../shared/eval/dev_qa.jsonl --corpus ../shared/corpus

bench: install-dev
	$(BIN)/python bench/ingest.py
	$(BIN)/python bench/query.py
	$(BIN)/python bench/bot_load.py

clean:
	rm -rf $(VENV) .pytest_cache
