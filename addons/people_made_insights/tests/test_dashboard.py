# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
import json

from odoo.tests import HttpCase, tagged
from odoo.tools import file_open


@tagged("post_install", "-at_install")
class TestDashboard(HttpCase):
    def _spreadsheet(self):
        with file_open(
            "people_made_insights/data/files/people_made_dashboard.json"
        ) as f:
            return json.load(f)

    def test_every_source_reads_fields_that_exist(self):
        data = self._spreadsheet()
        filters = {f["id"] for f in data["globalFilters"]}
        sources = [
            (
                pivot["model"],
                [m["fieldName"] for m in pivot["measures"]],
                [
                    ":".join(filter(None, (g["fieldName"], g.get("granularity"))))
                    for g in pivot["rows"] + pivot["columns"]
                ],
                pivot["fieldMatching"],
            )
            for pivot in data["pivots"].values()
        ]
        for figure in data["sheets"][0]["figures"]:
            meta = figure["data"]["metaData"]
            sources.append(
                (
                    meta["resModel"],
                    [meta["measure"]],
                    meta["groupBy"],
                    figure["data"]["fieldMatching"],
                )
            )
        for model, measures, groupbys, matching in sources:
            Model = self.env[model]
            for name in measures + groupbys:
                name = name.split(":")[0]
                self.assertIn(name, Model._fields, f"{model}.{name}")
            for filter_id, match in matching.items():
                self.assertIn(filter_id, filters)
                # every step of the chain is a field
                current = Model
                for step in match["chain"].split("."):
                    self.assertIn(step, current._fields, f"{model}: {match['chain']}")
                    field = current._fields[step]
                    if field.relational:
                        current = self.env[field.comodel_name]
            # the source can be read as the dashboard reads it
            Model._read_group([], groupbys[:1], [f"{m}:sum" for m in measures])

    def test_dashboard_in_the_dashboards_app_and_the_menu(self):
        dashboard = self.env.ref(
            "people_made_insights.spreadsheet_dashboard_people_made"
        )
        self.assertIn(self.env.ref("people_made.group_pm_user"), dashboard.group_ids)
        action = self.env.ref("people_made_insights.action_pm_dashboard")
        self.assertEqual(action.params["dashboard_id"], dashboard.id)
        self.assertEqual(json.loads(dashboard.spreadsheet_data), self._spreadsheet())

    def test_tour_opens_the_dashboard_and_the_impact_report(self):
        self.start_tour(
            "/odoo/action-people_made_insights.action_pm_dashboard",
            "people_made_insights_dashboard",
            login="admin",
        )
