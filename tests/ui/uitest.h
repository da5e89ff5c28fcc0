#pragma once

// Helpers shared by the widget tests.
#include "core/model/types.h"

#include <QApplication>
#include <QCoreApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>
#include <QString>
#include <QTest>
#include <QTimer>

#include <functional>

#include <tuple>
#include <vector>

/** Sends a key to whatever has the keyboard focus, as a person's keyboard would (in a test slot). */
#define pressKey(...)                                                                                   \
    do {                                                                                                \
        QWidget *focus_ = QApplication::focusWidget();                                                 \
        QVERIFY2(focus_, "nothing has the keyboard focus");                                            \
        QTest::keyClick(focus_, __VA_ARGS__);                                                          \
    } while (false)

/** Types text into whatever has the keyboard focus (in a test slot). */
#define typeText(text)                                                                                  \
    do {                                                                                                \
        QWidget *focus_ = QApplication::focusWidget();                                                 \
        QVERIFY2(focus_, "nothing has the keyboard focus");                                            \
        QTest::keyClicks(focus_, text);                                                                \
    } while (false)

namespace dyad::test {

/** Every stored field of a coding, so "restored exactly" can be checked. */
inline auto codingTuple(const core::Coding &c, bool withModified = true)
{
    return std::make_tuple(c.id, c.recordId, c.codeId, c.reviewerId, c.roundId, c.span.start, c.span.end,
                           c.textVersion, c.memo, c.created, withModified ? c.modified : QDateTime());
}

inline std::vector<decltype(codingTuple(core::Coding{}))> snapshot(const std::vector<core::Coding> &codings,
                                                                  bool withModified = true)
{
    std::vector<decltype(codingTuple(core::Coding{}))> out;
    for (const core::Coding &c : codings)
        out.push_back(codingTuple(c, withModified));
    std::sort(out.begin(), out.end());
    return out;
}

/**
 * Calls `act` every 50 ms until it returns true: it looks for the dialog, menu or popup it
 * answers, which under load may take a while to appear.
 */
inline void whenShown(QObject *context, std::function<bool()> act)
{
    auto *timer = new QTimer(context);
    timer->setInterval(50);
    QObject::connect(timer, &QTimer::timeout, context, [timer, act] {
        timer->stop();
        if (act())
            timer->deleteLater();
        else
            timer->start();
    });
    timer->start();
}

/** Keys to whatever has the keyboard: an open menu, else the focus widget. */
inline void keyToActive(QWidget *fallback, Qt::Key key, Qt::KeyboardModifiers mods = {})
{
    QWidget *target = QApplication::activePopupWidget();
    if (!target)
        target = QApplication::focusWidget() ? QApplication::focusWidget() : fallback;
    QTest::keyClick(target, key, mods);
}

/** File › Export › the `index`-th entry (0: Codebook) by keys: Alt+F, E, Down…, Return. */
inline void exportByKeys(QWidget &window, int index)
{
    keyToActive(&window, Qt::Key_F, Qt::AltModifier);
    keyToActive(&window, Qt::Key_E);
    for (int i = 0; i < index; ++i)
        keyToActive(&window, Qt::Key_Down);
    keyToActive(&window, Qt::Key_Return);
}

/**
 * Answers the modal dialogs an export opens, every 50 ms while `timer` runs: a message box's
 * text goes to *message and Return closes it; a file dialog, once its field has the keyboard,
 * gets *path typed over what it holds, then Return (and *sawFileDialog becomes true).
 */
inline void answerExportDialogs(QTimer &timer, QString *message, const QString *path, bool *sawFileDialog = nullptr)
{
    timer.setInterval(50);
    QObject::connect(&timer, &QTimer::timeout, [message, path, sawFileDialog] {
        QWidget *modal = QApplication::activeModalWidget();
        if (auto *box = qobject_cast<QMessageBox *>(modal)) {
            *message = box->text();
            QTest::keyClick(box, Qt::Key_Return);
        } else if (auto *save = qobject_cast<QFileDialog *>(modal)) {
            if (!QApplication::focusWidget() || !save->isAncestorOf(QApplication::focusWidget()))
                return;
            if (sawFileDialog)
                *sawFileDialog = true;
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier);
            QTest::keyClicks(QApplication::focusWidget(), *path);
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        }
    });
    timer.start();
}

/**
 * Keeps tests away from the user's settings, and starts every run from none. Each test
 * program has settings of its own: ctest runs them in parallel, and one program's switches
 * (snapping to words, say) must not reach a window another program is opening.
 */
inline void isolateSettings()
{
    QCoreApplication::setOrganizationName(QStringLiteral("DyadTest"));
    QCoreApplication::setApplicationName(QStringLiteral("dyad-ui-tests-")
                                         + QFileInfo(QCoreApplication::applicationFilePath()).completeBaseName());
    QSettings().clear();
}

/** A widget's named child; the test stops with the name when it is missing. */
template <typename T>
T *child(QObject *parent, const char *objectName)
{
    T *w = parent->findChild<T *>(QString::fromLatin1(objectName));
    if (!w)
        qFatal("no child named %s", objectName);
    return w;
}

} // namespace dyad::test
