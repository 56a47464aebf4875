<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>EngineAnswer</name>
    <message>
        <source>This uses the input&apos;s height and width (%1x%2); the layers before the Flatten changed them to %3x%4.</source>
        <translation>Hier stehen Höhe und Breite der Eingabe (%1x%2); die Schichten vor dem Flatten haben sie zu %3x%4 verändert.</translation>
    </message>
    <message>
        <source>This flattens the batch dimension too, as start_dim=0 (or torch.flatten with its defaults) would; the batch of %1 must stay the first dimension.</source>
        <translation>Das glättet auch die Batch-Dimension, wie es start_dim=0 (oder torch.flatten mit seinen Standardwerten) täte; der Batch von %1 muss die erste Dimension bleiben.</translation>
    </message>
    <message>
        <source>This merges every dimension, the batch included, as nn.Flatten(0, -1) or torch.flatten(x) would (start_dim=0 with this layer&apos;s end_dim would give %1); the batch of %2 must stay the first dimension.</source>
        <translation>Das fasst alle Dimensionen zusammen, den Batch eingeschlossen, wie es nn.Flatten(0, -1) oder torch.flatten(x) täte (start_dim=0 mit dem end_dim dieser Schicht ergäbe %1); der Batch von %2 muss die erste Dimension bleiben.</translation>
    </message>
    <message>
        <source>an error</source>
        <translation>einen Fehler</translation>
    </message>
    <message>
        <source>This forgets the batch dimension: the batch of %1 is still there, first.</source>
        <translation>Hier fehlt die Batch-Dimension: Der Batch aus %1 ist noch da, an erster Stelle.</translation>
    </message>
    <message>
        <source>This adds the merged sizes instead of multiplying them: flattening multiplies the sizes it merges.</source>
        <translation>Hier werden die zusammengefassten Größen addiert statt multipliziert: Glätten multipliziert die Größen, die es zusammenfasst.</translation>
    </message>
    <message>
        <source>This is the shape before the Flatten: it is what goes in, not what comes out.</source>
        <translation>Das ist die Form vor dem Flatten: Sie geht hinein, sie kommt nicht heraus.</translation>
    </message>
    <message>
        <source>This is the shape after the %1 (layer %2), not the model&apos;s final output.</source>
        <translation>Das ist die Form nach %1 (Schicht %2), nicht die endgültige Ausgabe des Modells.</translation>
    </message>
    <message>
        <source>This drops the last dimension; nothing in the model removes it.</source>
        <translation>Hier fehlt die letzte Dimension; nichts im Modell entfernt sie.</translation>
    </message>
    <message>
        <source>Building the layer already fails, before any input arrives, so no shape comes out.</source>
        <translation>Schon das Erzeugen der Schicht schlägt fehl, bevor eine Eingabe ankommt, also kommt keine Form heraus.</translation>
    </message>
    <message>
        <source>That is what nn.Flatten() would return; this constructor call is rejected before it can run.</source>
        <translation>Das würde nn.Flatten() liefern; dieser Konstruktoraufruf wird abgelehnt, bevor er laufen kann.</translation>
    </message>
    <message>
        <source>An out-of-range dim is not ignored: PyTorch raises instead of returning the input unchanged.</source>
        <translation>Eine Dimension außerhalb des Bereichs wird nicht ignoriert: PyTorch wirft einen Fehler, statt die Eingabe unverändert zurückzugeben.</translation>
    </message>
    <message>
        <source>start_dim coming after end_dim is not a no-op: the arguments are in the wrong order, and PyTorch raises instead of returning the input unchanged.</source>
        <translation>start_dim nach end_dim ist kein Leerlauf: Die Argumente stehen in der falschen Reihenfolge, und PyTorch wirft einen Fehler, statt die Eingabe unverändert zurückzugeben.</translation>
    </message>
    <message>
        <source>This is the shape that reaches the failing layer; that layer cannot accept it, so PyTorch raises instead of returning a shape.</source>
        <translation>Das ist die Form, die die fehlschlagende Schicht erreicht; diese Schicht kann sie nicht annehmen, also wirft PyTorch einen Fehler, statt eine Form zu liefern.</translation>
    </message>
    <message>
        <source>This assumes the Linear layer accepts its input; its in_features (%1) do not match the last dimension it receives (%2), so it raises.</source>
        <translation>Das setzt voraus, dass die Linear-Schicht ihre Eingabe annimmt; ihre in_features (%1) passen aber nicht zur letzten Dimension, die sie bekommt (%2), also wirft sie einen Fehler.</translation>
    </message>
    <message>
        <source>This error is for a start_dim after end_dim; here a dim does not exist at all, which is an IndexError.</source>
        <translation>Dieser Fehler gehört zu start_dim nach end_dim; hier gibt es eine Dimension gar nicht, und das ist ein IndexError.</translation>
    </message>
    <message>
        <source>Both dims exist here; the problem is their order, start_dim after end_dim.</source>
        <translation>Beide Dimensionen gibt es hier; das Problem ist ihre Reihenfolge, start_dim nach end_dim.</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>Line %1 (`%2`)</source>
        <translation>Zeile %1 (`%2`)</translation>
    </message>
    <message>
        <source>line %1 (`%2`)</source>
        <translation>Zeile %1 (`%2`)</translation>
    </message>
    <message>
        <source>That is what the author meant, one row per sample (a batch of %1); but %2 does not keep the batch as dim 0, so forward returns %3.</source>
        <translation>Das war gemeint: eine Zeile pro Beispiel (ein Batch von %1); aber %2 behält den Batch nicht als Dimension 0, also liefert forward %3.</translation>
    </message>
    <message>
        <source>Nothing raises: PyTorch does not know which dimension is the batch, so a line that merges, cuts or removes it runs without complaint. The bug is silent; only the loss notices the wrong number of rows.</source>
        <translation>Kein Fehler: PyTorch weiß nicht, welche Dimension der Batch ist, also läuft eine Zeile, die ihn zusammenfasst, abschneidet oder entfernt, ohne Beschwerde. Der Fehler ist still; nur der Verlust bemerkt die falsche Zahl von Zeilen.</translation>
    </message>
    <message>
        <source>Nothing raises: every line of forward accepts the shape it receives.</source>
        <translation>Kein Fehler: Jede Zeile von forward nimmt die Form an, die sie bekommt.</translation>
    </message>
    <message>
        <source>This merges the batch into one long vector, as torch.flatten(x) or x.view(-1) would; this forward keeps dim 0.</source>
        <translation>Das fasst den Batch zu einem langen Vektor zusammen, wie es torch.flatten(x) oder x.view(-1) täte; dieses forward behält Dimension 0.</translation>
    </message>
    <message>
        <source>This forgets the batch dimension: forward returns one row per sample, and the rows are still there, first.</source>
        <translation>Hier fehlt die Batch-Dimension: forward liefert eine Zeile pro Beispiel, und die Zeilen sind noch da, an erster Stelle.</translation>
    </message>
    <message>
        <source>This is the shape after line %1, not what forward returns.</source>
        <translation>Das ist die Form nach Zeile %1, nicht das, was forward liefert.</translation>
    </message>
    <message>
        <source>This is the shape that reaches line %1; that line cannot take it, so PyTorch raises and forward returns nothing.</source>
        <translation>Das ist die Form, die Zeile %1 erreicht; diese Zeile kann sie nicht annehmen, also wirft PyTorch einen Fehler, und forward liefert nichts.</translation>
    </message>
    <message>
        <source>Line %1 runs and gives %2; the error comes later, at line %3, and Python&apos;s traceback names that line.</source>
        <translation>Zeile %1 läuft und ergibt %2; der Fehler kommt später, in Zeile %3, und der Traceback von Python nennt diese Zeile.</translation>
    </message>
    <message>
        <source>Nothing raises: forward returns a tensor</source>
        <translation>Kein Fehler: forward liefert einen Tensor</translation>
    </message>
    <message>
        <source>Building the model already raises, before forward ever runs.</source>
        <translation>Schon das Erzeugen des Modells wirft einen Fehler, bevor forward überhaupt läuft.</translation>
    </message>
    <message>
        <source>Line %1 raises; PyTorch (or Python) stops there.</source>
        <translation>Zeile %1 wirft einen Fehler; PyTorch (oder Python) hält dort an.</translation>
    </message>
    <message>
        <source>Right: PyTorch raises this at %1.</source>
        <translation>Richtig: PyTorch wirft diesen Fehler in %1.</translation>
    </message>
    <message>
        <source>Right: %1.</source>
        <translation>Richtig: %1.</translation>
    </message>
    <message>
        <source>Right: building the model raises this error, before any input arrives.</source>
        <translation>Richtig: Schon das Erzeugen des Modells wirft diesen Fehler, bevor eine Eingabe ankommt.</translation>
    </message>
    <message>
        <source>Right: on an input of shape %1, PyTorch raises this error.</source>
        <translation>Richtig: Bei einer Eingabe der Form %1 wirft PyTorch diesen Fehler.</translation>
    </message>
    <message>
        <source>Right: %1, then PyTorch raises this error.</source>
        <translation>Richtig: %1, dann wirft PyTorch diesen Fehler.</translation>
    </message>
