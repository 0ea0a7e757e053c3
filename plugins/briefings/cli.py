"""The ``briefings`` command line."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from .editor import EditorFileError
from .ingest import IngestError
from .pages import render_single_briefing
from .pipeline import EmptyArticleError, article_to_json, read_article
from .yamlfile import YamlError

#: Errors that mean "this input cannot be used": exit status 2 and one line on stderr.
INPUT_ERRORS = (IngestError, EmptyArticleError, EditorFileError, YamlError)


def fail(message: str) -> None:
    click.echo(f"briefings: {message}", err=True)
    sys.exit(2)


@click.group()
@click.version_option(package_name="briefings")
def main() -> None:
    """Turn raw news articles into annotated briefing sites."""


@main.command()
@click.argument("path", type=click.Path(path_type=Path, dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object instead of Markdown.")
def parse(path: Path, as_json: bool) -> None:
    """Parse one raw article (.txt, .html, .htm, .mhtml, ...) and print the briefing."""
    if not path.exists():
        fail(f"{path}: no such file")
    try:
        article = read_article(path)
    except INPUT_ERRORS as exc:
        fail(str(exc))
        return
    # What reading changed in the input (NUL or control characters dropped...): on stderr in
    # both modes, so --json output stays one object.
    for note in (*article.source.warnings, *article.editor.warnings):
        click.echo(f"warning: {path}: {note}", err=True)
    if as_json:
        click.echo(json.dumps(article_to_json(article), ensure_ascii=False, indent=2))
        return
    markdown, warnings = render_single_briefing(article)
    click.echo(markdown)
    for warning in warnings:
        click.echo(f"warning: {warning}", err=True)
    for line in article.briefing.removed:
        click.echo(f"removed line {line.line} ({line.reason}): {line.text}", err=True)


#: ``--config mkdocs.yml`` of the commands that read a whole project (check, export).
config_option = click.option(
    "--config",
    "config_file",
    type=click.Path(path_type=Path, dir_okay=False),
    default=Path("mkdocs.yml"),
    show_default=True,
    help="The project's MkDocs configuration.",
)


@main.command()
@config_option
def check(config_file: Path) -> None:
    """Validate seeds, editor files and the actor registry without building.

    Prints every problem as file[:line]: message and exits with 1 when there is any;
    otherwise prints a one-line summary and exits with 0.
    """
    from .check import check_project
    from .project import ProjectError, read_project

    try:
        project = read_project(config_file)
    except ProjectError as exc:
        fail(str(exc))
        return
    report = check_project(project.seeds_dir, project.registry, root=project.root)
    for problem in report.problems:
        click.echo(str(problem))
    click.echo(report.summary())
    sys.exit(0 if report.ok else 1)


@main.command("actors")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--yaml", "as_yaml", is_flag=True, help="Print a registry stub (YAML) to start from.")
@click.option(
    "--registry",
    "registry_file",
    type=click.Path(path_type=Path, dir_okay=False, exists=True),
    default=None,
    help="Apply an actor registry (YAML) while detecting.",
)
def actors_command(paths: tuple[Path, ...], as_yaml: bool, registry_file: Path | None) -> None:
    """List the actors found in seed files or folders (a table, or a registry stub with --yaml)."""
    from .actors.cli_report import actors_table, collect_actors, registry_stub

    try:
        corpus, problems = collect_actors(paths, registry_file)
    except INPUT_ERRORS as exc:
        fail(str(exc))
        return
    for problem in problems:
        click.echo(f"briefings: {problem}", err=True)
    if corpus is None:
        fail("no readable article among the given paths")
        return
    click.echo(registry_stub(corpus) if as_yaml else actors_table(corpus), nl=False)


@main.command()
@click.argument("out_dir", type=click.Path(path_type=Path, file_okay=False))
@config_option
def export(out_dir: Path, config_file: Path) -> None:
    """Write the site's sources as plain Markdown into OUT_DIR (new or empty).

    Briefing and actor pages with front matter and actor links, the docs folder's own files,
    the theme folder and an mkdocs.yml without the briefings plugin: `mkdocs build` in
    OUT_DIR builds the same site with plain MkDocs, or carry the Markdown to another generator.
    """
    from .corpus import CorpusError
    from .export import ExportError, export_site
    from .project import ProjectError, read_project

    try:
        report = export_site(read_project(config_file), out_dir)
    except (ProjectError, ExportError, CorpusError, YamlError) as exc:
        fail(str(exc))
        return
    for warning in report.warnings:
        click.echo(f"briefings: warning: {warning}", err=True)
    click.echo(report.summary())
