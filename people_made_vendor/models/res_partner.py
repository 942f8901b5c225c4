# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, fields, models
from odoo.exceptions import UserError
from odoo.fields import Domain

# States in which a member's products may be sold and published.
SELLING_STATES = ("active",)


class ResPartner(models.Model):
    _inherit = "res.partner"

    pm_kind = fields.Selection(
        [
            ("custom_workshop", "Custom workshop (maatwerkbedrijf)"),
            ("social_workshop", "Social workshop (sociale werkplaats)"),
            ("sheltered_workshop", "Sheltered workshop (beschutte werkplaats)"),
            ("care_labour", "Care-labour initiative (arbeidszorg)"),
            ("local_services", "Local service economy (lokale diensteneconomie)"),
            ("cooperative", "Cooperative"),
            ("other", "Other"),
        ],
        string="Kind of Organisation",
        tracking=True,
    )
    pm_vat_regime = fields.Selection(
        [
            ("vat", "VAT-registered"),
            ("franchise", "Small-enterprise franchise (art. 56bis)"),
            ("exempt", "Exempt from VAT"),
        ],
        string="VAT Regime",
        default="vat",
        tracking=True,
        help="How the member's settlements are invoiced: with VAT, or without "
        "it and with the legal mention of its franchise or exemption.",
    )
    pm_fulfilment = fields.Selection(
        [
            ("ships", "Ships webshop orders itself"),
            ("shop", "Brings goods to a People Made shop"),
        ],
        string="Webshop Orders",
        default="ships",
        tracking=True,
        help="A member that ships its orders itself gets its own delivery for "
        "each webshop order with its products; otherwise People Made ships "
        "them from the stock the member brought to its shops.",
    )
    pm_state = fields.Selection(
        [
            ("applied", "Applied"),
            ("active", "Active"),
            ("suspended", "Suspended"),
            ("left", "Left"),
        ],
        string="Membership Stage",
        compute="_compute_pm_state",
        store=True,
        readonly=False,
        index=True,
        tracking=True,
    )
    pm_applied_date = fields.Date(string="Applied On")
    pm_active_date = fields.Date(string="Member Since")
    pm_left_date = fields.Date(string="Left On")
    pm_story = fields.Html(
        string="Story",
        translate=True,
        sanitize_overridable=False,
        help="Who the organisation is, told to shoppers on its maker page.",
    )
    pm_work_offered = fields.Text(
        string="Work Offered",
        translate=True,
        help="What work the organisation offers, and to whom.",
    )
    pm_target_group_workers = fields.Integer(
        string="Target-group Workers",
        help="How many people from the target groups work there.",
    )
    pm_product_ids = fields.One2many(
        "product.template", "pm_member_id", string="Member Products"
    )
    pm_product_count = fields.Integer(
        string="Member Product Count", compute="_compute_pm_product_count"
    )
    pm_low_stock_threshold = fields.Float(
        string="Low Stock At",
        default=2.0,
        help="The portal warns the member when its stock of a product in a "
        "shop falls to this quantity or below.",
    )

    @api.depends("is_pm_member")
    def _compute_pm_state(self):
        for partner in self:
            if not partner.is_pm_member:
                partner.pm_state = False
            elif not partner.pm_state:
                partner.pm_state = "applied"
                partner.pm_applied_date = partner.pm_applied_date or fields.Date.today()

    def _compute_pm_product_count(self):
        counts = dict(
            self.env["product.template"]._read_group(
                [("pm_member_id", "in", self.ids)], ["pm_member_id"], ["__count"]
            )
        )
        for partner in self:
            partner.pm_product_count = counts.get(partner, 0)

    def _pm_can_sell(self):
        """Whether this member's products may be sold and published."""
        self.ensure_one()
        return self.is_pm_member and self.pm_state in SELLING_STATES

    def _pm_check_state(self, allowed, message):
        """Refuse a membership change from a state that does not allow it.

        :param message: translated, with %(member)s and %(state)s
        """
        states = dict(self._fields["pm_state"]._description_selection(self.env))
        for partner in self:
            if not partner.is_pm_member or partner.pm_state not in allowed:
                raise UserError(
                    message
                    % {
                        "member": partner.display_name,
                        "state": states.get(partner.pm_state, self.env._("none")),
                    }
                )

    def action_pm_activate(self):
        self._pm_check_state(
            ("applied", "suspended"),
            self.env._("%(member)s cannot be activated: its membership is %(state)s."),
        )
        self.write(
            {
                "pm_state": "active",
                "pm_active_date": fields.Date.today(),
                "pm_left_date": False,
            }
        )

    def action_pm_suspend(self):
        self._pm_check_state(
            ("active",),
            self.env._("%(member)s cannot be suspended: its membership is %(state)s."),
        )
        self.write({"pm_state": "suspended"})
        self._pm_unpublish_products()

    def action_pm_leave(self):
        self._pm_check_state(
            ("applied", "active", "suspended"),
            self.env._("%(member)s cannot leave: its membership is %(state)s."),
        )
        self.write({"pm_state": "left", "pm_left_date": fields.Date.today()})
        self._pm_unpublish_products()

    def _pm_unpublish_products(self):
        products = (
            self.env["product.template"]
            .sudo()
            .search([("pm_member_id", "in", self.ids), ("is_published", "=", True)])
        )
        products.write({"is_published": False})

    def _pm_sold_lines(self, date_from=None, date_to=None):
        """The member's rows of the sales ledger of a period (days in the
        company's time zone, both included), oldest first."""
        self.ensure_one()
        Ledger = self.env["pm.sales.ledger"].sudo()
        return Ledger.search(
            Ledger._pm_member_domain(self, date_from, date_to), order="date, id"
        )

    def _pm_month_sales(self, today=None):
        """What the member sold since the first of this month, returns
        deducted, as the sales ledger counts it.

        :return: (quantity sold, untaxed amount in the company currency)
        """
        self.ensure_one()
        # the month as the ledger counts its days: the company's
        today = today or self.env.company._pm_today()
        Ledger = self.env["pm.sales.ledger"].sudo()
        [(quantity, amount)] = Ledger._read_group(
            Ledger._pm_member_domain(self, today.replace(day=1), today),
            [],
            ["quantity:sum", "net_amount:sum"],
        )
        return quantity or 0.0, amount or 0.0

    def _pm_low_stock(self):
        """The member's products whose stock in a shop is at or below its
        threshold, as (product, location, quantity), lowest first."""
        self.ensure_one()
        groups = (
            self.env["stock.quant"]
            .sudo()
            ._read_group(
                [
                    ("owner_id", "=", self.id),
                    ("location_id.usage", "=", "internal"),
                ],
                ["product_id", "location_id"],
                ["quantity:sum"],
                having=[("quantity:sum", "<=", self.pm_low_stock_threshold)],
            )
        )
        return sorted(groups, key=lambda group: (group[2], group[0].display_name))

    def action_pm_open_products(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "people_made.action_pm_product"
        )
        action["domain"] = [("pm_member_id", "=", self.id)]
        action["context"] = {"default_pm_member_id": self.id}
        return action

    @api.model
    def _pm_public_makers(self, website, filters=None):
        """Active members with their number of products published on the
        website, in one query: {member: count}. The network's directory:
        a member that sells nothing (it collects or processes materials) is
        in it too.

        :param filters: what the directory is narrowed to
            (``_pm_directory_domain``)"""
        counts = dict(
            self.env["product.template"]
            .sudo()
            ._read_group(
                Domain.AND(
                    [website.sale_product_domain(), [("pm_member_id", "!=", False)]]
                ),
                ["pm_member_id"],
                ["__count"],
            )
        )
        members = self.sudo().search(
            self._pm_directory_domain(filters or {}), order="name"
        )
        return {member: counts.get(member, 0) for member in members}

    @api.model
    def _pm_directory_domain(self, filters):
        """The active members that match the directory's filters, combined:
        ``kind`` (a kind of organisation), ``city`` (a municipality)."""
        domain = Domain([("is_pm_member", "=", True), ("pm_state", "=", "active")])
        if filters.get("kind"):
            domain &= Domain("pm_kind", "=", filters["kind"])
        if filters.get("city"):
            domain &= Domain("city", "=ilike", filters["city"])
        return domain

    @api.model
    def _pm_directory_cities(self):
        """The municipalities of the active members, for the filter."""
        groups = self.sudo()._read_group(
            [("is_pm_member", "=", True), ("pm_state", "=", "active")], ["city"]
        )
        return sorted({city.strip() for (city,) in groups if city and city.strip()})
