#pragma once

#include "core/model/types.h"
#include "ui/workbench/offsetconversion.h"

#include <QColor>
#include <QPlainTextEdit>

#include <optional>
#include <vector>

namespace dyad::ui {

class CodingHighlighter;
class CodingMargin;

/** What the text view needs to know about one visible coding. */
struct DisplayedCoding
{
    /** Whose coding: drawn differently in the margin (see CodingMargin::paintStripe). */
    enum class Layer { Mine, OtherReviewer, Consensus };

    core::Coding coding;
    QColor color;
    QString codeName;
    QString reviewerName;
    bool own = true;
    Layer layer = Layer::Mine;
    int start16 = 0; ///< UTF-16 positions in the shown text
    int end16 = 0;
    int lane = 0;
};

/**
 * The read-only text of one record with its codings: highlights in the text (layout
 * formats), stripes in a left margin, the selected coding marked. Selections are reported
 * in code points, converted in one place (OffsetConversion).
 */
class RecordTextEdit : public QPlainTextEdit
{
    Q_OBJECT

public:
    static constexpr auto SpanMimeType = "application/x-dyad-span";

    explicit RecordTextEdit(QWidget *parent = nullptr);

    void setRecord(const QUuid &recordId, const QString &text);
    QUuid recordId() const { return m_recordId; }
    /** The record text as stored (the widget shows '\r' as a space). */
    const QString &recordText() const { return m_text; }
    const OffsetConversion &offsets() const { return m_offsets; }

    /** Codings must carry code-point spans; UTF-16 positions and lanes are filled in here. */
    void setCodings(std::vector<DisplayedCoding> codings);
    const std::vector<DisplayedCoding> &codings() const { return m_codings; }

    QUuid selectedCoding() const { return m_selectedCoding; }
    void setSelectedCoding(const QUuid &codingId);
    const DisplayedCoding *displayedCoding(const QUuid &codingId) const;

    /** The text selection in code points, if any. */
    std::optional<core::Span> selectedSpan() const;
    /** Selects a code-point span (and scrolls to it). */
    void selectSpan(core::Span span);

    /** Marks search hits (code-point spans) as transient marks over the highlights. */
    void setSearchHits(std::vector<core::Span> hits);
    const std::vector<core::Span> &searchHits() const { return m_searchHits; }

    enum class Owner { PreferOwn, OwnOnly };
    /**
     * The innermost coding covering a UTF-16 position (shortest first), if any: the viewer's
     * own first (others' codings are there to read, not to edit); with OwnOnly, only theirs.
     */
    const DisplayedCoding *codingAt(int position, Owner owner = Owner::PreferOwn) const;

    int marginWidth() const;
    int laneCount() const { return m_laneCount; }

    /** Encodes/decodes the drag payload: record id and code-point span. */
    static QByteArray encodeSpan(const QUuid &recordId, core::Span span);
    static std::optional<std::pair<QUuid, core::Span>> decodeSpan(const QByteArray &data);

signals:
    void selectedCodingChanged(const QUuid &codingId);
    void codingActivated(const QUuid &codingId);
    /** A code from the codebook was dropped on the text while some of it was selected. */
    void codeDropped(const QUuid &codeId);

protected:
    bool viewportEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    QMimeData *createMimeDataFromSelection() const override;

private:
    void updateHighlights();
    void updateMarginGeometry();
    QString stripeToolTip(const QUuid &codingId) const;
    /** The code a drag carries, if it carries one and there is selected text to code. */
    QUuid droppableCode(const QMimeData *mime) const;

    QUuid m_recordId;
    QString m_text;
    OffsetConversion m_offsets;
    std::vector<DisplayedCoding> m_codings;
    int m_laneCount = 0;
    QUuid m_selectedCoding;
    std::vector<core::Span> m_searchHits;
    CodingHighlighter *m_highlighter;
    CodingMargin *m_margin;
};

} // namespace dyad::ui
