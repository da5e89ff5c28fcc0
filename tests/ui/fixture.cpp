#include "fixture.h"
#include "core/open/open.h"

#include "core/io/csv.h"

#include <QDir>
#include <QFile>

#include <cstdlib>

namespace dyad::test {

namespace {

template<typename T>
T check(core::Result<T> r, const char *what)
{
    if (!r) {
        qFatal("fixture: %s failed: %s", what, qPrintable(r.error()));
    }
    return std::move(r).value();
}

void check(const core::Status &s, const char *what)
{
    if (!s)
        qFatal("fixture: %s failed: %s", what, qPrintable(s.error()));
}

QUuid makeCode(core::Project &p, const QString &name, const QUuid &parent, const QString &definition,
               const QString &color = QString())
{
    core::Code c;
    c.name = name;
    c.parentId = parent;
    c.definition = definition;
    c.color = color;
    return check(p.createCode(c), "createCode").id;
}

} // namespace

QString astralText()
{
    return QStringLiteral("Patients wrote \U00020000\U0001F642 trust builds slowly in clinics.");
}

std::vector<core::Record> recordsWithFourWorkers(int count)
{
    std::vector<core::Record> records;
    records.reserve(size_t(count));
    for (int i = 0; i < count; ++i) {
        core::Record r;
        r.title = QStringLiteral("Lay health workers, site %1").arg(i);
        r.text = QStringLiteral("At site %1 lay workers, clinic workers and volunteers met; the workers said that "
                                "community workers need supervision.")
                     .arg(i);
        records.push_back(std::move(r));
    }
    return records;
}

Study makeStudyProject(const QString &path, bool withCodings)
{
    Study s;
    s.project = path.isEmpty() ? check(core::createInMemoryProject(), "createInMemory")
                               : check(core::createProject(path, QStringLiteral("Community health study")), "create");
    core::Project &p = *s.project;
    s.alice = check(p.addReviewer(QStringLiteral("Alice")), "addReviewer");
    s.bob = check(p.addReviewer(QStringLiteral("Bob")), "addReviewer");
    s.lead = check(p.addReviewer(QStringLiteral("Lena"), core::ReviewerRole::Lead), "addReviewer");

    p.setActor(s.lead.id);
    s.trust = makeCode(p, QStringLiteral("Trust"), {}, QStringLiteral("Relationships of confidence between people and services."), QStringLiteral("#4363d8"));
    s.mutualTrust = makeCode(p, QStringLiteral("Mutual trust"), s.trust,
                             QStringLiteral("Trust described as going both ways between workers and communities."), QStringLiteral("#42d4f4"));
    s.distrust = makeCode(p, QStringLiteral("Distrust of institutions"), s.trust,
                          QStringLiteral("Suspicion of hospitals, government or researchers."), QStringLiteral("#911eb4"));
    s.access = makeCode(p, QStringLiteral("Access"), {}, QStringLiteral("Whether people can reach care."), QStringLiteral("#3cb44b"));
    s.cost = makeCode(p, QStringLiteral("Cost"), s.access, QStringLiteral("Money as a barrier or enabler."), QStringLiteral("#f58231"));
    s.distance = makeCode(p, QStringLiteral("Distance"), s.access, QStringLiteral("Travel time and geography."), QStringLiteral("#9a6324"));
    s.workforce = makeCode(p, QStringLiteral("Workforce"), {}, QStringLiteral("The people who deliver care."), QStringLiteral("#e6194b"));
    s.training = makeCode(p, QStringLiteral("Training"), s.workforce, QStringLiteral("Preparation and supervision of workers."), QStringLiteral("#f032e6"));

    std::vector<core::Record> records;
    core::Record en;
    en.title = QStringLiteral("Community health workers and trust in rural clinics: a qualitative study");
    en.authors = {QStringLiteral("Mwangi, Grace"), QStringLiteral("Okafor, Daniel"), QStringLiteral("Lindqvist, Sara")};
    en.year = 2021;
    en.journal = QStringLiteral("BMC Health Services Research");
    en.doi = QStringLiteral("10.1186/s12913-021-00000-0");
    en.text = QStringLiteral(
        "Community health workers build trust between rural households and clinics. "
        "Interviews with 42 workers showed that mutual trust grew when workers lived in the village, "
        "while distrust of hospitals persisted where fees were charged at the door. "
        "Long walking distances and transport costs kept older women from attending. "
        "Workers asked for more training in mental health and for regular supervision.");
    records.push_back(en);
    core::Record zh;
    zh.title = QStringLiteral("乡村医生与村民之间的信任：一项定性研究");
    zh.authors = {QStringLiteral("王, 芳"), QStringLiteral("李, 强")};
    zh.year = 2020;
    zh.journal = QStringLiteral("中国农村卫生事业管理");
    zh.language = QStringLiteral("zh");
    zh.text = QStringLiteral("乡村医生与村民之间的信任是基层医疗的基础。访谈发现，看病费用和路途遥远是老年人就医的主要障碍。"
                             "村医希望得到更多培训。");
    records.push_back(zh);
    core::Record astral;
    astral.title = QStringLiteral("Emoji and rare characters in patient feedback");
    astral.year = 2023;
    astral.text = astralText();
    records.push_back(astral);
    const std::vector<QUuid> ids = check(p.addRecords(records), "addRecords");
    s.englishRecord = ids[0];
    s.chineseRecord = ids[1];
    s.astralRecord = ids[2];

    s.pilot = check(p.createRound(QStringLiteral("Pilot")), "createRound");
    check(p.assign(s.pilot.id, ids, {s.alice.id, s.bob.id}), "assign");

    if (withCodings) {
        auto code = [&](const core::Reviewer &who, const QUuid &codeId, core::Offset a, core::Offset b,
                        const QString &memo = QString()) {
            p.setActor(who.id);
            core::Coding c;
            c.recordId = s.englishRecord;
            c.codeId = codeId;
            c.span = {a, b};
            c.memo = memo;
            check(p.addCoding(c), "addCoding");
        };
        // Offsets into the English text above (all ASCII, so code points = UTF-16 units).
        code(s.alice, s.trust, 0, 74, QStringLiteral("The study's main claim."));
        code(s.alice, s.mutualTrust, 114, 165);
        code(s.alice, s.distrust, 173, 204);
        code(s.alice, s.cost, 211, 240);
        code(s.alice, s.distance, 242, 264);
        code(s.alice, s.cost, 269, 284);
        code(s.alice, s.access, 242, 316);
        code(s.alice, s.training, 341, 366, QStringLiteral("Mental health training specifically."));
        code(s.bob, s.trust, 0, 74);
        code(s.bob, s.mutualTrust, 114, 131);
        code(s.bob, s.distance, 242, 316);
    }
    p.setActor({});
    return s;
}

std::vector<QStringList> parseCsv(const QString &text)
{
    std::vector<QStringList> rows;
    auto read = core::io::readCsv(text.toUtf8(), QStringLiteral("corpus"));
    if (read)
        for (core::io::CsvRow &r : *read)
            rows.push_back(std::move(r.fields));
    return rows;
}

std::vector<core::Record> corpusRecords(int limit)
{
    std::vector<core::Record> out;
    const QByteArray overridden = qgetenv("DYAD_CORPUS_DIR");
    QDir dir(overridden.isEmpty() ? QStringLiteral(DYAD_CORPUS_DIR) : QString::fromLocal8Bit(overridden));
    const QStringList files = dir.entryList({QStringLiteral("*.csv")}, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const std::vector<QStringList> rows = parseCsv(QString::fromUtf8(f.readAll()));
        if (rows.empty())
            continue;
        const QStringList header = rows.front();
        const qsizetype title = header.indexOf(QStringLiteral("title"));
        const qsizetype abstract = header.indexOf(QStringLiteral("abstract"));
        const qsizetype authors = header.indexOf(QStringLiteral("authors"));
        const qsizetype year = header.indexOf(QStringLiteral("year"));
        if (title < 0 || abstract < 0)
            continue; // e.g. the dataset index file
        for (size_t i = 1; i < rows.size(); ++i) {
            const QStringList &r = rows[i];
            if (r.size() != header.size())
                continue;
            core::Record rec;
            rec.title = r.at(title).trimmed();
            const QString abs = r.at(abstract).trimmed();
            if (rec.title.isEmpty() && abs.isEmpty())
                continue;
            rec.text = abs.isEmpty() ? rec.title : rec.title + QStringLiteral("\n\n") + abs;
            if (authors >= 0 && !r.at(authors).isEmpty())
                rec.authors = r.at(authors).split(QStringLiteral(", "), Qt::SkipEmptyParts);
            if (year >= 0) {
                bool ok = false;
                const int y = static_cast<int>(r.at(year).toDouble(&ok));
                if (ok && y > 1800)
                    rec.year = y;
            }
            rec.sourceFormat = QStringLiteral("csv");
            rec.sourceName = name;
            out.push_back(std::move(rec));
            if (limit > 0 && static_cast<int>(out.size()) >= limit)
                return out;
        }
    }
    return out;
}

} // namespace dyad::test
