from . import product_template
from . import pos_config
from . import sale_order
from . import account_move
from . import pm_settlement
