from . import pm_product_reject_wizard
