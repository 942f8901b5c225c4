# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
import base64
import io
import re
from datetime import timedelta

from PIL import Image

from odoo import fields, http
from odoo.exceptions import AccessError, UserError
from odoo.tests import HttpCase, new_test_user, tagged
from odoo.tools import mute_logger

from odoo.addons.people_made_vendor.tests.common import PeopleMadeCase

from ..models.pm_gift_attempt import LIMITS
from ..models.pm_gift_message import MESSAGE_MAX_LENGTH, RETENTION_PARAM
from .common import READY

XSS = "<script>alert('xss')</script><img src=x onerror=alert(1)>"


def png_bytes(color="red"):
    buffer = io.BytesIO()
    Image.new("RGB", (40, 30), color).save(buffer, "PNG")
    return buffer.getvalue()


class GiftCase(HttpCase, PeopleMadeCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.textile = cls.product_b.product_tmpl_id
        cls.textile.write(
            {
                "pm_gift_message": True,
                "pm_story": "<p>Patchwork van Kringwinkel-stoffen.</p>",
                # a story page is only for a published product
                "is_published": True,
            }
        )
        batch = cls.env["pm.story.tag.batch"].create(
            {"name": "Rol 7", "product_tmpl_id": cls.textile.id, "quantity": 3}
        )
        batch.action_generate()
        cls.tag, cls.tag2, cls.tag3 = batch.tag_ids

    def setUp(self):
        super().setUp()
        self.authenticate(None, None)

    def _post(self, path, data=None, files=None):
        data = dict(data or {}, csrf_token=http.Request.csrf_token(self))
        return self.url_open(path, data=data, files=files)

    def _write(self, tag, message="Proficiat!", **extra):
        data = {"message": message, "signature": "Tante Mieke", "consent": "1"}
        data.update(extra.pop("data", {}))
        return self._post(f"/t/{tag.code}/gift", data=data, **extra)

    @staticmethod
    def _edit_secret(page):
        return re.search(r"/g/([A-Za-z0-9_-]+)", page).group(1)


@tagged("post_install", "-at_install")
class TestGiftMessage(GiftCase):
    def test_giver_writes_and_recipient_reads(self):
        story = self.url_open(f"/t/{self.tag.code}").text
        self.assertIn(f'/t/{self.tag.code}/gift"', story, "unused: an invitation")
        response = self._write(
            self.tag,
            f"Veel geluk!\nTweede regel {XSS}",
            files={"photo": ("foto.png", png_bytes(), "image/png")},
        )
        self.assertEqual(response.status_code, 200)
        self.assertIn("pm_gift_edit_url", response.text)
        gift = self.tag.gift_message_ids
        self.assertEqual(len(gift), 1)
        self.assertEqual(gift.message, f"Veel geluk!\nTweede regel {XSS}")
        self.assertEqual(gift.signature, "Tante Mieke")
        self.assertTrue(gift.consent_date)
        self.assertTrue(self.tag.gift_used)

        page = self.url_open(f"/t/{self.tag.code}").text
        # above the story, escaped: the payload is text, not markup
        self.assertLess(page.index("pm_gift_text"), page.index("Patchwork van"))
        self.assertIn("&lt;script&gt;alert(&#39;xss&#39;)&lt;/script&gt;", page)
        self.assertNotIn("<script>", page)
        self.assertNotIn("<img src=x", page)
        self.assertIn("Tante Mieke", page)
        self.assertNotIn(f'/t/{self.tag.code}/gift"', page)
        self.assertIn(f'src="/t/{self.tag.code}/gift/photo"', page)
        photo = self.url_open(f"/t/{self.tag.code}/gift/photo")
        self.assertEqual(photo.headers["Content-Type"], "image/png")
        self.assertEqual(Image.open(io.BytesIO(photo.content)).size, (40, 30))
        # the product's story page without the tag shows no message
        self.assertNotIn("Tante Mieke", self.url_open(self.textile.pm_story_url).text)

        # the tag is used: no one else writes behind it
        with mute_logger("odoo.http"):
            again = self._write(self.tag, "Van een vreemde")
        self.assertEqual(again.status_code, 409)
        self.assertIn("Someone has already left a message", again.text)
        self.assertEqual(gift.message, f"Veel geluk!\nTweede regel {XSS}")

    def test_the_form_speaks_the_language_of_the_story(self):
        french = self.env["res.lang"]._activate_lang("fr_BE")
        self.env["ir.module.module"]._load_module_terms(
            ["people_made_story"], ["fr_BE"], overwrite=True
        )
        website = self.env["website"].get_current_website()
        website.language_ids |= french
        self.assertNotEqual(website.default_lang_id, french)
        story = self.url_open(f"/t/{self.tag.code}?lang=fr").text
        path = f"/{french.url_code}/t/{self.tag.code}/gift"
        self.assertIn(f'href="{path}"', story)
        self.assertIn("Ton message", self.url_open(path).text)

    def test_edit_secret_is_its_own_and_not_stored(self):
        secret = self._edit_secret(self._write(self.tag).text)
        gift = self.tag.gift_message_ids
        self.assertGreaterEqual(len(secret), 32)
        self.assertNotIn(self.tag.code, secret)
        self.assertNotIn(secret, self.tag.code)
        # only its hash is in the database
        self.env.flush_all()
        self.env.cr.execute(
            "SELECT count(*) FROM pm_gift_message WHERE edit_secret_hash = %s "
            "OR message = %s",
            (secret, secret),
        )
        self.assertEqual(self.env.cr.fetchone()[0], 0)
        self.assertEqual(self.env["pm.gift.message"]._pm_from_secret(secret), gift)
        with mute_logger("odoo.http"):
            for path in (
                f"/g/{self.tag.code}",
                f"/g/{secret[:-1]}",
                f"/g/{gift.sudo().edit_secret_hash}",
                "/g/",
            ):
                self.assertEqual(self.url_open(path).status_code, 404, path)

        form = self.url_open(f"/g/{secret}")
        self.assertEqual(form.status_code, 200)
        self.assertIn("Proficiat!", form.text)
        changed = self._post(
            f"/g/{secret}", {"message": "Gewijzigd", "signature": "", "consent": "1"}
        )
        self.assertIn("Your message is changed", changed.text)
        self.assertEqual((gift.message, gift.signature), ("Gewijzigd", False))

        deleted = self._post(f"/g/{secret}", {"delete": "1"})
        self.assertIn("pm_gift_deleted", deleted.text)
        self.assertFalse(gift.exists())
        self.assertFalse(self.tag.gift_used, "the giver may write a new one")
        with mute_logger("odoo.http"):
            self.assertEqual(self.url_open(f"/g/{secret}").status_code, 404)

    def test_bad_input_is_refused_and_nothing_typed_is_lost(self):
        too_long = "Lang verhaal. " * 40
        self.assertGreater(len(too_long.strip()), MESSAGE_MAX_LENGTH)
        with mute_logger("odoo.http"):
            response = self._write(self.tag, too_long)
        self.assertEqual(response.status_code, 400)
        self.assertIn("it can have at most 500", response.text)
        self.assertIn(too_long.strip(), response.text, "the text comes back")
        self.assertIn('value="Tante Mieke"', response.text)

        with mute_logger("odoo.http"):
            response = self._write(
                self.tag,
                "Met foto",
                files={"photo": ("foto.png", b"%PDF-1.4 not an image", "image/png")},
            )
        self.assertEqual(response.status_code, 400)
        self.assertIn("The photo is not an image", response.text)
        self.assertIn("Met foto", response.text)

        with mute_logger("odoo.http"):
            response = self._write(self.tag, "Zonder akkoord", data={"consent": ""})
        self.assertEqual(response.status_code, 400)
        self.assertIn("Tick the box", response.text)
        self.assertIn("Zonder akkoord", response.text)
        self.assertFalse(self.tag.gift_message_ids)
        self.assertFalse(self.tag.gift_used)

        self.tag2.gift_deadline = fields.Date.today() - timedelta(days=1)
        with mute_logger("odoo.http"):
            response = self._write(self.tag2)
        self.assertEqual(response.status_code, 409)
        self.assertIn("its time is over", response.text)
        self.assertFalse(self.tag2.gift_message_ids)

    def test_errors_are_translated(self):
        self.env["res.lang"]._activate_lang("nl_BE")
        self.env["ir.module.module"]._load_module_terms(
            ["people_made_story"], ["nl_BE"], overwrite=True
        )
        Gift = self.env["pm.gift.message"].with_context(lang="nl_BE")
        with self.assertRaisesRegex(UserError, "maximaal 500"):
            Gift._pm_clean("x" * 501, "", consent=True)
        with self.assertRaisesRegex(UserError, "geen afbeelding"):
            Gift._pm_clean("x", "", b"no image", consent=True)

    def test_rate_limit_per_tag(self):
        with mute_logger("odoo.http"):
            for _i in range(LIMITS["tag"]):
                self._write(self.tag, "x" * (MESSAGE_MAX_LENGTH + 1))
            response = self._write(self.tag, "Eindelijk goed")
        self.assertEqual(response.status_code, 400)
        self.assertIn("Too many attempts", response.text)
        self.assertIn("Eindelijk goed", response.text)
        self.assertFalse(self.tag.gift_message_ids)
        # another tag is not held back by this one
        self.assertEqual(self._write(self.tag2).status_code, 200)

    def test_rate_limit_per_client(self):
        Attempt = self.env["pm.gift.attempt"]
        client = Attempt._pm_client_key("127.0.0.1")
        self.assertNotIn("127.0.0.1", client)
        Attempt.create([{"key": f"client:{client}"}] * LIMITS["client"])
        with mute_logger("odoo.http"):
            response = self._write(self.tag3)
        self.assertEqual(response.status_code, 400)
        self.assertIn("Too many attempts", response.text)
        # an hour later the client may write again, and the rows are gone
        self.env.cr.execute(
            "UPDATE pm_gift_attempt SET at = at - interval '61 minutes'"
        )
        Attempt.invalidate_model()
        Attempt._cron_pm_forget()
        self.assertFalse(Attempt.sudo().search([]))
        self.assertEqual(self._write(self.tag3).status_code, 200)

    def test_recipient_reports_and_staff_moderate(self):
        self._write(self.tag, "Iets lelijks")
        gift = self.tag.gift_message_ids
        form = self.url_open(f"/t/{self.tag.code}/gift/report")
        self.assertIn('name="reason"', form.text)
        reported = self._post(f"/t/{self.tag.code}/gift/report", {"reason": "spam"})
        self.assertIn("pm_gift_reported", reported.text)
        self.assertEqual(
            (gift.state, gift.report_reason, gift.report_count), ("reported", "spam", 1)
        )
        page = self.url_open(f"/t/{self.tag.code}").text
        self.assertNotIn("Iets lelijks", page)
        self.assertNotIn('class="pm_gift_write"', page, "reported is not open again")
        with mute_logger("odoo.http"):
            self.assertEqual(
                self.url_open(f"/t/{self.tag.code}/gift/photo").status_code, 404
            )
        # staff look at it and show it again
        manager = new_test_user(
            self.env, "gift_manager", groups="people_made.group_pm_manager"
        )
        gift.with_user(manager).action_pm_show()
        self.assertIn("Iets lelijks", self.url_open(f"/t/{self.tag.code}").text)
        gift.with_user(manager).action_pm_hide()
        self.assertNotIn("Iets lelijks", self.url_open(f"/t/{self.tag.code}").text)

    def test_no_route_lists_or_reveals_messages(self):
        self._write(
            self.tag, "Geheim", files={"photo": ("f.png", png_bytes(), "image/png")}
        )
        gift = self.tag.gift_message_ids
        # the photo only through the tag's own route, not Odoo's image routes
        with mute_logger("odoo.http"):
            for path in (
                f"/web/image/pm.gift.message/{gift.id}/photo",
                f"/web/content/pm.gift.message/{gift.id}/photo",
            ):
                # refused: at most Odoo's placeholder, never the photo
                content = self.url_open(path).content
                self.assertNotEqual(content, base64.b64decode(gift.photo), path)
        with mute_logger("odoo.http"):
            for path in (
                "/t/",
                "/g/",
                f"/t/{self.tag2.code}/gift/report",  # no message there
                f"/t/{self.tag2.code}/gift/photo",
                "/t/" + "A" * 22 + "/gift",
                f"/t/{self.tag.code[:-1]}/gift",
            ):
                self.assertEqual(self.url_open(path).status_code, 404, path)
        # only staff managers read messages; members and plain staff do not
        contact = self.env["res.partner"].create(
            {"name": "Bea", "parent_id": self.member_b.id}
        )
        member = new_test_user(
            self.env, "gift_member", groups="base.group_portal", partner_id=contact.id
        )
        staff = new_test_user(
            self.env, "gift_staff", groups="people_made.group_pm_user"
        )
        for user in (member, staff):
            with self.assertRaises(AccessError, msg=user.login):
                self.env["pm.gift.message"].with_user(user).search_read([], ["message"])

    def test_personal_data_never_exported_and_deleted_in_time(self):
        self._write(self.tag, "Bewaar mij niet")
        gift = self.tag.gift_message_ids
        for model, path in (
            (gift, ["message"]),
            (gift, ["photo"]),
            (self.tag, ["gift_message_ids/signature"]),
        ):
            with self.assertRaisesRegex(UserError, "personal data"):
                model.export_data(path)
        exportable = self.env["pm.gift.message"].fields_get(attributes=["exportable"])
        for name in ("message", "signature", "photo"):
            self.assertFalse(exportable[name]["exportable"], name)
        # the state can be counted, the words not
        self.assertEqual(gift.export_data(["state"])["datas"], [["Shown"]])

        Param = self.env["ir.config_parameter"]
        for unset in (False, "0", "nonsense"):
            Param.set_param(RETENTION_PARAM, unset)
            self.assertEqual(gift._pm_retention_days(), 365, unset)
        Param.set_param(RETENTION_PARAM, "30")
        gift.invalidate_recordset(["date_delete"])
        self.assertEqual(
            gift.date_delete, (gift.create_date + timedelta(days=30)).date()
        )
        self.env["pm.gift.message"]._cron_pm_delete_expired()
        self.assertTrue(gift.exists(), "not yet")
        self.env.cr.execute(
            "UPDATE pm_gift_message SET create_date = now() - interval '31 days' "
            "WHERE id = %s",
            (gift.id,),
        )
        gift.invalidate_recordset()
        self.env["pm.gift.message"]._cron_pm_delete_expired()
        self.assertFalse(gift.exists())
        self.assertTrue(self.tag.gift_used, "a given gift's tag stays closed")
        self.assertNotIn("Bewaar mij niet", self.url_open(f"/t/{self.tag.code}").text)

    def test_message_in_a_real_browser_stays_text(self):
        """Tour: the giver writes a message with a script payload; the
        recipient's phone then shows it, as text, above the story."""
        # the form page is script-free, as the story page: no tour runs on
        # it; the browser fills it and sends it as its own form would
        form = """
            const form = document.querySelector("form.pm_gift_form");
            const light = document.scripts.length === 0
                && document.querySelectorAll("link[rel=stylesheet]").length === 0
                && document.documentElement.outerHTML.length < 100000
                && document.querySelector("h1").innerText.includes("A gift message");
            form.querySelector("textarea[name=message]").value =
                "Veel geluk in jullie nieuwe huis! <script>alert('xss')</script>";
            form.querySelector("input[name=signature]").value = "Tante Mieke";
            form.querySelector("input[name=consent]").checked = true;
            fetch(form.action, {method: "POST", body: new FormData(form)})
                .then((response) => response.text())
                .then((page) => light && page.includes("/g/")
                    && page.includes("pm_gift_edit_url")
                        ? console.log("test successful")
                        : console.error(`form wrong: ${light} ${page.slice(0, 300)}`)
                );
        """
        self.browser_js(
            f"/t/{self.tag.code}/gift",
            form,
            ready=READY % "form.pm_gift_form",
            login=None,
        )
        gift = self.tag.gift_message_ids
        self.assertIn("<script>alert('xss')</script>", gift.message)
        code = """
            const gift = document.querySelector(".pm_gift");
            const text = document.body.innerText;
            const ok = document.scripts.length === 0
                && gift.querySelector(".pm_gift_text").innerText.includes(
                    "Veel geluk in jullie nieuwe huis! <script>alert('xss')</script>")
                && gift.innerText.includes("Tante Mieke")
                && text.indexOf("Veel geluk") < text.indexOf("Patchwork van")
                && !gift.querySelector("script");
            ok ? console.log("test successful") : console.error("gift wrong: " + text);
        """
        self.browser_js(
            f"/t/{self.tag.code}?lang=en", code, ready=READY % ".pm_gift", login=None
        )


@tagged("post_install", "-at_install")
class TestGiftCheckout(GiftCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.textile.write({"name": "Tourgift inpaktextiel", "is_published": True})

    def test_checkout_tour(self):
        self.start_tour("/shop?search=Tourgift", "people_made_gift_checkout_tour")
        gift = self.env["pm.gift.message"].search(
            [("sale_line_id.product_template_id", "=", self.textile.id)]
        )
        self.assertEqual(gift.message, "Voor de kleine, met liefde")
        self.assertEqual(gift.source, "checkout")
        self.assertFalse(gift.tag_id, "the tag comes with the confirmed order")

    def test_confirmed_order_gets_a_tag_and_mails_the_edit_link(self):
        order = self.env["sale.order"].create(
            {
                "partner_id": self.customer.id,
                "order_line": [
                    fields.Command.create({"product_id": self.product_b.id}),
                    fields.Command.create({"product_id": self.product_a.id}),
                ],
            }
        )
        line = order.order_line.filtered(lambda ln: ln.product_id == self.product_b)
        self.assertTrue(line._pm_gift_open())
        self.assertFalse(order.order_line[1]._pm_gift_open(), "cork takes none")
        line._pm_write_gift(
            self.env["pm.gift.message"]._pm_clean("Voor Lotte", "Opa", consent=True)
        )
        mails_before = self.env["mail.mail"].search([])
        order.action_confirm()
        gift = line.pm_gift_message_ids
        tag = gift.tag_id
        self.assertTrue(tag)
        self.assertEqual(tag.product_tmpl_id, self.textile)
        self.assertEqual(tag._pm_gift_state(), "used")
        self.assertEqual(order.pm_gift_tag_ids, tag)
        self.assertFalse(line._pm_gift_open(), "confirmed: no longer from the cart")
        mail = (self.env["mail.mail"].search([]) - mails_before).filtered(
            lambda m: "/g/" in m.body_html
        )
        self.assertEqual(len(mail), 1, "one mail with the edit link")
        self.assertIn(order.name, mail.subject)
        self.assertTrue(mail.auto_delete, "the link's secret is not kept")
        self.assertEqual(mail.email_to, self.customer.email_formatted)
        secret = self._edit_secret(mail.body_html)
        self.assertEqual(self.env["pm.gift.message"]._pm_from_secret(secret), gift)
        self.assertIn("Voor Lotte", self.url_open(f"/t/{tag.code}").text)
        action = order.action_pm_print_gift_tags()
        self.assertEqual(action["context"]["active_ids"], tag.ids)

    def test_cart_route_only_serves_the_visitors_own_cart(self):
        other = self.env["sale.order"].create(
            {
                "partner_id": self.customer.id,
                "website_id": self.env["website"].get_current_website().id,
                "order_line": [
                    fields.Command.create({"product_id": self.product_b.id})
                ],
            }
        )
        with mute_logger("odoo.http"):
            response = self.url_open(f"/shop/cart/gift/{other.order_line.id}")
            self.assertEqual(response.status_code, 404)
            response = self._post(
                f"/shop/cart/gift/{other.order_line.id}",
                {"message": "Ingebroken", "consent": "1"},
            )
        self.assertEqual(response.status_code, 404)
        self.assertFalse(other.order_line.pm_gift_message_ids)

    def test_maker_prints_the_gift_tags_of_its_delivery(self):
        self.member_b.pm_fulfilment = "ships"
        users = {}
        for login, member in (("gift_a", self.member_a), ("gift_b", self.member_b)):
            contact = self.env["res.partner"].create(
                {"name": login, "parent_id": member.id}
            )
            users[login] = new_test_user(
                self.env, login, groups="base.group_portal", partner_id=contact.id
            )
        order = self.env["sale.order"].create(
            {
                "partner_id": self.customer.id,
                "order_line": [
                    fields.Command.create({"product_id": self.product_b.id}),
                    fields.Command.create({"product_id": self.product_a.id}),
                ],
            }
        )
        order.order_line[0]._pm_write_gift(
            self.env["pm.gift.message"]._pm_clean("Voor Lotte", "", consent=True)
        )
        order.action_confirm()
        tag = order.pm_gift_tag_ids
        delivery = order.picking_ids.filtered(lambda p: p.pm_member_id == self.member_b)
        self.assertEqual(delivery._pm_gift_tags(), tag)
        path = f"/my/pm/deliveries/{delivery.id}/gift-tags"

        self.authenticate("gift_b", "gift_b")
        self.assertIn(path, self.url_open("/my/pm/deliveries").text)
        sheet = self.url_open(path)
        self.assertEqual(sheet.status_code, 200)
        self.assertIn(tag.url, sheet.text)
        self.assertNotIn("Voor Lotte", sheet.text, "the tag, not the message")

        self.authenticate("gift_a", "gift_a")
        self.assertNotIn(path, self.url_open("/my/pm/deliveries").text)
        with mute_logger("odoo.http"):
            self.assertEqual(self.url_open(path).status_code, 404)
