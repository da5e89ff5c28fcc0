#include "command.h"

#include <QTextStream>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace dyad::cli {

namespace {
std::vector<Command> &registry()
{
    static std::vector<Command> s_commands;
    return s_commands;
}
} // namespace

CommandRegistrar::CommandRegistrar(Command command)
{
    registry().push_back(std::move(command));
}

const std::vector<Command> &commands()
{
    return registry();
}

namespace {
int s_stdoutErrno = 0; ///< the cause of the first failed write to stdout

void writeStdout(const QByteArray &bytes)
{
    if (std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout) != static_cast<size_t>(bytes.size())
        && s_stdoutErrno == 0)
        s_stdoutErrno = errno;
}
} // namespace

void out(const QString &text)
{
    writeStdout(text.toUtf8() + '\n');
}

void outCsv(const QString &csvText)
{
    writeStdout(csvText.toUtf8());
}

void err(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    std::fwrite(utf8.constData(), 1, static_cast<size_t>(utf8.size()), stderr);
    std::fputc('\n', stderr);
}

int fail(const QString &message)
{
    err(QStringLiteral("dyad-cli: ") + message);
    return 1;
}

int finishOutput(int exitCode)
{
    const bool flushed = std::fflush(stdout) == 0;
    const int flushErrno = errno;
    if (flushed && !std::ferror(stdout))
        return exitCode;
    const int error = s_stdoutErrno != 0 ? s_stdoutErrno : flushErrno;
    err(QStringLiteral("dyad-cli: cannot write to standard output: %1.").arg(QString::fromLocal8Bit(std::strerror(error))));
    return exitCode == 0 ? 1 : exitCode;
}

int usageError(const Command &cmd, const QString &message)
{
    err(QStringLiteral("dyad-cli %1: %2 (see 'dyad-cli %1 --help')").arg(cmd.name, message));
    return 2;
}

bool wantsHelp(const QStringList &args)
{
    return args.contains(QStringLiteral("--help")) || args.contains(QStringLiteral("-h"));
}

QString takeOption(QStringList &args, const QString &name)
{
    const QString flag = QStringLiteral("--") + name;
    const QString prefix = flag + QLatin1Char('=');
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args[i] == flag) {
            if (i + 1 >= args.size())
                return QString(); // caller reports the missing value
            const QString value = args[i + 1];
            args.remove(i, 2);
            return value;
        }
        if (args[i].startsWith(prefix)) {
            const QString value = args[i].mid(prefix.size());
            args.remove(i);
            return value;
        }
    }
    return QString();
}

bool takeFlag(QStringList &args, const QString &name)
{
    return args.removeAll(QStringLiteral("--") + name) > 0;
}

} // namespace dyad::cli
