#pragma once

#include <QString>
#include <QStringList>

namespace dyad::core::analysis {

/**
 * A small builder for the self-contained HTML reports: UTF-8, inline CSS, no scripts, no
 * external resources, so a report opens in any browser, can be attached to a manuscript
 * submission, and renders in QTextDocument (which the UI uses to print PDF). Only markup
 * that QTextDocument understands is used (tables with cellpadding, bgcolor, simple CSS).
 */
class HtmlWriter
{
public:
    explicit HtmlWriter(const QString &title);

    /** Escapes &, <, >, " for text and attribute values. */
    static QString escape(const QString &text);

    void heading(int level, const QString &text);
    void paragraph(const QString &text, const QString &cssClass = QString());
    /** Appends markup as is (the caller escaped every piece of user text). */
    void raw(const QString &html);
    /** A table: header cells, then rows of already escaped cell markup. */
    void table(const QStringList &headers, const QList<QStringList> &rows, const QString &cssClass = QString());
    /** Key/value list as a two-column table (values escaped here). */
    void facts(const QList<std::pair<QString, QString>> &items);

    QString finish() const;

private:
    QString m_body;
    QString m_title;
};

/** One CSV line of text fields through io::CsvWriter (formula guard, RFC 4180 quoting), ended by CRLF. */
QString csvLine(const QStringList &fields);

/** A figure for a table: "0.812"; NaN as "–" (undefined). */
QString formatNumber(double value, int decimals = 3);
/** A share as a percentage with one decimal: "42.9 %"; an empty denominator as "–". */
QString formatPercent(double numerator, double denominator);

} // namespace dyad::core::analysis