</context>
<context>
    <name>PrintWorksheet</name>
    <message>
        <source>Print worksheet</source>
        <translation>Arbeitsblatt drucken</translation>
    </message>
    <message>
        <source>There is no question bank to print.</source>
        <translation>Es gibt keinen Fragenkatalog zum Drucken.</translation>
    </message>
    <message>
        <source>Question bank:</source>
        <translation>Fragenkatalog:</translation>
    </message>
    <message>
        <source>Add an answer key with short solutions on the last page?</source>
        <translation>Einen Lösungsschlüssel mit kurzen Lösungen auf der letzten Seite anfügen?</translation>
    </message>
    <message>
        <source>Save worksheet</source>
        <translation>Arbeitsblatt speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>The worksheet could not be written to %1: %2</source>
        <translation>Das Arbeitsblatt konnte nicht nach %1 geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Worksheet</name>
    <message>
        <source>Input shape:</source>
        <translation>Eingabeform:</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modell:</translation>
    </message>
    <message>
        <source>Remember:</source>
        <translation>Merke:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <source>Answer each question: circle the letter of every right option, and use the lines to show your working.</source>
        <translation>Beantworte jede Frage: Kreise den Buchstaben jeder richtigen Antwort ein und nutze die Linien für deinen Rechenweg.</translation>
    </message>
    <message>
        <source>Answer key</source>
        <translation>Lösungen</translation>
    </message>
    <message>
        <source>%1 — page %2 of %3</source>
        <translation>%1 — Seite %2 von %3</translation>
    </message>
</context>
<context>
    <name>ft::train</name>
    <message>
        <source>nn.Flatten()</source>
        <translation>nn.Flatten()</translation>
    </message>
    <message>
        <source>Each row holds exactly one image&apos;s 256 features, so every label stays next to its own image.</source>
        <translation>Jede Zeile enthält genau die 256 Merkmale eines Bildes, also bleibt jedes Label bei seinem eigenen Bild.</translation>
    </message>
    <message>
        <source>Mixes the batch</source>
        <translation>Vermischt den Batch</translation>
    </message>
    <message>
        <source>view(-1, N) ignores where one image ends: every row gets a few features from every image in the batch, so labels no longer match their features and the model can only guess.</source>
        <translation>view(-1, N) ignoriert, wo ein Bild endet: Jede Zeile bekommt ein paar Merkmale von jedem Bild im Batch, die Labels passen also nicht mehr zu ihren Merkmalen, und das Modell kann nur raten.</translation>
    </message>
    <message>
        <source>Truncated features</source>
        <translation>Abgeschnittene Merkmale</translation>
    </message>
    <message>
        <source>Slicing to 16 features silences the shape error but keeps only the first channel&apos;s 4x4 map: 15 of the 16 filters are thrown away.</source>
        <translation>Das Abschneiden auf 16 Merkmale bringt den Formfehler zum Schweigen, behält aber nur die 4x4-Karte des ersten Kanals: 15 der 16 Filter werden weggeworfen.</translation>
    </message>
    <message>
        <source>Channels last</source>
        <translation>Kanäle zuletzt</translation>
    </message>
    <message>
        <source>The features are reordered the same way in every image, so each row is still one whole image: it learns as well as nn.Flatten(), but its weights won&apos;t load into the other model.</source>
        <translation>Die Merkmale werden in jedem Bild gleich umsortiert, jede Zeile ist also weiterhin ein ganzes Bild: Es lernt so gut wie nn.Flatten(), aber seine Gewichte lassen sich nicht in das andere Modell laden.</translation>
    </message>
</context>
<context>
    <name>ft::ui::BuildModelPage</name>
    <message>
        <source>Build a model</source>
        <translation>Ein Modell bauen</translation>
    </message>
    <message>
        <source>Write the model as</source>
        <translation>Das Modell schreiben als</translation>
    </message>
    <message>
        <source>nn.&amp;Sequential(...)</source>
        <translation>nn.&amp;Sequential(...)</translation>
    </message>
    <message>
        <source>Sequential mode: one nn.Sequential expression</source>
        <translation>Sequential-Modus: ein Ausdruck nn.Sequential</translation>
    </message>
    <message>
        <source>a &amp;Python class</source>
        <translation>eine &amp;Python-Klasse</translation>
    </message>
    <message>
        <source>Python class mode: your own nn.Module class</source>
        <translation>Python-Klassen-Modus: deine eigene Klasse nn.Module</translation>
    </message>
</context>
<context>
    <name>ft::ui::ClassEditor</name>
    <message>
        <source>Python class editor</source>
        <translation>Editor für Python-Klassen</translation>
    </message>
    <message>
        <source>E&amp;xample</source>
        <translation>Beispie&amp;l</translation>
    </message>
    <message>
        <source>Example model classes</source>
        <translation>Beispielklassen für Modelle</translation>
    </message>
    <message>
        <source>&amp;Input shape</source>
        <translation>&amp;Eingabeform</translation>
    </message>
    <message>
        <source>Input shape</source>
        <translation>Eingabeform</translation>
    </message>
    <message>
        <source>e.g. 4, 3, 32, 32</source>
        <translation>z. B. 4, 3, 32, 32</translation>
    </message>
    <message>
        <source>&amp;Open .py…</source>
        <translation>.py ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open a Python file</source>
        <translation>Eine Python-Datei öffnen</translation>
    </message>
    <message>
        <source>Sa&amp;ve .py…</source>
        <translation>.py spei&amp;chern…</translation>
    </message>
    <message>
        <source>Save as a Python file</source>
        <translation>Als Python-Datei speichern</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Model class source</source>
        <translation>Quelltext der Modellklasse</translation>
    </message>
    <message>
        <source>Each line that makes a tensor shows its output shape at its right end. Ctrl+Tab leaves the editor.</source>
        <translation>Jede Zeile, die einen Tensor erzeugt, zeigt an ihrem rechten Ende die Ausgabeform. Strg+Tab verlässt den Editor.</translation>
    </message>
    <message>
        <source>Model output shape</source>
        <translation>Ausgabeform des Modells</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Erklärung</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Lösung</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Steps of forward()</source>
        <translation>Schritte von forward()</translation>
    </message>
    <message>
        <source>Chosen step</source>
        <translation>Gewählter Schritt</translation>
    </message>
    <message>
        <source>Flatten animation of the chosen step</source>
        <translation>Flatten-Animation des gewählten Schritts</translation>
    </message>
    <message>
        <source>Input shape: %1</source>
        <translation>Eingabeform: %1</translation>
    </message>
    <message>
        <source>Line %1: %2: %3</source>
        <translation>Zeile %1: %2: %3</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Lösung: %1</translation>
    </message>
    <message>
        <source>forward() returns %1</source>
        <translation>forward() liefert %1</translation>
    </message>
    <message>
        <source>forward() returns a %1, not a tensor</source>
        <translation>forward() liefert ein %1, keinen Tensor</translation>
    </message>
    <message>
        <source>Choose a step, or click a shape in the editor.</source>
        <translation>Wähle einen Schritt oder klicke im Editor auf eine Form.</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>Line %1
Only a flatten, view or reshape that merges neighbouring dims is animated.</source>
        <translation>Zeile %1
Animiert wird nur ein flatten, view oder reshape, das benachbarte Dimensionen zusammenfasst.</translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation>%1 konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Open a model file</source>
        <translation>Eine Modelldatei öffnen</translation>
    </message>
    <message>
        <source>Python files (*.py);;All files (*)</source>
        <translation>Python-Dateien (*.py);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save the model file</source>
        <translation>Die Modelldatei speichern</translation>
    </message>
    <message>
        <source>Python files (*.py)</source>
        <translation>Python-Dateien (*.py)</translation>
    </message>
</context>
<context>
    <name>ft::ui::ClassPlayground</name>
    <message>
        <source>Class playground: input %1</source>
        <translation>Klassen-Spielwiese: Eingabe %1</translation>
    </message>
    <message>
        <source>&amp;Reset the class</source>
        <translation>Klasse &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Reset the class and its input to the lesson&apos;s</source>
        <translation>Klasse und Eingabe auf die der Lektion zurücksetzen</translation>
    </message>
    <message>
        <source>Put back the lesson&apos;s class and input shape (Ctrl+Z undoes this)</source>
        <translation>Klasse und Eingabeform der Lektion wiederherstellen (Strg+Z macht das rückgängig)</translation>
    </message>
    <message>
        <source>Edit the class or its input shape: each line shows its output shape on the right.</source>
        <translation>Bearbeite die Klasse oder ihre Eingabeform: Jede Zeile zeigt rechts ihre Ausgabeform.</translation>
    </message>
</context>
<context>
    <name>ft::ui::CodeEditor</name>
    <message>
        <source>Python source</source>
        <translation>Python-Quelltext</translation>
    </message>
</context>
<context>
    <name>ft::ui::ConfusionMatrixView</name>
    <message>
        <source>Confusion matrix</source>
        <translation>Konfusionsmatrix</translation>
    </message>
    <message>
        <source>%1 of %2 test images on the diagonal (classified correctly)</source>
        <translation>%1 von %2 Testbildern auf der Diagonale (richtig erkannt)</translation>
    </message>
    <message>
        <source>The confusion matrix appears after training.</source>
        <translation>Die Konfusionsmatrix erscheint nach dem Training.</translation>
    </message>
    <message>
        <source>predicted</source>
        <translation>vorhergesagt</translation>
    </message>
    <message>
        <source>true</source>
        <translation>tatsächlich</translation>
    </message>
</context>
<context>
    <name>ft::ui::ContentProblemsPanel</name>
    <message>
        <source>Problems in the content files</source>
        <translation>Probleme in den Inhaltsdateien</translation>
    </message>
    <message>
        <source>&amp;Reload content</source>
        <translation>Inhalte neu &amp;laden</translation>
    </message>
    <message>
        <source>Reload the lesson and question files</source>
        <translation>Die Lektions- und Fragendateien neu laden</translation>
    </message>
    <message>
        <source>Read the lesson and question files again, after you edited them</source>
        <translation>Die Lektions- und Fragendateien nach dem Bearbeiten erneut einlesen</translation>
    </message>
    <message>
        <source>No problems in the content files (%1).</source>
        <translation>Keine Probleme in den Inhaltsdateien (%1).</translation>
    </message>
    <message>
        <source>%1 and %2 in the content files. What has a problem is left out; fix the file and press Reload.</source>
        <translation>%1 und %2 in den Inhaltsdateien. Was ein Problem hat, wird weggelassen; korrigiere die Datei und drücke Neu laden.</translation>
    </message>
    <message>
        <source>1 problem</source>
        <translation>1 Problem</translation>
    </message>
    <message>
        <source>%1 problems</source>
        <translation>%1 Probleme</translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>1 Warnung</translation>
    </message>
    <message>
        <source>%1 warnings</source>
        <translation>%1 Warnungen</translation>
    </message>
</context>
<context>
    <name>ft::ui::FlattenAnimationView</name>
    <message>
        <source>Flatten animation</source>
        <translation>Flatten-Animation</translation>
    </message>
    <message>
        <source>0-d: one number</source>
        <translation>0-d: eine einzige Zahl</translation>
    </message>
    <message>
        <source>0-d</source>
        <translation>0-d</translation>
    </message>
    <message>
        <source>dim 0</source>
        <translation>Dim. 0</translation>
    </message>
    <message>
        <source>dim %1</source>
        <translation>Dim. %1</translation>
    </message>
    <message>
        <source>dim %1 stays</source>
        <translation>Dim. %1 bleibt</translation>
    </message>
    <message>
        <source>dim %1 is now dim %2</source>
        <translation>Dim. %1 ist jetzt Dim. %2</translation>
    </message>
    <message>
        <source>dims %1-%2 merged into dim %1</source>
        <translation>Dim. %1–%2 zu Dim. %1 zusammengefasst</translation>
    </message>
    <message>
        <source>The single value keeps its place.</source>
        <translation>Der einzelne Wert bleibt, wo er ist.</translation>
    </message>
    <message>
        <source>One cell per value, numbered in row-major order; colour = index along dim %1. The values stay, only the shape changes.</source>
        <translation>Eine Zelle pro Wert, zeilenweise nummeriert; Farbe = Index entlang Dim. %1. Die Werte bleiben, nur die Form ändert sich.</translation>
    </message>
    <message>
        <source>%1 values are too many to draw one by one (the element view shows up to %2); try a shape like 2, 3, 4, 4.</source>
        <translation>%1 Werte sind zu viele, um sie einzeln zu zeichnen (die Elementansicht zeigt bis zu %2); versuche eine Form wie 2, 3, 4, 4.</translation>
    </message>
    <message>
        <source> becomes </source>
        <translation> wird zu </translation>
    </message>
