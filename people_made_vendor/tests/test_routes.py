# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
"""Every route the People Made addons declare, sent malformed input.

The routes are read from Odoo's routing map, so a new route is walked without
editing this test. Hypothesis draws the values (a fixed seed, a bounded number
of examples): NUL bytes and control characters, numbers that are not finite,
dates that are not dates, ids that do not exist, huge texts, files where text
is expected and text where files are. No answer may be a server error."""

import inspect
from unittest.mock import patch
from urllib.parse import quote

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from odoo import http
from odoo.fields import Command
from odoo.tests import HttpCase, new_test_user, tagged
from odoo.tools import mute_logger

from .common import PeopleMadeCase

# core routes whose answer People Made code computes (the shop's filters)
EXTENDED_PATHS = ("/shop",)
# the names People Made's forms and filters read, besides each route's own
# parameters
FIELD_NAMES = (
    "name",
    "description",
    "price",
    "weight",
    "image",
    "images",
    "member_id",
    "carrier",
    "tracking_ref",
    "story",
    "message",
    "signature",
    "consent",
    "photo",
    "remove_photo",
    "delete",
    "reason",
    "date_from",
    "date_to",
    "maker",
    "material",
    "circular",
    "lang",
    "page",
    "search",
)
FILE_FIELDS = ("image", "images", "photo")
MALFORMED = (
    "\x00",
    "a\x00b",
    "\x07\x1b[2J",
    "inf",
    "-inf",
    "nan",
    "1e308",
    "-1e308",
    "-1",
    "0",
    "²",
    "2026-13-45",
    "0000-00-00",
    "9" * 40,
    "x" * 20_000,
    "1,5,6",
    "<script>alert(1)</script>",
    "\u202e\ufeff",
    "",
)
INT_MALFORMED = (0, -1, 2**31, 2**63, 10**30)
# a path segment: no "/", which would change the route
SEGMENT = st.one_of(
    st.sampled_from([m for m in MALFORMED if m]),
    st.text(min_size=1, max_size=40).filter(lambda s: "/" not in s),
)
VALUE = st.one_of(
    st.sampled_from(MALFORMED),
    st.text(max_size=40),
    st.integers(min_value=-(2**70), max_value=2**70).map(str),
)
UPLOAD = st.tuples(
    st.sampled_from(["a.png", "b.jpg", "c.txt", "x" * 300]),
    st.one_of(
        st.binary(max_size=2048),
        st.sampled_from([b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, b"GIF89a", b"%PDF-1.4"]),
    ),
    st.sampled_from(["image/png", "text/plain", "application/octet-stream"]),
)
WALK = settings(
    max_examples=3,
    derandomize=True,
    deadline=None,
    database=None,
    # the first failing example is reported as it is: shrinking would send
    # thousands more requests
    phases=[Phase.explicit, Phase.generate],
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def _declared_by_people_made(endpoint):
    """Whether a People Made controller declares (or overrides) the route."""
    method = endpoint.func
    name = method.__name__
    return any(
        cls.__module__.startswith("odoo.addons.people_made")
        and hasattr(cls.__dict__.get(name), "original_routing")
        for cls in type(method.__self__).mro()
    )


@tagged("post_install", "-at_install")
class TestRoutesTakeMalformedInput(HttpCase, PeopleMadeCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        contact = cls.env["res.partner"].create(
            {"name": "Anna A", "parent_id": cls.member_a.id}
        )
        cls.member_user = new_test_user(
            cls.env,
            "pm_route_walker",
            groups="base.group_portal",
            partner_id=contact.id,
        )
        order = cls.env["sale.order"].create(
            {
                "partner_id": cls.customer.id,
                "order_line": [Command.create({"product_id": cls.product_a.id})],
            }
        )
        order.action_confirm()
        template = cls.product_a.product_tmpl_id
        # real ids and codes, so that a malformed form reaches the code
        # behind the lookup
        cls.known_ints = (
            template.id,
            cls.product_b.product_tmpl_id.id,
            *order.picking_ids.ids,
            *order.order_line.ids,
        )
        cls.known_strings = (cls.env["ir.http"]._slug(cls.member_a),)
        if "pm_story_code" in template._fields:
            cls.known_strings += (template.pm_story_code,)

    def _pm_rules(self):
        rules = [
            rule
            for rule in self.env["ir.http"].routing_map().iter_rules()
            if rule.endpoint.routing.get("type") == "http"
            and (_declared_by_people_made(rule.endpoint) or rule.rule in EXTENDED_PATHS)
        ]
        self.assertGreater(len(rules), 10, "the People Made routes are found")
        return sorted(rules, key=lambda rule: rule.rule)

    def _pm_path(self, rule, data):
        """The rule's URL with a drawn value in each of its variables."""
        parts = []
        for dynamic, text in rule._trace:
            if not dynamic:
                parts.append(text)
                continue
            converter = rule._converters[text]
            kind = type(converter).__name__
            if kind == "AnyConverter":
                value = data.draw(st.sampled_from(sorted(converter.items)))
            elif kind in ("SignedIntConverter", "IntegerConverter"):
                value = str(data.draw(st.sampled_from(INT_MALFORMED + self.known_ints)))
            elif kind == "PathConverter":
                value = "/".join(
                    quote(part, safe="")
                    for part in data.draw(st.lists(SEGMENT, min_size=1, max_size=3))
                )
            else:
                value = quote(
                    data.draw(st.one_of(SEGMENT, st.sampled_from(self.known_strings))),
                    safe="",
                )
            parts.append(value)
        # the trace starts with the host part, up to the first "|"
        return "".join(parts).split("|", 1)[1]

    def _pm_walk(self, data):
        with (
            mute_logger("odoo.http", "werkzeug", "odoo.addons.http_routing"),
            # the walk reaches the forms behind the rate limits
            patch.dict(
                "odoo.addons.people_made_story.models.pm_gift_attempt.LIMITS",
                {"tag": 10**6, "client": 10**6, "report": 10**6, "story_miss": 10**6},
            )
            if "pm.gift.attempt" in self.env
            else patch.dict({}),
        ):
            for rule in self._pm_rules():
                # a core route is sent only what People Made reads of it
                names = {
                    name
                    for name, parameter in inspect.signature(
                        rule.endpoint.func
                    ).parameters.items()
                    if parameter.kind is parameter.POSITIONAL_OR_KEYWORD
                    and name not in rule.arguments
                    and rule.rule not in EXTENDED_PATHS
                }
                fields = data.draw(
                    st.dictionaries(
                        st.sampled_from(sorted(names | set(FIELD_NAMES))),
                        VALUE,
                        max_size=5,
                    )
                )
                path = self._pm_path(rule, data)
                methods = rule.methods or {"GET", "POST"}
                if "GET" in methods:
                    self._pm_assert_no_server_error("GET", path, params=fields)
                if "POST" in methods:
                    files = data.draw(
                        st.dictionaries(st.sampled_from(FILE_FIELDS), UPLOAD)
                    )
                    self._pm_assert_no_server_error(
                        "POST",
                        path,
                        data={**fields, "csrf_token": http.Request.csrf_token(self)},
                        files=files,
                    )

    def _pm_assert_no_server_error(self, method, path, **kw):
        response = self.url_open(path, method=method, allow_redirects=False, **kw)
        sent = kw.get("params") or kw.get("data") or {}
        self.assertLess(
            response.status_code,
            500,
            f"{method} {path!r} { ({key: value[:80] for key, value in sent.items()}) }",
        )

    @WALK
    @given(data=st.data())
    def test_anonymous(self, data):
        self.authenticate(None, None)
        self._pm_walk(data)

    @WALK
    @given(data=st.data())
    def test_portal_member(self, data):
        self.authenticate("pm_route_walker", "pm_route_walker")
        self._pm_walk(data)
