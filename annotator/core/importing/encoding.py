"""Turn the bytes of a web page or text file into str, whatever their charset."""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

# Byte order marks, longest first (the UTF-32 LE mark starts like UTF-16 LE's).
BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Labels whose bytes browsers decode with a wider codec (WHATWG Encoding Standard).
_WIDER = {
    "ascii": "cp1252",
    "latin_1": "cp1252",
    "iso8859_1": "cp1252",
    "iso8859_9": "cp1254",
    "shift_jis": "cp932",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "euc_kr": "cp949",
}

# Bytes that cp1252 leaves undefined: their presence rules that codec out.
_CP1252_UNDEFINED = frozenset(b"\x81\x8d\x8f\x90\x9d")

# How much of a document the statistical detector looks at.
_DETECTION_SAMPLE = 256 * 1024

_META_CHARSET = re.compile(
    rb"""<meta[^>]+?charset\s*=\s*["']?\s*([a-zA-Z0-9_:.\-]+)""", re.IGNORECASE
)
# An unclosed comment runs to the end of the scanned bytes, as it would for the parser.
_COMMENT = re.compile(rb"<!--.*?(?:-->|\Z)", re.DOTALL)
_META_SCAN = 16384
_NON_ASCII_RUN = re.compile(r"[^\x00-\x7f]+")
_CONTENT_TYPE_CHARSET = re.compile(r"""charset\s*=\s*["']?\s*([^\s;"']+)""", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True)
class Decoded:
    """Decoded text and the codec used, with how that codec was chosen."""

    text: str
    encoding: str
    how: str  # "bom", "declared", "meta", "utf-8" or "detected"
    replaced: bool = False  # some bytes were undecodable and became U+FFFD


def bom_encoding(data: bytes) -> tuple[str, int] | None:
    """The codec named by a leading byte order mark, and the mark's length."""
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return encoding, len(bom)
    return None


def charset_from_content_type(content_type: str | None) -> str | None:
    """The charset parameter of an HTTP Content-Type header, if any."""
    if not content_type:
        return None
    match = _CONTENT_TYPE_CHARSET.search(content_type)
    return match.group(1) if match else None


