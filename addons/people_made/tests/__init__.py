from . import test_demo
from . import test_member
from . import test_security
from . import test_settings
from . import test_tour
from . import test_validate
