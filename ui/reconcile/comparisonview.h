#pragma once

#include "core/model/types.h"
#include "ui/workbench/codinghighlighter.h"
#include "ui/workbench/codingmargin.h"
#include "ui/workbench/textoffsets.h"

#include <QHash>
#include <QWidget>

#include <optional>
#include <vector>

class QLabel;
class QStackedWidget;
class QTextEdit;

namespace dyad::ui {


/**
 * One record, two reviewers: side by side with synchronised scrolling (each reviewer's
 * codings in their code colours, with coding stripes in a margin), or overlaid in one text
 * (A only / B only / both in distinct colours). Steps through the disagreements of the
 * record; the selection in the overlay (or left) text is the span for an edited decision.
 */
class ComparisonView : public QWidget
{
    Q_OBJECT

public:
    enum class Mode { SideBySide, Overlay };

    /** One reviewer's side: a label ("Alice", or "Reviewer 1" when blind) and codings. */
    struct Layer
    {
        QString label;
        std::vector<core::Coding> codings;
    };

    explicit ComparisonView(QWidget *parent = nullptr);

    void setRecord(const QString &text, Layer left, Layer right, const QHash<QUuid, core::Code> &codes);
    /** The stretches to step through with next/previousDisagreement(), in text order. */
    void setDisagreements(std::vector<core::Span> spans);
    void setMode(Mode mode);
    Mode mode() const { return m_mode; }

    /** Marks a span in both texts and scrolls it into view. */
    void focusSpan(core::Span span);
    bool nextDisagreement();
    bool previousDisagreement();
    int currentDisagreement() const { return m_current; }

    /** The selected text in code points (overlay text in overlay mode, else the left text). */
    std::optional<core::Span> selectedSpan() const;
    /** Selects a span (code points) in the active text, e.g. to start editing from a member's span. */
    void selectSpan(core::Span span);

    QTextEdit *leftEditor() const { return m_left; }
    QTextEdit *rightEditor() const { return m_right; }
    QTextEdit *overlayEditor() const { return m_overlay; }
    const TextOffsets &offsets() const { return m_offsets; }

    /** Colours of the overlay: A only, B only, both with a same code, both with different codes. */
    static QColor leftOnlyColor();
    static QColor rightOnlyColor();
    static QColor bothColor();
    static QColor conflictColor();

signals:
    void selectionChanged();

private:
    void applyHighlights();
    void applyLayer(QTextEdit *editor, const Layer &layer);
    void applyOverlay();
    QColor codeColor(const QUuid &codeId) const;
    QString stripeToolTip(const Layer &layer, const CodingMargin::Stripe &stripe) const;
    static QColor paintOverlay(const std::vector<const CodingHighlighter::Range *> &covering);
    QTextEdit *activeEditor() const;

    Mode m_mode = Mode::SideBySide;
    QString m_text;
    TextOffsets m_offsets;
    Layer m_leftLayer, m_rightLayer;
    QHash<QUuid, core::Code> m_codes;
    std::vector<core::Span> m_disagreements;
    int m_current = -1;

    QStackedWidget *m_stack = nullptr;
    QTextEdit *m_left = nullptr;
    QTextEdit *m_right = nullptr;
    QTextEdit *m_overlay = nullptr;
    QLabel *m_leftLabel = nullptr;
    QLabel *m_rightLabel = nullptr;
    QLabel *m_legend = nullptr;
    CodingMargin *m_leftStripes = nullptr;
    CodingMargin *m_rightStripes = nullptr;
    CodingHighlighter *m_leftHighlighter = nullptr;
    CodingHighlighter *m_rightHighlighter = nullptr;
    CodingHighlighter *m_overlayHighlighter = nullptr;
    bool m_syncing = false;
};

} // namespace dyad::ui
