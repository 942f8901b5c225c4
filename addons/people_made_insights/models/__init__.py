from . import pm_insights_sale
from . import pm_insights_funding
