# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import fields, models
from odoo.exceptions import UserError


class StockPicking(models.Model):
    _inherit = "stock.picking"

    pm_basket_campaign_id = fields.Many2one(
        "pm.basket.campaign",
        string="Basket Campaign",
        index="btree_not_null",
        readonly=True,
        ondelete="restrict",
    )
    pm_hub_sender_id = fields.Many2one(
        "res.partner",
        string="Maker Sending to the Hub",
        index="btree_not_null",
        readonly=True,
        help="The member that sends its items of a basket campaign to the "
        "hub; it sees this transfer in its portal.",
    )
    pm_hub_sent_date = fields.Datetime(
        string="Sent to the Hub",
        readonly=True,
        copy=False,
        help="When the maker said it sent these items to the hub.",
    )

    def action_pm_mark_sent_to_hub(self):
        """The maker sent its items to the hub; the hub receives them next."""
        for picking in self:
            if not picking.pm_hub_sender_id:
                raise UserError(
                    self.env._("%s is not a transfer to a hub.", picking.name)
                )
            if picking.state in ("done", "cancel") or picking.pm_hub_sent_date:
                raise UserError(
                    self.env._("%(name)s is already sent or closed.", name=picking.name)
                )
            picking.pm_hub_sent_date = fields.Datetime.now()
            picking.message_post(
                body=self.env._(
                    "%(maker)s sent these items to the hub.",
                    maker=picking.pm_hub_sender_id.display_name,
                )
            )
        return True

    def action_pm_receive_at_hub(self):
        """The hub received the items: the transfer is done, the goods stay
        the maker's, now at the hub."""
        return self._pm_validate_whole()
