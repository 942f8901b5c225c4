# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from collections import defaultdict

from markupsafe import Markup

from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError
from odoo.fields import Command
from odoo.tools.misc import formatLang


class PmBasketCampaign(models.Model):
    """A season's gift baskets: how many of a basket the hub assembles in a
    period. Confirming it asks each maker to send its items to the hub."""

    _name = "pm.basket.campaign"
    _description = "Gift Basket Campaign"
    _inherit = "mail.thread"
    _order = "date_from desc, id desc"

    name = fields.Char(required=True, translate=True, tracking=True)
    company_id = fields.Many2one(
        "res.company", required=True, default=lambda self: self.env.company
    )
    basket_id = fields.Many2one(
        "product.template",
        required=True,
        domain=[("pm_is_basket", "=", True)],
        tracking=True,
    )
    hub_warehouse_id = fields.Many2one(
        related="basket_id.pm_hub_warehouse_id", string="Hub"
    )
    quantity = fields.Integer(
        string="Baskets Planned", required=True, default=1, tracking=True
    )
    date_from = fields.Date(string="On Sale From", required=True)
    date_to = fields.Date(string="On Sale Until", required=True)
    source_location_id = fields.Many2one(
        "stock.location",
        string="Makers' Stock At",
        required=True,
        domain=[("usage", "=", "internal")],
        default=lambda self: self._default_source_location(),
        help="Where the makers that bring their goods to People Made keep "
        "them; makers that ship their own orders send from their workshop.",
    )
    state = fields.Selection(
        [
            ("draft", "Draft"),
            ("confirmed", "Confirmed"),
            ("cancel", "Cancelled"),
        ],
        default="draft",
        required=True,
        readonly=True,
        tracking=True,
    )
    picking_ids = fields.One2many(
        "stock.picking", "pm_basket_campaign_id", string="Transfers to the Hub"
    )
    picking_count = fields.Integer(compute="_compute_picking_count")
    summary_html = fields.Html(
        string="Summary", compute="_compute_summary_html", sanitize=False
    )

    _check_quantity = models.Constraint(
        "CHECK(quantity > 0)", "A campaign plans at least one basket."
    )
    _check_dates = models.Constraint(
        "CHECK(date_from <= date_to)", "A campaign cannot end before it starts."
    )

    @api.model
    def _default_source_location(self):
        website = self.env["website"].search(
            [("company_id", "=", self.env.company.id)], limit=1
        )
        warehouse = website.warehouse_id or self.env["stock.warehouse"].search(
            [("company_id", "=", self.env.company.id)], limit=1
        )
        return warehouse.lot_stock_id

    @api.constrains("quantity", "date_from", "date_to")
    def _check_values(self):
        # the SQL constraints hold the line; these say it in the user's language
        for campaign in self:
            if campaign.quantity <= 0:
                raise ValidationError(
                    self.env._("A campaign plans at least one basket.")
                )
            if campaign.date_from > campaign.date_to:
                raise ValidationError(
                    self.env._("A campaign cannot end before it starts.")
                )

    def _compute_picking_count(self):
        for campaign in self:
            campaign.picking_count = len(campaign.picking_ids)

    # confirming -------------------------------------------------------------

    def action_confirm(self):
        for campaign in self:
            if campaign.state != "draft":
                raise UserError(
                    self.env._("%s is already confirmed.", campaign.display_name)
                )
            campaign._pm_create_hub_transfers()
            campaign.state = "confirmed"
        return True

    def action_cancel(self):
        for campaign in self:
            if campaign.picking_ids.filtered(lambda p: p.state == "done"):
                raise UserError(
                    self.env._(
                        "%s: the hub received items already; return them to "
                        "their makers first.",
                        campaign.display_name,
                    )
                )
            campaign.picking_ids.action_cancel()
            campaign.state = "cancel"
        return True

    def _pm_create_hub_transfers(self):
        """One transfer per maker of its items for the planned baskets, from
        its stock to the hub's, the maker staying the owner."""
        self.ensure_one()
        hub = self.hub_warehouse_id
        per_maker = defaultdict(list)
        for product, qty in self.basket_id._pm_basket_items(self.quantity):
            if not product.pm_member_id:
                raise UserError(
                    self.env._(
                        "%(product)s in %(basket)s has no maker: a basket holds "
                        "members' products.",
                        product=product.display_name,
                        basket=self.basket_id.display_name,
                    )
                )
            per_maker[product.pm_member_id].append((product, qty))
        makers_location = self.env.ref("people_made_vendor.stock_location_makers")
        pickings = self.env["stock.picking"]
        for maker, items in per_maker.items():
            # a maker that ships its own orders keeps its goods in its
            # workshop: the hub receives them from there
            ships = maker.pm_fulfilment == "ships"
            picking_type = hub.in_type_id if ships else hub.int_type_id
            source = makers_location if ships else self.source_location_id
            pickings |= self.env["stock.picking"].create(
                {
                    "picking_type_id": picking_type.id,
                    "location_id": source.id,
                    "location_dest_id": hub.lot_stock_id.id,
                    "partner_id": maker.id,
                    "owner_id": maker.id,
                    "origin": self.name,
                    "pm_basket_campaign_id": self.id,
                    "pm_hub_sender_id": maker.id,
                    "move_ids": [
                        Command.create(
                            {
                                "product_id": product.id,
                                "product_uom_qty": qty,
                                "product_uom": product.uom_id.id,
                                "location_id": source.id,
                                "location_dest_id": hub.lot_stock_id.id,
                                "restrict_partner_id": maker.id,
                            }
                        )
                        for product, qty in items
                    ],
                }
            )
        pickings.action_confirm()
        pickings.action_assign()
        return pickings

    # the staff's view ------------------------------------------------------

    def _pm_ledger_rows(self):
        """The campaign's basket sold in its period, as the ledger has it."""
        self.ensure_one()
        return self.env["pm.sales.ledger"].search(
            [
                ("source", "=", "basket"),
                ("basket_id", "in", self.basket_id.product_variant_ids.ids),
                ("date", ">=", self.date_from),
                ("date", "<=", self.date_to),
                ("company_id", "=", self.company_id.id),
            ]
        )

    def _pm_summary(self):
        """Per maker: items asked, received at the hub, sold, to be paid;
        and the baskets sold per channel."""
        self.ensure_one()
        makers = defaultdict(
            lambda: {
                "asked": 0.0,
                "received": 0.0,
                "sold": 0.0,
                "share": 0.0,
                "net": 0.0,
            }
        )
        for move in self.picking_ids.move_ids.filtered(lambda m: m.state != "cancel"):
            row = makers[move.pm_member_id]
            row["asked"] += move.product_uom_qty
            if move.state == "done":
                row["received"] += move.quantity
        rows = self._pm_ledger_rows()
        channels = defaultdict(float)
        settled = self.env["pm.settlement.line"].search(
            [("ledger_id", "in", rows.ids), ("cancelled", "=", False)]
        )
        payout = defaultdict(float)
        for line in settled:
            payout[line.ledger_id.id] = line.payout
        baskets = {}
        for row in rows:
            data = makers[row.member_id]
            if not row.agreed_payout:
                data["sold"] += row.quantity
            data["share"] += row.net_amount
            data["net"] += payout.get(row.id, 0.0)
            baskets[row.move_line_id] = row.team_id
        for line, team in baskets.items():
            sign = -1 if line.move_id.move_type == "out_refund" else 1
            channels[team] += sign * line.quantity
        return makers, channels

    @api.depends("picking_ids.state", "basket_id", "date_from", "date_to")
    def _compute_summary_html(self):
        for campaign in self:
            if not campaign.id or not campaign.basket_id:
                campaign.summary_html = False
                continue
            makers, channels = campaign._pm_summary()
            env = self.env
            currency = campaign.company_id.currency_id
            head = Markup(
                "<table class='table table-sm'><thead><tr><th>%s</th>"
                "<th class='text-end'>%s</th><th class='text-end'>%s</th>"
                "<th class='text-end'>%s</th><th class='text-end'>%s</th>"
                "<th class='text-end'>%s</th></tr></thead><tbody>"
            ) % (
                env._("Maker"),
                env._("Items Asked"),
                env._("Received at the Hub"),
                env._("Items Sold"),
                env._("Share of Net Sales"),
                env._("Settled Payout"),
            )
            body = Markup("").join(
                Markup(
                    "<tr><td>%s</td><td class='text-end'>%s</td>"
                    "<td class='text-end'>%s</td><td class='text-end'>%s</td>"
                    "<td class='text-end'>%s</td><td class='text-end'>%s</td></tr>"
                )
                % (
                    maker.display_name,
                    f"{data['asked']:g}",
                    f"{data['received']:g}",
                    f"{data['sold']:g}",
                    formatLang(env, data["share"], currency_obj=currency),
                    formatLang(env, data["net"], currency_obj=currency),
                )
                for maker, data in sorted(makers.items(), key=lambda i: i[0].name or "")
            )
            sold = Markup("").join(
                Markup("<li>%s: %s</li>")
                % (team.display_name or env._("No channel"), f"{qty:g}")
                for team, qty in channels.items()
            )
            campaign.summary_html = (
                head
                + body
                + Markup("</tbody></table><h5>%s</h5><ul>%s</ul>")
                % (env._("Baskets Sold per Channel"), sold or Markup(""))
            )

    def action_open_transfers(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "stock.action_picking_tree_all"
        )
        action["domain"] = [("pm_basket_campaign_id", "=", self.id)]
        action["context"] = {"create": False}
        return action
