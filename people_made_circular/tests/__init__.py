from . import test_circular
from . import test_impact
from . import test_labels
from . import test_label_mode
from . import test_website
from . import test_shop_filters
from . import test_directory
