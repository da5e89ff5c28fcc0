#pragma once

#include <QByteArray>
#include <QLocale>
#include <QString>

#include <memory>

namespace dyad::core::text {

/**
 * Locale-aware ordering of names (codes, themes, reviewers) with ICU collation:
 * numbers compare by value ("Code 2" < "Code 10"), accents and case are secondary and
 * tertiary differences ("apple" < "Äpfel" < "banana"), and Chinese names sort by pinyin
 * under a Chinese (zh, zh_CN) locale, which is CLDR's default Chinese order.
 *
 * compare() is const and may be called from several threads on one instance (ICU's
 * collators are thread-safe for const use); copying clones the ICU collator.
 */
class NameCollator
{
public:
    /** A collator for @p locale (default: the user's locale, QLocale()). */
    explicit NameCollator(const QLocale &locale = QLocale());
    /** A collator for an ICU/BCP-47 locale name such as "zh", "zh-Hans-CN", "sv_SE", "en". */
    explicit NameCollator(const QString &localeName);
    ~NameCollator();
    NameCollator(const NameCollator &other);
    NameCollator &operator=(const NameCollator &other);
    NameCollator(NameCollator &&) noexcept;
    NameCollator &operator=(NameCollator &&) noexcept;

    /** Negative, zero or positive as @p a sorts before, equal to or after @p b. */
    int compare(const QString &a, const QString &b) const;
    /** Strict weak ordering for std::sort and friends. */
    bool operator()(const QString &a, const QString &b) const { return compare(a, b) < 0; }

    /**
     * A binary key whose byte-wise (memcmp) order equals compare()'s order, for sorting
     * many names or storing an order in the database. Keys are only comparable with keys
     * from the same locale and ICU version.
     */
    QByteArray sortKey(const QString &name) const;

    /** The ICU locale actually used (e.g. "zh" or "root" when the locale is unknown). */
    QString localeName() const;

private:
    struct Impl; // holds the ICU collator, so ICU stays out of this header
    void init(const QByteArray &icuLocale);
    std::unique_ptr<Impl> m_impl;
};

} // namespace dyad::core::text
