"""Web addresses of a collection: which can be fetched, which name the same page, which server."""

from __future__ import annotations

from urllib.parse import SplitResult, parse_qsl, urlencode, urlsplit, urlunsplit

_DEFAULT_PORTS = {"http": 80, "https": 443}
_TRACKING_PREFIXES = ("utm_",)
_TRACKING_NAMES = frozenset({"fbclid", "gclid", "mc_cid", "mc_eid", "xtor"})


def clean_url(raw: str) -> str | None:
    """The address as an absolute http(s) URL without its #fragment, or None if it is not one."""
    parts = _split("".join(raw.split()))  # addresses may be wrapped over lines in exports
    if parts is None or parts.scheme.lower() not in _DEFAULT_PORTS or not parts.hostname:
        return None
    return urlunsplit((parts.scheme.lower(), parts.netloc, parts.path or "/", parts.query, ""))


def same_page_key(url: str) -> str:
    """A key equal for addresses that surely name the same page.

    http and https, a leading "www.", the default port, a trailing slash,
    the #fragment and tracking parameters (utm_*, fbclid...) are ignored.
    """
    parts = _split(url.strip())
    if parts is None:
        return url.strip()
    host = (parts.hostname or "").lower().removeprefix("www.")
    scheme = parts.scheme.lower()
    port = parts.port
    if port is not None and port != _DEFAULT_PORTS.get(scheme):
        host = f"{host}:{port}"
    path = parts.path.rstrip("/")
    query = urlencode([
        (name, value) for name, value in parse_qsl(parts.query, keep_blank_values=True)
        if not name.lower().startswith(_TRACKING_PREFIXES)
        and name.lower() not in _TRACKING_NAMES
    ])
    return f"{host}{path}" + (f"?{query}" if query else "")


def server_key(url: str) -> str:
    """The server an address points at (host and port): politeness is counted per server."""
    parts = _split(url)
    if parts is None:
        return url
    port = parts.port or _DEFAULT_PORTS.get(parts.scheme.lower(), 0)
    return f"{(parts.hostname or '').lower()}:{port}"


def site_of(url: str) -> str:
    """The host name without "www.", to tell links within a site from links out of it."""
    parts = _split(url)
    return (parts.hostname or "").lower().removeprefix("www.") if parts else ""


def _split(url: str) -> SplitResult | None:
    """urlsplit, or None for an address it cannot read (a bad port, a bad IPv6 host)."""
    try:
        parts = urlsplit(url)
        valid_port = parts.port is None or parts.port >= 0  # reading it checks it is a number
    except ValueError:
        return None
    return parts if valid_port else None
