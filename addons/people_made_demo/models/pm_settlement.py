# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from datetime import datetime, time, timedelta

from dateutil.relativedelta import relativedelta

from odoo import api, fields, models

# a year of the network for the dashboard and the impact report: per month,
# web sales, a pop-up and a market stall; ([product xmlid, qty])
HISTORY_WEB = (
    [("people_made.product_cork_coasters", 2), ("product_denim_tote", 1)],
    [("people_made.product_rubber_earrings", 1), ("product_granola", 2)],
    [("people_made.product_wrapping_textile", 2), ("product_insect_hotel", 1)],
    [("people_made.product_food_wraps", 3), ("product_tube_wallet", 1)],
)
HISTORY_POPUP = (
    [("people_made.product_k_lumets", 2)],
    [("product_cork_trivet", 1), ("product_tea_towel", 2)],
)
HISTORY_MARKET = (
    [("product_jam", 2), ("product_apple_juice", 2)],
    [("product_planter", 1)],
)
# People Made's own running costs per quarter: (account code, label, amount)
QUARTERLY_COSTS = (
    ("610000", "Huur MAAKBAR Leuven", 2850.0),
    ("613310", "Webshop en kassa's: software", 360.0),
)


class PmSettlement(models.Model):
    _inherit = "pm.settlement"

    @api.model
    def _pm_demo_confirmed_settlement(self):
        """VELO's webshop sale of the month before last, settled and
        confirmed: a new user finds a self-billed bill (VELO, login velo,
        finds it on its portal to accept), while last month's sales, the
        period the run proposes, are still to settle."""
        company = self.env.ref("base.demo_company_be")
        velo = self.env.ref("people_made.partner_velo")
        if self.search_count([("member_id", "=", velo.id)]):
            return  # demo functions run again on each update of the addon
        first = company._pm_today().replace(day=1) - relativedelta(months=2)
        last = first + relativedelta(months=1, days=-1)
        earrings = self.env.ref("people_made.product_rubber_earrings")
        invoice = (
            self.env["account.move"]
            .with_company(company)
            .with_context(tracking_disable=True)
            .create(
                {
                    "move_type": "out_invoice",
                    "company_id": company.id,
                    "partner_id": self.env.ref("people_made_demo.customer_lotte").id,
                    "invoice_date": first + relativedelta(days=14),
                    "team_id": self.env.ref("people_made_commission.team_webshop").id,
                    "invoice_line_ids": [
                        fields.Command.create(
                            {
                                "product_id": earrings.product_variant_id.id,
                                "quantity": 3,
                            }
                        )
                    ],
                }
            )
        )
        invoice.action_post()
        settlements = self.with_company(company)._pm_run(first, last, company)
        # only VELO's: any other member's sale stays for the user's first run
        (settlements - settlements.filtered(lambda s: s.member_id == velo)).unlink()
        settlements.exists().action_confirm()

    @api.model
    def _pm_demo_network_year(self):
        """Eleven months of the network before the demo's recent sales: web
        invoices, pop-up and market stall sessions, settlements confirmed up
        to the month before last, membership fees of last year and this
        year, rent and software bills, and story scans, so that the
        dashboard and the impact report are filled for a new user."""
        company = self.env.ref("base.demo_company_be")
        landlord = self.env.ref("people_made_demo.partner_landlord")
        if self.env["account.move"].search_count([("partner_id", "=", landlord.id)]):
            return  # demo functions run again on each update of the addon
        env = self.with_company(company).with_context(tracking_disable=True).env
        ref = env.ref

        def product(xmlid):
            return ref(
                xmlid if "." in xmlid else f"people_made_demo.{xmlid}"
            ).product_variant_id

        today = fields.Date.context_today(self)
        first = today.replace(day=1) - relativedelta(months=12)
        customers = [
            ref(f"people_made_demo.customer_{name}")
            for name in ("lotte", "camille", "pieter")
        ]
        webshop = ref("people_made_commission.team_webshop")
        popup = ref("people_made_demo.pos_config_popup")
        market = ref("people_made_demo.pos_config_market")
        history = {popup: ([], []), market: ([], [])}
        for month in range(11):
            day = first + relativedelta(months=month, day=10)
            # one invoice a month, the month's web orders as its lines
            lines = (
                HISTORY_WEB[month % len(HISTORY_WEB)]
                + HISTORY_WEB[(month + 1) % len(HISTORY_WEB)]
            )
            invoice = env["account.move"].create(
                {
                    "move_type": "out_invoice",
                    "partner_id": customers[month % len(customers)].id,
                    "invoice_date": day,
                    "team_id": webshop.id,
                    "invoice_line_ids": [
                        fields.Command.create(
                            {"product_id": product(xmlid).id, "quantity": qty}
                        )
                        for xmlid, qty in lines
                    ],
                }
            )
            invoice.action_post()
            when = datetime.combine(day + timedelta(days=6), time(11))
            for config, baskets in ((popup, HISTORY_POPUP), (market, HISTORY_MARKET)):
                basket = baskets[month % len(baskets)]
                history[config][0].append([(product(x), q) for x, q in basket])
                history[config][1].append(when)
        # one session per till for the whole history: a session's orders
        # keep their own days
        for config, (baskets, moments) in history.items():
            config._pm_demo_sell(baskets, when=moments)
        # the fees first: members that agreed have them deducted from
        # their payouts when the settlements are confirmed
        members = env["res.partner"].search(
            [("is_pm_member", "=", True), ("company_id", "in", (company.id, False))]
        )
        for year in (today.year - 1, today.year):
            members._pm_invoice_membership_fees(year)
        # settled and confirmed up to the month before last: this month's
        # settlement stays to be run, on the recent sales
        settle_to = (today - timedelta(days=40)).replace(day=1) - timedelta(days=1)
        settlements = env["pm.settlement"]._pm_run(first, settle_to, company)
        settlements.action_confirm()
        self._pm_demo_costs(env, company, first, today)
        self._pm_demo_scans(env, first, today)

    @api.model
    def _pm_demo_costs(self, env, company, first, today):
        landlord = env.ref("people_made_demo.partner_landlord")
        Account = env["account.account"]
        month = first.replace(month=1)
        while month <= today:
            bill = env["account.move"].create(
                {
                    "move_type": "in_invoice",
                    "partner_id": landlord.id,
                    "invoice_date": month,
                    "invoice_line_ids": [
                        fields.Command.create(
                            {
                                "name": label,
                                "account_id": Account.search(
                                    [("code", "=", code)], limit=1
                                ).id,
                                "price_unit": amount,
                                "tax_ids": [],
                            }
                        )
                        for code, label, amount in QUARTERLY_COSTS
                    ],
                }
            )
            bill.action_post()
            month += relativedelta(months=3)

    @api.model
    def _pm_demo_scans(self, env, first, today):
        products = env["product.template"].search(
            [("pm_story_code", "!=", False), ("pm_member_id", "!=", False)],
            order="id",
        )
        Scan = env["pm.story.scan"]
        values = []
        day = first
        while day < today:
            for index, template in enumerate(products):
                # a few scans a week, more in December (gifts)
                count = (index * 7 + day.day) % 5 + (6 if day.month == 12 else 1)
                values.append(
                    {"product_tmpl_id": template.id, "day": day, "count": count}
                )
            day += timedelta(days=7)
        Scan.create(values)
