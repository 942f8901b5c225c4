from . import pm_pos_display_report
