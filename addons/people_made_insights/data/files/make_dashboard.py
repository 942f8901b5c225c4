#!/usr/bin/env python3
# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
"""Write people_made_dashboard.json, the People Made dashboard's spreadsheet.

Run it again after changing it (python3 make_dashboard.py): the JSON is what
Odoo loads; this script keeps it readable and its filters consistent."""

import json
from pathlib import Path

PERIOD, CHANNEL, MEMBER, KIND = (
    "9d3c2b52-4c1e-4d55-9b8e-0a1f6c2d7e01",
    "9d3c2b52-4c1e-4d55-9b8e-0a1f6c2d7e02",
    "9d3c2b52-4c1e-4d55-9b8e-0a1f6c2d7e03",
    "9d3c2b52-4c1e-4d55-9b8e-0a1f6c2d7e04",
)
ROW = 23  # the default row height, in pixels
MONEY = 1  # format ids
PERCENT = 2
KG = 3
INTEGER = 4


def matching(date=None, team=None, member=None):
    """The global filters' fields on one data source."""
    result = {}
    if date:
        result[PERIOD] = {"chain": date, "type": "date", "offset": 0}
    if team:
        result[CHANNEL] = {"chain": team, "type": "many2one"}
    if member:
        result[MEMBER] = {"chain": member, "type": "many2one"}
        result[KIND] = {"chain": f"{member}.pm_kind", "type": "selection"}
    return result


SALE = matching("date", "team_id", "member_id")
IMPACT = matching("date", "team_id", "member_id")
SCAN = matching("day", None, "member_id")
FEE = matching("invoice_date", None, "partner_id")
FUNDING = matching("date")

PIVOTS = {
    # the totals of the KPI row
    "1": ("pm.insights.sale", "Totals", [], [], [], SALE),
    "2": (
        "pm.insights.sale",
        "Per channel",
        [{"fieldName": "channel_kind"}],
        [],
        [],
        SALE,
    ),
    "3": ("pm.insights.sale", "Per maker", [{"fieldName": "member_id"}], [], [], SALE),
    "4": (
        "pm.insights.sale",
        "Top products",
        [{"fieldName": "product_tmpl_id"}],
        [],
        [],
        SALE,
    ),
    "5": (
        "account.move",
        "Open membership fees",
        [{"fieldName": "partner_id"}],
        [],
        [
            ["state", "=", "posted"],
            ["move_type", "=", "out_invoice"],
            ["payment_state", "in", ["not_paid", "partial"]],
            ["invoice_line_ids.product_id.membership", "=", True],
        ],
        FEE,
    ),
    "6": (
        "pm.insights.funding",
        "Self-funding",
        [{"fieldName": "kind"}],
        [],
        [],
        FUNDING,
    ),
    "7": (
        "pm.insights.funding",
        "Self-funding per year",
        [{"fieldName": "kind"}],
        [{"fieldName": "date", "granularity": "year"}],
        [],
        {},
    ),
    "8": (
        "pm.circular.impact",
        "Waste diverted",
        [{"fieldName": "waste_stream_id"}],
        [],
        [],
        IMPACT,
    ),
}
MEASURES = {
    "1": ["net_amount", "circular_amount", "commission", "payout"],
    "2": ["net_amount"],
    "3": ["net_amount", "commission", "payout"],
    "4": ["quantity", "net_amount"],
    "5": ["amount_residual"],
    "6": ["amount"],
    "7": ["amount"],
    "8": ["diverted_kg"],
}
SORTED = {
    "3": "net_amount",
    "4": "net_amount",
    "5": "amount_residual",
    "8": "diverted_kg",
}


def pivot(pivot_id):
    model, name, rows, columns, domain, fields = PIVOTS[pivot_id]
    sort = SORTED.get(pivot_id)
    return {
        "type": "ODOO",
        "fieldMatching": fields,
        "context": {},
        "domain": domain,
        "id": pivot_id,
        "measures": [{"id": m, "fieldName": m} for m in MEASURES[pivot_id]],
        "model": model,
        "name": name,
        "sortedColumn": sort and {"measure": sort, "order": "desc", "domain": []},
        "formulaId": pivot_id,
        "columns": columns,
        "rows": rows,
    }


def chart(chart_id, kind, model, group_by, measure, fields, title, y, height=300):
    return {
        "id": chart_id,
        "width": 1000,
        "height": height,
        "tag": "chart",
        "data": {
            "title": {"text": ""},
            "background": "#FFFFFF",
            "legendPosition": "none" if kind != "odoo_pie" else "right",
            "metaData": {
                "groupBy": [group_by],
                "measure": measure,
                "order": None,
                "resModel": model,
                "mode": kind.split("_")[1],
            },
            "searchParams": {
                "comparison": None,
                "context": {},
                "domain": [],
                "groupBy": [group_by],
                "orderBy": [],
            },
            "type": kind,
            "dataSets": [{}],
            "verticalAxisPosition": "left",
            "stacked": False,
            "axesDesign": {"y": {"title": {"text": title}}},
            "chartId": chart_id,
            "fieldMatching": fields,
        },
        "offset": {"x": 0, "y": y},
        "col": 0,
        "row": 0,
    }


