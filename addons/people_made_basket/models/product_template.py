# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError


class ProductTemplate(models.Model):
    _inherit = "product.template"

    pm_hub_warehouse_id = fields.Many2one(
        "stock.warehouse",
        string="Basket Hub",
        index="btree_not_null",
        help="A gift basket: the member or shop that assembles and ships it, "
        "from its own stock location. Its contents are its kit bill of "
        "materials.",
    )
    pm_hub_fee = fields.Monetary(
        string="Assembly Fee per Basket",
        currency_field="currency_id",
        help="Paid to the hub for each basket sold, through its settlement.",
    )
    pm_is_basket = fields.Boolean(
        string="Gift Basket", compute="_compute_pm_is_basket", store=True
    )

    @api.depends("pm_hub_warehouse_id")
    def _compute_pm_is_basket(self):
        for template in self:
            template.pm_is_basket = bool(template.pm_hub_warehouse_id)

    @api.constrains("pm_hub_warehouse_id", "pm_member_id", "pm_hub_fee")
    def _check_pm_basket(self):
        for template in self.filtered("pm_is_basket"):
            if template.pm_member_id:
                raise ValidationError(
                    self.env._(
                        "%(basket)s is a gift basket of People Made: it has no "
                        "maker of its own, its items have.",
                        basket=template.display_name,
                    )
                )
            if template.pm_hub_fee < 0:
                raise ValidationError(self.env._("An assembly fee cannot be negative."))

    def _pm_basket_items(self, quantity=1.0):
        """The items of ``quantity`` baskets: [(product, quantity)], in the
        order of the kit's lines (kits inside the kit exploded)."""
        self.ensure_one()
        product = self.product_variant_id
        bom = self.env["mrp.bom"]._bom_find(product, bom_type="phantom").get(product)
        if not bom:
            raise UserError(
                self.env._(
                    "%(basket)s has no kit bill of materials: say what goes "
                    "into the basket first.",
                    basket=self.display_name,
                )
            )
        __, lines = bom.explode(product, quantity)
        items = []
        for bom_line, data in lines:
            qty = bom_line.product_uom_id._compute_quantity(
                data["qty"], bom_line.product_id.uom_id
            )
            items.append((bom_line.product_id, qty))
        return items

    def _pm_hub_partner(self):
        """The member paid the assembly fee: the hub's, when it is a member."""
        self.ensure_one()
        partner = self.pm_hub_warehouse_id.partner_id.commercial_partner_id
        return partner if partner.is_pm_member else self.env["res.partner"]
