// The import dialog: format and encoding detected and overridable, the CSV column mapping,
// the duplicate preview, and Import adding exactly what the preview promised. Also the
// main window opening the dialog for files dropped on it.
#include "fixture.h"
#include "uitest.h"

#include "ui/document.h"
#include "ui/import/importdialog.h"
#include "ui/shell/mainwindow.h"
#include "ui/workbench/recordlistmodel.h"

#include "core/io/import/importreader.h"
#include "core/model/project.h"
#include "core/open/open.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QMimeData>
#include <QProgressDialog>
#include <QPushButton>
#include <QStatusBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrl>

#include <map>
#include <set>

using namespace dyad;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(DYAD_TEST_DATA_DIR "/import_ui/") + QString::fromUtf8(name);
}

QString previewCell(ui::ImportDialog &d, int row, int column)
{
    const QTableWidgetItem *item = test::child<QTableWidget>(&d, "importPreview")->item(row, column);
    return item ? item->text() : QString();
}

bool chooseData(QComboBox *combo, const QVariant &data)
{
    const int i = combo->findData(data);
    if (i < 0)
        return false;
    combo->setCurrentIndex(i);
    return true;
}

std::set<QString> projectTitles(const core::Project &p)
{
    std::set<QString> titles;
    for (const core::RecordSummary &s : p.recordSummaries())
        titles.insert(s.title);
    return titles;
}

} // namespace

class TestImportDialog : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ui::Document> m_document; // the dialog writes, so it holds the document
    core::Project *m_project = nullptr;

    void waitForRead(ui::ImportDialog &d) { QTRY_VERIFY_WITH_TIMEOUT(!d.isReading(), 20000); }

