from . import test_basket_settlement
from . import test_basket_stock
from . import test_basket_campaign
