#pragma once

#include <QObject>
#include <QString>
#include <QVariant>

#include <atomic>
#include <functional>
#include <optional>

class QWidget;

namespace dyad::ui {

/** Handed to the work function: report progress, and stop early when asked to. */
class TaskContext : public QObject
{
    Q_OBJECT

public:
    bool isCanceled() const { return m_canceled.load(std::memory_order_relaxed); }
    void cancel() { m_canceled.store(true, std::memory_order_relaxed); }

    /** Thread-safe: the dialog updates through a queued connection. */
    void setProgress(qint64 done, qint64 total) { emit progress(done, total); }
    void setLabel(const QString &text) { emit label(text); }

signals:
    void progress(qint64 done, qint64 total);
    void label(const QString &text);

private:
    std::atomic<bool> m_canceled{false};
};

/**
 * Runs long work (import, agreement, export) on a worker thread while the window shows a
 * progress dialog with Cancel. The work must not touch widgets; it polls isCanceled().
 */
class TaskRunner
{
public:
    using Work = std::function<QVariant(TaskContext &)>;

    /**
     * Blocks (with the event loop running) until the work ends. Returns its result, or
     * nullopt when it was cancelled. The dialog appears only if the work takes over
     * `showAfterMs` milliseconds, so quick tasks do not flash a window.
     */
    static std::optional<QVariant> run(QWidget *parent, const QString &title, Work work, int showAfterMs = 400);
};

} // namespace dyad::ui
