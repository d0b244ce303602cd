"""Write the hostile-input corpus into a folder: broken, hostile and odd files, all made here.

Nothing is fetched: every file is built from bytes in this module (PDFs are
written by hand, the encrypted one through pypdf). Files that could make a
careless program reach the network point at `server_url`, a local server the
tests run to record any request.

    python tests/hostile/make_corpus.py FOLDER [--server-url http://127.0.0.1:8000]
"""

from __future__ import annotations

import argparse
import io
import time
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

# What a file that escaped a .qdpx with "../" would be called: the tests look for it.
ZIP_SLIP_NAME = "annotator-zip-slip-proof.txt"
# Text that a script of the hostile page would write: it must never reach a document.
SCRIPT_MARKER = "SCRIPT-RAN-7f3a"
LONG_PDF_PAGES = 2000
SINGLE_LINE_BYTES = 20 * 1024 * 1024
BOMB_BYTES = 300 * 1024 * 1024

FRENCH = (
    "Les élèves ont passé l'été à étudier la communauté ; « ça déçoit » disait "
    "l'aîné, mais l'œuvre coûte 12 € à peine… Où est-il ? Là-bas, près du garçon."
)
RTL_EMOJI = (
    "עברית: שלום עולם, והמילה 'קהילה'.\n"
    "العربية: مرحبا بالعالم، والمجتمع.\n"
    "Combinaisons : e\u0301te\u0301, Z\u0351\u0352\u0353a\u0300\u0301l\u0316\u0317go.\n"
    "Émojis : 👨\u200d👩\u200d👧\u200d👦 famille, 🇫🇷 drapeau, 👍🏽 pouce, 🌱.\n"
    "Bidi : \u202eesrever\u202c et \u2067isolé\u2069 fin.\n"
)


@dataclass(frozen=True)
class Outcome:
    """What one importer must make of a file: a clear refusal, or a correct document."""

    refused: bool
    cause: tuple[str, ...] = ()  # the refusal names one of these (lower case)
    kind: str | None = None  # the imported document's kind
    contains: tuple[str, ...] = ()  # text the document holds
    absent: tuple[str, ...] = ()  # text it must not hold (nor the command's output)
    max_chars: int | None = None  # a bound on its length: nothing was expanded
    pages: int | None = None  # its number of PDF pages
    warning: str | None = None  # a word of the warning the import gives


def refused(*cause: str, absent: tuple[str, ...] = ()) -> Outcome:
    return Outcome(True, cause=cause, absent=absent)


def imported(kind: str, *contains: str, **expected: object) -> Outcome:
    return Outcome(False, kind=kind, contains=contains, **expected)  # type: ignore[arg-type]


@dataclass(frozen=True)
class Case:
    """One corpus file, what is wrong with it, and what each importer must make of it."""

    name: str
    what: str
    document: Outcome  # `annotator import`, the window's File > Import
    refi: Outcome | None = None  # `annotator import-refi`, File > Import REFI-QDA
    heavy: bool = False  # too slow to open in the window test (see its docstring)


# -- PDFs written by hand ----------------------------------------------------------------
def _pdf_string(text: str) -> bytes:
    """A PDF literal string in WinAnsi (windows-1252) encoding."""
    raw = text.encode("cp1252")
    escaped = raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
    return b"(" + escaped + b")"


def _stream(data: bytes, extra: bytes = b"") -> bytes:
    return b"<< /Length %d %s>>\nstream\n%s\nendstream" % (len(data), extra, data)


def _text_content(text: str, x: float = 72, y: float = 770) -> bytes:
    lines = [_pdf_string(line) + b" Tj T*" for line in text.split("\n")]
    return b"BT /F1 12 Tf 14 TL %g %g Td %s ET" % (x, y, b" ".join(lines))


def _serialise(objects: Sequence[bytes], *, xref_shift: int = 0) -> bytes:
    """Objects numbered from 1, the first being the catalog; `xref_shift` breaks the xref."""
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    start = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % (offset + xref_shift) for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, start + xref_shift)
    return bytes(out)


