# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from markupsafe import Markup

from odoo import fields, models


class SaleOrder(models.Model):
    _inherit = "sale.order"

    pm_gift_tag_ids = fields.Many2many(
        "pm.story.tag", string="Gift Tags", compute="_compute_pm_gift_tag_ids"
    )
    pm_gift_tag_count = fields.Integer(
        string="Gift Tag Count", compute="_compute_pm_gift_tag_ids"
    )

    def _compute_pm_gift_tag_ids(self):
        for order in self:
            order.pm_gift_tag_ids = order.order_line.sudo().pm_gift_message_ids.tag_id
            order.pm_gift_tag_count = len(order.pm_gift_tag_ids)

    def _action_confirm(self):
        result = super()._action_confirm()
        self._pm_tag_gift_messages()
        return result

    def _pm_tag_gift_messages(self):
        """Each gift message written at checkout gets its own tag, to print
        and tie to the textile, and the buyer its private edit link."""
        for order in self:
            gifts = order.order_line.sudo().pm_gift_message_ids.filtered(
                lambda g: not g.tag_id
            )
            if not gifts:
                continue
            tags = (
                self.env["pm.story.tag"]
                .sudo()
                .create(
                    [
                        {"product_tmpl_id": gift.product_tmpl_id.id, "gift_used": True}
                        for gift in gifts
                    ]
                )
            )
            links = []
            for gift, tag in zip(gifts, tags, strict=True):
                gift.tag_id = tag
                links.append((gift, gift._pm_edit_url(gift._pm_issue_edit_secret())))
            order._pm_send_gift_links(links)

    def _pm_send_gift_links(self, links):
        """Mail the buyer its edit links. The mail is deleted once sent: the
        links' secrets are kept nowhere else."""
        self.ensure_one()
        partner = self.partner_id
        if not partner.email:
            return
        lang = partner.lang or self.env.lang
        order = self.with_context(lang=lang)
        body = (
            self.env["ir.qweb"]
            .with_context(lang=lang)
            ._render(
                "people_made_story.gift_edit_links_email",
                {"order": order, "links": links, "partner": partner},
            )
        )
        self.env["mail.mail"].sudo().create(
            {
                "subject": order.env._(
                    "Your gift message for %(order)s", order=self.name
                ),
                "body_html": Markup(body),
                "email_to": partner.email_formatted,
                "email_from": (
                    self.company_id.email_formatted or self.env.user.email_formatted
                ),
                "auto_delete": True,
                "model": False,
                "res_id": False,
            }
        )

    def action_pm_print_gift_tags(self):
        self.ensure_one()
        return self.env.ref(
            "people_made_story.action_report_pm_story_tags"
        ).report_action(self.pm_gift_tag_ids, config=False)
