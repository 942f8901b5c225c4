# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, fields, models

# the year's-end basket's items: (product xmlid, quantity per basket)
DEMO_BASKET_ITEMS = (
    ("people_made_demo.product_jam", 1),
    ("people_made_demo.product_tea_towel", 1),
    ("people_made_demo.product_chain_opener", 1),
)


class PmBasketCampaign(models.Model):
    _inherit = "pm.basket.campaign"

    @api.model
    def _pm_demo_year_end(self):
        """The year's-end basket at Hestia: its contents, its campaign
        confirmed, the items of Den Diepen Boomgaard and 't Collectief
        received at Hestia, VELO's still to send from its portal, and a web
        order of two baskets paid (invoiced) and waiting for VELO's items."""
        campaign = self.env.ref("people_made_demo.campaign_year_end")
        if campaign.state != "draft":
            return  # demo functions run again on each update of the addon
        company = self.env.ref("base.demo_company_be")
        basket = campaign.basket_id.with_company(company)
        chart = self.env["account.chart.template"].with_company(company)
        basket.taxes_id = chart.ref("attn_VAT-OUT-21-L")
        if not basket.bom_ids:
            self.env["mrp.bom"].create(
                {
                    "product_tmpl_id": basket.id,
                    "company_id": company.id,
                    "type": "phantom",
                    "bom_line_ids": [
                        fields.Command.create(
                            {
                                "product_id": self.env.ref(xmlid).product_variant_id.id,
                                "product_qty": qty,
                            }
                        )
                        for xmlid, qty in DEMO_BASKET_ITEMS
                    ],
                }
            )
        campaign = campaign.with_company(company).with_context(tracking_disable=True)
        campaign.source_location_id = self.env.ref(
            "people_made_demo.warehouse_webshop"
        ).lot_stock_id
        campaign.action_confirm()
        velo = self.env.ref("people_made.partner_velo")
        received = campaign.picking_ids.filtered(lambda p: p.pm_hub_sender_id != velo)
        received.action_pm_mark_sent_to_hub()
        received.action_pm_receive_at_hub()
        # a paid web order of two baskets: invoiced at once, as the webshop
        # does; the hub ships it when VELO's openers arrive
        order = (
            self.env["sale.order"]
            .with_company(company)
            .with_context(tracking_disable=True)
            .create(
                {
                    "partner_id": self.env.ref("people_made_demo.customer_elise").id,
                    "company_id": company.id,
                    "website_id": self.env.ref("website.default_website").id,
                    "order_line": [
                        fields.Command.create(
                            {
                                "product_id": basket.product_variant_id.id,
                                "product_uom_qty": 2,
                            }
                        )
                    ],
                }
            )
        )
        order.action_confirm()
        order._force_lines_to_invoice_policy_order()
        order._create_invoices().action_post()
