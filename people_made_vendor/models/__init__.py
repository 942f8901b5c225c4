from . import res_partner
from . import res_users
from . import product_template
from . import stock_move
from . import stock_picking
from . import sale_order
from . import sale_order_line
from . import res_company
