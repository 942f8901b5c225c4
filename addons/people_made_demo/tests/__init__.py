from . import test_demo_network
from . import test_first_hour
