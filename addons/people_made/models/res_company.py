# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, fields, models

# The languages People Made's users speak, besides English.
PM_LANGUAGES = ("nl_BE", "fr_BE")


class ResCompany(models.Model):
    _inherit = "res.company"

    def _pm_tz(self):
        """The company's time zone (its contact's, as set on the company),
        in which People Made counts its days: sales and settlement periods,
        scans per day, shop sessions. UTC only when none is set."""
        self.ensure_one()
        return self.partner_id.tz or "UTC"

    def _pm_today(self):
        """Today's date in the company's time zone."""
        return fields.Datetime.context_timestamp(
            self.with_context(tz=self._pm_tz()), fields.Datetime.now()
        ).date()

    @api.model
    def _pm_missing_languages(self):
        """Return the People Made languages that are not active yet."""
        active = set(
            self.env["res.lang"].search([("code", "in", PM_LANGUAGES)]).mapped("code")
        )
        return (
            self.env["res.lang"]
            .with_context(active_test=False)
            .search([("code", "in", [c for c in PM_LANGUAGES if c not in active])])
        )

    @api.model
    def _pm_install_languages(self):
        """Activate Dutch and French and load their translations for every
        installed app, as ``--load-language`` does: a language activated
        without them (by hand, or by demo data) leaves Odoo's own terms in
        English. Return the languages."""
        languages = (
            self.env["res.lang"]
            .with_context(active_test=False)
            .search([("code", "in", PM_LANGUAGES)])
        )
        self.env["base.language.install"].create(
            {"lang_ids": [(6, 0, languages.ids)]}
        ).lang_install()
        return languages
