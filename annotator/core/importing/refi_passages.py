"""The selections of a REFI-QDA source as passages: placed exactly, with coders, dates and memos.

Positions are read in the unit the exporting tool counts in (see refi_units)
and moved onto the document's canonical text (see refi_placing). Each coder's
codings of a selection become one passage, attributed to that coder (a coder
the file does not name becomes "unknown coder (<file>)", never the person
importing) and dated as in the file. A memo is read from the selection's notes
and its <Description> (QualCoder and MAXQDA write it there), each text once.
"""

from __future__ import annotations

from datetime import UTC, datetime
from xml.etree.ElementTree import Element

from annotator.core.exporting.refi_common import Units, Utf16Positions, preview
from annotator.core.importing.encoding import decode
from annotator.core.importing.refi_archive import Archive, guid_key, kid, kids, text_of
from annotator.core.importing.refi_placing import Placer
from annotator.core.importing.refi_plan import PlannedPassage, PlannedSource, RefiImportReport
from annotator.core.importing.refi_units import (
    UNIT_NAMES,
    choose_units,
    converter,
    origin_units,
)


class Selections:
    """Reads the selections of a parsed project.qde's sources into planned passages."""

    def __init__(
        self, root: Element, archive: Archive, report: RefiImportReport, codes: set[str]
    ) -> None:
        self.archive = archive
        self.report = report
        self.codes = codes - {""}
        self.origin = " ".join((root.get("origin") or "").split())
        self.expected: Units = origin_units(self.origin)
        self.user_guids: dict[str, str] = {}  # coder name -> the GUID the file gives them
        self.users: dict[str, str] = {}  # GUID -> coder name
        for user in kids(kid(root, "Users"), "User"):
            name = " ".join((user.get("name") or "").split())
            if name and guid_key(user.get("guid")):
                self.users[guid_key(user.get("guid"))] = name
                self.user_guids.setdefault(name, (user.get("guid") or "").strip("{} "))
        self.unknown_coder = f"unknown coder ({archive.path.name})"
        self.notes = {guid_key(n.get("guid")): n for n in kids(kid(root, "Notes"), "Note")}
        self.used_notes: set[str] = set()
        self.links: dict[str, list[str]] = {}  # selection GUID -> note GUIDs (NVivo)
        for link in kids(kid(root, "Links"), "Link"):
            ends = guid_key(link.get("originGUID")), guid_key(link.get("targetGUID"))
            for one, other in (ends, ends[::-1]):
                if other in self.notes and one not in self.notes:
                    self.links.setdefault(one, []).append(other)
        self.utf16_sources = 0  # sources whose positions were read as UTF-16 units

    def place(self, source: PlannedSource, holder: Element, raw: str) -> None:
        """Place the holder's selections, and QualCoder-style memo notes, in the document."""
        items: list[tuple[Element, str, Element | None]] = [
            (selection, self.memo(selection), None)
            for selection in kids(holder, "PlainTextSelection")
        ]
        for reference in kids(holder, "NoteRef"):
            note = self.notes.get(guid_key(reference.get("targetGUID")))
            if note is None:
                continue
            for selection in kids(note, "PlainTextSelection"):
                self.used_notes.add(guid_key(note.get("guid")))
                items.append((selection, note_text(note, self.archive).strip(), note))
        positions = Utf16Positions(raw)
        units = self.units(source.name, raw, positions, [item[0] for item in items])
        placer = Placer(raw, source.text)
        for selection, memo, note in items:
            self.passage(source, selection, placer, positions, units, memo, note)
        if placer.reanchored:
            self.report.notes.append(
                f"{placer.reanchored} passages of “{source.name}” were placed by their quote: "
                f"the texts differ (e.g. “{placer.example}”)"
            )

    def units(
        self, name: str, raw: str, positions: Utf16Positions, selections: list[Element]
    ) -> Units:
        """The unit the positions of this text count: the tool's, unless the text says otherwise."""
        if not positions.differ:
            return self.expected  # without characters beyond the BMP both count alike
        spans = []
        for selection in selections:
            try:
                spans.append(
                    (
                        int(selection.get("startPosition", "")),
                        int(selection.get("endPosition", "")),
                        selection.get("name") or "",
                    )
                )
            except ValueError:
                continue
        units, scores = choose_units(raw, positions, spans, self.expected)
        if units != self.expected:
            other = next(u for u in scores if u != units)
            self.report.notes.append(
                f"positions in “{name}” read as {UNIT_NAMES[units]}: the selections fit the text "
                f"that way ({scores[units]} points against {scores[other]}), although "
                f"{self.origin or 'the exporting program'} usually counts {UNIT_NAMES[other]}"
            )
        if units == "utf16":
            self.utf16_sources += 1
        return units

    def passage(
        self,
        source: PlannedSource,
        selection: Element,
        placer: Placer,
        positions: Utf16Positions,
        units: Units,
        memo: str,
        note: Element | None,
    ) -> None:
        try:
            given = int(selection.get("startPosition", "")), int(selection.get("endPosition", ""))
        except ValueError:
            self.report.skip(f"a passage of “{source.name}” without numeric positions")
            return
        where = f"passage {given[0]}–{given[1]} of “{source.name}”"
        if given[1] <= given[0]:
            self.report.skip(f"{where}: empty selection")
            return
        length = positions.units if units == "utf16" else positions.length
        if given[0] < 0 or given[1] > length:
            self.report.skip(f"{where}: outside the text (0–{length})")
            return
        convert = converter(positions, units)
        start, end = convert(given[0]), convert(given[1])
        if start is None or end is None:
            self.report.skip(
                f"{where}: it starts or ends between the two UTF-16 units of one character"
            )
            return
        quote = preview(placer.raw[start:end], 40)
        placed = placer.place(start, end)
        if placed is None or not 0 <= placed[0] < placed[1] <= len(source.text):
            self.report.skip(f"{where} “{quote}”: not found in the imported text")
            return
        made_by = note if note is not None else selection
        source.passages += self.codings(selection, made_by, placed, memo, f"{where} “{quote}”")

    def codings(
        self,
        selection: Element,
        made_by: Element,
        placed: tuple[int, int],
        memo: str,
        where: str,
    ) -> list[PlannedPassage]:
        """One passage per coder of the selection's codings, dated as the file dates them;
        the memo and the selection's GUID go with the selection's own coder."""
        owner = self.coder(made_by)
        created = stamp(made_by.get("creationDateTime"))
        modified = stamp(made_by.get("modifiedDateTime"))
        by_coder: dict[str, tuple[list[str], list[str]]] = {}  # coder -> codes, dates
        unknown_codes = 0
        for coding in kids(selection, "Coding"):
            codes = [guid_key(r.get("targetGUID")) for r in kids(coding, "CodeRef")]
            known = [code for code in codes if code in self.codes]
            unknown_codes += len(codes) - len(known)
            if known:
                found = by_coder.setdefault(self.coder(coding, owner), ([], []))
                found[0].extend(known)
                found[1].extend(filter(None, [stamp(coding.get("creationDateTime"))]))
        if unknown_codes:
            self.report.skip(
                f"{unknown_codes} codings of {where}: their code is not in the codebook"
            )
            if not by_coder and not memo:
                return []
        if not by_coder or (memo and owner not in by_coder):
            # a highlight without codes, or a memo that stays its author's
            by_coder = {owner: ([], []), **by_coder}
        memo_holder = owner if owner in by_coder else next(iter(by_coder))
        guid = (made_by.get("guid") or "").strip("{} ")
        passages = []
        for coder, (codes, dates) in by_coder.items():
            began = min(dates) if dates else created
            holds = coder == memo_holder
            passages.append(
                PlannedPassage(
                    placed[0],
                    placed[1],
                    tuple(dict.fromkeys(codes)),
                    memo if holds else "",
                    coder,
                    began,
                    max(filter(None, (began, modified)), default=None),
                    guid if holds else "",
                )
            )
        return passages

    def coder(self, element: Element, default: str | None = None) -> str:
        """Who made an element: its creating user (else its modifying user), by name."""
        guid = element.get("creatingUser") or (None if default else element.get("modifyingUser"))
        if not guid:
            return default or self.unknown_coder
        return self.users.get(guid_key(guid), self.unknown_coder)

    def memo(self, selection: Element) -> str:
        """A selection's memo: its notes (NoteRef, or NVivo links) and its description, each
        text once (we write both, so that every tool finds it)."""
        guids = [guid_key(r.get("targetGUID")) for r in kids(selection, "NoteRef")]
        guids += self.links.get(guid_key(selection.get("guid")), [])
        texts = []
        for guid in dict.fromkeys(guids):
            if guid in self.notes:
                self.used_notes.add(guid)
                texts.append(note_text(self.notes[guid], self.archive).strip())
        texts.append(text_of(kid(selection, "Description")).strip())
        return "\n\n".join(text for text in dict.fromkeys(texts) if text)


def note_text(note: Element, archive: Archive) -> str:
    content = kid(note, "PlainTextContent")
    if content is not None:
        return content.text or ""
    info = archive.find(note.get("plainTextPath") or "") if note.get("plainTextPath") else None
    return decode(archive.read(info)).text if info is not None else ""


def stamp(value: str | None) -> str | None:
    """An xsd:dateTime as the project writes timestamps (ISO, UTC, to the second), or None."""
    try:
        moment = datetime.fromisoformat((value or "").strip())
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).isoformat(timespec="seconds")
