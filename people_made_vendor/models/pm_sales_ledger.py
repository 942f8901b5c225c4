# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, fields, models
from odoo.tools import SQL, frozendict
from odoo.tools.sql import drop_view_if_exists

# The SQL type of each kind of field: every source gives its columns in it
# (UNION ALL needs one type per column, a missing column is a typed NULL).
COLUMN_TYPES = {
    "many2one": "integer",
    "integer": "integer",
    "float": "numeric",
    "monetary": "numeric",
    "date": "date",
    "boolean": "boolean",
    "char": "varchar",
    "selection": "varchar",
}


class PmSalesLedger(models.Model):
    """Every sale of a product, on every channel, counted once.

    One row per sold or returned quantity of a product (goods: People Made's
    own products too, their maker empty; not shipping costs or membership
    fees): the settlement, the member portal, the statements and the reports
    read these rows and nothing else. A row's id is its source line's id
    (invoice lines) or minus it (Point of Sale lines, see people_made_pos):
    ids never collide.

    When a sale is a sale: a customer invoice or credit note when it is
    posted (a web or back-office order counts through its invoice, never
    through the order itself, so it cannot count twice; the webshop invoices
    every paid order at once, see data/ir_config_parameter_data.xml), a Point
    of Sale order once its session is closed and unless it was invoiced.

    Other addons add a source by extending ``_pm_ledger_sources`` (the way
    pos_sale adds the till to Odoo's sales report)."""

    _name = "pm.sales.ledger"
    _description = "Sales Ledger"
    _auto = False
    _order = "date desc, id desc"
    _rec_name = "product_id"
    # what the query reads: flushed before the ledger is read
    _depends = frozendict(
        {
            "account.move.line": [
                "move_id",
                "pm_reversed_line_id",
                "product_id",
                "pm_member_id",
                "pm_gross_amount",
                "quantity",
                "price_unit",
                "discount",
                "product_uom_id",
                "balance",
                "display_type",
            ],
            "account.move": [
                "name",
                "state",
                "move_type",
                "company_id",
                "invoice_date",
                "team_id",
                "reversed_entry_id",
            ],
            "product.product": ["product_tmpl_id"],
            "product.template": ["categ_id", "uom_id", "type"],
            "res.company": ["currency_id"],
            "uom.uom": ["factor"],
        }
    )

    source = fields.Selection(
        [("invoice", "Invoice")], readonly=True, help="Where the sale comes from."
    )
    company_id = fields.Many2one("res.company", readonly=True)
    currency_id = fields.Many2one("res.currency", readonly=True)
    date = fields.Date(
        readonly=True, help="The day of the sale, in the company's time zone."
    )
    member_id = fields.Many2one("res.partner", string="Maker", readonly=True)
    product_id = fields.Many2one("product.product", readonly=True)
    product_tmpl_id = fields.Many2one(
        "product.template", string="Product Template", readonly=True
    )
    categ_id = fields.Many2one(
        "product.category", string="Product Category", readonly=True
    )
    team_id = fields.Many2one("crm.team", string="Sales Channel", readonly=True)
    quantity = fields.Float(
        readonly=True,
        digits="Product Unit",
        help="In the product's unit; negative for a return.",
    )
    gross_amount = fields.Monetary(
        string="Price before Discount",
        readonly=True,
        help="Unit price times quantity, tax excluded, in the company currency.",
    )
    discount_amount = fields.Monetary(string="Discount", readonly=True)
    net_amount = fields.Monetary(
        string="Net Sale",
        readonly=True,
        help="What the customer paid, tax excluded, in the company currency.",
    )
    is_return = fields.Boolean(readonly=True)
    reversed_id = fields.Many2one(
        "pm.sales.ledger",
        string="Returned Sale",
        readonly=True,
        help="The sale this return reverses, when it can be found.",
    )
    reversed_date = fields.Date(string="Date of the Returned Sale", readonly=True)
    reversed_team_id = fields.Many2one(
        "crm.team", string="Channel of the Returned Sale", readonly=True
    )
    move_id = fields.Many2one("account.move", string="Invoice", readonly=True)
    move_line_id = fields.Many2one(
        "account.move.line", string="Invoice Line", readonly=True
    )
    document = fields.Char(readonly=True, help="The invoice, credit note or receipt.")

    @api.model
    def _pm_ledger_sources(self):
        """The sources of sales: a list of ``(columns, from_where)``, where
        ``columns`` maps the ledger's columns to SQL expressions (a column a
        source lacks is NULL) and ``from_where`` is the rest of its query."""
        return [self._pm_invoice_source()]

    @api.model
    def _pm_invoice_source(self):
        columns = {
            "id": SQL("aml.id"),
            "source": SQL("'invoice'"),
            "company_id": SQL("am.company_id"),
            "currency_id": SQL("company.currency_id"),
            "date": SQL("am.invoice_date"),
            # the maker when sold; a credit note's is its sale's (the line
            # knows it: an indexed column, so a member's rows are found fast)
            "member_id": SQL("aml.pm_member_id"),
            "product_id": SQL("aml.product_id"),
            "product_tmpl_id": SQL("pp.product_tmpl_id"),
            "categ_id": SQL("pt.categ_id"),
            "team_id": SQL("am.team_id"),
            "quantity": SQL(
                "sign.factor * aml.quantity * line_uom.factor / product_uom.factor"
            ),
            "gross_amount": SQL("aml.pm_gross_amount"),
            "discount_amount": SQL("aml.pm_gross_amount + aml.balance"),
            "net_amount": SQL("-aml.balance"),
            "is_return": SQL("am.move_type = 'out_refund'"),
            "reversed_id": SQL(
                "CASE WHEN origin.id IS NOT NULL THEN origin_line.id END"
            ),
            "reversed_date": SQL("origin.invoice_date"),
            "reversed_team_id": SQL("origin.team_id"),
            "move_id": SQL("am.id"),
            "move_line_id": SQL("aml.id"),
            "document": SQL("am.name"),
        }
        from_where = SQL(
            """
            FROM account_move_line aml
            JOIN account_move am ON am.id = aml.move_id
            JOIN res_company company ON company.id = am.company_id
            JOIN product_product pp ON pp.id = aml.product_id
            JOIN product_template pt ON pt.id = pp.product_tmpl_id
            JOIN uom_uom line_uom ON line_uom.id = aml.product_uom_id
            JOIN uom_uom product_uom ON product_uom.id = pt.uom_id
            CROSS JOIN LATERAL (
                SELECT CASE WHEN am.move_type = 'out_refund' THEN -1 ELSE 1 END
                    AS factor
            ) sign
            -- the sale a credit note line reverses (stored on the line)
            LEFT JOIN account_move_line origin_line
              ON origin_line.id = aml.pm_reversed_line_id
            LEFT JOIN account_move origin
              ON origin.id = origin_line.move_id AND origin.state = 'posted'
            WHERE am.state = 'posted'
              AND am.move_type IN ('out_invoice', 'out_refund')
              AND aml.display_type = 'product'
              -- goods, People Made's own included; a member's product
              -- whatever its kind (not shipping or membership fees)
              AND (aml.pm_member_id IS NOT NULL OR pt.type = 'consu')
            """
        )
        return columns, from_where

    @api.model
    def _pm_ledger_query(self):
        """The ledger as SQL: the union of its sources."""
        names = [
            name
            for name, field in self._fields.items()
            if field.store and field.column_type and name != "id"
        ]
        names.insert(0, "id")
        queries = []
        for columns, from_where in self._pm_ledger_sources():
            # every column of one type in all sources (a float column of
            # Odoo's is double precision, an amount numeric): exact numbers
            select = SQL(", ").join(
                SQL(
                    "CAST(%s AS %s) AS %s",
                    columns.get(name) or SQL("NULL"),
                    SQL(COLUMN_TYPES[self._fields[name].type]),
                    SQL.identifier(name),
                )
                for name in names
            )
            queries.append(SQL("SELECT %s %s", select, from_where))
        return SQL(" UNION ALL ").join(queries)

    def init(self):
        # a view, not a table query: the ORM joins it like a table (a related
        # field through the ledger can be grouped and searched); created again
        # whenever an addon adds a source (its columns change with it)
        drop_view_if_exists(self.env.cr, self._table)
        self.env.cr.execute(
            SQL(
                "CREATE VIEW %s AS (%s)",
                SQL.identifier(self._table),
                self._pm_ledger_query(),
            )
        )

    @api.model
    def _pm_member_domain(self, member, date_from=None, date_to=None):
        """A member's rows of a period (days, both included)."""
        domain = [("member_id", "=", member.id)]
        if date_from:
            domain.append(("date", ">=", date_from))
        if date_to:
            domain.append(("date", "<=", date_to))
        return domain
