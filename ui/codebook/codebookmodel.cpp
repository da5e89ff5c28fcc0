#include "ui/codebook/codebookmodel.h"

#include "ui/commands/addremovecodings.h"
#include "ui/backgroundquery.h"
#include "ui/workbench/codingcolors.h"
#include "ui/document.h"
#include "ui/commands/movecode.h"
#include "ui/workbench/recordtextedit.h"
#include "ui/commands/renamecode.h"

#include <QFont>
#include <QIcon>
#include <QMimeData>
#include <QPainter>
#include <QPixmap>
#include <QSettings>
#include <QUndoStack>

#include <algorithm>
#include <functional>

namespace dyad::ui {

struct CodebookModel::Node
{
    core::Code code;
    Node *parent = nullptr;
    std::vector<std::unique_ptr<Node>> children;
    int direct = 0; // codings by the current reviewer with this code
    int total = 0;  // including sub-codes

    int row() const
    {
        if (!parent)
            return 0;
        for (size_t i = 0; i < parent->children.size(); ++i)
            if (parent->children[i].get() == this)
                return static_cast<int>(i);
        return 0;
    }
};

namespace {

bool sortsBefore(const core::Code &a, const core::Code &b)
{
    if (a.sortOrder != b.sortOrder)
        return a.sortOrder < b.sortOrder;
    const int byName = a.name.compare(b.name, Qt::CaseInsensitive);
    if (byName != 0)
        return byName < 0;
    return a.id < b.id;
}

QIcon swatch(const QString &color)
{
    static QHash<QString, QIcon> cache;
    auto it = cache.constFind(color);
    if (it != cache.cend())
        return *it;
    QIcon icon;
    for (int size : {16, 32, 48}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        const QColor c = codeColor(color);
        painter.setPen(QPen(c.darker(140), size / 16.0));
        painter.setBrush(c);
        const double m = size * 0.15;
        painter.drawRoundedRect(QRectF(m, m, size - 2 * m, size - 2 * m), size * 0.18, size * 0.18);
        painter.end();
        icon.addPixmap(pixmap);
    }
    cache.insert(color, icon);
    return icon;
}

} // namespace

CodebookModel::CodebookModel(QObject *parent) : QAbstractItemModel(parent), m_root(std::make_unique<Node>()) {}

CodebookModel::~CodebookModel() = default;

void CodebookModel::setDocument(Document *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_countsReviewer = QUuid(); // another document: nothing counted yet
    if (m_document) {
        connect(m_document, &Document::changed, this, &CodebookModel::documentChanged);
        connect(m_document, &Document::reviewerChanged, this, [this] {
            rebuild();
            loadQuickKeys();
        });
    }
    rebuild();
    loadQuickKeys();
}

void CodebookModel::documentChanged(const core::ChangeEvent &event)
{
    using Kind = core::ChangeEvent::Kind;
    switch (event.kind) {
    case Kind::CodeAdded:
        codeAdded(event.id);
        break;
    case Kind::CodeChanged:
        codeChanged(event.id);
        break;
    case Kind::CodeRemoved:
        codeRemoved(event.id);
        break;
    case Kind::CodingAdded:
    case Kind::CodingChanged:
    case Kind::CodingRemoved:
        codingChanged(event);
        break;
    case Kind::RoundChanged:
    case Kind::AssignmentChanged:
    case Kind::Reset:
        // Blinding may have been lifted (more codes visible), or a merge rewrote the tree.
        rebuild();
        break;
    case Kind::RecordsAdded:
    case Kind::RecordChanged:
    case Kind::ReviewerAdded:
        break;
    }
}

void CodebookModel::rebuild()
{
    // The counts stay as they were until the recount arrives (off the GUI thread): a code
    // must not read 0 meanwhile.
    // Only the same reviewer's counts, of the same document, are kept (never another reviewer's).
    const QUuid viewer = m_document ? m_document->reviewerId() : QUuid();
    QHash<QUuid, int> shown;
    if (!viewer.isNull() && viewer == m_countsReviewer)
        for (const Node *n : std::as_const(m_nodes))
            shown.insert(n->code.id, n->direct);
    m_countsReviewer = viewer;
    beginResetModel();
    m_root = std::make_unique<Node>();
    m_nodes.clear();
    if (m_document) {
        std::vector<core::Code> codes = m_document->project().codes(m_document->reviewerId());
        std::sort(codes.begin(), codes.end(), sortsBefore);
        std::vector<std::unique_ptr<Node>> owned;
        owned.reserve(codes.size());
        for (core::Code &c : codes) {
            auto node = std::make_unique<Node>();
            node->code = std::move(c);
            node->direct = shown.value(node->code.id);
            m_nodes.insert(node->code.id, node.get());
            owned.push_back(std::move(node));
        }
        // Linking in sorted order leaves every parent's children sorted.
        for (std::unique_ptr<Node> &n : owned) {
            Node *parent = m_nodes.value(n->code.parentId, m_root.get());
            // A parent the viewer cannot see, or a cycle, puts the code at the top level.
            int depth = 0;
            for (Node *up = parent; up && up != m_root.get(); up = m_nodes.value(up->code.parentId)) {
                if (up == n.get() || ++depth > 64) {
                    parent = m_root.get();
                    break;
                }
            }
            n->parent = parent;
            parent->children.push_back(std::move(n));
        }
        std::function<int(Node *)> total = [&](Node *n) { // no signals inside a reset
            n->total = n->direct;
            for (auto &child : n->children)
                n->total += total(child.get());
            return n->total;
        };
        total(m_root.get());
    }
    endResetModel();
    refreshCounts();
}

void CodebookModel::refreshCounts()
{
    if (!m_document)
        return;
    const QUuid viewer = m_document->reviewerId();
    const quint64 generation = ++m_countGeneration;
    m_countsStale = false;
    if (viewer.isNull()) {
        applyCounts({});
        return;
    }
    // One grouped query; on a project file it runs off the GUI thread, so a large project's
    // window is usable (and shows its first record) before the figures arrive.
    m_countsPending = true;
    using Counts = QHash<QUuid, int>;
    auto count = [viewer](const core::Project &project) {
        Counts counts;
        for (const auto &[codeId, n] : project.codingCountsByCode(viewer))
            counts.insert(codeId, n);
        return counts;
    };
    queryInBackground<Counts>(this, m_document->project(), count,
                              [this, generation, count](std::optional<Counts> counts) {
                                  if (generation != m_countGeneration || !m_document)
                                      return; // a newer count is on its way
                                  if (!counts)
                                      counts = count(m_document->project());
                                  const bool stale = m_countsStale;
                                  applyCounts(*counts);
                                  if (stale) // codings changed while counting: count again
                                      refreshCounts();
                              });
}

void CodebookModel::applyCounts(const QHash<QUuid, int> &counts)
{
    m_countsPending = false;
    for (Node *n : std::as_const(m_nodes))
        n->direct = counts.value(n->code.id);
    recomputeTotals();
    emit countsChanged();
}

void CodebookModel::recomputeTotals()
{
    std::vector<std::pair<Node *, int>> oldTotals;
    oldTotals.reserve(static_cast<size_t>(m_nodes.size()));
    for (Node *n : std::as_const(m_nodes))
        oldTotals.emplace_back(n, n->total);
    // Totals bottom-up by recursion from the root.
    std::function<int(Node *)> total = [&](Node *n) {
        int sum = n->direct;
        for (auto &child : n->children)
            sum += total(child.get());
        n->total = sum;
        return sum;
    };
    total(m_root.get());
    for (const auto &[node, before] : oldTotals)
        if (node->total != before) {
            const QModelIndex idx = indexOfNode(node, CountColumn);
            emit dataChanged(idx, idx, {Qt::DisplayRole, DirectCountRole, Qt::ToolTipRole});
        }
}

void CodebookModel::codingChanged(const core::ChangeEvent &event)
{
    using Kind = core::ChangeEvent::Kind;
    if (!m_document)
        return;
    if (event.codeId.isNull() || event.reviewerId.isNull()) {
        refreshCounts(); // an event that does not say which code: count again (one query)
        return;
    }
    if (event.reviewerId != m_document->reviewerId())
        return;
    if (m_countsPending)
        m_countsStale = true; // the count on its way may or may not include this
    switch (event.kind) {
    case Kind::CodingAdded:
        addToCount(event.codeId, +1);
        break;
    case Kind::CodingRemoved:
        addToCount(event.codeId, -1);
        break;
    case Kind::CodingChanged:
        if (!event.previousCodeId.isNull() && event.previousCodeId != event.codeId) {
            addToCount(event.previousCodeId, -1);
            addToCount(event.codeId, +1);
        }
        break;
    default:
        break;
    }
}

void CodebookModel::addToCount(const QUuid &codeId, int delta)
{
    Node *node = m_nodes.value(codeId);
    if (!node)
        return; // a code the reviewer cannot see is not in the tree
    node->direct += delta;
    for (Node *n = node; n && n != m_root.get(); n = n->parent) {
        n->total += delta;
        const QModelIndex idx = indexOfNode(n, CountColumn);
        emit dataChanged(idx, idx, {Qt::DisplayRole, DirectCountRole, Qt::ToolTipRole});
    }
}

int CodebookModel::insertPosition(const Node *parent, const core::Code &code, const Node *ignore) const
{
    int pos = 0;
    for (const auto &child : parent->children)
        if (child.get() != ignore && sortsBefore(child->code, code))
            ++pos;
    return pos;
}

void CodebookModel::codeAdded(const QUuid &codeId)
{
    if (!m_document || m_nodes.contains(codeId))
        return;
    const auto code = m_document->project().code(codeId);
    if (!code)
        return;
    const auto visible = m_document->project().codes(m_document->reviewerId());
    if (std::none_of(visible.begin(), visible.end(), [&](const core::Code &c) { return c.id == codeId; }))
        return;
    for (Node *n : std::as_const(m_nodes))
        if (n->code.parentId == codeId) { // a restored parent: its children must move under it
            rebuild();
            return;
        }
    Node *parent = m_nodes.value(code->parentId, m_root.get());
    const int pos = insertPosition(parent, *code, nullptr);
    beginInsertRows(indexOfNode(parent), pos, pos);
    auto node = std::make_unique<Node>();
    node->code = *code;
    node->parent = parent;
    m_nodes.insert(codeId, node.get());
    parent->children.insert(parent->children.begin() + pos, std::move(node));
    endInsertRows();
    recomputeTotals(); // a new or restored code has no codings yet
    if (!m_quickKeysExplicit)
        loadQuickKeys();
}

void CodebookModel::codeRemoved(const QUuid &codeId)
{
    Node *node = m_nodes.value(codeId);
    if (!node)
        return;
    if (!node->children.empty()) {
        rebuild();
        return;
    }
    Node *parent = node->parent;
    const int row = node->row();
    beginRemoveRows(indexOfNode(parent), row, row);
    m_nodes.remove(codeId);
    parent->children.erase(parent->children.begin() + row);
    endRemoveRows();
    recomputeTotals(); // only unused codes can be deleted
    if (!m_quickKeysExplicit)
        loadQuickKeys();
}

void CodebookModel::codeChanged(const QUuid &codeId)
{
    if (!m_document)
        return;
    Node *node = m_nodes.value(codeId);
    const auto code = m_document->project().code(codeId);
    if (!node || !code) {
        rebuild();
        return;
    }
    Node *newParent = m_nodes.value(code->parentId, m_root.get());
    Node *oldParent = node->parent;
    const int srcRow = node->row();
    const int dstPos = insertPosition(newParent, *code, node);
    node->code = *code;
    if (newParent == oldParent && dstPos == srcRow) {
        emit dataChanged(indexOfNode(node, 0), indexOfNode(node, ColumnCount - 1));
        return;
    }
    const int destinationChild = (newParent == oldParent && dstPos > srcRow) ? dstPos + 1 : dstPos;
    if (!beginMoveRows(indexOfNode(oldParent), srcRow, srcRow, indexOfNode(newParent), destinationChild)) {
        rebuild();
        return;
    }
    std::unique_ptr<Node> owned = std::move(oldParent->children[static_cast<size_t>(srcRow)]);
    oldParent->children.erase(oldParent->children.begin() + srcRow);
    owned->parent = newParent;
    newParent->children.insert(newParent->children.begin() + dstPos, std::move(owned));
    endMoveRows();
    recomputeTotals(); // the parents' totals follow the move
    if (!m_quickKeysExplicit)
        loadQuickKeys();
}

QModelIndex CodebookModel::indexOfNode(const Node *node, int column) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row(), column, const_cast<Node *>(node));
}

