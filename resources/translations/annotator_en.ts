<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AnnotationsPanel</name>
    <message numerus="yes">
        <location filename="../../annotator/gui/panels/annotations.py" line="+323"/>
        <source>%n highlights</source>
        <translation>
            <numerusform>%Ln highlight</numerusform>
            <numerusform>%Ln highlights</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CollectionImportDialog</name>
    <message numerus="yes">
        <location filename="../../annotator/gui/collection_progress.py" line="+98"/>
        <source>Importing %n link(s)</source>
        <translation>
            <numerusform>Importing %Ln link</numerusform>
            <numerusform>Importing %Ln links</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+140"/>
        <source>%n imported</source>
        <translation>
            <numerusform>%Ln imported</numerusform>
            <numerusform>%Ln imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n already in the project</source>
        <translation>
            <numerusform>%Ln already in the project</numerusform>
            <numerusform>%Ln already in the project</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%Ln failed</numerusform>
            <numerusform>%Ln failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n cancelled</source>
        <translation>
            <numerusform>%Ln cancelled</numerusform>
            <numerusform>%Ln cancelled</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConceptTreeModel</name>
    <message numerus="yes">
        <location filename="../../annotator/gui/panels/concept_tree_model.py" line="+212"/>
        <source>Used by %n annotation</source>
        <translation>
            <numerusform>Used by %Ln annotation</numerusform>
            <numerusform>Used by %Ln annotations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Used by %n annotations</source>
        <translation>
            <numerusform>Used by %Ln annotation</numerusform>
            <numerusform>Used by %Ln annotations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConceptView</name>
    <message numerus="yes">
        <location filename="../../annotator/gui/panels/concept_view.py" line="+412"/>
        <source>%n passages in 1 document</source>
        <translation>
            <numerusform>%Ln passage in 1 document</numerusform>
            <numerusform>%Ln passages in 1 document</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n passages in %1 documents</source>
        <translation>
            <numerusform>%Ln passage in %1 documents</numerusform>
            <numerusform>%Ln passages in %1 documents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConceptsPanel</name>
    <message numerus="yes">
        <location filename="../../annotator/gui/panels/concepts.py" line="+322"/>
        <source>Delete «{name}» and its %n sub-concept?</source>
        <translation>
            <numerusform>Delete «{name}» and its %Ln sub-concept?</numerusform>
            <numerusform>Delete «{name}» and its %Ln sub-concepts?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Delete «{name}» and its %n sub-concepts?</source>
        <translation>
            <numerusform>Delete «{name}» and its %Ln sub-concept?</numerusform>
            <numerusform>Delete «{name}» and its %Ln sub-concepts?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>It is used by %n annotation; it keeps its other concepts.</source>
        <translation>
            <numerusform>It is used by %Ln annotation; it keeps its other concepts.</numerusform>
            <numerusform>It is used by %Ln annotations; they keep their other concepts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>It is used by %n annotations; they keep their other concepts.</source>
        <translation>
            <numerusform>It is used by %Ln annotation; it keeps its other concepts.</numerusform>
            <numerusform>It is used by %Ln annotations; they keep their other concepts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CooccurrenceTab</name>
    <message numerus="yes">
        <location filename="../../annotator/gui/analysis/cooccurrence_tab.py" line="+172"/>
        <source>%n passage pair(s) for %1 and %2</source>
        <translation>
            <numerusform>%Ln passage pair for %1 and %2</numerusform>
            <numerusform>%Ln passage pairs for %1 and %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentPropertiesDialog</name>
    <message numerus="yes">
        <location filename="../../annotator/gui/document_properties.py" line="+82"/>
        <source>%n page(s) read by OCR (%1)</source>
        <translation>
            <numerusform>%n page read by OCR (%1)</numerusform>
            <numerusform>%n pages read by OCR (%1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentTableModel</name>
    <message numerus="yes">
        <location filename="../../annotator/gui/panels/library_model.py" line="+218"/>
        <source>%n page</source>
        <translation>
            <numerusform>%Ln page</numerusform>
            <numerusform>%Ln pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n pages</source>
        <translation>
            <numerusform>%Ln page</numerusform>
            <numerusform>%Ln pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n annotation</source>
        <translation>
            <numerusform>%Ln annotation</numerusform>
            <numerusform>%Ln annotations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n annotations</source>
        <translation>
            <numerusform>%Ln annotation</numerusform>
            <numerusform>%Ln annotations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message numerus="yes">
        <location filename="../../annotator/gui/panels/library.py" line="+307"/>
        <source>Its %n annotation will be removed with it.</source>
        <translation>
            <numerusform>Its %Ln annotation will be removed with it.</numerusform>
            <numerusform>Its %Ln annotations will be removed with it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Its %n annotations will be removed with it.</source>
        <translation>
            <numerusform>Its %Ln annotation will be removed with it.</numerusform>
            <numerusform>Its %Ln annotations will be removed with it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LinkPickerDialog</name>
    <message numerus="yes">
        <location filename="../../annotator/gui/collection_dialog.py" line="+187"/>
        <source>%n link(s) ticked</source>
        <translation>
            <numerusform>%Ln link ticked</numerusform>
            <numerusform>%Ln links ticked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>&amp;Import %n link(s)</source>
        <translation>
            <numerusform>&amp;Import %Ln link</numerusform>
            <numerusform>&amp;Import %Ln links</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../annotator/gui/main_window.py" line="+390"/>
        <source>%n characters selected — press 1–9 or Ctrl+K to tag them</source>
        <translation>
            <numerusform>%Ln character selected — press 1–9 or Ctrl+K to tag it</numerusform>
            <numerusform>%Ln characters selected — press 1–9 or Ctrl+K to tag them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>%n document(s) could not be imported cleanly:</source>
        <translation>
            <numerusform>%Ln document could not be imported cleanly:</numerusform>
            <numerusform>%Ln documents could not be imported cleanly:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MissingSourcesDialog</name>
    <message numerus="yes">
        <location filename="../../annotator/gui/attach_saved_page.py" line="+121"/>
        <source>%s (tried %n time(s))</source>
        <translation>
            <numerusform>%s (tried once)</numerusform>
            <numerusform>%s (tried %Ln times)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message numerus="yes">
        <location filename="../../annotator/gui/panels/search.py" line="+340"/>
        <source>%n hits in 1 document</source>
        <translation>
            <numerusform>%Ln hit in 1 document</numerusform>
            <numerusform>%Ln hits in 1 document</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n hits in %1 documents</source>
        <translation>
            <numerusform>%Ln hit in %1 documents</numerusform>
            <numerusform>%Ln hits in %1 documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>(showing the first %n)</source>
        <translation>
            <numerusform>(showing the first)</numerusform>
            <numerusform>(showing the first %Ln)</numerusform>
        </translation>
    </message>
</context>
</TS>
