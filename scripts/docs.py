"""`python -m scankit_codegen docs` (codegen/scankit_codegen/docs.py); kept so old commands still work."""

import sys

from scankit_codegen.__main__ import main

if __name__ == "__main__":
    sys.exit(main(["docs", *sys.argv[1:]]))
