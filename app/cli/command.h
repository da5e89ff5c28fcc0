#pragma once

#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

namespace dyad::cli {

/** Parsed global options shared by every subcommand. */
struct Context
{
    QStringList args;     ///< the subcommand's own arguments (after the subcommand name)
    bool json = false;    ///< --json anywhere on the command line
};

/**
 * One `dyad-cli` subcommand. `run` returns the process exit code; on error it prints one
 * clear line to stderr (use fail()).
 */
struct Command
{
    QString name;
    QString summary;      ///< one line for `dyad-cli --help`
    QString usage;        ///< full help text for `dyad-cli NAME --help`
    std::function<int(Context &)> run;
};

/** Registers a command at static-initialisation time (see commands/\*.cpp). */
struct CommandRegistrar
{
    explicit CommandRegistrar(Command command);
};

const std::vector<Command> &commands();

// Output helpers: UTF-8 on stdout/stderr.
void out(const QString &text);          ///< writes text and a newline to stdout
void err(const QString &text);          ///< writes text and a newline to stderr
void outCsv(const QString &csvText);    ///< writes CSV rows (CRLF ends, from core::io::CsvWriter) as they are, no BOM
int fail(const QString &message);       ///< "dyad-cli: message" on stderr, returns 1
int usageError(const Command &cmd, const QString &message); ///< message + usage hint, returns 2
/**
 * Flushes stdout and checks it: output redirected to a full disk is an error (exit 1 with
 * the cause), not a silent success. Returns @p exitCode when everything was written.
 */
int finishOutput(int exitCode);

/** True if --help/-h is among args. */
bool wantsHelp(const QStringList &args);
/** Removes `--name VALUE` (or `--name=VALUE`) from args and returns VALUE, or a null QString. */
QString takeOption(QStringList &args, const QString &name);
/** Removes a bare flag `--name` from args and returns whether it was there. */
bool takeFlag(QStringList &args, const QString &name);

} // namespace dyad::cli
