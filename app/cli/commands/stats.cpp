// dyad-cli stats: agreement coefficients for a plain ratings CSV (unit, rater, value).

#include "command.h"

#include "core/agreement/coefficients.h"
#include "core/agreement/krippendorff.h"
#include "core/agreement/multirater.h"
#include "core/agreement/ratingstable.h"
#include "core/io/csv.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

using namespace dyad::cli;
using namespace dyad::core::agreement;

namespace {

const QStringList kCoefficients = {QStringLiteral("all"),   QStringLiteral("percent"), QStringLiteral("kappa"),
                                   QStringLiteral("pi"),    QStringLiteral("bp"),      QStringLiteral("ac1"),
                                   QStringLiteral("pabak"), QStringLiteral("alpha"),   QStringLiteral("fleiss")};

QString num(double v, int decimals = 4)
{
    return std::isfinite(v) ? QString::number(v, 'f', decimals) : QStringLiteral("n/a");
}

struct Row
{
    QString coefficient;
    double value;
    QString detail; ///< counts, SE, CI
};

int run(Context &ctx)
{
    QStringList args = ctx.args;
    const Command &self = *std::find_if(commands().begin(), commands().end(),
                                        [](const Command &c) { return c.name == QLatin1String("stats"); });
    QString coefficient = takeOption(args, QStringLiteral("coefficient"));
    if (coefficient.isEmpty())
        coefficient = QStringLiteral("all");
    coefficient = coefficient.toLower();
    if (!kCoefficients.contains(coefficient))
        return usageError(self, QStringLiteral("unknown coefficient '%1' (one of %2)").arg(coefficient, kCoefficients.join(QLatin1Char('|'))));
    const QString levelText = takeOption(args, QStringLiteral("level"));
    const auto level = levelText.isEmpty() ? std::optional<MetricLevel>(MetricLevel::Nominal) : levelFromName(levelText);
    if (!level)
        return usageError(self, QStringLiteral("unknown level '%1' (nominal|ordinal|interval|ratio)").arg(levelText));
    QString format = takeOption(args, QStringLiteral("format"));
    if (ctx.json)
        format = QStringLiteral("json");
    if (format.isEmpty())
        format = QStringLiteral("table");
    if (format != QLatin1String("table") && format != QLatin1String("csv") && format != QLatin1String("json"))
        return usageError(self, QStringLiteral("unknown format '%1' (table|csv|json)").arg(format));
    if (args.size() != 1)
        return usageError(self, args.isEmpty() ? QStringLiteral("missing FILE.csv") : QStringLiteral("unexpected argument '%1'").arg(args.value(1)));

    auto table = readRatingsCsv(args.first());
    if (!table)
        return fail(table.error());
    const RatingsTable &t = *table;
    if (*level != MetricLevel::Nominal && !t.isNumeric())
        return fail(QStringLiteral("%1: --level %2 needs numeric values; use --level nominal for labels.")
                        .arg(args.first(), levelName(*level)));
    auto want = [&](const char *name) { return coefficient == QLatin1String("all") || coefficient == QLatin1String(name); };

    QJsonObject json{{QStringLiteral("file"), args.first()},
                     {QStringLiteral("units"), int(t.units.size())},
                     {QStringLiteral("raters"), QJsonArray::fromStringList(t.raters)},
                     {QStringLiteral("categories"), QJsonArray::fromStringList(t.categories())},
                     {QStringLiteral("level"), levelName(*level)}};
    std::vector<Row> rows;
    QStringList notes;

    // Krippendorff's α: any number of raters, missing values allowed.
    if (want("alpha")) {
        auto a = krippendorffAlpha(t.reliabilityData(), *level);
        if (!a)
            return fail(QStringLiteral("%1: %2").arg(args.first(), a.error()));
        json.insert(QStringLiteral("krippendorffAlpha"), toJson(*a));
        rows.push_back({QStringLiteral("Krippendorff's alpha (%1)").arg(levelName(*level)), a->alpha,
                        QStringLiteral("D_o %1, D_e %2, %3 pairable values in %4 units")
                            .arg(num(a->observedDisagreement), num(a->expectedDisagreement))
                            .arg(a->pairableValues)
                            .arg(a->pairableUnits)});
    }

    // Two raters: the contingency-table coefficients over units both rated.
    const QStringList cats = t.categories();
    if (t.raters.size() == 2 && !cats.isEmpty()) {
        ContingencyTable ct(int(cats.size()));
        int both = 0;
        for (const auto &u : t.values)
            if (u.size() == 2 && u[0] && u[1]) {
                ct.at(int(cats.indexOf(*u[0])), int(cats.indexOf(*u[1]))) += 1;
                ++both;
            }
        const Coefficients c = cats.size() == 2
            ? computeCoefficients(Table2x2{std::int64_t(ct.at(0, 0)), std::int64_t(ct.at(0, 1)), std::int64_t(ct.at(1, 0)),
                                           std::int64_t(ct.at(1, 1))})
            : computeCoefficients(ct);
        QJsonObject cj = toJson(c);
        cj.insert(QStringLiteral("rows"), t.raters.value(0));
        cj.insert(QStringLiteral("columns"), t.raters.value(1));
        json.insert(QStringLiteral("twoRaters"), cj);
        const QString n = QStringLiteral("n = %1 units rated by both").arg(both);
        if (want("percent"))
            rows.push_back({QStringLiteral("Percent agreement"), c.observed, n});
        if (want("kappa"))
            rows.push_back({QStringLiteral("Cohen's kappa"), c.kappa,
                            QStringLiteral("SE %1 (Fleiss-Cohen-Everitt), 95% CI %2 to %3, %4; %5")
                                .arg(num(c.kappaSe), num(c.kappaCi95.low), num(c.kappaCi95.high), c.landisKoch, n)});
        if (want("pi"))
            rows.push_back({QStringLiteral("Scott's pi"), c.scottPi, n});
        if (want("bp"))
            rows.push_back({QStringLiteral("Brennan-Prediger"), c.brennanPrediger, QStringLiteral("q = %1; %2").arg(c.categories).arg(n)});
        if (want("ac1"))
            rows.push_back({QStringLiteral("Gwet's AC1"), c.ac1,
                            QStringLiteral("SE %1, 95% CI %2 to %3; %4").arg(num(c.ac1Se), num(c.ac1Ci95.low), num(c.ac1Ci95.high), n)});
        if (want("pabak")) {
            rows.push_back({QStringLiteral("PABAK"), c.pabak,
                            c.binary ? QStringLiteral("prevalence index %1, bias index %2").arg(num(c.prevalenceIndex), num(c.biasIndex))
                                     : QStringLiteral("(k·p_o − 1)/(k − 1) for k = %1").arg(c.table.k())});
            if (c.binary) {
                rows.push_back({QStringLiteral("Positive agreement"), c.positiveAgreement,
                                QStringLiteral("'%1' = yes; a %2, b %3, c %4, d %5")
                                    .arg(cats[0])
                                    .arg(c.table.at(0, 0))
                                    .arg(c.table.at(0, 1))
                                    .arg(c.table.at(1, 0))
                                    .arg(c.table.at(1, 1))});
                rows.push_back({QStringLiteral("Negative agreement"), c.negativeAgreement, QString()});
            }
        }
        if (c.kappaParadox)
            notes << paradoxNote(c);
    } else if (t.raters.size() != 2 && (coefficient == QLatin1String("kappa") || coefficient == QLatin1String("pi")
                                        || coefficient == QLatin1String("pabak"))) {
        notes << QStringLiteral("%1 needs exactly two raters; this file has %2. Use alpha, fleiss, ac1 or bp.")
                     .arg(coefficient)
                     .arg(t.raters.size());
    }

    // All raters at once, missing ratings allowed (Gwet 2014): Fleiss-style κ, AC1 (AC2 with
    // weights) and Brennan–Prediger with standard errors. Ordinal, interval and ratio levels add
    // linear and quadratic weights (ordinal over the ranks of the values, the others over the values).
    if (t.raters.size() >= 2 && cats.size() >= 2 && (want("fleiss") || want("ac1") || want("bp"))) {
        std::vector<std::vector<double>> counts;
        for (const auto &u : t.values) {
            std::vector<double> row(size_t(cats.size()), 0.0);
            for (const auto &v : u)
                if (v)
                    row[size_t(cats.indexOf(*v))] += 1;
            counts.push_back(row);
        }
        std::vector<double> values;
        for (qsizetype i = 0; i < cats.size(); ++i)
            values.push_back(*level == MetricLevel::Ordinal || *level == MetricLevel::Nominal ? double(i + 1) : cats[i].toDouble());
        std::vector<Weighting> weightings{Weighting::Identity};
        if (*level != MetricLevel::Nominal)
            weightings = {Weighting::Identity, Weighting::Linear, Weighting::Quadratic};
        QJsonArray all;
        for (Weighting w : weightings) {
            auto m = multiRaterAgreement(counts, agreementWeights(w, values), w);
            if (!m) {
                notes << QStringLiteral("All raters: %1").arg(m.error());
                break;
            }
            all.append(toJson(*m));
            const QString suffix = w == Weighting::Identity ? QString() : QStringLiteral(", %1 weights").arg(weightingName(w));
            auto detail = [&](const MultiRaterCoefficient &c) {
                return QStringLiteral("SE %1, 95% CI %2 to %3; p_a %4, p_e %5; %6 units, %7 rated twice or more%8")
                    .arg(num(c.se), num(c.ci95.low), num(c.ci95.high), num(c.observed), num(c.expected))
                    .arg(m->subjects)
                    .arg(m->pairableSubjects)
                    .arg(m->missingRatings ? QStringLiteral(" (missing ratings)") : QString());
            };
            if (want("fleiss"))
                rows.push_back({QStringLiteral("Fleiss' kappa%1").arg(suffix), m->fleiss.value, detail(m->fleiss)});
            if (want("ac1"))
                rows.push_back({(w == Weighting::Identity ? QStringLiteral("Gwet's AC1, all raters") : QStringLiteral("Gwet's AC2"))
                                    + suffix,
                                m->gwet.value, detail(m->gwet)});
            if (want("bp"))
                rows.push_back({QStringLiteral("Brennan-Prediger, all raters%1").arg(suffix), m->brennanPrediger.value,
                                detail(m->brennanPrediger)});
        }
        json.insert(QStringLiteral("multiRater"), all);
        // Two raters: Cohen's weighted κ over the units both rated.
        if (t.raters.size() == 2 && *level != MetricLevel::Nominal && want("kappa")) {
            ContingencyTable ct(int(cats.size()));
            for (const auto &u : t.values)
                if (u.size() == 2 && u[0] && u[1])
                    ct.at(int(cats.indexOf(*u[0])), int(cats.indexOf(*u[1]))) += 1;
            QJsonArray weighted;
            for (Weighting w : {Weighting::Linear, Weighting::Quadratic}) {
                const WeightedKappa k = weightedKappa(ct, agreementWeights(w, values), w);
                weighted.append(toJson(k));
                rows.push_back({QStringLiteral("Cohen's kappa, %1 weights").arg(weightingName(w)), k.value,
                                QStringLiteral("SE %1 (Fleiss-Cohen-Everitt), 95% CI %2 to %3; p_o %4, p_e %5 (Cohen 1968); "
                                               "units both rated")
                                    .arg(num(k.se), num(k.ci95.low), num(k.ci95.high), num(k.observed), num(k.expected))});
            }
            json.insert(QStringLiteral("weightedKappa"), weighted);
        }
    }
    json.insert(QStringLiteral("notes"), QJsonArray::fromStringList(notes));

    if (format == QLatin1String("json")) {
        out(QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented)).trimmed());
    } else if (format == QLatin1String("csv")) {
        dyad::core::io::CsvWriter csv({QStringLiteral("coefficient"), QStringLiteral("value"), QStringLiteral("detail")});
        for (const Row &r : rows)
            csv.addCells({r.coefficient, dyad::core::io::CsvCell(r.value, 10), r.detail});
        outCsv(csv.text());
    } else {
        out(QStringLiteral("%1: %2 units, %3 raters (%4), categories: %5")
                .arg(args.first())
                .arg(t.units.size())
                .arg(t.raters.size())
                .arg(t.raters.join(QStringLiteral(", ")), cats.join(QStringLiteral(", "))));
        qsizetype width = 30;
        for (const Row &r : rows)
            width = std::max(width, r.coefficient.size());
        for (const Row &r : rows)
            out(QStringLiteral("  %1 %2  %3").arg(r.coefficient.leftJustified(width), num(r.value).rightJustified(8), r.detail));
        for (const QString &n : notes)
            out(QStringLiteral("Note: ") + n);
    }
    return 0;
}

