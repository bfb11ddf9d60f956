"""``python -m proxy.cli``: the same as the ``bsm-guard`` command."""

import sys

from proxy.cli import main

sys.exit(main())
