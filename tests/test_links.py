"""The repository stands alone: every link in its documents leads to a file (and heading) that is
in the repository, and nothing points outside it."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
OUTSIDE = "../" + "shared"  # written so that this file does not mention it itself

# The README is the lead's to change; it links the old product description outside the
# repository until it points at docs/product.md. Empty this once it does.
KNOWN_BROKEN: set[tuple[str, str]] = set()

INLINE = re.compile(r"!?\[(?:[^\]\[]|\[[^\]]*\])*\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
REFERENCE = re.compile(r"^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s+\"[^\"]*\")?\s*$", re.MULTILINE)
HTML = re.compile(r"<(?:a|img)\s[^>]*?(?:href|src)=\"([^\"]+)\"", re.IGNORECASE)


def repository_files() -> set[str]:
    """Every file of the repository (tracked, or new and not ignored), as POSIX paths."""
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT, capture_output=True, check=False,
    )  # fmt: skip
    if listed.returncode != 0:  # not a git checkout: whatever is on disk
        return {p.relative_to(ROOT).as_posix() for p in ROOT.rglob("*") if p.is_file()}
    return {name for name in listed.stdout.decode().split("\0") if (ROOT / name).is_file()}


FILES = repository_files()
DOCUMENTS = sorted(
    name
    for name in FILES
    if name.endswith(".md")
    and (name in {"README.md", "CONTRIBUTING.md", "CHANGELOG.md"}
         or name.startswith(("docs/", "packaging/")))
)  # fmt: skip


def _without_blocks(text: str) -> str:
    """The text without its fenced code blocks."""
    return re.sub(r"^(```|~~~).*?^\1", "", text, flags=re.MULTILINE | re.DOTALL)


def _without_code(text: str) -> str:
    """The text with code blocks and inline code left out (links there are examples)."""
    return re.sub(r"`[^`\n]*`", "", _without_blocks(text))


def links(text: str) -> list[str]:
    """Every link target in a Markdown document."""
    text = _without_code(text)
    return INLINE.findall(text) + REFERENCE.findall(text) + HTML.findall(text)


def anchors(markdown: str) -> set[str]:
    """The anchors GitHub gives a document's headings ("## How it works" → "how-it-works")."""
    found: set[str] = set()
    for heading in re.findall(r"^#{1,6}\s+(.+?)\s*#*\s*$", _without_blocks(markdown), re.MULTILINE):
        slug = re.sub(r"[^\w\- ]", "", heading.lower().replace("`", "")).replace(" ", "-")
        candidate, n = slug, 1
        while candidate in found:
            candidate, n = f"{slug}-{n}", n + 1
        found.add(candidate)
    return found


def problem(document: str, target: str) -> str | None:
    """Why ``target`` (a link in ``document``) is broken, or None."""
    if re.match(r"^[a-z][a-z0-9+.-]*:", target, re.IGNORECASE):  # https:, mailto:
        return None if target.lower().startswith(("https:", "http:", "mailto:")) else "scheme"
    path, _, fragment = target.partition("#")
    here = (ROOT / document).parent
    resolved = (here / path).resolve() if path else (ROOT / document).resolve()
    try:
        relative = resolved.relative_to(ROOT).as_posix()
    except ValueError:
        return "points outside the repository"
    is_dir = any(name.startswith(relative + "/") for name in FILES)
    if relative not in FILES and not is_dir:
        return "no such file in the repository"
    markdown = relative.endswith(".md")
    if fragment and markdown and fragment not in anchors((ROOT / relative).read_text("utf-8")):
        return f"no heading #{fragment} in {relative}"
    return None


def test_the_documents_are_found() -> None:
    assert {"README.md", "CONTRIBUTING.md", "CHANGELOG.md", "docs/product.md"} <= set(DOCUMENTS)


@pytest.mark.parametrize("document", DOCUMENTS)
def test_every_link_leads_somewhere_in_the_repository(document: str) -> None:
    text = (ROOT / document).read_text(encoding="utf-8")
    broken = [
        f"{target}: {why}"
        for target in links(text)
        if (why := problem(document, target)) and (document, target) not in KNOWN_BROKEN
    ]
    assert not broken, f"{document}: " + "; ".join(broken)


def test_known_broken_links_are_still_broken() -> None:
    for document, target in KNOWN_BROKEN:
        text = (ROOT / document).read_text(encoding="utf-8")
        assert target in links(text), f"fixed: remove {(document, target)} from KNOWN_BROKEN"


def test_no_file_mentions_anything_outside_the_repository() -> None:
    allowed = {document for document, target in KNOWN_BROKEN if target.startswith(OUTSIDE)}
    mentions = []
    for name in sorted(FILES - allowed):
        path = ROOT / name
        try:
            text = path.read_text(encoding="utf-8")
        except (UnicodeDecodeError, OSError):
            continue  # not text (images, fonts, plan files)
        if OUTSIDE in text:
            mentions.append(name)
    assert mentions == []


def test_the_checker_itself() -> None:
    text = (
        "See [the spec](docs/product.md#how-support-is-costed), ![shot](docs/screenshots/x.png),\n"
        "[web](https://example.org) and `[code](nowhere.md)`.\n\n"
        "```sh\n[also code](nowhere.md)\n```\n\n[ref]: LICENSE\n"
    )
    assert links(text) == [
        "docs/product.md#how-support-is-costed", "docs/screenshots/x.png",
        "https://example.org", "LICENSE",
    ]  # fmt: skip
    assert problem("README.md", "docs/product.md#how-support-is-costed") is None
    assert problem("README.md", "docs/product.md#no-such-heading") is not None
    assert problem("README.md", "docs/missing.md") == "no such file in the repository"
    assert problem("docs/product.md", "../../elsewhere.md") == "points outside the repository"
    assert problem("README.md", "docs") is None  # a folder of the repository
    assert anchors("# A `code` title\n## Why? Because!\n## Why? Because\n") == {
        "a-code-title", "why-because", "why-because-1",
    }  # fmt: skip
