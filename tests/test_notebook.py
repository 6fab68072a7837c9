"""The Ramadi walkthrough notebook: committed clean, runnable on the notebook extra, executed end to end."""

from __future__ import annotations

import ast
import re
import shutil
from importlib.metadata import packages_distributions

import pytest

from .conftest import ROOT

nbformat = pytest.importorskip("nbformat")

NOTEBOOK = ROOT / "notebooks" / "ramadi.ipynb"
ARTIFACTS = ROOT / "test-artifacts"


def _code_cells() -> list[str]:
    nb = nbformat.read(NOTEBOOK, as_version=4)
    return [c.source for c in nb.cells if c.cell_type == "code"]


def _requirement_names(requirements: list[str]) -> set[str]:
    return {re.split(r"[<>=!~;\[ ]", r, maxsplit=1)[0].lower().replace("_", "-") for r in requirements}


def test_committed_without_outputs():
    nb = nbformat.read(NOTEBOOK, as_version=4)
    nbformat.validate(nb)
    for cell in nb.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [] and cell.execution_count is None, "clear the outputs before committing"


def test_every_import_is_installed_by_the_notebook_extra():
    """`pip install -e ".[notebook]"` must be enough: each import is a dependency or in the extra."""
    tomllib = pytest.importorskip("tomllib")
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    allowed = _requirement_names(project["dependencies"] + project["optional-dependencies"]["notebook"])
    allowed.add("factcmp")
    dists = packages_distributions()
    imported: set[str] = set()
    for source in _code_cells():
        for node in ast.walk(ast.parse(source)):
            if isinstance(node, ast.Import):
                imported.update(a.name.split(".")[0] for a in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                imported.add(node.module.split(".")[0])
    for module in sorted(imported):
        if module in dists:  # not the standard library
            names = {d.lower().replace("_", "-") for d in dists[module]}
            assert names & allowed, f"the notebook imports {module!r}, which the notebook extra does not install"
    # The kernel and the charts come from the extra too.
    assert {"ipykernel", "matplotlib"} <= allowed


@pytest.mark.slow
@pytest.mark.model
def test_notebook_runs_top_to_bottom(tmp_path):
    nbclient = pytest.importorskip("nbclient")
    pytest.importorskip("ipykernel")
    # Run a copy beside a link to the data, so its outputs land in tmp_path, not in the repository.
    (tmp_path / "notebooks").mkdir()
    (tmp_path / "data").symlink_to(ROOT / "data", target_is_directory=True)
    work = tmp_path / "notebooks" / NOTEBOOK.name
    shutil.copy(NOTEBOOK, work)
    nb = nbformat.read(work, as_version=4)
    client = nbclient.NotebookClient(nb, timeout=600, kernel_name="python3", resources={"metadata": {"path": str(work.parent)}})
    client.execute()  # raises CellExecutionError, with the cell and traceback, if any cell fails
    ARTIFACTS.mkdir(exist_ok=True)
    nbformat.write(nb, ARTIFACTS / "ramadi.executed.ipynb")

    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    html = [o.data["text/html"] for o in outputs if "data" in o and "text/html" in o.data]
    assert any('<table class="factcmp-facts">' in h for h in html), "the comparison shows as the factcmp table"
    assert any("<mark" in h and "factcmp-quantity" in h for h in html), "factcmp.show marks the claims"
    pngs = [o for o in outputs if "data" in o and "image/png" in o.data]
    assert len(pngs) >= 3, "two fact charts and the matrix"
    written = tmp_path / "notebooks" / "out"
    assert {"claims.csv", "comparison.json", "ramadi-report.html"} <= {p.name for p in written.iterdir()}