def _page_objects(contents: Sequence[bytes], size: tuple[float, float],
                  resources: bytes) -> list[bytes]:
    """Catalog, page tree, font, then a page and its content stream per page."""
    first = 4
    kids = b" ".join(b"%d 0 R" % (first + 2 * i) for i in range(len(contents)))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, len(contents)),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    for index, content in enumerate(contents):
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %g %g] /Resources %s "
                       b"/Contents %d 0 R >>" % (*size, resources, first + 2 * index + 1))
        objects.append(_stream(content))
    return objects


def text_pdf(pages: Sequence[str], *, size: tuple[float, float] = (595, 842),
             xref_shift: int = 0) -> bytes:
    """A PDF with one page per string, its lines in Helvetica from the top left."""
    contents = [_text_content(text, 72, size[1] - 72) for text in pages]
    return _serialise(_page_objects(contents, size, b"<< /Font << /F1 3 0 R >> >>"),
                      xref_shift=xref_shift)


def _huge_page_pdf() -> bytes:
    side = 14400  # the largest page size PDF allows
    content = (_text_content("Le coin en haut d'une page immense.", 72, side - 72) + b"\n"
               + _text_content("Le milieu d'une page de deux cents pouces.", side / 2, side / 2))
    return _serialise(_page_objects([content], (side, side), b"<< /Font << /F1 3 0 R >> >>"))


def _image_only_pdf() -> bytes:
    pixels = bytes((x * 32 + y * 16) % 256 for y in range(8) for x in range(8))
    objects = _page_objects([b"q 400 0 0 400 100 300 cm /Im1 Do Q"], (595, 842),
                            b"<< /XObject << /Im1 6 0 R >> >>")
    objects.append(_stream(pixels, b"/Type /XObject /Subtype /Image /Width 8 /Height 8 "
                                   b"/ColorSpace /DeviceGray /BitsPerComponent 8 "))
    return _serialise(objects)


def _cyclic_pdf() -> bytes:
    """A page tree whose second kid is a node pointing back at the root."""
    return _serialise([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [4 0 R 3 0 R] /Count 3 >>",
        b"<< /Type /Pages /Parent 2 0 R /Kids [2 0 R 3 0 R] /Count 2 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 6 0 R >> >> /Contents 5 0 R >>",
        _stream(_text_content("Une page dans un arbre qui tourne en rond.")),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ])


