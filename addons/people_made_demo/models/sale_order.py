# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from datetime import timedelta

from odoo import api, fields, models

# the demo's web orders: customer, days ago, [(product xmlid, qty)], collected
DEMO_WEB_ORDERS = (
    (
        "people_made_demo.customer_lotte",
        18,
        [("people_made.product_cork_coasters", 1), ("product_denim_tote", 1)],
        False,
    ),
    (
        "people_made_demo.customer_camille",
        12,
        [("people_made.product_rubber_earrings", 2), ("product_granola", 2)],
        False,
    ),
    (
        "people_made_demo.customer_pieter",
        6,
        [("people_made.product_wrapping_textile", 1), ("product_insect_hotel", 1)],
        True,
    ),
)


class SaleOrder(models.Model):
    _inherit = "sale.order"

    @api.model
    def _pm_demo_web_sales(self):
        """Web orders of the last weeks, as the webshop makes them: confirmed,
        delivered (one by click and collect at MAAKBAR), invoiced and posted,
        so a settlement of this month finds them."""
        customers = [self.env.ref(customer).id for customer, *_rest in DEMO_WEB_ORDERS]
        if self.search_count([("partner_id", "in", customers)]):
            return  # demo functions run again on each update of the addon
        company = self.env.ref("base.demo_company_be")
        website = self.env.ref("website.default_website")
        collect = self.env.ref("website_sale_collect.carrier_pick_up_in_store")
        maakbar = self.env.ref("people_made.warehouse_maakbar")
        orders = self.with_company(company).with_context(tracking_disable=True)
        now = fields.Datetime.now()
        for customer, days, lines, collected in DEMO_WEB_ORDERS:
            partner = self.env.ref(customer)
            order = orders.create(
                {
                    "partner_id": partner.id,
                    "company_id": company.id,
                    "website_id": website.id,
                    "order_line": [
                        fields.Command.create(
                            {
                                "product_id": self.env.ref(
                                    xmlid
                                    if "." in xmlid
                                    else f"people_made_demo.{xmlid}"
                                ).product_variant_id.id,
                                "product_uom_qty": qty,
                            }
                        )
                        for xmlid, qty in lines
                    ],
                }
            )
            if collected:
                order.set_delivery_line(collect, 0.0)
                order.pickup_location_data = maakbar._prepare_pickup_location_data()
                order.warehouse_id = maakbar
            order.action_confirm()
            order.date_order = now - timedelta(days=days)
            order.picking_ids._pm_validate_whole()
            invoice = order._create_invoices()
            invoice.invoice_date = (now - timedelta(days=days - 1)).date()
            invoice.action_post()

    @api.model
    def _pm_demo_order_to_ship(self):
        """A paid web order VELO still has to ship from its portal (login
        velo): three pairs of earrings, which it may ship in part, a belt,
        which it may say it cannot supply, and a numbered bag, whose number
        (serial) it picks when it ships."""
        customer = self.env.ref("people_made_demo.customer_noor")
        if self.search_count([("partner_id", "=", customer.id)]):
            return
        company = self.env.ref("base.demo_company_be")
        order = (
            self.with_company(company)
            .with_context(tracking_disable=True)
            .create(
                {
                    "partner_id": customer.id,
                    "company_id": company.id,
                    "website_id": self.env.ref("website.default_website").id,
                    "order_line": [
                        fields.Command.create(
                            {
                                "product_id": self.env.ref(xmlid).product_variant_id.id,
                                "product_uom_qty": qty,
                            }
                        )
                        for xmlid, qty in (
                            ("people_made.product_rubber_earrings", 3),
                            ("people_made_demo.product_tube_belt", 1),
                            ("people_made_demo.product_tube_bag", 1),
                        )
                    ],
                }
            )
        )
        order.action_confirm()
        # the webshop invoices a paid order at once
        order._force_lines_to_invoice_policy_order()
        invoice = order._create_invoices()
        invoice.action_post()
