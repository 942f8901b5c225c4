# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
import uuid

from odoo import api, fields, models

# the demo's tills: xmlid, name, sales team (the channel), cash journal name
DEMO_SHOPS = (
    ("pos_config_maakbar", "MAAKBAR Leuven", "people_made_commission.team_maakbar"),
    ("pos_config_popup", "Pop-up shop", "people_made_demo.team_popup"),
    ("pos_config_market", "Market stall Leuven", "people_made_commission.team_market"),
)


class PosConfig(models.Model):
    _inherit = "pos.config"

    @api.model
    def _pm_demo_create_shops(self):
        """MAAKBAR's till, a pop-up and a market stall for Oostrem, selling
        from MAAKBAR's stock, with cash and card."""
        # demo functions run again on each update of the addon: once is enough
        if self.env.ref(
            "people_made_demo.pos_config_maakbar", raise_if_not_found=False
        ):
            return
        company = self.env.ref("base.demo_company_be")
        warehouse = self.env.ref("people_made.warehouse_maakbar")
        configs = self.with_company(company).with_context(tracking_disable=True)
        for xmlid, name, team in DEMO_SHOPS:
            journal, payment_method_ids = configs._create_journal_and_payment_methods(
                cash_ref=f"people_made_demo.pos_payment_cash_{xmlid[11:]}",
                cash_journal_vals={
                    "name": f"{name} cash",
                    "code": xmlid[11:15].upper(),
                },
            )
            config = configs.create(
                {
                    "name": name,
                    "company_id": company.id,
                    "journal_id": journal.id,
                    "payment_method_ids": [fields.Command.set(payment_method_ids)],
                    "picking_type_id": warehouse.pos_type_id.id,
                    "crm_team_id": self.env.ref(team).id,
                }
            )
            self.env["ir.model.data"]._update_xmlids(
                [
                    {
                        "xml_id": f"people_made_demo.{xmlid}",
                        "record": config,
                        "noupdate": True,
                    }
                ]
            )

    @api.model
    def _pm_demo_name_payment_methods(self):
        """The tills' ways to pay, named in the cashiers' languages."""
        names = {
            "bank": ("Card", "Kaart", "Carte"),
            "cash": ("Cash", "Contant", "Espèces"),
            "pay_later": ("Customer Account", "Klantenrekening", "Compte client"),
        }
        shops = self.env["pos.config"]
        for xmlid, _name, _team in DEMO_SHOPS:
            shops |= self.env.ref(f"people_made_demo.{xmlid}")
        for method in shops.payment_method_ids:
            english, dutch, french = names[method.type]
            method.with_context(lang="en_US").name = english
            method.update_field_translations("name", {"nl_BE": dutch, "fr_BE": french})

    def _pm_demo_sell(self, baskets, refund_first=False, when=None):
        """Sell ``baskets`` ([[(product, qty)]]) at this till as the till's
        own synchronisation does, paid by card, refund the first line of the
        first basket if asked, and close the session; each order dated by
        ``when`` (a datetime per basket) if given, for the demo's history."""
        self.ensure_one()
        admin = self.env.ref("base.user_admin")
        config = self.with_user(admin).with_company(self.company_id)
        config.open_ui()
        session = config.current_session_id
        session.set_opening_control(0, None)
        card = config.payment_method_ids.filtered(lambda m: m.type == "bank")[:1]
        Order = self.env["pos.order"].with_user(admin).with_company(self.company_id)
        orders = Order
        for basket in baskets:
            orders |= Order.browse(
                Order.sync_from_ui([config._pm_demo_order_data(session, card, basket)])[
                    "pos.order"
                ][0]["id"]
            )
        if refund_first:
            line = orders[:1].lines[:1]
            Order.sync_from_ui(
                [
                    config._pm_demo_order_data(
                        session,
                        card,
                        [(line.product_id, -1)],
                        refunded_line=line,
                    )
                ]
            )
        for order, moment in zip(orders, when or (), strict=False):
            order.date_order = moment
        session.action_pos_session_closing_control()
        return session

    def _pm_demo_order_data(self, session, payment_method, basket, refunded_line=None):
        """An order as the till sends it (prices with the product's taxes)."""
        lines = []
        total = 0.0
        for product, qty in basket:
            taxes = product.taxes_id.filtered(
                lambda t, c=self.company_id: t.company_id == c
            )
            price = product.lst_price
            amounts = taxes.compute_all(price, self.currency_id, qty, product=product)
            total += amounts["total_included"]
            line = {
                "product_id": product.id,
                "qty": qty,
                "price_unit": price,
                "price_subtotal": amounts["total_excluded"],
                "price_subtotal_incl": amounts["total_included"],
                "tax_ids": [fields.Command.set(taxes.ids)],
                "pack_lot_ids": [],
            }
            if refunded_line:
                line["refunded_orderline_id"] = refunded_line.id
            lines.append(fields.Command.create(line))
        total = self.currency_id.round(total)
        order_uuid = str(uuid.uuid4())
        return {
            "uuid": order_uuid,
            "name": f"Order {order_uuid}",
            "session_id": session.id,
            "pricelist_id": self.pricelist_id.id,
            "fiscal_position_id": False,
            "user_id": self.env.user.id,
            "date_order": fields.Datetime.to_string(fields.Datetime.now()),
            "lines": lines,
            "amount_tax": total - sum(c[2]["price_subtotal"] for c in lines),
            "amount_total": total,
            "amount_paid": total,
            "amount_return": 0,
            "payment_ids": [
                fields.Command.create(
                    {
                        "amount": total,
                        "name": fields.Datetime.now(),
                        "payment_method_id": payment_method.id,
                    }
                )
            ],
            "state": "paid",
            "last_order_preparation_change": "{}",
            "to_invoice": False,
        }

    @api.model
    def _pm_demo_shop_sales(self):
        """Sales at MAAKBAR (a closed session, with a refund) and at the
        market stall, so the statements and reports show the shops."""
        P = self.env.ref
        maakbar = P("people_made_demo.pos_config_maakbar")
        if maakbar.session_ids:
            return
        maakbar._pm_demo_sell(
            [
                [(P("people_made.product_cork_coasters").product_variant_id, 2)],
                [
                    (P("people_made_demo.product_denim_tote").product_variant_id, 1),
                    (P("people_made_demo.product_apple_juice").product_variant_id, 3),
                ],
                [(P("people_made_demo.product_tea_towel").product_variant_id, 2)],
                [(P("people_made.product_rubber_earrings").product_variant_id, 1)],
            ],
            refund_first=True,
        )
        P("people_made_demo.pos_config_market")._pm_demo_sell(
            [
                [(P("people_made_demo.product_jam").product_variant_id, 2)],
                [(P("people_made_demo.product_insect_hotel").product_variant_id, 1)],
            ]
        )
