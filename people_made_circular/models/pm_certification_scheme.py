# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import fields, models


class PmCertificationScheme(models.Model):
    """A certification scheme in the sense of Directive (EU) 2024/825, art. 2
    (r): open to all traders, monitored by an independent third party. Only
    its valid certificates put the green mark on a product."""

    _name = "pm.certification.scheme"
    _description = "Certification Scheme"
    _order = "name"

    name = fields.Char(required=True, translate=True)
    owner_id = fields.Many2one(
        "res.partner",
        string="Scheme Owner",
        required=True,
        help="The organisation that owns the scheme and sets its requirements.",
    )
    url = fields.Char(
        string="Website", help="Where the scheme publishes its requirements."
    )
    description = fields.Text(translate=True)
    certificate_ids = fields.One2many(
        "pm.certificate", "scheme_id", string="Certificates"
    )
    active = fields.Boolean(default=True)
