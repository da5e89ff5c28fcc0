#pragma once

#include <QSet>
#include <QUuid>
#include <QWidget>

class QComboBox;
class QMenu;
class QToolButton;

namespace dyad::ui {

class Document;

/** Which codings the document view highlights. */
struct HighlightFilter
{
    QSet<QUuid> hiddenReviewers;  ///< layers switched off (reviewers, the Consensus)
    QSet<QUuid> codes;            ///< empty: every code; otherwise these (a code and its sub-codes)

    bool accepts(const QUuid &reviewerId, const QUuid &codeId) const
    {
        return !hiddenReviewers.contains(reviewerId) && (codes.isEmpty() || codes.contains(codeId));
    }
};

/**
 * The bar above the record text: which layers (mine, each other reviewer, the Consensus)
 * and which code to highlight, and a legend of how the layers are drawn (mine solid,
 * another reviewer's hatched, the Consensus outlined). What it offers changes nothing about
 * blinding: the view only ever receives what core lets the reviewer see.
 */
class HighlightFilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit HighlightFilterBar(QWidget *parent = nullptr);

    void setDocument(Document *document);
    /** Refills the layer menu and the code list (after reviewers or codes changed). */
    void reload();
    const HighlightFilter &filter() const { return m_filter; }

signals:
    void filterChanged();

private:
    void rebuildFilter();

    Document *m_document = nullptr;
    HighlightFilter m_filter;
    QToolButton *m_layers;
    QMenu *m_layerMenu;
    QComboBox *m_code;
};

} // namespace dyad::ui
