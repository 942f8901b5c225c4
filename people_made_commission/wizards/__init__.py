from . import pm_settlement_run_wizard
