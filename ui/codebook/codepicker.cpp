#include "ui/codebook/codepicker.h"

#include "core/model/types.h"
#include "ui/codebook/codebookmodel.h"

#include <QCoreApplication>
#include <QKeyEvent>
#include <QScreen>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace dyad::ui {

namespace {
constexpr int kCodeIdRole = Qt::UserRole + 1;
}

CodePicker::CodePicker(const CodebookModel *codebook, QWidget *parent, Purpose purpose)
    : QDialog(parent, Qt::Popup | Qt::FramelessWindowHint)
    , m_codebook(codebook)
    , m_purpose(purpose)
    , m_heading(new QLabel(this))
    , m_filter(new QLineEdit(this))
    , m_list(new QListWidget(this))
{
    setObjectName(QStringLiteral("CodePicker"));
    setWindowTitle(purpose == Purpose::Apply ? tr("Apply Code") : tr("Merge Into"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    m_heading->setObjectName(QStringLiteral("PickerHeading"));
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::PlainText);
    m_heading->hide();
    layout->addWidget(m_heading);
    m_filter->setObjectName(QStringLiteral("PickerFilter"));
    m_filter->setPlaceholderText(purpose == Purpose::Apply
                                     ? tr("Type to find a code; Enter applies it, or creates it when none matches")
                                     : tr("Type to find a code; Enter merges into it"));
    m_filter->setClearButtonEnabled(true);
    layout->addWidget(m_filter);
    layout->addWidget(m_list);
    m_list->setUniformItemSizes(true);
    m_list->setFocusPolicy(Qt::NoFocus); // typing always goes to the filter
    m_filter->installEventFilter(this);
    connect(m_filter, &QLineEdit::textChanged, this, &CodePicker::refilter);
    connect(m_filter, &QLineEdit::returnPressed, this, [this] { accept(); });
    connect(m_list, &QListWidget::itemActivated, this, [this] { accept(); });
    // A popup is not focused by the window system: the filter must be its focus widget
    // before it opens, or typing goes nowhere.
    m_filter->setFocus(Qt::PopupFocusReason);
    resize(420, 360);
    refilter();
}

void CodePicker::setFilterText(const QString &text)
{
    m_filter->setText(text);
}

void CodePicker::setHeading(const QString &text)
{
    m_heading->setText(text);
    m_heading->setVisible(!text.isEmpty());
}

void CodePicker::excludeCode(const QUuid &id)
{
    m_excluded = id;
    refilter();
}

void CodePicker::placeAt(const QPoint &globalPos, const QWidget *within)
{
    QRect bounds;
    if (within)
        bounds = QRect(within->mapToGlobal(QPoint(0, 0)), within->size());
    if (const QScreen *screen = within ? within->screen() : this->screen())
        bounds = bounds.isValid() ? bounds.intersected(screen->availableGeometry()) : screen->availableGeometry();
    const QSize size = frameSize().expandedTo(sizeHint()).boundedTo(bounds.size());
    resize(size);
    QPoint at = globalPos;
    if (bounds.isValid()) {
        at.setX(std::clamp(at.x(), bounds.left(), bounds.right() + 1 - size.width()));
        at.setY(std::clamp(at.y(), bounds.top(), bounds.bottom() + 1 - size.height()));
    }
    move(at);
}

void CodePicker::refilter()
{
    m_list->clear();
    const QString needle = m_filter->text().trimmed();
    for (const QUuid &id : m_codebook->codesInTreeOrder()) {
        const QModelIndex index = m_codebook->indexOf(id);
        const core::Code *code = m_codebook->code(id);
        if (!code || id == m_excluded)
            continue;
        // Matches on the code's name and on its theme's name, so "trust" finds codes under "Trust".
        QStringList path;
        for (QModelIndex up = index; up.isValid(); up = up.parent())
            path.prepend(up.data().toString());
        const QString pathText = path.join(QStringLiteral(" › "));
        if (!needle.isEmpty() && !pathText.contains(needle, Qt::CaseInsensitive))
            continue;
        auto *item = new QListWidgetItem(index.data(Qt::DecorationRole).value<QIcon>(), pathText, m_list);
        item->setData(kCodeIdRole, id);
        item->setToolTip(index.data(Qt::ToolTipRole).toString());
    }
    if (m_list->count() == 0 && !needle.isEmpty() && m_purpose == Purpose::Apply) {
        auto *item = new QListWidgetItem(tr("Create code \"%1\"").arg(needle), m_list);
        QFont f = item->font();
        f.setItalic(true);
        item->setFont(f);
    }
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
}

bool CodePicker::eventFilter(QObject *watched, QEvent *event)
{
    // Arrow keys in the filter move through the list, so hands stay on the keyboard.
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Up:
        case Qt::Key_Down:
        case Qt::Key_PageUp:
        case Qt::Key_PageDown:
            QCoreApplication::sendEvent(m_list, event);
            return true;
        default:
            break;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void CodePicker::accept()
{
    QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    m_chosen = item->data(kCodeIdRole).toUuid();
    if (m_chosen.isNull())
        m_newName = m_filter->text().trimmed();
    QDialog::accept();
}

} // namespace dyad::ui
