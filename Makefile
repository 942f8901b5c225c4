# People Made ERP: the two commands of README.md, and the checks CI runs.
#   make run                       serve Odoo with every addon and the demo network
#   make test [ADDON=x] [TAGS=y]   fresh database, install, run every test
#   make lint                      ruff and pylint-odoo (OCA's mandatory checks)
#   make backup [KEEP=14]          database + filestore in backups/<db>-<date>.tar
#   make restore FILE=x DB=new     restore an archive into a new database

PYTHON ?= python3
DB ?= people_made
HTTP_PORT ?= 8069
HTTP_INTERFACE ?= 127.0.0.1
GEVENT_PORT ?= 8072
# Odoo's default data directory (filestore, sessions) for a user
DATA_DIR ?= $(HOME)/.local/share/Odoo
BACKUP_DIR ?= backups
KEEP ?= 14
# PostgreSQL connection, as libpq reads it
export PGHOST ?= localhost
export PGPORT ?= 5432
export PGUSER ?= odoo
export PGPASSWORD ?= odoo

comma := ,
space := $(subst ,, )
MANIFESTS := $(wildcard */__manifest__.py addons/*/__manifest__.py)
ADDON_DIRS := $(patsubst %/,%,$(dir $(MANIFESTS)))
ADDONS := $(subst $(space),$(comma),$(sort $(notdir $(ADDON_DIRS))))
ADDONS_PATH := $(subst $(space),$(comma),$(sort $(abspath $(dir $(ADDON_DIRS)))))
CHECK_ODOO := $(PYTHON) -c "import odoo.release as r; assert r.version_info[0] == 19" 2>/dev/null \
	|| { echo "Odoo 19 is not importable by $(PYTHON): install Odoo 19 Community as a Python package (pip install -e <odoo-19-source>), or use Docker: docker compose up." >&2; exit 2; }
# config/odoo.conf (workers, limits, proxy mode), with what differs outside
# Docker given on the command line, which wins over the file.
ODOO := $(PYTHON) -m odoo --config=config/odoo.conf --addons-path=$(ADDONS_PATH) \
	--data-dir=$(DATA_DIR) --db_host=$(PGHOST) --db_port=$(PGPORT) \
	--db_user=$(PGUSER) --db_password=$(PGPASSWORD) --database=$(DB) --db-filter=^$(DB)$$ \
	--http-interface=$(HTTP_INTERFACE) --http-port=$(HTTP_PORT) --gevent-port=$(GEVENT_PORT)

.PHONY: run test lint check-odoo backup restore

check-odoo:
	@$(CHECK_ODOO)

# First start: create the database with every addon, the demo network, Dutch and
# French. Later starts: reuse it as it is.
run: check-odoo
	@if psql -XtAc "SELECT 1 FROM pg_database WHERE datname = '$(DB)'" postgres | grep -q 1; then \
		echo "Serving the existing database $(DB) on http://localhost:$(HTTP_PORT)"; \
		$(ODOO); \
	else \
		echo "Creating $(DB) with $(ADDONS) and the demo network"; \
		$(ODOO) --init=$(ADDONS) --with-demo --load-language=nl_BE,fr_BE; \
	fi

test: check-odoo
	@$(PYTHON) tests/run.py $(if $(ADDON),--addons=$(ADDON)) $(if $(TAGS),--tags=$(TAGS))

lint:
	ruff check .
	ruff format --check .
	$(PYTHON) -m pylint --rcfile=.pylintrc-mandatory $(ADDON_DIRS)
	$(PYTHON) -m pylint --rcfile=.pylintrc --exit-zero $(ADDON_DIRS)

backup:
	$(PYTHON) docker/backup.py backup --db=$(DB) --data-dir=$(DATA_DIR) \
		--dest=$(BACKUP_DIR) --keep=$(KEEP)

restore:
	@test -n "$(FILE)" || { echo "usage: make restore FILE=backups/<archive>.tar DB=<new database>" >&2; exit 2; }
	$(PYTHON) docker/backup.py restore --file=$(FILE) --db=$(DB) --data-dir=$(DATA_DIR)
