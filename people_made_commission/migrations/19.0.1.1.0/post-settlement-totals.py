# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
"""Settled lines no longer keep their product and channel (they read them
through the sales ledger): the totals per product and channel of the
settlements made before are written from those columns, then they go."""

from odoo.tools.sql import column_exists


def migrate(cr, version):
    if not version or not column_exists(cr, "pm_settlement_line", "product_id"):
        return
    cr.execute(
        """
        INSERT INTO pm_settlement_total (
            settlement_id, product_id, team_id, quantity, net_amount,
            commission, payout
        )
        SELECT settlement_id, product_id, team_id, SUM(quantity),
               SUM(net_amount), SUM(commission), SUM(payout)
        FROM pm_settlement_line
        WHERE settlement_id NOT IN (SELECT settlement_id FROM pm_settlement_total)
        GROUP BY settlement_id, product_id, team_id
        """
    )
    cr.execute(
        "ALTER TABLE pm_settlement_line DROP COLUMN product_id, DROP COLUMN team_id"
    )
