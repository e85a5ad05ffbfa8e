"""`python -m scankit_codegen lint` (codegen/scankit_codegen/lint_specs.py); kept so old commands still work."""

import sys

from scankit_codegen.__main__ import main

if __name__ == "__main__":
    sys.exit(main(["lint", *sys.argv[1:]]))
