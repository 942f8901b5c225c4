# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
import re

from odoo import sql_db
from odoo.tests import HttpCase, tagged
from odoo.tools import mute_logger

from .common import PeopleMadeCase


@tagged("post_install", "-at_install")
class TestWebsiteMakers(HttpCase, PeopleMadeCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.member_a.write(
            {
                "name": "Atelier Tour",
                "city": "Leuven",
                "pm_kind": "social_workshop",
                "pm_story": "<p>Wij maken onderzetters van kurk.</p>",
            }
        )
        cls.published = cls.env["product.template"].create(
            {
                "name": "Tourkurk onderzetter",
                "list_price": 12,
                "pm_member_id": cls.member_a.id,
                "is_published": True,
                "website_sequence": 1,
            }
        )
        cls.hidden = cls.env["product.template"].create(
            {"name": "Tourkurk prototype", "pm_member_id": cls.member_a.id}
        )
        cls.other = cls.env["product.template"].create(
            {
                "name": "Tourtextiel sjaal",
                "pm_member_id": cls.member_b.id,
                "is_published": True,
            }
        )
        cls.slug_a = cls.env["ir.http"]._slug(cls.member_a)

    def test_maker_on_shop_and_product_page(self):
        shop = self.url_open("/shop?search=Tourkurk").text
        self.assertIn("Made by", shop)
        self.assertIn(f'href="/makers/{self.slug_a}"', shop)
        page = self.url_open(self.published.website_url).text
        self.assertIn(f'href="/makers/{self.slug_a}"', page)
        self.assertIn("Atelier Tour", page)

    def test_mangled_shop_links_still_show_the_shop(self):
        """A tag, attribute value or category that is not an id filters by
        nothing instead of crashing the page (Odoo reads them with int())."""
        for query in (
            "tags=%C3%BC",
            "tags=abc,%C2%B2",
            "attribute_values=%C3%BC",
            "attribute_values=1-x",
            "attribute_values=1-2,%C2%B2",
        ):
            response = self.url_open(f"/shop?search=Tourkurk&{query}")
            self.assertEqual(response.status_code, 200, query)
            self.assertIn("Tourkurk onderzetter", response.text, query)
        for query in ("attribute_values=%C3%BC", "attribute_values=x,%C2%B2"):
            response = self.url_open(f"{self.published.website_url}?{query}")
            self.assertEqual(response.status_code, 200, query)
            self.assertIn("Tourkurk onderzetter", response.text, query)

    def test_shop_filtered_by_maker(self):
        page = self.url_open(f"/shop?maker={self.member_b.id}&search=Tour").text
        self.assertIn("Tourtextiel sjaal", page)
        self.assertNotIn("Tourkurk onderzetter", page)
        page = self.url_open(f"/shop?maker={self.member_a.id}&search=Tour").text
        self.assertIn("Tourkurk onderzetter", page)
        self.assertNotIn("Tourtextiel sjaal", page)
        self.assertIn("pm_maker_filter", page)

    def test_makers_page_lists_active_members(self):
        suspended = self.env["res.partner"].create(
            {"name": "Geschorst Atelier", "is_company": True, "is_pm_member": True}
        )
        suspended.action_pm_activate()
        suspended.action_pm_suspend()
        page = self.url_open("/makers").text
        self.assertIn("Atelier Tour", page)
        self.assertIn("Atelier B", page)
        self.assertNotIn("Geschorst Atelier", page)
        self.assertIn("<title>Our makers", page)

    def test_directory_filters_combine(self):
        Partner = self.env["res.partner"]
        members = {}
        for name, city, kind in (
            ("Dirwerk Leuven", "Leuven", "care_labour"),
            ("Dirwerk Herent", "Herent", "care_labour"),
            ("Dircoop Leuven", "Leuven", "cooperative"),
        ):
            members[name] = Partner.create(
                {
                    "name": name,
                    "is_company": True,
                    "is_pm_member": True,
                    "city": city,
                    "pm_kind": kind,
                }
            )
            members[name].action_pm_activate()

        def listed(query):
            page = self.url_open(f"/makers{query}").text
            return {name for name in members if name in page}

        # no products, listed all the same: the network, not only the shop
        self.assertEqual(listed(""), set(members))
        self.assertEqual(
            listed("?kind=care_labour"), {"Dirwerk Leuven", "Dirwerk Herent"}
        )
        self.assertEqual(listed("?city=Leuven"), {"Dirwerk Leuven", "Dircoop Leuven"})
        self.assertEqual(listed("?kind=care_labour&city=Leuven"), {"Dirwerk Leuven"})
        self.assertEqual(listed("?kind=cooperative&city=Herent"), set())
        self.assertIn(
            "No member matches these filters.",
            self.url_open("/makers?kind=cooperative&city=Herent").text,
        )
        # a filter that is none is ignored, not an error
        self.assertEqual(listed("?kind=nonsense&city=Atlantis"), set(members))
        page = self.url_open("/makers?kind=care_labour").text
        self.assertRegex(page, r'<option (?=[^>]*value="care_labour")[^>]*selected')
        # Atelier Tour's own card (other members' counts depend on the demo)
        page = self.url_open("/makers?kind=social_workshop&city=Leuven").text
        card = re.search(
            r'card-title">Atelier Tour</h2>.*?class="pm_maker_makes">([^<]*)<',
            page,
            re.DOTALL,
        )
        self.assertEqual(card.group(1), "Makes 1 product", "Atelier Tour sells one")

    def test_maker_pages_in_the_sitemap(self):
        self.env["ir.attachment"].search([("url", "=like", "/sitemap%")]).unlink()
        sitemap = self.url_open("/sitemap.xml").text
        self.assertIn(f"/makers/{self.slug_a}</loc>", sitemap)
        self.assertIn(
            f"/makers/{self.env['ir.http']._slug(self.member_b)}</loc>", sitemap
        )
        self.assertNotIn(
            f"/makers/{self.env['ir.http']._slug(self.customer)}<", sitemap
        )

    def test_maker_page(self):
        response = self.url_open(f"/makers/{self.slug_a}")
        self.assertEqual(response.status_code, 200)
        page = response.text
        self.assertIn("Wij maken onderzetters van kurk.", page)
        self.assertIn("Tourkurk onderzetter", page)
        self.assertNotIn("Tourkurk prototype", page, "unpublished")
        self.assertNotIn("Tourtextiel sjaal", page, "another maker's")
        self.assertIn(
            '<meta name="description" content="Wij maken onderzetters van kurk.', page
        )
        self.assertIn("<title>Atelier Tour", page)

    def test_maker_page_refuses_other_partners(self):
        suspended = self.env["res.partner"].create(
            {"name": "Geschorst Atelier", "is_company": True, "is_pm_member": True}
        )
        suspended.action_pm_activate()
        suspended.action_pm_suspend()
        slug = self.env["ir.http"]._slug
        with mute_logger("odoo.http"):
            for path in (
                f"/makers/{slug(self.customer)}",
                f"/makers/{slug(suspended)}",
                "/makers/onbestaand-999999",
            ):
                self.assertEqual(self.url_open(path).status_code, 404, path)

    def test_story_is_escaped(self):
        self.member_a.pm_story = '<p>Hallo</p><script>alert("pm")</script>'
        page = self.url_open(f"/makers/{self.slug_a}").text
        self.assertNotIn('<script>alert("pm")</script>', page)

    def test_no_query_per_product(self):
        def queries(path):
            self.url_open(path)  # warm the caches
            before = sql_db.sql_counter
            self.url_open(path)
            return sql_db.sql_counter - before

        few = queries(f"/makers/{self.slug_a}")
        self.env["product.template"].create(
            [
                {
                    "name": f"Tourkurk extra {i}",
                    "pm_member_id": self.member_a.id,
                    "is_published": True,
                }
                for i in range(10)
            ]
        )
        many = queries(f"/makers/{self.slug_a}")
        self.assertLessEqual(
            many, few + 2, f"{few} queries for 1 product, {many} for 11"
        )
        few_makers = queries("/makers")
        for i in range(5):
            member = self.env["res.partner"].create(
                {"name": f"Extra Atelier {i}", "is_company": True, "is_pm_member": True}
            )
            member.action_pm_activate()
        self.assertLessEqual(queries("/makers"), few_makers + 2)

    def test_tour_shop_to_maker(self):
        self.start_tour("/shop?search=Tourkurk", "people_made_maker_tour", login=None)
