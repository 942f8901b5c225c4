# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, models

# quantities each member brings, owned by the member, to the webshop's
# warehouse in Herent and to MAAKBAR
DEMO_STOCK = {"webshop": 20, "maakbar": 8}
# numbered (serial-tracked) pieces each member has in the webshop's warehouse
DEMO_SERIALS = 5


class ProductTemplate(models.Model):
    _inherit = "product.template"

    @api.model
    def _pm_demo_company(self):
        return self.env.ref("base.demo_company_be")

    @api.model
    def _pm_demo_products(self):
        return self.with_context(active_test=False).search(
            [("pm_member_id", "!=", False)]
        )

    @api.model
    def _pm_demo_unpublish_others(self):
        """Odoo's demo furniture, warranties and services are not People
        Made's: unpublished (the shop hides products without a maker anyway)."""
        self.search(
            [("pm_member_id", "=", False), ("is_published", "=", True)]
        ).is_published = False
        # nor on People Made's tills: Odoo's demo furniture, food and combos;
        # a product inside a combo cannot leave the till (Odoo refuses it),
        # it stays only within its combo, which leaves
        in_combos = (
            self.env["product.combo.item"].sudo().search([]).product_id.product_tmpl_id
        )
        (
            self.search(
                [
                    ("pm_member_id", "=", False),
                    ("available_in_pos", "=", True),
                    ("type", "in", ("consu", "combo")),
                ]
            )
            - in_combos
        ).available_in_pos = False

    @api.model
    def _pm_demo_set_taxes(self):
        """Oostrem's VAT on the members' products: 6 % on food, 21 % on the
        rest (the Belgian chart's taxes)."""
        company = self._pm_demo_company()
        chart = self.env["account.chart.template"].with_company(company)
        vat21 = chart.ref("attn_VAT-OUT-21-L")
        vat6 = chart.ref("attn_VAT-OUT-06-L")
        food = self.env.ref("people_made_demo.categ_food")
        for product in self._pm_demo_products():
            tax = vat6 if product.categ_id == food else vat21
            # the other companies' default taxes stay out of Oostrem's orders
            product.taxes_id = tax

    @api.model
    def _pm_demo_put_stock(self):
        """Each member's products in stock, owned by the member (consignment):
        in the webshop's warehouse and at MAAKBAR."""
        company = self._pm_demo_company()
        maakbar = self.env.ref("people_made.warehouse_maakbar")
        webshop = self.env.ref("people_made_demo.warehouse_webshop")
        Quant = self.env["stock.quant"].with_company(company)
        if Quant.search_count([("location_id", "=", webshop.lot_stock_id.id)]):
            return  # demo functions run again on each update of the addon
        products = self._pm_demo_products()
        for template in products.filtered(lambda t: t.tracking == "serial"):
            # numbered pieces: each unit its own serial, at the webshop only
            # (they are not sold at the tills)
            product = template.product_variant_id
            for number in range(1, DEMO_SERIALS + 1):
                lot = self.env["stock.lot"].create(
                    {
                        "name": f"{template.default_code}-{number:03d}",
                        "product_id": product.id,
                        "company_id": company.id,
                    }
                )
                Quant._update_available_quantity(
                    product,
                    webshop.lot_stock_id,
                    1,
                    lot_id=lot,
                    owner_id=template.pm_member_id,
                )
        for template in products.filtered(lambda t: t.tracking == "none"):
            for warehouse, qty in (
                (webshop, DEMO_STOCK["webshop"]),
                (maakbar, DEMO_STOCK["maakbar"]),
            ):
                Quant._update_available_quantity(
                    template.product_variant_id,
                    warehouse.lot_stock_id,
                    qty,
                    owner_id=template.pm_member_id,
                )