</context>
<context>
    <name>ft::ui::FlattenPlayground</name>
    <message>
        <source>Flatten playground</source>
        <translation>Flatten-Spielwiese</translation>
    </message>
    <message>
        <source>Input &amp;shape</source>
        <translation>Eingabe&amp;form</translation>
    </message>
    <message>
        <source>Input shape</source>
        <translation>Eingabeform</translation>
    </message>
    <message>
        <source>e.g. 32, 3, 28, 28</source>
        <translation>z. B. 32, 3, 28, 28</translation>
    </message>
    <message>
        <source>Sizes separated by commas, outermost (the batch) first. () is a 0-d tensor.</source>
        <translation>Größen durch Kommas getrennt, die äußerste (der Batch) zuerst. () ist ein 0-d-Tensor.</translation>
    </message>
    <message>
        <source>&amp;Add dim</source>
        <translation>Dim. &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Append a dimension of size 2</source>
        <translation>Eine Dimension der Größe 2 anhängen</translation>
    </message>
    <message>
        <source>Re&amp;move dim</source>
        <translation>Dim. entfe&amp;rnen</translation>
    </message>
    <message>
        <source>Remove the last dimension</source>
        <translation>Die letzte Dimension entfernen</translation>
    </message>
    <message>
        <source>Flatten with</source>
        <translation>Flatten mit</translation>
    </message>
    <message>
        <source>Dims</source>
        <translation>Dimensionen</translation>
    </message>
    <message>
        <source>s&amp;tart_dim</source>
        <translation>s&amp;tart_dim</translation>
    </message>
    <message>
        <source>start_dim</source>
        <translation>start_dim</translation>
    </message>
    <message>
        <source>&amp;end_dim</source>
        <translation>&amp;end_dim</translation>
    </message>
    <message>
        <source>end_dim</source>
        <translation>end_dim</translation>
    </message>
    <message>
        <source>Negative dims count from the end: -1 is the last dim.</source>
        <translation>Negative Dimensionen zählen von hinten: -1 ist die letzte.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Output shape</source>
        <translation>Ausgabeform</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Erklärung</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Tipp</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Jump to the next stage and pause (Right arrow on the animation)</source>
        <translation>Zum nächsten Schritt springen und anhalten (Pfeil rechts auf der Animation)</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>S&amp;peed</source>
        <translation>Tem&amp;po</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <source>The input shape is not valid yet.</source>
        <translation>Die Eingabeform ist noch nicht gültig.</translation>
    </message>
    <message>
        <source>valid dims: %1 to %2</source>
        <translation>gültige Dimensionen: %1 bis %2</translation>
    </message>
    <message>
        <source>Hint: </source>
        <translation>Tipp: </translation>
    </message>
    <message>
        <source>nn.Flatten()
defaults start_dim=1, end_dim=-1</source>
        <translation>nn.Flatten()
Standard: start_dim=1, end_dim=-1</translation>
    </message>
    <message>
        <source>torch.flatten(x)
defaults start_dim=0, end_dim=-1</source>
        <translation>torch.flatten(x)
Standard: start_dim=0, end_dim=-1</translation>
    </message>
</context>
<context>
    <name>ft::ui::HelpOverlay</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Keyboard shortcuts&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Tastenkürzel&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <source>Close the shortcut list</source>
        <translation>Die Liste der Tastenkürzel schließen</translation>
    </message>
</context>
<context>
    <name>ft::ui::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>The language changes the next time Flatten Tutor starts.</source>
        <translation>Die Sprache wechselt beim nächsten Start von Flatten Tutor.</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
</context>
<context>
    <name>ft::ui::LayerTableModel</name>
    <message>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>nicht erreicht</translation>
    </message>
    <message>
        <source>(could not be built)</source>
        <translation>(konnte nicht gebaut werden)</translation>
    </message>
    <message>
        <source>#</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Layer (as PyTorch prints it)</source>
        <translation>Schicht (wie PyTorch sie ausgibt)</translation>
    </message>
    <message>
        <source>Output shape</source>
        <translation>Ausgabeform</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>too many to count</source>
        <translation>zu viele zum Zählen</translation>
    </message>
</context>
<context>
    <name>ft::ui::LessonReader</name>
    <message>
        <source>Lessons in order</source>
        <translation>Lektionen der Reihe nach</translation>
    </message>
    <message>
        <source>Lesson text</source>
        <translation>Lektionstext</translation>
    </message>
    <message>
        <source>← Previous</source>
        <translation>← Zurück</translation>
    </message>
    <message>
        <source>Previous lesson</source>
        <translation>Vorige Lektion</translation>
    </message>
    <message>
        <source>Previous lesson (Alt+Left)</source>
        <translation>Vorige Lektion (Alt+Pfeil links)</translation>
    </message>
    <message>
        <source>Mark as done</source>
        <translation>Als erledigt markieren</translation>
    </message>
    <message>
        <source>Mark this lesson as done</source>
        <translation>Diese Lektion als erledigt markieren</translation>
    </message>
    <message>
        <source>Mark this lesson as done (Ctrl+D)</source>
        <translation>Diese Lektion als erledigt markieren (Strg+D)</translation>
    </message>
    <message>
        <source>Next →</source>
        <translation>Weiter →</translation>
    </message>
    <message>
        <source>Next lesson</source>
        <translation>Nächste Lektion</translation>
    </message>
    <message>
        <source>Next lesson (Alt+Right)</source>
        <translation>Nächste Lektion (Alt+Pfeil rechts)</translation>
    </message>
    <message>
        <source>No lessons were found. Lessons are Markdown files in a &lt;tt&gt;lessons/&lt;/tt&gt; folder; start the app with &lt;tt&gt;--content DIR&lt;/tt&gt; to add a folder.</source>
        <translation>Es wurden keine Lektionen gefunden. Lektionen sind Markdown-Dateien in einem Ordner &lt;tt&gt;lessons/&lt;/tt&gt;; starte die App mit &lt;tt&gt;--content ORDNER&lt;/tt&gt;, um einen Ordner hinzuzufügen.</translation>
    </message>
    <message>
        <source>Lesson %1 of %2</source>
        <translation>Lektion %1 von %2</translation>
    </message>
    <message>
        <source>Playground: input %1</source>
        <translation>Spielwiese: Eingabe %1</translation>
    </message>
    <message>
        <source>End of the lesson. &lt;b&gt;Next&lt;/b&gt; takes you to “%1”.</source>
        <translation>Ende der Lektion. &lt;b&gt;Weiter&lt;/b&gt; führt zu „%1“.</translation>
    </message>
    <message>
        <source>End of the last lesson. Try the &lt;b&gt;Practice&lt;/b&gt; screen (Ctrl+2).</source>
        <translation>Ende der letzten Lektion. Probiere jetzt &lt;b&gt;Üben&lt;/b&gt; aus (Strg+2).</translation>
    </message>
    <message>
        <source>%1, done</source>
        <translation>%1, erledigt</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%1 von %2 erledigt</translation>
    </message>
    <message>
        <source>✓ Done (undo)</source>
        <translation>✓ Erledigt (rückgängig)</translation>
    </message>
    <message>
        <source>Done; press to mark this lesson as not done</source>
        <translation>Erledigt; drücken, um diese Lektion als nicht erledigt zu markieren</translation>
    </message>
    <message>
        <source>Mark this lesson as not done (Ctrl+D)</source>
        <translation>Diese Lektion als nicht erledigt markieren (Strg+D)</translation>
    </message>
    <message>
        <source>about 1 minute</source>
        <translation>etwa 1 Minute</translation>
    </message>
    <message>
        <source>about %1 minutes</source>
        <translation>etwa %1 Minuten</translation>
    </message>
