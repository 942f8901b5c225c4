# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo.tests import TransactionCase, tagged

MEMBERS = {
    "Kringwinkel Hageland",
    "Kringwinkel Vites",
    "De Vlaspit",
    "VELO",
    "Pro Natura",
    "RISO Vlaams-Brabant",
    "Den Diepen Boomgaard",
    "'t Collectief",
    "Hestia",
    "Den Travak",
}


@tagged("post_install", "-at_install")
class TestDemo(TransactionCase):
    """The demo network that `make run` and `docker compose up` show."""

    def setUp(self):
        super().setUp()
        if not self.env.ref("people_made.partner_velo", raise_if_not_found=False):
            self.skipTest("demo data not loaded")

    def test_company_is_oostrem_in_belgium(self):
        company = self.env.ref("base.demo_company_be")
        self.assertEqual(company.name, "Oostrem")
        self.assertEqual(company.country_id.code, "BE")
        self.assertEqual(company.currency_id.name, "EUR")
        self.assertEqual(company.chart_template, "be_comp")
        self.assertEqual(company.partner_id.lang, "nl_BE")
        self.assertEqual(self.env.ref("base.user_admin").company_id, company)
        self.assertTrue(
            self.env["account.account"]
            .with_company(company)
            .search_count(
                [("company_ids", "in", company.id), ("code", "=like", "7000%")]
            ),
            "the Belgian chart has its sales accounts",
        )

    def test_members_in_flemish_brabant(self):
        members = self.env["res.partner"].search([("is_pm_member", "=", True)])
        # this addon's network; people_made_demo adds members of its own
        own = members.filtered(
            lambda m: m.get_external_id()[m.id].startswith("people_made.")
        )
        self.assertEqual(set(own.mapped("name")), MEMBERS)
        for member in members:
            # Flemish Brabant's postal codes: 1500-1999 and 3000-3499
            zip_code = int(member.zip)
            self.assertTrue(
                1500 <= zip_code <= 1999 or 3000 <= zip_code <= 3499, member.name
            )
            self.assertEqual(member.lang, "nl_BE")

    def test_maakbar_and_products(self):
        warehouse = self.env.ref("people_made.warehouse_maakbar")
        self.assertEqual(warehouse.code, "MAAK")
        self.assertEqual(warehouse.partner_id.city, "Leuven")
        products = self.env["product.template"].search(
            [
                (
                    "categ_id",
                    "child_of",
                    self.env.ref("people_made.product_category_people_made").id,
                )
            ]
        )
        # five here; the demo network addon (people_made_demo) adds more
        self.assertGreaterEqual(len(products), 5)
        # this addon's products are goods kept in stock (other addons add
        # kits, e.g. a gift basket, whose stock is that of its items)
        own = products.filtered(
            lambda p: p.get_external_id()[p.id].startswith("people_made.")
        )
        self.assertEqual(len(own), 5)
        self.assertTrue(all(p.is_storable for p in own))
        k_lumets = self.env.ref("people_made.product_k_lumets")
        self.assertEqual(
            k_lumets.with_context(lang="nl_BE").name,
            "K Lumets aanmaakblokjes (doos van 24)",
        )
