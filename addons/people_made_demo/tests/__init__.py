from . import test_demo_network
from . import test_first_hour
from . import test_demo_basket
