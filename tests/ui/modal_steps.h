#pragma once
// Answers the modal dialogs a UI action opens, one step per dialog, in the order they appear, as a
// user would, so that code calling QInputDialog::getItem, QMessageBox::question or
// QFileDialog::getSaveFileName runs in a test without anyone at the keyboard.
//
//     ModalSteps steps({[](QWidget *d) { qobject_cast<QDialog *>(d)->reject(); }});
//     action->trigger();            // returns once the dialog was answered
//     QCOMPARE(steps.done(), 1);
//
// Each step gets the dialog once it is the active modal widget and must close it. The check runs
// on the event loop the dialog itself spins (a short timer), so it depends on the dialog
// being shown, never on how long anything takes. Dialogs beyond the steps are rejected and counted.
#include <QApplication>
#include <QDialog>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <utility>

class ModalSteps : public QObject
{
public:
    using Step = std::function<void(QWidget *)>;

    explicit ModalSteps(QList<Step> steps) : m_steps(std::move(steps))
    {
        connect(&m_timer, &QTimer::timeout, this, &ModalSteps::poll);
        m_timer.start(5);
    }

    int done() const { return m_done; }      // steps run so far
    int extra() const { return m_extra; }    // dialogs no step was left for (rejected)

private:
    void poll()
    {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal || modal == m_last || !modal->isVisible())
            return;
        m_last = modal;
        if (m_done < m_steps.size()) {
            const Step step = m_steps.at(m_done++);
            step(modal);
        } else if (auto *dialog = qobject_cast<QDialog *>(modal)) {
            ++m_extra;
            dialog->reject();
        }
    }

    QList<Step> m_steps;
    QTimer m_timer;
    QPointer<QWidget> m_last;
    int m_done = 0;
    int m_extra = 0;
};
