"""``python -m scankit.sandbox``: see ``scankit.sandbox._cli``."""

from scankit.sandbox._cli import main

raise SystemExit(main())
