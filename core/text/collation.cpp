#include "core/text/collation.h"

#include <unicode/coll.h>
#include <unicode/locid.h>
#include <unicode/uloc.h>

namespace dyad::core::text {

namespace {

/** BCP-47 ("zh-Hans-CN") or ICU ("zh_CN") name to an ICU locale id. */
QByteArray icuLocaleId(const QString &name)
{
    const QByteArray tag = name.toUtf8();
    if (tag.isEmpty() || tag == "C")
        return QByteArrayLiteral("root");
    char buffer[ULOC_FULLNAME_CAPACITY] = {};
    UErrorCode status = U_ZERO_ERROR;
    int32_t parsed = 0;
    const QByteArray dashed = QByteArray(tag).replace('_', '-');
    uloc_forLanguageTag(dashed.constData(), buffer, sizeof buffer, &parsed, &status);
    if (U_SUCCESS(status) && parsed > 0 && buffer[0] != 0)
        return QByteArray(buffer);
    return tag;
}

} // namespace

struct NameCollator::Impl
{
    std::unique_ptr<icu::Collator> collator;
};

NameCollator::NameCollator(const QLocale &locale)
{
    init(icuLocaleId(locale.bcp47Name()));
}

NameCollator::NameCollator(const QString &localeName)
{
    init(icuLocaleId(localeName));
}

NameCollator::~NameCollator() = default;

NameCollator::NameCollator(const NameCollator &other)
    : m_impl(std::make_unique<Impl>())
{
    if (other.m_impl && other.m_impl->collator)
        m_impl->collator.reset(other.m_impl->collator->clone());
}

NameCollator &NameCollator::operator=(const NameCollator &other)
{
    if (this != &other)
        *this = NameCollator(other);
    return *this;
}

NameCollator::NameCollator(NameCollator &&) noexcept = default;
NameCollator &NameCollator::operator=(NameCollator &&) noexcept = default;

void NameCollator::init(const QByteArray &icuLocale)
{
    m_impl = std::make_unique<Impl>();
    std::unique_ptr<icu::Collator> &collator = m_impl->collator;
    UErrorCode status = U_ZERO_ERROR;
    collator.reset(icu::Collator::createInstance(icu::Locale(icuLocale.constData()), status));
    if (U_FAILURE(status) || !collator) {
        status = U_ZERO_ERROR;
        collator.reset(icu::Collator::createInstance(icu::Locale::getRoot(), status));
    }
    if (!collator)
        return;
    status = U_ZERO_ERROR;
    collator->setAttribute(UCOL_NUMERIC_COLLATION, UCOL_ON, status);
    // Names typed in decomposed form must sort like their NFC spelling.
    collator->setAttribute(UCOL_NORMALIZATION_MODE, UCOL_ON, status);
}

int NameCollator::compare(const QString &a, const QString &b) const
{
    const icu::Collator *collator = m_impl ? m_impl->collator.get() : nullptr;
    if (!collator)
        return QString::compare(a, b);
    UErrorCode status = U_ZERO_ERROR;
    const UCollationResult r
        = collator->compare(reinterpret_cast<const char16_t *>(a.utf16()), static_cast<int32_t>(a.size()),
            reinterpret_cast<const char16_t *>(b.utf16()), static_cast<int32_t>(b.size()), status);
    if (U_FAILURE(status))
        return QString::compare(a, b);
    return r == UCOL_LESS ? -1 : (r == UCOL_GREATER ? 1 : 0);
}

QByteArray NameCollator::sortKey(const QString &name) const
{
    const icu::Collator *collator = m_impl ? m_impl->collator.get() : nullptr;
    if (!collator)
        return name.toUtf8();
    const auto *data = reinterpret_cast<const char16_t *>(name.utf16());
    const auto length = static_cast<int32_t>(name.size());
    QByteArray key(64, Qt::Uninitialized);
    int32_t needed
        = collator->getSortKey(data, length, reinterpret_cast<uint8_t *>(key.data()), static_cast<int32_t>(key.size()));
    if (needed > key.size()) {
        key.resize(needed);
        needed = collator->getSortKey(data, length, reinterpret_cast<uint8_t *>(key.data()), needed);
    }
    // The key ends with a terminating zero byte that is not part of the order.
    key.resize(needed > 0 ? needed - 1 : 0);
    return key;
}

QString NameCollator::localeName() const
{
    const icu::Collator *collator = m_impl ? m_impl->collator.get() : nullptr;
    if (!collator)
        return QStringLiteral("root");
    UErrorCode status = U_ZERO_ERROR;
    const icu::Locale locale = collator->getLocale(ULOC_VALID_LOCALE, status);
    const char *name = locale.getName();
    return U_SUCCESS(status) && name && *name ? QString::fromLatin1(name) : QStringLiteral("root");
}

} // namespace dyad::core::text
