# Cakeshop Desktop: the two commands a newcomer needs are `make run` and `make test`.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test lint mutation gui-runs bench bench-data clean forms translations resources bundle deb

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(VENV)/bin/cakeshop --demo

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy cakeshop_desktop/core

# Mutation testing of the shop's rule modules, each against its own tests on SQLite; slow
# (about an hour in all on a quiet 2-core machine), so not part of `make test`. One worker,
# at low priority. Some modules only: make mutation MODULES="pricing cart"
mutation: $(STAMP)
	nice -n 19 $(PY) mutation/run.py $(MODULES)

# The GUI tests again and again under Python's fault handler, to catch a crash that shows
# only now and then (an object's Python and Qt sides disagreeing about who deletes it);
# stops at the first run that fails. make gui-runs RUNS=30
RUNS ?= 30
gui-runs: $(STAMP)
	@for run in $$(seq $(RUNS)); do \
	  QT_QPA_PLATFORM=offscreen $(PY) -X faulthandler -m pytest -q -p no:cacheprovider tests/gui \
	    || { echo "gui-runs: run $$run of $(RUNS) failed"; exit 1; }; \
	  echo "gui-runs: run $$run of $(RUNS) passed"; \
	done

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

# Resources: resources/resources.qrc (the svg icons, the compiled translations) ->
# cakeshop_desktop/gui/resources_rc.py. Format 1 keeps no file times, so every checkout compiles
# the same bytes (a test checks the module is fresh).
RCC = $(VENV)/bin/pyside6-rcc --format-version 1 resources/resources.qrc -o cakeshop_desktop/gui/resources_rc.py

resources: $(STAMP)
	$(RCC)

# Translations: refresh the .ts sources from the code and the forms, compile the .qm files,
# then the resources that carry them.
TS_FILES := resources/translations/cakeshop_ru.ts
TR_SOURCES = $(shell find cakeshop_desktop -name '*.py' -not -path '*/forms/*' -not -name resources_rc.py -not -path '*/__pycache__/*' | sort) $(wildcard ui/*.ui)

# English needs only the plural forms ("1 cake", "2 cakes"): the rest is the source text.
PLURAL_TS_FILES := resources/translations/cakeshop_en.ts
LUPDATE_OPTIONS := -no-obsolete -locations none -tr-function-alias tr+=_tr,QT_TR_NOOP+=tr_noop

translations: $(STAMP)
	$(VENV)/bin/pyside6-lupdate $(LUPDATE_OPTIONS) $(TR_SOURCES) -ts $(TS_FILES)
	$(VENV)/bin/pyside6-lupdate $(LUPDATE_OPTIONS) -pluralonly $(TR_SOURCES) -ts $(PLURAL_TS_FILES)
	$(VENV)/bin/pyside6-lrelease $(TS_FILES) $(PLURAL_TS_FILES)
	$(RCC)

# The one-folder PyInstaller bundle dist/cakeshop (build.spec), checked offscreen.
bundle: $(STAMP)
	$(PY) -m pip install --quiet -e '.[bundle]'
	$(VENV)/bin/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller build.spec
	QT_QPA_PLATFORM=offscreen CAKESHOP_DATA_DIR=$$(mktemp -d) CAKESHOP_CONFIG_DIR=$$(mktemp -d) \
		dist/cakeshop/cakeshop --self-check

# The Linux packages: dist/cakeshop_<version>_<arch>.deb and dist/cakeshop-<version>-linux-<arch>.tar.gz
deb: bundle
	packaging/linux/build-deb.sh
