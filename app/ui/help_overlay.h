// help_overlay.h — a sheet over the whole window listing every keyboard shortcut, grouped by
// screen. F1 or ? opens it; Esc, F1, ? or a click closes it. It follows its parent's size.
//
//     auto *help = new ft::ui::HelpOverlay(mainWindow);
//     help->setShortcuts({{tr("Anywhere"), tr("Ctrl+1 ... Ctrl+5"), tr("Go to a screen")}});
//     help->showOverParent();
#pragma once

#include <QList>
#include <QWidget>

class QLabel;

namespace ft::ui {

struct ShortcutHelp
{
    QString section;     // the screen it works on, e.g. "Practice"; "Anywhere" for global keys
    QString keys;        // as shown to the reader, e.g. "1-6 or A-F"
    QString description; // what it does, e.g. "Choose an option"
};

class HelpOverlay : public QWidget
{
    Q_OBJECT

public:
    explicit HelpOverlay(QWidget *parent = nullptr);

    void setShortcuts(const QList<ShortcutHelp> &shortcuts);
    QList<ShortcutHelp> shortcuts() const { return m_shortcuts; }
    // The text shown, for tests and screen readers.
    QString text() const;

    void showOverParent();

protected:
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QList<ShortcutHelp> m_shortcuts;
    QLabel *m_table = nullptr;
};

} // namespace ft::ui
