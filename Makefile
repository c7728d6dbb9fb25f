# Two commands for a fresh machine: `make run` and `make test`.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
NODE_DIR := .cache/node
AXE := $(NODE_DIR)/node_modules/axe-core/axe.min.js
DIST_STAMP := $(VENV)/.dist-stamp
export QT_QPA_PLATFORM ?= offscreen

.PHONY: run test lint bench reliability screenshots translations sysdeps guideps dist clean

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

# System packages the tests use, installed only when missing (we are root on CI).
sysdeps:
	@missing=""; \
	command -v pdftotext >/dev/null || missing="$$missing poppler-utils"; \
	command -v chromium >/dev/null || missing="$$missing chromium"; \
	fc-list :lang=zh 2>/dev/null | grep -q . || missing="$$missing fonts-wqy-microhei"; \
	command -v npm >/dev/null || missing="$$missing npm"; \
	command -v desktop-file-validate >/dev/null || missing="$$missing desktop-file-utils"; \
	command -v appstreamcli >/dev/null || missing="$$missing appstream"; \
	command -v dpkg-deb >/dev/null || missing="$$missing dpkg-dev"; \
	command -v update-mime-database >/dev/null || missing="$$missing shared-mime-info"; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  (apt-get update -qq || true) && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	fi
	@# axe-core for the phone-page accessibility tests (tests/servers/chromium.py finds it).
	@test -f $(AXE) || (mkdir -p $(NODE_DIR) && cd $(NODE_DIR) && \
	  npm install --no-audit --no-fund --silent axe-core@4)

# The X11 libraries Qt's xcb platform plugin loads (a desktop has them; a bare machine
# with only a virtual screen may not), installed only when missing.
guideps:
	@missing=""; \
	for lib in libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 \
	  libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libxkbcommon-x11-0; do \
	  dpkg -s $$lib >/dev/null 2>&1 || missing="$$missing $$lib"; \
	done; \
	if [ -n "$$missing" ] && command -v apt-get >/dev/null; then \
	  echo "installing:$$missing"; \
	  (apt-get update -qq || true) && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	fi

run: $(STAMP) guideps
	QT_QPA_PLATFORM= $(PY) main.py

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports --no-cache
	$(VENV)/bin/mypy

# Two workers: many tests wait on subprocesses and servers, and the suite must stay
# under 10 minutes on the 2-core CI machines.
test: $(STAMP) sysdeps lint
	$(PY) -m pytest -q -p no:cacheprovider -n 2

# PyInstaller (the dist extra) goes into the same venv, only for make dist.
$(DIST_STAMP): $(STAMP)
	$(PY) -m pip install --quiet -e '.[dev,dist]'
	touch $(DIST_STAMP)

# The Debian package: dist/tourplanner_VERSION_amd64.deb (see docs/packaging.md).
dist: $(DIST_STAMP) sysdeps
	packaging/build-deb.sh $(PY)

screenshots: $(STAMP)
	$(PY) -m tourplanner.qt.screenshots docs/screenshots

# One catalogue for every layer (docs/translations.md): lupdate reads tr(), translate()
# and QT_TRANSLATE_NOOP in all of tourplanner/; the English file holds only plurals.
translations: $(STAMP)
	$(VENV)/bin/pyside6-lupdate $$(find tourplanner -name "*.py" | sort) -ts resources/i18n/tourplanner_zh_CN.ts -no-obsolete
	$(VENV)/bin/pyside6-lupdate $$(find tourplanner -name "*.py" | sort) -ts resources/i18n/tourplanner_en.ts -pluralonly -no-obsolete -source-language en -target-language en
	$(VENV)/bin/pyside6-lrelease resources/i18n/tourplanner_zh_CN.ts -qm resources/i18n/tourplanner_zh_CN.qm
	$(VENV)/bin/pyside6-lrelease resources/i18n/tourplanner_en.ts -qm resources/i18n/tourplanner_en.qm

bench: $(STAMP)
	$(PY) -m bench.run

# Crash trials, fuzzing, concurrency, privacy and fault runs; writes docs/RELIABILITY.md.
reliability: $(STAMP) sysdeps
	$(PY) -m reliability.run

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .mypy_cache build dist
