// Paste Record: text copied from a web page is parsed into fields the user corrects, and the
// corrected record (with the pasted text as its raw source) is what lands in the project.
#include "uitest.h"

#include "ui/document.h"
#include "ui/import/pastedialog.h"

#include "core/model/project.h"
#include "core/open/open.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>

using namespace dyad;

namespace {

// Written for this test in the shape of a journal page copied from a browser: site
// furniture, title, a metrics line, authors, a citation line with the DOI, an "Abstract"
// heading, the abstract, keywords and more furniture.
const QString kPage = QStringLiteral(
    "Back to Search\n"
    "Neighbourhood pharmacies as partners in community mental health: a qualitative study\n"
    "\n"
    "Open Access\n"
    "Imani Mwangi, Tomás Ferreira, Helga Sørensen\n"
    "J Community Pharm Pract. 2023 Sep 12;9(3):211-224. doi: 10.5555/jcpp.2023.0311.\n"
    "\n"
    "Abstract\n"
    "Community pharmacists are often the first health professionals that people with mental distress "
    "meet, yet they are rarely included in local mental health partnerships. We interviewed 31 pharmacists "
    "and 12 mental health nurses in three cities about joint working. Pharmacists valued referral routes and "
    "shared training but described unclear roles and little feedback from specialist services. Partnerships "
    "lasted where a named nurse kept regular contact with each pharmacy.\n"
    "Keywords: community pharmacy; mental health; partnership working\n"
    "Cite this article\n"
    "Share\n");

} // namespace

class TestPasteDialog : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ui::Document> m_document; // the dialog writes, so it holds the document
    core::Project *m_project = nullptr;

private slots:
    void initTestCase() { test::isolateSettings(); }
    void init()
    {
        m_document = std::make_unique<ui::Document>(core::createInMemoryProject().value());
        m_project = &m_document->project();
        QApplication::clipboard()->clear();
    }

    void fillsTheFieldsAndImportsTheCorrectedRecord()
    {
        QApplication::clipboard()->setText(kPage);
        ui::PasteDialog d(m_document.get());
        d.show();
        // Opened with what the clipboard holds.
        QCOMPARE(test::child<QPlainTextEdit>(&d, "pasteInput")->toPlainText(), kPage);
        QTest::mouseClick(test::child<QPushButton>(&d, "pasteParse"), Qt::LeftButton);

        auto *title = test::child<QLineEdit>(&d, "pasteTitle");
        QCOMPARE(title->text(),
                 QStringLiteral("Neighbourhood pharmacies as partners in community mental health: a qualitative study"));
        QCOMPARE(test::child<QLineEdit>(&d, "pasteDoi")->text(), QStringLiteral("10.5555/jcpp.2023.0311"));
        const QString abstract = test::child<QPlainTextEdit>(&d, "pasteAbstract")->toPlainText();
        QVERIFY2(abstract.startsWith(QStringLiteral("Community pharmacists are often the first")), qPrintable(abstract));
        QVERIFY(abstract.contains(QStringLiteral("regular contact with each pharmacy.")));
        QVERIFY(!abstract.contains(QStringLiteral("Keywords:")));
        QVERIFY(test::child<QLabel>(&d, "pasteDecision")->text().contains(QStringLiteral("added")));

        // The user shortens the title and fixes the year; that is what is stored.
        const QString corrected = QStringLiteral("Neighbourhood pharmacies as partners in community mental health");
        title->selectAll();
        QTest::keyClicks(title, corrected);
        test::child<QLineEdit>(&d, "pasteYear")->setText(QStringLiteral("2023"));
        // Whatever site furniture the parser left at the end of the abstract goes too.
        auto *abstractEdit = test::child<QPlainTextEdit>(&d, "pasteAbstract");
        const QString body = abstract.left(abstract.indexOf(QStringLiteral("each pharmacy.")) + 14);
        abstractEdit->setPlainText(body);
        auto *import = test::child<QPushButton>(&d, "pasteImport");
        QVERIFY(import->isEnabled());
        QTest::mouseClick(import, Qt::LeftButton);
        QCOMPARE(d.result(), int(QDialog::Accepted));

        QCOMPARE(m_project->recordCount(), 1);
        const core::Record r = *m_project->record(m_project->recordSummaries().front().id);
        QCOMPARE(r.title, corrected);
        QCOMPARE(r.year, std::optional<int>(2023));
        QCOMPARE(r.doi, QStringLiteral("10.5555/jcpp.2023.0311"));
        QCOMPARE(r.text, corrected + QStringLiteral("\n\n") + body);
        QVERIFY(r.text.endsWith(QStringLiteral("regular contact with each pharmacy.")));
        QCOMPARE(r.rawSource, kPage);
    }

    void aDuplicateIsShownAndAnEditedDoiChangesTheDecision()
    {
        core::Record existing;
        existing.title = QStringLiteral("Neighbourhood pharmacies as partners in community mental health: a qualitative study");
        existing.text = existing.title;
        existing.doi = QStringLiteral("10.5555/jcpp.2023.0311");
        QVERIFY(m_project->addRecords({existing}).ok());

        ui::PasteDialog d(m_document.get());
        d.show();
        d.setText(kPage);
        d.parse();
        auto *decision = test::child<QLabel>(&d, "pasteDecision");
        auto *import = test::child<QPushButton>(&d, "pasteImport");
        QVERIFY2(decision->text().contains(QStringLiteral("Already in the project")), qPrintable(decision->text()));

        // A wrong DOI is refused with a reason; a different valid one makes it a new record.
        auto *doi = test::child<QLineEdit>(&d, "pasteDoi");
        doi->setText(QStringLiteral("not a doi"));
        QVERIFY(decision->text().contains(QStringLiteral("is not a DOI")));
        QVERIFY(!import->isEnabled());
        doi->setText(QStringLiteral("https://doi.org/10.5555/JCPP.2023.0999"));
        QVERIFY2(decision->text().contains(QStringLiteral("added")), qPrintable(decision->text()));
        QVERIFY(import->isEnabled());
        QTest::mouseClick(import, Qt::LeftButton);
        QCOMPARE(m_project->recordCount(), 2);
        bool found = false;
        for (const core::RecordSummary &s : m_project->recordSummaries())
            found = found || m_project->record(s.id)->doi == QStringLiteral("10.5555/jcpp.2023.0999");
        QVERIFY(found);
    }

    void severalRecordsAreListedAndImportedAsParsed()
    {
        const QString ris = QStringLiteral("TY  - JOUR\nTI  - Shared care plans in dementia services\nPY  - 2020\n"
                                           "AB  - Care plans shared across services reduced duplicate assessments.\nER  - \n\n"
                                           "TY  - JOUR\nTI  - Link workers in social prescribing\nPY  - 2021\n"
                                           "AB  - Link workers connected general practice to community groups.\nER  - \n");
        ui::PasteDialog d(m_document.get());
        d.show();
        d.setText(ris);
        d.parse();
        auto *records = test::child<QTableWidget>(&d, "pasteRecords");
        QVERIFY(records->isVisible());
        QCOMPARE(records->rowCount(), 2);
        QCOMPARE(records->item(1, 0)->text(), QStringLiteral("Link workers in social prescribing"));
        QTest::mouseClick(test::child<QPushButton>(&d, "pasteImport"), Qt::LeftButton);
        QCOMPARE(m_project->recordCount(), 2);
    }
};

QTEST_MAIN(TestPasteDialog)
#include "test_pastedialog.moc"
