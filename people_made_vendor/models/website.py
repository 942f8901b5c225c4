# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import models
from odoo.fields import Domain


class Website(models.Model):
    _inherit = "website"

    def _product_domain(self):
        # People Made's shop sells its members' products: a product without a
        # maker (Odoo's demo furniture, a service) stays out of the shop, the
        # search and the makers' pages, published or not
        return Domain.AND([super()._product_domain(), [("pm_member_id", "!=", False)]])

    def _pm_add_languages(self, languages):
        """Offer ``languages`` on these websites, with the language selector
        that Odoo shows as soon as a website has more than one."""
        for website in self:
            website.language_ids |= languages
