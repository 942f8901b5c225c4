# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
import io
from datetime import date
from unittest.mock import patch

from openpyxl import load_workbook

from odoo.exceptions import AccessError, UserError
from odoo.fields import Command
from odoo.tests import new_test_user, tagged
from odoo.tools import mute_logger

from .common import PeopleMadeCase


@tagged("post_install", "-at_install")
class TestSoldLines(PeopleMadeCase):
    """The member's sold lines are its rows of the sales ledger: invoiced
    orders, credit notes as negative rows, nothing of an order that was
    never invoiced."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.webshop = cls.env["crm.team"].create({"name": "Webshop"})
        cls.sales = cls.env["crm.team"].create({"name": "Verkoop"})

        def invoiced(product, qty, price, day, team):
            so = cls.env["sale.order"].create(
                {
                    "partner_id": cls.customer.id,
                    "team_id": team.id,
                    "order_line": [
                        Command.create(
                            {
                                "product_id": product.id,
                                "product_uom_qty": qty,
                                "price_unit": price,
                                "tax_ids": [Command.clear()],
                            }
                        )
                    ],
                }
            )
            so.action_confirm()
            so._force_lines_to_invoice_policy_order()
            invoice = so._create_invoices()
            invoice.invoice_date = day
            invoice.action_post()
            return invoice

        cls.march = invoiced(cls.product_b, 2, 18.0, date(2026, 3, 10), cls.webshop)
        cls.april = invoiced(cls.product_b, 1, 17.5, date(2026, 4, 30), cls.sales)
        cls.other_member = invoiced(
            cls.product_a, 5, 12.0, date(2026, 3, 11), cls.webshop
        )
        reversal = (
            cls.env["account.move.reversal"]
            .with_context(active_model="account.move", active_ids=cls.march.ids)
            .create({"date": date(2026, 4, 2), "journal_id": cls.march.journal_id.id})
        )
        cls.refund = cls.env["account.move"].browse(reversal.refund_moves()["res_id"])
        cls.refund.write({"invoice_date": date(2026, 4, 2)})
        cls.refund.invoice_line_ids.quantity = 1
        cls.refund.action_post()
        # confirmed, never invoiced: not a sale
        cls.uninvoiced = cls.env["sale.order"].create(
            {
                "partner_id": cls.customer.id,
                "order_line": [Command.create({"product_id": cls.product_b.id})],
            }
        )
        cls.uninvoiced.action_confirm()

    def test_sold_lines_of_the_member_by_period(self):
        lines = self.member_b._pm_sold_lines()
        self.assertEqual(lines.move_id, self.march | self.refund | self.april)
        april = self.member_b._pm_sold_lines(date(2026, 4, 1), date(2026, 4, 30))
        self.assertEqual(april.move_id, self.refund | self.april, "whole days")
        self.assertEqual(april.mapped("quantity"), [-1.0, 1.0])
        self.assertEqual(
            [line.team_id.name for line in lines], ["Webshop", "Webshop", "Verkoop"]
        )

    def test_xlsx_export(self):
        report = self.env.ref("people_made_vendor.action_report_pm_sold_lines_xlsx")
        content, kind = self.env["ir.actions.report"]._render(
            report,
            self.member_b.ids,
            {"date_from": "2026-03-01", "date_to": "2026-04-30"},
        )
        self.assertEqual(kind, "xlsx")
        sheet = load_workbook(io.BytesIO(content)).active
        rows = list(sheet.iter_rows(values_only=True))
        self.assertEqual(
            rows[0][:5], ("Date", "Document", "Product", "Quantity", "Channel")
        )
        self.assertEqual(
            [(r[1], r[3], r[4], r[6]) for r in rows[1:4]],
            [
                (self.march.name, 2, "Webshop", 36.0),
                (self.refund.name, -1, "Webshop", -18.0),
                (self.april.name, 1, "Verkoop", 17.5),
            ],
        )
        self.assertEqual(rows[4][0], "Total")
        self.assertEqual((rows[4][3], rows[4][6]), (2, 35.5))

    def test_xlsx_export_refused_for_another_member(self):
        portal_user = new_test_user(self.env, "pm_portal_a", groups="base.group_portal")
        portal_user.pm_member_ids = self.member_a
        report = self.env.ref("people_made_vendor.action_report_pm_sold_lines_xlsx")
        with self.assertRaises(AccessError):
            self.env["ir.actions.report"].with_user(portal_user).sudo(False)._render(
                report, self.member_b.ids, {}
            )


@tagged("post_install", "-at_install")
class TestClickAndCollect(PeopleMadeCase):
    def test_pickup_in_shop_is_prepared_from_the_shop(self):
        """A shopper who picks up in a shop gets the goods from that shop's
        stock, even for a maker that ships its own orders, and takes the
        maker's own quants there."""
        shop = self.env["stock.warehouse"].create(
            {"name": "Pop-up Leuven", "code": "POPL"}
        )
        self.env["stock.quant"]._update_available_quantity(
            self.product_a, shop.lot_stock_id, 4, owner_id=self.member_a
        )
        carrier_product = self.env["product.product"].create(
            {"name": "Afhalen in de winkel", "type": "service", "list_price": 0}
        )
        in_store = self.env["delivery.carrier"].create(
            {
                "name": "Afhalen in de winkel",
                "delivery_type": "in_store",
                "product_id": carrier_product.id,
                "warehouse_ids": [Command.set(shop.ids)],
            }
        )
        order = self.env["sale.order"].create(
            {
                "partner_id": self.customer.id,
                "carrier_id": in_store.id,
                "warehouse_id": shop.id,
                "order_line": [
                    Command.create(
                        {"product_id": self.product_a.id, "product_uom_qty": 3}
                    )
                ],
            }
        )
        order.action_confirm()
        picking = order.picking_ids
        self.assertEqual(len(picking), 1)
        self.assertFalse(picking.pm_member_id, "not a maker shipment")
        self.assertEqual(picking.location_id, shop.lot_stock_id)
        picking.action_assign()
        self.assertEqual(picking.move_line_ids.owner_id, self.member_a)
        self.assertEqual(sum(picking.move_line_ids.mapped("quantity")), 3)

    def test_unreachable_geolocation_leaves_the_shop_out(self):
        """Offline or with the geocoder down, the product and checkout pages
        still render: the shop is left out of the pick-up map, and tried again
        next time (its coordinates stay unset)."""
        self.warehouse.partner_id.write(
            {
                "partner_latitude": 0,
                "partner_longitude": 0,
                "street": "Bondgenotenlaan 1",
                "city": "Leuven",
            }
        )

        def unreachable(partners):
            raise UserError(partners.env._("Error with geolocation server: no network"))

        with (
            patch.object(type(self.env["res.partner"]), "geo_localize", unreachable),
            mute_logger("odoo.addons.people_made_vendor.models.stock_warehouse"),
        ):
            self.assertEqual(self.warehouse._prepare_pickup_location_data(), {})
        self.assertEqual(self.warehouse.partner_id.partner_latitude, 0)
        with patch.object(
            type(self.env["res.partner"]), "geo_localize", lambda partners: True
        ):
            data = self.warehouse._prepare_pickup_location_data()
        self.assertEqual(data["id"], self.warehouse.id)