</context>
<context>
    <name>ft::ui::LineNumberArea</name>
    <message>
        <source>Line numbers</source>
        <translation>Zeilennummern</translation>
    </message>
</context>
<context>
    <name>ft::ui::MainWindow</name>
    <message>
        <source>Flatten Tutor</source>
        <translation>Flatten Tutor</translation>
    </message>
    <message>
        <source>Screens</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>F1  all shortcuts</source>
        <translation>F1  alle Tastenkürzel</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Lektionen</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Üben</translation>
    </message>
    <message>
        <source>Playground</source>
        <translation>Spielwiese</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Your progress will show here.</source>
        <translation>Hier erscheint dein Fortschritt.</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Print worksheet…</source>
        <translation>Arbeitsblatt &amp;drucken…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Vergrößern</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Normal size</source>
        <translation>&amp;Normale Größe</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>&amp;Präsentationsmodus</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About Flatten Tutor</source>
        <translation>Ü&amp;ber Flatten Tutor</translation>
    </message>
    <message>
        <source>About Flatten Tutor</source>
        <translation>Über Flatten Tutor</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Flatten Tutor %1&lt;/h3&gt;&lt;p&gt;Learn PyTorch&apos;s &lt;tt&gt;nn.Flatten&lt;/tt&gt; by touching it: lessons, a live playground and practice questions checked by a tiny tensor engine that behaves like PyTorch.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Flatten Tutor %1&lt;/h3&gt;&lt;p&gt;Lerne PyTorchs &lt;tt&gt;nn.Flatten&lt;/tt&gt; zum Anfassen: Lektionen, eine lebendige Spielwiese und Übungsfragen, geprüft von einer kleinen Tensor-Engine, die sich wie PyTorch verhält.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Anywhere</source>
        <translation>Überall</translation>
    </message>
    <message>
        <source>F1 or ?</source>
        <translation>F1 oder ?</translation>
    </message>
    <message>
        <source>Show this list of shortcuts</source>
        <translation>Diese Liste der Tastenkürzel zeigen</translation>
    </message>
    <message>
        <source>Ctrl + plus / Ctrl + minus</source>
        <translation>Strg + Plus / Strg + Minus</translation>
    </message>
    <message>
        <source>Larger / smaller type</source>
        <translation>Größere / kleinere Schrift</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Strg+0</translation>
    </message>
    <message>
        <source>Normal type size</source>
        <translation>Normale Schriftgröße</translation>
    </message>
    <message>
        <source>F11 or Ctrl+Shift+P</source>
        <translation>F11 oder Strg+Umschalt+P</translation>
    </message>
    <message>
        <source>Presentation mode: full screen, large type (Esc leaves it)</source>
        <translation>Präsentationsmodus: Vollbild, große Schrift (Esc beendet ihn)</translation>
    </message>
    <message>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Umschalt+Tab</translation>
    </message>
    <message>
        <source>Move between controls; Space presses a button</source>
        <translation>Zwischen Bedienelementen wechseln; Leertaste drückt eine Schaltfläche</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Strg+Q</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Alt+Right / Alt+Left</source>
        <translation>Alt+Pfeil rechts / Alt+Pfeil links</translation>
    </message>
    <message>
        <source>Next / previous lesson</source>
        <translation>Nächste / vorige Lektion</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Strg+D</translation>
    </message>
    <message>
        <source>Page Down / Page Up</source>
        <translation>Bild ab / Bild auf</translation>
    </message>
    <message>
        <source>Scroll the lesson</source>
        <translation>In der Lektion blättern</translation>
    </message>
    <message>
        <source>1–6 or A–F</source>
        <translation>1–6 oder A–F</translation>
    </message>
    <message>
        <source>Choose an option</source>
        <translation>Eine Antwort wählen</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Check the answer, then go on</source>
        <translation>Die Antwort prüfen, dann weiter</translation>
    </message>
    <message>
        <source>N or Right</source>
        <translation>N oder Pfeil rechts</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>Nächste Frage</translation>
    </message>
    <message>
        <source>S / Q / M</source>
        <translation>S / Q / M</translation>
    </message>
    <message>
        <source>Show the solution / quick check / common mistakes</source>
        <translation>Lösung / Kurzcheck / häufige Fehler zeigen</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <source>On the score screen: review my mistakes</source>
        <translation>Auf der Ergebnisseite: meine Fehler wiederholen</translation>
    </message>
    <message>
        <source>Ctrl+1 … Ctrl+%1</source>
        <translation>Strg+1 … Strg+%1</translation>
    </message>
    <message>
        <source>Go to a screen: %1</source>
        <translation>Zu einem Bereich wechseln: %1</translation>
    </message>
    <message>
        <source>&amp;Side panels</source>
        <translation>Seiten&amp;leisten</translation>
    </message>
    <message>
        <source>Ctrl+B</source>
        <translation>Strg+B</translation>
    </message>
    <message>
        <source>Hide or show the screen list and the lesson list (more room on a projector)</source>
        <translation>Bereichs- und Lektionsliste aus- oder einblenden (mehr Platz am Beamer)</translation>
    </message>
    <message>
        <source>Mark the lesson as done (again: not done)</source>
        <translation>Die Lektion als erledigt markieren (nochmal: nicht erledigt)</translation>
    </message>
    <message>
        <source>Content problems</source>
        <translation>Inhaltsprobleme</translation>
    </message>
    <message>
        <source>Content &amp;problems</source>
        <translation>&amp;Inhaltsprobleme</translation>
    </message>
    <message>
        <source>1 problem in the content files: View ▸ Content problems lists it.</source>
        <translation>1 Problem in den Inhaltsdateien: Ansicht ▸ Inhaltsprobleme listet es auf.</translation>
    </message>
    <message>
        <source>%1 problems in the content files: View ▸ Content problems lists them.</source>
        <translation>%1 Probleme in den Inhaltsdateien: Ansicht ▸ Inhaltsprobleme listet sie auf.</translation>
    </message>
    <message>
        <source>Content reloaded: %1.</source>
        <translation>Inhalte neu geladen: %1.</translation>
    </message>
    <message>
        <source>%1 — %2 — Flatten Tutor</source>
        <comment>window title: the screen, the learner&apos;s name</comment>
        <translation>%1 — %2 — Flatten Tutor</translation>
    </message>
    <message>
        <source>%1 — Flatten Tutor</source>
        <comment>window title: the screen or the learner&apos;s name</comment>
        <translation>%1 — Flatten Tutor</translation>
    </message>
