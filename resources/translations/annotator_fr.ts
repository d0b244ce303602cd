<?xml version='1.0' encoding='UTF-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name/>
    <message>
        <location filename="../../annotator/gui/duplicate_question.py" line="+29"/>
        <source>Same text as another document</source>
        <translation>Même texte qu'un autre document</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” has the same text as “%2”, already in the project: it looks like a copy of the same document saved again.</source>
        <translation>« %1 » a le même texte que « %2 », déjà dans le projet : cela ressemble à une copie du même document enregistrée à nouveau.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Its highlights would be counted twice in the analysis.</source>
        <translation>Ses surlignages seraient comptés deux fois dans l'analyse.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skip this copy</source>
        <translation>Ignorer cette copie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep both</source>
        <translation>Garder les deux</translation>
    </message>
</context>
<context>
    <name>Analysis</name>
    <message>
        <location filename="../../annotator/gui/analysis/export.py" line="+19"/>
        <source>CSV table (*.csv)</source>
        <translation>Tableau CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export table</source>
        <translation>Exporter le tableau</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SVG drawing (*.svg)</source>
        <translation>Dessin SVG (*.svg)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save chart</source>
        <translation>Enregistrer le graphique</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot save</source>
        <translation>Enregistrement impossible</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/analysis/labels.py" line="+25"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(no site)</source>
        <translation>(sans site)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Concept</source>
        <translation>Concept</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passages</source>
        <translation>Passages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Characters coded</source>
        <translation>Caractères codés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of text</source>
        <translation>Part du texte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both</source>
        <translation>Les deux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neither</source>
        <translation>Aucun des deux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement</source>
        <translation>Accord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kappa</source>
        <translation>Kappa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overlap of coded text</source>
        <translation>Recouvrement du texte codé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Coded by %1</source>
        <translation>Codé par %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 only</source>
        <translation>%1 seulement</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>(no value)</source>
        <translation>(sans valeur)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>All concepts</source>
        <translation>Tous les concepts</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not defined</source>
        <translation>non défini</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>poor</source>
        <translation>médiocre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>slight</source>
        <translation>faible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fair</source>
        <translation>passable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>moderate</source>
        <translation>modéré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>substantial</source>
        <translation>important</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>almost perfect</source>
        <translation>presque parfait</translation>
    </message>
</context>
<context>
    <name>AnalysisWindow</name>
    <message>
        <location filename="../../annotator/gui/analysis/window.py" line="+58"/>
        <source>Analysis — %1</source>
        <translation>Analyse — %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Frequencies</source>
        <translation>Fréquences</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co-occurrence</source>
        <translation>Cooccurrences</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coders</source>
        <translation>Codeurs</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Computing…</source>
        <translation>Calcul en cours…</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 documents, %2 passages, %3 concepts shown</source>
        <translation>%1 documents, %2 passages, %3 concepts affichés</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot compute: %1</source>
        <translation>Calcul impossible : %1</translation>
    </message>
</context>
<context>
    <name>AnnotationDelegate</name>
    <message>
        <location filename="../../annotator/gui/panels/annotation_delegate.py" line="+444"/>
        <source>no concept</source>
        <translation>sans concept</translation>
    </message>
