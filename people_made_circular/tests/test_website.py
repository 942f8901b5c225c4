# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import sql_db
from odoo.tests import HttpCase, tagged

from .common import CircularCase


@tagged("post_install", "-at_install")
class TestCircularChannel(HttpCase, CircularCase):
    """The circular channel of the webshop, the product page's facts and the
    public criteria of the label."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.product.write(
            {"name": "Tourcirc inpaktextiel", "is_published": True, "weight": 0.5}
        )
        cls.maker_cork = cls.env["res.partner"].create(
            {"name": "Kurkatelier Test", "is_company": True, "is_pm_member": True}
        )
        cls.maker_cork.action_pm_activate()
        cls.cork_product = cls.env["product.template"].create(
            {
                "name": "Tourcirc kurken onderzetter",
                "weight": 0.2,
                "list_price": 9.0,
                "is_published": True,
                "pm_member_id": cls.maker_cork.id,
                "pm_composition_ids": [
                    (0, 0, {"material_id": cls.cork.id, "share": 90}),
                ],
            }
        )
        cls.plain = cls.env["product.template"].create(
            {
                "name": "Tourcirc nieuwe mand",
                "weight": 1.0,
                "list_price": 30.0,
                "is_published": True,
                "pm_member_id": cls.maker.id,
            }
        )
        # the chain of cork comes from the network's material chains
        cls.vlaspit = cls.env["res.partner"].create(
            {"name": "De Vlaspit Test", "is_company": True}
        )
        cls.env["pm.material.source"].create(
            {
                "material_id": cls.cork.id,
                "supplier_id": cls.vlaspit.id,
                "processor_id": cls.maker_cork.id,
            }
        )
        # only this test's products in the shop, whatever else the database has
        mine = cls.product | cls.cork_product | cls.plain
        cls.env["product.template"].search(
            [("id", "not in", mine.ids), ("is_published", "=", True)]
        ).is_published = False
        for product in cls.product | cls.cork_product:
            CircularCase._attach_evidence(cls, product)
        (cls.product | cls.cork_product).action_pm_record_evidence()

    def test_channel_lists_only_circular_products(self):
        self.assertTrue(self.product.pm_is_circular)
        response = self.url_open("/circular?search=Tourcirc")
        self.assertEqual(response.status_code, 200)
        page = response.text
        self.assertIn("Tourcirc inpaktextiel", page)
        self.assertIn("Tourcirc kurken onderzetter", page)
        self.assertNotIn("Tourcirc nieuwe mand", page)
        self.assertIn("pm_circular_intro", page)
        self.assertIn("at least 50 %", page)
        # the whole shop still has the other product; in the certified mode
        # the certified product alone has the green logo, no product a red one
        self._certify(self.product)
        shop = self.url_open("/shop?search=Tourcirc").text
        self.assertIn("Tourcirc nieuwe mand", shop)
        self.assertIn("pm_logo_brand", shop)
        self.assertEqual(shop.count("pm_logo_circular"), 1)
        self.assertNotIn("pm_logo_regular", shop)
        self.assertNotIn("pm_circular_intro", shop)
        # without its evidence a product leaves the channel
        self.product.pm_evidence_checked_on = False
        page = self.url_open("/circular?search=Tourcirc").text
        self.assertNotIn("Tourcirc inpaktextiel", page)

    def test_material_filter_with_the_other_filters(self):
        page = self.url_open(f"/circular?search=Tourcirc&material={self.textile.id}")
        self.assertIn("Tourcirc inpaktextiel", page.text)
        self.assertNotIn("Tourcirc kurken onderzetter", page.text)
        # the filter lists the waste stream and its sub-kind, with counts
        self.assertIn("pm_material_filter", page.text)
        public = self.env.ref("base.public_user")
        website = self.env["website"].with_user(public).get_current_website()
        counts = self.env["pm.material"].with_user(public)._pm_shop_counts(website)
        self.assertEqual(counts[self.textile], 1)
        self.assertEqual(counts[self.cotton], 1)
        self.assertEqual(counts[self.cork], 1)
        self.assertNotIn(self.env.ref("people_made_circular.material_plastic"), counts)
        # a sub-kind
        page = self.url_open(f"/circular?search=Tourcirc&material={self.cotton.id}")
        self.assertIn("Tourcirc inpaktextiel", page.text)
        # with the maker filter: the cork maker has no textile product
        page = self.url_open(
            f"/circular?search=Tourcirc&material={self.textile.id}"
            f"&maker={self.maker_cork.id}"
        ).text
        self.assertNotIn("Tourcirc inpaktextiel", page)
        self.assertNotIn("Tourcirc kurken onderzetter", page)
        page = self.url_open(f"/circular?maker={self.maker_cork.id}").text
        self.assertIn("Tourcirc kurken onderzetter", page)
        self.assertNotIn("Tourcirc inpaktextiel", page)
        # the links of the filters keep the channel
        self.assertIn("circular=1", page)

    def test_product_page_composition_and_chain(self):
        self._certify(self.product)
        page = self.url_open(self.product.website_url).text
        self.assertIn("pm_logo_circular", page)
        self.assertIn(
            "60 % of its weight is reclaimed material: 60 % reclaimed cotton "
            "from Kringwinkel Test.",
            page,
        )
        self.assertIn("Textile / Cotton", page)
        self.assertIn("0.3 kg", page)  # 0.5 kg x 60 %
        chain = page[page.index('class="pm_chain') :]
        chain = chain[: chain.index("</li>")]
        self.assertLess(chain.index("Kringwinkel Test"), chain.index("Cotton"))
        self.assertLess(chain.index("Cotton"), chain.index("Naaiatelier Test"))
        self.assertEqual(chain.count("Naaiatelier Test"), 1, "processor is the maker")
        # a line without its own chain takes the network's
        page = self.url_open(self.cork_product.website_url).text
        chain = page[page.index('class="pm_chain') :]
        chain = chain[: chain.index("</li>")]
        self.assertIn("De Vlaspit Test", chain)
        self.assertIn("Kurkatelier Test", chain)
        # no certificate, no claim: the logo in its one colour
        page = self.url_open(self.plain.website_url).text
        self.assertIn("pm_logo_brand", page)
        self.assertNotIn("pm_logo_circular", page)
        self.assertNotIn("pm_circular_claim", page)
        self.assertNotIn("pm_circular_facts", page)

    def test_user_text_is_escaped(self):
        self.supplier.name = "<script>alert('pm')</script>"
        page = self.url_open(self.product.website_url).text
        self.assertNotIn("<script>alert('pm')</script>", page)
        self.assertIn("&lt;script&gt;", page)

    def test_criteria_page(self):
        self.env.company.pm_circular_threshold = 70.0
        response = self.url_open("/circular/criteria")
        self.assertEqual(response.status_code, 200)
        self.assertIn("<title>What we claim, and on what basis", response.text)
        self.assertIn('<strong class="pm_threshold">70 %</strong>', response.text)
        self.assertIn('<meta name="description"', response.text)

    def test_criteria_page_is_shared_by_new_visitors_only(self):
        """A phone without a session gets a page a cache may keep: no cookie,
        public, an ETag that a conditional request meets with a 304 (the page
        is rendered again, but its CSRF token does not change the ETag)."""
        self.authenticate(None, None)
        self.opener.cookies.clear()
        first = self.url_open("/circular/criteria")
        self.assertEqual(first.status_code, 200)
        self.assertNotIn("Set-Cookie", first.headers)
        self.assertEqual(
            first.headers["Cache-Control"], "public, max-age=60, s-maxage=10"
        )
        self.assertIn("Accept-Language", first.headers["Vary"])
        self.opener.cookies.clear()
        again = self.url_open(
            "/circular/criteria", headers={"If-None-Match": first.headers["ETag"]}
        )
        self.assertEqual(again.status_code, 304)
        # the threshold changes: so does the page, and its ETag
        self.env.company.pm_circular_threshold = 65.0
        self.opener.cookies.clear()
        changed = self.url_open(
            "/circular/criteria", headers={"If-None-Match": first.headers["ETag"]}
        )
        self.assertEqual(changed.status_code, 200)
        self.assertIn('<strong class="pm_threshold">65 %</strong>', changed.text)
        # a signed-in user (or a visitor with a session: a cart) gets its own
        self.authenticate("admin", "admin")
        private = self.url_open("/circular/criteria")
        self.assertEqual(private.status_code, 200)
        self.assertEqual(private.headers["Cache-Control"], "private, no-store")

    def test_maker_page_shows_the_logo_and_its_circular_products(self):
        self._certify(materials=self.cork, holder=self.maker_cork)
        slug = self.env["ir.http"]._slug(self.maker_cork)
        page = self.url_open(f"/makers/{slug}").text
        self.assertIn("pm_logo_circular", page)
        self.assertIn(f'href="/circular?maker={self.maker_cork.id}"', page)

    def test_website_menu(self):
        menu = self.env.ref("people_made_circular.menu_circular")
        self.assertEqual(menu.url, "/circular")
        self.assertIn('href="/circular"', self.url_open("/").text)

    def test_no_query_per_product(self):
        def queries(path):
            self.url_open(path)  # warm the caches
            before = sql_db.sql_counter
            self.url_open(path)
            return sql_db.sql_counter - before

        few = queries("/circular?search=Tourcirc")
        extra = self.env["product.template"].create(
            [
                {
                    "name": f"Tourcirc extra {i}",
                    "weight": 1,
                    "is_published": True,
                    "pm_member_id": self.maker.id,
                    "pm_composition_ids": [
                        (
                            0,
                            0,
                            {
                                "material_id": self.cotton.id,
                                "share": 80,
                                "supplier_id": self.supplier.id,
                            },
                        )
                    ],
                }
                for i in range(10)
            ]
        )
        for product in extra:
            self._attach_evidence(product)
        extra.action_pm_record_evidence()
        many = queries("/circular?search=Tourcirc")
        self.assertLessEqual(
            many, few + 3, f"{few} queries for 2 products, {many} for 12"
        )

    def test_tour_circular_channel(self):
        self.start_tour(
            "/shop?search=Tourcirc", "people_made_circular_tour", login=None
        )

    def test_channel_speaks_dutch_and_french(self):
        for code in ("nl_BE", "fr_BE"):
            self.env["res.lang"]._activate_lang(code)
        self.env["ir.module.module"]._load_module_terms(
            ["people_made_circular"], ["nl_BE", "fr_BE"], overwrite=True
        )
        view = self.env.ref("people_made_circular.criteria_page")
        self.assertIn(
            "Wat we beweren, en op welke basis", view.with_context(lang="nl_BE").arch_db
        )
        self.assertIn(
            "Ce que nous affirmons, et sur quelle base",
            view.with_context(lang="fr_BE").arch_db,
        )
