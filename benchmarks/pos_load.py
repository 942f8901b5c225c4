#!/usr/bin/env python3
# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
"""Benchmark: loading the Point of Sale with and without people_made_pos.

Builds two databases with Odoo's demo data: one with people_made_pos, one with
the same addons but without it (people_made_vendor, people_made_commission,
point_of_sale, pos_sale). Each gets 40 member organisations with 125 products
each available in the Point of Sale (5,000 products), and a session of the
demo shop is opened (every category offered). Both databases are served by
Odoo on loopback at once, and the benchmark times what the till asks the
server when it starts: `pos.session.load_data` over JSON-RPC, as the logged-in
shop manager, with the till's context (limited loading, as the till does by
default); the calls to both alternate, median of --rounds calls each after a
warm-up.

It prints both medians, the size of the answers and the ratio (with /
without); the target is at most 1.05. Usage (Odoo 19 importable, PostgreSQL
as for `make test`):

    python3 benchmarks/pos_load.py [--rounds 21] [--keep] [--reuse]
"""

import argparse
import statistics
import subprocess
import time

import requests
from odoo_process import new_database, odoo_command, odoo_shell

MEMBERS, PER_MEMBER = 40, 125
WITH_DB, WITHOUT_DB = "pm_bench_pos_with", "pm_bench_pos_without"
# the same Point of Sale, without people_made_pos
WITHOUT_MODULES = "people_made_vendor,people_made_commission,point_of_sale,pos_sale"

POPULATE = """
# runs in `odoo shell`, which provides env
env = env(context=dict(env.context, tracking_disable=True))
members = env["res.partner"].create(
    [{"name": f"Bench atelier {i}", "is_company": True, "is_pm_member": True,
      "email": f"atelier{i}@example.com"} for i in range(%(members)d)]
)
members.sudo().action_pm_activate()
env["product.template"].create([
    {"name": f"Bench product {i}-{j}", "list_price": 5 + j %% 40,
     "available_in_pos": True, "is_storable": True,
     "pm_member_id": member.id, "default_code": f"B{i:02d}{j:03d}"}
    for i, member in enumerate(members) for j in range(%(per)d)
])
config = env.ref("point_of_sale.pos_config_main")
# the demo shop offers a few categories only: offer every product
config.limit_categories = False
# the till is opened, and timed, by the shop manager (the demo's admin)
config.with_user(env.ref("base.user_admin")).open_ui()
print("SESSION", config.current_session_id.id)
env.cr.commit()
"""


def prepare(db, modules):
    script = POPULATE % {"members": MEMBERS, "per": PER_MEMBER}
    return int(new_database(db, modules, script, "SESSION", demo=True)[0])


def load_data(http, url, session_id):
    response = http.post(
        f"{url}/web/dataset/call_kw/pos.session/load_data",
        json={
            "jsonrpc": "2.0",
            "method": "call",
            "params": {
                "model": "pos.session",
                "method": "load_data",
                "args": [[session_id], []],
                "kwargs": {"context": {"pos_limited_loading": True}},
            },
        },
        timeout=300,
    )
    response.raise_for_status()
    result = response.json()
    if "error" in result:
        raise RuntimeError(result["error"])
    return result["result"], len(response.content)


def start_server(db, port):
    server = subprocess.Popen(
        odoo_command(db, "--http-interface=127.0.0.1", f"--http-port={port}"),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    for _ in range(120):
        try:
            requests.get(f"{url}/web/health", timeout=10)
            break
        except requests.RequestException:
            time.sleep(1)
    http = requests.Session()
    http.post(
        f"{url}/web/session/authenticate",
        json={"params": {"db": db, "login": "admin", "password": "admin"}},
        timeout=60,
    ).raise_for_status()
    return server, http, url


def measure(sessions, rounds):
    """Both databases served at once, their calls alternated: both see the
    same load of the machine. {db: (median ms, fastest ms, answer bytes,
    templates)}"""
    servers, results = {}, {}
    try:
        for port, db in enumerate(sessions, start=8393):
            servers[db] = start_server(db, port)
        for db, (_server, http, url) in servers.items():
            for _ in range(3):
                data, size = load_data(http, url, sessions[db])
            results[db] = ([], size, len(data["product.template"]))
        for _ in range(rounds):
            for db, (_server, http, url) in servers.items():
                start = time.perf_counter()
                load_data(http, url, sessions[db])
                results[db][0].append((time.perf_counter() - start) * 1000)
        return {
            db: (statistics.median(times), min(times), size, count)
            for db, (times, size, count) in results.items()
        }
    finally:
        for server, _http, _url in servers.values():
            server.terminate()
            server.wait(timeout=30)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=21)
    parser.add_argument("--keep", action="store_true", help="keep the databases")
    parser.add_argument(
        "--reuse", action="store_true", help="reuse databases kept by --keep"
    )
    args = parser.parse_args()
    sessions = {}
    for db, modules in (
        (WITH_DB, "people_made_pos"),
        (WITHOUT_DB, WITHOUT_MODULES),
    ):
        if args.reuse:
            out = odoo_shell(
                db,
                'print("SESSION", env.ref("point_of_sale.pos_config_main")'
                ".current_session_id.id)\n",
            )
            sessions[db] = int(
                next(x for x in out.splitlines() if x.startswith("SESSION")).split()[1]
            )
        else:
            sessions[db] = prepare(db, modules)
    results = measure(sessions, args.rounds)
    with_ms, with_min, with_size, with_products = results[WITH_DB]
    without_ms, without_min, without_size, without_products = results[WITHOUT_DB]
    print(
        f"{MEMBERS} members x {PER_MEMBER} products; median of {args.rounds} "
        "load_data calls per database, alternated"
    )
    print(
        f"with people_made_pos: {with_ms:.0f} ms (fastest {with_min:.0f}), "
        f"{with_size / 1e6:.2f} MB, "
        f"{with_products} product templates"
    )
    print(
        f"without: {without_ms:.0f} ms (fastest {without_min:.0f}), "
        f"{without_size / 1e6:.2f} MB, "
        f"{without_products} product templates"
    )
    print(
        f"ratio (with / without): {with_ms / without_ms:.3f} of the medians, "
        f"{with_min / without_min:.3f} of the fastest"
    )
    if not args.keep:
        for db in (WITH_DB, WITHOUT_DB):
            subprocess.run(["dropdb", "--if-exists", db], check=False)


if __name__ == "__main__":
    main()
