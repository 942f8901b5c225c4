# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
import hashlib
import hmac
from datetime import timedelta

from odoo import api, fields, models
from odoo.exceptions import UserError

# how many gift messages (written or changed) and reports an hour
LIMITS = {
    "tag": 5,  # per tag
    "client": 20,  # per client, for messages
    "report": 10,  # per client, for reports
    # per client, story codes that open no story (/s/<code>): a shop's
    # visitors scan printed codes, only a script guessing codes misses often
    "story_miss": 20,
}
WINDOW = timedelta(hours=1)


class PmGiftAttempt(models.Model):
    """One attempt to write, change or report a gift message, or one story
    code that opened no story, for the rate limits. The client is a keyed hash
    of its address, not the address, and every row is deleted after an hour."""

    _name = "pm.gift.attempt"
    _description = "Gift Message Attempt"
    _log_access = False

    key = fields.Char(required=True, index=True)
    at = fields.Datetime(
        string="Attempted At", required=True, default=fields.Datetime.now, index=True
    )

    @api.model
    def _pm_client_key(self, address):
        """A keyed hash of the client's address: it tells attempts of one
        client apart without keeping who it is."""
        secret = self.env["ir.config_parameter"].sudo().get_param("database.secret")
        digest = hmac.new(
            (secret or "").encode(), (address or "").encode(), hashlib.sha256
        ).hexdigest()
        return digest[:32]

    @api.model
    def _pm_check(self, keys, count=True):
        """Count one attempt under each ``(kind, value)`` of ``keys``; refuse
        with a clear error when one of them is over its hourly limit.

        :param count: ``False`` only checks, counting nothing"""
        since = fields.Datetime.now() - WINDOW
        full_keys = [f"{kind}:{value}" for kind, value in keys]
        counts = dict(
            self.sudo()._read_group(
                [("key", "in", full_keys), ("at", ">=", since)], ["key"], ["__count"]
            )
        )
        for (kind, _value), key in zip(keys, full_keys, strict=True):
            if counts.get(key, 0) >= LIMITS[kind]:
                raise UserError(
                    self.env._(
                        "Too many attempts in a short time. Nothing is lost: "
                        "try again in an hour."
                    )
                )
        if count:
            self.sudo().create([{"key": key} for key in full_keys])

    @api.model
    def _cron_pm_forget(self):
        self.sudo().search([("at", "<", fields.Datetime.now() - WINDOW)]).unlink()
