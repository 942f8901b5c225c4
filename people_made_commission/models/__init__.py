from . import res_company
from . import res_config_settings
from . import res_partner
from . import crm_team
from . import pm_commission_rule
from . import pm_settlement
from . import pm_settlement_line
