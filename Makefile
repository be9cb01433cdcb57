# Cakeshop Desktop: the two commands a newcomer needs are `make run` and `make test`.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test lint bench bench-data clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(VENV)/bin/cakeshop

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy cakeshop_desktop/core

bench-data: $(STAMP)
	$(PY) bench/generate.py

bench: $(STAMP)
	$(PY) bench/run_all.py

# Designer forms: ui/<name>.ui -> cakeshop_desktop/gui/forms/ui_<name>.py (a test checks they are fresh)
forms: $(STAMP)
	@for form in ui/*.ui; do \
		name=$$(basename $$form .ui); \
		$(VENV)/bin/pyside6-uic $$form -o cakeshop_desktop/gui/forms/ui_$$name.py || exit 1; \
		echo "$$form -> cakeshop_desktop/gui/forms/ui_$$name.py"; \
	done

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache
