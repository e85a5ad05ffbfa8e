"""A griffe extension for the Python API page: what a public class inherits from a private base is
documented on the class itself.

A client's `with_options`, `copy`, `from_profile`, `close` and `with` support live on bases a reader
cannot import (`scankit._base._Core`, `SyncClient`), a `RawResponse`'s `status_code`, `headers`,
`request_id`, `retries_taken` and `elapsed` on `_ResponseInfo`: each public class that inherits
them gets them as its own members, so the page shows them where a reader looks. What a class
inherits from a class documented on the page (an error's `status_code`, from `APIStatusError`)
stays there, one link away in its "Bases:" line. The bases themselves are not shown
(overrides/mkdocstrings/python/material/class.html.jinja).
"""

from __future__ import annotations

from typing import Any

import griffe


class InheritFromPrivateBases(griffe.Extension):
    def on_package(self, *, pkg: griffe.Module, **kwargs: Any) -> None:
        if pkg.name != "scankit":
            return
        classes: list[griffe.Class] = []
        for name in pkg.exports or ():
            member = pkg.members.get(str(name))
            target = member.final_target if isinstance(member, griffe.Alias) else member
            if isinstance(target, griffe.Class):
                classes.append(target)
        documented = {cls.path for cls in classes}
        for cls in classes:
            for name, inherited in cls.inherited_members.items():
                defined_in = inherited.target.parent
                if defined_in is not None and defined_in.path not in documented:
                    cls.set_member(name, griffe.Alias(name, inherited.target, parent=cls))
