#!/usr/bin/env python3
# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
"""Benchmark: the story page behind a QR code under 20 concurrent clients,
from Odoo directly and through the project's nginx (config/nginx/).

Creates a database with people_made_story (and what it depends on), one
member and a published product with its story, serves it with Odoo on
loopback (two workers, as config/odoo.conf) and with Debian's nginx in front
of it (docker/nginx_local.py, the configuration of docker-compose's proxy),
and lets 20 clients (each with its own keep-alive connection) request, one
page after the other, the story page (/s/<code>) and Odoo's own product page
of the same product, --requests times each, from Odoo and through nginx.
It prints, per page and way:

* the server time's 95th percentile (for Odoo directly), read from Odoo's
  request log (SQL time plus the rest of the request's time);
* the client's 95th percentile (what a phone waits for, loopback) and the
  requests per second;
* the ratios of the story page against the product page.

Targets: the story page's server p95 at most 20 ms from Odoo; its client
p95 under 10 ms through nginx.

    python3 benchmarks/story_page.py [--requests 400] [--keep] [--reuse]
"""

import argparse
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import requests
from odoo_process import ROOT, odoo_command, odoo_shell

sys.path.insert(0, str(ROOT / "docker"))
from nginx_local import LocalNginx

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


def run_load(base, path, count, verify=True):
    """``count`` requests of ``path`` by CLIENTS threads, each with its own
    keep-alive session; return the client times (ms) and requests/s."""
    local = threading.local()

    def fetch(_i):
        session = getattr(local, "session", None)
        if session is None:
            session = local.session = requests.Session()
        start = time.perf_counter()
        # verify per request: REQUESTS_CA_BUNDLE would win over a session's;
        # a long connect timeout: 20 clients overflow the listen queue of
        # two prefork workers (16), and a dropped SYN is retried after 1, 3,
        # 7, 15, 31 s
        try:
            session.get(base + path, timeout=(300, 120), verify=verify)
        except requests.RequestException:
            return None  # counted as an error, not as a time
        return (time.perf_counter() - start) * 1000

    started = time.perf_counter()
    with ThreadPoolExecutor(CLIENTS) as pool:
        times = list(pool.map(fetch, range(count)))
    elapsed = time.perf_counter() - started
    return [t for t in times if t is not None], count / elapsed, times.count(None)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=400)
    parser.add_argument("--keep", action="store_true", help="keep the database")
    parser.add_argument(
        "--reuse", action="store_true", help="reuse the database of a kept run"
    )
    parser.add_argument("--db", default=DB)
    parser.add_argument("--port", type=int, default=PORT, help="Odoo's (and +1)")
    args = parser.parse_args()
    db, port = args.db, args.port
    if not args.reuse:
        subprocess.run(["dropdb", "--if-exists", db], check=False)
        subprocess.run(
            odoo_command(
                db, "--init=people_made_story", "--without-demo", "--stop-after-init"
            ),
            check=True,
        )
    out = odoo_shell(db, POPULATE)
    story, product = next(
        line for line in out.splitlines() if line.startswith("URLS")
    ).split()[1:]
    log = tempfile.TemporaryFile("w+")  # noqa: SIM115
    server = subprocess.Popen(
        odoo_command(
            db,
            "--http-interface=127.0.0.1",
            f"--http-port={port}",
            f"--gevent-port={port + 1}",
            # prefork, as config/odoo.conf runs Odoo: a request's server time
            # is its own, not the time it queued behind the others
            "--workers=2",
            "--log-handler=werkzeug:INFO",
        ),
        stdout=log,
        stderr=log,
    )
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        nginx = LocalNginx(tmp, f"127.0.0.1:{port}", f"127.0.0.1:{port + 1}", 2)
        try:
            base = f"http://127.0.0.1:{port}"
            for _ in range(120):
                try:
                    requests.get(f"{base}/web/health", timeout=10)
                    break
                except requests.RequestException:
                    time.sleep(1)
            nginx.start()
            for path in (story, product):  # warm both workers' caches
                for _ in range(10):
                    requests.get(base + path, timeout=60).raise_for_status()
            for way, url, verify in (
                ("Odoo", base, True),
                ("nginx", nginx.url, nginx.cert),
            ):
                for path in (story, product):
                    results[way, path] = run_load(url, path, args.requests, verify)
            time.sleep(1)
        finally:
            nginx.stop()
            server.terminate()
            server.wait(timeout=30)
    log.seek(0)
    server_times = {story: [], product: []}
    for match in LOG_LINE.finditer(log.read()):
        path, sql, other = match.groups()
        if path in server_times:
            server_times[path].append((float(sql) + float(other)) * 1000)
    for path in server_times:
        # the warm-up requests, and those nginx made
        server_times[path] = server_times[path][10 : 10 + args.requests]
    names = {story: f"story page {story}", product: f"Odoo's product page {product}"}
    print(f"{CLIENTS} concurrent clients, {args.requests} requests per page and way")
    for path in (story, product):
        times = server_times[path]
        print(
            f"{names[path]}: server p95 {percentile(times, 0.95):.1f} ms, "
            f"median {statistics.median(times):.1f} ms"
        )
    for (way, path), (times, rate, errors) in results.items():
        print(
            f"{names[path]} from {way}: client p95 {percentile(times, 0.95):.1f} ms, "
            f"median {statistics.median(times):.1f} ms, {rate:.0f} requests/s"
            + (f", {errors} failed (timeouts)" if errors else "")
        )
    server_p95 = {path: percentile(server_times[path], 0.95) for path in names}
    print(
        "ratio (story / product page, server p95): "
        f"{server_p95[story] / server_p95[product]:.2f}"
    )
    for way in ("Odoo", "nginx"):
        p95 = {path: percentile(results[way, path][0], 0.95) for path in names}
        print(
            f"ratio (story / product page, client p95, {way}): "
            f"{p95[story] / p95[product]:.2f}"
        )
    if not args.keep:
        subprocess.run(["dropdb", "--if-exists", db], check=False)


if __name__ == "__main__":
    main()