def _encrypted_pdf() -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(text_pdf(["Un secret bien gardé."]))))
    writer.encrypt(user_password="secret", owner_password="owner", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _long_pdf() -> bytes:
    return text_pdf([f"Page {n} sur {LONG_PDF_PAGES} : une ligne courte."
                     for n in range(1, LONG_PDF_PAGES + 1)])


# -- web pages and text --------------------------------------------------------------------
def _article(words: str) -> str:
    return "".join(f"<p>{words} Paragraphe {n} de l'article, assez long pour être lu.</p>"
                   for n in range(1, 6))


def hostile_html(url: str, heading: str = "Un article ordinaire") -> bytes:
    """A page whose scripts, frames, images, styles, fonts and handlers all point at `url`.

    `heading` (HTML) is its title and first heading.
    """
    return f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8">
<title>{heading}</title>
<base href="{url}/base/">
<meta http-equiv="refresh" content="0; url={url}/refresh">
<link rel="stylesheet" href="{url}/style.css">
<link rel="preload" href="{url}/preload.js" as="script">
<link rel="icon" href="{url}/favicon.ico">
<style>@import url("{url}/import.css");
@font-face {{ font-family: Piege; src: url("{url}/font.woff2"); }}
body {{ font-family: Piege; background: url("{url}/background.png"); }}</style>
<script src="{url}/script.js"></script>
<script>document.write("{SCRIPT_MARKER}"); fetch("{url}/fetch");</script>
</head>
<body onload="new Image().src='{url}/onload'">
<article><h1>{heading}</h1>
{_article("Le texte visible de la page piégée.")}
<img src="{url}/image.png" srcset="{url}/image-2x.png 2x" alt=""
     onerror="this.src='{url}/onerror'; document.body.append('{SCRIPT_MARKER}')">
<iframe src="{url}/iframe.html">cadre</iframe>
<object data="{url}/object.swf"></object><embed src="{url}/embed.swf">
<video poster="{url}/poster.png" src="{url}/video.mp4"></video>
<audio src="{url}/audio.mp3"></audio>
<svg><image href="{url}/svg-image.png"/></svg>
<noscript><img src="{url}/noscript.png"></noscript>
<p style="background-image: url('{url}/inline-style.png')">Fin de l'article.</p>
<a href="javascript:alert('{SCRIPT_MARKER}')">un lien</a>
</article>
<script type="module">import "{url}/module.js"; console.log("{SCRIPT_MARKER}");</script>
</body></html>""".encode()


def _cp1252_html(_url: str) -> bytes:
    page = (f"<html><head><title>Été à Paris</title></head><body><article>"
            f"<h1>Été à Paris</h1>{_article(FRENCH)}</article></body></html>")
    return page.encode("cp1252")


def _rtl_html(_url: str) -> bytes:
    body = "".join(f"<p>{line}</p>" for line in RTL_EMOJI.splitlines())
    return (f'<!doctype html><html dir="rtl" lang="he"><head><meta charset="utf-8">'
            f"<title>קהילה 🌱</title></head><body><article>{body}</article></body></html>"
            ).encode()


def _lol_dtd(root: str) -> str:
    """An internal DTD whose last entity expands to a billion "lol"s."""
    entities = ['<!ENTITY lol "lol">'] + [
        f'<!ENTITY lol{i} "{("&lol;" if i == 1 else f"&lol{i - 1};") * 10}">'
        for i in range(1, 10)]
    return f"<!DOCTYPE {root} [\n" + "\n".join(entities) + "\n]>"


def _laughs_html(_url: str) -> bytes:
    return (f'<?xml version="1.0"?>\n{_lol_dtd("html")}\n<html><head><title>Rires</title>'
            "</head><body><p>Avant les rires.</p><p>&lol9;</p><p>Après les rires.</p>"
            "</body></html>").encode()


def _invalid_utf8(_url: str) -> bytes:
    """French in UTF-8 with broken bytes: a stray Latin-1 byte, overlong, surrogate, cut."""
    return (FRENCH.encode() + b"\nPuis des octets cass\xe9s : \xff\xfe \xc3\x28 \xc0\xaf "
            b"\xed\xa0\x80 et une fin coup\xc3")


# -- REFI-QDA files ------------------------------------------------------------------------
_NS = 'xmlns="urn:QDA-XML:project:1.0"'
_GUID = "0f0e0d0c-0b0a-4909-8807-060504030201"


def _project_xml(source: str, dtd: str = "") -> bytes:
    return (f'<?xml version="1.0" encoding="utf-8"?>\n{dtd}\n<Project {_NS} name="Hostile">'
            f'<CodeBook><Codes><Code guid="{_GUID}" name="Code" isCodable="true"/></Codes>'
            f"</CodeBook><Sources>{source}</Sources></Project>").encode()


def _text_source(path: str) -> str:
    return f'<TextSource guid="{_GUID[:-1]}9" name="source" plainTextPath="internal://{path}"/>'


def _zip(members: Sequence[tuple[str, bytes]]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members:
            archive.writestr(zipfile.ZipInfo(name, (2024, 1, 1, 0, 0, 0)), data,
                             compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


def _zip_slip(_url: str) -> bytes:
    return _zip([
        ("project.qde", _project_xml(_text_source(f"../{ZIP_SLIP_NAME}"))),
        (f"../{ZIP_SLIP_NAME}", b"written outside the archive"),
        (f"sources/../../{ZIP_SLIP_NAME}", b"written two folders up"),
        (f"..\\{ZIP_SLIP_NAME}", b"written outside, Windows style"),
        (f"/tmp/{ZIP_SLIP_NAME}", b"written at an absolute path"),
    ])


def _zip_bomb(_url: str) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("project.qde", _project_xml(_text_source("bomb.txt")))
        chunk = b"\0" * (16 * 1024 * 1024)
        with archive.open("sources/bomb.txt", "w", force_zip64=True) as member:
            for _ in range(BOMB_BYTES // len(chunk)):
                member.write(chunk)
    return out.getvalue()


def _zip_lying_sizes(_url: str) -> bytes:
    """A member that says it holds 1,000 bytes and inflates to 50 MB."""
    name = "sources/liar.txt"
    data = bytearray(_zip([("project.qde", _project_xml(_text_source("liar.txt"))),
                           (name, b"\0" * (50 * 1024 * 1024))]))
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as archive:
        local = archive.getinfo(name).header_offset
    central = -1
    while True:  # the member's record in the central directory
        central = data.index(b"PK\x01\x02", central + 1)
        length = int.from_bytes(data[central + 28:central + 30], "little")
        if data[central + 46:central + 46 + length] == name.encode():
            break
    data[local + 22:local + 26] = (1000).to_bytes(4, "little")
    data[central + 24:central + 28] = (1000).to_bytes(4, "little")
    return bytes(data)


def _laughs_qdpx(_url: str) -> bytes:
    source = ('<TextSource guid="0f0e0d0c-0b0a-4909-8807-060504030209" name="rires">'
              "<PlainTextContent>&lol9;</PlainTextContent></TextSource>")
    return _zip([("project.qde", _project_xml(source, _lol_dtd("Project")))])


def _xxe_qde(url: str) -> bytes:
    dtd = ('<!DOCTYPE Project [\n<!ENTITY xxe SYSTEM "file:///etc/passwd">\n'
           f'<!ENTITY remote SYSTEM "{url}/xxe.xml">\n]>')
    source = ('<TextSource guid="0f0e0d0c-0b0a-4909-8807-060504030209" name="passwd">'
              "<PlainTextContent>&xxe; &remote;</PlainTextContent></TextSource>")
    return _project_xml(source, dtd)


# -- the corpus ----------------------------------------------------------------------------
_PDF_BYTES = text_pdf(["Premier feuillet du rapport complet.", "Second feuillet du rapport.",
                       "Troisième feuillet, le dernier."])
_BUILDERS: dict[str, Callable[[str], bytes]] = {
    "truncated.pdf": lambda _: _PDF_BYTES[: len(_PDF_BYTES) * 55 // 100],
    "broken_xref.pdf": lambda _: text_pdf(["Un index croisé faux, un texte juste."],
                                          xref_shift=7),
    "encrypted.pdf": lambda _: _encrypted_pdf(),
    "page_tree_cycle.pdf": lambda _: _cyclic_pdf(),
    "huge_page.pdf": lambda _: _huge_page_pdf(),
    "image_only.pdf": lambda _: _image_only_pdf(),
    "two_thousand_pages.pdf": lambda _: _long_pdf(),
    "empty.pdf": lambda _: b"",
    "pdf_named.html": lambda _: text_pdf(["Un PDF qui se dit page web."]),
    "html_named.pdf": lambda _: (
        "<!doctype html><html><head><meta charset='utf-8'><title>Une page web déguisée</title>"
        f"</head><body><article>{_article('Une page web nommée comme un PDF.')}</article>"
        "</body></html>").encode(),
    "text_named.pdf": lambda _: "Des notes en texte brut, nommées .pdf.\nDeux lignes.\n".encode(),
    "cp1252_no_charset.html": _cp1252_html,
    "scripts_and_remote.html": hostile_html,
    "single_line_20mb.txt": lambda _: b"mot " * (SINGLE_LINE_BYTES // 4),
    "billion_laughs.html": _laughs_html,
    "invalid_utf8.txt": _invalid_utf8,
    "rtl_combining_emoji.txt": lambda _: RTL_EMOJI.encode(),
    "rtl_combining_emoji.html": _rtl_html,
    "billion_laughs.qdpx": _laughs_qdpx,
    "zip_slip.qdpx": _zip_slip,
    "zip_bomb.qdpx": _zip_bomb,
    "zip_lying_sizes.qdpx": _zip_lying_sizes,
    "xxe.qde": _xxe_qde,
}

REFI_ZIP = refused("binary")  # the document importer refuses archives
SCRIPT_TEXT = (SCRIPT_MARKER, "document.write", "fetch(", "@font-face", "onerror", "127.0.0.1")
CASES: tuple[Case, ...] = (
    Case("truncated.pdf", "a PDF cut at 55 %: no xref, no trailer", refused("damaged")),
    Case("broken_xref.pdf", "every xref offset and startxref wrong by 7 bytes",
         imported("pdf", "Un index croisé faux, un texte juste.", pages=1)),
    Case("encrypted.pdf", "RC4-128 encrypted with a user password",
         refused("password")),
    Case("page_tree_cycle.pdf", "a page-tree node whose kids point back at the root",
         imported("pdf", "Une page dans un arbre qui tourne en rond.", pages=1)),
    Case("huge_page.pdf", "one page of 14,400 by 14,400 points",
         imported("pdf", "Le coin en haut d'une page immense.",
                  "Le milieu d'une page de deux cents pouces.", pages=1)),
    Case("image_only.pdf", "a page holding only an image",
         imported("pdf", max_chars=0, pages=1, warning="no text layer")),
    Case("two_thousand_pages.pdf", "2,000 pages of one short line each",
         imported("pdf", "Page 1 sur 2000 : une ligne courte.",
                  "Page 2000 sur 2000 : une ligne courte.", pages=LONG_PDF_PAGES)),
    Case("empty.pdf", "0 bytes", refused("empty")),
    Case("pdf_named.html", "a PDF named .html", imported("pdf", "Un PDF qui se dit page web.")),
    Case("html_named.pdf", "a web page named .pdf",
         imported("web", "Une page web nommée comme un PDF.")),
    Case("text_named.pdf", "a text file named .pdf",
         imported("text", "Des notes en texte brut, nommées .pdf.\nDeux lignes.")),
    Case("cp1252_no_charset.html", "French in windows-1252 without any charset",
         imported("web", "Été à Paris", FRENCH)),
    Case("scripts_and_remote.html", "scripts, handlers, frames, images, styles, fonts: remote",
         imported("web", "Le texte visible de la page piégée.", "Fin de l'article.",
                  absent=SCRIPT_TEXT)),
    Case("single_line_20mb.txt", "20 MB on one line",
         imported("text", "mot mot mot", max_chars=SINGLE_LINE_BYTES), heavy=True),
    Case("billion_laughs.html", "nested XML entities (a billion 'lol') in a page named .html",
         imported("web", "Avant les rires.", "Après les rires.",
                  absent=("lollol", "]>", "ENTITY"), max_chars=200)),
    Case("invalid_utf8.txt", "UTF-8 French with broken bytes",
         imported("text", FRENCH, "Puis des octets cass\ufffds", warning="could not be decoded")),
    Case("rtl_combining_emoji.txt", "Hebrew, Arabic, combining marks, emoji sequences, bidi",
         imported("text", RTL_EMOJI)),
    Case("rtl_combining_emoji.html", "the same in a right-to-left page",
         imported("web", *RTL_EMOJI.splitlines())),
    Case("billion_laughs.qdpx", "a REFI-QDA project whose XML nests entities", REFI_ZIP,
         refused("entities")),
    Case("zip_slip.qdpx", "archive members named ../, ..\\ and /tmp/", REFI_ZIP,
         refused("path traversal")),
    Case("zip_bomb.qdpx", f"a {BOMB_BYTES >> 20} MB member packed in 300 KB", REFI_ZIP,
         refused("zip bomb")),
    Case("zip_lying_sizes.qdpx", "a member declaring 1,000 bytes that inflates to 50 MB",
         REFI_ZIP, refused("damaged")),
    Case("xxe.qde", "external entities: /etc/passwd and a remote URL",
         imported("text", "file:///etc/passwd", absent=("root:x:0:0",)),
         refused("entities", absent=("root:x:0:0",))),
)


def write_corpus(folder: Path, server_url: str) -> dict[str, Path]:
    """Write every corpus file into `folder`; their paths by name."""
    folder.mkdir(parents=True, exist_ok=True)
    assert set(_BUILDERS) == {case.name for case in CASES}
    written = {}
    for name, build in _BUILDERS.items():
        path = folder / name
        path.write_bytes(build(server_url.rstrip("/")))
        written[name] = path
    return written


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--server-url", default="http://127.0.0.1:9",
                        help="where the hostile files' remote resources point")
    args = parser.parse_args(argv)
    started = time.monotonic()
    written = write_corpus(args.folder, args.server_url)
    print(f"{len(written)} files written in {args.folder} "
          f"({time.monotonic() - started:.1f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
