"""What a vendor's sandbox does that neither its spec nor its ``sandbox.yaml`` can state.

One short module per vendor that needs it, named by the data file's ``hooks:`` key; each function
is named by a key of that file (``operations.<id>.hook``, a filter's ``hook``). docs/sandbox.md
lists them and why each exists.
"""