</context>
<context>
    <name>ft::ui::ModelBuilder</name>
    <message>
        <source>Model builder</source>
        <translation>Modellbaukasten</translation>
    </message>
    <message>
        <source>E&amp;xample</source>
        <translation>Beispie&amp;l</translation>
    </message>
    <message>
        <source>Example models</source>
        <translation>Beispielmodelle</translation>
    </message>
    <message>
        <source>&amp;Input shape</source>
        <translation>&amp;Eingabeform</translation>
    </message>
    <message>
        <source>Input shape</source>
        <translation>Eingabeform</translation>
    </message>
    <message>
        <source>e.g. 32, 3, 28, 28</source>
        <translation>z. B. 32, 3, 28, 28</translation>
    </message>
    <message>
        <source>&amp;Model — an nn.Sequential(...) expression, as in Python</source>
        <translation>&amp;Modell — ein Ausdruck nn.Sequential(...), wie in Python</translation>
    </message>
    <message>
        <source>Model expression</source>
        <translation>Modellausdruck</translation>
    </message>
    <message>
        <source>Syntax error</source>
        <translation>Syntaxfehler</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Schichten</translation>
    </message>
    <message>
        <source>Model output shape</source>
        <translation>Ausgabeform des Modells</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Erklärung</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Tipp</translation>
    </message>
    <message>
        <source>Total parameters: %1</source>
        <translation>Parameter insgesamt: %1</translation>
    </message>
    <message>
        <source>Output: %1</source>
        <translation>Ausgabe: %1</translation>
    </message>
    <message>
        <source>Hint: </source>
        <translation>Tipp: </translation>
    </message>
    <message>
        <source>Your own model</source>
        <translation>Dein eigenes Modell</translation>
    </message>
</context>
<context>
    <name>ft::ui::OptionButton</name>
    <message>
        <source>✓ **Right** — your choice.</source>
        <translation>✓ **Richtig** — deine Wahl.</translation>
    </message>
    <message>
        <source>✓ **Right answer** — you did not choose it.</source>
        <translation>✓ **Richtige Antwort** — du hast sie nicht gewählt.</translation>
    </message>
    <message>
        <source>✗ **Not right** — your choice.</source>
        <translation>✗ **Nicht richtig** — deine Wahl.</translation>
    </message>
    <message>
        <source>✗ Not right.</source>
        <translation>✗ Nicht richtig.</translation>
    </message>
    <message>
        <source>Option %1: %2</source>
        <translation>Antwort %1: %2</translation>
    </message>
    <message>
        <source>, chosen</source>
        <translation>, gewählt</translation>
    </message>
</context>
<context>
    <name>ft::ui::PlaygroundPage</name>
    <message>
        <source>Playground</source>
        <translation>Spielwiese</translation>
    </message>
    <message>
        <source>&amp;Flatten a tensor</source>
        <translation>Einen Tensor &amp;glätten</translation>
    </message>
    <message>
        <source>&amp;Build a model</source>
        <translation>Ein Modell &amp;bauen</translation>
    </message>
</context>
<context>
    <name>ft::ui::ProgressPage</name>
    <message>
        <source>Your progress</source>
        <translation>Dein Fortschritt</translation>
    </message>
    <message>
        <source>The questions you missed come back until you answer them right on separate days</source>
        <translation>Falsch beantwortete Fragen kommen wieder, bis du sie an verschiedenen Tagen richtig beantwortest</translation>
    </message>
    <message>
        <source>Export my results…</source>
        <translation>Meine Ergebnisse exportieren…</translation>
    </message>
    <message>
        <source>Save every answer and finished lesson as a CSV file, e.g. for your teacher</source>
        <translation>Jede Antwort und jede erledigte Lektion als CSV-Datei speichern, z. B. für deine Lehrkraft</translation>
    </message>
    <message>
        <source>Reset my progress…</source>
        <translation>Meinen Fortschritt zurücksetzen…</translation>
    </message>
    <message>
        <source>Lessons done</source>
        <translation>Erledigte Lektionen</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lektion</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Questions missed most</source>
        <translation>Am häufigsten falsch beantwortet</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Falsch</translation>
    </message>
    <message>
        <source>Right answers per topic</source>
        <translation>Richtige Antworten pro Thema</translation>
    </message>
    <message>
        <source>Score per practice session</source>
        <translation>Ergebnis pro Übungsrunde</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Lektionen</translation>
    </message>
    <message>
        <source>Score per practice session, oldest to newest</source>
        <translation>Ergebnis pro Übungsrunde, von der ältesten zur neuesten</translation>
    </message>
    <message>
        <source>Missed most — retry them</source>
        <translation>Am häufigsten falsch — versuche sie noch einmal</translation>
    </message>
    <message>
        <source>x (%1): %2</source>
        <translation>x (%1): %2</translation>
    </message>
    <message>
        <source>Review 1 missed question</source>
        <translation>1 falsch beantwortete Frage wiederholen</translation>
    </message>
    <message>
        <source>Review %1 missed questions</source>
        <translation>%1 falsch beantwortete Fragen wiederholen</translation>
    </message>
    <message>
        <source>%1 of %2 lessons done</source>
        <translation>%1 von %2 Lektionen erledigt</translation>
    </message>
    <message>
        <source>no questions answered yet</source>
        <translation>noch keine Fragen beantwortet</translation>
    </message>
    <message>
        <source>1 answer, %1 right</source>
        <translation>1 Antwort, %1 richtig</translation>
    </message>
    <message>
        <source>%1 answers, %2 right</source>
        <translation>%1 Antworten, %2 richtig</translation>
    </message>
    <message>
        <source>1 practice session</source>
        <translation>1 Übungsrunde</translation>
    </message>
    <message>
        <source>%1 practice sessions</source>
        <translation>%1 Übungsrunden</translation>
    </message>
    <message>
        <source>Done %1</source>
        <translation>Erledigt am %1</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Noch nicht</translation>
    </message>
    <message>
        <source>Answer a few questions to see how you do per topic.</source>
        <translation>Nach ein paar Antworten siehst du hier jedes Thema.</translation>
    </message>
    <message>
        <source>Right answers</source>
        <translation>Richtige Antworten</translation>
    </message>
    <message>
        <source>Finish a practice round to start your score chart.</source>
        <translation>Nach einer Übungsrunde beginnt hier deine Kurve.</translation>
    </message>
    <message>
        <source>Nothing missed yet.</source>
        <translation>Noch nichts falsch beantwortet.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Nochmal</translation>
    </message>
    <message>
        <source>Retry %1</source>
        <translation>%1 nochmal versuchen</translation>
    </message>
    <message>
        <source>Your results could not be saved to %1 (%2).</source>
        <translation>Deine Ergebnisse konnten nicht in %1 gespeichert werden (%2).</translation>
    </message>
    <message>
        <source>Your results were saved to %1.</source>
        <translation>Deine Ergebnisse wurden in %1 gespeichert.</translation>
    </message>
    <message>
        <source>Export my results</source>
        <translation>Meine Ergebnisse exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Reset my progress?</source>
        <translation>Meinen Fortschritt zurücksetzen?</translation>
    </message>
    <message>
        <source>This forgets every answer, practice session and finished lesson on this computer. Export your results first if you want to keep them.</source>
        <translation>Damit werden alle Antworten, Übungsrunden und erledigten Lektionen auf diesem Computer vergessen. Exportiere deine Ergebnisse vorher, wenn du sie behalten willst.</translation>
    </message>
    <message>
        <source>Reset my progress</source>
        <translation>Meinen Fortschritt zurücksetzen</translation>
    </message>
    <message>
        <source>Your progress was reset; a fresh start.</source>
        <translation>Dein Fortschritt wurde zurückgesetzt; ein Neuanfang.</translation>
    </message>
    <message>
        <source>Your progress could not be reset (%1).</source>
        <translation>Dein Fortschritt konnte nicht zurückgesetzt werden (%1).</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 von %3</translation>
    </message>
    <message>
        <source>session, %1</source>
        <translation>Runde, %1</translation>
    </message>
    <message>
        <source>session, %1 – %2</source>
        <translation>Runde, %1 – %2</translation>
    </message>
