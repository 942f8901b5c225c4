from . import test_rules
from . import test_settlement
from . import test_invariant
from . import test_statement
from . import test_membership
from . import test_peppol
from . import test_ledger_settlement
from . import test_self_billing
