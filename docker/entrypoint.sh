#!/bin/bash
# Writes the runtime configuration (config/odoo.conf plus the secrets from the
# environment) and starts Odoo with it.
set -euo pipefail

: "${DB_HOST:=db}" "${DB_PORT:=5432}" "${DB_USER:=odoo}"
: "${DB_PASSWORD:?set DB_PASSWORD (see .env.example)}"
: "${ODOO_MASTER_PASSWORD:?set ODOO_MASTER_PASSWORD (see .env.example)}"

runtime=/var/lib/odoo/odoo-runtime.conf
umask 077
{
    cat /etc/people-made/odoo.conf
    printf '\ndb_host = %s\ndb_port = %s\ndb_user = %s\ndb_password = %s\nadmin_passwd = %s\n' \
        "$DB_HOST" "$DB_PORT" "$DB_USER" "$DB_PASSWORD" "$ODOO_MASTER_PASSWORD"
} > "$runtime"
export ODOO_RC="$runtime"

wait-for-psql.py --db_host "$DB_HOST" --db_port "$DB_PORT" --db_user "$DB_USER" \
    --db_password "$DB_PASSWORD" --timeout 60

case "${1:-odoo}" in
    odoo) shift || true; exec odoo -c "$runtime" "$@" ;;
    init) exec /usr/local/bin/people-made/init.sh "$runtime" ;;
    *) exec "$@" ;;
esac
