from . import test_figures
from . import test_dashboard
