# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, models

SEQUENCE_CODE = "people_made.maker_shipment"


class ResCompany(models.Model):
    _inherit = "res.company"

    def _pm_maker_picking_type(self):
        self.ensure_one()
        return self.env["stock.picking.type"].search(
            [("company_id", "=", self.id), ("sequence_id.code", "=", SEQUENCE_CODE)],
            limit=1,
        )

    def _pm_create_maker_shipping(self):
        """Create, per company, what members that ship their own orders need:
        a sequence, the operation type "Maker Shipments" and its rule in the
        route "Shipped by its maker" (like Odoo's dropshipping, without a
        purchase: the goods leave from the maker, not from People Made)."""
        makers = self.env.ref("people_made_vendor.stock_location_makers")
        customers = self.env.ref("stock.stock_location_customers")
        route = self.env.ref("people_made_vendor.route_shipped_by_maker")
        for company in self:
            if company._pm_maker_picking_type():
                continue
            sequence = self.env["ir.sequence"].create(
                {
                    "name": "Maker Shipments",
                    "code": SEQUENCE_CODE,
                    "prefix": "MKR/",
                    "padding": 5,
                    "company_id": company.id,
                }
            )
            picking_type = self.env["stock.picking.type"].create(
                {
                    "name": "Maker Shipments",
                    "company_id": company.id,
                    "warehouse_id": False,
                    "sequence_id": sequence.id,
                    "sequence_code": "MKR",
                    "code": "outgoing",
                    "default_location_src_id": makers.id,
                    "default_location_dest_id": customers.id,
                }
            )
            self.env["stock.rule"].create(
                {
                    "name": f"{makers.name} → {customers.name}",
                    "action": "pull",
                    "location_src_id": makers.id,
                    "location_dest_id": customers.id,
                    "procure_method": "make_to_stock",
                    "route_id": route.id,
                    "picking_type_id": picking_type.id,
                    "company_id": company.id,
                }
            )

    @api.model
    def _pm_create_missing_maker_shipping(self):
        self.search([])._pm_create_maker_shipping()

    def _create_per_company_rules(self):
        res = super()._create_per_company_rules()
        self._pm_create_maker_shipping()
        return res

    @api.model
    def _pm_install_languages(self):
        languages = super()._pm_install_languages()
        # a language the website does not offer answers 404 on /nl/shop
        self.env["website"].sudo().search([])._pm_add_languages(languages)
        return languages
