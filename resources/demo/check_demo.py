"""Check the demo corpus: codebook, annotations, and that every quote can be found.

A development tool, not a test. Run it from anywhere::

    python resources/demo/check_demo.py

Each quote must occur in the text an importer will extract, up to whitespace:
for the PDF, the pages' text as pdfplumber extracts it; for an article, the
text content of its <article> element (scripts and styles left out). Both
sides are compared with every whitespace run collapsed to one space.
Prints OK and exits 0 when everything holds, otherwise lists the problems.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

import lxml.html
import pdfplumber

HERE = Path(__file__).resolve().parent
PDF_NAME = "rapport-community-management.pdf"
CODERS = {"A", "B"}
HEX_COLOR = re.compile(r"^#[0-9a-f]{6}$")
META_CHARSET = re.compile(rb"""<meta[^>]+charset=["']?([\w-]+)""", re.I)


def collapse(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def pdf_text(path: Path) -> tuple[str, int]:
    with pdfplumber.open(path) as pdf:
        text = "\n".join(page.extract_text() or "" for page in pdf.pages)
        return collapse(text), len(pdf.pages)


def html_root(path: Path) -> lxml.html.HtmlElement:
    raw = path.read_bytes()
    match = META_CHARSET.search(raw[:4096])
    encoding = match.group(1).decode("ascii") if match else "utf-8"
    return lxml.html.document_fromstring(raw.decode(encoding))


def article_text(root: lxml.html.HtmlElement) -> str:
    articles = root.xpath("//article")
    if not articles:
        return ""
    article = articles[0]  # the post itself; later <article>s are comments
    for junk in article.xpath(".//script | .//style | .//noscript | .//template"):
        junk.drop_tree()
    return collapse(article.text_content())


def concept_paths(codebook: list[dict], problems: list[str]) -> set[str]:
    paths: set[str] = set()
    colors: list[str] = []
    for parent in codebook:
        nodes = [(parent["name"], parent)]
        nodes += [
            (f"{parent['name']}/{child['name']}", child) for child in parent.get("children", [])
        ]
        for path, node in nodes:
            if path in paths:
                problems.append(f"codebook: duplicate concept {path!r}")
            paths.add(path)
            if not HEX_COLOR.match(node.get("color", "")):
                problems.append(f"codebook: {path!r} has no #rrggbb colour")
            colors.append(node.get("color", "").lower())
            if not node.get("description", "").strip():
                problems.append(f"codebook: {path!r} has no description")
            if "/" in node["name"]:
                problems.append(f"codebook: {node['name']!r} contains '/'")
            for grandchild in node.get("children", []) if node is not parent else []:
                problems.append(f"codebook: {grandchild['name']!r} is deeper than two levels")
    for color, count in Counter(colors).items():
        if count > 1:
            problems.append(f"codebook: colour {color} used {count} times")
    return paths


def check_article_page(name: str, root: lxml.html.HtmlElement, problems: list[str]) -> None:
    def has(xpath: str) -> bool:
        return bool(root.xpath(xpath))

    required = {
        "<title>": "//head/title",
        "og:title": "//meta[@property='og:title']",
        "og:site_name": "//meta[@property='og:site_name']",
        "article:published_time": "//meta[@property='article:published_time']",
        "author meta": "//meta[@name='author']",
        "<article>": "//article",
        "<h1> in the article": "(//article)[1]//h1",
        "<h2> in the article": "(//article)[1]//h2",
        "a list or a blockquote": "(//article)[1]//*[self::ul or self::ol or self::blockquote]",
        "a sidebar": "//aside | //*[@id='col-side']",
        "a footer": "//footer | //*[@id='footer']",
    }
    for what, xpath in required.items():
        if not has(xpath):
            problems.append(f"{name}: missing {what}")
    words = len(article_text(root).split())
    if not 600 <= words <= 1400:
        problems.append(f"{name}: article text has {words} words")


def main() -> int:
    problems: list[str] = []
    codebook = json.loads((HERE / "codebook.json").read_text(encoding="utf-8"))
    concepts = concept_paths(codebook, problems)

    texts: dict[str, str] = {}
    pdf_path = HERE / PDF_NAME
    if pdf_path.exists():
        texts[PDF_NAME], pages = pdf_text(pdf_path)
        if pages < 20:
            problems.append(f"{PDF_NAME}: only {pages} pages")
    else:
        problems.append(f"{PDF_NAME} is missing (run build_report.py)")
    article_files = sorted((HERE / "articles").glob("*.html"))
    for path in article_files:
        name = f"articles/{path.name}"
        root = html_root(path)
        check_article_page(name, root, problems)
        texts[name] = article_text(root)

    annotations = json.loads((HERE / "annotations.json").read_text(encoding="utf-8"))
    per_document: Counter[str] = Counter()
    spans: dict[str, list[tuple[int, int, str]]] = {}
    for number, item in enumerate(annotations, 1):
        where = f"annotation {number} ({item.get('document')})"
        document = item.get("document")
        if document not in texts:
            problems.append(f"{where}: unknown document")
            continue
        per_document[document] += 1
        quote = collapse(item.get("quote", ""))
        if not 5 <= len(quote.split()) <= 40:
            problems.append(f"{where}: quote has {len(quote.split())} words")
        position = texts[document].find(quote)
        if position < 0:
            problems.append(f"{where}: quote not found: {quote[:70]!r}")
        elif texts[document].find(quote, position + 1) >= 0:
            problems.append(f"{where}: quote occurs more than once: {quote[:70]!r}")
        else:
            spans.setdefault(document, []).append(
                (position, position + len(quote), item.get("author", ""))
            )
        if not item.get("concepts"):
            problems.append(f"{where}: no concepts")
        for concept in item.get("concepts", []):
            if concept not in concepts:
                problems.append(f"{where}: unknown concept {concept!r}")
        if item.get("author") not in CODERS:
            problems.append(f"{where}: author must be one of {sorted(CODERS)}")
        if not isinstance(item.get("memo", ""), str):
            problems.append(f"{where}: memo must be a string")

    for path in article_files:
        if not per_document[f"articles/{path.name}"]:
            problems.append(f"articles/{path.name}: no annotation")
    overlaps = 0
    for items in spans.values():
        for i, (s1, e1, a1) in enumerate(items):
            overlaps += sum(1 for s2, e2, a2 in items[i + 1 :] if a1 != a2 and s1 < e2 and s2 < e1)
    if not overlaps:
        problems.append("no passage is coded by both coders")

    for document in sorted(texts):
        print(f"{per_document[document]:3d}  {document}")
    coders = Counter(item.get("author") for item in annotations)
    memos = sum(1 for item in annotations if item.get("memo", "").strip())
    by_coder = ", ".join(f"{coder}: {count}" for coder, count in sorted(coders.items()))
    print(
        f"{len(annotations)} annotations ({by_coder}), {memos} with a memo, "
        f"{overlaps} overlaps between coders, {len(concepts)} concepts"
    )
    if problems:
        print("\n".join(["PROBLEMS:"] + problems))
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
