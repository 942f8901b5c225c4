from . import pm_impact_report_wizard
