// The value-change undo commands (one ChangeValue template under memo, span, rename, colour,
// code property, record memo and status), as the History list and Undo show them to a user:
// edits of one value merge into one step, edits of another value or object do not, an edit
// taken back to where it started leaves no step, and a refused edit is reported and left out.
#include "fixture.h"
#include "uitest.h"

#include "ui/commands/changecodecolor.h"
#include "ui/commands/changecodeproperty.h"
#include "ui/commands/changecodingmemo.h"
#include "ui/commands/changecodingspan.h"
#include "ui/commands/renamecode.h"
#include "ui/document.h"

#include <QSignalSpy>
#include <QUndoStack>

using namespace dyad;

class TestChangeValue : public QObject
{
    Q_OBJECT

private:
    test::Study m_study;
    std::unique_ptr<ui::Document> m_document;
    QUuid m_coding;

    core::Project &project() { return m_document->project(); }
    QUndoStack *stack() { return m_document->undoStack(); }

private slots:
    void initTestCase() { test::isolateSettings(); }

    void init()
    {
        m_study = test::makeStudyProject(QString(), true);
        m_document = std::make_unique<ui::Document>(std::move(m_study.project));
        m_document->setReviewer(m_study.alice.id);
        core::CodingQuery q;
        q.recordId = m_study.englishRecord;
        q.reviewerId = m_study.alice.id;
        const auto codings = project().codings(q);
        QVERIFY(!codings.empty());
        m_coding = codings.front().id;
    }

    void cleanup() { m_document.reset(); }

    void typingAMemoIsOneStepPerCoding()
    {
        const core::Coding before = *project().coding(m_coding);
        m_document->push(new ui::ChangeCodingMemo(m_document.get(), m_coding, before.memo, QStringLiteral("p")));
        m_document->push(new ui::ChangeCodingMemo(m_document.get(), m_coding, QStringLiteral("p"),
                                                  QStringLiteral("pilot")));
        QCOMPARE(stack()->count(), 1);
        QVERIFY2(stack()->undoText().startsWith(QStringLiteral("Memo on ")), qPrintable(stack()->undoText()));
        QCOMPARE(project().coding(m_coding)->memo, QStringLiteral("pilot"));
        // The span of the same coding is another value: another step.
        const core::Span span{before.span.start, before.span.end - 1};
        m_document->push(new ui::ChangeCodingSpan(m_document.get(), m_coding, before.span, span));
        QCOMPARE(stack()->count(), 2);
        QCOMPARE(project().coding(m_coding)->span, span);
        stack()->undo();
        QCOMPARE(project().coding(m_coding)->span, before.span);
        stack()->undo();
        QCOMPARE(project().coding(m_coding)->memo, before.memo);
        stack()->redo();
        QCOMPARE(project().coding(m_coding)->memo, QStringLiteral("pilot"));
    }

    void aRenameTakenBackLeavesNoStep()
    {
        m_document->push(new ui::RenameCode(m_document.get(), m_study.cost, QStringLiteral("Fees")));
        QCOMPARE(stack()->undoText(), QStringLiteral("Rename Cost to Fees"));
        m_document->push(new ui::RenameCode(m_document.get(), m_study.cost, QStringLiteral("Cost")));
        QCOMPARE(stack()->count(), 0);
        QCOMPARE(project().code(m_study.cost)->name, QStringLiteral("Cost"));
        // Renaming another code is its own step.
        m_document->push(new ui::RenameCode(m_document.get(), m_study.cost, QStringLiteral("Fees")));
        m_document->push(new ui::RenameCode(m_document.get(), m_study.distance, QStringLiteral("Travel")));
        QCOMPARE(stack()->count(), 2);
        QCOMPARE(stack()->undoText(), QStringLiteral("Rename Distance to Travel"));
    }

    void codePropertiesMergeOnlyWithinOneField()
    {
        using Property = ui::ChangeCodeProperty::Property;
        const QString example = project().code(m_study.trust)->example;
        m_document->push(new ui::ChangeCodeProperty(m_document.get(), m_study.trust, Property::Definition,
                                                    QStringLiteral("Belief")));
        m_document->push(new ui::ChangeCodeProperty(m_document.get(), m_study.trust, Property::Definition,
                                                    QStringLiteral("Belief in others")));
        QCOMPARE(stack()->count(), 1);
        m_document->push(new ui::ChangeCodeProperty(m_document.get(), m_study.trust, Property::Example,
                                                    QStringLiteral("\"we rely on them\"")));
        QCOMPARE(stack()->count(), 2);
        QCOMPARE(project().code(m_study.trust)->definition, QStringLiteral("Belief in others"));
        stack()->undo();
        QCOMPARE(project().code(m_study.trust)->example, example);
        QCOMPARE(project().code(m_study.trust)->definition, QStringLiteral("Belief in others"));
    }

    void eachColourIsItsOwnStepAndARefusedEditIsReported()
    {
        const QString original = project().code(m_study.trust)->color;
        m_document->push(new ui::ChangeCodeColor(m_document.get(), m_study.trust, QStringLiteral("#112233")));
        m_document->push(new ui::ChangeCodeColor(m_document.get(), m_study.trust, QStringLiteral("#445566")));
        QCOMPARE(stack()->count(), 2);
        QCOMPARE(project().code(m_study.trust)->color, QStringLiteral("#445566"));

        // A code that does not exist: the user is told, and History does not list the edit.
        QSignalSpy errors(m_document.get(), &ui::Document::error);
        const QString lastStep = stack()->undoText();
        m_document->push(new ui::RenameCode(m_document.get(), QUuid::createUuid(), QStringLiteral("Ghost")));
        QCOMPARE(errors.count(), 1);
        QVERIFY2(errors.front().front().toString().contains(QStringLiteral("no longer exists")),
                 qPrintable(errors.front().front().toString()));
        QCOMPARE(stack()->count(), 2);
        QCOMPARE(stack()->undoText(), lastStep);

        stack()->undo();
        QCOMPARE(project().code(m_study.trust)->color, QStringLiteral("#112233"));
        stack()->undo();
        QCOMPARE(project().code(m_study.trust)->color, original);
    }
};

QTEST_MAIN(TestChangeValue)
#include "test_changevalue.moc"
