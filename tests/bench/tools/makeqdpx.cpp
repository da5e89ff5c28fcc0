// dyad_bench_make_qdpx DIR: writes the benchmark project of DESIGN.md's budgets (18,400
// records, 200 codes, 2 reviewers × 200,000 codings; support/agreementproject.cpp) to
// DIR/agreement.dyad and exports it to DIR/agreement.qdpx, the file on which import-qdpx and
// export qdpx are measured (see tests/bench/README.md). Deterministic: the same records,
// codes and codings every time (only creation times differ).
#include "core/io/refi/refiexport.h"
#include "core/model/project.h"
#include "core/open/open.h"
#include "support/agreementproject.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream err(stderr);
    const QStringList args = app.arguments();
    if (args.size() != 2) {
        err << "Usage: dyad_bench_make_qdpx DIR\n"
               "Writes DIR/agreement.dyad (2 x 200,000 codings) and DIR/agreement.qdpx.\n";
        return 2;
    }
    const QDir dir(args[1]);
    if (!dir.exists() && !QDir().mkpath(dir.path())) {
        err << "Cannot create " << dir.path() << "\n";
        return 1;
    }
    const QString project = dir.filePath(QStringLiteral("agreement.dyad"));
    const QString qdpx = dir.filePath(QStringLiteral("agreement.qdpx"));
    for (const QString &path : {project, qdpx})
        if (QFileInfo::exists(path)) {
            err << path << " exists already; remove it or choose another folder.\n";
            return 1;
        }
    const auto generated = dyad::bench::generateAgreementProject(project);
    if (!generated.error.isEmpty()) {
        err << generated.error << "\n";
        return 1;
    }
    auto opened = dyad::core::openProject(project);
    if (!opened) {
        err << opened.error() << "\n";
        return 1;
    }
    auto exported = dyad::core::io::exportQdpx(**opened, qdpx);
    if (!exported) {
        err << exported.error() << "\n";
        return 1;
    }
    QTextStream(stdout) << project << ": " << exported->sources << " records, " << exported->codes << " codes, "
                        << exported->codings << " codings\n"
                        << qdpx << ": " << QFileInfo(qdpx).size() << " bytes\n";
    return 0;
}
