from . import pm_material
from . import pm_material_source
from . import pm_product_composition
from . import pm_product_composition_version
from . import pm_product_composition_version_line
from . import product_template
from . import res_company
from . import res_config_settings
