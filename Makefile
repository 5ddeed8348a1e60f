# The two commands a newcomer needs: `make run` and `make test`. See README.md.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
INSTALLED := $(VENV)/.installed
# A local run: debug mode and the SQLite file next to the project unless DATABASE_URL is set.
LOCAL := DEBUG=true

.PHONY: install run test e2e bench export-memory security lint typecheck format messages clean

$(PY):
	$(PYTHON) -m venv $(VENV)

$(INSTALLED): requirements.lock requirements-dev.lock | $(PY)
	$(PY) -m pip install --quiet --upgrade pip==24.3.1
	$(PY) -m pip install --quiet -r requirements-dev.lock
	touch $@

install: $(INSTALLED)

run: install
	$(LOCAL) $(PY) manage.py migrate --noinput
	$(LOCAL) $(PY) manage.py load_demo_content
	@echo "Serving http://127.0.0.1:8000/ (stop with Ctrl+C)"
	$(LOCAL) $(PY) manage.py runserver 127.0.0.1:8000

test: install
	$(PY) -m pytest

# Browser journeys and the accessibility audit, in Debian's Chromium (installed when missing;
# Playwright never downloads a browser here). Screenshots: artifacts/screenshots/.
CHROMIUM ?= /usr/bin/chromium
$(CHROMIUM):
	apt-get update -qq && apt-get install -y -qq chromium

# The site is served as in production: nginx (Debian's, installed when missing) in front of
# gunicorn, with the configuration of `manage.py nginx_config`.
NGINX ?= /usr/sbin/nginx
$(NGINX):
	apt-get update -qq && apt-get install -y -qq nginx

e2e: install $(CHROMIUM) $(NGINX)
	CHROMIUM=$(CHROMIUM) NGINX=$(NGINX) $(PY) -m pytest -m e2e tests/e2e

# Load test with wrk against gunicorn and production settings; not part of CI (timings belong
# in benchmarks, not tests). Results: bench-results/.
bench: install
	command -v wrk >/dev/null || (apt-get update -qq && apt-get install -y -qq wrk)
	$(PY) .ci/bench.py

# Peak memory of the committee's CSV export for 10,000 and 100,000 entries, each in a throwaway
# database (SQLite; EXPORT_DATABASE=postgres for a temporary PostgreSQL database).
export-memory: install
	$(PY) .ci/export_memory.py

# Static analysis of the project's own code for security problems.
security: install
	$(VENV)/bin/bandit -q -c pyproject.toml -r imp_site projects drugs registry community

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(MAKE) typecheck

# Types of the project's own code (mypy with django-stubs; configured in pyproject.toml).
typecheck: install
	DEBUG=true $(VENV)/bin/mypy

format: install
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

# Refresh the catalogues after changing texts; translate the new entries, then compile.
messages: install
	$(LOCAL) $(PY) manage.py makemessages --locale fr --locale nl --ignore '.venv/*' --no-obsolete
	$(LOCAL) $(PY) manage.py compilemessages --ignore '.venv/*'

clean:
	rm -rf $(VENV) staticfiles
