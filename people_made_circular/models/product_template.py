# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError
from odoo.fields import Domain
from odoo.tools import float_round, formatLang

from odoo.addons.people_made.tools import validate


class ProductTemplate(models.Model):
    _inherit = "product.template"

    pm_composition_ids = fields.One2many(
        "pm.product.composition", "product_tmpl_id", string="Composition"
    )
    pm_reclaimed_share = fields.Float(
        string="Reclaimed Share (%)",
        compute="_compute_pm_reclaimed",
        store=True,
        digits=(5, 2),
        help="Share of the product's weight made of reclaimed material.",
    )
    pm_diverted_kg = fields.Float(
        string="Waste Diverted per Unit (kg)",
        compute="_compute_pm_reclaimed",
        store=True,
        digits=(12, 3),
        help="Kilograms of waste kept out of the bin by each unit sold: its "
        "weight times its reclaimed share.",
    )
    pm_evidence_attachment_ids = fields.Many2many(
        "ir.attachment",
        "product_template_pm_evidence_rel",
        "product_tmpl_id",
        "attachment_id",
        string="Evidence",
        help="Documents that prove the composition: delivery notes of the waste "
        "stream, a certificate, a lab report.",
    )
    pm_evidence_public_ids = fields.Many2many(
        "ir.attachment",
        string="Public Evidence",
        compute="_compute_pm_evidence_public_ids",
        inverse="_inverse_pm_evidence_public_ids",
        help="Evidence documents anyone may download: the product's passport "
        "links to them. The others stay with People Made's staff and the maker.",
    )
    pm_evidence_checked_by_id = fields.Many2one(
        "res.users", string="Evidence Checked by", readonly=True, copy=False
    )
    pm_evidence_checked_on = fields.Date(
        string="Evidence Checked on", readonly=True, copy=False
    )
    pm_is_circular = fields.Boolean(
        string="Circular",
        compute="_compute_pm_is_circular",
        store=True,
        index=True,
        help="Reaches the circular threshold and its evidence was checked: it "
        "states its evidenced claim and is in the circular channel.",
    )
    pm_circular_claim = fields.Char(
        string="Circular Claim",
        compute="_compute_pm_circular_claim",
        help="The specific, evidenced fact shown to shoppers.",
    )
    pm_has_mark = fields.Boolean(
        string="Green Logo",
        compute="_compute_pm_has_mark",
        compute_sudo=True,
        help="People Made's logo in green on this product's pages and labels: "
        "in the certified label mode, under a valid certificate today.",
    )

    @api.depends(
        "weight",
        "pm_composition_ids.share",
        "pm_composition_ids.origin",
    )
    def _compute_pm_reclaimed(self):
        for product in self:
            share = sum(
                line.share
                for line in product.pm_composition_ids
                if line.origin == "reclaimed"
            )
            product.pm_reclaimed_share = share
            product.pm_diverted_kg = float_round(
                product.weight * share / 100.0, precision_digits=3
            )

    @api.depends(
        "pm_reclaimed_share",
        "pm_evidence_checked_on",
        "pm_evidence_checked_by_id",
        "pm_evidence_attachment_ids",
        "company_id.pm_circular_threshold",
    )
    def _compute_pm_is_circular(self):
        for product in self:
            threshold = (product.company_id or self.env.company).pm_circular_threshold
            product.pm_is_circular = bool(
                product.pm_reclaimed_share >= threshold and product._pm_has_evidence()
            )

    @api.depends("pm_evidence_attachment_ids.public")
    def _compute_pm_evidence_public_ids(self):
        for product in self:
            product.pm_evidence_public_ids = (
                product.pm_evidence_attachment_ids.filtered("public")
            )

    def _inverse_pm_evidence_public_ids(self):
        for product in self:
            evidence = product.pm_evidence_attachment_ids
            public = product.pm_evidence_public_ids & evidence
            public.filtered(lambda a: not a.public).public = True
            (evidence - public).filtered("public").public = False

    def _pm_has_evidence(self):
        self.ensure_one()
        return bool(
            self.pm_evidence_attachment_ids
            and self.pm_evidence_checked_by_id
            and self.pm_evidence_checked_on
        )

    def _pm_certificates(self, date=None):
        """The valid certificates that cover each product on ``date`` (today
        by default): {product: pm.certificate}, products without one left
        out. Never stored: an expired or withdrawn certificate takes the mark
        away at once."""
        date = date or self.env.company._pm_today()
        # sudo: shoppers see the mark, not the certificates' records
        Certificate = self.env["pm.certificate"].sudo()
        certificates = Certificate.search(Certificate._pm_valid_domain(date))
        result = {}
        for certificate, products in certificates._pm_covers(self.sudo()).items():
            for product in products:
                result[product] = result.get(product, Certificate) | certificate
        return {self.browse(p.id): c for p, c in result.items()}

    @api.depends(
        "pm_member_id", "pm_composition_ids.material_id", "pm_composition_ids.origin"
    )
    @api.depends_context("company")
    def _compute_pm_has_mark(self):
        """People Made's logo in green: only in the certified label mode and
        only under a valid certificate (Directive (EU) 2024/825, Annex I,
        2a); in the facts-only mode the logo has one colour on every product.

        Computed for all the products a page shows at once (a shop page's
        cards: one search of the certificates, not one per card); never
        stored, and forgotten when a certificate or the label mode changes."""
        certified = self.filtered(
            lambda p: (p.company_id or self.env.company).pm_label_mode == "certified"
        )
        covered = certified._pm_certificates() if certified else {}
        for product in self:
            product.pm_has_mark = product in covered

    @api.depends("pm_is_circular", "pm_composition_ids")
    @api.depends_context("lang")
    def _compute_pm_circular_claim(self):
        for product in self:
            if not product.pm_is_circular:
                product.pm_circular_claim = False
                continue
            parts = []
            for line in product.pm_composition_ids.filtered(
                lambda c: c.origin == "reclaimed"
            ):
                if line.supplier_id:
                    parts.append(
                        self.env._(
                            "%(share)s %% reclaimed %(material)s from %(supplier)s",
                            share=f"{line.share:g}",
                            material=line.material_id.name.lower(),
                            supplier=line.supplier_id.name,
                        )
                    )
                else:
                    parts.append(
                        self.env._(
                            "%(share)s %% reclaimed %(material)s",
                            share=f"{line.share:g}",
                            material=line.material_id.name.lower(),
                        )
                    )
            product.pm_circular_claim = self.env._(
                "%(share)s %% of its weight is reclaimed material: %(parts)s.",
                share=f"{product.pm_reclaimed_share:g}",
                parts=", ".join(parts),
            )

    @api.constrains("weight", "pm_evidence_checked_on")
    def _check_pm_circular_weight(self):
        for product in self:
            if product.pm_evidence_checked_on and product.weight <= 0:
                raise ValidationError(
                    self.env._(
                        "%(product)s needs its weight: the waste it diverts is "
                        "counted from it.",
                        product=product.display_name,
                    )
                )

    @api.model
    def _search_get_detail(self, website, order, options):
        detail = super()._search_get_detail(website, order, options)
        if options.get("pm_circular"):
            detail["base_domain"].append([("pm_is_circular", "=", True)])
        # sudo: shoppers may not read composition lines, only filter on them;
        # an id of no material is no filter
        material = (
            self.env["pm.material"]
            .sudo()
            .browse(validate.clean_id(options.get("pm_material")))
            .exists()
        )
        if material:
            materials = (
                self.env["pm.material"]
                .sudo()
                ._search([("id", "child_of", material.id)])
            )
            lines = (
                self.env["pm.product.composition"]
                .sudo()
                ._search(
                    [("material_id", "in", materials), ("origin", "=", "reclaimed")]
                )
            )
            detail["base_domain"].append(
                Domain("id", "in", lines.subselect("product_tmpl_id"))
            )
        return detail

    def _pm_material_chain(self):
        """The journey of the product's reclaimed materials, for shoppers:
        [(composition line, [supplier, material, processor, maker])].

        A line without its own supplier or processor takes them from the
        network's material chains that end at the product's maker."""
        self.ensure_one()
        product = self.sudo()
        chains = []
        for line in product.pm_composition_ids.filtered(
            lambda c: c.origin == "reclaimed"
        ):
            source = self.env["pm.material.source"].sudo()
            if not (line.supplier_id and line.processor_id):
                source = source.search(
                    [
                        ("material_id", "parent_of", line.material_id.id),
                        ("processor_id", "in", [False, product.pm_member_id.id]),
                    ],
                    limit=1,
                )
            steps = [
                line.supplier_id or source.supplier_id,
                line.material_id,
                line.processor_id or source.processor_id,
                product.pm_member_id,
            ]
            # a maker that processes the material itself is one step, not two
            if steps[2] == steps[3]:
                steps.pop()
            chains.append((line, steps))
        return chains

    def _pm_label_url(self):
        """The URL behind the QR code of the product's labels: its shop page.

        The story addon answers with the product's story page instead."""
        self.ensure_one()
        return self.get_base_url() + (self.website_url or f"/shop/{self.id}")

    @api.model_create_multi
    def create(self, vals_list):
        products = super().create(vals_list)
        products.filtered("weight")._pm_snapshot_composition()
        return products

    def write(self, vals):
        res = super().write(vals)
        if "weight" in vals:
            self._pm_snapshot_composition()
        return res

    def _pm_snapshot_composition(self):
        """Keep the weight and composition valid from today for the
        waste-diverted report (see pm.product.composition.version)."""
        self.env["pm.product.composition.version"].sudo()._pm_snapshot(self)

    def _pm_invalidate_evidence(self):
        """A changed composition needs its evidence checked again."""
        self.filtered("pm_evidence_checked_on").write(
            {"pm_evidence_checked_on": False, "pm_evidence_checked_by_id": False}
        )

    def action_pm_record_evidence(self):
        for product in self:
            if not product.pm_evidence_attachment_ids:
                raise UserError(
                    self.env._(
                        "Attach the documents that prove the composition of "
                        "%(product)s before recording the check.",
                        product=product.display_name,
                    )
                )
            if not product.pm_composition_ids:
                raise UserError(
                    self.env._(
                        "Record what %(product)s is made of first.",
                        product=product.display_name,
                    )
                )
        self.write(
            {
                "pm_evidence_checked_by_id": self.env.user.id,
                "pm_evidence_checked_on": self.env.company._pm_today(),
            }
        )

    @api.model
    def _pm_number(self, value):
        """``value`` written as the reader's language writes numbers, without
        trailing zeros: 0,6 kg on a Dutch or French page, 0.6 kg in English."""
        digits = next(
            (d for d in (0, 1) if float_round(value, precision_digits=d) == value), 2
        )
        return formatLang(self.env, value, digits=digits)
