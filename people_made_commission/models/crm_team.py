# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import fields, models


class CrmTeam(models.Model):
    """Odoo's sales teams are People Made's sales channels: the webshop's team,
    one per physical shop, display or market stall."""

    _inherit = "crm.team"

    pm_channel_kind = fields.Selection(
        [
            ("webshop", "Webshop"),
            ("shop", "Physical shop"),
            ("display", "Shop-in-the-shop display"),
            ("market", "Market stall"),
            ("other", "Other"),
        ],
        string="Kind of Channel",
        help="What kind of People Made sales channel this team is; commission "
        "rules can apply per channel.",
    )
