#!/bin/bash
# One-shot: on the first start only, create the database with every People Made
# addon and the demo network, in Dutch and French, and set the admin password.
set -euo pipefail
config="$1"
db=people_made

installed=$(PGPASSWORD="$DB_PASSWORD" psql -h "$DB_HOST" -p "$DB_PORT" -U "$DB_USER" -d postgres -tAc \
    "SELECT 1 FROM pg_database WHERE datname = '$db'" || true)
if [ "$installed" = "1" ]; then
    echo "Database $db exists: nothing to initialise."
    exit 0
fi

addons=$(find /mnt/people-made /mnt/people-made/addons -mindepth 2 -maxdepth 2 \
    -name __manifest__.py -printf '%h\n' | xargs -n1 basename | sort | paste -sd, -)
echo "Creating $db with: $addons"
odoo -c "$config" -d "$db" -i "$addons" --with-demo --load-language=nl_BE,fr_BE \
    --stop-after-init --workers=0 --max-cron-threads=0
odoo shell -c "$config" -d "$db" --no-http --workers=0 <<'PY'
import os
env.ref("base.user_admin").password = os.environ["ODOO_ADMIN_PASSWORD"]
env.cr.commit()
PY
echo "People Made is ready."
