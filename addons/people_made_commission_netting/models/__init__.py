from . import pm_settlement
