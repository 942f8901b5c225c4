# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from werkzeug.exceptions import BadRequest

from odoo import models
from odoo.http import request

from ..tools.validate import has_control, has_nul


class IrHttp(models.AbstractModel):
    _inherit = "ir.http"

    @classmethod
    def _match(cls, path):
        cls._pm_refuse_control_characters(path)
        return super()._match(path)

    @classmethod
    def _pm_refuse_control_characters(cls, path):
        """Answer 400, before any route or redirect sees it, to a URL whose
        path holds a control character or whose query holds a NUL byte: no
        page uses one, PostgreSQL cannot store nor compare NUL, and the
        website's language redirect cannot put a line break in its Location
        header, so either would end in a server error. Forms check their own
        fields (tools.validate), to show the form again."""
        texts = []
        for key, values in request.httprequest.args.lists():
            texts.extend([key, *values])
        if has_control(path) or any(has_nul(text) for text in texts):
            raise BadRequest(
                request.env._(
                    "The address holds a control character (such as NUL), "
                    "which no page accepts."
                )
            )
