#pragma once

// Runs the built dyad-cli (or another program) as a separate process, the way a script or a
// second user would, and keeps how it ended and what it printed. Shared by the core and team
// tests that check the command line from outside; a run that did not start, did not finish
// in time or crashed has exit code -1 and says why in err.

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace dyad::test {

/** How one run ended and what it printed. */
struct CliRun
{
    /** The program's exit code; -1 when it did not start, did not finish in time or crashed. */
    int exitCode = -1;
    /** It did not run to an ordinary exit (did not start, timed out, or died of a signal). */
    bool crashed = false;
    /** Standard output as bytes (empty when it went to RunOptions::stdoutFile). */
    QByteArray out;
    /** Standard error as text; when the run did not end normally, first the reason QProcess gave. */
    QString err;

    /** Standard output as text. */
    QString outText() const { return QString::fromUtf8(out); }
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
    QJsonArray jsonArray() const { return QJsonDocument::fromJson(out).array(); }
};

struct RunOptions
{
    /** Written to standard input, which is then closed (it is closed in any case). */
    QByteArray input;
    /** When set, standard output goes to this file instead of CliRun::out. */
    QString stdoutFile;
    /** For starting, and again for finishing: generous, since a loaded CI machine is slow. */
    int timeoutMs = 120000;
};

/** The built dyad-cli, or an empty path in a build without it (then every run fails to start). */
inline QString cliPath()
{
#ifdef DYAD_CLI_PATH
    return QStringLiteral(DYAD_CLI_PATH);
#else
    return QString();
#endif
}

/** Runs @p program with @p args and waits for it to end. */
inline CliRun runProgram(const QString &program, const QStringList &args, const RunOptions &options = {})
{
    QProcess p;
    if (!options.stdoutFile.isEmpty())
        p.setStandardOutputFile(options.stdoutFile);
    p.start(program, args);
    const bool started = p.waitForStarted(options.timeoutMs);
    if (started) {
        if (!options.input.isEmpty())
            p.write(options.input);
        p.closeWriteChannel();
    }
    const bool finished = started && p.waitForFinished(options.timeoutMs);
    CliRun r;
    QString reason;
    if (!started) {
        reason = QStringLiteral("%1 did not start: %2").arg(program, p.errorString());
    } else if (!finished) {
        reason = QStringLiteral("%1 did not finish within %2 s: %3")
                     .arg(program, QString::number(options.timeoutMs / 1000), p.errorString());
        p.kill();
        p.waitForFinished();
    } else if (p.exitStatus() == QProcess::CrashExit) {
        reason = QStringLiteral("%1 crashed: %2").arg(program, p.errorString());
    }
    r.crashed = !reason.isEmpty();
    r.exitCode = r.crashed ? -1 : p.exitCode();
    if (started) {
        r.out = p.readAllStandardOutput();
        r.err = QString::fromUtf8(p.readAllStandardError());
    }
    if (r.crashed)
        r.err = r.err.isEmpty() ? reason : reason + QLatin1Char('\n') + r.err;
    return r;
}

/** Runs dyad-cli with @p args, giving it @p input on standard input. */
inline CliRun cli(const QStringList &args, const QByteArray &input = QByteArray())
{
    RunOptions options;
    options.input = input;
    return runProgram(cliPath(), args, options);
}

} // namespace dyad::test
