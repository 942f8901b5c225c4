# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, fields, models
from odoo.exceptions import ValidationError


class ResPartner(models.Model):
    _inherit = "res.partner"

    is_pm_member = fields.Boolean(
        string="People Made Member",
        index=True,
        tracking=True,
        help="This organisation belongs to the People Made network: it makes "
        "products that People Made sells on its behalf.",
    )

    @api.constrains("is_pm_member", "is_company")
    def _check_pm_member_is_company(self):
        for partner in self:
            if partner.is_pm_member and not partner.is_company:
                raise ValidationError(
                    self.env._(
                        "Only an organisation can be a People Made member, "
                        "not an individual: %(name)s.",
                        name=partner.display_name,
                    )
                )