def build():
    cells, styles, formats = {}, {}, {}

    def put(ref, content, style=None, fmt=None):
        cells[ref] = content
        if style:
            styles[ref] = style
        if fmt:
            formats[ref] = fmt

    put("A1", '=_t("People Made Network")', 1)
    kpis = [
        ("A", "Turnover", '=PIVOT.VALUE(1,"net_amount")', MONEY),
        (
            "B",
            "Circular share",
            '=IFERROR(PIVOT.VALUE(1,"circular_amount")/PIVOT.VALUE(1,"net_amount"),0)',
            PERCENT,
        ),
        ("C", "Commission", '=PIVOT.VALUE(1,"commission")', MONEY),
        ("D", "Paid out to members", '=PIVOT.VALUE(1,"payout")', MONEY),
        ("E", "Open membership fees", '=PIVOT.VALUE(5,"amount_residual")', MONEY),
        ("F", "Waste diverted (kg)", '=PIVOT.VALUE(8,"diverted_kg")', KG),
        (
            "G",
            "Self-funding",
            (
                '=IFERROR((PIVOT.VALUE(6,"amount","kind","fee")'
                '+PIVOT.VALUE(6,"amount","kind","commission"))'
                '/PIVOT.VALUE(6,"amount","kind","cost"),0)'
            ),
            PERCENT,
        ),
    ]
    for col, label, formula, fmt in kpis:
        put(f"{col}3", f'=_t("{label}")', 2)
        put(f"{col}4", formula, 3, fmt)
    figures = []
    put("A6", '=_t("Turnover per month")', 4)
    figures.append(
        chart(
            "b1f2a3c4-0001-4000-8000-000000000001",
            "odoo_bar",
            "pm.insights.sale",
            "date:month",
            "net_amount",
            SALE,
            "Turnover",
            6 * ROW,
        )
    )
    # rows 7 to 20 hold the chart
    put("A21", '=_t("Turnover per kind of channel")', 4)
    put("A22", "=PIVOT(2)")
    put("D21", '=_t("Turnover per maker")', 4)
    put("D22", "=PIVOT(3, 15)")
    put("A40", '=_t("Top products")', 4)
    put("A41", "=PIVOT(4, 10)")
    put("E40", '=_t("Waste diverted per waste stream (kg)")', 4)
    put("E41", "=PIVOT(8)")
    put("A54", '=_t("Story scans per month")', 4)
    figures.append(
        chart(
            "b1f2a3c4-0001-4000-8000-000000000002",
            "odoo_line",
            "pm.story.scan",
            "day:month",
            "count",
            SCAN,
            "Scans",
            54 * ROW,
            height=250,
        )
    )
    # rows 55 to 65 hold the chart
    put("A67", '=_t("Open membership fees")', 4)
    put("A68", "=PIVOT(5, 15)")
    put("D67", '=_t("Self-funding per year")', 4)
    put("D68", "=PIVOT(7)")
    return {
        "version": "18.5.10",
        "sheets": [
            {
                "id": "people-made-dashboard",
                "name": "Dashboard",
                "colNumber": 8,
                "rowNumber": 90,
                "rows": {},
                "cols": {str(i): {"size": 150} for i in range(8)},
                "merges": [],
                "cells": cells,
                "styles": styles,
                "formats": formats,
                "borders": {},
                "conditionalFormats": [],
                "dataValidationRules": [],
                "figures": figures,
                "tables": [],
                "areGridLinesVisible": False,
                "isVisible": True,
                "headerGroups": {"ROW": [], "COL": []},
                "comments": {},
            }
        ],
        "styles": {
            "1": {"textColor": "#01666b", "bold": True, "fontSize": 16},
            "2": {"textColor": "#434343", "bold": True, "align": "center"},
            "3": {"textColor": "#01666b", "fontSize": 14, "align": "center"},
            "4": {"textColor": "#01666b", "bold": True, "fontSize": 12},
        },
        "formats": {
            str(MONEY): "#,##0[$ €]",
            str(PERCENT): "0.0%",
            str(KG): "#,##0.0",
            str(INTEGER): "#,##0",
        },
        "borders": {},
        "revisionId": "START_REVISION",
        "uniqueFigureIds": True,
        "settings": {},
        "pivots": {pivot_id: pivot(pivot_id) for pivot_id in PIVOTS},
        "pivotNextId": len(PIVOTS) + 1,
        "customTableStyles": {},
        "globalFilters": [
            {
                "id": PERIOD,
                "type": "date",
                "label": "Period",
                "defaultValue": "last_12_months",
            },
            {
                "id": CHANNEL,
                "type": "relation",
                "label": "Sales Channel",
                "modelName": "crm.team",
                "defaultValueDisplayNames": [],
            },
            {
                "id": MEMBER,
                "type": "relation",
                "label": "Member",
                "modelName": "res.partner",
                "domainOfAllowedValues": [["is_pm_member", "=", True]],
                "defaultValueDisplayNames": [],
            },
            {
                "id": KIND,
                "type": "selection",
                "label": "Kind of Member",
                "resModel": "res.partner",
                "selectionField": "pm_kind",
            },
        ],
        "lists": {},
        "listNextId": 1,
        "chartOdooMenusReferences": {
            figure["id"]: "people_made.menu_root" for figure in figures
        },
    }


if __name__ == "__main__":
    target = Path(__file__).with_name("people_made_dashboard.json")
    target.write_text(json.dumps(build(), indent=1, ensure_ascii=False) + "\n")
