"""Outgoing links of a saved web page, each with a guess of whether it leads to an article.

A page that lists readings (a curated list, a blog post citing sources) links
to articles among much else: its own menus, tag pages, sharing buttons. A
link counts as an article unless one of these says otherwise:
- it sits in page furniture (nav, header, footer, aside, menus, comments),
  unless an <article> or <main> element holds it more closely;
- it is a sharing button or a social network;
- it is a site's home page (no path), or a file that is no page (image, feed);
- it stays on the page's own site and its path does not look like an article
  (tag, category, author, "about" pages, short section names).
"""

from __future__ import annotations

import re
from urllib.parse import unquote, urljoin, urlsplit

import lxml.html

from annotator.core.collections.parsing import Link, parse_html_tree, unique_links
from annotator.core.collections.urls import clean_url, same_page_key, site_of

NAVIGATION = "navigation"
SOCIAL = "social"
HOME_PAGE = "home page"
SAME_SITE = "same site"
NOT_A_PAGE = "not a page"
NO_TEXT = "no text"
# What each reason means, for messages in English (the window translates its own).
REASONS = {
    NAVIGATION: "in the page's menus, header, footer or sidebar",
    SOCIAL: "a sharing button or social network",
    HOME_PAGE: "a site's home page",
    SAME_SITE: "a section of the same site",
    NOT_A_PAGE: "a file that is not a page (image, feed, script...)",
    NO_TEXT: "a link without text (an image or an advertisement)",
}

_FURNITURE_TAGS = frozenset({"nav", "header", "footer", "aside", "menu"})
_CONTENT_TAGS = frozenset({"article", "main"})
_FURNITURE_ROLES = frozenset({"navigation", "banner", "contentinfo", "menu", "menubar",
                              "complementary", "search"})
_FURNITURE_WORDS = frozenset({
    "nav", "navbar", "navigation", "menu", "menubar", "footer", "header", "masthead",
    "sidebar", "breadcrumb", "breadcrumbs", "pagination", "pager", "share", "sharing",
    "social", "comment", "comments", "toolbar", "skip", "widget", "widgets", "tagcloud",
    "subscribe", "newsletter", "cookie", "cookies", "promo", "sponsor", "sponsored",
})
_WORDS = re.compile(r"[a-z]+")
_SOCIAL_SITES = frozenset({
    "facebook.com", "m.facebook.com", "twitter.com", "x.com", "linkedin.com",
    "pinterest.com", "pinterest.fr", "instagram.com", "whatsapp.com", "api.whatsapp.com",
    "wa.me", "t.me", "telegram.me", "plus.google.com", "tiktok.com", "bsky.app",
    "threads.net", "vk.com", "addtoany.com", "sharethis.com", "buffer.com", "getpocket.com",
})
_SHARE_PATH = re.compile(r"(?:^|/)(?:share|sharer|sharearticle|intent|submit)(?:[./?]|$)",
                         re.IGNORECASE)
_NOT_PAGE_EXTENSIONS = frozenset({
    "jpg", "jpeg", "png", "gif", "svg", "webp", "ico", "css", "js", "json", "xml", "rss",
    "atom", "zip", "gz", "mp3", "mp4", "webm", "ogg", "woff", "woff2", "ttf", "exe", "dmg",
})
_PAGE_EXTENSIONS = frozenset({"html", "htm", "shtml", "php", "asp", "aspx", "pdf", "txt"})
_SECTION_WORDS = frozenset({
    "tag", "tags", "category", "categories", "categorie", "rubrique", "author", "auteur",
    "page", "search", "recherche", "login", "signin", "signup", "register", "account",
    "feed", "rss", "about", "a-propos", "contact", "archive", "archives", "subscribe",
    "newsletter", "privacy", "legal", "terms", "cookies", "help", "faq", "mentions-legales",
    "wp-admin", "wp-login.php", "user", "users", "cart", "shop", "topics", "topic", "section",
    "journaliste", "journalist", "profile", "profil", "people", "member", "members",
})
# Query parameters of a site's own tool pages (edit, history, diff), not of articles.
_TOOL_QUERY = re.compile(r"(?:^|&)(?:action|diff|oldid|printable|replytocom)=", re.IGNORECASE)
_SAVED_FROM = re.compile(r"saved from url=\(\d+\)(https?://\S+?)\s*-->", re.IGNORECASE)
_SLUG_MIN_WORDS = 3  # "what-is-the-sea" is a title, "asia-pacific" a section
_SCHEME = re.compile(r"([a-zA-Z][a-zA-Z0-9+.\-]*):")