</context>
<context>
    <name>ft::ui::ProgressWiring</name>
    <message>
        <source>&lt;b&gt;Endless practice&lt;/b&gt; — set #</source>
        <translation>&lt;b&gt;Endlos üben&lt;/b&gt; — Set Nr. </translation>
    </message>
    <message>
        <source>Practice set number</source>
        <translation>Nummer des Übungssets</translation>
    </message>
    <message>
        <source>Everyone who picks the same set number gets the same questions</source>
        <translation>Alle, die dieselbe Set-Nummer wählen, bekommen dieselben Fragen</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Start endless practice</source>
        <translation>Endlos üben starten</translation>
    </message>
    <message>
        <source>New questions made from real mistakes; the engine checks every answer.</source>
        <translation>Neue Fragen aus echten Fehlern; die Engine prüft jede Antwort.</translation>
    </message>
    <message>
        <source>Missed questions come back, spaced out, until you answer them right on separate days</source>
        <translation>Falsch beantwortete Fragen kommen in Abständen wieder, bis du sie an verschiedenen Tagen richtig beantwortest</translation>
    </message>
    <message>
        <source>Endless practice — set #%1</source>
        <translation>Endlos üben — Set Nr. %1</translation>
    </message>
    <message>
        <source>Nothing to review today; the next review is on %1.</source>
        <translation>Heute gibt es nichts zu wiederholen; die nächste Wiederholung ist am %1.</translation>
    </message>
    <message>
        <source>Nothing to review: every question you missed has been learned.</source>
        <translation>Nichts zu wiederholen: Jede falsch beantwortete Frage sitzt jetzt.</translation>
    </message>
    <message>
        <source>Review: questions you missed</source>
        <translation>Wiederholung: falsch beantwortete Fragen</translation>
    </message>
    <message>
        <source>That question is no longer in the course.</source>
        <translation>Diese Frage ist nicht mehr im Kurs.</translation>
    </message>
    <message>
        <source>Retry a missed question</source>
        <translation>Eine falsch beantwortete Frage nochmal versuchen</translation>
    </message>
    <message>
        <source>This answer could not be saved (%1).</source>
        <translation>Diese Antwort konnte nicht gespeichert werden (%1).</translation>
    </message>
    <message>
        <source>Nothing to review today</source>
        <translation>Heute nichts zu wiederholen</translation>
    </message>
    <message>
        <source>Review 1 missed question</source>
        <translation>1 falsch beantwortete Frage wiederholen</translation>
    </message>
    <message>
        <source>Review %1 missed questions</source>
        <translation>%1 falsch beantwortete Fragen wiederholen</translation>
    </message>
    <message>
        <source>A question no longer in the course</source>
        <translation>Eine Frage, die nicht mehr im Kurs ist</translation>
    </message>
    <message>
        <source>&amp;Learner</source>
        <translation>&amp;Lernende</translation>
    </message>
    <message>
        <source>&amp;Export my results…</source>
        <translation>Ergebnisse &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Reset my progress…</source>
        <translation>Fortschritt &amp;zurücksetzen…</translation>
    </message>
    <message>
        <source>&amp;New learner…</source>
        <translation>&amp;Neue lernende Person…</translation>
    </message>
    <message>
        <source>New learner</source>
        <translation>Neue lernende Person</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>&amp;Rename %1…</source>
        <translation>%1 &amp;umbenennen…</translation>
    </message>
    <message>
        <source>Rename learner</source>
        <translation>Lernende Person umbenennen</translation>
    </message>
    <message>
        <source>&amp;Delete %1…</source>
        <translation>%1 &amp;löschen…</translation>
    </message>
    <message>
        <source>Delete learner</source>
        <translation>Lernende Person löschen</translation>
    </message>
    <message>
        <source>Delete %1 and all of %1&apos;s progress? This cannot be undone.</source>
        <translation>%1 und den gesamten Fortschritt von %1 löschen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Now learning: %1.</source>
        <translation>Jetzt lernt: %1.</translation>
    </message>
    <message>
        <source>Who is learning?</source>
        <translation>Wer lernt gerade?</translation>
    </message>
    <message>
        <source>Learner:</source>
        <translation>Lernende Person:</translation>
    </message>
