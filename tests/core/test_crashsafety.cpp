// Invariant 3: a crash or kill -9 at any moment loses at most the action in flight.
#include "core/model/project.h"
#include "core/open/open.h"

#include <QSet>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <csignal>
#include <random>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace dyad::core;

namespace {

/** Child: adds codings forever, writing each id to the pipe only after addCoding returned ok. */
[[noreturn]] void codeUntilKilled(const QString &path, int fd)
{
    auto project = openProject(path);
    if (!project)
        _exit(3);
    const Reviewer alice = *(*project)->reviewerByName(QStringLiteral("Alice"));
    const QUuid recordId = (*project)->recordSummaries().front().id;
    const QUuid codeId = (*project)->allCodes().front().id;
    (*project)->setActor(alice.id);
    for (qint64 i = 0;; ++i) {
        Coding c;
        c.recordId = recordId;
        c.codeId = codeId;
        c.span = {i % 900, i % 900 + 1 + (i / 900) % 99};
        auto added = (*project)->addCoding(c);
        if (!added)
            continue; // e.g. the same span twice: refused, not acknowledged
        const QByteArray line = added->id.toByteArray(QUuid::WithoutBraces) + '\n';
        if (write(fd, line.constData(), static_cast<size_t>(line.size())) != line.size())
            _exit(4);
    }
}

} // namespace

TEST(CrashSafety, AcknowledgedCodingsSurviveSigkill)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("crash.dyad"));
    {
        auto project = createProject(path);
        ASSERT_TRUE(project.ok());
        Record r;
        r.title = QStringLiteral("Crash test");
        r.text = QString(1000, QLatin1Char('x'));
        ASSERT_TRUE((*project)->addRecords({r}).ok());
        ASSERT_TRUE((*project)->addReviewer(QStringLiteral("Alice")).ok());
        Code c;
        c.name = QStringLiteral("Code");
        ASSERT_TRUE((*project)->createCode(c).ok());
    }

    std::mt19937 rng(20261128);
    std::uniform_int_distribution<int> delayMs(30, 400);
    QSet<QString> acknowledged;
    for (int run = 0; run < 5; ++run) {
        int fds[2];
        ASSERT_EQ(pipe(fds), 0);
        const pid_t child = fork();
        ASSERT_GE(child, 0);
        if (child == 0) {
            close(fds[0]);
            codeUntilKilled(path, fds[1]);
        }
        close(fds[1]);
        usleep(static_cast<useconds_t>(delayMs(rng)) * 1000);
        kill(child, SIGKILL);
        int status = 0;
        waitpid(child, &status, 0);
        ASSERT_TRUE(WIFSIGNALED(status)) << "the writer stopped by itself (exit " << WEXITSTATUS(status) << ")";

        QByteArray received;
        char buffer[4096];
        ssize_t n;
        while ((n = read(fds[0], buffer, sizeof buffer)) > 0)
            received.append(buffer, n);
        close(fds[0]);
        for (const QByteArray &line : received.split('\n'))
            if (line.size() == 36) // a partly written last line was never acknowledged
                acknowledged.insert(QString::fromLatin1(line));

        auto reopened = openProject(path);
        ASSERT_TRUE(reopened.ok()) << reopened.error().toStdString();
        const CheckReport report = (*reopened)->check();
        EXPECT_TRUE(report.ok()) << report.problems.join(QLatin1Char('\n')).toStdString();
        QSet<QString> stored;
        for (const Coding &c : (*reopened)->codings())
            stored.insert(uuidText(c.id));
        for (const QString &id : acknowledged)
            ASSERT_TRUE(stored.contains(id)) << "acknowledged coding lost after kill -9: " << id.toStdString();
        EXPECT_LE(stored.size() - acknowledged.size(), run + 1) << "at most the coding in flight per kill";
    }
    EXPECT_GT(acknowledged.size(), 20) << "the writer should have made progress";
}
