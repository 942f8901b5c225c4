# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from datetime import datetime

import pytz

from odoo import http
from odoo.tests import HttpCase, freeze_time, new_test_user, tagged
from odoo.tools import mute_logger

from odoo.addons.people_made_vendor.tests.common import PeopleMadeCase

from ..models.pm_gift_attempt import LIMITS


@tagged("post_install", "-at_install")
class TestStoryAccess(HttpCase, PeopleMadeCase):
    """Who sees a story behind a code, and what a code that opens nothing
    costs."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.product = cls.product_a.product_tmpl_id
        cls.product.write(
            {"pm_story": "<p>Van kurken uit Leuvense cafés.</p>", "is_published": False}
        )
        cls.url = f"/s/{cls.product.pm_story_code}"
        for login, member in (("owner_a", cls.member_a), ("other_b", cls.member_b)):
            contact = cls.env["res.partner"].create(
                {"name": login, "parent_id": member.id}
            )
            new_test_user(
                cls.env, login, groups="base.group_portal", partner_id=contact.id
            )
        new_test_user(cls.env, "pm_staff", groups="people_made.group_pm_user")

    def _scans(self):
        return sum(
            self.env["pm.story.scan"]
            .search([("product_tmpl_id", "=", self.product.id)])
            .mapped("count")
        )

    def test_unpublished_story_only_for_its_maker_and_staff(self):
        with mute_logger("odoo.http"):
            self.authenticate(None, None)
            self.assertEqual(self.url_open(self.url).status_code, 404)
            self.authenticate("other_b", "other_b")
            self.assertEqual(self.url_open(self.url).status_code, 404)
        for login in ("owner_a", "pm_staff"):
            self.authenticate(login, login)
            response = self.url_open(self.url)
            self.assertEqual(response.status_code, 200, login)
            self.assertIn("Van kurken uit Leuvense cafés.", response.text)
        self.assertEqual(self._scans(), 0, "a preview is no scan")
        # the portal's story form links to the preview
        self.authenticate("owner_a", "owner_a")
        form = self.url_open(f"/my/pm/products/{self.product.id}/story")
        self.assertIn(f'href="{self.url}"', form.text)

    def test_published_story_is_public_and_counted(self):
        self.product.is_published = True
        self.authenticate(None, None)
        self.assertEqual(self.url_open(self.url).status_code, 200)
        self.assertEqual(self.url_open(f"{self.url}?preview=1").status_code, 200)
        self.assertEqual(self._scans(), 2, "no query parameter skips the counter")
        self.authenticate("owner_a", "owner_a")
        self.url_open(self.url)
        self.assertEqual(self._scans(), 2, "the maker's own look is a preview")
        # a suspended maker's story is gone for everyone but staff
        self.member_a.action_pm_suspend()
        self.authenticate(None, None)
        with mute_logger("odoo.http"):
            self.assertEqual(self.url_open(self.url).status_code, 404)

    def test_misses_are_limited_per_client(self):
        self.product.is_published = True
        self.authenticate(None, None)
        with mute_logger("odoo.http"):
            for i in range(LIMITS["story_miss"]):
                self.assertEqual(self.url_open(f"/s/zzzz{i:03d}").status_code, 404)
            # past the limit no code answers, not even a good one: codes
            # cannot be tried one after another
            self.assertEqual(self.url_open("/s/zzzzzzz").status_code, 429)
            self.assertEqual(self.url_open(self.url).status_code, 429)
        # an hour later the client is welcome again
        self.env.cr.execute(
            "UPDATE pm_gift_attempt SET at = at - interval '61 minutes'"
        )
        self.env["pm.gift.attempt"].invalidate_model()
        self.assertEqual(self.url_open(self.url).status_code, 200)

    def test_nul_and_control_characters(self):
        self.product.is_published = True
        with mute_logger("odoo.http"):
            for path in ("/s/%00", "/t/%00", "/g/%00", "/t/%00/gift", "/01/%00"):
                self.assertLess(self.url_open(path).status_code, 500, path)
            self.assertEqual(self.url_open("/s/%00").status_code, 400)
            self.assertEqual(self.url_open(f"{self.url}?lang=%00").status_code, 400)
        self.authenticate("owner_a", "owner_a")
        response = self.url_open(
            f"/my/pm/products/{self.product.id}/story",
            data={
                "story": "Kurk\x00uit Leuven",
                "csrf_token": http.Request.csrf_token(self),
            },
        )
        self.assertEqual(response.status_code, 400)
        self.assertIn("invisible control characters", response.text)
        self.assertFalse(self.product.pm_story_proposal, "nothing saved")
        response = self.url_open(
            f"/my/pm/products/{self.product.id}/story",
            files={"story": ("story.txt", b"Kurk", "text/plain")},
            data={"csrf_token": http.Request.csrf_token(self)},
        )
        self.assertEqual(response.status_code, 400)
        self.assertIn("The story must be text.", response.text)

    def test_scans_count_days_of_the_company_time_zone(self):
        self.product.is_published = True
        # 14 hours ahead of UTC: most of the time not UTC's day
        self.env["res.company"].search([]).partner_id.tz = "Pacific/Kiritimati"
        self.url_open(self.url)
        scan = self.env["pm.story.scan"].search(
            [("product_tmpl_id", "=", self.product.id)]
        )
        self.env.cr.execute("SELECT now()")
        now = self.env.cr.fetchone()[0]
        self.assertEqual(
            scan.day, now.astimezone(pytz.timezone("Pacific/Kiritimati")).date()
        )
        self.assertEqual(
            self.env.company._pm_today(),
            datetime.now(pytz.timezone("Pacific/Kiritimati")).date(),
        )

    def test_gift_message_with_control_characters(self):
        textile = self.product_b.product_tmpl_id
        textile.write({"pm_gift_message": True, "is_published": True})
        batch = self.env["pm.story.tag.batch"].create(
            {"name": "Rol 9", "product_tmpl_id": textile.id, "quantity": 1}
        )
        batch.action_generate()
        tag = batch.tag_ids
        self.authenticate(None, None)
        for fields, error in (
            ({"message": "Proficiat\x00!"}, "Your message contains invisible"),
            ({"signature": "Tante\x00Mieke"}, "Your name contains invisible"),
            ({"photo": "not a file"}, "The photo must be a file."),
        ):
            data = {
                "message": "Proficiat!",
                "signature": "Tante Mieke",
                "consent": "1",
                **fields,
                "csrf_token": http.Request.csrf_token(self),
            }
            response = self.url_open(f"/t/{tag.code}/gift", data=data)
            self.assertEqual(response.status_code, 400, fields)
            self.assertIn(error, response.text)
        self.assertFalse(tag.gift_message_ids, "nothing saved")

    def test_gift_deadline_is_a_day_of_the_company(self):
        textile = self.product_b.product_tmpl_id
        textile.pm_gift_message = True
        batch = self.env["pm.story.tag.batch"].create(
            {"name": "Rol 10", "product_tmpl_id": textile.id, "quantity": 1}
        )
        batch.action_generate()
        tag = batch.tag_ids
        tag.gift_deadline = "2026-06-10"
        companies = self.env["res.company"].search([])
        # noon in UTC is already the next day 14 hours east
        with freeze_time("2026-06-10 12:00:00"):
            companies.partner_id.tz = "UTC"
            self.assertEqual(tag._pm_gift_state(), "open")
            companies.partner_id.tz = "Pacific/Kiritimati"
            self.assertEqual(tag._pm_gift_state(), "expired")
