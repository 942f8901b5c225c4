# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, models
from odoo.fields import Domain


class ResPartner(models.Model):
    _inherit = "res.partner"

    @api.model
    def _pm_directory_domain(self, filters):
        """Also ``stream`` (a waste stream, pm.material): the members that
        collect or process it, or make products of it."""
        domain = super()._pm_directory_domain(filters)
        stream = filters.get("stream")
        if stream:
            sources = (
                self.env["pm.material.source"]
                .sudo()
                .search([("material_id", "child_of", stream.id)])
            )
            lines = (
                self.env["pm.product.composition"]
                .sudo()
                .search(
                    [
                        ("material_id", "child_of", stream.id),
                        ("origin", "=", "reclaimed"),
                    ]
                )
            )
            members = (
                sources.supplier_id
                | sources.processor_id
                | lines.product_tmpl_id.pm_member_id
            )
            domain &= Domain("id", "in", members.ids)
        return domain

    def _pm_material_roles(self):
        """What these members collect and process, from the network's
        material chains, in one query: {member: (collected, processed)},
        waste streams (root materials) each."""
        Material = self.env["pm.material"].sudo()
        roles = {member: (Material, Material) for member in self}
        sources = (
            self.env["pm.material.source"]
            .sudo()
            .search(
                [
                    "|",
                    ("supplier_id", "in", self.ids),
                    ("processor_id", "in", self.ids),
                ]
            )
        )
        for source in sources:
            stream = source.material_id._pm_root()
            for member in source.supplier_id & self:
                collected, processed = roles[member]
                roles[member] = (collected | stream, processed)
            for member in source.processor_id & self:
                collected, processed = roles[member]
                roles[member] = (collected, processed | stream)
        return roles

    def _pm_material_partners(self):
        """Whom this member supplies its collected materials to, and from whom
        it gets the materials it processes: (supplied to, supplied by)."""
        self.ensure_one()
        sources = (
            self.env["pm.material.source"]
            .sudo()
            .search(
                ["|", ("supplier_id", "=", self.id), ("processor_id", "=", self.id)]
            )
        )
        return (
            sources.filtered(lambda s: s.supplier_id == self).processor_id,
            sources.filtered(lambda s: s.processor_id == self).supplier_id,
        )