</context>
<context>
    <name>AnnotationsPanel</name>
    <message>
        <location filename="../../annotator/gui/panels/annotations.py" line="+65"/>
        <source>Highlights</source>
        <translation>Surlignages</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Highlights of this document</source>
        <translation>Surlignages de ce document</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter shows the passage in the reader, Ctrl+M edits its memo, Delete removes it; each row names its concepts</source>
        <translation>Entrée affiche le passage dans la zone de lecture, Ctrl+M modifie son mémo, Suppr le supprime ; chaque ligne nomme ses concepts</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Add or remove concepts on this highlight</source>
        <translation>Ajouter ou retirer des concepts sur ce surlignage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Concepts of this highlight</source>
        <translation>Concepts de ce surlignage</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete this highlight (Delete; undo with Ctrl+Z)</source>
        <translation>Supprimer ce surlignage (Suppr ; annuler avec Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+71"/>
        <source>Delete highlight</source>
        <translation>Supprimer le surlignage</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Edit memo</source>
        <translation>Modifier le mémo</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>Open a document to see its highlights here.</source>
        <translation>Ouvrez un document pour voir ici ses surlignages.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No highlights yet — select text and press a concept's number key, or Ctrl+K</source>
        <translation>Aucun surlignage pour l'instant — sélectionnez du texte et appuyez sur le chiffre d'un concept, ou sur Ctrl+K</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1 highlight</source>
        <translation>1 surlignage</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n highlights</source>
        <translation>
            <numerusform>%Ln surlignage</numerusform>
            <numerusform>%Ln surlignages</numerusform>
        </translation>
    </message>
    <message>
        <location line="+97"/>
        <source>No concepts yet</source>
        <translation>Aucun concept pour l'instant</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../annotator/gui/app.py" line="+86"/>
        <source>Something went wrong: %s</source>
        <translation>Un problème est survenu : %s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your work is saved. Details were written to %s</source>
        <translation>Votre travail est enregistré. Les détails ont été écrits dans %s</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Preparing the demo project…</source>
        <translation>Préparation du projet de démonstration…</translation>
    </message>
</context>
<context>
    <name>AutocodeDialog</name>
    <message>
        <location filename="../../annotator/gui/autocode_dialog.py" line="+45"/>
        <source>Autocode</source>
        <translation>Codage automatique</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>words, "a phrase", prefix*</source>
        <translation>mots, "une expression", préfixe*</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find</source>
        <translation>&amp;Chercher</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Concept</source>
        <translation>Concept</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Passage coded</source>
        <translation>Passage codé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the words found</source>
        <translation>les mots trouvés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>their sentence</source>
        <translation>leur phrase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>their paragraph</source>
        <translation>leur paragraphe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All documents</source>
        <translation>Tous les documents</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This document: %1</source>
        <translation>Ce document : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Search:</source>
        <translation>&amp;Recherche :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Concept:</source>
        <translation>&amp;Concept :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ode:</source>
        <translation>C&amp;oder :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;In:</source>
        <translation>&amp;Dans :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passages found</source>
        <translation>Passages trouvés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Passage</source>
        <translation>Passage</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Code</source>
        <translation>Coder</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Type a search and choose a concept.</source>
        <translation>Saisissez une recherche et choisissez un concept.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The codebook is empty: add a concept first.</source>
        <translation>La grille de codage est vide : ajoutez d'abord un concept.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Already coded with this concept</source>
        <translation>Déjà codé avec ce concept</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 passages found in %2 documents; %3 already carry the concept.</source>
        <translation>%1 passages trouvés dans %2 documents ; %3 portent déjà le concept.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Code %1 passages</source>
        <translation>Coder %1 passages</translation>
    </message>
</context>
<context>
    <name>ChartsTab</name>
    <message>
        <location filename="../../annotator/gui/analysis/charts_tab.py" line="+41"/>
        <source>Chart</source>
        <translation>Graphique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Concept frequencies</source>
        <translation>Fréquences des concepts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Concepts that go together</source>
        <translation>Concepts qui vont ensemble</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Figure</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passages</source>
        <translation>Passages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of text covered</source>
        <translation>Part du texte couverte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bars</source>
        <translation>Barres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All documents together</source>
        <translation>Tous les documents ensemble</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One bar per kind of document</source>
        <translation>Une barre par type de document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One bar per site</source>
        <translation>Une barre par site</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save image…</source>
        <translation>Enregistrer l'image…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the chart as a PNG image or an SVG drawing</source>
        <translation>Enregistrer le graphique en image PNG ou en dessin SVG</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Concepts that go together: passage pairs (%1)</source>
        <translation>Concepts qui vont ensemble : paires de passages (%1)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Share of text covered by each concept</source>
        <translation>Part du texte couverte par chaque concept</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passages per concept</source>
        <translation>Passages par concept</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>All documents</source>
        <translation>Tous les documents</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>concept frequencies</source>
        <translation>fréquences des concepts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>co-occurrence</source>
        <translation>cooccurrences</translation>
    </message>
</context>
<context>
    <name>CheckList</name>
    <message>
        <location filename="../../annotator/gui/analysis/check_list.py" line="+42"/>
        <source>All</source>
        <translation>Tout</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>all</source>
        <translation>tous</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>CodebookTableImport</name>
    <message>
        <location filename="../../annotator/gui/codebook_table_import.py" line="+35"/>
        <source>Import a codebook table</source>
        <translation>Importer un tableau de grille de codage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Codebook tables (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Tableaux de grille de codage (*.csv *.tsv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Codebook import failed</source>
        <translation>Échec de l'importation de la grille de codage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not import %s. Nothing was changed in the project.</source>
        <translation>Impossible d'importer %s. Rien n'a été modifié dans le projet.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Codebook import</source>
        <translation>Importation de la grille de codage</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This import cannot be undone with Edit ▸ Undo, and the edits made before it can no longer be undone either.</source>
        <translation>Cette importation ne peut pas être annulée avec Édition ▸ Annuler, et les modifications faites avant elle ne peuvent plus l'être non plus.</translation>
    </message>
</context>
<context>
    <name>CoderNameBar</name>
    <message>
        <location filename="../../annotator/gui/coder_name.py" line="+45"/>
        <source>Coder name</source>
        <translation>Nom du codeur</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Your name or initials</source>
        <translation>Votre nom ou vos initiales</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign my highlights</source>
        <translation>Signer mes surlignages</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep this name (Edit ▸ Preferences changes it)</source>
        <translation>Garder ce nom (Édition ▸ Préférences permet de le changer)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Your highlights are signed “%1”, your login. Which name or initials should they carry? (Coders are told apart by it.)</source>
        <translation>Vos surlignages sont signés « %1 », votre identifiant. Quel nom ou quelles initiales doivent-ils porter ? (C'est ce qui distingue les codeurs.)</translation>
    </message>
</context>
<context>
    <name>CodersTab</name>
    <message>
        <location filename="../../annotator/gui/analysis/coders_tab.py" line="+42"/>
        <source>First coder</source>
        <translation>Premier codeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Second coder</source>
        <translation>Second codeur</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Counted character by character over the documents both coders worked on, as MAXQDA and QualCoder do: for each concept, every character is coded or not by each coder. Agreement is the share of characters where they agree; kappa removes the agreement expected by chance (1 = perfect, 0 = chance, below 0 = worse than chance).</source>
        <translation>Calculé caractère par caractère sur les documents traités par les deux codeurs, comme le font MAXQDA et QualCoder : pour chaque concept, chaque caractère est codé ou non par chaque codeur. L'accord est la part des caractères sur lesquels ils s'accordent ; le kappa retire l'accord attendu par hasard (1 = parfait, 0 = hasard, moins de 0 = pire que le hasard).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Agreement by concept</source>
        <translation>Accord par concept</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>coder agreement</source>
        <translation>accord entre codeurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where they differ</source>
        <translation>Là où ils divergent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>disagreements</source>
        <translation>désaccords</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Click a coder's passage to open it in the main window</source>
        <translation>Cliquez sur le passage d'un codeur pour l'ouvrir dans la fenêtre principale</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>with</source>
        <translation>avec</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>coded as:</source>
        <translation>codé comme :</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Agreement needs passages by two different coders. Merge another coder's copy of the project (annotator merge) or choose two coders above.</source>
        <translation>L'accord demande des passages codés par deux codeurs différents. Fusionnez la copie du projet d'un autre codeur (annotator merge) ou choisissez deux codeurs ci-dessus.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Krippendorff's alpha over all concepts: &lt;b&gt;%1&lt;/b&gt; (%2). It compares where each coder's passages begin and end, discounting what chance would give: 1 = the same passages, 0 = no better than chance; 0.80 is the usual threshold, 0.67 the least for tentative conclusions.</source>
        <translation>Alpha de Krippendorff sur l'ensemble des concepts : &lt;b&gt;%1&lt;/b&gt; (%2). Il compare où commencent et finissent les passages de chaque codeur, en retranchant ce que donnerait le hasard : 1 = les mêmes passages, 0 = pas mieux que le hasard ; 0,80 est le seuil habituel, 0,67 le minimum pour des conclusions provisoires.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Alpha (unitized)</source>
        <translation>Alpha (unitisé)</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>&lt;b&gt;%1&lt;/b&gt; and &lt;b&gt;%2&lt;/b&gt; both coded &lt;b&gt;%3&lt;/b&gt; of %4 documents. Over all concepts, kappa is &lt;b&gt;%6&lt;/b&gt; (%7): it discounts agreement by chance, whereas the raw agreement of %5 also counts the text neither coded, so it stays high even when the coders seldom tag the same passages. Of the text either coded, they coded &lt;b&gt;%9&lt;/b&gt; alike; %8 stretches differ.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; et &lt;b&gt;%2&lt;/b&gt; ont tous deux codé &lt;b&gt;%3&lt;/b&gt; documents sur %4. Sur l'ensemble des concepts, le kappa vaut &lt;b&gt;%6&lt;/b&gt; (%7) : il retranche l'accord dû au hasard, alors que l'accord brut de %5 compte aussi le texte que personne n'a codé, et reste donc élevé même quand les codeurs surlignent rarement les mêmes passages. Du texte codé par l'un ou l'autre, ils ont codé &lt;b&gt;%9&lt;/b&gt; de la même façon ; %8 segments diffèrent.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>reliable</source>
        <translation>fiable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tentative conclusions only</source>
        <translation>conclusions provisoires seulement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not reliable</source>
        <translation>pas fiable</translation>
    </message>
</context>
<context>
    <name>CodingController</name>
    <message>
        <location filename="../../annotator/gui/coding.py" line="+47"/>
        <source>Tagged “%s”</source>
        <translation>Codé « %s »</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Removed “%s” from the current highlight</source>
        <translation>« %s » retiré du surlignage courant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added “%s” to the current highlight</source>
        <translation>« %s » ajouté au surlignage courant</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select a passage first, then press a concept's number or Ctrl+K</source>
        <translation>Sélectionnez d'abord un passage, puis appuyez sur le chiffre d'un concept ou sur Ctrl+K</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No concept has the key %d yet</source>
        <translation>Aucun concept n'a encore la touche %d</translation>
    </message>
</context>
<context>
    <name>CollectionImportDialog</name>
    <message>
        <location filename="../../annotator/gui/collection_progress.py" line="+96"/>
        <source>Importing a collection</source>
        <translation>Importation d'une collection</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Importing %n link(s)</source>
        <translation>
            <numerusform>Importation de %Ln lien</numerusform>
            <numerusform>Importation de %Ln liens</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Progress of the collection import</source>
        <translation>Avancement de l'importation de la collection</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Links being imported</source>
        <translation>Liens en cours d'importation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+87"/>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>Stop; what is already imported is kept</source>
        <translation>Arrêter ; ce qui est déjà importé est conservé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Missing sources…</source>
        <translation>&amp;Sources manquantes…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attach a saved copy of each page that could not be downloaded</source>
        <translation>Joindre une copie enregistrée de chaque page qui n'a pas pu être téléchargée</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Downloading…</source>
        <translation>Téléchargement…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trying again: %s</source>
        <translation>Nouvel essai : %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported</source>
        <translation>Importé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already in the project (same content)</source>
        <translation>Déjà dans le projet (même contenu)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listed twice</source>
        <translation>Listé deux fois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already in the project</source>
        <translation>Déjà dans le projet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed: %s</source>
        <translation>Échec : %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>%n imported</source>
        <translation>
            <numerusform>%Ln importé</numerusform>
            <numerusform>%Ln importés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n already in the project</source>
        <translation>
            <numerusform>%Ln déjà dans le projet</numerusform>
            <numerusform>%Ln déjà dans le projet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%Ln en échec</numerusform>
            <numerusform>%Ln en échec</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n cancelled</source>
        <translation>
            <numerusform>%Ln annulé</numerusform>
            <numerusform>%Ln annulés</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pages that could not be downloaded are kept as missing sources: open each one in your browser, save it (File ▸ Save page as…), then attach it with “Missing sources…”.</source>
        <translation>Les pages qui n'ont pas pu être téléchargées sont gardées comme sources manquantes : ouvrez chacune dans votre navigateur, enregistrez-la (Fichier ▸ Enregistrer la page sous…), puis joignez-la avec « Sources manquantes… ».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import the same collection again to go on where it stopped.</source>
        <translation>Importez à nouveau la même collection pour reprendre là où elle s'est arrêtée.</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../../annotator/gui/commands.py" line="+99"/>
        <location line="+65"/>
        <source>Highlight passage</source>
        <translation>Surligner le passage</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Autocode %1 passages</source>
        <translation>Codage automatique de %1 passages</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Delete highlight</source>
        <translation>Supprimer le surlignage</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Edit memo</source>
        <translation>Modifier le mémo</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Change concepts</source>
        <translation>Changer les concepts</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Create concept “%1”</source>
        <translation>Créer le concept « %1 »</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Move concept</source>
        <translation>Déplacer le concept</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Delete concept</source>
        <translation>Supprimer le concept</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Merge concepts</source>
        <translation>Fusionner les concepts</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Remove document</source>
        <translation>Retirer le document</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Import %1</source>
        <translation>Importer %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Edit document properties</source>
        <translation>Modifier les propriétés du document</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/editor.py" line="+175"/>
        <source>Remove concept</source>
        <translation>Retirer le concept</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add concept</source>
        <translation>Ajouter le concept</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Rename concept</source>
        <translation>Renommer le concept</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change colour</source>
        <translation>Changer la couleur</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Edit description</source>
        <translation>Modifier la description</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Change key</source>
        <translation>Changer la touche</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/variable_commands.py" line="+19"/>
        <source>Set document variable</source>
        <translation>Modifier une variable de document</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>New variable %1</source>
        <translation>Nouvelle variable %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Remove variable</source>
        <translation>Supprimer la variable</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Import variables from %1</source>
        <translation>Importer les variables de %1</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/set_commands.py" line="+19"/>
        <source>New set %1</source>
        <translation>Nouvel ensemble %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Add to set %1</source>
        <translation>Ajout à l'ensemble %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove from set %1</source>
        <translation>Retrait de l'ensemble %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Rename set %1</source>
        <translation>Renommer l'ensemble %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Delete set %1</source>
        <translation>Supprimer l'ensemble %1</translation>
    </message>
</context>
<context>
    <name>ConceptChooser</name>
    <message>
        <location filename="../../annotator/gui/export_pickers.py" line="+276"/>
        <source>Concepts</source>
        <translation>Concepts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All concepts, and highlights without a concept</source>
        <translation>Tous les concepts, et les surlignages sans concept</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only highlights with the ticked concepts:</source>
        <translation>Seulement les surlignages portant les concepts cochés :</translation>
    </message>
</context>
<context>
    <name>ConceptPicker</name>
    <message>
        <location filename="../../annotator/gui/panels/concept_picker.py" line="+54"/>
        <source>Apply Concept</source>
        <translation>Appliquer un concept</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Type to find or create a concept</source>
        <translation>Tapez pour trouver ou créer un concept</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type to find a concept</source>
        <translation>Tapez pour trouver un concept</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Concept name</source>
        <translation>Nom du concept</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Matching concepts</source>
        <translation>Concepts correspondants</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>↑ ↓ to choose · Enter to apply · Esc to cancel</source>
        <translation>↑ ↓ pour choisir · Entrée pour appliquer · Échap pour annuler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No concepts yet: type a name and press Enter to create one.</source>
        <translation>Aucun concept pour l'instant : tapez un nom et appuyez sur Entrée pour en créer un.</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Key {digit} applies this concept in the reader</source>
        <translation>La touche {digit} applique ce concept dans la zone de lecture</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Concept names cannot contain “/”</source>
        <translation>Un nom de concept ne peut pas contenir « / »</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create concept «{name}»</source>
        <translation>Créer le concept « {name} »</translation>
    </message>
</context>
<context>
    <name>ConceptTreeModel</name>
    <message>
        <location filename="../../annotator/gui/panels/concept_tree_model.py" line="+194"/>
        <source>used by {count}</source>
        <translation>utilisé par {count}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>key {digit}</source>
        <translation>touche {digit}</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Used by %n annotation</source>
        <translation>
            <numerusform>Utilisé par %Ln surlignage</numerusform>
            <numerusform>Utilisé par %Ln surlignages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Used by %n annotations</source>
        <translation>
            <numerusform>Utilisé par %Ln surlignage</numerusform>
            <numerusform>Utilisé par %Ln surlignages</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>key {digit} applies it</source>
        <translation>la touche {digit} l'applique</translation>
    </message>
</context>
<context>
    <name>ConceptView</name>
    <message>
        <location filename="../../annotator/gui/panels/concept_view.py" line="+89"/>
        <source>Passages by concept</source>
        <translation>Passages par concept</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Concept</source>
        <translation>Concept</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The concept whose passages are listed</source>
        <translation>Le concept dont les passages sont listés</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Include sub-concepts</source>
        <translation>Inclure les sous-concepts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also list passages tagged with a sub-concept</source>
        <translation>Lister aussi les passages codés avec un sous-concept</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Passages</source>
        <translation>Passages</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter opens the passage in the reader; Ctrl+C copies the selected passages</source>
        <translation>Entrée ouvre le passage dans la zone de lecture ; Ctrl+C copie les passages sélectionnés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click or press Enter to open a passage; Ctrl+C copies the selected passages</source>
        <translation>Cliquez ou appuyez sur Entrée pour ouvrir un passage ; Ctrl+C copie les passages sélectionnés</translation>
    </message>
    <message>
        <location line="+283"/>
        <source>No concepts yet. Create concepts in the codebook, tag passages with them, and find them all here.</source>
        <translation>Aucun concept pour l'instant. Créez des concepts dans la grille de codage, codez des passages avec eux, et retrouvez-les tous ici.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No passages tagged with “%1” yet.</source>
        <translation>Aucun passage codé avec « %1 » pour l'instant.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>1 passage in 1 document</source>
        <translation>1 passage dans 1 document</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n passages in 1 document</source>
        <translation>
            <numerusform>%Ln passage dans 1 document</numerusform>
            <numerusform>%Ln passages dans 1 document</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n passages in %1 documents</source>
        <translation>
            <numerusform>%Ln passage dans %1 documents</numerusform>
            <numerusform>%Ln passages dans %1 documents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConceptsPanel</name>
    <message>
        <location filename="../../annotator/gui/panels/concepts.py" line="+49"/>
        <source>Concepts</source>
        <translation>Concepts</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;p&gt;&lt;b&gt;No concepts yet&lt;/b&gt;&lt;/p&gt;&lt;p&gt;&lt;a href="new"&gt;Create a concept&lt;/a&gt; (Ctrl+Shift+N), or select a passage and make a concept from it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Aucun concept pour l'instant&lt;/b&gt;&lt;/p&gt;&lt;p&gt;&lt;a href="new"&gt;Créer un concept&lt;/a&gt; (Ctrl+Maj+N), ou sélectionnez un passage et faites-en un concept.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Concept actions</source>
        <translation>Actions sur les concepts</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Concept tree</source>
        <translation>Arbre des concepts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter applies the concept to the selected passage; F2 renames it; the number keys 1 to 9 apply the concepts that have them</source>
        <translation>Entrée applique le concept au passage sélectionné ; F2 le renomme ; les touches 1 à 9 appliquent les concepts qui en ont une</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>New Concept</source>
        <translation>Nouveau concept</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New Sub-concept</source>
        <translation>Nouveau sous-concept</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colour…</source>
        <translation>Couleur…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description…</source>
        <translation>Description…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge Into…</source>
        <translation>Fusionner dans…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New top-level concept (Ctrl+Shift+N or Insert)</source>
        <translation>Nouveau concept de premier niveau (Ctrl+Maj+N ou Inser)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New sub-concept of the selected concept</source>
        <translation>Nouveau sous-concept du concept sélectionné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename the selected concept (F2)</source>
        <translation>Renommer le concept sélectionné (F2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the colour of the selected concept</source>
        <translation>Changer la couleur du concept sélectionné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write what the selected concept means</source>
        <translation>Écrire ce que signifie le concept sélectionné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected concept's passages and sub-concepts into another concept, then delete it</source>
        <translation>Déplacer les passages et sous-concepts du concept sélectionné dans un autre concept, puis le supprimer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the selected concept and its sub-concepts (Del)</source>
        <translation>Supprimer le concept sélectionné et ses sous-concepts (Suppr)</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>New concept</source>
        <translation>Nouveau concept</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>New sub-concept</source>
        <translation>Nouveau sous-concept</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Colour of «{name}»</source>
        <translation>Couleur de « {name} »</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Description of «{name}»</source>
        <translation>Description de « {name} »</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What this concept means, and when to apply it:</source>
        <translation>Ce que ce concept signifie, et quand l'appliquer :</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels/concept_edits.py" line="+56"/>
        <location filename="../../annotator/gui/panels/concepts.py" line="+11"/>
        <source>No key</source>
        <translation>Aucune touche</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels/concepts.py" line="+4"/>
        <source>Key of «{name}»</source>
        <translation>Touche de « {name} »</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number key that applies this concept to the selected passage:</source>
        <translation>Touche numérique qui applique ce concept au passage sélectionné :</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Merge «{name}» Into</source>
        <translation>Fusionner « {name} » dans</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Delete Concept</source>
        <translation>Supprimer le concept</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Delete «{name}»?</source>
        <translation>Supprimer « {name} » ?</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Delete «{name}» and its %n sub-concept?</source>
        <translation>
            <numerusform>Supprimer « {name} » et son sous-concept ?</numerusform>
            <numerusform>Supprimer « {name} » et ses %Ln sous-concepts ?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Delete «{name}» and its %n sub-concepts?</source>
        <translation>
            <numerusform>Supprimer « {name} » et son sous-concept ?</numerusform>
            <numerusform>Supprimer « {name} » et ses %Ln sous-concepts ?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No annotation uses it.</source>
        <translation>Aucun surlignage ne l'utilise.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>It is used by %n annotation; it keeps its other concepts.</source>
        <translation>
            <numerusform>Il est utilisé par %Ln surlignage ; celui-ci garde ses autres concepts.</numerusform>
            <numerusform>Il est utilisé par %Ln surlignages ; ceux-ci gardent leurs autres concepts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>It is used by %n annotations; they keep their other concepts.</source>
        <translation>
            <numerusform>Il est utilisé par %Ln surlignage ; celui-ci garde ses autres concepts.</numerusform>
            <numerusform>Il est utilisé par %Ln surlignages ; ceux-ci gardent leurs autres concepts.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You can undo this with Edit ▸ Undo.</source>
        <translation>Vous pourrez l'annuler avec Édition ▸ Annuler.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Number Key…</source>
        <translation>Touche numérique…</translation>
    </message>
</context>
<context>
    <name>ConflictQuestion</name>
    <message>
        <location filename="../../annotator/gui/conflict_question.py" line="+33"/>
        <source>Their version: %1</source>
        <translation>Sa version : %1</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Changed while you were editing</source>
        <translation>Modifié pendant votre saisie</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Keep yours: it replaces theirs, which Edit ▸ Undo brings back. Take theirs: yours is copied to the clipboard.</source>
        <translation>Garder la vôtre : elle remplace la sienne, qu'Édition ▸ Annuler rétablit. Prendre la sienne : la vôtre est copiée dans le presse-papiers.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your version:
%1

Their version:
%2</source>
        <translation>Votre version :
%1

Sa version :
%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep mine</source>
        <translation>Garder la mienne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take theirs</source>
        <translation>Prendre la sienne</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 changed the memo of “%2” at %3 while you were editing it.</source>
        <translation>%1 a modifié le mémo de « %2 » à %3 pendant que vous le modifiiez.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The memo of “%1” was changed elsewhere (in another window or program) at %2 while you were editing it.</source>
        <translation>Le mémo de « %1 » a été modifié ailleurs (dans une autre fenêtre ou un autre programme) à %2 pendant que vous le modifiiez.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The memo of “%1” was changed elsewhere (in another window or program) while you were editing it.</source>
        <translation>Le mémo de « %1 » a été modifié ailleurs (dans une autre fenêtre ou un autre programme) pendant que vous le modifiiez.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 changed the concept “%2” at %3 while you were editing it.</source>
        <translation>%1 a modifié le concept « %2 » à %3 pendant que vous le modifiiez.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The concept “%1” was changed elsewhere (in another window or program) while you were editing it.</source>
        <translation>Le concept « %1 » a été modifié ailleurs (dans une autre fenêtre ou un autre programme) pendant que vous le modifiiez.</translation>
    </message>
</context>
<context>
    <name>CooccurrenceTab</name>
    <message>
        <location filename="../../annotator/gui/analysis/cooccurrence_tab.py" line="+58"/>
        <source>Concepts that go together</source>
        <translation>Concepts qui vont ensemble</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>co-occurrence</source>
        <translation>cooccurrences</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When passages go together</source>
        <translation>Quand des passages vont ensemble</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passages overlap</source>
        <translation>Passages qui se recouvrent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passages within</source>
        <translation>Passages à moins de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Same paragraph</source>
        <translation>Même paragraphe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two concepts go together when one passage carries both, or when their passages overlap, lie close together or share a paragraph</source>
        <translation>Deux concepts vont ensemble quand un passage porte les deux, ou quand leurs passages se recouvrent, sont proches ou partagent un paragraphe</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> characters</source>
        <translation> caractères</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Distance</source>
        <translation>Distance</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Passages behind the chosen figure</source>
        <translation>Passages derrière la valeur choisie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passage</source>
        <translation>Passage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Concept</source>
        <translation>Concept</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Click or press Enter on a passage to open it</source>
        <translation>Cliquez ou appuyez sur Entrée sur un passage pour l'ouvrir</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>passages within %1 characters</source>
        <translation>passages à moins de %1 caractères</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>passages in the same paragraph</source>
        <translation>passages dans le même paragraphe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>overlapping passages</source>
        <translation>passages qui se recouvrent</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Click a figure of the table to read the passages behind it.</source>
        <translation>Cliquez sur une valeur du tableau pour lire les passages qui la composent.</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n passage pair(s) for %1 and %2</source>
        <translation>
            <numerusform>%Ln paire de passages pour %1 et %2</numerusform>
            <numerusform>%Ln paires de passages pour %1 et %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(the first %1 are listed)</source>
        <translation>(les %1 premières sont listées)</translation>
    </message>
</context>
<context>
    <name>CrashLog</name>
    <message>
        <location filename="../../annotator/gui/crash_log.py" line="+74"/>
        <source>%s closed unexpectedly last time. Your work is saved.</source>
        <translation>%s s'est fermé de façon inattendue la dernière fois. Votre travail est enregistré.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A report was written in %s (crash.log). If this happens again, please send that file with a few words on what you were doing.</source>
        <translation>Un rapport a été écrit dans %s (crash.log). Si cela se reproduit, merci d'envoyer ce fichier avec quelques mots sur ce que vous faisiez.</translation>
    </message>
</context>
<context>
    <name>DocumentChooser</name>
    <message>
        <location filename="../../annotator/gui/export_pickers.py" line="-55"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All documents (%d)</source>
        <translation>Tous les documents (%d)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the ticked documents:</source>
        <translation>Seulement les documents cochés :</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%s — %d highlights</source>
        <translation>%s — %d surlignages</translation>
    </message>
</context>
<context>
    <name>DocumentPropertiesDialog</name>
    <message>
        <location filename="../../annotator/gui/document_properties.py" line="+29"/>
        <source>Document Properties</source>
        <translation>Propriétés du document</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 2024-03-15</source>
        <translation>p. ex. 2024-03-15</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source address</source>
        <translation>Adresse de la source</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Document memo</source>
        <translation>Mémo du document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What this document is, why it matters…</source>
        <translation>Ce qu'est ce document, pourquoi il compte…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Author:</source>
        <translation>&amp;Auteur :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date:</source>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source &amp;address:</source>
        <translation>&amp;Adresse de la source :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Memo:</source>
        <translation>&amp;Mémo :</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Import</source>
        <translation>Importation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Web page</source>
        <translation>Page web</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind:</source>
        <translation>Type :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From:</source>
        <translation>Provenance :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported:</source>
        <translation>Importé le :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Characters:</source>
        <translation>Caractères :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pages:</source>
        <translation>Pages :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OCR:</source>
        <translation>OCR :</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n page(s) read by OCR (%1)</source>
        <translation>
            <numerusform>%n page lue par OCR (%1)</numerusform>
            <numerusform>%n pages lues par OCR (%1)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Warnings:</source>
        <translation>Avertissements :</translation>
    </message>
</context>
<context>
    <name>DocumentTableModel</name>
    <message>
        <location filename="../../annotator/gui/panels/library_model.py" line="+114"/>
        <source>Document variable “%1” (%2): a double click or F2 edits a value</source>
        <translation>Variable de document « %1 » (%2) : double-cliquez sur une valeur ou appuyez sur F2 pour la modifier</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Site / author</source>
        <translation>Site / auteur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Document title</source>
        <translation>Titre du document</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Web site and author</source>
        <translation>Site web et auteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of annotations</source>
        <translation>Nombre de surlignages</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Number of PDF pages</source>
        <translation>Nombre de pages du PDF</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Web page</source>
        <translation>Page web</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
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
            <numerusform>%Ln surlignage</numerusform>
            <numerusform>%Ln surlignages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n annotations</source>
        <translation>
            <numerusform>%Ln surlignage</numerusform>
            <numerusform>%Ln surlignages</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Text read by OCR (%1) on page(s) %2, mean word confidence %3%</source>
        <translation>Texte lu par OCR (%1) en page(s) %2, confiance moyenne des mots %3 %</translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <location filename="../../annotator/gui/editor.py" line="-137"/>
        <source>This project is open read-only: your changes cannot be saved. Use “Save a copy…” to work on a copy.</source>
        <translation>Ce projet est ouvert en lecture seule : vos modifications ne peuvent pas être enregistrées. Utilisez « Enregistrer une copie… » pour travailler sur une copie.</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <location filename="../../annotator/gui/export_controller.py" line="+135"/>
        <source>Export to %s</source>
        <translation>Exporter vers %s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exporting to %s…</source>
        <translation>Exportation vers %s…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Export finished</source>
        <translation>Exportation terminée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The export is saved in %s</source>
        <translation>L'exportation est enregistrée dans %s</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open file</source>
        <translation>Ouvrir le fichier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exported to %s</source>
        <translation>Exporté vers %s</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export failed</source>
        <translation>Échec de l'exportation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not export to %s.</source>
        <translation>Impossible d'exporter vers %s.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export to %s cancelled: nothing was written</source>
        <translation>Exportation vers %s annulée : rien n'a été écrit</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../annotator/gui/export_dialog.py" line="+81"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Keep every cell exactly as stored (no ' before text a spreadsheet would run as a formula)</source>
        <translation>Garder chaque cellule telle qu'enregistrée (pas de ' devant un texte qu'un tableur exécuterait comme une formule)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only for a program that reads the file as data: a spreadsheet opening it could run a cell such as =HYPERLINK(…) as a formula.</source>
        <translation>Seulement pour un programme qui lit le fichier comme des données : un tableur qui l'ouvre pourrait exécuter une cellule comme =HYPERLINK(…) en formule.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export to</source>
        <translation>Exporter vers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+240"/>
        <source>&amp;Save as:</source>
        <translation>Enregistrer &amp;sous :</translation>
    </message>
    <message>
        <location line="-224"/>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/export_pickers.py" line="-190"/>
        <source>CSV table</source>
        <translation>Tableau CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For a spreadsheet or a statistics program: one row per passage and concept. Opens in Excel or LibreOffice with accents intact.</source>
        <translation>Pour un tableur ou un logiciel de statistiques : une ligne par passage et par concept. S'ouvre dans Excel ou LibreOffice avec les accents intacts.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Excel workbook</source>
        <translation>Classeur Excel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For Excel or LibreOffice: every passage on one sheet, and one sheet per top-level concept.</source>
        <translation>Pour Excel ou LibreOffice : tous les passages sur une feuille, et une feuille par concept de premier niveau.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>HTML report</source>
        <translation>Rapport HTML</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To read, print or send: the passages grouped by concept, on one page that opens in any web browser.</source>
        <translation>À lire, imprimer ou envoyer : les passages regroupés par concept, sur une page qui s'ouvre dans n'importe quel navigateur web.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Annotated PDFs</source>
        <translation>PDF annotés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A copy of each PDF with your highlights and memos, for any PDF reader. Written into a folder.</source>
        <translation>Une copie de chaque PDF avec vos surlignages et mémos, pour tout lecteur de PDF. Écrits dans un dossier.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Codebook table</source>
        <translation>Tableau de la grille de codage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your concepts as a table: path, description, colour, key, and how many passages and documents each has. CSV, or Excel if the name ends in .xlsx.</source>
        <translation>Vos concepts en tableau : chemin, description, couleur, touche, et le nombre de passages et de documents de chacun. CSV, ou Excel si le nom finit par .xlsx.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>IRaMuTeQ corpus</source>
        <translation>Corpus IRaMuTeQ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For lexical analysis in IRaMuTeQ: each coded passage as a text, with its concept, document and coder as starred variables.</source>
        <translation>Pour l'analyse lexicale dans IRaMuTeQ : chaque passage codé comme un texte, avec son concept, son document et son codeur en variables étoilées.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Web Annotations (JSON-LD)</source>
        <translation>Web Annotations (JSON-LD)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For developers and annotation tools: the W3C standard, with each quote and its position.</source>
        <translation>Pour les développeurs et les outils d'annotation : le standard du W3C, avec chaque citation et sa position.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>REFI-QDA project</source>
        <translation>Projet REFI-QDA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To continue in NVivo, ATLAS.ti, MAXQDA or QualCoder: the whole project, documents included.</source>
        <translation>Pour continuer dans NVivo, ATLAS.ti, MAXQDA ou QualCoder : le projet entier, documents compris.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>REFI-QDA codebook</source>
        <translation>Grille de codage REFI-QDA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your concepts alone, with colours and descriptions, for another QDA program or another project.</source>
        <translation>Vos concepts seuls, avec couleurs et descriptions, pour un autre logiciel d'analyse qualitative ou un autre projet.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/export_dialog.py" line="+64"/>
        <source>Separator:</source>
        <translation>Séparateur :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>comma</source>
        <translation>virgule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>semicolon</source>
        <translation>point-virgule</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>For NVivo: count positions in UTF-16 units, as NVivo does</source>
        <translation>Pour NVivo : compter les positions en unités UTF-16, comme NVivo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>NVivo counts an emoji as two characters; other programs count it as one. A file made for one puts passages after the first emoji on the wrong words in the other.</source>
        <translation>NVivo compte un émoji comme deux caractères ; les autres logiciels comme un seul. Un fichier fait pour l'un place, dans l'autre, les passages situés après le premier émoji sur les mauvais mots.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%s names are shared by several concepts (e.g. “%s”: %s): QualCoder needs unique names.</source>
        <translation>%s noms sont portés par plusieurs concepts (p. ex. « %s » : %s) : QualCoder exige des noms uniques.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Qualify the shared names as</source>
        <translation>Préciser les noms partagés sous la forme</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Parent/Child</source>
        <translation>Parent/Enfant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Child (Parent)</source>
        <translation>Enfant (Parent)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Folder for the annotated PDFs</source>
        <translation>Dossier des PDF annotés</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export as</source>
        <translation>Exporter sous</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>A REFI-QDA file always carries the whole project — every document, concept and highlight — so that another program can take over the work: the choices above do not apply.</source>
        <translation>Un fichier REFI-QDA contient toujours le projet entier — chaque document, concept et surlignage — pour qu'un autre logiciel puisse reprendre le travail : les choix ci-dessus ne s'appliquent pas.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only PDF documents are exported: one annotated copy of each, named after the document, in the folder below.</source>
        <translation>Seuls les documents PDF sont exportés : une copie annotée de chacun, nommée d'après le document, dans le dossier ci-dessous.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier :</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The format was changed to “%s” to match the extension %s.</source>
        <translation>Le format a été changé en « %s » pour correspondre à l'extension %s.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The export will be saved as %s.</source>
        <translation>L'export sera enregistré sous %s.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tick at least one document.</source>
        <translation>Cochez au moins un document.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tick at least one concept.</source>
        <translation>Cochez au moins un concept.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose where to save the export.</source>
        <translation>Choisissez où enregistrer l'exportation.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%s are written into a folder: give a folder name, without %s.</source>
        <translation>Les %s sont écrits dans un dossier : donnez un nom de dossier, sans %s.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A name ending in %s cannot hold a “%s” export. For “%s”, choose that format: they are written into a folder.</source>
        <translation>Un nom finissant par %s ne peut pas contenir un export « %s ». Pour des « %s », choisissez ce format : ils sont écrits dans un dossier.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%s is a file: annotated PDFs are written into a folder.</source>
        <translation>%s est un fichier : les PDF annotés sont écrits dans un dossier.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%s is a folder: give a file name.</source>
        <translation>%s est un dossier : donnez un nom de fichier.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The folder %s does not exist.</source>
        <translation>Le dossier %s n'existe pas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Replace the file?</source>
        <translation>Remplacer le fichier ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%s already exists. Replace it?</source>
        <translation>%s existe déjà. Le remplacer ?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot export there</source>
        <translation>Exportation impossible à cet endroit</translation>
    </message>
</context>
<context>
    <name>ExportRow</name>
    <message>
        <location filename="../../annotator/gui/export_controller.py" line="-155"/>
        <source>Exporting %s</source>
        <translation>Exportation de %s</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export progress of %s</source>
        <translation>Avancement de l'exportation de %s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel this export</source>
        <translation>Annuler cette exportation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel export of %s</source>
        <translation>Annuler l'exportation de %s</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../annotator/gui/analysis/filter_bar.py" line="+36"/>
        <source>Kinds</source>
        <translation>Types</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only documents of these kinds (PDF, web page, text)</source>
        <translation>Seulement les documents de ces types (PDF, page web, texte)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sites</source>
        <translation>Sites</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only documents from these sites</source>
        <translation>Seulement les documents de ces sites</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sets</source>
        <translation>Ensembles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the documents of these document sets</source>
        <translation>Seulement les documents de ces ensembles</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Variables</source>
        <translation>Variables</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only documents whose variables have the ticked values (for each variable, one of its ticked values)</source>
        <translation>Seulement les documents dont les variables ont les valeurs cochées (pour chaque variable, l'une de ses valeurs cochées)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Concepts</source>
        <translation>Concepts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only these concepts, in every table and chart</source>
        <translation>Seulement ces concepts, dans chaque tableau et graphique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coders</source>
        <translation>Codeurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only passages highlighted by these coders</source>
        <translation>Seulement les passages surlignés par ces codeurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only documents dated from this day (undated documents are left out)</source>
        <translation>Seulement les documents datés à partir de ce jour (les documents sans date sont écartés)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only documents dated up to this day (undated documents are left out)</source>
        <translation>Seulement les documents datés jusqu'à ce jour (les documents sans date sont écartés)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Include sub-concepts</source>
        <translation>Inclure les sous-concepts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Count passages of a sub-concept for its parent concept too</source>
        <translation>Compter aussi les passages d'un sous-concept pour son concept parent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show everything again</source>
        <translation>Tout afficher à nouveau</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Filters:</source>
        <translation>Filtres :</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>(unnamed)</source>
        <translation>(sans nom)</translation>
    </message>
</context>
<context>
    <name>FrequenciesTab</name>
    <message>
        <location filename="../../annotator/gui/analysis/frequencies_tab.py" line="+24"/>
        <source>Concepts</source>
        <translation>Concepts</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>concept frequencies</source>
        <translation>fréquences des concepts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Concepts by</source>
        <translation>Concepts par</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>concepts by document</source>
        <translation>concepts par document</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>document</source>
        <translation>document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kind of document</source>
        <translation>type de document</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>site</source>
        <translation>site</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Figures</source>
        <translation>Valeurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passages</source>
        <translation>Passages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of text covered</source>
        <translation>Part du texte couverte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of passages, or the share of the column's text that the concept's passages cover</source>
        <translation>Nombre de passages, ou part du texte de la colonne que couvrent les passages du concept</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>variable %1</source>
        <translation>variable %1</translation>
    </message>
</context>
<context>
    <name>Highlight</name>
    <message>
        <location filename="../../annotator/gui/viewers/base.py" line="+75"/>
        <source>no concept</source>
        <translation>sans concept</translation>
    </message>
</context>
<context>
    <name>HitDelegate</name>
    <message>
        <location filename="../../annotator/gui/panels/search.py" line="+113"/>
        <source>in memo</source>
        <translation>dans le mémo</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <location filename="../../annotator/gui/import_controller.py" line="+147"/>
        <source>%1: OCR page %2 of %3</source>
        <translation>%1 : OCR page %2 sur %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Import of %s cancelled</source>
        <translation>Importation de %s annulée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Importing %s…</source>
        <translation>Importation de %s…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Imported %s</source>
        <translation>%s importé</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%s is already in the project</source>
        <translation>%s est déjà dans le projet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The password given for %s is wrong. Enter it again:</source>
        <translation>Le mot de passe donné pour %s est erroné. Saisissez-le à nouveau :</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Password required</source>
        <translation>Mot de passe requis</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>%s is encrypted. Enter its password:</source>
        <translation>%s est chiffré. Saisissez son mot de passe :</translation>
    </message>
</context>
<context>
    <name>ImportProgressDialog</name>
    <message>
        <location filename="../../annotator/gui/refi_import_controller.py" line="+160"/>
        <source>REFI-QDA import</source>
        <translation>Importation REFI-QDA</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import progress</source>
        <translation>Avancement de l'importation</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Saving into the project…</source>
        <translation>Enregistrement dans le projet…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
</context>
<context>
    <name>JobRow</name>
    <message>
        <location filename="../../annotator/gui/import_controller.py" line="-123"/>
        <source>Import progress of %s</source>
        <translation>Avancement de l'importation de %s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel this import</source>
        <translation>Annuler cette importation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel import of %s</source>
        <translation>Annuler l'importation de %s</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>OCR page %1 of %2</source>
        <translation>OCR page %1 sur %2</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <location filename="../../annotator/gui/panels/library.py" line="+53"/>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter by title, site or author</source>
        <translation>Filtrer par titre, site ou auteur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter documents</source>
        <translation>Filtrer les documents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only documents whose title, site or author contain this text (Ctrl+F)</source>
        <translation>N'afficher que les documents dont le titre, le site ou l'auteur contient ce texte (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import PDFs or web pages (Ctrl+I)</source>
        <translation>Importer des PDF ou des pages web (Ctrl+I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import documents</source>
        <translation>Importer des documents</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Library status</source>
        <translation>État de la bibliothèque</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter opens the document; F2 edits its properties; Delete removes it from the project</source>
        <translation>Entrée ouvre le document ; F2 modifie ses propriétés ; Suppr le retire du projet</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>&lt;a href="import"&gt;Import PDFs or web pages&lt;/a&gt;</source>
        <translation>&lt;a href="import"&gt;Importer des PDF ou des pages web&lt;/a&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;&lt;b&gt;No documents yet&lt;/b&gt;&lt;/p&gt;&lt;p&gt;{import_link} (Ctrl+I)&lt;br&gt;or drop files here.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Aucun document pour l'instant&lt;/b&gt;&lt;/p&gt;&lt;p&gt;{import_link} (Ctrl+I)&lt;br&gt;ou déposez des fichiers ici.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This set has no documents yet.&lt;br&gt;&lt;a href="all"&gt;Show all documents&lt;/a&gt;</source>
        <translation>Cet ensemble n'a pas encore de documents.&lt;br&gt;&lt;a href="all"&gt;Afficher tous les documents&lt;/a&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No document matches “{text}”.&lt;br&gt;&lt;a href="clear"&gt;Clear the filter&lt;/a&gt;</source>
        <translation>Aucun document ne correspond à « {text} ».&lt;br&gt;&lt;a href="clear"&gt;Effacer le filtre&lt;/a&gt;</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Properties…</source>
        <translation>Propriétés…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove from Project…</source>
        <translation>Retirer du projet…</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Remove “{title}” from the project?</source>
        <translation>Retirer « {title} » du projet ?</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Its %n annotation will be removed with it.</source>
        <translation>
            <numerusform>Son surlignage sera retiré avec lui.</numerusform>
            <numerusform>Ses %Ln surlignages seront retirés avec lui.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Its %n annotations will be removed with it.</source>
        <translation>
            <numerusform>Son surlignage sera retiré avec lui.</numerusform>
            <numerusform>Ses %Ln surlignages seront retirés avec lui.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It has no annotations.</source>
        <translation>Il n'a aucun surlignage.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You can undo this with Edit ▸ Undo.</source>
        <translation>Vous pourrez l'annuler avec Édition ▸ Annuler.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove Document</source>
        <translation>Retirer le document</translation>
    </message>
</context>
<context>
    <name>LibraryVariables</name>
    <message>
        <location filename="../../annotator/gui/panels/library_variables.py" line="+57"/>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>number</source>
        <translation>nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes/no</source>
        <translation>oui/non</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>category</source>
        <translation>catégorie</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+41"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location line="-39"/>
        <location line="+40"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
</context>
<context>
    <name>LinkPickerDialog</name>
    <message>
        <location filename="../../annotator/gui/collection_dialog.py" line="+101"/>
        <source>Links of “%s”</source>
        <translation>Liens de « %s »</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This page links to %1 pages. The %2 that look like articles are ticked; the page's menus, sharing buttons and the site's own sections are not. Tick the links to import.</source>
        <translation>Cette page renvoie vers %1 pages. Les %2 qui ressemblent à des articles sont cochées ; les menus de la page, les boutons de partage et les rubriques du site ne le sont pas. Cochez les liens à importer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Filter by text or address</source>
        <translation>Filtrer par texte ou adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter links</source>
        <translation>Filtrer les liens</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Links of the page</source>
        <translation>Liens de la page</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link text</source>
        <translation>Texte du lien</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(no text)</source>
        <translation>(sans texte)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Select &amp;all</source>
        <translation>Tout co&amp;cher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick every link shown</source>
        <translation>Cocher tous les liens affichés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select &amp;none</source>
        <translation>Tout &amp;décocher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Untick every link shown</source>
        <translation>Décocher tous les liens affichés</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>%n link(s) ticked</source>
        <translation>
            <numerusform>%Ln lien coché</numerusform>
            <numerusform>%Ln liens cochés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>&amp;Import %n link(s)</source>
        <translation>
            <numerusform>&amp;Importer %Ln lien</numerusform>
            <numerusform>&amp;Importer %Ln liens</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not ticked: in the page's menus, header, footer or sidebar</source>
        <translation>Non coché : dans les menus, l'en-tête, le pied de page ou la barre latérale</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not ticked: a sharing button or social network</source>
        <translation>Non coché : un bouton de partage ou un réseau social</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not ticked: a site's home page</source>
        <translation>Non coché : la page d'accueil d'un site</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not ticked: a section of the same site</source>
        <translation>Non coché : une rubrique du même site</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not ticked: a file that is not a page</source>
        <translation>Non coché : un fichier qui n'est pas une page</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not ticked: a link without text (an image or an advertisement)</source>
        <translation>Non coché : un lien sans texte (une image ou une publicité)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not ticked</source>
        <translation>Non coché</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="+95"/>
        <source>Welcome — open or create a project</source>
        <translation>Bienvenue — ouvrez ou créez un projet</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>The server cannot be reached: try again once the connection is back</source>
        <translation>Le serveur est injoignable : réessayez une fois la connexion rétablie</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Restored from the backup %s; the damaged file is kept beside the project</source>
        <translation>Restauré depuis la sauvegarde %s ; le fichier endommagé est conservé à côté du projet</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window_docks.py" line="+13"/>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Concepts</source>
        <translation>Concepts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Highlights</source>
        <translation>Surlignages</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passages by concept</source>
        <translation>Passages par concept</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>By concept</source>
        <translation>Par concept</translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/gui/main_window.py" line="+193"/>
        <source>%n characters selected — press 1–9 or Ctrl+K to tag them</source>
        <translation>
            <numerusform>%Ln caractère sélectionné — appuyez sur 1–9 ou Ctrl+K pour le coder</numerusform>
            <numerusform>%Ln caractères sélectionnés — appuyez sur 1–9 ou Ctrl+K pour les coder</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Some imports had problems</source>
        <translation>Certaines importations ont rencontré des problèmes</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n document(s) could not be imported cleanly:</source>
        <translation>
            <numerusform>%Ln document n'a pas pu être importé correctement :</numerusform>
            <numerusform>%Ln documents n'ont pas pu être importés correctement :</numerusform>
        </translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Imports are still running. Cancel them and quit?</source>
        <translation>Des importations sont en cours. Les annuler et quitter ?</translation>
    </message>
</context>
<context>
    <name>MemoEditor</name>
    <message>
        <location filename="../../annotator/gui/panels/memo_editor.py" line="+22"/>
        <source>Memo</source>
        <translation>Mémo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memo of the selected highlight</source>
        <translation>Mémo du surlignage sélectionné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a memo; it is saved when you leave the field or press Ctrl+Enter or Esc. Edit ▸ Undo takes an edit back.</source>
        <translation>Écrivez un mémo ; il est enregistré quand vous quittez le champ ou appuyez sur Ctrl+Entrée ou Échap. Édition ▸ Annuler reprend une modification.</translation>
    </message>
</context>
<context>
    <name>MergeCopy</name>
    <message>
        <location filename="../../annotator/gui/merge_copy.py" line="+34"/>
        <location line="+6"/>
        <location line="+19"/>
        <location line="+13"/>
        <source>Merge a coder's copy</source>
        <translation>Fusionner la copie d'un codeur</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Annotator projects (*%s)</source>
        <translation>Projets Annotator (*%s)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Merging %s…</source>
        <translation>Fusion de %s…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Merge cancelled: nothing was added</source>
        <translation>Fusion annulée : rien n'a été ajouté</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 variables added, %2 values set; %3 sets added, %4 documents put in sets.</source>
        <translation>%1 variables ajoutées, %2 valeurs renseignées ; %3 ensembles ajoutés, %4 documents placés dans des ensembles.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A merge cannot be undone; the backup made when this project was opened holds it as it was.</source>
        <translation>Une fusion ne peut pas être annulée ; la sauvegarde faite à l'ouverture de ce projet le conserve tel qu'il était.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../annotator/gui/cause_wordings.py" line="+308"/>
        <source>There is already a concept named “%1” here.</source>
        <translation>Il existe déjà un concept nommé « %1 » à cet endroit.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>A concept needs a name.</source>
        <translation>Un concept doit avoir un nom.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A concept name cannot contain “/”.</source>
        <translation>Un nom de concept ne peut pas contenir « / ».</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>A concept cannot be moved under itself.</source>
        <translation>Un concept ne peut pas être déplacé sous lui-même.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A concept cannot be merged into itself.</source>
        <translation>Un concept ne peut pas être fusionné avec lui-même.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A concept cannot be merged into one of its own sub-concepts.</source>
        <translation>Un concept ne peut pas être fusionné dans l'un de ses propres sous-concepts.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” already has sub-concepts named %2.</source>
        <translation>« %1 » a déjà des sous-concepts nommés %2.</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>The passage %1–%2 is outside the document (0–%3): it may have changed elsewhere.</source>
        <translation>Le passage %1–%2 est en dehors du document (0–%3) : il a peut-être été modifié ailleurs.</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>This document is no longer in the project (%1).</source>
        <translation>Ce document n'est plus dans le projet (%1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This concept is no longer in the project (%1).</source>
        <translation>Ce concept n'est plus dans le projet (%1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This highlight is no longer in the project (%1).</source>
        <translation>Ce surlignage n'est plus dans le projet (%1).</translation>
    </message>
    <message>
        <location line="-240"/>
        <location filename="../../annotator/gui/messages.py" line="+27"/>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <location line="+54"/>
        <location filename="../../annotator/gui/messages.py" line="+1"/>
        <source>A password is required.</source>
        <translation>Un mot de passe est requis.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../annotator/gui/messages.py" line="+1"/>
        <source>The password is wrong.</source>
        <translation>Le mot de passe est incorrect.</translation>
    </message>
    <message>
        <location line="-43"/>
        <location filename="../../annotator/gui/messages.py" line="+2"/>
        <source>Not a PDF, a web page or a text file (it looks like binary data).</source>
        <translation>Ce n'est ni un PDF, ni une page web, ni un fichier texte (cela ressemble à des données binaires).</translation>
    </message>
    <message>
        <location line="-10"/>
        <location filename="../../annotator/gui/messages.py" line="+3"/>
        <source>This is a folder, not a file.</source>
        <translation>C'est un dossier, pas un fichier.</translation>
    </message>
    <message>
        <location line="-1"/>
        <location filename="../../annotator/gui/messages.py" line="+1"/>
        <source>File not found.</source>
        <translation>Fichier introuvable.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../annotator/gui/messages.py" line="+1"/>
        <source>Not a regular file.</source>
        <translation>Ce n'est pas un fichier ordinaire.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../annotator/gui/messages.py" line="+2"/>
        <source>The file is too large (%1 MB; the limit is %2 MB).</source>
        <translation>Le fichier est trop volumineux (%1 Mo ; la limite est de %2 Mo).</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../annotator/gui/messages.py" line="+2"/>
        <source>Permission denied: the file cannot be read.</source>
        <translation>Accès refusé : le fichier ne peut pas être lu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../annotator/gui/messages.py" line="+2"/>
        <source>The file cannot be read (%1).</source>
        <translation>Le fichier ne peut pas être lu (%1).</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../annotator/gui/messages.py" line="+2"/>
        <source>The server sent an empty response.</source>
        <translation>Le serveur a envoyé une réponse vide.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../annotator/gui/messages.py" line="+2"/>
        <source>The web page is larger than %1 MB.</source>
        <translation>La page web dépasse %1 Mo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../annotator/gui/messages.py" line="+2"/>
        <source>No readable text was found in the web page.</source>
        <translation>Aucun texte lisible n'a été trouvé dans la page web.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../annotator/gui/messages.py" line="+2"/>
        <source>Not a readable web page (%1).</source>
        <translation>Ce n'est pas une page web lisible (%1).</translation>
    </message>
    <message>
        <location line="-8"/>
        <location filename="../../annotator/gui/messages.py" line="+2"/>
        <source>The file contains no text.</source>
        <translation>Le fichier ne contient aucun texte.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../annotator/gui/messages.py" line="+2"/>
        <source>Not a PDF file (it does not start with %PDF-).</source>
        <translation>Ce n'est pas un fichier PDF (il ne commence pas par %PDF-).</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../annotator/gui/messages.py" line="+2"/>
        <source>The PDF has no pages; the file may be truncated or damaged.</source>
        <translation>Le PDF n'a aucune page ; le fichier est peut-être tronqué ou endommagé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../annotator/gui/messages.py" line="+3"/>
        <source>No page of the PDF could be read (%1).</source>
        <translation>Aucune page du PDF n'a pu être lue (%1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../annotator/gui/messages.py" line="+2"/>
        <source>The PDF reader failed (%1).</source>
        <translation>Le lecteur de PDF a échoué (%1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../annotator/gui/messages.py" line="+2"/>
        <source>This PDF's encryption is not supported (%1).</source>
        <translation>Le chiffrement de ce PDF n'est pas pris en charge (%1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../annotator/gui/messages.py" line="+2"/>
        <source>Not a readable PDF; the file may be damaged (%1).</source>
        <translation>Ce PDF est illisible ; le fichier est peut-être endommagé (%1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../annotator/gui/messages.py" line="+3"/>
        <source>Reading the PDF took too long (more than %1 s); the file may be damaged or too complex.</source>
        <translation>La lecture du PDF a pris trop de temps (plus de %1 s) ; le fichier est peut-être endommagé ou trop complexe.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../annotator/gui/messages.py" line="+4"/>
        <source>The PDF reader could not be started (%1).</source>
        <translation>Le lecteur de PDF n'a pas pu démarrer (%1).</translation>
    </message>
    <message>
        <location line="+59"/>
        <location filename="../../annotator/gui/messages.py" line="+2"/>
        <source>Reading the PDF used too much memory%1; the file may be damaged or too complex.</source>
        <translation>La lecture du PDF a utilisé trop de mémoire%1 ; le fichier est peut-être endommagé ou trop complexe.</translation>
    </message>
    <message>
        <location line="-54"/>
        <location filename="../../annotator/gui/messages.py" line="+4"/>
        <source>The PDF reader stopped unexpectedly (exit code %1); the file may be damaged.</source>
        <translation>Le lecteur de PDF s'est arrêté de façon inattendue (code de sortie %1) ; le fichier est peut-être endommagé.</translation>
    </message>
    <message>
        <location line="-2"/>
        <location filename="../../annotator/gui/messages.py" line="+4"/>
        <source>The PDF reader stopped unexpectedly.</source>
        <translation>Le lecteur de PDF s'est arrêté de façon inattendue.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/messages.py" line="+3"/>
        <source>No character encoding declared: read as %1.</source>
        <translation>Aucun encodage de caractères déclaré : lu comme %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Some bytes could not be decoded and show as �.</source>
        <translation>Certains octets n'ont pas pu être décodés et s'affichent comme �.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 character could not be decoded and shows as �.</source>
        <translation>1 caractère n'a pas pu être décodé et s'affiche comme �.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 characters could not be decoded and show as �.</source>
        <translation>%1 caractères n'ont pas pu être décodés et s'affichent comme �.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The article extraction library is unavailable: the page's readable text was imported, and it may include menus and other page chrome.</source>
        <translation>La bibliothèque d'extraction d'articles est indisponible : le texte lisible de la page a été importé, il peut contenir des menus et d'autres éléments de la page.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This PDF has no text layer (scanned?) and text recognition (OCR) is turned off in the preferences: its pages can be viewed, but no text can be highlighted.</source>
        <translation>Ce PDF n'a pas de couche de texte (numérisé ?) et la reconnaissance de texte (OCR) est désactivée dans les préférences : ses pages sont visibles, mais aucun texte ne peut être surligné.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This PDF has no text layer (scanned?) and no image on its pages is large enough for text recognition (OCR): its pages can be viewed, but no text can be highlighted.</source>
        <translation>Ce PDF n'a pas de couche de texte (numérisé ?) et aucune image de ses pages n'est assez grande pour la reconnaissance de texte (OCR) : ses pages sont visibles, mais aucun texte ne peut être surligné.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This PDF has no text layer (scanned?) and text recognition (OCR) is not available (%1): its pages can be viewed, but no text can be highlighted.</source>
        <translation>Ce PDF n'a pas de couche de texte (numérisé ?) et la reconnaissance de texte (OCR) n'est pas disponible (%1) : ses pages sont visibles, mais aucun texte ne peut être surligné.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No text layer (scanned?) on page(s) %1 of %2, and text recognition (OCR) is turned off in the preferences: their text cannot be highlighted.</source>
        <translation>Pas de couche de texte (numérisé ?) en page(s) %1 sur %2, et la reconnaissance de texte (OCR) est désactivée dans les préférences : leur texte ne peut pas être surligné.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No text layer (scanned?) on page(s) %1 of %2, and no image on them is large enough for text recognition (OCR): their text cannot be highlighted.</source>
        <translation>Pas de couche de texte (numérisé ?) en page(s) %1 sur %2, et aucune de leurs images n'est assez grande pour la reconnaissance de texte (OCR) : leur texte ne peut pas être surligné.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No text layer (scanned?) on page(s) %1 of %2, and text recognition (OCR) is not available (%3): their text cannot be highlighted.</source>
        <translation>Pas de couche de texte (numérisé ?) en page(s) %1 sur %2, et la reconnaissance de texte (OCR) n'est pas disponible (%3) : leur texte ne peut pas être surligné.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Page(s) %1 of %2 have no text layer (scanned?), and text recognition (OCR, %3) found no text there either: they can be viewed but not highlighted.</source>
        <translation>La ou les pages %1 sur %2 n'ont pas de couche de texte (numérisées ?), et la reconnaissance de texte (OCR, %3) n'y a pas trouvé de texte non plus : elles sont visibles mais ne peuvent pas être surlignées.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Text recognition (OCR, %1) read page(s) %2 with low confidence (%3%): the text may be wrong. Check that the document's language is among the OCR languages in the preferences.</source>
        <translation>La reconnaissance de texte (OCR, %1) a lu la ou les pages %2 avec une faible confiance (%3 %) : le texte peut être faux. Vérifiez que la langue du document fait partie des langues de l'OCR dans les préférences.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Text recognition (OCR, %1) could not read page(s) %2 reliably (%3%): their own text is kept.</source>
        <translation>La reconnaissance de texte (OCR, %1) n'a pas pu lire la ou les pages %2 de façon fiable (%3 %) : leur propre texte est conservé.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Text recognition (OCR) failed on page(s) %1 (%2): their own text is kept.</source>
        <translation>La reconnaissance de texte (OCR) a échoué en page(s) %1 (%2) : leur propre texte est conservé.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No OCR language data for %1: the scanned pages were read with %2 only.</source>
        <translation>Aucune donnée de langue OCR pour %1 : les pages numérisées ont été lues avec %2 seulement.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The PDF's own title, “%1”, does not match the text of its first pages and was set aside: the title was taken from the heading of page 1.</source>
        <translation>Le titre inscrit dans le PDF, « %1 », ne correspond pas au texte de ses premières pages et a été écarté : le titre a été repris de l'intitulé de la page 1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The PDF's own title, “%1”, does not match the text of its first pages and was set aside: the file name was taken as the title.</source>
        <translation>Le titre inscrit dans le PDF, « %1 », ne correspond pas au texte de ses premières pages et a été écarté : le nom du fichier a été pris comme titre.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/cause_wordings.py" line="+54"/>
        <location filename="../../annotator/gui/messages.py" line="-20"/>
        <source>Cannot read scanned pages: %1.</source>
        <translation>Impossible de lire les pages numérisées : %1.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/messages.py" line="+2"/>
        <source>Page(s) %1 could not be read and were left empty (%2).</source>
        <translation>La ou les pages %1 n'ont pas pu être lues et sont restées vides (%2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 character could not be decoded (a font without a Unicode map) and appears as �.</source>
        <translation>1 caractère n'a pas pu être décodé (une police sans table Unicode) et s'affiche comme �.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 characters could not be decoded (fonts without a Unicode map) and appear as �.</source>
        <translation>%1 caractères n'ont pas pu être décodés (polices sans table Unicode) et apparaissent comme �.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/cause_wordings.py" line="-44"/>
        <location filename="../../annotator/gui/messages.py" line="+15"/>
        <source>Only http:// and https:// addresses can be downloaded.</source>
        <translation>Seules les adresses http:// et https:// peuvent être téléchargées.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../annotator/gui/messages.py" line="+2"/>
        <source>Not a valid web address (no host name).</source>
        <translation>Ce n'est pas une adresse web valide (pas de nom d'hôte).</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../annotator/gui/messages.py" line="+2"/>
        <source>Not a valid web address (%1).</source>
        <translation>Ce n'est pas une adresse web valide (%1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../annotator/gui/messages.py" line="+1"/>
        <source>Larger than %1 MB.</source>
        <translation>Plus de %1 Mo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../annotator/gui/messages.py" line="+2"/>
        <source>The connection closed before the download finished.</source>
        <translation>La connexion s'est fermée avant la fin du téléchargement.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../annotator/gui/messages.py" line="+2"/>
        <source>The secure connection to %1 failed (%2).</source>
        <translation>La connexion sécurisée à %1 a échoué (%2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../annotator/gui/messages.py" line="+2"/>
        <source>Could not connect: unknown host %1 (%2).</source>
        <translation>Connexion impossible : hôte inconnu %1 (%2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../annotator/gui/messages.py" line="+2"/>
        <source>Could not connect to %1 (%2).</source>
        <translation>Connexion à %1 impossible (%2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../annotator/gui/messages.py" line="+2"/>
        <source>No answer after %1 s.</source>
        <translation>Pas de réponse après %1 s.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../annotator/gui/messages.py" line="+2"/>
        <source>Too many redirections (more than %1).</source>
        <translation>Trop de redirections (plus de %1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../annotator/gui/messages.py" line="+2"/>
        <source>Redirected to %1, which is not a web address.</source>
        <translation>Redirigé vers %1, qui n'est pas une adresse web.</translation>
    </message>
    <message>
        <location line="-14"/>
        <location filename="../../annotator/gui/messages.py" line="+1"/>
        <source>HTTP %1 %2</source>
        <translation>Erreur HTTP %1 (%2)</translation>
    </message>
    <message>
        <location line="+293"/>
        <source>Cannot understand this search: a quote (") is not closed.</source>
        <translation>Recherche incompréhensible : un guillemet (") n'est pas fermé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot understand this search: %1 needs a word before it.</source>
        <translation>Recherche incompréhensible : %1 doit être précédé d'un mot.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot understand this search: nothing after %1.</source>
        <translation>Recherche incompréhensible : rien après %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../annotator/gui/messages.py" line="+3"/>
        <source>Cannot understand this search (%1).</source>
        <translation>Recherche incompréhensible (%1).</translation>
    </message>
    <message>
        <location line="-198"/>
        <source>No such project file.</source>
        <translation>Ce fichier de projet n'existe pas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+165"/>
        <source>This is a folder, not a project file.</source>
        <translation>C'est un dossier, pas un fichier de projet.</translation>
    </message>
    <message>
        <location line="-163"/>
        <source>Made by a newer version of Annotator (project format %1; this version knows up to %2). Please update Annotator.</source>
        <translation>Créé par une version plus récente d'Annotator (format de projet %1 ; cette version connaît jusqu'au format %2). Veuillez mettre Annotator à jour.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not an Annotator project (the file is empty).</source>
        <translation>Ce n'est pas un projet Annotator (le fichier est vide).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not an Annotator project, or a damaged one (%1).</source>
        <translation>Ce n'est pas un projet Annotator, ou il est endommagé (%1).</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Not an Annotator project.</source>
        <translation>Ce n'est pas un projet Annotator.</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>No Path column in the first row (expected a header such as Path,Description,Colour,Shortcut).</source>
        <translation>Pas de colonne Path sur la première ligne (un en-tête tel que Path,Description,Colour,Shortcut est attendu).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The archive holds %1 files, more than %2.</source>
        <translation>L'archive contient %1 fichiers, plus de %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refused: the archive member “%1” points outside the archive (path traversal).</source>
        <translation>Refusé : l'élément « %1 » de l'archive pointe hors de l'archive (traversée de chemin).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not in the archive.</source>
        <translation>Absent de l'archive.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encrypted archive members cannot be read.</source>
        <translation>Les éléments chiffrés d'une archive ne peuvent pas être lus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too large (%1 MB; the limit is %2 MB).</source>
        <translation>Trop volumineux (%1 Mo ; la limite est de %2 Mo).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refused: it expands %1 times (a zip bomb?).</source>
        <translation>Refusé : il se décompresse %1 fois plus gros (une bombe zip ?).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused: the archive expands to more than %1 GB.</source>
        <translation>Refusé : l'archive décompressée dépasse %1 Go.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Damaged in the archive (%1).</source>
        <translation>Endommagé dans l'archive (%1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot be unpacked (%1).</source>
        <translation>Impossible à décompresser (%1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not a readable zip archive (%1).</source>
        <translation>Pas une archive zip lisible (%1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too large for a REFI-QDA file (%1 MB).</source>
        <translation>Trop volumineux pour un fichier REFI-QDA (%1 Mo).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused: the XML declares entities (a possible entity-expansion attack).</source>
        <translation>Refusé : le XML déclare des entités (une attaque possible par expansion d'entités).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Refused: the XML refers to outside resources (%1).</source>
        <translation>Refusé : le XML fait appel à des ressources extérieures (%1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not well-formed XML (%1).</source>
        <translation>XML mal formé (%1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not a REFI-QDA project (its root is &lt;%1&gt;).</source>
        <translation>Pas un projet REFI-QDA (sa racine est &lt;%1&gt;).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not a REFI-QDA codebook (its root is &lt;%1&gt;).</source>
        <translation>Pas une grille de codage REFI-QDA (sa racine est &lt;%1&gt;).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not a REFI-QDA project: neither a .qdpx archive nor QDA-XML.</source>
        <translation>Pas un projet REFI-QDA : ni une archive .qdpx ni du QDA-XML.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No project (.qde file) in the archive.</source>
        <translation>Aucun projet (fichier .qde) dans l'archive.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Several projects in the archive (%1): cannot tell which one to import.</source>
        <translation>Plusieurs projets dans l'archive (%1) : impossible de savoir lequel importer.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>This project needs an upgrade, but the file is read-only.</source>
        <translation>Ce projet doit être mis à niveau, mais le fichier est en lecture seule.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This file already exists.</source>
        <translation>Ce fichier existe déjà.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file or its folder is read-only, so changes cannot be saved.</source>
        <translation>Le fichier ou son dossier est en lecture seule : les modifications ne peuvent pas être enregistrées.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file cannot be created here (%1).</source>
        <translation>Le fichier ne peut pas être créé ici (%1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another program keeps the file busy; try again (%1).</source>
        <translation>Un autre programme occupe le fichier ; réessayez (%1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file cannot be opened (%1).</source>
        <translation>Le fichier ne peut pas être ouvert (%1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The disk is full: this change was not saved; your earlier work is safe. Free some space and try again.</source>
        <translation>Le disque est plein : cette modification n'a pas été enregistrée ; votre travail précédent est intact. Libérez de la place et réessayez.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The project is read-only: this change was not saved; your earlier work is safe. Save a copy elsewhere to keep working.</source>
        <translation>Le projet est en lecture seule : cette modification n'a pas été enregistrée ; votre travail précédent est intact. Enregistrez une copie ailleurs pour continuer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Another program kept the file busy for %1 s: this change was not saved; your earlier work is safe. Try again.</source>
        <translation>Un autre programme a occupé le fichier pendant %1 s : cette modification n'a pas été enregistrée ; votre travail précédent est intact. Réessayez.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file could not be written (%1): this change was not saved; your earlier work is safe.</source>
        <translation>Le fichier n'a pas pu être écrit (%1) : cette modification n'a pas été enregistrée ; votre travail précédent est intact.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The project file is damaged (%1): this change was not saved. Run “annotator check” on it or restore a backup.</source>
        <translation>Le fichier du projet est endommagé (%1) : cette modification n'a pas été enregistrée. Lancez « annotator check » dessus ou restaurez une sauvegarde.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The project file is damaged (%1).</source>
        <translation>Le fichier du projet est endommagé (%1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A project cannot be merged into itself.</source>
        <translation>Un projet ne peut pas être fusionné avec lui-même.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This missing source is no longer in the project (%1).</source>
        <translation>Cette source manquante n'est plus dans le projet (%1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This variable is no longer in the project (%1).</source>
        <translation>Cette variable n'est plus dans le projet (%1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This set is no longer in the project (%1).</source>
        <translation>Cet ensemble n'est plus dans le projet (%1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The passage %1–%2 is not a range of the document.</source>
        <translation>Le passage %1–%2 n'est pas une étendue du document.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot autocode this selection: it holds no word.</source>
        <translation>Impossible de coder automatiquement cette sélection : elle ne contient aucun mot.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A concept's key must be one of %1.</source>
        <translation>La touche d'un concept doit être l'une de %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The key %1 already applies the concept “%2”.</source>
        <translation>La touche %1 applique déjà le concept « %2 ».</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 is not a number.</source>
        <translation>%1 n'est pas un nombre.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unknown type “%1” (one of %2).</source>
        <translation>Type « %1 » inconnu (l'un de %2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only a category has a list of choices.</source>
        <translation>Seule une catégorie a une liste de choix.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The memo of the passage “%1” was changed elsewhere at %2, after you opened it: your memo was not saved.</source>
        <translation>Le mémo du passage « %1 » a été modifié ailleurs à %2, après que vous l’avez ouvert : votre mémo n’a pas été enregistré.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The concept “%1” was changed elsewhere after you opened it: your change was not saved.</source>
        <translation>Le concept « %1 » a été modifié ailleurs après que vous l’avez ouvert : votre modification n’a pas été enregistrée.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 changed the memo of the passage “%2” at %3, after you opened it: your memo was not saved.</source>
        <translation>%1 a modifié le mémo du passage « %2 » à %3, après que vous l'avez ouvert : votre mémo n'a pas été enregistré.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 changed the concept “%2” at %3, after you opened it: your change was not saved.</source>
        <translation>%1 a modifié le concept « %2 » à %3, après que vous l'avez ouvert : votre modification n'a pas été enregistrée.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backups cannot be written there (%1).</source>
        <translation>Les sauvegardes ne peuvent pas être écrites à cet endroit (%1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No backups yet (they go in %1).</source>
        <translation>Aucune sauvegarde pour l'instant (elles vont dans %1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No such backup of %1.</source>
        <translation>Aucune sauvegarde de ce nom pour %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This backup is damaged too (%1).</source>
        <translation>Cette sauvegarde est endommagée elle aussi (%1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The backup could not be put in place (%1).</source>
        <translation>La sauvegarde n'a pas pu être remise en place (%1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose another place than the project itself.</source>
        <translation>Choisissez un autre emplacement que le projet lui-même.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The copy could not be written (%1).</source>
        <translation>La copie n'a pas pu être écrite (%1).</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/server_wordings.py" line="+14"/>
        <source>Not a valid server address (%1).</source>
        <translation>Adresse de serveur non valide (%1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This installation cannot open server projects (the PostgreSQL client, psycopg, is not installed).</source>
        <translation>Cette installation ne peut pas ouvrir de projets sur serveur (le client PostgreSQL, psycopg, n'est pas installé).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This installation cannot open server projects: the PostgreSQL client library (libpq) is missing. Install it (the libpq5 package on Debian and Ubuntu, libpq on Fedora), then try again.</source>
        <translation>Cette installation ne peut pas ouvrir de projets sur serveur : la bibliothèque cliente de PostgreSQL (libpq) est absente. Installez-la (le paquet libpq5 sous Debian et Ubuntu, libpq sous Fedora), puis réessayez.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot connect to the server (%1).</source>
        <translation>Impossible de se connecter au serveur (%1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server refused the login “%1”: wrong password, or no such login.</source>
        <translation>Le serveur a refusé l'identifiant « %1 » : mot de passe erroné, ou identifiant inconnu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server refused this password for “%1”.</source>
        <translation>Le serveur a refusé ce mot de passe pour « %1 ».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server refused the password of “%1” saved in the system keyring (was it changed?).</source>
        <translation>Le serveur a refusé le mot de passe de « %1 » enregistré dans le trousseau du système (a-t-il changé ?).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot connect to the server: it has no database named “%1”.</source>
        <translation>Impossible de se connecter au serveur : il n'a pas de base nommée « %1 ».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot connect to the server: the login “%1” has no role on this project (its owner gives one with “annotator server grant”).</source>
        <translation>Impossible de se connecter au serveur : l'identifiant « %1 » n'a pas de rôle sur ce projet (son propriétaire en donne un avec « annotator server grant »).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not an Annotator project yet; set it up with “annotator server init %1”.</source>
        <translation>Pas encore un projet Annotator ; préparez-le avec « annotator server init %1 ».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Made by a newer version of Annotator (server format %1; this version knows up to %2). Please update Annotator.</source>
        <translation>Créé par une version plus récente d'Annotator (format serveur %1 ; cette version connaît jusqu'au %2). Veuillez mettre Annotator à jour.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This project needs an upgrade: run “annotator server init %1”.</source>
        <translation>Ce projet doit être mis à niveau : lancez « annotator server init %1 ».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This command is not supported on a server project yet.</source>
        <translation>Cette commande n'est pas encore possible sur un projet sur serveur.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“annotator check” is not supported on a server project yet.</source>
        <translation>« annotator check » n'est pas encore possible sur un projet sur serveur.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The full integrity check is not supported on a server project yet.</source>
        <translation>La vérification complète n'est pas encore possible sur un projet sur serveur.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The connection to the server was lost (%1): this change was not saved; your earlier work is safe.</source>
        <translation>La connexion au serveur a été perdue (%1) : cette modification n'a pas été enregistrée ; votre travail précédent est intact.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server cannot be reached: this change was not saved; your earlier work is safe.</source>
        <translation>Le serveur est injoignable : cette modification n'a pas été enregistrée ; votre travail précédent est intact.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Another coder changed the same items at the same time: this change was not saved; your earlier work is safe. Try again.</source>
        <translation>Un autre codeur a modifié les mêmes éléments au même moment : cette modification n'a pas été enregistrée ; votre travail précédent est intact. Réessayez.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The project is open read-only: this change was not saved; your earlier work is safe.</source>
        <translation>Le projet est ouvert en lecture seule : cette modification n'a pas été enregistrée ; votre travail précédent est intact.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Permission denied: your role “%1” cannot add documents. This change was not saved.</source>
        <translation>Permission refusée : votre rôle « %1 » ne peut pas ajouter de documents. Cette modification n'a pas été enregistrée.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Permission denied: your role “%1” cannot change or remove documents. This change was not saved.</source>
        <translation>Permission refusée : votre rôle « %1 » ne peut pas modifier ni retirer de documents. Cette modification n'a pas été enregistrée.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Permission denied: your role “%1” cannot add or change passages. This change was not saved.</source>
        <translation>Permission refusée : votre rôle « %1 » ne peut pas ajouter ni modifier de passages. Cette modification n'a pas été enregistrée.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Permission denied: your role “%1” cannot change the codebook. This change was not saved.</source>
        <translation>Permission refusée : votre rôle « %1 » ne peut pas modifier la grille de codage. Cette modification n'a pas été enregistrée.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Permission denied: your role “%1” cannot change the document variables or sets. This change was not saved.</source>
        <translation>Permission refusée : votre rôle « %1 » ne peut pas modifier les variables ni les ensembles de documents. Cette modification n'a pas été enregistrée.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Permission denied: your role “%1” cannot change the project’s settings. This change was not saved.</source>
        <translation>Permission refusée : votre rôle « %1 » ne peut pas modifier les réglages du projet. Cette modification n'a pas été enregistrée.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Permission denied: your role “%1” does not allow this change (%2). This change was not saved.</source>
        <translation>Permission refusée : votre rôle « %1 » ne permet pas cette modification (%2). Cette modification n'a pas été enregistrée.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Passage %1 was coded by %2; only its coder or a project owner may change it. This change was not saved.</source>
        <translation>Le passage %1 a été codé par %2 ; seul son codeur ou un propriétaire du projet peut le modifier. Cette modification n'a pas été enregistrée.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server refused this (%1).</source>
        <translation>Le serveur a refusé (%1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The system keyring cannot be used: the keyring package is not installed.</source>
        <translation>Le trousseau du système ne peut pas être utilisé : le paquet keyring n'est pas installé.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The system keyring cannot be used (%1).</source>
        <translation>Le trousseau du système ne peut pas être utilisé (%1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No system keyring is available here (no Secret Service of a desktop session, macOS Keychain or Windows Credential Locker).</source>
        <translation>Aucun trousseau système n'est disponible ici (ni Secret Service d'une session de bureau, ni Trousseau de macOS, ni Gestionnaire d'identification de Windows).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The system keyring did not store the password (%1).</source>
        <translation>Le trousseau du système n'a pas enregistré le mot de passe (%1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The system keyring did not remove the password (%1).</source>
        <translation>Le trousseau du système n'a pas retiré le mot de passe (%1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only the database’s owner, with the right to create roles, can set up or upgrade a project (%1).</source>
        <translation>Seul le propriétaire de la base, avec le droit de créer des rôles, peut préparer ou mettre à niveau un projet (%1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown role “%1” (owner, coder or reader).</source>
        <translation>Rôle inconnu « %1 » (owner, coder ou reader).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no login named “%1” on this server; create it first (CREATE ROLE … LOGIN).</source>
        <translation>Il n'y a pas d'identifiant nommé « %1 » sur ce serveur ; créez-le d'abord (CREATE ROLE … LOGIN).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only the database’s owner can give roles on this project (%1).</source>
        <translation>Seul le propriétaire de la base peut donner des rôles sur ce projet (%1).</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/cause_wordings.py" line="+42"/>
        <source>Unexpected error (%1).</source>
        <translation>Erreur inattendue (%1).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Unknown export format “%1” (known: %2).</source>
        <translation>Format d'exportation « %1 » inconnu (formats connus : %2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The %1 format has no option “%2”.</source>
        <translation>Le format %1 n'a pas d'option « %2 ».</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>A set needs a name.</source>
        <translation>Un ensemble doit avoir un nom.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is already a set named “%1”.</source>
        <translation>Il existe déjà un ensemble nommé « %1 ».</translation>
    </message>
    <message>
        <location line="-214"/>
        <source>No web addresses (http:// or https://) were found in this file.</source>
        <translation>Aucune adresse web (http:// ou https://) n'a été trouvée dans ce fichier.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not a list of links: expected a bookmarks export, a text or CSV file of web addresses, or a saved web page.</source>
        <translation>Ce n'est pas une liste de liens : un export de favoris, un fichier texte ou CSV d'adresses web, ou une page web enregistrée était attendu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Too large for a list of links (more than %1 MB).</source>
        <translation>Trop volumineux pour une liste de liens (plus de %1 Mo).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not a readable HTML file (%1).</source>
        <translation>Fichier HTML illisible (%1).</translation>
    </message>
    <message>
        <location line="+243"/>
        <source>This file already exists (use --force to replace it).</source>
        <translation>Ce fichier existe déjà (utilisez --force pour le remplacer).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It already holds a project (%1); use --force to replace it.</source>
        <translation>Il contient déjà un projet (%1) ; utilisez --force pour le remplacer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The copy is incomplete (%1).</source>
        <translation>La copie est incomplète (%1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It cannot be copied whole: the destination has no place for %1. Update Annotator or the server (annotator server init).</source>
        <translation>Il ne peut pas être copié en entier : la destination n'a pas de place pour %1. Mettez à jour Annotator ou le serveur (annotator server init).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The table %1 has no column %2. Update Annotator or the server (annotator server init).</source>
        <translation>La table %1 n'a pas de colonne %2. Mettez à jour Annotator ou le serveur (annotator server init).</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Not a folder (annotated PDFs are written into a folder).</source>
        <translation>Ce n'est pas un dossier (les PDF annotés sont écrits dans un dossier).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No PDF in the selection has highlights to export.</source>
        <translation>Aucun PDF de la sélection n'a de surlignages à exporter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The folder cannot be created (%1).</source>
        <translation>Le dossier ne peut pas être créé (%1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not a PDF, so it has no pages to highlight.</source>
        <translation>Ce n'est pas un PDF : il n'a pas de pages à surligner.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The PDF is password-protected; highlights cannot be added to it.</source>
        <translation>Le PDF est protégé par un mot de passe ; on ne peut pas y ajouter de surlignages.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The PDF cannot be annotated (%1).</source>
        <translation>Le PDF ne peut pas être annoté (%1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file cannot be written (%1).</source>
        <translation>Le fichier ne peut pas être écrit (%1).</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>The codebook is empty: there is nothing to export.</source>
        <translation>La grille de codage est vide : il n'y a rien à exporter.</translation>
    </message>
    <message>
        <location line="-112"/>
        <location filename="../../annotator/gui/messages.py" line="+3"/>
        <source>“%1” is not a number.</source>
        <translation>« %1 » n'est pas un nombre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../annotator/gui/messages.py" line="+2"/>
        <source>“%1” is not a date written YYYY-MM-DD.</source>
        <translation>« %1 » n'est pas une date écrite AAAA-MM-JJ.</translation>
    </message>
    <message>
        <location line="-7"/>
        <location filename="../../annotator/gui/messages.py" line="+2"/>
        <source>“%1” is not yes or no.</source>
        <translation>« %1 » n'est ni oui ni non.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../annotator/gui/messages.py" line="+2"/>
        <source>“%1” is not one of its categories (%2).</source>
        <translation>« %1 » ne fait pas partie de ses catégories (%2).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A variable needs a name.</source>
        <translation>Une variable doit avoir un nom.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is already a variable named “%1”.</source>
        <translation>Il existe déjà une variable nommée « %1 ».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A category needs its list of choices.</source>
        <translation>Une catégorie doit avoir sa liste de choix.</translation>
    </message>
    <message>
        <location line="-182"/>
        <source>No variable names in the first row (expected a header such as Document,Age,Site).</source>
        <translation>Aucun nom de variable sur la première ligne (un en-tête tel que Document,Âge,Site est attendu).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not a readable XLSX workbook (%1).</source>
        <translation>Classeur XLSX illisible (%1).</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/messages.py" line="+4"/>
        <source>%1 documents added, %2 already here; %3 concepts added; %4 passages added, %5 already here; %6 passages could not be placed.</source>
        <translation>%1 documents ajoutés, %2 déjà présents ; %3 concepts ajoutés ; %4 passages ajoutés, %5 déjà présents ; %6 passages n'ont pas pu être placés.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 documents added, %2 already here; %3 concepts added; %4 passages added, %5 already here.</source>
        <translation>%1 documents ajoutés, %2 déjà présents ; %3 concepts ajoutés ; %4 passages ajoutés, %5 déjà présents.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 concepts added, %2 updated, %3 unchanged; %4 notes.</source>
        <translation>%1 concepts ajoutés, %2 modifiés, %3 inchangés ; %4 remarques.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 documents, %2 concepts and %3 highlights added; %4 items left out.</source>
        <translation>%1 documents, %2 concepts et %3 surlignages ajoutés ; %4 éléments écartés.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/cause_wordings.py" line="+258"/>
        <location filename="../../annotator/gui/messages.py" line="+3"/>
        <source>Download cancelled.</source>
        <translation>Téléchargement annulé.</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+1"/>
        <location filename="../../annotator/gui/messages.py" line="+1"/>
        <source>Import cancelled.</source>
        <translation>Importation annulée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../annotator/gui/messages.py" line="+1"/>
        <source>Export cancelled.</source>
        <translation>Exportation annulée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../annotator/gui/messages.py" line="+1"/>
        <source>Merge cancelled.</source>
        <translation>Fusion annulée.</translation>
    </message>
    <message>
        <location line="-5"/>
        <location filename="../../annotator/gui/messages.py" line="+1"/>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
</context>
<context>
    <name>MissingSourcesDialog</name>
    <message>
        <location filename="../../annotator/gui/attach_saved_page.py" line="+57"/>
        <location line="+7"/>
        <source>Missing sources</source>
        <translation>Sources manquantes</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>These links could not be downloaded. Open one in your browser, save the page (File ▸ Save page as…, “Web page, complete” or “HTML only”), then attach the saved file here: it becomes that link's document.</source>
        <translation>Ces liens n'ont pas pu être téléchargés. Ouvrez-en un dans votre navigateur, enregistrez la page (Fichier ▸ Enregistrer la page sous…, « Page web complète » ou « HTML uniquement »), puis joignez ici le fichier enregistré : il devient le document de ce lien.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Title or address</source>
        <translation>Titre ou adresse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Collection</source>
        <translation>Collection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why it is missing</source>
        <translation>Pourquoi elle manque</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No missing sources: every link was imported.</source>
        <translation>Aucune source manquante : tous les liens ont été importés.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Attach saved page…</source>
        <translation>&amp;Joindre la page enregistrée…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the saved copy of this page</source>
        <translation>Choisir la copie enregistrée de cette page</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open in browser</source>
        <translation>&amp;Ouvrir dans le navigateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the address in your web browser</source>
        <translation>Ouvrir l'adresse dans votre navigateur web</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy address</source>
        <translation>&amp;Copier l'adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the address to the clipboard</source>
        <translation>Copier l'adresse dans le presse-papiers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Forget</source>
        <translation>Ou&amp;blier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove this link from the missing sources</source>
        <translation>Retirer ce lien des sources manquantes</translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>%s (tried %n time(s))</source>
        <translation>
            <numerusform>%s (%Ln essai)</numerusform>
            <numerusform>%s (%Ln essais)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Importing %s…</source>
        <translation>Importation de %s…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“%s” now stands for %s.</source>
        <translation>« %s » correspond désormais à %s.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not attached: %s</source>
        <translation>Non jointe : %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot attach this file</source>
        <translation>Impossible de joindre ce fichier</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Address copied: %s</source>
        <translation>Adresse copiée : %s</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Forget this link?</source>
        <translation>Oublier ce lien ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %s from the missing sources? It will be tried again if you import its collection again.</source>
        <translation>Retirer %s des sources manquantes ? Il sera essayé à nouveau si vous importez de nouveau sa collection.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved copy of %s</source>
        <translation>Copie enregistrée de %s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved pages (*.html *.htm *.pdf *.txt);;All files (*)</source>
        <translation>Pages enregistrées (*.html *.htm *.pdf *.txt);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>NewVariableDialog</name>
    <message>
        <location filename="../../annotator/gui/panels/library_variables.py" line="+36"/>
        <source>New Document Variable</source>
        <translation>Nouvelle variable de document</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Variable name</source>
        <translation>Nom de la variable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Age, Site, Interview date</source>
        <translation>p. ex. Âge, Site, Date de l'entretien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Variable type</source>
        <translation>Type de la variable</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Lyon; Paris; Marseille</source>
        <translation>p. ex. Lyon ; Paris ; Marseille</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Type:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Categories:</source>
        <translation>&amp;Catégories :</translation>
    </message>
</context>
<context>
    <name>PageCanvas</name>
    <message>
        <location filename="../../annotator/gui/viewers/pdf_pages.py" line="+71"/>
        <source>Current page</source>
        <translation>Page courante</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notice</source>
        <translation>Avis</translation>
    </message>
    <message>
        <location line="+155"/>
        <source>This PDF is password-protected, so its pages cannot be drawn here; read and annotate it in the text view.</source>
        <translation>Ce PDF est protégé par un mot de passe : ses pages ne peuvent pas être affichées ici ; lisez-le et annotez-le dans la vue texte.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The pages could not be drawn: {reason}</source>
        <translation>Les pages n'ont pas pu être affichées : {reason}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>page {current} / {total}</source>
        <translation>page {current} / {total}</translation>
    </message>
</context>
<context>
    <name>PdfView</name>
    <message>
        <location filename="../../annotator/gui/viewers/pdf_view.py" line="+45"/>
        <source>PDF page view</source>
        <translation>Vue des pages du PDF</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>This document has no pages to show.</source>
        <translation>Ce document n'a aucune page à afficher.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../annotator/gui/preferences.py" line="+55"/>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>System language (%1)</source>
        <translation>Langue du système (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The new language applies the next time Annotator starts.</source>
        <translation>La nouvelle langue s'appliquera au prochain démarrage d'Annotator.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Coder name</source>
        <translation>Nom du codeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your name or initials, recorded on each highlight you make</source>
        <translation>Votre nom ou vos initiales, enregistrés sur chacun de vos surlignages</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text size</source>
        <translation>Taille du texte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size of the document text in the text view; View ▸ Larger text (Ctrl+Shift+=) does the same</source>
        <translation>Taille du texte des documents dans la vue texte ; Affichage ▸ Texte plus grand (Ctrl+Maj+=) fait de même</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Coder name:</source>
        <translation>Nom du &amp;codeur :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Text size:</source>
        <translation>&amp;Taille du texte :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text &amp;recognition (OCR):</source>
        <translation>&amp;Reconnaissance de texte (OCR) :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No OCR language data are installed, so scanned PDF pages cannot be read. Install Tesseract's language data (e.g. tesseract-ocr-fra) or set TESSDATA_PREFIX.</source>
        <translation>Aucune donnée de langue pour l'OCR n'est installée : les pages numérisées des PDF ne peuvent pas être lues. Installez les données de langue de Tesseract (par ex. tesseract-ocr-fra) ou définissez TESSDATA_PREFIX.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>OCR languages</source>
        <translation>Langues de l'OCR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages used to read scanned PDF pages; check none to turn text recognition off</source>
        <translation>Langues utilisées pour lire les pages numérisées des PDF ; n'en cochez aucune pour désactiver la reconnaissance de texte</translation>
    </message>
</context>
<context>
    <name>ProjectOpening</name>
    <message>
        <location filename="../../annotator/gui/project_opening.py" line="+144"/>
        <source>This project could not be backed up: %s</source>
        <translation>Ce projet n'a pas pu être sauvegardé : %s</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot open project</source>
        <translation>Impossible d'ouvrir le projet</translation>
    </message>
</context>
<context>
    <name>ReadOnlyBanner</name>
    <message>
        <location filename="../../annotator/gui/read_only_banner.py" line="+21"/>
        <source>Read-only project</source>
        <translation>Projet en lecture seule</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save a copy…</source>
        <translation>Enregistrer une copie…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy this project to a place where you can write, and open the copy</source>
        <translation>Copier ce projet dans un endroit où vous pouvez écrire, et ouvrir la copie</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&lt;b&gt;This project is read-only:&lt;/b&gt; %s cannot be written (a shared or read-only folder, a locked file). Your changes cannot be saved. Save a copy to keep working on it.</source>
        <translation>&lt;b&gt;Ce projet est en lecture seule :&lt;/b&gt; %s ne peut pas être modifié (dossier partagé ou en lecture seule, fichier verrouillé). Vos modifications ne peuvent pas être enregistrées. Enregistrez une copie pour continuer à y travailler.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>copy</source>
        <translation>copie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save a copy of the project</source>
        <translation>Enregistrer une copie du projet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annotator projects (*%s)</source>
        <translation>Projets Annotator (*%s)</translation>
    </message>
</context>
<context>
    <name>Reader</name>
    <message>
        <location filename="../../annotator/gui/reader.py" line="+72"/>
        <source>Open a document from the library on the left,
or import PDFs and web pages with File ▸ Import (Ctrl+I).</source>
        <translation>Ouvrez un document de la bibliothèque à gauche,
ou importez des PDF et des pages web avec Fichier ▸ Importer (Ctrl+I).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reader</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Page view</source>
        <translation>Vue page</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the PDF pages (Ctrl+Shift+P)</source>
        <translation>Afficher les pages du PDF (Ctrl+Maj+P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text view</source>
        <translation>Vue texte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the document as reflowed text (Ctrl+Shift+T)</source>
        <translation>Afficher le document en texte continu (Ctrl+Maj+T)</translation>
    </message>
</context>
<context>
    <name>RefiImportController</name>
    <message>
        <location filename="../../annotator/gui/refi_import_controller.py" line="-117"/>
        <source>Import a REFI-QDA project or codebook</source>
        <translation>Importer un projet ou une grille de codage REFI-QDA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>REFI-QDA (*.qdpx *.qdc *.qde);;All files (*)</source>
        <translation>REFI-QDA (*.qdpx *.qdc *.qde);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Import of %s</source>
        <translation>Importation de %s</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reading %s…</source>
        <translation>Lecture de %s…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>REFI-QDA import failed</source>
        <translation>Échec de l'importation REFI-QDA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not import %s. Nothing was changed in the project.</source>
        <translation>Impossible d'importer %s. Rien n'a été modifié dans le projet.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Import of %s cancelled: nothing was changed</source>
        <translation>Importation de %s annulée : rien n'a été modifié</translation>
    </message>
</context>
<context>
    <name>RefiReportDialog</name>
    <message>
        <location line="+64"/>
        <source>REFI-QDA import</source>
        <translation>Importation REFI-QDA</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Concepts</source>
        <translation>Concepts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Highlights</source>
        <translation>Surlignages</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>added</source>
        <translation>ajoutés</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>already there</source>
        <translation>déjà présents</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;&lt;b&gt;%s&lt;/b&gt; is imported.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%s&lt;/b&gt; est importé.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Left out (%d) and notes (%d):</source>
        <translation>Éléments écartés (%d) et remarques (%d) :</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This import cannot be undone with Edit ▸ Undo, and the edits made before it can no longer be undone either.</source>
        <translation>Cette importation ne peut pas être annulée avec Édition ▸ Annuler, et les modifications faites avant elle ne peuvent plus l'être non plus.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../annotator/gui/restore_dialog.py" line="+38"/>
        <source>Damaged project</source>
        <translation>Projet endommagé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;%s could not be opened: the file is damaged.&lt;/b&gt;</source>
        <translation>&lt;b&gt;%s n'a pas pu être ouvert : le fichier est endommagé.&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Annotator keeps copies of your projects. Choose one to put back: the damaged file will be kept beside it as %s, nothing is deleted. What you did after the copy was made is not in it.</source>
        <translation>Annotator conserve des copies de vos projets. Choisissez celle à remettre en place : le fichier endommagé sera conservé à côté sous le nom %s, rien n'est supprimé. Ce que vous avez fait après la création de la copie n'y figure pas.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Backups of this project</source>
        <translation>Sauvegardes de ce projet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved on</source>
        <translation>Enregistrée le</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Restore this backup</source>
        <translation>Restaurer cette sauvegarde</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../annotator/gui/panels/search.py" line="+54"/>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search all documents — words, "phrases", prefix*, OR, NOT</source>
        <translation>Rechercher dans tous les documents — mots, "expressions", préfixe*, OR, NOT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search all documents</source>
        <translation>Rechercher dans tous les documents</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Words match without regard to case or accents; "quotes" match a phrase, commun* matches every word starting with commun; OR, NOT combine terms.</source>
        <translation>Les mots sont trouvés sans tenir compte des majuscules ni des accents ; "des guillemets" cherchent une expression, commun* trouve tous les mots commençant par commun ; OR et NOT combinent les termes.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter opens the document at the hit; F6 moves to the next panel</source>
        <translation>Entrée ouvre le document à l'endroit trouvé ; F6 passe au panneau suivant</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Waiting for the server to search again…</source>
        <translation>En attente du serveur pour relancer la recherche…</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>No matches for %1</source>
        <translation>Aucun résultat pour %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type at least three letters, or press Enter.

communaute finds “Communauté”
"community manager" finds the phrase
modér* finds modérer, modération
moderation NOT forum leaves out forums</source>
        <translation>Tapez au moins trois lettres, ou appuyez sur Entrée.

communaute trouve « Communauté »
"community manager" trouve l'expression
modér* trouve modérer, modération
moderation NOT forum écarte les forums</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>1 hit in 1 document</source>
        <translation>1 résultat dans 1 document</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n hits in 1 document</source>
        <translation>
            <numerusform>%Ln résultat dans 1 document</numerusform>
            <numerusform>%Ln résultats dans 1 document</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n hits in %1 documents</source>
        <translation>
            <numerusform>%Ln résultat dans %1 documents</numerusform>
            <numerusform>%Ln résultats dans %1 documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>(showing the first %n)</source>
        <translation>
            <numerusform>(le premier est affiché)</numerusform>
            <numerusform>(les %Ln premiers sont affichés)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServerBanner</name>
    <message>
        <location filename="../../annotator/gui/server_session.py" line="+48"/>
        <source>Server connection</source>
        <translation>Connexion au serveur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save it again</source>
        <translation>L’enregistrer à nouveau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discard it</source>
        <translation>L’abandonner</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&lt;b&gt;The connection to the server is lost:&lt;/b&gt; reconnecting… Edits cannot be saved until it is back; the others' edits will show then.</source>
        <translation>&lt;b&gt;La connexion au serveur est perdue :&lt;/b&gt; reconnexion… Les modifications ne peuvent pas être enregistrées avant son retour ; celles des autres s’afficheront alors.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your last edit was not saved; it is kept.</source>
        <translation>Votre dernière modification n’a pas été enregistrée ; elle est conservée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Your last edit was not saved&lt;/b&gt; (the server could not complete it). Save it again, or discard it.</source>
        <translation>&lt;b&gt;Votre dernière modification n’a pas été enregistrée&lt;/b&gt; (le serveur n’a pas pu la terminer). Enregistrez-la à nouveau, ou abandonnez-la.</translation>
    </message>
</context>
<context>
    <name>ServerOpenDialog</name>
    <message>
        <location filename="../../annotator/gui/server_open.py" line="+50"/>
        <source>Open server project</source>
        <translation>Ouvrir un projet sur serveur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Server project address</source>
        <translation>Adresse du projet sur serveur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The address of the project's database, as your research IT gave it. The password is taken from PGPASSWORD, your ~/.pgpass file or the system keyring; if none has it, Annotator asks for it and keeps it only in the system keyring, if you wish.</source>
        <translation>L'adresse de la base de données du projet, telle que votre service informatique l'a donnée. Le mot de passe est pris dans PGPASSWORD, votre fichier ~/.pgpass ou le trousseau du système ; si aucun ne l'a, Annotator vous le demande et ne le garde que dans le trousseau du système, si vous le souhaitez.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Server project address:</source>
        <translation>Adresse du projet sur serveur :</translation>
    </message>
</context>
<context>
    <name>ServerPasswordDialog</name>
    <message>
        <location line="+26"/>
        <location line="+72"/>
        <source>Server password</source>
        <translation>Mot de passe du serveur</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>The server asks for the password of %1.</source>
        <translation>Le serveur demande le mot de passe de %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remember in the system keyring</source>
        <translation>Retenir dans le trousseau du système</translation>
    </message>
</context>
<context>
    <name>SetFilter</name>
    <message>
        <location filename="../../annotator/gui/panels/library_sets.py" line="+33"/>
        <source>Document set</source>
        <translation>Ensemble de documents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only the documents of one set</source>
        <translation>N'afficher que les documents d'un ensemble</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>All documents</source>
        <translation>Tous les documents</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Rename Set…</source>
        <translation>Renommer l'ensemble…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete Set</source>
        <translation>Supprimer l'ensemble</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rename Set</source>
        <translation>Renommer l'ensemble</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New name of the set:</source>
        <translation>Nouveau nom de l'ensemble :</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../annotator/gui/shortcuts_dialog.py" line="+28"/>
        <source>Text view</source>
        <translation>Vue texte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shift+Arrow keys</source>
        <translation>Maj+Flèches</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extend the selection by a character or a line</source>
        <translation>Étendre la sélection d'un caractère ou d'une ligne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Extend the selection by a word</source>
        <translation>Étendre la sélection d'un mot</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go to the next or previous sentence</source>
        <translation>Aller à la phrase suivante ou précédente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Extend the selection by a sentence</source>
        <translation>Étendre la sélection d'une phrase</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go to the next or previous paragraph</source>
        <translation>Aller au paragraphe suivant ou précédent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Extend the selection by a paragraph</source>
        <translation>Étendre la sélection d'un paragraphe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start or end of the line</source>
        <translation>Début ou fin de la ligne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start or end of the document</source>
        <translation>Début ou fin du document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag the selection with concept 1 to 9 (as numbered in the Concepts panel)</source>
        <translation>Coder la sélection avec le concept 1 à 9 (numérotés comme dans le panneau Concepts)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On a highlight: show it in the Highlights panel</source>
        <translation>Sur un surlignage : l'afficher dans le panneau Surlignages</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Panels</source>
        <translation>Panneaux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the document, passage or search hit</source>
        <translation>Ouvrir le document, le passage ou le résultat de recherche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the highlight or concept</source>
        <translation>Supprimer le surlignage ou le concept</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename the concept</source>
        <translation>Renommer le concept</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New concept</source>
        <translation>Nouveau concept</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Library: filter the documents</source>
        <translation>Bibliothèque : filtrer les documents</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passages by concept: copy the selected passages</source>
        <translation>Passages par concept : copier les passages sélectionnés</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Memo</source>
        <translation>Mémo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the memo</source>
        <translation>Enregistrer le mémo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put back the saved memo</source>
        <translation>Rétablir le mémo enregistré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave the memo (it is saved)</source>
        <translation>Quitter le mémo (il est enregistré)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Page view</source>
        <translation>Vue page</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Wheel</source>
        <translation>Ctrl+Molette</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drag</source>
        <translation>Glisser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a passage on the page</source>
        <translation>Sélectionner un passage sur la page</translation>
    </message>
    <message>
        <location line="+41"/>
        <location line="+13"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Filter by key or action</source>
        <translation>Filtrer par touche ou action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter shortcuts</source>
        <translation>Filtrer les raccourcis</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
</context>
<context>
    <name>TablePane</name>
    <message>
        <location filename="../../annotator/gui/analysis/table_pane.py" line="+65"/>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save this table as CSV or as an Excel workbook</source>
        <translation>Enregistrer ce tableau en CSV ou en classeur Excel</translation>
    </message>
</context>
<context>
    <name>TextView</name>
    <message>
        <location filename="../../annotator/gui/viewers/text_decorations.py" line="+70"/>
        <source>p. {page}</source>
        <translation>p. {page}</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/viewers/text_view.py" line="+39"/>
        <source>Document text</source>
        <translation>Texte du document</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select a passage with the mouse or with Shift and the arrow keys</source>
        <translation>Sélectionnez un passage à la souris ou avec Maj et les flèches</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Text view</source>
        <translation>Vue texte</translation>
    </message>
</context>
<context>
    <name>UpgradeDialog</name>
    <message>
        <location filename="../../annotator/gui/project_upgrade.py" line="+52"/>
        <source>Upgrading the project</source>
        <translation>Mise à niveau du projet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bringing “%1” up to this version of Annotator. A copy of the file as it was is kept with its backups.</source>
        <translation>Mise à niveau de « %1 » pour cette version d'Annotator. Une copie du fichier tel qu'il était est conservée avec ses sauvegardes.</translation>
    </message>
</context>
<context>
    <name>VariableColumns</name>
    <message>
        <location filename="../../annotator/gui/panels/library_variables.py" line="+44"/>
        <source>New variable…</source>
        <translation>Nouvelle variable…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import variables from a sheet…</source>
        <translation>Importer des variables depuis un tableau…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export variables…</source>
        <translation>Exporter les variables…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove variable “%1”…</source>
        <translation>Supprimer la variable « %1 »…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Import Document Variables</source>
        <translation>Importer des variables de document</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sheets (*.csv *.xlsx);;All files (*)</source>
        <translation>Tableaux (*.csv *.xlsx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Document Variables</source>
        <translation>Variables de document</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 values set for %2 documents; %3 variables defined; %4 rows matched no document; %5 values left out.</source>
        <translation>%1 valeurs enregistrées pour %2 documents ; %3 variables créées ; %4 lignes sans document correspondant ; %5 valeurs écartées.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Export Document Variables</source>
        <translation>Exporter les variables de document</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Classeur Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Remove Variable</source>
        <translation>Supprimer la variable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the variable “%1” and every document's value of it? You can undo this with Edit ▸ Undo.</source>
        <translation>Supprimer la variable « %1 » et sa valeur pour chaque document ? Vous pourrez l'annuler avec Édition ▸ Annuler.</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../annotator/gui/welcome.py" line="+39"/>
        <location line="+74"/>
        <source>Welcome to %s</source>
        <translation>Bienvenue dans %s</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>Create your project</source>
        <translation>Créez votre projet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;File ▸ New project…&lt;/b&gt; asks for a name and a folder, for example %s. The project is one file that keeps your documents, highlights and memos; every change is saved as you work.</source>
        <translation>&lt;b&gt;Fichier ▸ Nouveau projet…&lt;/b&gt; demande un nom et un dossier, par exemple %s. Le projet est un seul fichier qui garde vos documents, surlignages et mémos ; chaque modification est enregistrée au fil du travail.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add PDFs and saved web pages with &lt;b&gt;File ▸ Import files…&lt;/b&gt;, or drag them onto the window.</source>
        <translation>Ajoutez des PDF et des pages web enregistrées avec &lt;b&gt;Fichier ▸ Importer des fichiers…&lt;/b&gt;, ou glissez-les sur la fenêtre.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The demo project open behind this window is a place to try things out: a report and a few articles, already highlighted and tagged. It is kept in the application's own folder, apart from your work; &lt;b&gt;File ▸ Open demo project&lt;/b&gt; brings it back.</source>
        <translation>Le projet de démonstration ouvert derrière cette fenêtre sert à essayer : un rapport et quelques articles, déjà surlignés et codés. Il est rangé dans le dossier de l'application, à l'écart de votre travail ; &lt;b&gt;Fichier ▸ Ouvrir le projet de démonstration&lt;/b&gt; le rouvre.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Try the demo</source>
        <translation>Essayer la démo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New project…</source>
        <translation>Nouveau projet…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Your own work starts with a project of your own, in four steps.</source>
        <translation>Votre travail commence par un projet à vous, en quatre étapes.</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>Highlight and tag</source>
        <translation>Surligner et coder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a passage, then press a concept's number key (1 to 9) or &lt;b&gt;Ctrl+K&lt;/b&gt; to choose a concept. &lt;b&gt;Ctrl+M&lt;/b&gt; adds a memo.</source>
        <translation>Sélectionnez un passage, puis appuyez sur le chiffre d'un concept (1 à 9) ou sur &lt;b&gt;Ctrl+K&lt;/b&gt; pour choisir un concept. &lt;b&gt;Ctrl+M&lt;/b&gt; ajoute un mémo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;File ▸ Export…&lt;/b&gt; takes your tagged passages to a spreadsheet, an HTML report, annotated PDFs or another qualitative analysis program.</source>
        <translation>&lt;b&gt;Fichier ▸ Exporter…&lt;/b&gt; emporte vos passages codés vers un tableur, un rapport HTML, des PDF annotés ou un autre logiciel d'analyse qualitative.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Don't show this again</source>
        <translation>Ne plus afficher</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../../annotator/gui/menus.py" line="+46"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New project…</source>
        <translation>&amp;Nouveau projet…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open project…</source>
        <translation>&amp;Ouvrir un projet…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;server project…</source>
        <translation>Ouvrir un projet sur &amp;serveur…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;recent</source>
        <translation>Ouvrir un projet &amp;récent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;demo project</source>
        <translation>Ouvrir le projet de &amp;démonstration</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import files…</source>
        <translation>&amp;Importer des fichiers…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add PDFs, saved web pages or text files to the project</source>
        <translation>Ajouter au projet des PDF, des pages web enregistrées ou des fichiers texte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import from &amp;web address…</source>
        <translation>Importer depuis une adresse &amp;web…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import co&amp;llection…</source>
        <translation>Importer une co&amp;llection…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import every link of a bookmarks export, a list of web addresses or a saved page of links</source>
        <translation>Importer chaque lien d'un export de marque-pages, d'une liste d'adresses web ou d'une page de liens enregistrée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Missing sources…</source>
        <translation>&amp;Sources manquantes…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Links that could not be downloaded: attach a saved copy of each page</source>
        <translation>Liens qui n'ont pas pu être téléchargés : joindre une copie enregistrée de chaque page</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import REFI-QDA project or code&amp;book…</source>
        <translation>Importer un projet ou une &amp;grille de codage REFI-QDA…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring in a .qdpx project or .qdc codebook made with NVivo, ATLAS.ti, MAXQDA or QualCoder</source>
        <translation>Reprendre un projet .qdpx ou une grille de codage .qdc créés avec NVivo, ATLAS.ti, MAXQDA ou QualCoder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import codebook &amp;table (CSV)…</source>
        <translation>Importer un &amp;tableau de grille de codage (CSV)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merge a table of concepts (Path, Description, Colour, Shortcut) into the codebook, by path</source>
        <translation>Fusionner un tableau de concepts (Path, Description, Colour, Shortcut) dans la grille de codage, par chemin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merge a coder's cop&amp;y…</source>
        <translation>&amp;Fusionner la copie d'un codeur…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the documents, concepts and highlights of another coder's copy of this project</source>
        <translation>Ajouter les documents, concepts et surlignages de la copie de ce projet faite par un autre codeur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the highlights as a table, a report, annotated PDFs or a REFI-QDA project</source>
        <translation>Écrire les surlignages dans un tableau, un rapport, des PDF annotés ou un projet REFI-QDA</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Coder name…</source>
        <translation>Nom du &amp;codeur…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+136"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="-135"/>
        <location line="+138"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location line="-128"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Apply concept…</source>
        <translation>A&amp;ppliquer un concept…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag the selected passage with a concept: type to filter, Enter</source>
        <translation>Coder le passage sélectionné avec un concept : tapez pour filtrer, puis Entrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New concept</source>
        <translation>&amp;Nouveau concept</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New concept from &amp;selection</source>
        <translation>Nouveau concept à partir de la &amp;sélection</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit memo</source>
        <translation>Modifier le &amp;mémo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete highlight</source>
        <translation>Supprimer le s&amp;urlignage</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Find in documents</source>
        <translation>Rec&amp;hercher dans les documents</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Au&amp;tocode…</source>
        <translation>Codage au&amp;tomatique…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code every passage a search finds (or every occurrence of the selected phrase) with a concept, in one step</source>
        <translation>Coder avec un concept, en une fois, chaque passage trouvé par une recherche (ou chaque occurrence de l'expression sélectionnée)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Preferences…</source>
        <translation>Pré&amp;férences…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language, coder name and text size</source>
        <translation>Langue, nom du codeur et taille du texte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Apply concept %d</source>
        <translation>Appliquer le concept %d</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Zoom &amp;in</source>
        <translation>Zoom a&amp;vant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom &amp;out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Fit width</source>
        <translation>A&amp;juster à la largeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Larger text</source>
        <translation>Texte plus &amp;grand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Smaller text</source>
        <translation>Texte plus &amp;petit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Panels</source>
        <translation>Pa&amp;nneaux</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Analysis…</source>
        <translation>&amp;Analyse…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the coding shows: concept frequencies, concepts that go together, agreement between coders, charts</source>
        <translation>Ce que montre le codage : fréquences des concepts, concepts qui vont ensemble, accord entre codeurs, graphiques</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Next highlight</source>
        <translation>Surlignage &amp;suivant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Previous highlight</source>
        <translation>Surlignage &amp;précédent</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ne&amp;xt panel</source>
        <translation>Panneau sui&amp;vant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the keyboard focus to the next panel</source>
        <translation>Placer le curseur du clavier dans le panneau suivant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previ&amp;ous panel</source>
        <translation>Panneau pré&amp;cédent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the keyboard focus to the previous panel</source>
        <translation>Placer le curseur du clavier dans le panneau précédent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Library panel</source>
        <translation>&amp;Bibliothèque</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Reader</source>
        <translation>Zone de &amp;lecture</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Concepts panel</source>
        <translation>C&amp;oncepts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Highlights panel</source>
        <translation>S&amp;urlignages</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Search panel</source>
        <translation>&amp;Recherche</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About %s</source>
        <translation>À &amp;propos d'%s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Main</source>
        <translation>Barre principale</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>&amp;Undo %s</source>
        <translation>&amp;Annuler : %s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo %s</source>
        <translation>&amp;Rétablir : %s</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>%1 passages coded with %2</source>
        <translation>%1 passages codés avec %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>New project</source>
        <translation>Nouveau projet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Annotator projects (*%s)</source>
        <translation>Projets Annotator (*%s)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open project</source>
        <translation>Ouvrir un projet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annotator projects (*%s);;All files (*)</source>
        <translation>Projets Annotator (*%s);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Import documents</source>
        <translation>Importer des documents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents (*.pdf *.html *.htm *.txt *.md);;All files (*)</source>
        <translation>Documents (*.pdf *.html *.htm *.txt *.md);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Import from the web</source>
        <translation>Importer depuis le web</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address of the article or PDF (http:// or https://):</source>
        <translation>Adresse de l'article ou du PDF (http:// ou https://) :</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Coder name</source>
        <translation>Nom du codeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your name or initials, recorded on each highlight you make:</source>
        <translation>Votre nom ou vos initiales, enregistrés sur chacun de vos surlignages :</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>About %s</source>
        <translation>À propos d'%s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;%s %s&lt;/h3&gt;&lt;p&gt;Read, highlight and tag PDFs and web articles for qualitative research.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%s %s&lt;/h3&gt;&lt;p&gt;Lire, surligner et coder des PDF et des articles web pour la recherche qualitative.&lt;/p&gt;&lt;p&gt;Logiciel libre sous licence publique générale GNU (GPL), version 3 ou ultérieure.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;Settings and the demo project are kept in %s.&lt;br&gt;If something goes wrong, send the files of %s with your report.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Les réglages et le projet de démonstration sont conservés dans %s.&lt;br&gt;En cas de problème, envoyez les fichiers de %s avec votre signalement.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>WorkerProcess</name>
    <message>
        <location filename="../../annotator/gui/analysis/worker_process.py" line="+120"/>
        <source>The analysis process stopped (%1).</source>
        <translation>Le processus d'analyse s'est arrêté (%1).</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../annotator/gui/panels/library_sets.py" line="+22"/>
        <source>Add to Set</source>
        <translation>Ajouter à un ensemble</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>New Set…</source>
        <translation>Nouvel ensemble…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New Set</source>
        <translation>Nouvel ensemble</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name of the new set:</source>
        <translation>Nom du nouvel ensemble :</translation>
    </message>
</context>
</TS>