const QString kUsage = QStringLiteral(
    "Usage: dyad-cli stats FILE.csv [--coefficient all|percent|kappa|pi|bp|ac1|pabak|alpha|fleiss]\n"
    "                       [--level nominal|ordinal|interval|ratio] [--format table|csv|json] [--json]\n\n"
    "Agreement coefficients for a ratings file in long form: a header row naming the columns\n"
    "unit, rater and value (any order, other columns ignored), then one row per rating. An\n"
    "empty value is a missing rating; fields may be quoted (\"a, b\"; inner quotes doubled).\n\n"
    "Printed, with the counts behind each figure:\n"
    "  alpha    Krippendorff's alpha, any number of raters, missing values allowed, at --level\n"
    "           (default nominal; ordinal/interval/ratio need numeric values)\n"
    "  all raters at once, missing ratings allowed (Gwet 2014), each with SE and 95% CI:\n"
    "  fleiss   Fleiss' kappa (generalised to missing ratings; equals Fleiss 1971 without them)\n"
    "  ac1      Gwet's AC1;  bp  Brennan-Prediger\n"
    "           at --level ordinal/interval/ratio also weighted: AC2, Fleiss and Brennan-Prediger\n"
    "           with linear and quadratic weights (ordinal: over the ranks of the values;\n"
    "           interval/ratio: over the values), and for two raters Cohen's weighted kappa\n"
    "  two raters only, over the units both rated:\n"
    "  percent  percent agreement\n"
    "  kappa    Cohen's kappa with its Fleiss-Cohen-Everitt (1969) SE and 95% CI, Landis & Koch band\n"
    "  pi       Scott's pi;  bp  Brennan-Prediger (q = categories used)\n"
    "  ac1      Gwet's AC1 with SE (Gwet 2008) and 95% CI\n"
    "  pabak    PABAK; for two categories also prevalence and bias indices and\n"
    "           positive/negative specific agreement\n"
    "A note warns about the kappa paradox (agreement >= 85% with a much lower kappa).\n"
    "--json is the same as --format json. See docs/agreement.md for the formulas.");

CommandRegistrar reg({QStringLiteral("stats"), QStringLiteral("agreement coefficients for a ratings CSV (unit, rater, value)"),
                      kUsage, run});

} // namespace
