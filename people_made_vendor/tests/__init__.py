from . import test_member
from . import test_product
from . import test_stock