QModelIndex CodebookModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    const Node *p = parent.isValid() ? static_cast<const Node *>(parent.internalPointer()) : m_root.get();
    return createIndex(row, column, p->children[static_cast<size_t>(row)].get());
}

QModelIndex CodebookModel::parent(const QModelIndex &index) const
{
    if (!index.isValid())
        return {};
    const Node *node = static_cast<const Node *>(index.internalPointer());
    return indexOfNode(node->parent);
}

int CodebookModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    const Node *p = parent.isValid() ? static_cast<const Node *>(parent.internalPointer()) : m_root.get();
    return static_cast<int>(p->children.size());
}

int CodebookModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant CodebookModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node *node = static_cast<const Node *>(index.internalPointer());
    const core::Code &c = node->code;
    switch (role) {
    case CodeIdRole:
        return c.id;
    case ColorRole:
        return codeColor(c.color);
    case DirectCountRole:
        return node->direct;
    case Qt::ToolTipRole: {
        QString tip = QStringLiteral("<b>%1</b>").arg(c.name.toHtmlEscaped());
        if (!c.shared)
            tip += QLatin1Char(' ') + tr("(private while blinded)");
        if (!c.definition.isEmpty())
            tip += QStringLiteral("<p>%1</p>").arg(c.definition.toHtmlEscaped());
        if (!c.useWhen.isEmpty())
            tip += QStringLiteral("<p><i>%1</i> %2</p>").arg(tr("Use when:"), c.useWhen.toHtmlEscaped());
        if (!c.doNotUseWhen.isEmpty())
            tip += QStringLiteral("<p><i>%1</i> %2</p>").arg(tr("Do not use when:"), c.doNotUseWhen.toHtmlEscaped());
        tip += QStringLiteral("<p>%1</p>")
                   .arg(node->children.empty() ? tr("Applied %n time(s) by you.", nullptr, node->direct)
                                               : tr("Applied %1 time(s) by you, %2 with its sub-codes.")
                                                     .arg(node->direct)
                                                     .arg(node->total));
        return tip;
    }
    default:
        break;
    }
    switch (index.column()) {
    case NameColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return c.name;
        if (role == Qt::DecorationRole)
            return swatch(c.color);
        if (role == Qt::FontRole && (!node->children.empty() || !c.shared)) {
            QFont f;
            f.setBold(!node->children.empty());
            f.setItalic(!c.shared);
            return f;
        }
        break;
    case CountColumn:
        if (role == Qt::DisplayRole)
            return node->total;
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case KeyColumn:
        if (role == Qt::DisplayRole) {
            const int key = quickKeyOf(c.id);
            return key > 0 ? QVariant(key) : QVariant();
        }
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(Qt::AlignCenter);
        break;
    default:
        break;
    }
    return {};
}

