from . import test_member
from . import test_product
from . import test_stock
from . import test_demo
from . import test_sales
from . import test_portal
from . import test_website
