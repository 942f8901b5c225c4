# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from datetime import date

from odoo.fields import Command
from odoo.tests import TransactionCase, new_test_user


def website_of_the_company_under_test(env):
    """The shop tests read: the company under test's, in English (the demo
    network's website is Oostrem's, Dutch first)."""
    website = env.ref("website.default_website")
    english = env.ref("base.lang_en")
    if english.active and english in website.language_ids:
        website.default_lang_id = english
    if website.company_id != env.company:
        website.write(
            {"company_id": env.company.id, "warehouse_id": False, "salesteam_id": False}
        )


class PeopleMadeCase(TransactionCase):
    """Two active members, A ships its own orders, B brings goods to the shop."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env = cls.env(context=dict(cls.env.context, tracking_disable=True))
        Partner = cls.env["res.partner"]
        cls.member_a = Partner.create(
            {
                "name": "Atelier A",
                "is_company": True,
                "is_pm_member": True,
                "pm_fulfilment": "ships",
                "email": "a@example.com",
            }
        )
        cls.member_b = Partner.create(
            {
                "name": "Atelier B",
                "is_company": True,
                "is_pm_member": True,
                "pm_fulfilment": "shop",
                "email": "b@example.com",
            }
        )
        (cls.member_a | cls.member_b).action_pm_activate()
        website_of_the_company_under_test(cls.env)
        cls.customer = Partner.create(
            {
                "name": "Klant Janssens",
                "email": "klant@example.com",
                "street": "Markt 1",
            }
        )
        Product = cls.env["product.product"]
        cls.product_a = Product.create(
            {
                "name": "Kurken onderzetter",
                "is_storable": True,
                "list_price": 12.0,
                "pm_member_id": cls.member_a.id,
            }
        )
        cls.product_a2 = Product.create(
            {
                "name": "Kurken pennenbak",
                "is_storable": True,
                "list_price": 9.0,
                "pm_member_id": cls.member_a.id,
            }
        )
        cls.product_b = Product.create(
            {
                "name": "Patchwork inpaktextiel",
                "is_storable": True,
                "list_price": 18.0,
                "pm_member_id": cls.member_b.id,
            }
        )
        cls.product_own = Product.create(
            {"name": "Cadeaubon-doosje", "is_storable": True, "list_price": 2.0}
        )
        cls.warehouse = cls.env["stock.warehouse"].search(
            [("company_id", "=", cls.env.company.id)], limit=1
        )
        cls.stock = cls.warehouse.lot_stock_id

    @classmethod
    def _pm_portal_users(cls):
        """A portal user for each member: ``cls.user_a`` (login member_a) and
        ``cls.user_b`` (login member_b)."""
        Partner = cls.env["res.partner"]
        for key, name, member in (
            ("a", "Anna A", cls.member_a),
            ("b", "Bert B", cls.member_b),
        ):
            contact = Partner.create({"name": name, "parent_id": member.id})
            user = new_test_user(
                cls.env,
                f"member_{key}",
                groups="base.group_portal",
                partner_id=contact.id,
            )
            setattr(cls, f"user_{key}", user)

    @classmethod
    def _invoice(cls, lines, move_type="out_invoice", team=None, day=None, **values):
        """A posted customer document of [(product, qty, price, discount)]
        or [(product, qty, price, discount, taxes)] (no taxes when left out),
        dated ``day`` (15 October 2026 by default)."""
        move = cls.env["account.move"].create(
            {
                "move_type": move_type,
                "partner_id": cls.customer.id,
                "invoice_date": day or date(2026, 10, 15),
                "team_id": team.id if team else False,
                "invoice_line_ids": [
                    Command.create(
                        {
                            "product_id": product.id,
                            "quantity": qty,
                            "price_unit": price,
                            "discount": discount,
                            "tax_ids": [Command.set(taxes[0].ids if taxes else [])],
                        }
                    )
                    for product, qty, price, discount, *taxes in lines
                ],
                **values,
            }
        )
        move.action_post()
        return move
