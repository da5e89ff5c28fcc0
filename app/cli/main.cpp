#include "command.h"

#include "core/pg/teamproject.h"

#include <QCoreApplication>
#ifdef DYAD_CLI_PDF
#include <QGuiApplication>
#endif

#include <algorithm>
#include <memory>

using namespace dyad::cli;

namespace {

void printOverview()
{
    out(QStringLiteral("Usage: dyad-cli COMMAND [ARGS...] [--json]\n\n"
                       "Dyad, a workbench for dual independent qualitative coding.\n\nCommands:"));
    std::vector<Command> sorted = commands();
    std::sort(sorted.begin(), sorted.end(), [](const Command &a, const Command &b) { return a.name < b.name; });
    for (const Command &c : sorted)
        out(QStringLiteral("  %1%2").arg(c.name.leftJustified(14), c.summary));
    out(QStringLiteral("\nRun 'dyad-cli COMMAND --help' for a command's arguments."));
}

/** PDF output lays out text with Qt Gui; only then does the CLI start it (off screen). */
std::unique_ptr<QCoreApplication> makeApplication(int &argc, char *argv[])
{
#ifdef DYAD_CLI_PDF
    for (int i = 1; i < argc; ++i)
        if (QByteArray(argv[i]).toLower().endsWith(".pdf") || QByteArray(argv[i]).toLower() == "pdf") {
            qputenv("QT_QPA_PLATFORM", "offscreen");
            return std::make_unique<QGuiApplication>(argc, argv);
        }
#endif
    return std::make_unique<QCoreApplication>(argc, argv);
}

} // namespace

int main(int argc, char *argv[])
{
    const auto app = makeApplication(argc, argv);
    dyad::core::pg::registerTeamProjects(); // every command takes a postgresql:// location too
    QCoreApplication::setApplicationName(QStringLiteral("dyad-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Dyad"));

    QStringList args = QCoreApplication::arguments().mid(1);
    if (args.isEmpty() || args.first() == QStringLiteral("--help") || args.first() == QStringLiteral("-h")
        || args.first() == QStringLiteral("help")) {
        printOverview();
        return args.isEmpty() ? 2 : 0;
    }
    if (args.first() == QStringLiteral("--version")) {
        out(QStringLiteral("dyad-cli ") + QStringLiteral(DYAD_VERSION));
        return 0;
    }
    const QString name = args.takeFirst();
    const auto &all = commands();
    const auto it = std::find_if(all.begin(), all.end(), [&](const Command &c) { return c.name == name; });
    if (it == all.end())
        return fail(QStringLiteral("unknown command '%1' (see 'dyad-cli --help').").arg(name));

    Context ctx;
    ctx.json = takeFlag(args, QStringLiteral("json"));
    ctx.args = args;
    if (wantsHelp(args)) {
        out(it->usage);
        return 0;
    }
    return finishOutput(it->run(ctx));
}
