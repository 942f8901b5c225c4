# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, fields, models
from odoo.exceptions import ValidationError


class PmMarketRota(models.Model):
    """Which member staffs which market stall on which day: the stall's till
    offers the products of the members present."""

    _name = "pm.market.rota"
    _description = "Market Stall Rota"
    _order = "date desc, config_id, member_id"

    config_id = fields.Many2one(
        "pos.config",
        string="Market Stall",
        required=True,
        index=True,
        ondelete="cascade",
        domain=[("pm_channel_kind", "=", "market")],
    )
    member_id = fields.Many2one(
        "res.partner",
        required=True,
        index=True,
        ondelete="cascade",
        domain=[("is_pm_member", "=", True)],
    )
    date = fields.Date(
        required=True,
        index=True,
        # a day of the company's calendar, as the stall's sessions
        default=lambda self: self.env.company._pm_today(),
    )
    company_id = fields.Many2one(related="config_id.company_id", store=True)
    note = fields.Char()

    _unique_stall_member_day = models.Constraint(
        "UNIQUE(config_id, member_id, date)",
        "A member is on a stall's rota once a day.",
    )

    @api.depends("config_id", "member_id")
    def _compute_display_name(self):
        for rota in self:
            rota.display_name = (
                f"{rota.member_id.name or ''} @ {rota.config_id.name or ''}"
            )

    @api.constrains("config_id", "member_id")
    def _check_pm_market(self):
        for rota in self:
            if rota.config_id.pm_channel_kind != "market":
                raise ValidationError(
                    self.env._(
                        "%(pos)s is not a market stall: only stalls have a rota.",
                        pos=rota.config_id.display_name,
                    )
                )
            if not rota.member_id.is_pm_member:
                raise ValidationError(
                    self.env._(
                        "%(partner)s is not a People Made member.",
                        partner=rota.member_id.display_name,
                    )
                )
