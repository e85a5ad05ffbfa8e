"""scankit's build-time code: everything `make generate`, `make check-generated`, `make lint-specs`,
`make docs` and `make vendor` run, as one package (installed editable by `make setup`).

    python -m scankit_codegen generate [vendor ...]   # generated/, the facades, docs/vendors/
    python -m scankit_codegen check                   # the drift check
    python -m scankit_codegen lint                    # spec lint
    python -m scankit_codegen docs                    # docs/vendors/ only
    python -m scankit_codegen verifytypes             # pyright's type completeness of each package
    python -m scankit_codegen vendor NAME             # scaffold specs/NAME/ from the template

The vendors are `specs/*/openapi.yaml` (`registry`); each spec is read once into a typed model of its
`x-scankit` extensions (`extensions`), which the facade, the vendor page, the README and the lint use.
"""
