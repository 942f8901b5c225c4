from . import models
from . import report
from . import wizards
from . import controllers


def post_init_hook(env):
    """Record the weight and composition of the products there are, so that
    their sales count with them until they change."""
    env["product.template"].with_context(active_test=False).search(
        ["|", ("weight", ">", 0), ("pm_composition_ids", "!=", False)]
    )._pm_snapshot_composition()
