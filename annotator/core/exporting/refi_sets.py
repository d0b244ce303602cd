"""Document sets in a REFI-QDA project: `<Sets>`, each `<Set>` listing its `<MemberSource>`s."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lxml import etree

from annotator.core.exporting.refi_common import PROJECT_NS, Guids, xml_text

if TYPE_CHECKING:
    from annotator.core.project import Project


def sets_element(
    project: Project, guids: Guids, source_guid: Callable[[int], str]
) -> etree._Element | None:
    """The `<Sets>` element, or None when the project has no sets.

    `source_guid(document id)` is the GUID its source element was written with.
    """
    sets = project.document_sets()
    if not sets:
        return None
    members = project.members_by_set()
    holder = etree.Element(_tag("Sets"), nsmap={None: PROJECT_NS})
    for found in sets:
        element = etree.SubElement(
            holder, _tag("Set"), guid=guids("set", found.id), name=xml_text(found.name)
        )
        if found.description:
            etree.SubElement(element, _tag("Description")).text = xml_text(found.description)
        for document_id in sorted(members.get(found.id, ())):
            etree.SubElement(element, _tag("MemberSource"), targetGUID=source_guid(document_id))
    return holder


def _tag(name: str) -> str:
    return f"{{{PROJECT_NS}}}{name}"
