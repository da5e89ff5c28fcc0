#include "ui/codepicker.h"

#include "core/model/types.h"
#include "ui/codebookmodel.h"

#include <QCoreApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace dyad::ui {

namespace {
constexpr int kCodeIdRole = Qt::UserRole + 1;
}

CodePicker::CodePicker(const CodebookModel *codebook, QWidget *parent)
    : QDialog(parent, Qt::Popup | Qt::FramelessWindowHint)
    , m_codebook(codebook)
    , m_filter(new QLineEdit(this))
    , m_list(new QListWidget(this))
{
    setWindowTitle(tr("Apply Code"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    m_filter->setPlaceholderText(tr("Type to find a code; Enter applies it"));
    m_filter->setClearButtonEnabled(true);
    layout->addWidget(m_filter);
    layout->addWidget(m_list);
    m_list->setUniformItemSizes(true);
    m_filter->installEventFilter(this);
    connect(m_filter, &QLineEdit::textChanged, this, &CodePicker::refilter);
    connect(m_list, &QListWidget::itemActivated, this, [this] { accept(); });
    // Enter in the filter takes the highlighted code (a dialog without buttons ignores it).
    connect(m_filter, &QLineEdit::returnPressed, this, [this] { accept(); });
    resize(420, 360);
    refilter();
    // The popup's focus widget: typing goes to the filter as soon as it opens, whether or
    // not the window system activates the popup first.
    m_filter->setFocus();
}

void CodePicker::setFilterText(const QString &text)
{
    m_filter->setText(text);
}

void CodePicker::refilter()
{
    m_list->clear();
    const QString needle = m_filter->text().trimmed();
    for (const QUuid &id : m_codebook->codesInTreeOrder()) {
        const QModelIndex index = m_codebook->indexOf(id);
        const core::Code *code = m_codebook->code(id);
        if (!code)
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
    if (m_list->count() == 0 && !needle.isEmpty()) {
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
