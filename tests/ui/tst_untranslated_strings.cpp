// Catches user-visible UI text that does not go through tr(): the whole UI runs under a
// pseudo-translation that marks every translated string as ⟦...⟧, every screen and state is
// visited (each lesson, a practice round to its score, every playground mode with an error, the
// shortcut list, the menus, the About box), and every text a user sees or hears — labels, buttons,
// group titles, tabs, list items, table headers, placeholders, tool tips, accessible names, chart
// and axis titles, window titles and the paragraphs of text views — must be marked, except data:
// course text (from the loaded lessons and banks), numbers, shapes, code and PyTorch's own
// messages. A failure names the widget and the text, e.g.
//     LessonReader/QPushButton "Mark as done" is not translatable (no tr())
#include "ft_test.h"
#include "modal_steps.h"

#include "content/content_library.h"
#include "content/content_paths.h"
#include "content/model_example_loader.h"
#include "ui/build_model_page.h"
#include "ui/class_editor.h"
#include "ui/language_menu.h"
#include "ui/lesson_reader.h"
#include "ui/main_window.h"
#include "ui/model_builder.h"
#include "ui/playground_page.h"
#include "ui/quiz_runner.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QChartView>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QTextEdit>
#include <QTranslator>
#include <QAbstractAxis>

#include <algorithm>

namespace {

const QChar kOpen(0x27E6);  // ⟦
const QChar kClose(0x27E7); // ⟧

// Labels showing the engine's own words: PyTorch's error, and the engine's diagnosis of it (its
// explanation and hint or fix, a model's syntax error with its caret, a silent batch change). The Qt-free engine owns these
// texts (one owner per rule) and has no translations yet, so they are data here.
const QStringList kEngineLabels{
    QStringLiteral("errorLabel"),      QStringLiteral("explanationLabel"),      QStringLiteral("hintLabel"),
    QStringLiteral("modelErrorLabel"), QStringLiteral("modelExplanationLabel"), QStringLiteral("modelHintLabel"),
    QStringLiteral("parseErrorLabel"),
    QStringLiteral("classErrorLabel"), QStringLiteral("classExplanationLabel"), QStringLiteral("classHintLabel"),
    QStringLiteral("classWarningLabel"), // the batch-changed warning a learner's class gets, and PyTorch's own
    QStringLiteral("modelWarningLabel"), // PyTorch's warnings ("UserWarning at layer 1: ...")
};

// Every string asked for through tr() / QCoreApplication::translate comes back marked.
class PseudoTranslator : public QTranslator
{
public:
    using QTranslator::QTranslator;
    bool isEmpty() const override { return false; }
    QString translate(const char *, const char *sourceText, const char *, int) const override
    {
        if (!sourceText || !*sourceText)
            return {};
        return kOpen + QString::fromUtf8(sourceText) + kClose;
    }
};

// Markdown and rich text as a reader sees them: no markup characters, single spaces.
QString normalized(QString text)
{
    static const QRegularExpression markup(QStringLiteral("[`*#>|\\\\]"));
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return text.remove(markup).replace(space, QStringLiteral(" ")).trimmed();
}

QString plainText(const QString &text)
{
    return Qt::mightBeRichText(text) || text.contains(QLatin1String("<b>")) || text.contains(QLatin1String("&middot;"))
        ? QTextDocumentFragment::fromHtml(text).toPlainText()
        : text;
}

} // namespace

class UntranslatedStringsTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settingsDir;
    PseudoTranslator *m_translator = nullptr;
    QStringList m_data;       // normalized course text of three words or more, longest first
    QSet<QString> m_shortData; // shorter course text (a tag, a title), matched only as a whole text
    QStringList m_found;      // "where: text"
    int m_checked = 0;        // texts looked at
    int m_marked = 0;         // of them, carrying a translated part

    // Markdown as paragraphs: the lines of a paragraph or list item joined, as a text view shows
    // them; each line of a code block on its own.
    static QStringList paragraphs(const QString &markdown)
    {
        static const QRegularExpression startsItem(QStringLiteral("^\\s*([-*+] |\\d+\\. |#|>|\\|)"));
        QStringList result;
        bool inCode = false;
        bool joinNext = false;
        for (const QString &line : markdown.split(QLatin1Char('\n'))) {
            const bool fence = line.trimmed().startsWith(QLatin1String("```"));
            if (fence)
                inCode = !inCode;
            if (fence || inCode || line.trimmed().isEmpty() || !joinNext || startsItem.match(line).hasMatch())
                result << line;
            else
                result.last() += QLatin1Char(' ') + line.trimmed();
            joinNext = !fence && !inCode && !line.trimmed().isEmpty() && !line.trimmed().startsWith(QLatin1Char('|'));
        }
        return result;
    }

    void addData(const QString &text)
    {
        for (const QString &line : paragraphs(text)) {
            QString clean = line.trimmed();
            clean.remove(QRegularExpression(QStringLiteral("^([-+] |\\d+\\. |\\[[ x]\\] )+")));
            clean.replace(QRegularExpression(QStringLiteral("\\[([^\\]]*)\\]\\([^)]*\\)")), QStringLiteral("\\1")); // [text](url)
            for (const QString &cell : clean.split(QLatin1Char('|'))) {
                const QString n = normalized(cell);
                if (n.count(QLatin1Char(' ')) >= 2)
                    m_data << n;
                else if (!n.isEmpty())
                    m_shortData << n;
            }
        }
    }

    void collectData(const ft::content::ContentLibrary &library)
    {
        for (const ft::content::Lesson &lesson : library.lessons()) {
            addData(lesson.title);
            addData(lesson.summary);
            for (const ft::content::LessonBlock &block : lesson.blocks)
                addData(block.markdown);
            for (const ft::content::PlaygroundBlock &playground : lesson.playgrounds())
                addData(playground.caption);
        }
        for (const ft::content::QuestionBank &bank : library.banks()) {
            addData(bank.title);
            for (const ft::content::Question &question : bank.questions) {
                addData(question.stem);
                for (const ft::content::Option &option : question.options) {
                    addData(option.text);
                    addData(option.feedback);
                }
                for (const QString &step : question.solution)
                    addData(step);
                addData(question.quickCheck);
                for (const QString &mistake : question.mistakes)
                    addData(mistake);
                for (const QString &tag : question.tags)
                    addData(tag);
                if (question.answer)
                    addData(question.answer->trace);
            }
        }
        for (const ft::content::ModelExample &example : library.modelExamples())
            addData(example.title);
        // The class editor's examples (models/*.py), as a teacher titled them.
        for (const ft::content::ClassExample &example : library.classExamples())
            addData(example.title);
        // View > Language names each language in its own words, never translated.
        for (const QString &language : ft::ui::LanguageMenu::availableLanguages())
            addData(language == QLatin1String("en") ? QStringLiteral("English") : QLocale(language).nativeLanguageName());
        m_data.removeDuplicates();
        std::sort(m_data.begin(), m_data.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
    }

    // The words of `text` that are neither translated, nor data, nor code: empty when it passes.
    QString untranslatedWords(const QString &shown) const
    {
        QString text = normalized(plainText(shown));
        if (m_shortData.contains(text))
            return {};
        // Innermost first: a translated text may hold another ("⟦⟦Lessons⟧ — Flatten Tutor⟧").
        static const QRegularExpression markedPart(QStringLiteral("%1[^%1%2]*%2").arg(kOpen, kClose));
        for (qsizetype before = -1; before != text.size();) {
            before = text.size();
            text.replace(markedPart, QStringLiteral(" "));
        }
        for (const QString &data : m_data)
            text.replace(data, QStringLiteral(" "), Qt::CaseSensitive);
        // PyTorch's own messages stay in PyTorch's words.
        static const QRegularExpression pythonError(QStringLiteral("\\b[A-Z][A-Za-z]*(Error|Warning): .*$"));
        text.remove(pythonError);
        QStringList words;
        static const QRegularExpression prose(QStringLiteral("^[A-Za-z][a-z]+$"));
        static const QRegularExpression edges(QStringLiteral("^[\\s,.;:!?\"'“”„()–—/…→←✓✗·]+|[\\s,.;:!?\"'“”„()–—/…→←✓✗·]+$"));
        for (QString token : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            token.remove(edges);
            if (prose.match(token).hasMatch())
                words << token;
        }
        return words.join(QLatin1Char(' '));
    }

    void check(const QString &where, const QString &text)
    {
        if (text.trimmed().isEmpty())
            return;
        ++m_checked;
        if (text.contains(kOpen))
            ++m_marked;
        const QString words = untranslatedWords(text);
        if (!words.isEmpty()) {
            const QString entry = QStringLiteral("%1 \"%2\" (untranslated: %3)").arg(where, text.simplified().left(160), words);
            if (!m_found.contains(entry))
                m_found << entry;
        }
    }

    static QString nameOf(const QObject *object)
    {
        QString name = QString::fromLatin1(object->metaObject()->className()).section(QLatin1String("::"), -1);
        if (!object->objectName().isEmpty())
            name += QLatin1Char('#') + object->objectName();
        return name;
    }

    void collectActions(const QString &where, const QList<QAction *> &actions)
    {
        for (QAction *action : actions) {
            if (action->isSeparator())
                continue;
            check(where + QStringLiteral("/action"), action->text());
            if (action->toolTip() != QString(action->text()).remove(QLatin1Char('&')))
                check(where + QStringLiteral("/action tool tip"), action->toolTip());
            check(where + QStringLiteral("/action status tip"), action->statusTip());
            if (action->menu())
                collectActions(where + QLatin1Char('/') + action->text(), action->menu()->actions());
        }
    }

    void collect(QWidget *root, const QString &state)
    {
        QApplication::processEvents();
        QList<QWidget *> widgets = root->findChildren<QWidget *>();
        widgets.prepend(root);
        for (QWidget *widget : std::as_const(widgets)) {
            if (!widget->isVisibleTo(root) && widget != root)
                continue;
            const QString where = state + QLatin1Char('/') + nameOf(widget->parentWidget() ? widget->parentWidget() : widget)
                + QLatin1Char('/') + nameOf(widget);
            if (widget->isWindow())
                check(where + QStringLiteral(" window title"), widget->windowTitle());
            check(where + QStringLiteral(" tool tip"), widget->toolTip());
            check(where + QStringLiteral(" status tip"), widget->statusTip());
            check(where + QStringLiteral(" accessible name"), widget->accessibleName());
            check(where + QStringLiteral(" accessible description"), widget->accessibleDescription());
            if (auto *label = qobject_cast<QLabel *>(widget)) {
                if (kEngineLabels.contains(label->objectName())) {
                    // The engine's words; a hint still starts with the translated "Hint: ".
                    if (label->objectName().endsWith(QLatin1String("intLabel")) && !label->text().isEmpty() && !label->text().startsWith(kOpen))
                        m_found << where + QStringLiteral(" \"%1\" (its \"Hint: \" is not translated)").arg(label->text());
                } else {
                    check(where, label->text());
                }
            }
            if (auto *button = qobject_cast<QAbstractButton *>(widget))
                check(where, button->text());
            if (auto *box = qobject_cast<QGroupBox *>(widget))
                check(where, box->title());
            if (auto *edit = qobject_cast<QLineEdit *>(widget))
                check(where + QStringLiteral(" placeholder"), edit->placeholderText());
            if (auto *edit = qobject_cast<QPlainTextEdit *>(widget))
                check(where + QStringLiteral(" placeholder"), edit->placeholderText());
            if (auto *combo = qobject_cast<QComboBox *>(widget)) {
                for (int i = 0; i < combo->count(); ++i)
                    check(where + QStringLiteral(" item"), combo->itemText(i));
            }
            if (auto *tabs = qobject_cast<QTabBar *>(widget)) {
                for (int i = 0; i < tabs->count(); ++i) {
                    check(where + QStringLiteral(" tab"), tabs->tabText(i));
                    check(where + QStringLiteral(" tab tool tip"), tabs->tabToolTip(i));
                }
            }
            if (auto *view = qobject_cast<QAbstractItemView *>(widget); view && view->model()) {
                const QAbstractItemModel *model = view->model();
                for (int c = 0; c < model->columnCount(); ++c)
                    check(where + QStringLiteral(" header"), model->headerData(c, Qt::Horizontal).toString());
                for (int r = 0; r < std::min(model->rowCount(), 200); ++r) {
                    for (int c = 0; c < model->columnCount(); ++c) {
                        const QModelIndex index = model->index(r, c);
                        check(where + QStringLiteral(" item"), index.data(Qt::DisplayRole).toString());
                        check(where + QStringLiteral(" item tool tip"), index.data(Qt::ToolTipRole).toString());
                        check(where + QStringLiteral(" item accessible text"), index.data(Qt::AccessibleTextRole).toString());
                    }
                }
            }
            if (auto *text = qobject_cast<QTextEdit *>(widget)) {
                for (QTextBlock block = text->document()->begin(); block.isValid(); block = block.next())
                    check(where + QStringLiteral(" paragraph"), block.text());
                check(where + QStringLiteral(" placeholder"), text->placeholderText());
            }
            if (auto *chartView = qobject_cast<QChartView *>(widget); chartView && chartView->chart()) {
                check(where + QStringLiteral(" chart title"), chartView->chart()->title());
                for (QAbstractAxis *axis : chartView->chart()->axes())
                    check(where + QStringLiteral(" axis title"), axis->titleText());
                for (QAbstractSeries *series : chartView->chart()->series())
                    check(where + QStringLiteral(" series"), series->name());
            }
            collectActions(where, widget->actions());
        }
    }

    static QAction *menuAction(QMainWindow &window, const QString &marked)
    {
        for (QAction *menu : window.menuBar()->actions()) {
            if (!menu->menu())
                continue;
            for (QAction *action : menu->menu()->actions()) {
                if (action->text() == marked)
                    return action;
            }
        }
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        m_translator = new PseudoTranslator(this);
        QVERIFY(QCoreApplication::installTranslator(m_translator));
        QCOMPARE(QObject::tr("Anything"), kOpen + QStringLiteral("Anything") + kClose);
    }

    void cleanupTestCase()
    {
        QCoreApplication::removeTranslator(m_translator);
    }

    // The checker itself: marked text passes, a bare English label does not, course text and
    // PyTorch's messages are data.
    void checkerTellsMarkedFromBare()
    {
        m_data = QStringList{QStringLiteral("What Flatten does")};
        QCOMPARE(untranslatedWords(kOpen + QStringLiteral("Next lesson") + kClose), QString());
        QCOMPARE(untranslatedWords(QStringLiteral("Next lesson")), QStringLiteral("Next lesson"));
        QCOMPARE(untranslatedWords(kOpen + QStringLiteral("Lesson %1:") + kClose + QStringLiteral(" What Flatten does")), QString());
        QCOMPARE(untranslatedWords(QStringLiteral("(32, 2352) nn.Flatten(start_dim=1) 75 %")), QString());
        QCOMPARE(untranslatedWords(QStringLiteral("RuntimeError: mat1 and mat2 shapes cannot be multiplied (1x75264 and 2352x10)")), QString());
        QCOMPARE(untranslatedWords(QStringLiteral("<b>Done</b> (3)")), QStringLiteral("Done"));
        m_data.clear();
    }

    void everyScreenShowsOnlyTranslatedText()
    {
        ft::ui::MainWindow window;
        collectData(window.library());
        QVERIFY(m_data.size() > 500);
        // The learner's name (in the title and File > Learner) is theirs, not the app's words.
        QVERIFY(!window.learnerName().isEmpty());
        addData(window.learnerName());
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        for (int i = 0; i < window.navigation()->count(); ++i) {
            window.showPage(i);
            collect(&window, QStringLiteral("screen %1").arg(i + 1));
        }
        collectActions(QStringLiteral("menu bar"), window.menuBar()->actions());

        // Every lesson, with its playgrounds and its end-of-lesson text.
        window.showPage(ft::ui::ScreenId::Lessons);
        for (const ft::content::Lesson &lesson : window.library().lessons()) {
            QVERIFY(window.lessonReader()->openLesson(lesson.id));
            collect(&window, QStringLiteral("lesson ") + lesson.id);
        }

        // A practice round: a question, checked wrongly with every panel open, then the score.
        window.showPage(ft::ui::ScreenId::Practice);
        ft::ui::QuizRunner *runner = window.quizRunner();
        const QList<ft::content::Question> questions = window.library().questions();
        QVERIFY(!questions.isEmpty());
        const auto shape = std::find_if(questions.begin(), questions.end(), [](const ft::content::Question &q) {
            return q.kind == ft::content::QuestionKind::Shape;
        });
        const auto multiple = std::find_if(questions.begin(), questions.end(), [](const ft::content::Question &q) {
            return q.isMultipleAnswer();
        });
        QList<ft::content::Question> round{questions.first()};
        if (shape != questions.end())
            round << *shape;
        if (multiple != questions.end())
            round << *multiple;
        runner->start(round, window.library().banks().first().title);
        for (int i = 0; i < round.size(); ++i) {
            collect(&window, QStringLiteral("question %1").arg(i + 1));
            const ft::content::Question &question = *runner->currentQuestion();
            int wrong = 0;
            while (wrong < question.options.size() - 1 && question.options.at(wrong).correct)
                ++wrong;
            runner->chooseOption(wrong);
            QVERIFY(runner->checkAnswer());
            runner->toggleSolution();
            runner->toggleQuickCheck();
            runner->toggleMistakes();
            collect(&window, QStringLiteral("checked question %1").arg(i + 1));
            runner->nextQuestion();
        }
        QCOMPARE(runner->screen(), ft::ui::QuizRunner::Screen::Results);
        collect(&window, QStringLiteral("score"));
        runner->showStart();

        // The playground: both tabs, both ways of writing a model, and an error in each.
        window.showPage(ft::ui::ScreenId::Playground);
        auto *playground = qobject_cast<ft::ui::PlaygroundPage *>(window.page(ft::ui::ScreenId::Playground));
        QVERIFY(playground);
        playground->showFlattenPlayground();
        auto *shapeEdit = playground->findChild<QLineEdit *>(QStringLiteral("shapeEdit"));
        QVERIFY(shapeEdit);
        shapeEdit->setText(QStringLiteral("4, 3, x"));
        collect(&window, QStringLiteral("flatten playground, bad shape"));
        shapeEdit->setText(QStringLiteral("4, 3, 8"));
        playground->findChild<QAbstractSpinBox *>(QStringLiteral("startDimBox"))->setProperty("value", 5);
        collect(&window, QStringLiteral("flatten playground, dim out of range"));
        playground->showModelBuilder();
        collect(&window, QStringLiteral("model builder"));
        auto *examples = playground->findChild<QComboBox *>(QStringLiteral("exampleBox"));
        QVERIFY(examples);
        for (int i = 0; i < examples->count(); ++i) {
            examples->setCurrentIndex(i);
            collect(&window, QStringLiteral("model builder example %1").arg(i + 1));
        }
        playground->showClassEditor();
        collect(&window, QStringLiteral("class editor"));
        const QList<QComboBox *> combos = playground->buildModelPage()->classEditor()->findChildren<QComboBox *>();
        for (QComboBox *combo : combos) {
            for (int i = 0; i < combo->count(); ++i) {
                combo->setCurrentIndex(i);
                collect(&window, QStringLiteral("class editor example %1").arg(i + 1));
            }
        }

        // The shortcut list, and the About box.
        window.showHelp();
        collect(&window, QStringLiteral("shortcut list"));
        window.showHelp();
        QAction *about = menuAction(window, kOpen + QStringLiteral("&About Flatten Tutor") + kClose);
        QVERIFY(about);
        ModalSteps steps({[this](QWidget *box) {
            collect(box, QStringLiteral("about box"));
            qobject_cast<QDialog *>(box)->accept();
        }});
        about->trigger();
        QCOMPARE(steps.done(), 1);

        qInfo("%d texts looked at, %d of them translated", m_checked, m_marked);
        QVERIFY(m_marked > 200);
        QVERIFY2(m_found.isEmpty(), qPrintable(QStringLiteral("%1 texts are not translatable (no tr()):\n").arg(m_found.size())
                                               + m_found.join(QLatin1Char('\n'))));
    }
};

FT_REGISTER_TEST(UntranslatedStringsTest)
#include "tst_untranslated_strings.moc"
