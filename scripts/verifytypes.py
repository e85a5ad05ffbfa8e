"""`python -m scankit_codegen verifytypes` (codegen/scankit_codegen/verifytypes.py); kept so old commands still work."""

import sys

from scankit_codegen.__main__ import main

if __name__ == "__main__":
    sys.exit(main(["verifytypes", *sys.argv[1:]]))
