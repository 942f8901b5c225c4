from . import pm_circular_impact
from . import pm_product_label
from . import pm_circular_impact_xlsx
