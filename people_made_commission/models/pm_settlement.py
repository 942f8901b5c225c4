# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from collections import defaultdict

from psycopg2 import errors

from odoo import api, fields, models
from odoo.exceptions import ConcurrencyError, UserError
from odoo.fields import Command
from odoo.tools import SQL

# Legal mentions of a self-billed invoice (Belgian VAT code, art. 53, §2)
SELF_BILLING_MENTION = "Factuur uitgereikt door afnemer / Autofacturation"
EXEMPTION_MENTIONS = {
    "franchise": "Bijzondere vrijstellingsregeling kleine ondernemingen / "
    "Régime particulier de franchise des petites entreprises (art. 56bis WBTW)",
    "exempt": "Vrijgesteld van btw / Exempté de TVA (art. 44 WBTW)",
}

# An arbitrary constant: the advisory lock of settlement runs, per company.
RUN_LOCK_KEY = 720419

# The rows of the sales ledger a run settles: those of the company up to the
# run's last day that no live settlement line holds yet. A return takes the
# terms of the sale it reverses: its rule is looked up on that sale's day and
# channel, and a sale already settled lends its settled terms (below).
SOLD_SQL = """
    SELECT
        l.id AS ledger_id, l.company_id, l.date, l.team_id, l.product_id, l.member_id,
        l.categ_id, l.quantity, l.net_amount, l.gross_amount, l.reversed_id,
        l.agreed_payout,
        COALESCE(l.reversed_date, l.date) AS rule_date,
        CASE WHEN l.reversed_id IS NULL THEN l.team_id
             ELSE l.reversed_team_id END AS rule_team_id,
        l.is_return AND l.reversed_id IS NULL AS origin_missing
    FROM (%(ledger)s) l
    WHERE l.company_id = %(company_id)s
      AND l.member_id IS NOT NULL
      AND l.date <= %(date_to)s
      AND NOT EXISTS (
          SELECT 1 FROM pm_settlement_line sl
          WHERE sl.ledger_id = l.id AND sl.cancelled IS NOT TRUE
      )
"""

# The sold lines a run settles, with their rule and amounts, as SQL; ``sold``
# is SOLD_SQL.
#
# Rounding: each line's payout is rounded to the cent (half away from zero)
# and its commission is the net sale minus that payout, so payout plus
# commission is the net sale exactly, line by line and in every total. A row
# with an agreed payout (a gift basket hub's fee, net sale zero) is paid that:
# its commission is minus the fee, People Made's cost.
CANDIDATES_SQL = """
    CREATE TEMP TABLE pm_settlement_candidates ON COMMIT DROP AS
    WITH sold AS (
        %(sold)s
    ), keyed AS (
        -- the rule depends on these only: look it up once per combination,
        -- not once per line
        SELECT DISTINCT company_id, member_id, rule_team_id, categ_id, rule_date
        FROM sold
    ), keyed_rule AS MATERIALIZED (
        SELECT keyed.*, rule.id AS rule_id, rule.rate, rule.fixed_fee,
               rule.discount_bearer
        FROM keyed
        LEFT JOIN product_category pc ON pc.id = keyed.categ_id
        LEFT JOIN LATERAL (
            SELECT r.id, r.rate, r.fixed_fee, r.discount_bearer
            FROM pm_commission_rule r
            LEFT JOIN product_category rc ON rc.id = r.categ_id
            WHERE r.active
              AND r.company_id = keyed.company_id
              AND (r.member_id IS NULL OR r.member_id = keyed.member_id)
              AND (r.team_id IS NULL OR r.team_id = keyed.rule_team_id)
              AND (r.categ_id IS NULL
                   OR pc.parent_path LIKE rc.parent_path || '%%')
              AND (r.date_from IS NULL OR r.date_from <= keyed.rule_date)
              AND (r.date_to IS NULL OR r.date_to >= keyed.rule_date)
            ORDER BY r.member_id IS NULL, r.team_id IS NULL, r.categ_id IS NULL,
                     length(rc.parent_path) DESC NULLS LAST, r.sequence, r.id
            LIMIT 1
        ) rule ON TRUE
    ), ruled AS (
        -- a return of a sale already settled is settled on the terms the
        -- sale was paid on, even if the rule changed since
        -- an agreed payout (a hub's assembly fee) takes no rule
        SELECT
            sold.*,
            CASE WHEN sold.agreed_payout IS NOT NULL THEN NULL
                 WHEN prev.id IS NULL THEN kr.rule_id ELSE prev.rule_id END
                AS rule_id,
            CASE WHEN sold.agreed_payout IS NOT NULL THEN 0
                 WHEN prev.id IS NULL THEN COALESCE(kr.rate, %(default_rate)s)
                 ELSE prev.rate END AS rate,
            CASE WHEN sold.agreed_payout IS NOT NULL THEN 0
                 WHEN prev.id IS NULL THEN COALESCE(kr.fixed_fee, 0)
                 ELSE prev.fixed_fee END AS fixed_fee,
            CASE WHEN prev.id IS NULL
                 THEN COALESCE(kr.discount_bearer, 'member')
                 ELSE prev.discount_bearer END AS discount_bearer
        FROM sold
        -- keys compared with COALESCE, not IS NOT DISTINCT FROM: a hash
        -- join instead of comparing every sold line with every key
        JOIN keyed_rule kr
          ON kr.company_id = sold.company_id
         AND kr.member_id = sold.member_id
         AND COALESCE(kr.rule_team_id, 0) = COALESCE(sold.rule_team_id, 0)
         AND COALESCE(kr.categ_id, 0) = COALESCE(sold.categ_id, 0)
         AND kr.rule_date = sold.rule_date
        LEFT JOIN pm_settlement_line prev
          ON prev.ledger_id = sold.reversed_id AND prev.cancelled IS NOT TRUE
    )
    SELECT
        ruled.*,
        COALESCE(ruled.agreed_payout, ROUND(
            CASE ruled.discount_bearer
                WHEN 'people_made' THEN ruled.gross_amount
                WHEN 'shared' THEN (ruled.gross_amount + ruled.net_amount) / 2
                ELSE ruled.net_amount
            END * (100 - ruled.rate) / 100
            - ruled.fixed_fee * ruled.quantity,
            %(digits)s
        )) AS payout
    FROM ruled
"""