bool CodebookModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!m_document || !index.isValid() || index.column() != NameColumn || role != Qt::EditRole)
        return false;
    const QString name = value.toString().trimmed();
    const QUuid id = codeId(index);
    const core::Code *c = code(id);
    if (name.isEmpty() || !c || c->name == name)
        return false;
    m_document->push(new RenameCode(m_document, id, name));
    return true;
}

QVariant CodebookModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Code");
    case CountColumn:
        return tr("Uses");
    case KeyColumn:
        return tr("Key");
    default:
        return {};
    }
}

Qt::ItemFlags CodebookModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled;
    if (index.column() == NameColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

Qt::DropActions CodebookModel::supportedDropActions() const
{
    return Qt::MoveAction | Qt::CopyAction;
}

Qt::DropActions CodebookModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

QStringList CodebookModel::mimeTypes() const
{
    return {QLatin1String(CodeMimeType), QLatin1String(RecordTextEdit::SpanMimeType)};
}

QMimeData *CodebookModel::mimeData(const QModelIndexList &indexes) const
{
    QStringList ids;
    for (const QModelIndex &i : indexes) {
        const QString id = core::uuidText(codeId(i));
        if (!ids.contains(id))
            ids << id;
    }
    if (ids.isEmpty())
        return nullptr;
    auto *mime = new QMimeData;
    mime->setData(QLatin1String(CodeMimeType), ids.join(QLatin1Char(' ')).toLatin1());
    return mime;
}

bool CodebookModel::canDropMimeData(const QMimeData *data, Qt::DropAction, int, int, const QModelIndex &parent) const
{
    if (!m_document || !data)
        return false;
    if (data->hasFormat(QLatin1String(RecordTextEdit::SpanMimeType)))
        return parent.isValid(); // text is coded by dropping it onto a code
    if (!data->hasFormat(QLatin1String(CodeMimeType)))
        return false;
    // Refuse drops of a code into itself or its own sub-tree (core would refuse too).
    const QUuid target = codeId(parent);
    const QList<QByteArray> ids = data->data(QLatin1String(CodeMimeType)).split(' ');
    for (const QByteArray &raw : ids) {
        const QUuid moving = QUuid::fromString(QLatin1String(raw));
        for (QUuid up = target; !up.isNull();) {
            if (up == moving)
                return false;
            const core::Code *c = code(up);
            up = c ? c->parentId : QUuid();
        }
    }
    return true;
}

bool CodebookModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                 const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    if (data->hasFormat(QLatin1String(RecordTextEdit::SpanMimeType))) {
        const auto decoded = RecordTextEdit::decodeSpan(data->data(QLatin1String(RecordTextEdit::SpanMimeType)));
        if (!decoded)
            return false;
        core::Coding c;
        c.recordId = decoded->first;
        c.codeId = codeId(parent);
        c.reviewerId = m_document->reviewerId();
        c.span = decoded->second;
        m_document->push(new AddCodings(m_document, {c}));
        return true;
    }
    const QUuid newParent = codeId(parent);
    std::vector<QUuid> moving;
    for (const QByteArray &raw : data->data(QLatin1String(CodeMimeType)).split(' ')) {
        const QUuid id = QUuid::fromString(QLatin1String(raw));
        const core::Code *c = code(id);
        if (c && c->parentId != newParent)
            moving.push_back(id);
    }
    if (moving.empty())
        return false;
    QUndoStack *stack = m_document->undoStack();
    if (moving.size() > 1)
        stack->beginMacro(tr("Move %n Codes", nullptr, static_cast<int>(moving.size())));
    for (const QUuid &id : moving)
        m_document->push(new MoveCode(m_document, id, newParent, std::nullopt));
    if (moving.size() > 1)
        stack->endMacro();
    // Not a move of model rows: the tree follows the project's change events instead.
    return false;
}

