"""Reproducible builds and a build that touches nothing but its outputs (issue 5, section 3).

- Two builds of the same inputs are byte-identical, apart from what MkDocs stamps with the date
  (the sitemap), whatever the build path, hash seed, time zone or file-system order, and whether
  the parse cache was cold or warm.
- A build never modifies, moves or deletes anything in ``seeds/``, the docs folder or the
  registry, and writes nothing outside the site and cache folders (hashes, sizes and
  modification times of every file around the project are compared before and after).
"""

from __future__ import annotations

import difflib
import hashlib
import os
from pathlib import Path

import pytest

from support.project import copy_project, run_build

pytestmark = pytest.mark.slow

#: Files MkDocs stamps with the build date.
DATED = frozenset({"sitemap.xml", "sitemap.xml.gz"})


def site_files(site: Path) -> dict[str, bytes]:
    return {
        p.relative_to(site).as_posix(): p.read_bytes()
        for p in sorted(site.rglob("*"))
        if p.is_file() and p.name not in DATED
    }


def differences(a: dict[str, bytes], b: dict[str, bytes], limit: int = 10) -> list[str]:
    out = [f"only in the first build: {n}" for n in sorted(a.keys() - b.keys())]
    out += [f"only in the second build: {n}" for n in sorted(b.keys() - a.keys())]
    for name in sorted(a.keys() & b.keys()):
        if a[name] != b[name]:
            first = a[name].decode("utf-8", "replace").splitlines()
            second = b[name].decode("utf-8", "replace").splitlines()
            diff = list(difflib.unified_diff(first, second, lineterm="", n=0))[2:8]
            out.append(f"{name} differs:\n  " + "\n  ".join(line[:200] for line in diff))
        if len(out) >= limit:
            break
    return out


def test_two_builds_are_byte_identical_whatever_path_seed_zone_and_order(
    tmp_path: Path,
) -> None:
    """A build of one copy against a build of another under a deeper non-ASCII path with
    spaces, files created in reverse order, another hash seed and a time zone 26 hours away,
    then again from that copy's warm cache."""
    url = "https://user.github.io/repo/"
    first = copy_project(tmp_path / "a" / "project")
    other = copy_project(tmp_path / "a deeper path" / "проект" / "project", reverse_order=True)
    builds = [
        (first, {"PYTHONHASHSEED": "0", "TZ": "Etc/GMT+12"}),
        (other, {"PYTHONHASHSEED": "12345", "TZ": "Pacific/Kiritimati"}),
        (other, {"PYTHONHASHSEED": "random", "TZ": "America/Adak"}),  # warm cache
    ]
    sites = []
    for n, (project, env) in enumerate(builds):
        site = tmp_path / f"site-{n}"
        result = run_build(project, site, env={"SITE_URL": url, **env})
        assert result.returncode == 0, result.describe()
        sites.append(site_files(site))
    assert len(sites[0]) > 50, sorted(sites[0])
    for n, label in ((1, "other path, seed, zone, order"), (2, "warm cache")):
        problems = differences(sites[0], sites[n])
        assert not problems, f"{label}:\n" + "\n".join(problems)


def snapshot(root: Path) -> dict[str, tuple[str, int, int]]:
    """Every file under ``root``: (sha256, size, mtime in ns); folders and symlinks too."""
    out: dict[str, tuple[str, int, int]] = {}
    for dirpath, dirnames, filenames in os.walk(root):
        for name in sorted(dirnames + filenames):
            path = Path(dirpath) / name
            rel = path.relative_to(root).as_posix()
            st = path.lstat()
            if path.is_symlink():
                out[rel] = (f"-> {os.readlink(path)}", 0, st.st_mtime_ns)
            elif path.is_file():
                digest = hashlib.sha256(path.read_bytes()).hexdigest()
                out[rel] = (digest, st.st_size, st.st_mtime_ns)
            else:
                out[rel] = ("dir", 0, 0)
    return out


def test_a_build_writes_only_the_site_and_the_cache(tmp_path: Path) -> None:
    root = tmp_path / "root"
    project = copy_project(root / "project")
    (root / "neighbour.txt").write_text("next to the project\n", encoding="utf-8")
    before = snapshot(root)
    for _ in range(2):  # a cold build, then a warm one (the cache folder exists)
        result = run_build(project, project / "site")
        assert result.returncode == 0, result.describe()
    after = snapshot(root)
    allowed = ("project/site/", "project/.cache/")
    changed = sorted(
        rel
        for rel in before.keys() | after.keys()
        if before.get(rel) != after.get(rel)
        and not rel.startswith(allowed)
        and rel not in ("project/site", "project/.cache")
    )
    assert not changed, f"the build touched: {changed}"
    assert any(rel.startswith("project/site/") for rel in after)
    for rel in ("project/seeds", "project/briefings", "project/briefings/actors.yml"):
        assert rel in after and before[rel] == after[rel], rel
