<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
    <name>ft::ui::ConfusionMatrixView</name>
    <message>
        <source>Confusion matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 test images on the diagonal (classified correctly)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The confusion matrix appears after training.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>predicted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ft::ui::FlattenAnimationView</name>
    <message>
        <source>Flatten animation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0-d: one number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dim 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dim %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dim %1 stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dim %1 is now dim %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dims %1-%2 merged into dim %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The single value keeps its place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One cell per value, numbered in row-major order; colour = index along dim %1. The values stay, only the shape changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 values are too many to draw one by one (the element view shows up to %2); try a shape like 2, 3, 4, 4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> becomes </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ft::ui::FlattenPlayground</name>
    <message>
        <source>Flatten playground</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input &amp;shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 32, 3, 28, 28</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sizes separated by commas, outermost (the batch) first. () is a 0-d tensor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add dim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Append a dimension of size 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move dim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the last dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flatten with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nn.Flatten()   (defaults start_dim=1, end_dim=-1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>torch.flatten(x)   (defaults start_dim=0, end_dim=-1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>s&amp;tart_dim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start_dim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;end_dim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end_dim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negative dims count from the end: -1 is the last dim.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jump to the next stage and pause (Right arrow on the animation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;peed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input shape is not valid yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid dims: %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hint: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ft::ui::HelpOverlay</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Keyboard shortcuts&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the shortcut list</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(could not be built)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer (as PyTorch prints it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ft::ui::LessonReader</name>
    <message>
        <source>Lessons in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous lesson (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark this lesson as done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark this lesson as done (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next lesson (Alt+Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lessons were found. Lessons are Markdown files in a &lt;tt&gt;lessons/&lt;/tt&gt; folder; start the app with &lt;tt&gt;--content DIR&lt;/tt&gt; to add a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Playground: input %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of the lesson. &lt;b&gt;Next&lt;/b&gt; takes you to “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of the last lesson. Try the &lt;b&gt;Practice&lt;/b&gt; screen (Ctrl+2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ft::ui::MainWindow</name>
    <message>
        <source>Flatten Tutor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F1  all shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playground</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your progress will show here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in the content files; run &apos;flatten-tutor check-content&apos; to list them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Flatten Tutor %1&lt;/h3&gt;&lt;p&gt;Learn PyTorch&apos;s &lt;tt&gt;nn.Flatten&lt;/tt&gt; by touching it: lessons, a live playground and practice questions checked by a tiny tensor engine that behaves like PyTorch.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F1 or ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this list of shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl + plus / Ctrl + minus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larger / smaller type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal type size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F11 or Ctrl+Shift+P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presentation mode: full screen, large type (Esc leaves it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab / Shift+Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move between controls; Space presses a button</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+Right / Alt+Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next / previous lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the lesson as done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page Down / Page Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scroll the lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1–6 or A–F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the answer, then go on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N or Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S / Q / M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the solution / quick check / common mistakes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the score screen: review my mistakes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Flatten Tutor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+1 … Ctrl+%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to a screen: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ft::ui::ModelBuilder</name>
    <message>
        <source>Works: Conv2d, Flatten, Linear on (32, 3, 64, 64)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Works: a small CNN with pooling on MNIST-sized images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bug: Flatten(start_dim=0) also flattens the batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bug: in_features forgets that the convolution shrinks the image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bug: no Flatten between the convolution and Linear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bug: grayscale images into a colour (3-channel) convolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bug: the kernel is larger than the image after pooling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bug: nn.Flatten(dim=0) is not how Flatten is called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model builder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Input shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 32, 3, 28, 28</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Model — an nn.Sequential(...) expression, as in Python</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syntax error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model output shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total parameters: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hint: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ft::ui::OptionButton</name>
    <message>
        <source>✓ **Right** — your choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ **Right answer** — you did not choose it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ **Not right** — your choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ Not right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Option %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, chosen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ft::ui::PlaygroundPage</name>
    <message>
        <source>Playground</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Flatten a tensor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Build a model</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ft::ui::ProgressPage</name>
    <message>
        <source>Your progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The questions you missed come back until you answer them right on separate days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export my results…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save every answer and finished lesson as a CSV file, e.g. for your teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset my progress…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions missed most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right answers per topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score per practice session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score per practice session, oldest to newest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed most — retry them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review 1 missed question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review %1 missed questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 lessons done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no questions answered yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 answer, %1 right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answers, %2 right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 practice session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 practice sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer a few questions to see how you do per topic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish a practice round to start your score chart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing missed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your results could not be saved to %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your results were saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export my results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset my progress?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This forgets every answer, practice session and finished lesson on this computer. Export your results first if you want to keep them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset my progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your progress was reset; a fresh start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your progress could not be reset (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ft::ui::ProgressWiring</name>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Endless practice&lt;/b&gt; — set #</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice set number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone who picks the same set number gets the same questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start endless practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New questions made from real mistakes; the engine checks every answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed questions come back, spaced out, until you answer them right on separate days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endless practice — set #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to review today; the next review is on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to review: every question you missed has been learned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review: questions you missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That question is no longer in the course.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry a missed question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This answer could not be saved (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to review today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review 1 missed question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review %1 missed questions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ft::ui::QuizRunner</name>
    <message>
        <source>Choose a set of questions. Each question shows what every answer means once you check it, and a step-by-step solution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the chosen question set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the step-by-step solution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the quick check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the common mistakes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step-by-step solution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Common mistakes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check my answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next (N, Right or Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop this round and choose another question set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions you missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review my mistakes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer again only the questions I missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review my mistakes (R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practise all again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All questions (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difficulty %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difficulty %1 of 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose all that apply (keys 1–%1 or A–%2), then press Enter to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one answer (keys 1–%1 or A–%2), then press Enter to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>### ✓ Right!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>### ✗ Not quite.
The right answer: **%1**. Read what each option means above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>**Step %1.** %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the engine computes, layer by layer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solution (S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick check (Q)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Common mistakes (M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next question →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See my score →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mistakes in this round.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>**Questions to look at again:**</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Review my %n mistake(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>There are no questions in this set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You answered %1 of %2 correctly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question %1 of %2  ·  %3 right so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score %1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ft::ui::TrainingPage</name>
    <message>
        <source>&lt;b&gt;Flatten has no metrics of its own&lt;/b&gt;, but a flattening bug shows up in every metric after it. Train one small CNN on real handwritten digits, flattened two ways.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model %1 flattening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model &amp;%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same seed gives the same initial weights, batches and results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Epochs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Train both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training on a worker thread…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-entropy loss per epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accuracy per epoch (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not trained yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Precision and recall per digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epoch %1: test accuracy %2, test loss %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Test accuracy %1&lt;/b&gt; &amp;middot; test loss %2 &amp;middot; trained in %3 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled before the first epoch ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