def meta_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in its head (<meta charset> or http-equiv).

    Browsers pre-scan the first 1024 bytes, and change their mind when the
    parser meets a <meta> declaration later in the head: some pages declare it
    only after kilobytes of conditional comments, so the search goes further.
    Like the pre-scan, it skips comments (a commented-out <meta> declares nothing).
    """
    head = _COMMENT.sub(b"", data[:_META_SCAN])
    match = _META_CHARSET.search(head)
    return match.group(1).decode("ascii") if match else None


def python_codec(label: str | None) -> str | None:
    """The Python codec for a charset label, widened like browsers do; None if unknown."""
    if not label:
        return None
    try:
        name = codecs.lookup(label.strip().lower()).name
    except LookupError:
        return None
    name = name.replace("-", "_")
    return _WIDER.get(name, name)


def decode(data: bytes, *, declared: str | None = None, html: bool = False) -> Decoded:
    """Decode `data`, never failing: undecodable bytes become U+FFFD.

    Order: a byte order mark, then the `declared` charset (e.g. from HTTP), then
    for HTML the page's own <meta> declaration, then UTF-8 if the bytes are valid
    UTF-8, else a guess. A legacy declaration is overridden when the bytes are
    valid, non-ASCII UTF-8 that the legacy codec would garble (see
    `_garbles_utf8`): misconfigured servers and templates label UTF-8 pages
    ISO-8859-1 or GB2312, and real legacy text is practically never valid UTF-8.
    """
    bom = bom_encoding(data)
    if bom:
        bom_codec, skip = bom
        return _decoded(data[skip:], bom_codec, "bom")
    utf8 = _as_utf8(data)
    for label, how in ((declared, "declared"), (meta_charset(data) if html else None, "meta")):
        encoding = python_codec(label)
        if encoding is None:
            continue
        if how == "meta" and encoding.startswith(("utf_16", "utf_32")):
            # Bytes that spell an ASCII <meta> cannot be UTF-16; browsers read UTF-8.
            encoding = "utf_8"
        if utf8 is not None and not data.isascii() and _garbles_utf8(data, encoding):
            return Decoded(utf8, "utf_8", "utf-8")
        return _decoded(data, encoding, how)
    if utf8 is not None:
        return Decoded(utf8, "utf_8", "utf-8")
    if _mostly_utf8(data):
        return Decoded(data.decode("utf-8", errors="replace"), "utf_8", "detected", True)
    return _decoded(data, guess_legacy_encoding(data), "detected")


def guess_legacy_encoding(data: bytes) -> str:
    """Best guess for non-UTF-8 bytes: windows-1252 for Western text, else statistics."""
    if _looks_western(data):
        return "cp1252"
    import charset_normalizer  # only when a guess is needed: it takes a while to load

    best = charset_normalizer.from_bytes(data[:_DETECTION_SAMPLE]).best()
    if best is None:
        return "cp1252"
    return python_codec(best.encoding) or "cp1252"


def _decoded(data: bytes, encoding: str, how: str) -> Decoded:
    try:
        return Decoded(data.decode(encoding), encoding, how)
    except UnicodeDecodeError:
        return Decoded(data.decode(encoding, errors="replace"), encoding, how, replaced=True)


def _garbles_utf8(data: bytes, encoding: str) -> bool:
    """Whether reading valid UTF-8 `data` as `encoding` would turn it into mojibake.

    It does when the codec cannot decode the bytes at all, or when the runs of
    non-ASCII characters it reads are, byte for byte, mostly whole UTF-8
    characters ("Ã©" or "茅" for "é"). Real legacy text almost never forms
    such sequences, so most runs being UTF-8 means the declaration is wrong.
    """
    if encoding.startswith(("utf_8", "utf_16", "utf_32")):
        return False
    try:
        legacy = data.decode(encoding)
    except UnicodeDecodeError:
        return True
    utf8_runs = other_runs = 0
    for run in _NON_ASCII_RUN.findall(legacy[:_DETECTION_SAMPLE]):
        try:
            run.encode(encoding).decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            other_runs += 1
        else:
            utf8_runs += 1
    return utf8_runs > other_runs


def _as_utf8(data: bytes) -> str | None:
    """`data` decoded as UTF-8, or None if it is not valid UTF-8."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return None


def _mostly_utf8(data: bytes) -> bool:
    """Whether `data` is UTF-8 with a few broken bytes (a stray Latin-1 byte, a cut character).

    Read as a legacy codec, every accent of such a file would turn into two
    symbols ("Ã©"); read as UTF-8, only the broken bytes do, as U+FFFD. Real
    legacy text almost never holds a well-formed UTF-8 multi-byte sequence, so
    well-formed characters clearly outnumbering the broken bytes decide.
    """
    sample = data[:_DETECTION_SAMPLE]
    text = sample.decode("utf-8", errors="replace")
    broken = text.count("\ufffd") - sample.count("\ufffd".encode())
    well_formed = sum(not char.isascii() for char in text) - text.count("\ufffd")
    return well_formed > 0 and well_formed >= 2 * broken


def _looks_western(data: bytes) -> bool:
    """Whether windows-1252 reads `data` as a Latin-script language.

    Statistical detectors misjudge short French or German texts (they answer
    cp1250 or mac_latin2), so this cheap test runs first. In Latin-script words
    most letters are ASCII and accents are sprinkled in ("déjà", "cœur"); read
    as windows-1252, Cyrillic, Greek or CJK bytes give words with no ASCII at
    all, and Central European bytes give symbols ("³", "¹") inside words.
    """
    sample = data[:_DETECTION_SAMPLE]
    if _CP1252_UNDEFINED.intersection(sample):
        return False
    text = sample.decode("cp1252")
    ascii_letters = accented_letters = 0
    for word in _WORD.findall(text):
        if word.isascii():
            continue
        ascii_count = sum(char.isascii() for char in word)
        ascii_letters += ascii_count
        accented_letters += len(word) - ascii_count
    symbols_in_words = len(re.findall(r"(?<=[^\W\d_])[\xa1-\xbf\xd7\xf7](?=[^\W\d_])", text))
    return ascii_letters >= 0.4 * (ascii_letters + accented_letters) and (
        symbols_in_words <= 0.05 * accented_letters
    )
