#pragma once

#include <QString>
#include <QStringList>

namespace dyad::core::importer::detail {

/** What the internal DTD of an XML import would do to its text. */
struct XmlEntityCheck
{
    QString error;         ///< set when the document must be refused (its entities expand too far)
    qint64 errorLine = 0;  ///< line of the DTD
    QStringList warnings;  ///< external entities that are not fetched, with the references lost
};

/** Characters all entity references of one document may expand to together. */
constexpr qint64 kMaxEntityExpansion = 16LL * 1024 * 1024;

/**
 * Looks at the DTD of @p text before it is parsed. Qt's own limit is per entity (4,096
 * characters), so one such entity used 10⁶ times still expands to gigabytes: this adds up
 * declared entities × references (nested entities included) and refuses a document whose
 * total passes @p maxExpanded. References to external entities, which Dyad never fetches,
 * are reported as warnings instead of vanishing silently.
 */
XmlEntityCheck checkXmlEntities(const QString &text, qint64 maxExpanded = kMaxEntityExpansion);

} // namespace dyad::core::importer::detail