QModelIndex CodebookModel::indexOf(const QUuid &codeId, int column) const
{
    return indexOfNode(m_nodes.value(codeId), column);
}

QUuid CodebookModel::codeId(const QModelIndex &index) const
{
    if (!index.isValid())
        return {};
    return static_cast<const Node *>(index.internalPointer())->code.id;
}

const core::Code *CodebookModel::code(const QUuid &codeId) const
{
    const Node *n = m_nodes.value(codeId);
    return n ? &n->code : nullptr;
}

std::vector<QUuid> CodebookModel::codesInTreeOrder() const
{
    std::vector<QUuid> out;
    out.reserve(static_cast<size_t>(m_nodes.size()));
    std::function<void(const Node *)> walk = [&](const Node *n) {
        for (const auto &child : n->children) {
            out.push_back(child->code.id);
            walk(child.get());
        }
    };
    walk(m_root.get());
    return out;
}

QString CodebookModel::quickKeySettingsKey() const
{
    if (!m_document)
        return {};
    return QStringLiteral("quickKeys/%1/%2")
        .arg(core::uuidText(m_document->project().projectId()), core::uuidText(m_document->reviewerId()));
}

void CodebookModel::loadQuickKeys()
{
    for (QUuid &k : m_quickKeys)
        k = QUuid();
    m_quickKeysExplicit = false;
    if (m_document) {
        const QStringList stored = QSettings().value(quickKeySettingsKey()).toStringList();
        if (stored.size() == 9) {
            m_quickKeysExplicit = true;
            for (int i = 0; i < 9; ++i)
                m_quickKeys[i] = QUuid::fromString(stored.at(i));
        } else {
            // Until the reviewer binds keys: the first nine leaf codes in tree order.
            int key = 0;
            for (const QUuid &id : codesInTreeOrder()) {
                if (key == 9)
                    break;
                if (m_nodes.value(id)->children.empty())
                    m_quickKeys[key++] = id;
            }
        }
    }
    announceKeyColumn();
    emit quickKeysChanged();
}

