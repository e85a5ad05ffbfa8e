"""`python -m scankit_codegen check` (codegen/scankit_codegen/check_generated.py); kept so old commands still work."""

import sys

from scankit_codegen.__main__ import main

if __name__ == "__main__":
    sys.exit(main(["check", *sys.argv[1:]]))
