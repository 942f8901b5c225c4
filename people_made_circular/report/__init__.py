from . import pm_circular_impact
