// option_button.h — one answer option of a practice question: a key badge (A, B, ...), the option's
// Markdown text, and after checking, a verdict and the option's feedback (why it is right, or which
// mistake it reflects). Colours come from the palette; the verdict is also said in words and symbols,
// so it reads the same in light and dark themes, in greyscale and to a screen reader.
//
//     auto *option = new ft::ui::OptionButton(QStringLiteral("A"), QStringLiteral("`(16, 2352)`"), this);
//     option->setVerdict(ft::ui::OptionButton::Verdict::ChosenWrong, feedback);
#pragma once

#include <QAbstractButton>

class QLabel;

namespace ft::ui {

class OptionButton : public QAbstractButton
{
    Q_OBJECT

public:
    enum class Verdict {
        None,          // not checked yet
        ChosenRight,   // the learner chose it and it is correct
        MissedRight,   // correct, but the learner did not choose it
        ChosenWrong,   // chosen, not correct
        NotChosenWrong // not chosen, not correct
    };

    explicit OptionButton(const QString &key, const QString &markdown, QWidget *parent = nullptr);

    QString key() const { return m_key; }
    QString optionText() const { return m_markdown; }
    void setVerdict(Verdict verdict, const QString &feedback);
    Verdict verdict() const { return m_verdict; }
    // "✗ Not right — Flattening the batch: ..." as shown, empty before checking.
    QString feedbackText() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void checkStateSet() override;
    void nextCheckState() override;

private:
    void updateAccessibleName();

    QString m_key;
    QString m_markdown;
    Verdict m_verdict = Verdict::None;
    QLabel *m_badge = nullptr;
    QLabel *m_text = nullptr;
    QLabel *m_feedback = nullptr;
};

} // namespace ft::ui
