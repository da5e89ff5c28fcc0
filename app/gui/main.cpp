// dyad: the workbench. `dyad [PROJECT.dyad] [--reviewer NAME]` opens a project as a reviewer.
#include "core/pg/teamproject.h"
#include "ui/shell/application.h"
#include "ui/shell/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Dyad"));
    QApplication::setApplicationName(QStringLiteral("Dyad"));
    QApplication::setApplicationVersion(dyad::ui::version());
    QApplication::setDesktopFileName(QStringLiteral("dyad"));

    dyad::core::pg::registerTeamProjects(); // File > Open Team Project, postgresql:// locations
    dyad::ui::initResources();
    dyad::ui::setUpFonts(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Dyad qualitative coding workbench"));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption reviewer(QStringList{QStringLiteral("r"), QStringLiteral("reviewer")},
                                QCoreApplication::translate("main", "Work as the reviewer called NAME."),
                                QCoreApplication::translate("main", "NAME"));
    QCommandLineOption language(QStringLiteral("language"),
                                QCoreApplication::translate("main", "User interface language (en, zh_CN)."),
                                QCoreApplication::translate("main", "LANG"));
    parser.addOption(reviewer);
    parser.addOption(language);
    parser.addPositionalArgument(QStringLiteral("project"),
                                 QCoreApplication::translate("main", "The project file (.dyad) to open."),
                                 QStringLiteral("[PROJECT.dyad]"));
    parser.process(app);
    dyad::ui::installTranslators(app, parser.value(language));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/dyad.svg")));

    dyad::ui::MainWindow window;
    window.show();
    const QStringList args = parser.positionalArguments();
    if (!args.isEmpty()) {
        const QString path = args.first();
        const QString who = parser.value(reviewer);
        // Open once the window is up, so a reviewer dialog has a parent on screen.
        QTimer::singleShot(0, &window, [&window, path, who] { window.openProject(path, who); });
    }
    return QApplication::exec();
}
