#!/usr/bin/env python3
# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
"""Benchmark: the story page behind a QR code under 20 concurrent clients.

Creates a database with people_made_story (and what it depends on), one
member and a published product with its story, serves it with Odoo on
loopback (two workers, as config/odoo.conf) and lets 20 clients request,
in the same run, the story page (/s/<code>) and Odoo's own product page of
the same product, --requests times each. The server time of every request is
read from Odoo's request log (SQL time plus the rest of the request's time)
and the 95th percentile of each page is printed, with their ratio. Target:
the story page under 50 ms at the 95th percentile.

    python3 benchmarks/story_page.py [--requests 400] [--keep]
"""

import argparse
import re
import statistics
import subprocess
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor

import requests
from odoo_process import odoo_command, odoo_shell

DB = "pm_bench_story"
PORT = 8293
CLIENTS = 20

POPULATE = """
member = env["res.partner"].create({
    "name": "Bench atelier", "is_company": True, "is_pm_member": True,
    "city": "Leuven", "pm_story": "<p>Wij maken onderzetters van kurk.</p>",
})
member.action_pm_activate()
product = env["product.template"].create({
    "name": "Bench onderzetter", "list_price": 12, "is_published": True,
    "pm_member_id": member.id, "pm_story": "<p>Van kurken uit Leuvense cafés.</p>",
})
env.cr.commit()
print("URLS", f"/s/{product.pm_story_code}", product.website_url)
"""

# werkzeug's line: "GET /path HTTP/1.1" 200 - <queries> <sql time> <other time>
LOG_LINE = re.compile(r'"GET (\S+) HTTP/1\.1" 200 - \d+ ([\d.]+) ([\d.]+)')


def percentile(values, share):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=400)
    parser.add_argument("--keep", action="store_true", help="keep the database")
    args = parser.parse_args()
    subprocess.run(["dropdb", "--if-exists", DB], check=False)
    subprocess.run(
        odoo_command(
            DB, "--init=people_made_story", "--without-demo", "--stop-after-init"
        ),
        check=True,
    )
    out = odoo_shell(DB, POPULATE)
    story, product = next(
        line for line in out.splitlines() if line.startswith("URLS")
    ).split()[1:]
    log = tempfile.TemporaryFile("w+")  # noqa: SIM115
    server = subprocess.Popen(
        odoo_command(
            DB,
            "--http-interface=127.0.0.1",
            f"--http-port={PORT}",
            # prefork, as config/odoo.conf runs Odoo: a request's server time
            # is its own, not the time it queued behind the others
            "--workers=2",
            "--log-handler=werkzeug:INFO",
        ),
        stdout=log,
        stderr=log,
    )
    try:
        base = f"http://127.0.0.1:{PORT}"
        for _ in range(120):
            try:
                requests.get(f"{base}/web/health", timeout=10)
                break
            except requests.RequestException:
                time.sleep(1)
        session = requests.Session()
        for path in (story, product):  # warm the caches
            for _ in range(5):
                session.get(base + path, timeout=60).raise_for_status()
        paths = [story, product] * args.requests

        def fetch(path):
            requests.get(base + path, timeout=60).raise_for_status()

        with ThreadPoolExecutor(CLIENTS) as pool:
            list(pool.map(fetch, paths))
        time.sleep(1)
    finally:
        server.terminate()
        server.wait(timeout=30)
    log.seek(0)
    times = {story: [], product: []}
    for match in LOG_LINE.finditer(log.read()):
        path, sql, other = match.groups()
        if path in times:
            times[path].append((float(sql) + float(other)) * 1000)
    for path in times:
        times[path] = times[path][5:]  # the warm-up requests
    p95_story = percentile(times[story], 0.95)
    p95_product = percentile(times[product], 0.95)
    print(f"{CLIENTS} concurrent clients, {args.requests} requests per page")
    print(
        f"story page {story}: p95 {p95_story:.1f} ms, "
        f"median {statistics.median(times[story]):.1f} ms"
    )
    print(
        f"Odoo's product page {product}: p95 {p95_product:.1f} ms, "
        f"median {statistics.median(times[product]):.1f} ms"
    )
    print(f"ratio (story / product page, p95): {p95_story / p95_product:.2f}")
    if not args.keep:
        subprocess.run(["dropdb", "--if-exists", DB], check=False)


if __name__ == "__main__":
    main()
