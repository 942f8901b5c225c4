# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, fields, models
from odoo.exceptions import ValidationError


class PosConfig(models.Model):
    _inherit = "pos.config"

    # the selling point's kind is its sales team's channel kind: commission
    # rules per channel apply to the till unchanged
    pm_channel_kind = fields.Selection(
        related="crm_team_id.pm_channel_kind",
        readonly=False,
        string="Kind of Selling Point",
    )
    pm_host_partner_id = fields.Many2one(
        "res.partner",
        string="Host Retailer",
        help="The retailer that hosts this shop-in-the-shop display.",
    )
    pm_compensation_type = fields.Selection(
        [("percent", "Percentage of sales"), ("rent", "Monthly rent")],
        string="Host Compensation",
    )
    pm_compensation_rate = fields.Float(
        string="Host Share (%)",
        digits=(5, 2),
        help="The share of the display's sales (tax excluded) the host receives.",
    )
    pm_compensation_rent = fields.Monetary(
        string="Monthly Rent", help="What People Made pays the host each month."
    )
    pm_rota_ids = fields.One2many("pm.market.rota", "config_id", string="Rota")
    pm_collect_count = fields.Integer(
        string="Orders to Collect", compute="_compute_pm_collect_count"
    )

    @api.constrains("pm_compensation_rate")
    def _check_pm_compensation_rate(self):
        for config in self:
            if not 0 <= config.pm_compensation_rate <= 100:
                raise ValidationError(
                    self.env._("The host's share is a percentage from 0 to 100.")
                )

    # market stalls ------------------------------------------------------

    def _pm_members_present(self, day=None):
        """The members who staff this market stall on ``day`` (today in the
        company's time zone by default, whoever asks)."""
        self.ensure_one()
        day = day or self.company_id._pm_today()
        return (
            self.env["pm.market.rota"]
            .sudo()
            .search([("config_id", "=", self.id), ("date", "=", day)])
            .member_id
        )

    def action_pm_open_rota(self):
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Rota of %(stall)s", stall=self.name),
            "res_model": "pm.market.rota",
            "view_mode": "calendar,list",
            "domain": [("config_id", "=", self.id)],
            "context": {"default_config_id": self.id},
        }

    # click and collect --------------------------------------------------

    def _pm_collect_domain(self):
        """Webshop orders to be picked up in this shop's warehouse, not
        handed over yet."""
        self.ensure_one()
        return [
            ("picking_type_id.warehouse_id", "=", self.warehouse_id.id),
            ("picking_type_code", "=", "outgoing"),
            ("sale_id.carrier_id.delivery_type", "=", "in_store"),
            ("state", "not in", ("done", "cancel")),
        ]

    def _compute_pm_collect_count(self):
        # the till reads every field of its configuration: a cashier without
        # rights on transfers or sales still gets the count
        Picking = self.env["stock.picking"].sudo()
        for config in self:
            config.pm_collect_count = (
                Picking.search_count(config._pm_collect_domain())
                if config.warehouse_id
                else 0
            )

    def action_pm_open_collect(self):
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("To Collect at %(shop)s", shop=self.name),
            "res_model": "stock.picking",
            "view_mode": "list,form",
            "views": [
                (
                    self.env.ref("people_made_pos.stock_picking_view_list_collect").id,
                    "list",
                ),
                (False, "form"),
            ],
            "domain": self._pm_collect_domain(),
        }

    # data of the till ---------------------------------------------------

    @api.model
    def _load_pos_data_read(self, records, config):
        read_records = super()._load_pos_data_read(records, config)
        if read_records:
            # the makers' names, once: products carry only their maker's id
            members = (
                self.env["res.partner"]
                .sudo()
                .search_read([("is_pm_member", "=", True)], ["name"], order="id")
            )
            read_records[0]["_pm_maker_names"] = {
                member["id"]: member["name"] for member in members
            }
        return read_records
