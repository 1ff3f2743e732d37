"""``python -m notaparse``."""

import sys

from ._cli import main

sys.exit(main())
