from . import pm_material
from . import pm_material_source
from . import pm_product_composition
from . import product_template
from . import res_company
from . import res_config_settings
