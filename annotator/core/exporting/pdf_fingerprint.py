"""A PDF's fingerprint as PDF.js computes it: Hypothesis names a PDF urn:x-pdf:<fingerprint>."""

from __future__ import annotations

import hashlib
import io

FIRST_BYTES = 1024  # PDF.js hashes this many bytes when the trailer has no usable /ID
_EMPTY_ID = b"\x00" * 16


def pdf_fingerprint(data: bytes) -> str:
    """The hex of the trailer's first /ID entry, else the MD5 of the file's first 1024 bytes."""
    from pypdf import PdfReader  # heavy: load on first use
    from pypdf.errors import PyPdfError

    try:
        identifiers = PdfReader(io.BytesIO(data)).trailer.get("/ID")
        first = identifiers[0].get_object() if identifiers else None
    except (PyPdfError, ValueError, KeyError, TypeError, IndexError):
        first = None
    raw = _bytes(first)
    if raw and raw != _EMPTY_ID:
        return raw.hex()
    return hashlib.md5(data[:FIRST_BYTES], usedforsecurity=False).hexdigest()


def _bytes(value: object) -> bytes:
    """A PDF string's bytes as written in the file, whichever class pypdf read it into."""
    if value is None:
        return b""
    original = getattr(value, "original_bytes", None)
    if isinstance(original, bytes):
        return original
    return value if isinstance(value, bytes) else b""
