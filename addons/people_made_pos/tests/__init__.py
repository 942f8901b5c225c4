from . import test_stock
from . import test_settlement
from . import test_selling_points
from . import test_frontend
from . import test_company_day
from . import test_ledger
