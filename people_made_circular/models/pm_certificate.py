# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from datetime import timedelta

from odoo import api, fields, models
from odoo.exceptions import ValidationError
from odoo.fields import Domain

# staff see the products that lose the green mark this many days ahead
EXPIRY_WARNING_DAYS = 30


class PmCertificate(models.Model):
    """A certificate of a certification scheme: the only basis of the green
    mark in the certified label mode."""

    _name = "pm.certificate"
    _description = "Certificate"
    _order = "date_to, id"
    _rec_name = "number"

    scheme_id = fields.Many2one("pm.certification.scheme", required=True, index=True)
    number = fields.Char(string="Certificate Number", required=True)
    holder_id = fields.Many2one(
        "res.partner",
        domain=[("is_pm_member", "=", True)],
        help="The member the certificate was issued to. A certificate of "
        "materials covers only this member's products that contain them.",
    )
    verifier_id = fields.Many2one(
        "res.partner",
        string="Independent Verifier",
        required=True,
        help="The third party that audits the holder, independent from the "
        "holder and from the scheme owner.",
    )
    verifier_accreditation = fields.Char(
        required=True,
        help="The accreditation that vouches for the verifier's competence, e.g. "
        "BELAC ISO/IEC 17065 no. 123-PROD.",
    )
    product_tmpl_ids = fields.Many2many(
        "product.template",
        "pm_certificate_product_template_rel",
        "certificate_id",
        "product_tmpl_id",
        string="Products in Scope",
    )
    material_ids = fields.Many2many(
        "pm.material",
        "pm_certificate_material_rel",
        "certificate_id",
        "material_id",
        string="Materials in Scope",
        help="The certificate covers the holder's products with reclaimed "
        "material of these kinds (or their sub-kinds).",
    )
    date_from = fields.Date(string="Valid from", required=True)
    date_to = fields.Date(string="Valid to", required=True)
    audit_report = fields.Binary(attachment=True)
    audit_report_name = fields.Char(string="Audit Report Filename")
    withdrawn = fields.Boolean(
        help="The scheme withdrew or suspended the certificate: the mark goes at once."
    )
    state = fields.Selection(
        [
            ("future", "Not valid yet"),
            ("valid", "Valid"),
            ("expiring", "Expires within 30 days"),
            ("expired", "Expired"),
            ("withdrawn", "Withdrawn"),
        ],
        compute="_compute_state",
    )

    _check_pm_certificate_dates = models.Constraint(
        "CHECK(date_from <= date_to)",
        "A certificate is valid from a date on or before its end.",
    )

    @api.depends("date_from", "date_to", "withdrawn")
    def _compute_state(self):
        today = self.env.company._pm_today()
        for certificate in self:
            if certificate.withdrawn:
                certificate.state = "withdrawn"
            elif not certificate.date_from or certificate.date_from > today:
                certificate.state = "future"
            elif certificate.date_to < today:
                certificate.state = "expired"
            elif certificate.date_to < today + timedelta(days=EXPIRY_WARNING_DAYS):
                certificate.state = "expiring"
            else:
                certificate.state = "valid"

    @api.constrains("holder_id", "material_ids")
    def _check_holder_of_materials(self):
        for certificate in self:
            if certificate.material_ids and not certificate.holder_id:
                raise ValidationError(
                    self.env._(
                        "Certificate %(number)s covers materials: record its "
                        "holder, the member whose products it covers.",
                        number=certificate.number,
                    )
                )

    # the products' green logo is computed, never stored: forgotten with
    # every change of a certificate
    @api.model_create_multi
    def create(self, vals_list):
        self.env["product.template"].invalidate_model(["pm_has_mark"])
        return super().create(vals_list)

    def write(self, vals):
        self.env["product.template"].invalidate_model(["pm_has_mark"])
        return super().write(vals)

    def unlink(self):
        self.env["product.template"].invalidate_model(["pm_has_mark"])
        return super().unlink()

    @api.model
    def _pm_valid_domain(self, date):
        return Domain(
            [
                ("withdrawn", "=", False),
                ("date_from", "<=", date),
                ("date_to", ">=", date),
                ("scheme_id.active", "=", True),
            ]
        )

    def _pm_covers(self, products):
        """The products of ``products`` in the scope of these certificates,
        by certificate: {certificate: products}."""
        covered = {}
        for certificate in self:
            scope = products & certificate.product_tmpl_ids
            if certificate.material_ids:
                materials = self.env["pm.material"].search(
                    [("id", "child_of", certificate.material_ids.ids)]
                )
                scope |= products.filtered(
                    lambda p, c=certificate, m=materials: (
                        p.pm_member_id == c.holder_id
                        and any(
                            line.origin == "reclaimed" and line.material_id in m
                            for line in p.pm_composition_ids
                        )
                    )
                )
            if scope:
                covered[certificate] = scope
        return covered

    def action_pm_products(self):
        """The products this certificate covers today."""
        self.ensure_one()
        products = self.env["product.template"].search(
            [("id", "in", self.product_tmpl_ids.ids)]
            if not self.material_ids
            else [("pm_member_id", "=", self.holder_id.id)]
        )
        products = self._pm_covers(products).get(self, products.browse())
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Products in scope of %(number)s", number=self.number),
            "res_model": "product.template",
            "view_mode": "list,form",
            "domain": [("id", "in", products.ids)],
        }

    @api.model
    def action_pm_expiring_products(self):
        """The products that lose the green mark within 30 days: their last
        valid certificate expires, and no other takes over."""
        today = self.env.company._pm_today()
        soon = today + timedelta(days=EXPIRY_WARNING_DAYS)
        ending = self.search(
            self._pm_valid_domain(today) & Domain("date_to", "<", soon)
        )
        products = self.env["product.template"].search(
            [
                "|",
                ("id", "in", ending.product_tmpl_ids.ids),
                ("pm_member_id", "in", ending.filtered("material_ids").holder_id.ids),
            ]
        )
        later = products._pm_certificates(soon)
        losing = products.filtered(
            lambda p: (
                p in set().union(*ending._pm_covers(products).values())
                and not later.get(p)
            )
        )
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Products losing the green mark within 30 days"),
            "res_model": "product.template",
            "view_mode": "list,form",
            "domain": [("id", "in", losing.ids)],
        }
