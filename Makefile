# The two commands of the README: `make run` (the monitor) and `make test` (the suite). Both install first.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: install run test soak demo lint bench kafka-start kafka-stop

$(BIN)/streams: pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $@

# The classifier's rule modules compiled with mypyc (streams/classify/engine.py): same rules, faster. Rebuilt
# whenever one of them changes; until then the package runs their Python source (and warns).
streams/classify/.built: $(wildcard streams/classify/*.py) $(BIN)/streams
	$(BIN)/python -m streams.classify.build
	touch $@

install: $(BIN)/streams streams/classify/.built

## Local Kafka broker + worker polling feeds.yaml; alerts on the console when no Slack token is set.
run: install
	$(BIN)/streams run

## Lint, type-check, then every test; the tests start their own Kafka broker (jars fetched once, cached).
test: install
	$(BIN)/streams kafka fetch
	$(BIN)/ruff check .
	$(BIN)/mypy
	$(BIN)/pytest -q

## Every fault scenario on a real broker, the long ones too; figures in faults-report.md.
soak: install
	$(BIN)/streams kafka fetch
	STREAMS_SOAK=1 STREAMS_FAULTS_REPORT=faults-report.md $(BIN)/pytest -q tests/faults

## The whole pipeline offline against the bundled sample feeds; prints the alerts, then exits.
demo: install
	$(BIN)/streams demo

lint: install
	$(BIN)/ruff check .
	$(BIN)/mypy

bench: install
	$(BIN)/python -m bench all --quick

kafka-start: install
	$(BIN)/streams kafka start

kafka-stop: install
	$(BIN)/streams kafka stop
