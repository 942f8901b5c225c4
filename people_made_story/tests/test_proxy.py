# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
"""The project's nginx configuration (config/nginx/), run for real with
Debian's nginx in front of the test's Odoo server."""

import http.client
import importlib.util
import re
import shutil
import ssl
import sys
import tempfile
from pathlib import Path

import requests

from odoo.tests import HttpCase, new_test_user, tagged

from odoo.addons.people_made_vendor.tests.common import PeopleMadeCase

# the repository this addon is checked out in (CI runs from a clone)
ROOT = Path(__file__).resolve().parents[2]


def load_local_nginx():
    """docker/nginx_local.py: how the project runs its nginx configuration
    outside Docker (the story page benchmark uses it too)."""
    sys.path.insert(0, str(ROOT / "docker"))
    try:
        spec = importlib.util.spec_from_file_location(
            "pm_nginx_local", ROOT / "docker" / "nginx_local.py"
        )
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
    finally:
        sys.path.remove(str(ROOT / "docker"))
    return module


class NginxCase(HttpCase):
    """The test's Odoo behind the project's nginx, for the whole class."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._start_nginx()

    @classmethod
    def _start_nginx(cls):
        tmp = tempfile.mkdtemp(prefix="pm-nginx-")
        cls.addClassCleanup(shutil.rmtree, tmp, ignore_errors=True)
        nginx = load_local_nginx().LocalNginx(tmp, f"127.0.0.1:{cls.http_port()}")
        nginx.start()
        cls.addClassCleanup(nginx.stop)
        cls.http, cls.https, cls.cert = nginx.http, nginx.https, nginx.cert

    def _get(self, path, method="GET", cookies=None, **kwargs):
        """``path`` through nginx, into the test's Odoo (which serves only
        requests carrying the test's key)."""
        # the server reads the test's transaction: what the test wrote first
        self.env.flush_all()
        with self.allow_requests():
            cookies = {**(cookies or {}), "test_request_key": self.http_request_key}
            # no session: no cookie is kept from one request to the next
            return requests.request(
                method,
                f"https://127.0.0.1:{self.https}{path}",
                cookies=cookies,
                # given with each request: REQUESTS_CA_BUNDLE would win over
                # a session's
                verify=self.cert,
                timeout=60,
                **kwargs,
            )


@tagged("post_install", "-at_install")
class TestProxy(NginxCase, PeopleMadeCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.product = cls.product_a.product_tmpl_id
        cls.product.write(
            {"pm_story": "<p>Van kurken uit Leuvense cafés.</p>", "is_published": True}
        )
        cls.staff = new_test_user(
            cls.env,
            login="pm_proxy_staff",
            name="Medewerker Proxy",
            groups="base.group_user,people_made.group_pm_user",
        )

    def test_http_redirects_to_https(self):
        response = requests.get(
            f"http://127.0.0.1:{self.http}/s/abc", allow_redirects=False, timeout=10
        )
        self.assertEqual(response.status_code, 301)
        self.assertTrue(response.headers["Location"].startswith("https://"))

    def test_story_page_comes_from_the_cache_the_second_time(self):
        url = f"/s/{self.product.pm_story_code}"
        nl = {"Accept-Language": "nl-BE"}
        first = self._get(url, headers=nl)
        second = self._get(url, headers=nl)
        self.assertEqual(first.status_code, 200)
        self.assertEqual(first.headers["X-Cache-Status"], "MISS")
        self.assertEqual(second.headers["X-Cache-Status"], "HIT")
        self.assertEqual(second.content, first.content)
        self.assertEqual(self.product.pm_scan_count, 1, "Odoo saw one request")
        self.assertEqual(second.headers["Content-Encoding"], "gzip")
        self.assertNotIn("Set-Cookie", second.headers)
        # another language is another page
        french = self._get(url, headers={"Accept-Language": "fr-BE"})
        self.assertEqual(french.headers["X-Cache-Status"], "MISS")
        # the browser revalidates: nginx answers 304 itself
        again = self._get(url, headers={**nl, "If-None-Match": first.headers["ETag"]})
        self.assertEqual(again.status_code, 304)

    def test_logged_in_user_never_gets_nor_fills_the_cache(self):
        url = f"/s/{self.product.pm_story_code}"
        self.authenticate("pm_proxy_staff", "pm_proxy_staff")
        cookies = {"session_id": self.session.sid}
        for _i in range(2):
            response = self._get(url, cookies=cookies)
            self.assertEqual(response.status_code, 200)
            self.assertEqual(response.headers["X-Cache-Status"], "BYPASS")
            self.assertEqual(response.headers["Cache-Control"], "private, no-store")
        # what a visitor gets next was not filled by the user's request
        public = self._get(url)
        self.assertEqual(public.headers["X-Cache-Status"], "MISS")
        self.assertNotIn("Medewerker Proxy", public.text)

    def test_gift_pages_are_never_cached(self):
        self.product.pm_gift_message = True
        batch = self.env["pm.story.tag.batch"].create(
            {"name": "Rol 1", "product_tmpl_id": self.product.id, "quantity": 1}
        )
        batch.action_generate()
        for _i in range(2):
            response = self._get(f"/t/{batch.tag_ids.code}")
            self.assertEqual(response.status_code, 200)
            self.assertNotIn("X-Cache-Status", response.headers)

    def test_static_files_carry_long_cache_headers(self):
        static = self._get("/web/static/img/favicon.ico")
        self.assertEqual(static.status_code, 200)
        self.assertEqual(static.headers["Cache-Control"], "public, max-age=604800")
        login = self._get("/web/login")
        bundle = re.search(r'href="(/web/assets/[^"]+\.css)"', login.text)
        self.assertTrue(bundle, "the login page links its CSS bundle")
        asset = self._get(bundle[1])
        self.assertEqual(asset.status_code, 200)
        self.assertEqual(
            asset.headers["Cache-Control"], "public, max-age=31536000, immutable"
        )
        self.assertEqual(self._get(bundle[1]).headers["X-Cache-Status"], "HIT")

    def test_oversized_upload_is_refused(self):
        """The forms take an image of at most 8 MB: nginx refuses 11 MB as
        soon as it reads the request's size, before Odoo sees a byte."""
        context = ssl.create_default_context(cafile=self.cert)
        for path, size in (
            ("/t/anything/gift", 11 * 1024 * 1024),
            # the backend takes Odoo's own limit
            ("/web/binary/upload_attachment", 200 * 1024 * 1024),
        ):
            connection = http.client.HTTPSConnection(
                "127.0.0.1", self.https, context=context, timeout=30
            )
            connection.putrequest("POST", path)
            connection.putheader("Content-Type", "multipart/form-data; boundary=x")
            connection.putheader("Content-Length", str(size))
            connection.endheaders()
            self.assertEqual(connection.getresponse().status, 413, path)
            connection.close()
        # 11 MB do pass to the backend: Odoo answers
        response = self._get(
            "/web/webclient/version_info",
            "POST",
            json={"jsonrpc": "2.0", "params": {}, "pad": "x" * (11 * 1024 * 1024)},
        )
        self.assertEqual(response.status_code, 200)
        self.assertIn("server_version", response.text)
