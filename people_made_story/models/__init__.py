from . import product_template
from . import res_partner
from . import pm_story_scan
from . import pm_story_tag_batch
from . import pm_story_tag
