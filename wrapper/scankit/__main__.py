"""`python -m scankit`: the same as the `scankit` command."""

from scankit.cli import main

if __name__ == "__main__":
    main()
