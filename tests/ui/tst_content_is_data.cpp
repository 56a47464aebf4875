// Content is data, never code: a lesson or a question bank from a shared folder can show text and
// offer links, but rendering it fetches nothing from the web, reads nothing from the learner's disk
// and opens nothing by itself; a web link opens only when the reader clicks it, and then in the
// system browser (QDesktopServices), never inside the app.
#include "ft_test.h"

#include "content/lesson.h"
#include "ui/lesson_reader.h"
#include "ui/markdown_view.h"
#include "ui/option_button.h"

#include <QDesktopServices>
#include <QImage>
#include <QLabel>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

using ft::content::Lesson;
using ft::content::LessonBlock;

namespace {

// Stands in for the system browser: records what it was asked to open.
class BrowserStandIn : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> opened;

public slots:
    void open(const QUrl &url) { opened << url; }
};

Lesson lessonWith(const QString &markdown)
{
    Lesson lesson;
    lesson.id = QStringLiteral("hostile");
    lesson.title = QStringLiteral("Hostile");
    lesson.minutes = 1;
    lesson.body = markdown;
    LessonBlock block;
    block.markdown = markdown;
    lesson.blocks << block;
    return lesson;
}

// Where in the view's viewport the text `needle` is drawn.
QPoint pointOf(ft::ui::MarkdownView &view, const QString &needle)
{
    const QTextCursor cursor = view.document()->find(needle);
    if (cursor.isNull())
        return {};
    QTextCursor middle = cursor;
    middle.setPosition(cursor.selectionStart() + int(needle.size()) / 2);
    return view.cursorRect(middle).center();
}

} // namespace

class ContentIsDataTest : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_browser = new BrowserStandIn;
        for (const char *scheme : {"http", "https", "file", "mailto"})
            QDesktopServices::setUrlHandler(QString::fromLatin1(scheme), m_browser, "open");
    }
    void cleanup()
    {
        for (const char *scheme : {"http", "https", "file", "mailto"})
            QDesktopServices::unsetUrlHandler(QString::fromLatin1(scheme));
        delete m_browser;
        m_browser = nullptr;
    }

    void renderingALessonFetchesNothingAndOpensNothing()
    {
        const QString markdown = QStringLiteral(
            "# Lesson\n\n"
            "A [link](https://pytorch.org/docs/stable/generated/torch.nn.Flatten.html) and an image "
            "![remote](https://example.com/track.png) and ![disk](file:///etc/passwd).\n\n"
            "<img src=\"http://example.com/pixel.gif\"> <img src=\"/etc/hostname\">\n\n"
            "<p style=\"background-image: url(http://example.com/bg.png)\">styled</p>\n\n"
            "<link rel=\"stylesheet\" href=\"http://example.com/x.css\"><script>alert(1)</script>\n\n"
            "<meta http-equiv=\"refresh\" content=\"0; url=http://example.com/\">\n");
        ft::ui::LessonReader reader;
        reader.resize(900, 700);
        reader.setLessons({lessonWith(markdown)});
        reader.show();
        QVERIFY(QTest::qWaitForWindowExposed(&reader));
        QCoreApplication::processEvents();

        QVERIFY(m_browser->opened.isEmpty()); // nothing opens by itself
        QVERIFY(!reader.textViews().isEmpty());
        QList<QUrl> refused;
        for (ft::ui::MarkdownView *view : reader.textViews()) {
            QVERIFY(view->source().isEmpty()); // the view never navigates
            refused += view->refusedResources();
        }
        // Markdown images are asked for and refused. (With Qt 6.4 the raw HTML lines above lead to no
        // resource request at all; anything they did request would land in refused.)
        for (const char *url : {"https://example.com/track.png", "file:///etc/passwd"})
            QVERIFY2(refused.contains(QUrl(QString::fromLatin1(url))), url);
        for (const QUrl &url : refused)
            QVERIFY2(url.scheme() != QLatin1String("qrc"), qPrintable(url.toString()));
    }

    void aWebLinkOpensOnlyOnAClickAndInTheSystemBrowser()
    {
        ft::ui::MarkdownView view;
        view.resize(600, 200);
        view.setMarkdownText(QStringLiteral("Read [the Flatten docs](https://pytorch.org/docs/stable/generated/torch.nn.Flatten.html) later."));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QPoint link = pointOf(view, QStringLiteral("Flatten docs"));
        QVERIFY(!link.isNull());

        // Hovering and pressing without releasing open nothing.
        QTest::mouseMove(view.viewport(), link);
        QTest::mousePress(view.viewport(), Qt::LeftButton, {}, link);
        QCOMPARE(m_browser->opened.size(), 0);
        QTest::mouseRelease(view.viewport(), Qt::LeftButton, {}, link);
        QTRY_COMPARE(m_browser->opened.size(), 1);
        QCOMPARE(m_browser->opened.first().host(), QStringLiteral("pytorch.org"));
        QVERIFY(view.source().isEmpty());
        QVERIFY(view.toPlainText().contains(QStringLiteral("later.")));
    }

    void aLinkToALocalFileOrAnotherSchemeNeverOpens()
    {
        ft::ui::MarkdownView view;
        view.resize(600, 200);
        view.setMarkdownText(QStringLiteral("[notes](file:///home/someone/notes.txt) [run](javascript:alert(1)) "
                                            "[app](flatten-tutor://reset)"));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        for (const QString &text : {QStringLiteral("notes"), QStringLiteral("run"), QStringLiteral("app")}) {
            const QPoint point = pointOf(view, text);
            QVERIFY(!point.isNull());
            QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, point);
        }
        QTest::qWait(50);
        QVERIFY(m_browser->opened.isEmpty());
        QVERIFY(view.source().isEmpty());
    }

    // An option's text is Markdown from a question bank too: an image in it must not read the
    // learner's disk. A real 400x400 image next to the bank would make the option tall if loaded.
    void anOptionsMarkdownDoesNotReadLocalImages()
    {
        QTemporaryDir dir;
        const QString imagePath = dir.filePath(QStringLiteral("big.png"));
        QImage image(400, 400, QImage::Format_RGB32);
        image.fill(Qt::red);
        QVERIFY(image.save(imagePath));

        ft::ui::OptionButton plain(QStringLiteral("A"), QStringLiteral("`(16, 2352)`"));
        ft::ui::OptionButton withImage(QStringLiteral("B"), QStringLiteral("`(16, 2352)` ![x](file://%1)").arg(imagePath));
        plain.resize(500, plain.sizeHint().height());
        withImage.resize(500, withImage.sizeHint().height());
        QVERIFY2(withImage.sizeHint().height() < plain.sizeHint().height() + 100,
                 qPrintable(QStringLiteral("option with a local image is %1 px tall, plain %2 px: the image was read")
                                .arg(withImage.sizeHint().height()).arg(plain.sizeHint().height())));
    }

private:
    BrowserStandIn *m_browser = nullptr;
};

FT_REGISTER_TEST(ContentIsDataTest)
#include "tst_content_is_data.moc"
