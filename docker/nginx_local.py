# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
"""Run the project's nginx configuration (config/nginx/) with the nginx of
this machine (Debian's package), in front of an Odoo on this machine: what
the proxy test and benchmarks/story_page.py do, as the `proxy` service of
docker-compose.yml does with the official image."""

import os
import re
import shutil
import socket
import subprocess
import time
from pathlib import Path

from selfsigned_cert import write_certificate

ROOT = Path(__file__).resolve().parent.parent
TEMPLATE = ROOT / "config" / "nginx" / "people-made.conf.template"

# the main configuration: everything under the run's own directory, so that
# it runs unprivileged, beside any other nginx
MAIN_CONF = """
{user}
daemon off;
worker_processes {workers};
pid {tmp}/nginx.pid;
error_log {tmp}/error.log warn;
events {{ worker_connections 1024; }}
http {{
    include /etc/nginx/mime.types;
    access_log off;
    client_body_temp_path {tmp}/body;
    proxy_temp_path {tmp}/proxy;
    fastcgi_temp_path {tmp}/fastcgi;
    uwsgi_temp_path {tmp}/uwsgi;
    scgi_temp_path {tmp}/scgi;
    include {tmp}/people-made.conf;
}}
"""


def render_template(values, text=None):
    """What the nginx image does with envsubst: ${PM_...} replaced, nginx's
    own $variables left alone."""
    text = TEMPLATE.read_text() if text is None else text
    return re.sub(r"\$\{(PM_\w+)\}", lambda match: str(values[match[1]]), text)


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class LocalNginx:
    """nginx on two free loopback ports (HTTP, HTTPS) in front of ``odoo``
    (host:port), with a self-signed certificate, in directory ``tmp``."""

    def __init__(self, tmp, odoo, websocket=None, workers=1):
        self.tmp = Path(tmp)
        self.http, self.https = free_port(), free_port()
        self.cert = str(self.tmp / "certs" / "fullchain.pem")
        write_certificate(self.tmp / "certs")
        (self.tmp / "cache").mkdir(exist_ok=True)
        (self.tmp / "people-made.conf").write_text(
            render_template(
                {
                    "PM_SERVER_NAME": "_",
                    "PM_ODOO": odoo,
                    "PM_ODOO_WEBSOCKET": websocket or odoo,
                    "PM_HTTP_PORT": f"127.0.0.1:{self.http}",
                    "PM_HTTPS_PORT": f"127.0.0.1:{self.https}",
                    "PM_CERT_DIR": self.tmp / "certs",
                    "PM_CACHE_DIR": self.tmp / "cache",
                }
            )
        )
        (self.tmp / "nginx.conf").write_text(
            MAIN_CONF.format(
                tmp=self.tmp,
                workers=workers,
                # started by root (CI), the workers would be nobody, who
                # cannot enter the run's private directory
                user="user root;" if os.geteuid() == 0 else "",
            )
        )
        self.process = None

    @property
    def url(self):
        return f"https://127.0.0.1:{self.https}"

    def start(self):
        nginx = shutil.which("nginx") or "/usr/sbin/nginx"
        self.process = subprocess.Popen(
            [nginx, "-p", str(self.tmp), "-c", str(self.tmp / "nginx.conf")],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _i in range(100):
            if self.process.poll() is not None:
                raise RuntimeError(f"nginx did not start: {self.process.stderr.read()}")
            with socket.socket() as sock:
                if sock.connect_ex(("127.0.0.1", self.https)) == 0:
                    return self
            time.sleep(0.1)
        raise RuntimeError("nginx did not listen within 10 s")

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=10)
