#include "ui/workbench/highlightfilterbar.h"

#include "core/model/project.h"
#include "ui/workbench/codingcolors.h"
#include "ui/workbench/codingmargin.h"
#include "ui/document.h"
#include "ui/workbench/recordtextedit.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPainter>
#include <QPixmap>
#include <QStyleOptionToolButton>
#include <QStylePainter>
#include <QToolButton>

#include <algorithm>
#include <functional>

namespace dyad::ui {

namespace {

QPixmap legendSwatch(DisplayedCoding::Layer layer, const QColor &color, qreal dpr)
{
    const QSize size(8, 14);
    QPixmap pixmap(size * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    CodingMargin::paintStripe(painter, QRectF(1, 0, 6, 14), color, int(layer));
    return pixmap;
}

/**
 * A tool button that opens its menu on click and keeps its text clear of the menu arrow.
 * QToolButton's size hint leaves no room for the arrow an instant-popup button draws in its
 * corner, and its label is centred over the whole button, so the arrow covered the text's
 * last letters ("Layers: al|"); here the label is drawn left of the arrow, and the size hint
 * has room for both.
 */
class MenuToolButton : public QToolButton
{
public:
    using QToolButton::QToolButton;

    QSize sizeHint() const override
    {
        QSize size = QToolButton::sizeHint();
        size.rwidth() += indicatorWidth();
        return size;
    }
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QStylePainter painter(this);
        QStyleOptionToolButton option;
        initStyleOption(&option);
        const QString text = option.text;
        option.text.clear(); // frame, focus and arrow over the whole button
        painter.drawComplexControl(QStyle::CC_ToolButton, option);
        const int frame = style()->pixelMetric(QStyle::PM_DefaultFrameWidth, &option, this);
        option.text = text;
        option.rect = rect().adjusted(frame, frame, -frame - indicatorWidth(), -frame);
        if (layoutDirection() == Qt::RightToLeft)
            option.rect.translate(indicatorWidth(), 0);
        painter.drawControl(QStyle::CE_ToolButtonLabel, option);
    }

private:
    int indicatorWidth() const
    {
        QStyleOptionToolButton option;
        initStyleOption(&option);
        return style()->pixelMetric(QStyle::PM_MenuButtonIndicator, &option, this);
    }
};

} // namespace

HighlightFilterBar::HighlightFilterBar(QWidget *parent)
    : QWidget(parent), m_layers(new MenuToolButton(this)), m_layerMenu(new QMenu(this)), m_code(new QComboBox(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    m_layers->setObjectName(QStringLiteral("HighlightLayers"));
    m_layers->setText(tr("Layers"));
    m_layers->setToolTip(tr("Whose codings to highlight: yours, another reviewer's (once you may see them), "
                            "the Consensus"));
    m_layers->setPopupMode(QToolButton::InstantPopup);
    m_layers->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_layers->setMenu(m_layerMenu);
    m_code->setObjectName(QStringLiteral("HighlightCode"));
    m_code->setToolTip(tr("Highlight only one code (with its sub-codes)"));
    m_code->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_code->setMinimumContentsLength(14);
    layout->addWidget(m_layers);
    layout->addWidget(m_code);
    layout->addSpacing(8);

    // The legend: how each layer's stripes look beside the text.
    setAccessibleDescription(tr("Stripes beside the text: mine solid, another reviewer's hatched, the Consensus "
                                "outlined."));
    const qreal dpr = devicePixelRatioF();
    const QColor sample(0x43, 0x63, 0xd8);
    const std::pair<DisplayedCoding::Layer, QString> items[] = {
        {DisplayedCoding::Layer::Mine, tr("mine")},
        {DisplayedCoding::Layer::OtherReviewer, tr("other reviewer")},
        {DisplayedCoding::Layer::Consensus, tr("Consensus")},
    };
    // The legend may be clipped on a narrow window: it must not make the workbench wider
    // than a small screen (it is repeated in the swatches' tooltips).
    auto *legend = new QWidget(this);
    legend->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    auto *legendLayout = new QHBoxLayout(legend);
    legendLayout->setContentsMargins(0, 0, 0, 0);
    legendLayout->setSpacing(6);
    for (const auto &[layer, label] : items) {
        auto *swatch = new QLabel(legend);
        swatch->setPixmap(legendSwatch(layer, sample, dpr));
        swatch->setToolTip(accessibleDescription());
        auto *text = new QLabel(label, legend);
        text->setForegroundRole(QPalette::PlaceholderText);
        legendLayout->addWidget(swatch);
        legendLayout->addWidget(text);
    }
    legendLayout->addStretch(1);
    layout->addWidget(legend, 1);

    connect(m_code, &QComboBox::currentIndexChanged, this, &HighlightFilterBar::rebuildFilter);
}

void HighlightFilterBar::setDocument(Document *document)
{
    m_document = document;
    m_filter = {};
    reload();
}

void HighlightFilterBar::reload()
{
    // Layers: keep what was switched off.
    m_layerMenu->clear();
    const QUuid selectedCode = m_code->currentData().toUuid();
    const QSignalBlocker blocker(m_code);
    m_code->clear();
    m_code->addItem(tr("All codes"));
    if (!m_document) {
        rebuildFilter();
        return;
    }
    core::Project &project = m_document->project();
    const QUuid me = m_document->reviewerId();
    std::vector<core::Reviewer> reviewers = project.reviewers();
    // Mine first, then the other reviewers by name, the Consensus last.
    std::stable_sort(reviewers.begin(), reviewers.end(), [&](const core::Reviewer &a, const core::Reviewer &b) {
        auto rank = [&](const core::Reviewer &r) {
            return r.id == me ? 0 : r.role == core::ReviewerRole::Consensus ? 2 : 1;
        };
        return rank(a) < rank(b);
    });
    for (const core::Reviewer &r : reviewers) {
        const QString label = r.id == me ? tr("Mine (%1)").arg(r.name)
            : r.role == core::ReviewerRole::Consensus ? tr("Consensus")
                                                      : r.name;
        QAction *a = m_layerMenu->addAction(label);
        a->setCheckable(true);
        a->setChecked(!m_filter.hiddenReviewers.contains(r.id));
        a->setData(r.id);
        connect(a, &QAction::toggled, this, &HighlightFilterBar::rebuildFilter);
    }

    // Codes in tree order, indented by depth.
    const std::vector<core::Code> codes = project.codes(me);
    std::function<void(const QUuid &, int)> add = [&](const QUuid &parent, int depth) {
        std::vector<const core::Code *> children;
        for (const core::Code &c : codes)
            if (c.parentId == parent)
                children.push_back(&c);
        std::sort(children.begin(), children.end(), [](const core::Code *a, const core::Code *b) {
            return a->sortOrder != b->sortOrder ? a->sortOrder < b->sortOrder
                                                : a->name.compare(b->name, Qt::CaseInsensitive) < 0;
        });
        for (const core::Code *c : children) {
            QPixmap dot(10, 10);
            dot.fill(codeColor(c->color));
            m_code->addItem(QIcon(dot), QString(depth * 2, QLatin1Char(' ')) + c->name, c->id);
            if (depth < 64)
                add(c->id, depth + 1);
        }
    };
    add(QUuid(), 0);
    const int i = m_code->findData(selectedCode);
    m_code->setCurrentIndex(i >= 0 ? i : 0);
    rebuildFilter();
}

void HighlightFilterBar::rebuildFilter()
{
    HighlightFilter f;
    for (QAction *a : m_layerMenu->actions())
        if (!a->isChecked())
            f.hiddenReviewers.insert(a->data().toUuid());
    const QUuid code = m_code->currentData().toUuid();
    if (!code.isNull() && m_document) {
        // The code and everything below it.
        const std::vector<core::Code> codes = m_document->project().codes(m_document->reviewerId());
        f.codes.insert(code);
        for (bool grew = true; grew;) {
            grew = false;
            for (const core::Code &c : codes)
                if (f.codes.contains(c.parentId) && !f.codes.contains(c.id)) {
                    f.codes.insert(c.id);
                    grew = true;
                }
        }
    }
    const int hidden = int(f.hiddenReviewers.size());
    m_layers->setText(hidden == 0 ? tr("Layers: all") : tr("Layers: %n hidden", nullptr, hidden));
    if (f.hiddenReviewers == m_filter.hiddenReviewers && f.codes == m_filter.codes)
        return;
    m_filter = std::move(f);
    emit filterChanged();
}

} // namespace dyad::ui
