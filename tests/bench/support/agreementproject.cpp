#include "agreementproject.h"

#include "core/model/project.h"
#include "core/open/open.h"

#include <algorithm>
#include <random>
#include <set>
#include <tuple>

namespace dyad::bench {

using namespace dyad::core;

namespace {
constexpr int kRecords = 18400;
constexpr int kCodingsPerReviewer = 200000;
} // namespace

GeneratedProject generateAgreementProject(const QString &path)
{
    GeneratedProject out;
    QString &error = out.error;
    Reviewer &a = out.a;
    Reviewer &b = out.b;
    std::unique_ptr<Project> project;
    auto created = createProject(path);
    if (!created) {
        error = created.error();
        return out;
    }
    project = std::move(created).value();
    a = project->addReviewer(QStringLiteral("A")).value();
    b = project->addReviewer(QStringLiteral("B")).value();

    // Abstract-like texts (title + abstract): 300..2700 code points, mode near 1500,
    // words of 2–10 letters from a small vocabulary.
    std::mt19937_64 rng(20240502);
    std::normal_distribution<double> lengthDist(1500, 450);
    const QStringList vocabulary = QStringLiteral(
        "care primary health workers trust community partners study trial outcomes patients "
        "randomised results methods participants intervention quality access policy barriers "
        "services nurses evidence review data analysis support training costs rural urban")
                                       .split(QLatin1Char(' '));
    std::vector<Record> records(kRecords);
    for (int i = 0; i < kRecords; ++i) {
        const int length = int(std::clamp(lengthDist(rng), 300.0, 2700.0));
        QString text;
        text.reserve(length + 12);
        while (text.size() < length)
            text += vocabulary[qsizetype(rng() % size_t(vocabulary.size()))] + QLatin1Char(' ');
        text.truncate(length);
        records[size_t(i)].title = QStringLiteral("Record %1").arg(i);
        records[size_t(i)].text = text;
    }
    auto ids = project->addRecords(records);
    if (!ids) {
        error = ids.error();
        return out;
    }
    std::vector<Offset> lengths;
    for (const Record &r : records)
        lengths.push_back(Offset(r.text.size())); // ASCII: code points = UTF-16 units

    // Codebook: 10 themes × 4 sub-themes × 3–4 codes = 200 nodes; codings use the 150 leaves.
    std::vector<QUuid> leaves;
    for (int t = 0; t < 10; ++t) {
        Code theme;
        theme.name = QStringLiteral("Theme %1").arg(t);
        const QUuid themeId = project->createCode(theme).value().id;
        for (int s = 0; s < 4; ++s) {
            Code sub;
            sub.name = QStringLiteral("Sub-theme %1.%2").arg(t).arg(s);
            sub.parentId = themeId;
            const QUuid subId = project->createCode(sub).value().id;
            const int n = (t * 4 + s) % 4 == 0 ? 3 : 4;
            for (int c = 0; c < n && leaves.size() < 150; ++c) {
                Code leaf;
                leaf.name = QStringLiteral("Code %1").arg(leaves.size());
                leaf.parentId = subId;
                leaves.push_back(project->createCode(leaf).value().id);
            }
        }
    }

    // Zipf-like code popularity; B codes 85 % of A's passages with jittered boundaries.
    std::vector<double> weights;
    for (size_t c = 0; c < leaves.size(); ++c)
        weights.push_back(1.0 / double(c + 1));
    std::discrete_distribution<int> codeDist(weights.begin(), weights.end());
    std::uniform_int_distribution<int> recordDist(0, kRecords - 1);
    std::uniform_real_distribution<double> unit(0, 1);
    std::normal_distribution<double> jitter(0, 6);
    std::set<std::tuple<int, int, int, Offset, Offset>> seen; // reviewer, record, code, span
    std::vector<Coding> codings;
    codings.reserve(2 * kCodingsPerReviewer);
    auto add = [&](const Reviewer &who, int reviewer, int record, int code, Offset s, Offset e) {
        if (!seen.emplace(reviewer, record, code, s, e).second)
            return false;
        Coding c;
        c.recordId = (*ids)[size_t(record)];
        c.codeId = leaves[size_t(code)];
        c.reviewerId = who.id;
        c.span = {s, e};
        codings.push_back(c);
        return true;
    };
    int countA = 0, countB = 0;
    while (countA < kCodingsPerReviewer) {
        const int r = recordDist(rng);
        const Offset textLength = lengths[size_t(r)];
        const Offset len = std::min<Offset>(textLength, 20 + Offset(unit(rng) * 180));
        const Offset start = Offset(unit(rng) * double(textLength - len));
        const int code = codeDist(rng);
        if (!add(a, 0, r, code, start, start + len))
            continue;
        ++countA;
        const double u = unit(rng);
        if (u < 0.85 && countB < kCodingsPerReviewer) {
            const Offset s = std::clamp<Offset>(start + Offset(jitter(rng)), 0, textLength - 1);
            const Offset e = std::clamp<Offset>(start + len + Offset(jitter(rng)), s + 1, textLength);
            if (add(b, 1, r, u < 0.72 ? code : codeDist(rng), s, e))
                ++countB;
        }
    }
    while (countB < kCodingsPerReviewer) {
        const int r = recordDist(rng);
        const Offset textLength = lengths[size_t(r)];
        const Offset len = std::min<Offset>(textLength, 20 + Offset(unit(rng) * 180));
        const Offset start = Offset(unit(rng) * double(textLength - len));
        if (add(b, 1, r, codeDist(rng), start, start + len))
            ++countB;
    }
    auto added = project->addCodings(std::move(codings));
    if (!added) {
        error = added.error();
        return out;
    }
    out.records = *ids;
    out.leaves = leaves;
    return out;
}

} // namespace dyad::bench
