"""The packages that load their heavy modules on first use (roleplay.lazy_exports)."""

from __future__ import annotations

import pytest

import roleplay.engine
import roleplay.scenario


def test_a_lazy_name_is_the_submodules_object() -> None:
    from roleplay.engine.session import Session
    from roleplay.scenario.loader import load_text

    assert roleplay.engine.Session is Session
    assert roleplay.scenario.load_text is load_text
    assert "load_text" in vars(roleplay.scenario)  # kept once loaded: no second lookup


@pytest.mark.parametrize("package", [roleplay.engine, roleplay.scenario])
def test_an_unknown_name_is_an_attribute_error_naming_the_package(package: object) -> None:
    with pytest.raises(AttributeError, match=r"module 'roleplay\.\w+' has no attribute 'nope'"):
        package.nope  # type: ignore[attr-defined]  # noqa: B018
    assert not hasattr(package, "os")  # submodules' own imports are not exported
