# Two commands do all the set-up on a fresh machine: `make run` and `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint eval bench clean screenshots

$(STAMP): pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

# Start the relay on its embedded defaults: SQLite under ./var, SMTP on 127.0.0.1:2525
# (STARTTLS offered; loopback clients need no AUTH), SMTP in implicit TLS on 127.0.0.1:2465,
# review UI and /metrics on http://127.0.0.1:8025, relaying to files in ./var/outbox
# (the explicit try-it upstream; production configs name a real smarthost). The certificate
# is self-signed, made in ./var/tls on the first run: clients must not verify it.
run: $(STAMP)
	mkdir -p var/outbox
	$(BIN)/bsm-guard serve --database sqlite+aiosqlite:///var/bsm-guard.db \
		--upstream capture:var/outbox --allow-network 127.0.0.0/8 --allow-network ::1/128 \
		--tls-listen 127.0.0.1:2465 --tls-self-signed var/tls

# The whole test suite (PostgreSQL tests run when 127.0.0.1:5432 answers), then the tests of
# real `serve` processes once more with two worker processes each (`serve --workers 2`).
test: $(STAMP)
	$(BIN)/pytest
	BSM_GUARD_TEST_WORKERS=2 $(BIN)/pytest -q $(WORKER_TESTS)

WORKER_TESTS := tests/test_two_instances.py tests/test_prometheus.py tests/test_faults.py

lint: $(STAMP)
	$(BIN)/ruff check proxy tests bench tools
	$(BIN)/ruff format --check proxy tests bench tools
	$(BIN)/mypy --strict proxy

eval: $(STAMP)
	$(BIN)/bsm-guard eval ../shared/corpus

bench: $(STAMP)
	$(BIN)/python bench/judge.py
	$(BIN)/python bench/rules_scaling.py
	$(BIN)/python bench/throughput.py

clean:
	rm -rf $(VENV) var .pytest_cache .mypy_cache .ruff_cache

# Refresh the README screenshots from the browser tests' artefacts (tests never write to docs/).
screenshots: $(STAMP)
	$(BIN)/pytest -q tests/test_web_browser.py
	cp tests/artifacts/list.png tests/artifacts/detail.png docs/screenshots/