private slots:
    void initTestCase() { test::isolateSettings(); }

    void init()
    {
        m_document = std::make_unique<ui::Document>(core::createInMemoryProject().value());
        m_project = &m_document->project();
    }

    void detectsFormatAndShowsEveryDuplicateDecision()
    {
        // The third record of small.ris is already in the project, exactly as the file has it
        // (same DOI, title, year and the same metadata and text, so nothing to update).
        const core::importer::ParseReport parsed = core::importer::parseFile(fixture("small.ris"));
        QVERIFY(parsed.records.size() >= 3);
        core::Record existing = parsed.records[2];
        QCOMPARE(existing.title, QStringLiteral("Travel distance and missed appointments among older adults"));
        QVERIFY(m_project->addRecords({existing}).ok());

        ui::ImportDialog d(m_document.get());
        d.show();
        d.addPaths({fixture("small.ris")});
        waitForRead(d);
        QVERIFY(test::child<QLabel>(&d, "detectedFormat")->text().contains(QStringLiteral("ris")));
        QVERIFY(test::child<QLabel>(&d, "detectedEncoding")->text().contains(QStringLiteral("UTF-8")));
        QVERIFY(!test::child<QWidget>(&d, "importMapping")->isVisible()); // not a CSV

        QCOMPARE(test::child<QTableWidget>(&d, "importPreview")->rowCount(), 4);
        QCOMPARE(previewCell(d, 0, 1), QStringLiteral("Trust and turnover in rural primary care teams"));
        QCOMPARE(previewCell(d, 0, 2), QStringLiteral("Okafor, Ngozi; Lindqvist, Per"));
        QCOMPARE(previewCell(d, 0, 3), QStringLiteral("2021"));
        QCOMPARE(previewCell(d, 0, 5), QStringLiteral("10.5555/rural.2021.001"));
        QCOMPARE(previewCell(d, 0, 0), QStringLiteral("Add"));
        QCOMPARE(previewCell(d, 1, 0), QStringLiteral("Add"));
        QCOMPARE(previewCell(d, 2, 0), QStringLiteral("Skip (already in project)"));
        QCOMPARE(previewCell(d, 3, 0), QStringLiteral("Skip (repeated in file)"));
        QVERIFY(!previewCell(d, 2, 7).isEmpty()); // the reason is shown
        const QString summary = test::child<QLabel>(&d, "importSummary")->text();
        QVERIFY2(summary.startsWith(QStringLiteral("2 to add, 0 to update, 1 already in the project, 1 repeated")),
                 qPrintable(summary));

        // Import adds exactly the rows the preview marked "Add".
        std::set<QString> expected = projectTitles(*m_project);
        for (int r = 0; r < 4; ++r)
            if (previewCell(d, r, 0) == QStringLiteral("Add"))
                expected.insert(previewCell(d, r, 1));
        auto *importButton = test::child<QPushButton>(&d, "importButton");
        QVERIFY(importButton->isEnabled());
        QTest::mouseClick(importButton, Qt::LeftButton);
        QCOMPARE(d.result(), int(QDialog::Accepted));
        QCOMPARE(d.summary().added, 2);
        QCOMPARE(m_project->recordCount(), 3);
        QCOMPARE(projectTitles(*m_project), expected);
    }

    void encodingOverrideReadsTheFileAgain()
    {
        ui::ImportDialog d(m_document.get());
        d.show();
        d.addPaths({fixture("chinese_gb18030.ris")});
        waitForRead(d);
        QVERIFY2(test::child<QLabel>(&d, "detectedEncoding")->text().contains(QStringLiteral("GB18030")),
                 qPrintable(test::child<QLabel>(&d, "detectedEncoding")->text()));
        const QString title = QStringLiteral("基层医疗团队中的信任与人员流动");
        QCOMPARE(previewCell(d, 0, 1), title);
        QCOMPARE(previewCell(d, 0, 6), QStringLiteral("zh"));

        // The user insists on windows-1252: the same bytes now read as Latin mojibake.
        QVERIFY(chooseData(test::child<QComboBox>(&d, "importEncoding"), QStringLiteral("windows-1252")));
        QVERIFY(d.isReading());
        waitForRead(d);
        const QString misread = previewCell(d, 0, 1);
        QVERIFY(!misread.isEmpty());
        QVERIFY2(misread != title && !misread.contains(QStringLiteral("信任")), qPrintable(misread));
        // Back to automatic: the Chinese title returns.
        test::child<QComboBox>(&d, "importEncoding")->setCurrentIndex(0);
        waitForRead(d);
        QCOMPARE(previewCell(d, 0, 1), title);
    }

    void columnMappingDecidesWhatIsImported()
    {
        ui::ImportDialog d(m_document.get());
        d.show();
        d.addPaths({fixture("odd_headers.csv")});
        waitForRead(d);
        auto *mapping = test::child<QTableWidget>(&d, "importMapping");
        QVERIFY(mapping->isVisible());
        QCOMPARE(mapping->rowCount(), 5);
        // Nothing names a title or abstract yet: no records, a problem listed, no Import.
        QCOMPARE(test::child<QTableWidget>(&d, "importPreview")->rowCount(), 0);
        QVERIFY(!test::child<QPushButton>(&d, "importButton")->isEnabled());
        auto *problems = test::child<QListWidget>(&d, "importDiagnostics");
        bool explained = false;
        for (int i = 0; i < problems->count(); ++i)
            explained = explained || problems->item(i)->text().contains(QStringLiteral("no column holds a title"));
        QVERIFY(explained);

        auto roleCombo = [&](const QString &header) -> QComboBox * {
            for (int r = 0; r < mapping->rowCount(); ++r)
                if (mapping->item(r, 0)->text() == header)
                    return qobject_cast<QComboBox *>(mapping->cellWidget(r, 1));
            return nullptr;
        };
        QVERIFY(roleCombo(QStringLiteral("Headline")));
        QCOMPARE(roleCombo(QStringLiteral("Headline"))->currentText(), QStringLiteral("Keep as attribute"));
        QCOMPARE(roleCombo(QStringLiteral("DOI"))->currentText(), QStringLiteral("DOI"));

        QVERIFY(chooseData(roleCombo(QStringLiteral("Headline")), int(core::importer::ColumnRole::Title)));
        waitForRead(d);
        QVERIFY(chooseData(roleCombo(QStringLiteral("Blurb")), int(core::importer::ColumnRole::Abstract)));
        waitForRead(d);
        QVERIFY(chooseData(roleCombo(QStringLiteral("Internal id")), int(core::importer::ColumnRole::Ignore)));
        waitForRead(d);
        QCOMPARE(test::child<QTableWidget>(&d, "importPreview")->rowCount(), 2);
        QCOMPARE(previewCell(d, 0, 1), QStringLiteral("Volunteer drivers and rural clinic attendance"));
        QCOMPARE(roleCombo(QStringLiteral("Headline"))->currentText(), QStringLiteral("Title"));

        QTest::mouseClick(test::child<QPushButton>(&d, "importButton"), Qt::LeftButton);
        QCOMPARE(m_project->recordCount(), 2);
        const auto summaries = m_project->recordSummaries();
        const auto it = std::find_if(summaries.begin(), summaries.end(), [](const core::RecordSummary &s) {
            return s.title == QStringLiteral("Volunteer drivers and rural clinic attendance");
        });
        QVERIFY(it != summaries.end());
        const core::Record r = *m_project->record(it->id);
        QCOMPARE(r.text, QStringLiteral("Volunteer drivers and rural clinic attendance\n\n"
                                        "Volunteer driver schemes kept older patients attending clinics through winter."));
        QCOMPARE(r.attributes.value(QStringLiteral("Notes")).toString(), QStringLiteral("pilot site"));
        QVERIFY(!r.attributes.contains(QStringLiteral("Internal id")));
    }

    void cancellingTheImportRollsEverythingBack()
    {
        // 600 records: three chunks of 250, so Cancel lands between two of them.
        QTemporaryDir dir;
        QByteArray csv = "title,abstract,year\n";
        for (int i = 1; i <= 600; ++i)
            csv += QStringLiteral("Clinic outreach study %1,Outreach nurses visited village %1 weekly.,2020\n")
                       .arg(i)
                       .toUtf8();
        QFile f(dir.filePath(QStringLiteral("many.csv")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(csv);
        f.close();
        const qint64 before = m_project->recordCount();
        const size_t auditBefore = m_project->auditLog().size();

        ui::ImportDialog d(m_document.get());
        d.show();
        d.addPaths({f.fileName()});
        waitForRead(d);
        QCOMPARE(d.plan()->count(core::importer::DuplicateAction::Add), 600);
        // The first time the import lets events through (after its first chunk), press Cancel.
        bool pressed = false;
        QTimer watcher;
        watcher.setInterval(0);
        QObject::connect(&watcher, &QTimer::timeout, &d, [&] {
            if (auto *progress = d.findChild<QProgressDialog *>(); progress && !pressed) {
                progress->cancel();
                pressed = true;
            }
        });
        watcher.start();
        QTest::mouseClick(test::child<QPushButton>(&d, "importButton"), Qt::LeftButton);
        QVERIFY(pressed);
        QCOMPARE(m_project->recordCount(), before); // nothing of the first chunk stayed
        QCOMPARE(m_project->auditLog().size(), auditBefore);
        QVERIFY(d.isVisible()); // the dialog stays open to try again
        QVERIFY(test::child<QLabel>(&d, "importSummary")->text().contains(QStringLiteral("cancelled")));
    }

    void formatOverrideAndRemovingFiles()
    {
        ui::ImportDialog d(m_document.get());
        d.show();
        d.addPaths({fixture("small.ris"), fixture("odd_headers.csv")});
        waitForRead(d);
        QCOMPARE(d.files().size(), 2);
        d.selectFile(0);
        // Forcing BibTeX on a RIS file finds nothing: the preview empties and Import is off.
        QVERIFY(chooseData(test::child<QComboBox>(&d, "importFormat"), int(core::importer::Format::Bibtex)));
        waitForRead(d);
        QCOMPARE(test::child<QTableWidget>(&d, "importPreview")->rowCount(), 0);
        QVERIFY(!test::child<QPushButton>(&d, "importButton")->isEnabled());
        test::child<QComboBox>(&d, "importFormat")->setCurrentIndex(0);
        waitForRead(d);
        QCOMPARE(test::child<QTableWidget>(&d, "importPreview")->rowCount(), 4);
        // The unmapped CSV reads no records, and says so under Problems.
        QVERIFY(test::child<QListWidget>(&d, "importDiagnostics")->count() > 0);
        d.selectFile(1);
        QTest::mouseClick(test::child<QPushButton>(&d, "removeFile"), Qt::LeftButton);
        QCOMPARE(d.files(), QStringList{QFileInfo(fixture("small.ris")).absoluteFilePath()});
        waitForRead(d);
        QCOMPARE(test::child<QListWidget>(&d, "importDiagnostics")->count(), 0);
        QVERIFY(test::child<QLabel>(&d, "importSummary")->text().startsWith(QStringLiteral("3 to add")));
        QVERIFY(test::child<QPushButton>(&d, "importButton")->isEnabled());
    }

    void droppingFilesOnTheMainWindowOpensTheDialog()
    {
        test::Study study = test::makeStudyProject();
        const QUuid alice = study.alice.id;
        ui::MainWindow window;
        window.setDocument(std::make_unique<ui::Document>(std::move(study.project)), alice);
        window.resize(1000, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const qint64 before = window.document()->project().recordCount();

        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(fixture("small.ris"))});
        const QPoint at(window.width() / 2, window.height() / 2);
        QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &drop);

        auto *dialog = window.findChild<ui::ImportDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->files(), QStringList{QFileInfo(fixture("small.ris")).absoluteFilePath()});
        waitForRead(*dialog);
        QTest::mouseClick(test::child<QPushButton>(dialog, "importButton"), Qt::LeftButton);
        QCOMPARE(window.document()->project().recordCount(), before + 3);
        const QString status = window.statusBar()->currentMessage();
        QVERIFY2(status.contains(QStringLiteral("3 record(s) added")), qPrintable(status));
        // The record list shows the new records.
        QTRY_COMPARE(window.recordListModel()->rowCount(), int(before + 3));
    }

    void droppingAFolderOfRecordPagesReadsThemLikePastes()
    {
        // tests/data/import/record_pages: a PubMed-shaped page, an EBSCO-shaped page and a
        // meeting note. Dropped as a folder, the pages are read by the pasted-record reader
        // (year, journal, DOI), as dyad-cli does; the note stays a plain-text record.
        test::Study study = test::makeStudyProject();
        const QUuid alice = study.alice.id;
        ui::MainWindow window;
        window.setDocument(std::make_unique<ui::Document>(std::move(study.project)), alice);
        window.resize(1000, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QString folder = QStringLiteral(DYAD_TEST_DATA_DIR "/import/record_pages");
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(folder)});
        const QPoint at(window.width() / 2, window.height() / 2);
        QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &enter);
        QDropEvent drop(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &drop);
        auto *dialog = window.findChild<ui::ImportDialog *>();
        QVERIFY(dialog);
        QCOMPARE(dialog->files().size(), 3);
        waitForRead(*dialog);
        QVERIFY(test::child<QLabel>(dialog, "detectedFormat")->text().contains(QStringLiteral("pasted")));
        QTest::mouseClick(test::child<QPushButton>(dialog, "importButton"), Qt::LeftButton);
        const core::Project &project = window.document()->project();
        std::map<QString, core::RecordSummary> byDoi;
        for (const core::RecordSummary &r : project.recordSummaries())
            byDoi[r.doi] = r;
        QVERIFY(byDoi.count(QStringLiteral("10.1111/hsc.99999")));
        QCOMPARE(byDoi[QStringLiteral("10.1111/hsc.99999")].year, std::optional<int>(2023));
        QCOMPARE(byDoi[QStringLiteral("10.1111/hsc.99999")].journal, QStringLiteral("Health Soc Care Community"));
        QVERIFY(byDoi.count(QStringLiteral("10.1007/s10900-022-99999-9")));
        QCOMPARE(byDoi[QStringLiteral("10.1007/s10900-022-99999-9")].year, std::optional<int>(2022));
        bool note = false;
        for (const core::RecordSummary &r : project.recordSummaries())
            note = note || r.title == QStringLiteral("Steering group, 14 March");
        QVERIFY(note);
    }
};

QTEST_MAIN(TestImportDialog)
#include "test_importdialog.moc"
