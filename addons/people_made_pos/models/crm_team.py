# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import fields, models


class CrmTeam(models.Model):
    _inherit = "crm.team"

    # a pop-up shop is a channel of its own: commission rules can treat it
    # apart from the permanent shop
    pm_channel_kind = fields.Selection(
        selection_add=[("pop_up", "Pop-up shop"), ("display",)],
        ondelete={"pop_up": "set null"},
    )
    pos_config_ids = fields.One2many("pos.config", "crm_team_id")
