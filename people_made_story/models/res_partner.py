# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import fields, models


class ResPartner(models.Model):
    _inherit = "res.partner"

    pm_story_people = fields.Char(
        string="People Named in Stories",
        translate=True,
        help="The people the member's product stories name, e.g. 'Made by Jan "
        "and Els'. Shown only when their consent is recorded.",
    )
    pm_story_people_consent = fields.Boolean(
        string="Consent to Be Named",
        help="The people named gave their consent to appear on the public story pages.",
    )
