"""`python -m scankit_codegen generate` (codegen/scankit_codegen/generate.py); kept so old commands still work."""

import sys

from scankit_codegen.__main__ import main

if __name__ == "__main__":
    sys.exit(main(["generate", *sys.argv[1:]]))