void CodebookModel::announceKeyColumn()
{
    std::function<void(const QModelIndex &)> touch = [&](const QModelIndex &parent) {
        const int rows = rowCount(parent);
        if (rows == 0)
            return;
        emit dataChanged(index(0, KeyColumn, parent), index(rows - 1, KeyColumn, parent), {Qt::DisplayRole});
        for (int r = 0; r < rows; ++r)
            touch(index(r, 0, parent));
    };
    touch({});
}

void CodebookModel::saveQuickKeys() const
{
    QStringList stored;
    for (const QUuid &k : m_quickKeys)
        stored << (k.isNull() ? QString() : core::uuidText(k));
    QSettings().setValue(quickKeySettingsKey(), stored);
}

QUuid CodebookModel::quickKeyCode(int key) const
{
    if (key < 1 || key > 9)
        return {};
    const QUuid id = m_quickKeys[key - 1];
    return m_nodes.contains(id) ? id : QUuid();
}

int CodebookModel::quickKeyOf(const QUuid &codeId) const
{
    for (int i = 0; i < 9; ++i)
        if (m_quickKeys[i] == codeId && !codeId.isNull())
            return i + 1;
    return 0;
}

void CodebookModel::setQuickKey(int key, const QUuid &codeId)
{
    if (key < 1 || key > 9)
        return;
    for (QUuid &k : m_quickKeys)
        if (k == codeId)
            k = QUuid();
    m_quickKeys[key - 1] = codeId;
    m_quickKeysExplicit = true;
    saveQuickKeys();
    announceKeyColumn();
    emit quickKeysChanged();
}

} // namespace dyad::ui
