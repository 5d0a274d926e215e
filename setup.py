"""Build step: put the app's run-time resources into the package.

Everything else about the project is in pyproject.toml. `build_py` here also
writes the compiled translations and copies icons, rules tables, fonts and help
from the top-level `resources/` into `coopdesk/resources/` (see
coopdesk/resources/build.py). For a wheel they go into the build folder; for an
editable install setuptools sets `editable_mode` and they are written in place
into the checkout (git-ignored), as setuptools asks of build steps that make
files beside the Python modules.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent
SOURCES = HERE / "resources"
PACKAGE = ("coopdesk", "resources")


def _builder():  # type: ignore[no-untyped-def]
    # loaded by path: nothing of coopdesk (or its dependencies) is installed yet
    name = "_coopdesk_resources_build"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, HERE.joinpath(*PACKAGE, "build.py"))
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module  # dataclasses look their module up here
        spec.loader.exec_module(module)
    return sys.modules[name]


class BuildPyWithResources(build_py):
    def run(self) -> None:
        super().run()
        target = HERE.joinpath(*PACKAGE) if self.editable_mode else Path(self.build_lib).joinpath(*PACKAGE)
        self._resources = _builder().build_resources(SOURCES, target)

    def get_outputs(self, include_bytecode: bool = True) -> list[str]:
        outputs = super().get_outputs(include_bytecode)
        if not self.editable_mode:
            outputs += [str(path) for path in getattr(self, "_resources", [])]
        return outputs


setup(cmdclass={"build_py": BuildPyWithResources})
