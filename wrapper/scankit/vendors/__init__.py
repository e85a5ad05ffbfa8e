"""One generated facade per vendor (scripts/generate.py): the only modules that import a generated package."""
