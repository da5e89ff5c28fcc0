// The agreement report follows the UI language: its texts go through
// QCoreApplication::translate("AgreementReport", …), so an installed translator changes them
// (the application loads the translators; here a stand-in marks every text it translates).
#include "core/analysis/agreementreport.h"
#include "core/model/project.h"
#include "core/open/open.h"

#include <QCoreApplication>
#include <QTranslator>

#include <gtest/gtest.h>

using namespace dyad::core;
using namespace dyad::core::analysis;

namespace {

/** Translates the report's context into "⟦text⟧", and nothing else. */
class MarkingTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText, const char *, int) const override
    {
        if (QByteArrayView(context) != "AgreementReport")
            return {};
        return QStringLiteral("⟦%1⟧").arg(QString::fromUtf8(sourceText));
    }
    bool isEmpty() const override { return false; }
};

} // namespace

TEST(AgreementReportLanguage, TextsFollowTheInstalledTranslator)
{
    int argc = 1;
    char name[] = "dyad_core_tests";
    char *argv[] = {name, nullptr};
    QCoreApplication app(argc, argv);

    auto project = createInMemoryProject().value();
    const Reviewer a = project->addReviewer(QStringLiteral("Ann")).value();
    const Reviewer b = project->addReviewer(QStringLiteral("Ben")).value();
    std::vector<Record> records(1);
    records[0].text = QStringLiteral("Community health workers build trust.");
    const auto ids = project->addRecords(records).value();
    Code trust;
    trust.name = QStringLiteral("Trust");
    trust = project->createCode(trust).value();
    for (const Reviewer &who : {a, b}) {
        Coding c;
        c.recordId = ids[0];
        c.codeId = trust.id;
        c.reviewerId = who.id;
        c.span = {25, 36};
        ASSERT_TRUE(project->addCoding(c).ok());
    }
    auto analysis = computeAgreementAnalysis(*project, {});
    ASSERT_TRUE(analysis.ok()) << analysis.error().toStdString();

    const QString english = agreementHtml(*analysis, {});
    EXPECT_TRUE(english.contains(QStringLiteral("<h1>Inter-rater agreement</h1>"))) << english.left(400).toStdString();
    EXPECT_FALSE(english.contains(QStringLiteral("⟦")));

    MarkingTranslator translator;
    ASSERT_TRUE(QCoreApplication::installTranslator(&translator));
    const QString translated = agreementHtml(*analysis, {});
    QCoreApplication::removeTranslator(&translator);
    EXPECT_TRUE(translated.contains(QStringLiteral("<h1>⟦Inter-rater agreement⟧</h1>")));
    EXPECT_TRUE(translated.contains(QStringLiteral("⟦Segment agreement by overlap threshold⟧")));
    EXPECT_TRUE(translated.contains(QStringLiteral("⟦Kappa paradox⟧")));
    // names are data, filled into the translated text
    EXPECT_TRUE(translated.contains(QStringLiteral("<h2>⟦Ann and Ben⟧</h2>"))) << translated.toStdString();
}
