// In the independent phase a reviewer sees only their own codings and private codes.
#include "fixture.h"
#include "uitest.h"

#include "ui/codebookmodel.h"
#include "ui/document.h"
#include "ui/mainwindow.h"
#include "ui/recordtextedit.h"
#include "ui/recordview.h"

using namespace dyad;

class TestBlinding : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::isolateSettings(); }

    void otherReviewerIsHiddenUntilBothAreDone()
    {
        test::Study s = test::makeStudyProject(QString(), true);
        // Alice grows a private inductive code while coding.
        s.project->setActor(s.alice.id);
        core::Code secret;
        secret.name = QStringLiteral("Village belonging");
        secret.shared = false;
        const QUuid secretId = s.project->createCode(secret).value().id;
        s.project->setActor({});

        ui::MainWindow window;
        auto *document = new ui::Document(std::move(s.project));
        window.setDocument(std::unique_ptr<ui::Document>(document), s.bob.id);
        window.show();
        window.showRecord(s.englishRecord);
        ui::RecordTextEdit *text = window.recordView()->textEdit();

        // Bob sees his three codings, none of Alice's eight, and not her private code.
        QCOMPARE(text->codings().size(), size_t(3));
        for (const ui::DisplayedCoding &c : text->codings())
            QCOMPARE(c.coding.reviewerId, s.bob.id);
        QVERIFY(!window.codebookModel()->indexOf(secretId).isValid());
        QVERIFY(window.codebookModel()->indexOf(s.trust).isValid());

        // Switching to Alice shows her codings and her code.
        document->setReviewer(s.alice.id);
        QCOMPARE(text->codings().size(), size_t(8));
        QVERIFY(window.codebookModel()->indexOf(secretId).isValid());

        // Once both have marked the record done, Bob sees Alice's codings too.
        core::Project &p = document->project();
        p.setActor(s.alice.id);
        QVERIFY(p.setRecordStatus(s.pilot.id, s.englishRecord, s.alice.id, core::RecordStatus::Done));
        document->setReviewer(s.bob.id);
        QCOMPARE(text->codings().size(), size_t(3)); // Bob is not done yet
        QVERIFY(p.setRecordStatus(s.pilot.id, s.englishRecord, s.bob.id, core::RecordStatus::Done));
        QCOMPARE(text->codings().size(), size_t(11));
        const auto others = std::count_if(text->codings().begin(), text->codings().end(),
                                          [](const ui::DisplayedCoding &c) { return !c.own; });
        QCOMPARE(others, 8);
    }
};

QTEST_MAIN(TestBlinding)
#include "test_blinding.moc"
