# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
import re

from dateutil.relativedelta import relativedelta
from lxml import html

from odoo import fields, http
from odoo.tests import HttpCase, tagged

DEMO_ORDERS = ("customer_lotte", "customer_camille", "customer_pieter")


def visible_text(page):
    """The text a visitor reads: no script, style or attribute."""
    tree = html.fromstring(page)
    for node in tree.xpath("//script | //style | //template"):
        node.drop_tree()
    return " ".join(tree.text_content().split())


@tagged("post_install", "-at_install")
class TestDemoNetwork(HttpCase):
    """The demo network as a new user meets it (needs the demo data)."""

    def setUp(self):
        super().setUp()
        if not self.env.ref(
            "people_made_demo.product_denim_tote", raise_if_not_found=False
        ):
            self.skipTest("demo data not loaded")
        self.company = self.env.ref("base.demo_company_be")
        self.website = self.env.ref("website.default_website")

    def test_website_is_oostrems_in_dutch_french_and_english(self):
        self.assertEqual(self.website.company_id, self.company)
        self.assertEqual(self.website.currency_id.name, "EUR")
        self.assertEqual(self.website.default_lang_id.code, "nl_BE")
        self.assertEqual(
            set(self.website.language_ids.mapped("code")), {"nl_BE", "fr_BE", "en_US"}
        )
        self.assertEqual(self.website.show_line_subtotals_tax_selection, "tax_included")
        self.assertEqual(
            self.website.salesteam_id,
            self.env.ref("people_made_commission.team_webshop"),
        )

    def test_header_and_footer_are_people_mades(self):
        """No sample text of Odoo's: the footer says what People Made is, in
        the visitor's language, with the company's own address and phone."""
        for path, says in (
            ("/nl/shop", "Elke aankoop betaalt de mensen die ze maakten."),
            ("/fr/shop", "Chaque achat rémunère les personnes qui les ont fabriqués."),
            ("/nl/contactus", "Wilselsesteenweg 1"),
            ("/fr/contactus", "Wilselsesteenweg 1"),
        ):
            # the first page after an update builds its assets: give it time
            page = self.url_open(path, timeout=60).text
            text = visible_text(page)
            self.assertIn(says, text, path)
            self.assertIn(self.company.phone, text, path)
            self.assertIn(self.company.city, text, path)
            self.assertIn(f"Copyright © {self.company.name}", text, path)
            for sample in ("555-555", "yourcompany", "Company name", "Buena Vista"):
                self.assertNotIn(sample, page, path)

    def test_shop_shows_people_made_products_only(self):
        products = self.env["product.template"].search(
            self.website.with_context(website_id=self.website.id).sale_product_domain()
        )
        self.assertTrue(all(products.mapped("pm_member_id")))
        demo = products.filtered(lambda p: p.is_published)
        self.assertGreaterEqual(len(demo), 25)
        self.assertEqual(len(demo.pm_member_id), 10, "every member sells")
        self.assertTrue(all(demo.mapped("public_categ_ids")))
        self.assertTrue(all(demo.mapped("image_1920")))
        self.assertTrue(all(demo.mapped("pm_story_code")))
        odoo_products = self.env["product.template"].search(
            [("pm_member_id", "=", False), ("sale_ok", "=", True)]
        )
        self.assertTrue(odoo_products, "Odoo's demo products exist, unpublished")
        self.assertFalse(odoo_products.filtered("is_published"))
        for url in ("/nl/shop", "/fr/shop", "/shop?page=2"):
            response = self.url_open(url)
            self.assertEqual(response.status_code, 200, url)
            text = visible_text(response.text)
            self.assertNotIn("$", text, url)
            self.assertIn("€", text, url)
            for name in odoo_products.mapped("name"):
                # as a name, not inside a word: mrp's demo "Table" is not the
                # French "Tableau en liège"
                self.assertNotRegex(
                    text, rf"(?<!\w){re.escape(name)}(?!\w)", f"{url}: {name}"
                )
        self.assertIn(
            "Draagtas van jeans", visible_text(self.url_open("/nl/shop").text)
        )
        self.assertIn("Textile et sacs", visible_text(self.url_open("/fr/shop").text))

    def test_stock_owned_by_the_members(self):
        tote = self.env.ref("people_made_demo.product_denim_tote")
        maakbar = self.env.ref("people_made.warehouse_maakbar").lot_stock_id
        quants = self.env["stock.quant"].search(
            [
                ("product_id", "=", tote.product_variant_id.id),
                ("location_id", "child_of", maakbar.id),
            ]
        )
        self.assertEqual(quants.owner_id, tote.pm_member_id)
        # 8 brought to MAAKBAR, one sold at the till
        self.assertEqual(sum(quants.mapped("quantity")), 7)

    def test_circular_products_with_evidence(self):
        circular = self.env["product.template"].search(
            [("pm_member_id", "!=", False), ("pm_is_circular", "=", True)]
        )
        self.assertGreaterEqual(len(circular), 15)
        self.assertTrue(all(circular.mapped("pm_evidence_attachment_ids")))

    def test_web_orders_delivered_and_invoiced(self):
        orders = self.env["sale.order"].search(
            [
                (
                    "partner_id",
                    "in",
                    [self.env.ref(f"people_made_demo.{c}").id for c in DEMO_ORDERS],
                )
            ]
        )
        self.assertEqual(len(orders), 3)
        self.assertEqual(set(orders.mapped("state")), {"sale"})
        self.assertEqual(set(orders.mapped("invoice_status")), {"invoiced"})
        self.assertEqual(set(orders.invoice_ids.mapped("state")), {"posted"})
        self.assertEqual(set(orders.picking_ids.mapped("state")), {"done"})
        self.assertEqual(
            orders.team_id, self.env.ref("people_made_commission.team_webshop")
        )
        collected = orders.filtered(lambda o: o.carrier_id.delivery_type == "in_store")
        self.assertEqual(
            collected.warehouse_id, self.env.ref("people_made.warehouse_maakbar")
        )
        # VAT of Belgium: 21 % on the coasters and the tote, 6 % on granola
        lotte = orders.filtered(lambda o: o.partner_id.name == "Lotte Janssens")
        self.assertEqual((lotte.amount_untaxed, lotte.amount_total), (32.60, 39.45))

    def test_velo_has_an_order_to_ship_from_its_portal(self):
        customer = self.env.ref("people_made_demo.customer_noor")
        delivery = self.env["stock.picking"].search(
            [("partner_id", "=", customer.id), ("state", "=", "assigned")]
        )
        self.assertEqual(
            delivery.pm_member_id, self.env.ref("people_made.partner_velo")
        )
        self.assertEqual(sum(delivery.move_ids.mapped("product_uom_qty")), 5)
        self.authenticate("velo", "velo")
        page = self.url_open("/nl/my/pm/deliveries").text
        self.assertIn(delivery.name, page)
        self.assertIn("Noor Peeters", page)
        for carrier in ("bpost", "PostNL", "DPD", "GLS", "Fietskoerier Leuven"):
            self.assertIn(f'<option value="{carrier}"', page)

    def test_velo_ships_its_numbered_bag_with_its_serial(self):
        """The demo's serial-tracked piece: VELO's portal asks the bag's
        number, offers VELO's own serials only, and ships with the one
        picked (the rest of the order stays to ship, as a backorder)."""
        bag = self.env.ref("people_made_demo.product_tube_bag").product_variant_id
        self.assertEqual(bag.tracking, "serial")
        customer = self.env.ref("people_made_demo.customer_noor")
        delivery = self.env["stock.picking"].search(
            [("partner_id", "=", customer.id), ("state", "=", "assigned")]
        )
        move = delivery.move_ids.filtered(lambda m: m.product_id == bag)
        serials = self.env["stock.quant"].search(
            [("product_id", "=", bag.id), ("quantity", ">", 0)]
        )
        self.assertEqual(serials.owner_id, self.env.ref("people_made.partner_velo"))
        self.assertEqual(len(serials), 5)
        self.authenticate("velo", "velo")
        for lang in ("nl", "fr"):
            page = self.url_open(f"/{lang}/my/pm/deliveries").text
            self.assertIn(f'name="lot_{move.id}"', page, "the serial is asked")
            for serial in serials.lot_id:
                self.assertIn(f'value="{serial.name}"', page)
        picked = serials.lot_id.sorted("name")[-1]
        others = delivery.move_ids - move
        response = self.url_open(
            f"/my/pm/deliveries/{delivery.id}/ship",
            data={
                "csrf_token": http.Request.csrf_token(self),
                "carrier": "bpost",
                "tracking_ref": "323299",
                f"qty_{move.id}": "1",
                f"lot_{move.id}": picked.name,
                **{f"qty_{other.id}": "0" for other in others},
            },
        )
        self.assertEqual(response.status_code, 200, response.text[-2000:])
        self.env.invalidate_all()
        self.assertEqual(delivery.state, "done")
        self.assertEqual(delivery.move_line_ids.lot_id, picked)
        self.assertEqual(delivery.move_ids.product_id, bag)
        backorder = delivery.backorder_ids
        self.assertEqual(
            sum(backorder.move_ids.mapped("product_uom_qty")), 4, "the rest to ship"
        )

    def test_directory_lists_the_member_that_sorts_textile(self):
        member = self.env.ref("people_made_demo.partner_textile_sorting")
        self.assertFalse(
            self.env["product.template"].search([("pm_member_id", "=", member.id)])
        )
        textile = self.env.ref("people_made_circular.material_textile")
        for lang, collects in (("nl", "Verzamelt Textiel"), ("fr", "Collecte Textile")):
            page = visible_text(
                self.url_open(f"/{lang}/makers?stream={textile.id}").text
            )
            self.assertIn("Sorteeratelier Hageland", page)
            self.assertIn(collects, page)
            self.assertNotIn("Den Travak", page)

    def test_shop_sales_in_closed_sessions_with_a_refund(self):
        config = self.env.ref("people_made_demo.pos_config_maakbar")
        self.assertEqual(config.company_id, self.company)
        self.assertEqual(
            config.crm_team_id, self.env.ref("people_made_commission.team_maakbar")
        )
        session = config.session_ids
        self.assertEqual(session.state, "closed")
        self.assertEqual(len(session.order_ids), 5)
        refund = session.order_ids.filtered(lambda o: o.amount_total < 0)
        self.assertEqual(refund.amount_total, -14.50)
        self.assertFalse(session.order_ids.filtered("account_move"), "not invoiced")
        for xmlid in ("pos_config_popup", "pos_config_market"):
            self.assertTrue(
                self.env.ref(f"people_made_demo.{xmlid}").payment_method_ids
            )

    def test_channels_named_in_three_languages(self):
        teams = {
            "people_made_commission.team_webshop": (
                "Webshop",
                "Webshop",
                "Boutique en ligne",
            ),
            "people_made_commission.team_maakbar": (
                "MAAKBAR Leuven",
                "MAAKBAR Leuven",
                "MAAKBAR Louvain",
            ),
            "people_made_demo.team_popup": (
                "Pop-up shop",
                "Pop-upwinkel",
                "Boutique éphémère",
            ),
            "people_made_commission.team_market": (
                "Market stall Leuven",
                "Marktkraam Leuven",
                "Stand de marché Louvain",
            ),
        }
        for xmlid, names in teams.items():
            team = self.env.ref(xmlid)
            self.assertEqual(
                tuple(
                    team.with_context(lang=lang).name
                    for lang in ("en_US", "nl_BE", "fr_BE")
                ),
                names,
            )

    def test_members_can_be_paid(self):
        members = self.env["res.partner"].search(
            [("is_pm_member", "=", True), ("pm_state", "=", "active")]
        )
        for member in members.filtered(lambda m: m.get_external_id()[m.id]):
            self.assertTrue(member.bank_ids, member.name)
            number = member.bank_ids[0].sanitized_acc_number
            self.assertTrue(number.startswith("BE"), number)
            # the IBAN check: the number moved and read as digits, modulo 97
            digits = "".join(str(int(c, 36)) for c in number[4:] + number[:4])
            self.assertEqual(int(digits) % 97, 1, number)
        today = fields.Date.context_today(self.env.user)
        Settlement = self.env["pm.settlement"].with_company(self.company)
        # from last month on: the month before is settled (VELO, confirmed)
        settlements = Settlement._pm_run(
            today.replace(day=1) - relativedelta(months=1), today
        )
        self.assertTrue(settlements)
        settlements.action_confirm()
        self.assertEqual(set(settlements.mapped("state")), {"confirmed"})

    def test_velo_has_a_confirmed_self_billed_bill(self):
        """VELO's latest settlement, the month before last, is confirmed:
        its self-billed bill, which VELO reads and accepts on its portal, in
        Dutch and French (the demo year's settlement, before it, too)."""
        velo = self.env.ref("people_made.partner_velo")
        settlement = self.env["pm.settlement"].search(
            [("member_id", "=", velo.id), ("state", "=", "confirmed")],
            order="date_to desc",
            limit=1,
        )
        month_before_last = self.company._pm_today().replace(day=1) - relativedelta(
            months=2
        )
        self.assertEqual(settlement.date_from, month_before_last)
        bill = settlement.move_id
        self.assertEqual(
            (bill.move_type, bill.state, bill.pm_acceptance),
            ("in_invoice", "posted", "pending"),
        )
        self.assertTrue(bill.journal_id.is_self_billing)
        self.assertGreater(settlement.payout_total, 0)
        self.assertEqual(
            bill.amount_untaxed, settlement.payout_total, "the payout, VAT apart"
        )
        # the run proposes last month: not refused by the confirmed period
        wizard = self.env["pm.settlement.run.wizard"].with_company(self.company)
        wizard = wizard.create({"company_id": self.company.id})
        self.assertGreater(wizard.date_from, settlement.date_to)
        self.authenticate("velo", "velo")
        for lang, says in (
            ("nl", "Dit document aanvaarden"),
            ("fr", "Accepter ce document"),
        ):
            page = self.url_open(f"/{lang}/my/invoices/{bill.id}").text
            self.assertIn(bill.name, page, lang)
            self.assertIn(says, visible_text(page), lang)

    def test_checkout_price_is_the_shop_price(self):
        """A Belgian shopper pays, VAT included, the price the shop shows."""
        shopper = self.env["res.partner"].create(
            {
                "name": "Els Peeters",
                "street": "Bondgenotenlaan 1",
                "zip": "3000",
                "city": "Leuven",
                "country_id": self.env.ref("base.be").id,
            }
        )
        vat21 = (
            self.env["account.chart.template"]
            .with_company(self.company)
            .ref("attn_VAT-OUT-21-L")
        )
        for xmlid in (
            "people_made.product_cork_coasters",
            "people_made_demo.product_denim_tote",
            "people_made_demo.product_apple_juice",
            "people_made_demo.product_planter",
        ):
            product = self.env.ref(xmlid)
            page = self.url_open(f"/nl{product.website_url}").text
            shown = re.search(r'class="oe_currency_value">([\d.,]+)<', page).group(1)
            order = (
                self.env["sale.order"]
                .with_company(self.company)
                .create(
                    {
                        "partner_id": shopper.id,
                        "website_id": self.website.id,
                        "order_line": [
                            fields.Command.create(
                                {"product_id": product.product_variant_id.id}
                            )
                        ],
                    }
                )
            )
            self.assertEqual(f"{order.amount_total:.2f}".replace(".", ","), shown)
            if xmlid != "people_made_demo.product_apple_juice":
                self.assertEqual(order.order_line.tax_ids, vat21)
                self.assertAlmostEqual(
                    order.amount_tax, round(order.amount_untaxed * 0.21, 2)
                )

    def test_a_year_of_the_network_fills_the_dashboard(self):
        """The dashboard and the impact report show a year for a new user."""
        Sale = self.env["pm.insights.sale"].with_company(self.company)
        company = [("company_id", "=", self.company.id)]
        months = Sale._read_group(company, ["date:month"], ["net_amount:sum"])
        self.assertGreaterEqual(len(months), 12)
        kinds = {kind for (kind,) in Sale._read_group(company, ["channel_kind"], [])}
        self.assertLessEqual({"webshop", "shop", "market"}, kinds)
        totals = Sale._pm_totals(company)[0]
        self.assertGreater(totals["payout"], 0)
        self.assertGreater(totals["circular_amount"], 0)
        # the payouts are those of the confirmed settlements
        settlements = self.env["pm.settlement"].search(
            [*company, ("state", "=", "confirmed")]
        )
        self.assertAlmostEqual(
            totals["payout"], sum(settlements.mapped("payout_total")), places=2
        )
        funding = self.env["pm.insights.funding"]._read_group(
            company, ["kind", "date:year"], ["amount:sum"]
        )
        today = fields.Date.context_today(self.env.user)
        for kind in ("fee", "cost"):
            years = {day.year for k, day, __ in funding if k == kind}
            self.assertEqual(years, {today.year - 1, today.year}, kind)
        self.assertTrue(self.env["pm.story.scan"].search_count([]))
        wizard = self.env["pm.impact.report.wizard"].create(
            {"year": today.year, "company_id": self.company.id, "lang": "nl_BE"}
        )
        figures = wizard._pm_figures()
        self.assertGreater(figures["funding"]["ratio"], 0)
        self.assertTrue(figures["streams"])
