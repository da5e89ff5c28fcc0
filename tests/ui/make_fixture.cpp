// Writes the UI test study to a project file, optionally with corpus records appended:
//   dyad_ui_fixture OUT.dyad [--corpus N]      (N = 0: the whole corpus)
#include "fixture.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        QTextStream(stderr) << "usage: dyad_ui_fixture OUT.dyad [--corpus N]\n";
        return 2;
    }
    const QString out = args.at(1);
    QFile::remove(out);
    dyad::test::Study s = dyad::test::makeStudyProject(out, true);
    const qsizetype corpusArg = args.indexOf(QStringLiteral("--corpus"));
    if (corpusArg > 0) {
        const int limit = corpusArg + 1 < args.size() ? args.at(corpusArg + 1).toInt() : 0;
        std::vector<dyad::core::Record> records = dyad::test::corpusRecords(limit);
        auto ids = s.project->addRecords(std::move(records));
        if (!ids) {
            QTextStream(stderr) << ids.error() << '\n';
            return 1;
        }
        // The pilot round takes the first 60 corpus records as well.
        std::vector<QUuid> pilot(ids->begin(), ids->begin() + std::min<size_t>(60, ids->size()));
        if (auto st = s.project->assign(s.pilot.id, pilot, {s.alice.id, s.bob.id}); !st) {
            QTextStream(stderr) << st.error() << '\n';
            return 1;
        }
    }
    QTextStream(stdout) << "wrote " << out << " with " << s.project->recordCount() << " records\n";
    return 0;
}
