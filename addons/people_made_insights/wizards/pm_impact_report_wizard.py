# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from datetime import date

from odoo import api, fields, models
from odoo.exceptions import ValidationError


def _lang_selection(model):
    return model.env["res.lang"].get_installed()


class PmImpactReportWizard(models.TransientModel):
    """The yearly impact report for funders: a one-page summary, then the
    detail. Its figures are those of the models that own them (the sales
    insights over the ledger, the waste diverted, the story scans, the
    self-funding); this wizard only gathers them for a year."""

    _name = "pm.impact.report.wizard"
    _description = "Impact Report"

    year = fields.Integer(
        required=True, default=lambda self: self.env.company._pm_today().year
    )
    lang = fields.Selection(
        _lang_selection,
        string="Language",
        required=True,
        default=lambda self: self.env.lang or self.env.user.lang or "en_US",
    )
    company_id = fields.Many2one(
        "res.company", required=True, default=lambda self: self.env.company
    )
    currency_id = fields.Many2one(related="company_id.currency_id")

    @api.constrains("year")
    def _check_year(self):
        for wizard in self:
            if not 2000 <= wizard.year <= 2100:
                raise ValidationError(
                    self.env._(
                        "Choose a year between 2000 and 2100, not %(year)s.",
                        year=wizard.year,
                    )
                )

    def _pm_period(self, year=None):
        year = year or self.year
        return date(year, 1, 1), date(year, 12, 31)

    def _pm_figures(self):
        """Every figure of the report, for the year and the one before."""
        self.ensure_one()
        date_from, date_to = self._pm_period()
        company = self.company_id
        domain = [
            ("company_id", "=", company.id),
            ("date", ">=", date_from),
            ("date", "<=", date_to),
        ]
        Sale = self.env["pm.insights.sale"]
        totals = (Sale._pm_totals(domain) or [{}])[0]
        turnover = totals.get("net_amount") or 0.0
        circular = totals.get("circular_amount") or 0.0
        # the team's own field: its labels are translated
        kinds = dict(
            self.env["crm.team"]
            ._fields["pm_channel_kind"]
            ._description_selection(self.env)
        )
        channels = [
            dict(
                row,
                name=row["team_id"].display_name or self.env._("No channel"),
                kind=kinds.get(row["team_id"].pm_channel_kind, ""),
            )
            for row in Sale._pm_totals(domain, ["team_id"])
        ]
        channels.sort(key=lambda row: -(row["net_amount"] or 0.0))
        makers = [
            dict(row, name=row["member_id"].display_name or company.name)
            for row in Sale._pm_totals(domain, ["member_id"])
        ]
        makers.sort(key=lambda row: -(row["net_amount"] or 0.0))
        Impact = self.env["pm.circular.impact"]
        streams = sorted(
            Impact._pm_totals(domain, "waste_stream_id").items(),
            key=lambda item: -item[1],
        )
        materials = Impact._read_group(
            domain,
            ["waste_stream_id", "material_id", "product_tmpl_id"],
            ["diverted_kg:sum"],
            order="waste_stream_id, material_id, product_tmpl_id",
        )
        scans = self.env["pm.story.scan"]._read_group(
            [
                ("product_tmpl_id.company_id", "in", [company.id, False]),
                ("day", ">=", date_from),
                ("day", "<=", date_to),
            ],
            ["day:month"],
            ["count:sum"],
        )
        Funding = self.env["pm.insights.funding"]
        funding = Funding._pm_self_funding(date_from, date_to, company)
        previous = Funding._pm_self_funding(
            *self._pm_period(self.year - 1), company=company
        )
        member_kinds = dict(
            self.env["res.partner"]._fields["pm_kind"]._description_selection(self.env)
        )
        members = self.env["res.partner"].search(
            [("is_pm_member", "=", True)], order="pm_kind, name"
        )
        return {
            "year": self.year,
            "company": company,
            "currency": company.currency_id,
            "date_from": date_from,
            "date_to": date_to,
            "turnover": turnover,
            "circular_amount": circular,
            "circular_share": circular / turnover if turnover else 0.0,
            "commission": totals.get("commission") or 0.0,
            "payout": totals.get("payout") or 0.0,
            "quantity": totals.get("quantity") or 0.0,
            "channels": channels,
            "makers": makers,
            "diverted_kg": sum(kg for __, kg in streams),
            "streams": [(stream.display_name, kg) for stream, kg in streams],
            "materials": [
                {
                    "stream": stream.display_name,
                    "material": material.display_name,
                    "product": product,
                    "kg": kg,
                }
                for stream, material, product, kg in materials
            ],
            "scans": [(month, count) for month, count in scans],
            "scan_total": sum(count for __, count in scans),
            "funding": funding,
            "funding_previous": previous,
            "members": [
                (member.display_name, member_kinds.get(member.pm_kind, ""))
                for member in members
            ],
        }

    def action_print_pdf(self):
        self.ensure_one()
        return self.env.ref(
            "people_made_insights.action_report_pm_impact"
        ).report_action(self)

    def action_print_xlsx(self):
        self.ensure_one()
        return self.env.ref(
            "people_made_insights.action_report_pm_impact_xlsx"
        ).report_action(self)

    def _pm_filename(self):
        return self.env._("Impact report %(year)s", year=self.year)
