# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from datetime import date, datetime

from odoo.tests import tagged

from .common import PosMakersCase


@tagged("post_install", "-at_install")
class TestCompanyDay(PosMakersCase):
    """A shop's day and month are the company's, in its time zone."""

    def test_display_month_in_the_company_time_zone(self):
        host = self.env["res.partner"].create({"name": "Boekhandel Theoria"})
        self.config.write({"pm_channel_kind": "display", "pm_host_partner_id": host.id})
        self.open_new_session()
        order = self._sell([(self.product_a, 1)])
        # 31 January 23:30 UTC is already February in Brussels, still
        # January in UTC
        order.date_order = datetime(2026, 1, 31, 23, 30)
        self._close()  # the report reads the sales ledger: closed sessions
        Report = self.env["pm.pos.display.report"]
        for tz, month in (
            ("Europe/Brussels", date(2026, 2, 1)),
            (False, date(2026, 1, 1)),
        ):
            self.config.company_id.partner_id.tz = tz
            self.env.flush_all()
            Report.invalidate_model()
            row = Report.search([("config_id", "=", self.config.id)])
            self.assertEqual(row.month, month, tz)

    def test_market_stall_day_is_the_company_day(self):
        self.config.pm_channel_kind = "market"
        company = self.config.company_id
        for tz in ("Pacific/Kiritimati", "Pacific/Pago_Pago"):
            company.partner_id.tz = tz
            rota = self.env["pm.market.rota"].create(
                {"config_id": self.config.id, "member_id": self.member_a.id}
            )
            self.assertEqual(rota.date, company._pm_today(), tz)
            self.assertEqual(self.config._pm_members_present(), self.member_a)
            rota.unlink()
