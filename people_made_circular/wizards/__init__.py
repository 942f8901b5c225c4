from . import pm_label_print_wizard
