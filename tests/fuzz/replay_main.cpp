// Replays the fuzz corpus through every fuzz entry point, built with the normal compiler:
//   fuzz_replay CORPUS_DIR [EXTRA_DIR...]
// Each target reads CORPUS_DIR/<target>/ (which must exist and hold at least one input);
// the import readers also read every file of the EXTRA_DIRs. A target that crashes or
// aborts fails the run; so does a target without a corpus.

#include "fuzz_common.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.isEmpty()) {
        std::fprintf(stderr, "usage: fuzz_replay CORPUS_DIR [EXTRA_DIR...]\n");
        return 2;
    }
    static const QStringList importTargets{QStringLiteral("bibtex"), QStringLiteral("csv"), QStringLiteral("detect"),
                                           QStringLiteral("endnote_xml"), QStringLiteral("json"), QStringLiteral("pasted"),
                                           QStringLiteral("pubmed"), QStringLiteral("pubmed_xml"), QStringLiteral("ris"),
                                           QStringLiteral("text"), QStringLiteral("tsv"), QStringLiteral("wos")};
    int failures = 0, inputs = 0;
    for (const auto &[name, entry] : dyad::fuzz::registry()) {
        const QString target = QString::fromStdString(name);
        QStringList files;
        const QDir corpus(QDir(args.first()).filePath(target));
        for (const QString &f : corpus.entryList(QDir::Files, QDir::Name))
            files << corpus.filePath(f);
        if (files.isEmpty()) {
            std::fprintf(stderr, "fuzz_replay: %s has no corpus in %s\n", name.c_str(), qPrintable(corpus.path()));
            ++failures;
            continue;
        }
        if (importTargets.contains(target))
            for (const QString &extra : args.mid(1))
                for (const QString &f : QDir(extra).entryList(QDir::Files, QDir::Name))
                    files << QDir(extra).filePath(f);
        for (const QString &path : files) {
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly)) {
                std::fprintf(stderr, "fuzz_replay: cannot read %s\n", qPrintable(path));
                ++failures;
                continue;
            }
            const QByteArray bytes = f.readAll();
            std::fprintf(stderr, "%s < %s\n", name.c_str(), qPrintable(QDir(args.first()).relativeFilePath(path)));
            entry(reinterpret_cast<const uint8_t *>(bytes.constData()), size_t(bytes.size()));
            ++inputs;
        }
    }
    std::fprintf(stderr, "fuzz_replay: %d inputs through %d entry points, %d problem(s)\n", inputs,
                 int(dyad::fuzz::registry().size()), failures);
    return failures == 0 ? 0 : 1;
}
