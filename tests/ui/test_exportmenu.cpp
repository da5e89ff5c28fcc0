// File › Export is built from core's exporter registry: the same kinds, in the same order,
// as `dyad-cli export`, and each entry, chosen by keys, writes what its exporter writes.
#include "fixture.h"
#include "uitest.h"

#include "core/io/export/exporter.h"
#include "ui/document.h"
#include "ui/shell/mainwindow.h"
#include "ui/workbench/recordtextedit.h"
#include "ui/workbench/recordview.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>
#include <QTemporaryDir>

using namespace dyad;

namespace {

/** The registry's File › Export entries, in order. */
QStringList registryEntries()
{
    QStringList texts;
    for (const core::io::Exporter *e : core::io::exporters())
        for (const core::io::ExportMenuEntry &entry : e->menuEntries())
            texts << QString::fromUtf8(entry.text);
    return texts;
}

/** The study project in the window as its lead, for whom nothing is blinded. */
bool showAsLead(ui::MainWindow &window)
{
    test::Study s = test::makeStudyProject(QString(), true);
    window.setDocument(std::make_unique<ui::Document>(std::move(s.project)), s.lead.id);
    window.show();
    return QTest::qWaitForWindowActive(&window);
}

} // namespace

class TestExportMenu : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::isolateSettings(); }

    void fileExportListsTheRegisteredExporters()
    {
        ui::MainWindow window;
        QVERIFY(showAsLead(window));
        window.recordView()->textEdit()->setFocus();

        test::keyToActive(&window, Qt::Key_F, Qt::AltModifier);
        test::keyToActive(&window, Qt::Key_E);
        QTRY_VERIFY(qobject_cast<QMenu *>(QApplication::activePopupWidget()));
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        QStringList shown;
        for (QAction *a : menu->actions())
            if (!a->isSeparator())
                shown << a->text();
        QCOMPARE(shown, registryEntries());
        QVERIFY(shown.contains(QStringLiteral("REFI-QDA Project for NVivo (.qdpx, UTF-16 offsets)…")));
        test::keyToActive(&window, Qt::Key_Escape);
        test::keyToActive(&window, Qt::Key_Escape);
        QTRY_VERIFY(!QApplication::activePopupWidget());
    }

    // The lead exports the REFI-QDA codebook and the theme summary as Markdown (an extension
    // the registry's table exporters write) by keys, answering the file dialog by typing.
    void entriesChosenByKeysWriteTheirFiles()
    {
        ui::MainWindow window;
        QVERIFY(showAsLead(window));

        QTemporaryDir dir;
        QString target;
        QString message;
        QTimer answer;
        test::answerExportDialogs(answer, &message, &target);

        const QStringList entries = registryEntries();
        auto exportEntry = [&](const QString &startsWith, const QString &file) {
            target = dir.filePath(file);
            int index = -1;
            for (int i = 0; i < entries.size(); ++i)
                if (index < 0 && entries[i].startsWith(startsWith))
                    index = i;
            QVERIFY2(index >= 0, qPrintable(startsWith));
            window.activateWindow();
            QVERIFY(QTest::qWaitForWindowActive(&window));
            window.recordView()->textEdit()->setFocus();
            test::exportByKeys(window, index);
            QTRY_VERIFY2(QFile::exists(target), qPrintable(window.statusBar()->currentMessage() + message));
            QTRY_VERIFY(!QApplication::activeModalWidget());
        };

        exportEntry(QStringLiteral("REFI-QDA Codebook"), QStringLiteral("codebook.qdc"));
        QFile qdc(target);
        QVERIFY(qdc.open(QIODevice::ReadOnly));
        const QString xml = QString::fromUtf8(qdc.readAll());
        QVERIFY(xml.contains(QStringLiteral("<CodeBook")));
        QVERIFY(xml.contains(QStringLiteral("name=\"Mutual trust\"")));
        QVERIFY(window.statusBar()->currentMessage().startsWith(QStringLiteral("Exported ")));

        exportEntry(QStringLiteral("Theme Summary"), QStringLiteral("themes.md"));
        QFile md(target);
        QVERIFY(md.open(QIODevice::ReadOnly));
        const QString markdown = QString::fromUtf8(md.readAll());
        QVERIFY2(markdown.contains(QStringLiteral("| Trust")), qPrintable(markdown));
        QVERIFY(!markdown.contains(QStringLiteral("<html")));
        answer.stop();
    }
};

QTEST_MAIN(TestExportMenu)
#include "test_exportmenu.moc"
