# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, fields, models


def pm_split_cents(total, weights):
    """``total`` (in cents, an integer) shared over ``weights`` in proportion:
    each share rounded down (in absolute value), the cents left one each to
    the shares with the largest part rounded off, ties to the earlier one.
    The shares add up to ``total`` exactly; a negative total gives exactly
    the opposite shares of the positive one."""
    sign = -1 if total < 0 else 1
    total = abs(total)
    weight_sum = sum(weights)
    if not weight_sum:
        weights = [1] * len(weights)
        weight_sum = len(weights)
    # integer arithmetic: the same shares on every machine
    shares, rests = [], []
    for index, weight in enumerate(weights):
        share, rest = divmod(total * weight, weight_sum)
        shares.append(share)
        rests.append((-rest, index))
    for __, index in sorted(rests)[: total - sum(shares)]:
        shares[index] += 1
    return [sign * share for share in shares]


class PmBasketShare(models.Model):
    """One item's share of a basket sold or returned on an invoice line.

    Written when the invoice or credit note is posted, from the basket's
    contents of that day (a basket's contents may change, its sales do not):
    the sales ledger reads an invoiced basket through its shares, one row per
    item to its maker and one to the hub for its assembly fee."""

    _name = "pm.basket.share"
    _description = "Gift Basket Share"
    _order = "move_line_id, sequence, id"
    _log_access = False

    move_line_id = fields.Many2one(
        "account.move.line",
        string="Invoice Line",
        required=True,
        index=True,
        ondelete="cascade",
    )
    move_id = fields.Many2one(related="move_line_id.move_id", string="Invoice")
    company_id = fields.Many2one(related="move_line_id.company_id")
    # stored: each amount is rounded in it when written
    currency_id = fields.Many2one("res.currency", required=True, readonly=True)
    basket_id = fields.Many2one("product.product", required=True, readonly=True)
    sequence = fields.Integer(readonly=True)
    product_id = fields.Many2one(
        "product.product",
        string="Item",
        required=True,
        readonly=True,
        help="The item, or the basket itself for the hub's assembly fee.",
    )
    member_id = fields.Many2one(
        "res.partner", string="Paid to", required=True, readonly=True, index=True
    )
    is_fee = fields.Boolean(string="Assembly Fee", readonly=True)
    weight = fields.Monetary(
        readonly=True,
        help="The item's list price times its quantity in one basket: the "
        "share of the basket's price it gets.",
    )
    quantity = fields.Float(
        digits="Product Unit", readonly=True, help="Negative for a return."
    )
    gross_amount = fields.Monetary(string="Price before Discount", readonly=True)
    net_amount = fields.Monetary(string="Net Sale", readonly=True)
    agreed_payout = fields.Monetary(
        readonly=True, help="The hub's assembly fee: paid as is."
    )
    reversed_share_id = fields.Many2one(
        "pm.basket.share", string="Returned Share", readonly=True, index=True
    )

    @api.model
    def _pm_create_for_lines(self, lines):
        """The shares of these posted basket lines (written again if the
        line was posted before)."""
        self.search([("move_line_id", "in", lines.ids)]).unlink()
        # read once for all the lines: the shares of the sales returned, the
        # contents of each basket
        origins = self.search(
            [("move_line_id", "in", lines.pm_reversed_line_id.ids)]
        ).grouped("move_line_id")
        contents = {}
        vals_list = []
        for line in lines:
            vals_list += self._pm_share_values(
                line, origins.get(line.pm_reversed_line_id, self), contents
            )
        return self.create(vals_list)

    @api.model
    def _pm_share_values(self, line, origin, contents):
        """The shares of one basket line: ``origin`` are the shares of the
        sale it returns, if any; ``contents`` caches the baskets' items."""
        sign = -1 if line.move_id.move_type == "out_refund" else 1
        basket = line.product_id
        baskets = sign * line.product_uom_id._compute_quantity(
            line.quantity, basket.uom_id
        )
        if origin:
            # a return takes the items and the terms of the basket it returns
            sold = line.pm_reversed_line_id
            sold_baskets = sold.product_uom_id._compute_quantity(
                sold.quantity, basket.uom_id
            )
            per_basket = baskets / sold_baskets if sold_baskets else 0.0
            items = [
                (
                    share.product_id,
                    share.member_id,
                    share.is_fee,
                    share.weight,
                    share.quantity * per_basket,
                    share.agreed_payout * per_basket,
                    share,
                )
                for share in origin
            ]
        else:
            template = basket.product_tmpl_id
            if basket not in contents:
                contents[basket] = template._pm_basket_items()
            items = [
                (
                    product,
                    product.pm_member_id,
                    False,
                    product.lst_price * qty,
                    qty * baskets,
                    0.0,
                    self,
                )
                for product, qty in contents[basket]
            ]
            hub = template._pm_hub_partner()
            if hub and template.pm_hub_fee:
                fee = template.currency_id._convert(
                    template.pm_hub_fee,
                    line.company_currency_id,
                    line.company_id,
                    line.date or fields.Date.today(),
                )
                items.append((basket, hub, True, 0.0, baskets, fee * baskets, self))
        currency = line.company_currency_id
        goods = [item for item in items if not item[2]]
        weights = [round(item[3] * 100) for item in goods]
        net = pm_split_cents(round(-line.balance * 100), weights)
        gross = pm_split_cents(round(line.pm_gross_amount * 100), weights)
        amounts = iter(zip(net, gross, strict=True))
        values = []
        for sequence, (product, member, is_fee, weight, qty, payout, prev) in enumerate(
            items
        ):
            net_cents, gross_cents = (0, 0) if is_fee else next(amounts)
            values.append(
                {
                    "move_line_id": line.id,
                    "currency_id": currency.id,
                    "basket_id": basket.id,
                    "sequence": sequence,
                    "product_id": product.id,
                    "member_id": member.id,
                    "is_fee": is_fee,
                    "weight": weight,
                    "quantity": qty,
                    "net_amount": net_cents / 100,
                    "gross_amount": gross_cents / 100,
                    "agreed_payout": currency.round(payout) if is_fee else False,
                    "reversed_share_id": prev.id,
                }
            )
        return values
