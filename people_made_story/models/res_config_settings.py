# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import fields, models

from .pm_gift_message import RETENTION_DAYS_DEFAULT, RETENTION_PARAM


class ResConfigSettings(models.TransientModel):
    _inherit = "res.config.settings"

    pm_gift_retention_days = fields.Integer(
        string="Keep Gift Messages (Days)",
        config_parameter=RETENTION_PARAM,
        default=RETENTION_DAYS_DEFAULT,
        help="Gift messages, their photos and signatures are deleted this many "
        "days after they were written.",
    )
