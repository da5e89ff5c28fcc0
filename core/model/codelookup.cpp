#include "core/model/codelookup.h"

#include <QCoreApplication>
#include <QHash>

namespace dyad::core {

QStringList splitCodePath(const QString &text)
{
    QStringList names;
    QString current;
    bool quoted = false, hadQuotes = false;
    auto finish = [&] {
        const QString name = hadQuotes ? current : current.trimmed();
        if (!name.trimmed().isEmpty())
            names << name;
        current.clear();
        hadQuotes = false;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text[i + 1] == u'"') {
                current += c;
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                current += c;
            }
        } else if (c == u'"' && current.trimmed().isEmpty()) {
            current.clear();
            quoted = hadQuotes = true;
        } else if (c == u'>') {
            finish();
        } else if (!(hadQuotes && c.isSpace())) {
            current += c;
        }
    }
    finish();
    return names;
}

QString joinCodePath(const QStringList &names)
{
    QStringList parts;
    for (const QString &n : names)
        parts << (n.contains(u'>') || n.contains(u'"') ? QLatin1Char('"') + QString(n).replace(u'"', QStringLiteral("\"\"")) + QLatin1Char('"')
                                                         : n);
    return parts.join(QStringLiteral(" > "));
}

Result<Code> findCodeBySpec(const std::vector<Code> &all, const QString &spec)
{
    const QString wanted = spec.trimmed();
    const QUuid id = QUuid::fromString(wanted);
    if (!id.isNull())
        for (const Code &c : all)
            if (c.id == id)
                return c;
    QHash<QUuid, const Code *> byId;
    for (const Code &c : all)
        byId.insert(c.id, &c);
    auto pathOf = [&](const Code &c) {
        QStringList path{c.name};
        QUuid parent = c.parentId;
        for (int guard = 0; !parent.isNull() && guard < 64; ++guard) {
            const Code *p = byId.value(parent);
            if (!p)
                break;
            path.prepend(p->name);
            parent = p->parentId;
        }
        return path;
    };
    auto sameNames = [](const QStringList &a, const QStringList &b) {
        if (a.size() != b.size())
            return false;
        for (qsizetype i = 0; i < a.size(); ++i)
            if (a[i].compare(b[i], Qt::CaseInsensitive) != 0)
                return false;
        return true;
    };
    // A full path from the top wins; a single name may also sit anywhere in the tree.
    auto matching = [&](const QStringList &steps) {
        std::vector<const Code *> byPath, byName;
        for (const Code &c : all) {
            if (sameNames(pathOf(c), steps))
                byPath.push_back(&c);
            if (steps.size() == 1 && c.name.compare(steps.front(), Qt::CaseInsensitive) == 0)
                byName.push_back(&c);
        }
        return byPath.size() == 1 ? byPath : byName.empty() ? byPath : byName;
    };
    const QStringList steps = splitCodePath(wanted);
    std::vector<const Code *> matches = steps.isEmpty() ? std::vector<const Code *>{} : matching(steps);
    if (matches.empty() && steps.size() > 1)
        matches = matching({wanted}); // a name with '>' in it, written without quotes
    if (matches.size() == 1)
        return *matches.front();
    if (matches.empty())
        return makeError(QCoreApplication::translate("Project", "there is no code \"%1\" in the codebook").arg(wanted));
    return makeError(QCoreApplication::translate("Project", "\"%1\" names %2 codes; give the path (\"Theme > Code\"; quote a name that holds "
                                    "'>' like \"Costs > \\\"cost > benefit\\\"\") or the code's id")
                         .arg(wanted, QString::number(matches.size())));
}

} // namespace dyad::core