class PmSettlement(models.Model):
    """What People Made owes one member for its sales of a period."""

    _name = "pm.settlement"
    _description = "Member Settlement"
    _inherit = "mail.thread"
    _order = "date_to desc, member_id"

    name = fields.Char(compute="_compute_name", store=True)
    company_id = fields.Many2one("res.company", required=True, readonly=True)
    currency_id = fields.Many2one(related="company_id.currency_id")
    member_id = fields.Many2one("res.partner", required=True, readonly=True, index=True)
    date_from = fields.Date(string="From", required=True, readonly=True)
    date_to = fields.Date(string="To", required=True, readonly=True, index=True)
    state = fields.Selection(
        [("draft", "Draft"), ("confirmed", "Confirmed"), ("cancel", "Cancelled")],
        default="draft",
        required=True,
        readonly=True,
        tracking=True,
        index=True,
    )
    legal_model = fields.Selection(
        [("commissionaire", "Commissionaire"), ("agent", "Agent")],
        required=True,
        readonly=True,
    )
    line_ids = fields.One2many("pm.settlement.line", "settlement_id", readonly=True)
    total_ids = fields.One2many(
        "pm.settlement.total",
        "settlement_id",
        string="Totals per Product and Channel",
        readonly=True,
    )
    line_count = fields.Integer(compute="_compute_line_count")
    net_total = fields.Monetary(string="Net Sales", readonly=True)
    commission_total = fields.Monetary(string="Commission", readonly=True)
    payout_total = fields.Monetary(string="Payout", readonly=True)
    move_id = fields.Many2one(
        "account.move", string="Bill or Invoice", readonly=True, copy=False
    )
    collected_move_id = fields.Many2one(
        "account.move",
        string="Collected in the Member's Name",
        readonly=True,
        copy=False,
        help="Agent model: the entry that owes the member what People Made "
        "collected in its name (its net sales), moved out of People Made's "
        "income.",
    )
    collected_residual = fields.Monetary(
        string="Still to Pay Out",
        compute="_compute_collected_residual",
        help="Agent model: what People Made still owes the member of what it "
        "collected, once the commission invoice is set off and payments made.",
    )
    reversal_move_id = fields.Many2one(
        "account.move",
        string="Credit Note",
        readonly=True,
        copy=False,
        help="The credit note that reversed the bill or invoice when the "
        "settlement was cancelled.",
    )

    @api.depends("member_id", "date_from", "date_to")
    def _compute_name(self):
        for settlement in self:
            settlement.name = self.env._(
                "%(member)s, %(date_from)s - %(date_to)s",
                member=settlement.member_id.name,
                date_from=settlement.date_from,
                date_to=settlement.date_to,
            )

    def _compute_line_count(self):
        counts = dict(
            self.env["pm.settlement.line"]._read_group(
                [("settlement_id", "in", self.ids)], ["settlement_id"], ["__count"]
            )
        )
        for settlement in self:
            settlement.line_count = counts.get(settlement, 0)

    @api.depends("collected_move_id.line_ids.amount_residual")
    def _compute_collected_residual(self):
        for settlement in self:
            settlement.collected_residual = -sum(
                settlement.collected_move_id.line_ids.filtered(
                    lambda line: line.account_type == "liability_payable"
                ).mapped("amount_residual")
            )

    # the run ----------------------------------------------------------------

    @api.model
    def _pm_run(self, date_from, date_to, company=None):
        """Settle every sold line up to ``date_to`` not settled yet: one draft
        settlement per member, its lines written in bulk.

        A member whose payout stays under the company's minimum is left out:
        its lines carry forward to the next run.

        :return: the settlements created
        """
        company = company or self.env.company
        if date_from > date_to:
            raise UserError(self.env._("The period ends before it starts."))
        cr = self.env.cr
        self._pm_lock_run(company)
        overlap = self.search(
            [
                ("company_id", "=", company.id),
                ("state", "=", "confirmed"),
                ("date_from", "<=", date_to),
                ("date_to", ">=", date_from),
            ],
            limit=1,
        )
        if overlap:
            raise UserError(
                self.env._(
                    "The period overlaps %(settlement)s, which is confirmed. "
                    "Choose a period after %(date)s.",
                    settlement=overlap.display_name,
                    date=overlap.date_to,
                )
            )
        self.env.flush_all()
        # PostgreSQL's JIT compiles this large query for seconds and gains
        # nothing on it; and its sorts and hashes of every sold line fit in
        # memory with 64 MB instead of spilling to disk (this transaction)
        cr.execute("SET LOCAL jit = off")
        cr.execute("SET LOCAL work_mem = '64MB'")
        params = {
            "company_id": company.id,
            "date_to": date_to,
            "default_rate": company.pm_commission_rate,
            "digits": company.currency_id.decimal_places,
        }
        sold = SQL(
            SOLD_SQL,
            ledger=self.env["pm.sales.ledger"]._pm_ledger_query(),
            company_id=company.id,
            date_to=date_to,
        )
        cr.execute("DROP TABLE IF EXISTS pm_settlement_candidates")
        cr.execute(SQL(CANDIDATES_SQL, sold=sold, **params))
        cr.execute(
            """
            SELECT member_id, SUM(payout)
            FROM pm_settlement_candidates
            GROUP BY member_id
            ORDER BY member_id
            """
        )
        minimum = company.pm_payout_minimum
        members = [
            member_id
            for member_id, payout in cr.fetchall()
            if not (minimum and 0 <= payout < minimum)
        ]
        if not members:
            return self.browse()
        settlements = self.create(
            [
                {
                    "company_id": company.id,
                    "member_id": member_id,
                    "date_from": date_from,
                    "date_to": date_to,
                    "legal_model": company.pm_legal_model,
                }
                for member_id in members
            ]
        )
        self.env.flush_all()
        try:
            with cr.savepoint():
                cr.execute(
                    SQL(
                        """
                INSERT INTO pm_settlement_line (
                    settlement_id, ledger_id, date, quantity, net_amount,
                    rule_id, rate, fixed_fee, discount_bearer, payout,
                    commission, origin_missing, cancelled
                )
                SELECT
                    s.id, c.ledger_id, c.date, c.quantity, c.net_amount,
                    c.rule_id, c.rate, c.fixed_fee, c.discount_bearer, c.payout,
                    c.net_amount - c.payout, c.origin_missing, FALSE
                FROM pm_settlement_candidates c
                JOIN pm_settlement s ON s.member_id = c.member_id
                WHERE s.id = ANY(%(ids)s)
                ORDER BY c.date, c.ledger_id
                """,
                        ids=settlements.ids,
                    )
                )
                cr.execute(
                    SQL(
                        """
                INSERT INTO pm_settlement_total (
                    settlement_id, product_id, team_id, quantity, net_amount,
                    commission, payout
                )
                SELECT
                    s.id, c.product_id, c.team_id, SUM(c.quantity),
                    SUM(c.net_amount), SUM(c.net_amount - c.payout),
                    SUM(c.payout)
                FROM pm_settlement_candidates c
                JOIN pm_settlement s ON s.member_id = c.member_id
                WHERE s.id = ANY(%(ids)s)
                GROUP BY s.id, c.product_id, c.team_id
                """,
                        ids=settlements.ids,
                    )
                )
        except errors.UniqueViolation as error:
            # another run settled these lines and committed after this
            # transaction began: its snapshot cannot see them. Start again.
            raise ConcurrencyError(
                "A settlement run of this company committed meanwhile"
            ) from error
        settlements._pm_update_totals()
        return settlements

    @api.model
    def _pm_lock_run(self, company):
        """One run at a time per company.

        The lock comes after the transaction's snapshot was taken: a run that
        had to wait cannot see what the run before it settled, so it asks to
        be run again in a new transaction (Odoo retries a request or a
        scheduled action that raises ConcurrencyError), which then finds
        nothing left to settle."""
        cr = self.env.cr
        cr.execute(
            "SELECT pg_try_advisory_xact_lock(%s, %s)", (RUN_LOCK_KEY, company.id)
        )
        if not cr.fetchone()[0]:
            cr.execute(
                "SELECT pg_advisory_xact_lock(%s, %s)", (RUN_LOCK_KEY, company.id)
            )
            raise ConcurrencyError("Another settlement run of this company finished")

    def _pm_update_totals(self):
        self.env.flush_all()
        self.env.cr.execute(
            SQL(
                """
                -- from the totals per product and channel: a few rows per
                -- settlement, summed once (they were just written: the
                -- planner knows nothing of them)
                WITH t AS MATERIALIZED (
                    SELECT settlement_id, SUM(net_amount) AS net,
                           SUM(commission) AS commission, SUM(payout) AS payout
                    FROM pm_settlement_total
                    WHERE settlement_id = ANY(%(ids)s)
                    GROUP BY settlement_id
                )
                UPDATE pm_settlement s
                SET net_total = t.net, commission_total = t.commission,
                    payout_total = t.payout
                FROM t
                WHERE s.id = t.settlement_id
                """,
                ids=self.ids,
            )
        )
        # written in SQL: the cache knows neither the lines nor the totals
        self.env["pm.settlement.line"].invalidate_model()
        self.env["pm.settlement.total"].invalidate_model()
        self.invalidate_recordset(
            ["line_ids", "total_ids", "net_total", "commission_total", "payout_total"]
        )

    # confirming -------------------------------------------------------------

    def action_confirm(self):
        for settlement in self:
            if settlement.state != "draft":
                raise UserError(self.env._("Only a draft settlement is confirmed."))
            member = settlement.member_id
            if (
                settlement.legal_model == "commissionaire"
                and not member.pm_self_billing_agreement_date
            ):
                raise UserError(
                    self.env._(
                        "%(member)s has not signed a self-billing agreement: "
                        "People Made may only issue bills in its name after "
                        "one (Belgian VAT code, art. 53, §2). Record the date "
                        "it was signed on the member first.",
                        member=member.display_name,
                    )
                )
            if settlement.legal_model == "commissionaire" and not member.bank_ids:
                raise UserError(
                    self.env._(
                        "%(member)s has no bank account to be paid on: add one "
                        "on the member before confirming its settlement.",
                        member=member.display_name,
                    )
                )
        for settlement in self:
            if settlement.legal_model == "commissionaire":
                move = settlement._pm_create_self_billed_bill()
            else:
                move = settlement._pm_create_commission_invoice()
                settlement.collected_move_id = settlement._pm_create_collected_entry()
            if move:
                move.action_post()
                if move.is_purchase_document():
                    # a self-billed document is the member's to accept
                    move.pm_acceptance = "pending"
            settlement.write({"state": "confirmed", "move_id": move.id})
            if move.move_type == "in_invoice" and settlement.member_id.pm_deduct_fees:
                settlement._pm_deduct_membership_fees()
        return True

    def _pm_deduct_membership_fees(self):
        """Set the member's open membership fees off against its self-billed
        bill, as it agreed: one compensation entry that moves the amount from
        what People Made owes to what the member owes, reconciled with both.

        :return: the compensation entry, or an empty recordset
        """
        self.ensure_one()
        bill = self.move_id
        invoices = self.member_id._pm_open_fee_invoices()
        payable = bill.line_ids.filtered(
            lambda line: line.account_id.account_type == "liability_payable"
        )
        amount = min(
            -sum(payable.mapped("amount_residual")),
            sum(invoices.mapped("amount_residual")),
        )
        if not invoices or amount <= 0:
            return self.env["account.move"]
        receivable = invoices.line_ids.filtered(
            lambda line: (
                line.account_id.account_type == "asset_receivable"
                and not line.reconciled
            )
        )
        journal = self.company_id._pm_misc_journal()
        label = self.env._("Membership fees deducted from %(bill)s", bill=bill.name)
        entry = self.env["account.move"].create(
            {
                "move_type": "entry",
                "journal_id": journal.id,
                "date": bill.date,
                "ref": label,
                "line_ids": [
                    Command.create(
                        {
                            "name": label,
                            "partner_id": self.member_id.id,
                            "account_id": payable[:1].account_id.id,
                            "debit": amount,
                        }
                    ),
                    Command.create(
                        {
                            "name": label,
                            "partner_id": self.member_id.id,
                            "account_id": receivable[:1].account_id.id,
                            "credit": amount,
                        }
                    ),
                ],
            }
        )
        entry.action_post()
        (payable | entry.line_ids.filtered(lambda l: l.debit)).reconcile()
        (receivable | entry.line_ids.filtered(lambda l: l.credit)).reconcile()
        return entry

    def _pm_line_groups(self):
        """The settled lines per product, with their totals."""
        return self.env["pm.settlement.total"]._read_group(
            [("settlement_id", "=", self.id)],
            ["product_id"],
            ["quantity:sum", "payout:sum"],
            order="product_id",
        )

    def _pm_create_self_billed_bill(self):
        """The bill People Made issues in the member's name for its payout.

        Its journal is a self-billing journal: Odoo numbers its bills in a
        sequence per member and sends them over Peppol as self-billing
        invoices."""
        self.ensure_one()
        if not self.payout_total:
            return self.env["account.move"]
        company = self.company_id
        member = self.member_id
        sign = 1 if self.payout_total > 0 else -1
        taxed = member.pm_vat_regime == "vat"
        lines = []
        zero_tax = (
            self.env["account.tax"]
            if taxed
            else company._pm_zero_purchase_tax(member.pm_vat_regime)
        )
        for product, quantity, payout in self._pm_line_groups():
            taxes = zero_tax
            if taxed:
                taxes = (
                    product.supplier_taxes_id.filtered(
                        lambda tax, company=company: tax.company_id == company
                    )
                    or company.account_purchase_tax_id
                )
            lines.append(
                Command.create(
                    {
                        "product_id": product.id,
                        "name": self.env._(
                            "%(product)s: %(quantity)s sold",
                            product=product.display_name,
                            quantity=f"{quantity:g}",
                        ),
                        "quantity": 1,
                        "price_unit": sign * payout,
                        "tax_ids": [Command.set(taxes.ids)],
                    }
                )
            )
        mentions = [SELF_BILLING_MENTION]
        if not taxed:
            mentions.append(EXEMPTION_MENTIONS[member.pm_vat_regime])
        return self.env["account.move"].create(
            {
                "move_type": "in_invoice" if sign > 0 else "in_refund",
                "partner_id": member.id,
                "company_id": company.id,
                "journal_id": company._pm_self_billing_journal().id,
                "invoice_date": self.date_to,
                "ref": self.display_name,
                "narration": "\n".join(mentions),
                "partner_bank_id": member.bank_ids[:1].id,
                "invoice_line_ids": lines,
            }
        )

    def _pm_create_commission_invoice(self):
        """The invoice People Made sends the member for its commission."""
        self.ensure_one()
        if not self.commission_total:
            return self.env["account.move"]
        company = self.company_id
        sign = 1 if self.commission_total > 0 else -1
        return self.env["account.move"].create(
            {
                "move_type": "out_invoice" if sign > 0 else "out_refund",
                "partner_id": self.member_id.id,
                "company_id": company.id,
                "invoice_date": self.date_to,
                "invoice_line_ids": [
                    Command.create(
                        {
                            "name": self.env._(
                                "Commission on your sales, %(date_from)s - %(date_to)s",
                                date_from=self.date_from,
                                date_to=self.date_to,
                            ),
                            "quantity": 1,
                            "price_unit": sign * self.commission_total,
                            "tax_ids": [Command.set(company.account_sale_tax_id.ids)],
                        }
                    )
                ],
            }
        )

    def _pm_create_collected_entry(self):
        """Agent model: the member's sales People Made collected in its name
        are the member's, not People Made's income. Posted: moved from the
        products' income accounts to what People Made owes the member
        (payable), against which the commission invoice is set off."""
        self.ensure_one()
        if not self.net_total:
            return self.env["account.move"]
        company = self.company_id
        currency = company.currency_id
        member = self.member_id.with_company(company)
        per_account = defaultdict(float)
        for product, net in self.env["pm.settlement.total"]._read_group(
            [("settlement_id", "=", self.id)], ["product_id"], ["net_amount:sum"]
        ):
            account = product.with_company(company)._get_product_accounts()["income"]
            per_account[account] += net
        label = self.env._(
            "Collected in the name of %(member)s, %(date_from)s - %(date_to)s",
            member=member.name,
            date_from=self.date_from,
            date_to=self.date_to,
        )
        lines = [
            Command.create(
                {
                    "name": label,
                    "account_id": account.id,
                    "balance": currency.round(net),
                }
            )
            for account, net in per_account.items()
        ]
        lines.append(
            Command.create(
                {
                    "name": label,
                    "partner_id": member.id,
                    "account_id": member.property_account_payable_id.id,
                    "balance": -currency.round(sum(per_account.values())),
                }
            )
        )
        entry = self.env["account.move"].create(
            {
                "move_type": "entry",
                "journal_id": company._pm_misc_journal().id,
                "company_id": company.id,
                "date": self.date_to,
                "ref": label,
                "line_ids": lines,
            }
        )
        entry.action_post()
        return entry

    def _pm_agent_payout(self):
        """Agent model: what People Made collected in the member's name, its
        commission invoice, and how the difference reached the member.

        Read from the accounting itself (the reconciliations of the
        collected payable), however they were made: ``collected``,
        ``commission`` (the invoice's total, VAT included; negative for a
        credit note), ``due`` (the difference), ``netted`` (set off against
        the member's invoices), ``payments`` (the vendor payments), ``paid``
        and ``residual``."""
        self.ensure_one()
        settlement = self.sudo()
        invoice = settlement.move_id
        payable = settlement.collected_move_id.line_ids.filtered(
            lambda line: line.account_type == "liability_payable"
        )
        partials = payable.matched_debit_ids
        counterparts = partials.debit_move_id.move_id
        payments = counterparts.origin_payment_id
        currency = settlement.currency_id
        paid = currency.round(
            sum(
                partials.filtered(
                    lambda p: p.debit_move_id.move_id.origin_payment_id
                ).mapped("amount")
            )
        )
        collected = -sum(payable.mapped("balance"))
        commission = invoice.amount_total_signed if invoice.state == "posted" else 0.0
        return {
            "collected": collected,
            "invoice": invoice,
            "commission": commission,
            "due": currency.round(collected - commission),
            "netted": currency.round(sum(partials.mapped("amount")) - paid),
            "payments": payments,
            "paid": paid,
            "residual": settlement.collected_residual,
        }

    def action_cancel(self):
        """Cancel settlements and free their lines for a next run.

        A posted bill or invoice may have been sent to the member already: it
        is never reset but reversed by a credit note (a self-billed credit
        note for a self-billed bill), reconciled with it."""
        for settlement in self:
            if settlement.state == "cancel":
                raise UserError(
                    self.env._(
                        "%(settlement)s is already cancelled.",
                        settlement=settlement.display_name,
                    )
                )
            move = settlement.move_id
            collected = settlement.collected_move_id.line_ids.filtered(
                lambda line: line.account_type == "liability_payable"
            )
            if (move and move.payment_state not in ("not_paid", False)) or (
                collected.matched_debit_ids
            ):
                raise UserError(
                    self.env._(
                        "%(settlement)s is (partly) paid: reverse the payment first.",
                        settlement=settlement.display_name,
                    )
                )
        for settlement in self:
            move = settlement.move_id
            if move.state == "posted":
                settlement.reversal_move_id = settlement._pm_reverse_move()
            elif move.state == "draft":
                move.button_cancel()
            if settlement.collected_move_id.state == "posted":
                settlement.collected_move_id._reverse_moves(
                    [{"date": settlement.company_id._pm_today()}], cancel=True
                )
        self.line_ids.write({"cancelled": True})
        self.write({"state": "cancel"})
        return True

    def _pm_reverse_move(self):
        """Post the credit note that reverses the settlement's document."""
        self.ensure_one()
        move = self.move_id
        today = self.company_id._pm_today()
        reversal = move._reverse_moves(
            [
                {
                    "invoice_date": today,
                    "date": today,
                    "ref": self.env._(
                        "Reversal of %(document)s (settlement %(settlement)s "
                        "cancelled)",
                        document=move.name,
                        settlement=self.display_name,
                    ),
                }
            ],
            cancel=True,
        )
        if reversal.is_purchase_document():
            reversal.pm_acceptance = "pending"
        return reversal

    # statements -------------------------------------------------------------

    def _pm_statement_totals(self, groupby):
        """The settlement's totals per ``groupby`` (``team_id`` or
        ``product_id``): [(record, quantity, net, commission, payout)]."""
        self.ensure_one()
        return (
            self.env["pm.settlement.total"]
            .sudo()
            ._read_group(
                [("settlement_id", "=", self.id)],
                [groupby],
                ["quantity:sum", "net_amount:sum", "commission:sum", "payout:sum"],
                order=f"{groupby}",
            )
        )

    def action_send_statement(self):
        """Email each member its statement (PDF and XLSX attached)."""
        template = self.env.ref("people_made_commission.mail_template_pm_statement")
        for settlement in self:
            if settlement.state != "confirmed":
                raise UserError(
                    self.env._(
                        "Only a confirmed settlement has a statement to send: "
                        "%(settlement)s is not.",
                        settlement=settlement.display_name,
                    )
                )
            attachments = self.env["ir.attachment"]
            for report, extension in (
                ("people_made_commission.action_report_pm_statement", "pdf"),
                ("people_made_commission.action_report_pm_statement_xlsx", "xlsx"),
            ):
                content, _kind = self.env["ir.actions.report"]._render(
                    report, settlement.ids
                )
                attachments |= attachments.create(
                    {
                        "name": f"{settlement._pm_statement_filename()}.{extension}",
                        "raw": content,
                        "res_model": settlement._name,
                        "res_id": settlement.id,
                    }
                )
            settlement.message_post_with_source(
                template,
                partner_ids=settlement.member_id.ids,
                attachment_ids=attachments.ids,
                message_type="comment",
                subtype_xmlid="mail.mt_comment",
            )
        return True

    def _pm_statement_filename(self):
        self.ensure_one()
        return self.env._(
            "Statement %(member)s %(date_from)s %(date_to)s",
            member=self.member_id.name,
            date_from=self.date_from,
            date_to=self.date_to,
        )

    def _get_report_base_filename(self):
        return self._pm_statement_filename()

    def action_open_lines(self):
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Settled Lines"),
            "res_model": "pm.settlement.line",
            "view_mode": "list,pivot",
            "domain": [("settlement_id", "=", self.id)],
        }