</context>
<context>
    <name>ft::ui::QuizRunner</name>
    <message>
        <source>Choose a set of questions. Each question shows what every answer means once you check it, and a step-by-step solution.</source>
        <translation>Wähle ein Fragenset. Nach dem Prüfen zeigt jede Frage, was jede Antwort bedeutet, und eine Lösung Schritt für Schritt.</translation>
    </message>
    <message>
        <source>Question sets</source>
        <translation>Fragensets</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Start the chosen question set</source>
        <translation>Das gewählte Fragenset starten</translation>
    </message>
    <message>
        <source>Start (Enter)</source>
        <translation>Starten (Eingabe)</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Answer options</source>
        <translation>Antwortmöglichkeiten</translation>
    </message>
    <message>
        <source>Show or hide the step-by-step solution</source>
        <translation>Die Lösung Schritt für Schritt zeigen oder verbergen</translation>
    </message>
    <message>
        <source>Show or hide the quick check</source>
        <translation>Den Kurzcheck zeigen oder verbergen</translation>
    </message>
    <message>
        <source>Show or hide the common mistakes</source>
        <translation>Die häufigen Fehler zeigen oder verbergen</translation>
    </message>
    <message>
        <source>Step-by-step solution</source>
        <translation>Lösung Schritt für Schritt</translation>
    </message>
    <message>
        <source>Quick check</source>
        <translation>Kurzcheck</translation>
    </message>
    <message>
        <source>Common mistakes</source>
        <translation>Häufige Fehler</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Check my answer</source>
        <translation>Meine Antwort prüfen</translation>
    </message>
    <message>
        <source>Check (Enter)</source>
        <translation>Prüfen (Eingabe)</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>Nächste Frage</translation>
    </message>
    <message>
        <source>Next (N, Right or Enter)</source>
        <translation>Weiter (N, Pfeil rechts oder Eingabe)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Stop this round and choose another question set</source>
        <translation>Diese Runde beenden und ein anderes Fragenset wählen</translation>
    </message>
    <message>
        <source>Questions you missed</source>
        <translation>Falsch beantwortete Fragen</translation>
    </message>
    <message>
        <source>Review my mistakes</source>
        <translation>Meine Fehler wiederholen</translation>
    </message>
    <message>
        <source>Answer again only the questions I missed</source>
        <translation>Nur die falsch beantworteten Fragen noch einmal beantworten</translation>
    </message>
    <message>
        <source>Review my mistakes (R)</source>
        <translation>Meine Fehler wiederholen (R)</translation>
    </message>
    <message>
        <source>Practise all again</source>
        <translation>Alle noch einmal üben</translation>
    </message>
    <message>
        <source>Choose another set</source>
        <translation>Ein anderes Set wählen</translation>
    </message>
    <message>
        <source>All questions (%1)</source>
        <translation>Alle Fragen (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>All questions</source>
        <translation>Alle Fragen</translation>
    </message>
    <message>
        <source>Difficulty %1</source>
        <translation>Schwierigkeit %1</translation>
    </message>
    <message>
        <source>Difficulty %1 of 5</source>
        <translation>Schwierigkeit %1 von 5</translation>
    </message>
    <message>
        <source>Choose all that apply (keys 1–%1 or A–%2), then press Enter to check.</source>
        <translation>Wähle alle zutreffenden Antworten (Tasten 1–%1 oder A–%2) und drücke dann Eingabe zum Prüfen.</translation>
    </message>
    <message>
        <source>Choose one answer (keys 1–%1 or A–%2), then press Enter to check.</source>
        <translation>Wähle eine Antwort (Tasten 1–%1 oder A–%2) und drücke dann Eingabe zum Prüfen.</translation>
    </message>
    <message>
        <source>### ✓ Right!</source>
        <translation>### ✓ Richtig!</translation>
    </message>
    <message>
        <source>### ✗ Not quite.
The right answer: **%1**. Read what each option means above.</source>
        <translation>### ✗ Nicht ganz.
Die richtige Antwort: **%1**. Lies oben, was jede Antwort bedeutet.</translation>
    </message>
    <message>
        <source>**Step %1.** %2</source>
        <translation>**Schritt %1.** %2</translation>
    </message>
    <message>
        <source>What the engine computes, layer by layer:</source>
        <translation>Was die Engine Schicht für Schicht berechnet:</translation>
    </message>
    <message>
        <source>Solution (S)</source>
        <translation>Lösung (S)</translation>
    </message>
    <message>
        <source>Quick check (Q)</source>
        <translation>Kurzcheck (Q)</translation>
    </message>
    <message>
        <source>Common mistakes (M)</source>
        <translation>Häufige Fehler (M)</translation>
    </message>
    <message>
        <source>Next question →</source>
        <translation>Nächste Frage →</translation>
    </message>
    <message>
        <source>See my score →</source>
        <translation>Mein Ergebnis →</translation>
    </message>
    <message>
        <source>No mistakes in this round.</source>
        <translation>Keine Fehler in dieser Runde.</translation>
    </message>
    <message>
        <source>**Questions to look at again:**</source>
        <translation>**Fragen zum Nachschauen:**</translation>
    </message>
    <message numerus="yes">
        <source>Review my %n mistake(s)</source>
        <translation>
            <numerusform>Meinen %n Fehler wiederholen</numerusform>
            <numerusform>Meine %n Fehler wiederholen</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no questions in this set.</source>
        <translation>In diesem Set gibt es keine Fragen.</translation>
    </message>
    <message>
        <source>You answered %1 of %2 correctly.</source>
        <translation>Du hast %1 von %2 richtig beantwortet.</translation>
    </message>
    <message>
        <source>Review: </source>
        <translation>Wiederholung: </translation>
    </message>
    <message>
        <source>Review: %1</source>
        <translation>Wiederholung: %1</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Üben</translation>
    </message>
    <message>
        <source>Question %1 of %2  ·  %3 right so far</source>
        <translation>Frage %1 von %2  ·  bisher %3 richtig</translation>
    </message>
    <message>
        <source>Score %1 / %2</source>
        <translation>Ergebnis %1 / %2</translation>
    </message>
    <message>
        <source>Question and answers</source>
        <translation>Frage und Antworten</translation>
    </message>
</context>
<context>
    <name>ft::ui::SourceStepModel</name>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Aufruf</translation>
    </message>
    <message>
        <source>Output shape</source>
        <translation>Ausgabeform</translation>
    </message>
</context>
<context>
    <name>ft::ui::ThemeMenu</name>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>&amp;System colours</source>
        <translation>&amp;Systemfarben</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
</context>
<context>
    <name>ft::ui::TrainingPage</name>
    <message>
        <source>&lt;b&gt;Flatten has no metrics of its own&lt;/b&gt;, but a flattening bug shows up in every metric after it. Train one small CNN on real handwritten digits, flattened two ways.</source>
        <translation>&lt;b&gt;Flatten hat keine eigenen Metriken&lt;/b&gt;, aber ein Fehler beim Glätten zeigt sich in jeder Metrik danach. Trainiere ein kleines CNN auf echten handgeschriebenen Ziffern, auf zwei Arten geglättet.</translation>
    </message>
    <message>
        <source>Model %1 flattening</source>
        <translation>Modell %1: Glättung</translation>
    </message>
    <message>
        <source>Model &amp;%1:</source>
        <translation>Modell &amp;%1:</translation>
    </message>
    <message>
        <source>The same seed gives the same initial weights, batches and results.</source>
        <translation>Derselbe Seed ergibt dieselben Startgewichte, Batches und Ergebnisse.</translation>
    </message>
    <message>
        <source>&amp;Epochs:</source>
        <translation>&amp;Epochen:</translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation>&amp;Seed:</translation>
    </message>
    <message>
        <source>&amp;Train both</source>
        <translation>&amp;Trainieren</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Abbre&amp;chen</translation>
    </message>
    <message>
        <source>Training progress</source>
        <translation>Trainingsfortschritt</translation>
    </message>
    <message>
        <source>Ready.</source>
        <translation>Bereit.</translation>
    </message>
    <message>
        <source>Training on a worker thread…</source>
        <translation>Training läuft in einem Hintergrund-Thread…</translation>
    </message>
    <message>
        <source>Cross-entropy loss per epoch</source>
        <translation>Kreuzentropie-Verlust pro Epoche</translation>
    </message>
    <message>
        <source>Accuracy per epoch (%)</source>
        <translation>Genauigkeit pro Epoche (%)</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <source>%1 train</source>
        <translation>%1 Training</translation>
    </message>
    <message>
        <source>%1 test</source>
        <translation>%1 Test</translation>
    </message>
    <message>
        <source>Not trained yet.</source>
        <translation>Noch nicht trainiert.</translation>
    </message>
    <message>
        <source>precision</source>
        <translation>Präzision</translation>
    </message>
    <message>
        <source>recall</source>
        <translation>Trefferquote</translation>
    </message>
    <message>
        <source>Precision and recall per digit</source>
        <translation>Präzision und Trefferquote pro Ziffer</translation>
    </message>
    <message>
        <source>Training…</source>
        <translation>Training läuft…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Wird angehalten…</translation>
    </message>
    <message>
        <source>Epoch %1: test accuracy %2, test loss %3</source>
        <translation>Epoche %1: Testgenauigkeit %2, Testverlust %3</translation>
    </message>
    <message>
        <source>&lt;b&gt;Test accuracy %1&lt;/b&gt; &amp;middot; test loss %2 &amp;middot; trained in %3 s</source>
        <translation>&lt;b&gt;Testgenauigkeit %1&lt;/b&gt; &amp;middot; Testverlust %2 &amp;middot; trainiert in %3 s</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Cancelled before the first epoch ended.</source>
        <translation>Abgebrochen, bevor die erste Epoche fertig war.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Fertig.</translation>
    </message>
    <message>
        <source>Training failed: %1</source>
        <translation>Das Training ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Training failed before the first epoch ended.</source>
        <translation>Das Training ist fehlgeschlagen, bevor die erste Epoche fertig war.</translation>
    </message>
    <message>
        <source>Training two flattening variants</source>
        <translation>Training zweier Flatten-Varianten</translation>
    </message>
</context>
</TS>