def parse_page_links(text: str, source: str) -> tuple[str, tuple[Link, ...], int]:
    """The page's title, its outgoing web links, and how many relative links had no base.

    Each link's collection is the page's title; links to the page itself are left out.
    """
    tree = parse_html_tree(text, source)
    base = page_address(tree, text)
    title = _page_title(tree)
    own_key = same_page_key(base) if base else None
    own_site = site_of(base) if base else ""
    found: list[Link] = []
    unresolved = 0
    for anchor in tree.iter("a"):
        href = (anchor.get("href") or "").strip()
        scheme = _SCHEME.match(href)
        if not href or href.startswith("#") or (
            scheme and scheme.group(1).lower() not in ("http", "https")
        ):
            continue  # in-page anchors, mailto:, javascript:, tel:...
        url = clean_url(urljoin(base, href) if base else href)
        if url is None:
            unresolved += 1
            continue
        if own_key is not None and same_page_key(url) == own_key:
            continue
        why_not = _why_not_article(anchor, url, own_site)
        found.append(Link(url, _anchor_text(anchor), title, article=not why_not,
                          why_not=why_not))
    return title, unique_links(found), unresolved


def page_address(tree: lxml.html.HtmlElement, text: str) -> str | None:
    """Where the page was saved from: <base>, its canonical link, og:url, or the browser's note."""
    candidates = [
        *tree.xpath("//base/@href"),
        *tree.xpath("//link[contains(concat(' ', normalize-space(@rel), ' '), ' canonical ')]"
                    "/@href"),
        *tree.xpath("//meta[@property='og:url']/@content"),
        *_SAVED_FROM.findall(text[:8192]),
    ]
    return next(filter(None, (clean_url(c) for c in candidates)), None)


def _why_not_article(anchor: lxml.html.HtmlElement, url: str, own_site: str) -> str:
    """The reason this link is not taken for an article, or "" when it may well be one."""
    parts = urlsplit(url)
    site = site_of(url)
    segments = [unquote(s) for s in parts.path.split("/") if s]
    if site in _SOCIAL_SITES or _SHARE_PATH.search(parts.path) or "share" in site.split("."):
        return SOCIAL
    if _in_furniture(anchor):
        return NAVIGATION
    extension = segments[-1].rsplit(".", 1)[-1].lower() if segments and "." in segments[-1] else ""
    if extension in _NOT_PAGE_EXTENSIONS:
        return NOT_A_PAGE
    if not segments and not parts.query:
        return HOME_PAGE
    if not _anchor_text(anchor):
        return NO_TEXT
    if site == own_site and (
        _TOOL_QUERY.search(parts.query) or not _looks_like_article_path(segments, extension)
    ):
        return SAME_SITE
    return ""


def _in_furniture(anchor: lxml.html.HtmlElement) -> bool:
    """Whether page furniture holds the link more closely than an article or main element."""
    for element in anchor.iterancestors():
        tag = element.tag.lower() if isinstance(element.tag, str) else ""
        if tag in ("body", "html"):
            return False
        if tag in _CONTENT_TAGS or (element.get("role") or "").lower() == "main":
            return False
        if tag in _FURNITURE_TAGS or (element.get("role") or "").lower() in _FURNITURE_ROLES:
            return True
        words = _WORDS.findall(f"{element.get('class', '')} {element.get('id', '')}".lower())
        if _FURNITURE_WORDS.intersection(words):
            return True
    return False


def _looks_like_article_path(segments: list[str], extension: str) -> bool:
    """A path of the site's own that names one piece rather than a section of the site."""
    if not segments or any(s.lower() in _SECTION_WORDS for s in segments):
        return False
    if extension in _PAGE_EXTENSIONS:
        return True
    last = segments[-1]
    return len(segments) >= 2 and (
        any(c.isdigit() for c in last) or len(last.split("-")) >= _SLUG_MIN_WORDS
    )


def _anchor_text(anchor: lxml.html.HtmlElement) -> str:
    text = " ".join(anchor.text_content().split())
    if text:
        return text
    for image in anchor.iter("img"):
        alt = " ".join((image.get("alt") or "").split())
        if alt:
            return alt
    return " ".join((anchor.get("title") or "").split())


def _page_title(tree: lxml.html.HtmlElement) -> str:
    for value in (*tree.xpath("//meta[@property='og:title']/@content"),
                  *tree.xpath("//title//text()")):
        title = " ".join(str(value).split())
        if title:
            return title
    return ""
