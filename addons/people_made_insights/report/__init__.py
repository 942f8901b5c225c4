from . import pm_impact_xlsx
