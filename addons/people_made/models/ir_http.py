# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from werkzeug.exceptions import BadRequest

from odoo import models
from odoo.http import request

from ..tools.validate import has_nul


class IrHttp(models.AbstractModel):
    _inherit = "ir.http"

    @classmethod
    def _pre_dispatch(cls, rule, args):
        result = super()._pre_dispatch(rule, args)
        if rule.endpoint.routing.get("type") == "http":
            cls._pm_refuse_nul(args)
        return result

    @classmethod
    def _pm_refuse_nul(cls, args):
        """Answer 400 to a URL that holds a NUL byte, in its path or its
        query: PostgreSQL cannot store nor compare it, so no page can use
        it, and a lookup with it would fail with a server error. Forms check
        their own fields (tools.validate), to show the form again."""
        texts = [value for value in args.values() if isinstance(value, str)]
        for key, values in request.httprequest.args.lists():
            texts.extend([key, *values])
        if any(has_nul(text) for text in texts):
            raise BadRequest(
                request.env._(
                    "The address holds a NUL character, which no page accepts."
                )
            )
