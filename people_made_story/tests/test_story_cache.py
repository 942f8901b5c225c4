# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from unittest.mock import patch

from odoo.tests import HttpCase, new_test_user, tagged

from odoo.addons.base.models.ir_ui_view import IrUiView
from odoo.addons.people_made_vendor.tests.common import PeopleMadeCase


@tagged("post_install", "-at_install")
class TestStoryCache(HttpCase, PeopleMadeCase):
    """The public story page is the same for every visitor of a language:
    HTTP caches may keep it and Odoo renders it once until it changes; a
    page for one visitor (logged in, a tag's gift) is never kept."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        for code in ("nl_BE", "fr_BE"):
            cls.env["res.lang"]._activate_lang(code)
        cls.member_a.write({"name": "Atelier Cache", "city": "Leuven"})
        cls.product = cls.product_a.product_tmpl_id
        cls.product.write(
            {"pm_story": "<p>Van kurken uit Leuvense cafés.</p>", "is_published": True}
        )
        # the page's own words in Dutch and French
        cls.env["ir.module.module"]._load_module_terms(
            ["people_made_story"], ["nl_BE", "fr_BE"], overwrite=True
        )
        cls.env.registry.clear_cache("templates")
        cls.url = f"/s/{cls.product.pm_story_code}"
        cls.staff = new_test_user(
            cls.env,
            login="pm_cache_staff",
            name="Medewerker Geheim",
            groups="base.group_user,people_made.group_pm_user",
        )

    def setUp(self):
        super().setUp()
        self.authenticate(None, None)
        self.renders = []
        render = IrUiView._render_template

        def counting(view, template, values=None):
            self.renders.append(template)
            return render(view, template, values)

        patcher = patch.object(IrUiView, "_render_template", counting)
        patcher.start()
        self.addCleanup(patcher.stop)

    def _get(self, path=None, **headers):
        # a visitor without cookies, as a phone that scans the code
        self.opener.cookies.clear()
        return self.url_open(path or self.url, headers=headers)

    def test_public_page_headers(self):
        response = self._get(**{"Accept-Language": "nl-BE"})
        self.assertEqual(response.status_code, 200)
        headers = response.headers
        self.assertEqual(headers["Cache-Control"], "public, max-age=60, s-maxage=10")
        # (people_made_story_circular adds Accept: the page or the passport)
        self.assertIn(
            "Accept-Language", [v.strip() for v in headers["Vary"].split(",")]
        )
        self.assertRegex(headers["ETag"], r'^"[0-9a-f]{32}"$')
        # nothing of a session: a shared cache may keep it for everyone
        self.assertNotIn("Set-Cookie", headers)
        self.assertNotIn("csrf", response.text.lower())

    def test_conditional_request_gets_304_and_still_counts_a_scan(self):
        etag = self._get().headers["ETag"]
        response = self._get(**{"If-None-Match": etag})
        self.assertEqual(response.status_code, 304)
        self.assertEqual(response.content, b"")
        self.assertEqual(response.headers["ETag"], etag)
        self.assertEqual(self.product.pm_scan_count, 2, "a revalidation is a scan")
        other = self._get(**{"If-None-Match": '"0000"'})
        self.assertEqual(other.status_code, 200)

    def test_rendered_once_per_language(self):
        nl = self._get(**{"Accept-Language": "nl-BE"})
        self._get(**{"Accept-Language": "nl-BE,nl;q=0.9"})
        self.assertEqual(self.renders.count("people_made_story.story_page"), 1)
        fr = self._get(**{"Accept-Language": "fr-BE"})
        self.assertEqual(self.renders.count("people_made_story.story_page"), 2)
        # no language is served another's page
        self.assertIn('<html lang="nl"', nl.text)
        self.assertIn("Wie het maakte", nl.text)
        self.assertNotIn("Qui l", nl.text)
        self.assertIn('<html lang="fr"', fr.text)
        self.assertIn("Qui l", fr.text)
        self.assertNotIn("Wie het maakte", fr.text)
        self.assertNotEqual(nl.headers["ETag"], fr.headers["ETag"])
        self.assertIn('<html lang="fr"', self._get(f"{self.url}?lang=fr").text)

    def test_edits_of_product_and_maker_show_at_once(self):
        first = self._get()
        self.product.pm_story = "<p>Nu ook van wijnkurken.</p>"
        second = self._get(**{"If-None-Match": first.headers["ETag"]})
        self.assertEqual(second.status_code, 200, "the old ETag is outdated")
        self.assertIn("Nu ook van wijnkurken.", second.text)
        self.assertNotIn("Leuvense cafés", second.text)
        # a second edit in the same transaction shows too
        self.product.name = "Kurken onderzetter XL"
        self.assertIn("Kurken onderzetter XL", self._get().text)
        self.member_a.city = "Herent"
        third = self._get()
        self.assertIn("Herent", third.text)
        self.assertNotEqual(third.headers["ETag"], second.headers["ETag"])
        self.assertEqual(self.renders.count("people_made_story.story_page"), 4)

    def test_logged_in_user_gets_a_private_page_never_kept(self):
        self._get()
        self.authenticate("pm_cache_staff", "pm_cache_staff")
        response = self.url_open(self.url)
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response.headers["Cache-Control"], "private, no-store")
        self.assertNotIn("ETag", response.headers)
        # the page rendered for the user is not the cached one, nor is it kept
        self.assertEqual(self.renders.count("people_made_story.story_page"), 2)
        self.product.is_published = False
        preview = self.url_open(self.url)
        self.assertEqual(preview.status_code, 200, "staff preview an unpublished one")
        self.assertEqual(preview.headers["Cache-Control"], "private, no-store")
        # a visitor after them sees no trace of the user nor of the preview
        public = self._get()
        self.assertEqual(public.status_code, 404)
        self.product.is_published = True
        public = self._get()
        self.assertEqual(public.status_code, 200)
        self.assertNotIn("Medewerker Geheim", public.text)
        self.assertNotIn("Set-Cookie", public.headers)

    def test_tag_and_gift_pages_are_never_kept(self):
        self.product.pm_gift_message = True
        batch = self.env["pm.story.tag.batch"].create(
            {"name": "Rol 1", "product_tmpl_id": self.product.id, "quantity": 1}
        )
        batch.action_generate()
        tag = batch.tag_ids
        for path in (f"/t/{tag.code}", f"/t/{tag.code}/gift"):
            response = self._get(path)
            self.assertEqual(response.status_code, 200, path)
            self.assertEqual(
                response.headers["Cache-Control"], "private, no-store", path
            )
            self.assertNotIn("ETag", response.headers, path)
