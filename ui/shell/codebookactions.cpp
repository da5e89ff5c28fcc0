#include "ui/shell/codebookactions.h"

#include "ui/codebook/codebookmodel.h"
#include "ui/codebook/codebookview.h"
#include "ui/codebook/codepicker.h"
#include "ui/commands/changecodecolor.h"
#include "ui/commands/commandtext.h"
#include "ui/commands/createcode.h"
#include "ui/commands/deletecode.h"
#include "ui/commands/mergecodes.h"
#include "ui/document.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/windowactions.h"
#include "ui/workbench/codingcolors.h"
#include "ui/workbench/recordtextedit.h"
#include "ui/workbench/recordview.h"

#include "core/model/project.h"

#include <QAction>
#include <QColorDialog>
#include <QMenu>
#include <QMessageBox>
#include <QUndoStack>

#include <algorithm>

namespace dyad::ui {

CodebookActions::CodebookActions(MainWindow *window)
    : QObject(window)
    , m_window(window)
{
    const auto make = [window](auto &&...args) { return makeWindowAction(window, args...); };
    connect(make("newCode", tr("&New Code"), QKeySequence(tr("Ctrl+Shift+N")), QStringLiteral("code-add")),
            &QAction::triggered, this, [this] { newCode(false); });
    connect(make("newSubCode", tr("New &Sub-code"), QKeySequence(tr("Ctrl+Alt+N"))), &QAction::triggered, this,
            [this] { newCode(true); });
    connect(make("renameCode", tr("&Rename Code"), QKeySequence(Qt::Key_F2)), &QAction::triggered, this,
            &CodebookActions::renameCode);
    connect(make("recolorCode", tr("Change &Colour…"), QKeySequence()), &QAction::triggered, this,
            &CodebookActions::recolorCode);
    connect(make("mergeCodes", tr("&Merge Codes"), QKeySequence(tr("Ctrl+Shift+M")), QStringLiteral("code-merge")),
            &QAction::triggered, this, &CodebookActions::mergeSelectedCodes);
    connect(make("deleteCode", tr("&Delete Code"), QKeySequence(tr("Ctrl+Shift+Delete")), QStringLiteral("delete")),
            &QAction::triggered, this, &CodebookActions::deleteSelectedCodes);
}

void CodebookActions::newCode(bool asChild)
{
    Document *document = m_window->document();
    if (!document)
        return;
    CodebookView *view = m_window->codebookView();
    CodebookModel *model = m_window->codebookModel();
    core::Code code;
    code.parentId = asChild ? view->currentCode() : QUuid();
    if (!asChild) {
        // A new code goes next to the current one (same theme), which is where one usually works.
        if (const core::Code *current = model->code(view->currentCode()))
            code.parentId = current->parentId;
    }
    const QString base = tr("New code");
    code.name = base;
    for (int n = 2; std::any_of(model->codesInTreeOrder().begin(), model->codesInTreeOrder().end(),
                                [&](const QUuid &id) {
                                    const core::Code *c = model->code(id);
                                    return c && c->parentId == code.parentId && c->name == code.name;
                                });
         ++n)
        code.name = QStringLiteral("%1 %2").arg(base).arg(n);
    code.shared = false;
    auto *create = new CreateCode(document, code);
    const QUuid id = create->code().id;
    document->push(create);
    view->selectCode(id);
    view->edit(model->indexOf(id));
}

void CodebookActions::renameCode()
{
    CodebookView *view = m_window->codebookView();
    const QModelIndex index = m_window->codebookModel()->indexOf(view->currentCode());
    if (index.isValid()) {
        view->setFocus();
        view->edit(index);
    }
}

void CodebookActions::recolorCode()
{
    Document *document = m_window->document();
    const core::Code *code = m_window->codebookModel()->code(m_window->codebookView()->currentCode());
    if (!code || !document)
        return;
    const QColor chosen = QColorDialog::getColor(codeColor(code->color), m_window, tr("Code Colour"));
    if (chosen.isValid() && chosen.name() != code->color)
        document->push(new ChangeCodeColor(document, code->id, chosen.name()));
}

void CodebookActions::mergeCodes(const std::vector<QUuid> &sources, const QUuid &target)
{
    Document *document = m_window->document();
    if (!document || target.isNull())
        return;
    std::vector<QUuid> toMerge;
    for (const QUuid &s : sources)
        if (s != target && !s.isNull())
            toMerge.push_back(s);
    if (toMerge.empty())
        return;
    QUndoStack *stack = document->undoStack();
    if (toMerge.size() == 1)
        stack->beginMacro(tr("Merge %1 into %2")
                              .arg(codeNameForHistory(document->project(), toMerge.front()),
                                   codeNameForHistory(document->project(), target)));
    else
        stack->beginMacro(tr("Merge %n Code(s) into %1", nullptr, static_cast<int>(toMerge.size()))
                              .arg(codeNameForHistory(document->project(), target)));
    for (const QUuid &s : toMerge)
        document->push(new MergeCodes(document, s, target));
    stack->endMacro();
    m_window->codebookView()->selectCode(target);
}

void CodebookActions::mergeSelectedCodes()
{
    if (!m_window->document())
        return;
    CodebookView *view = m_window->codebookView();
    CodebookModel *model = m_window->codebookModel();
    const std::vector<QUuid> selected = view->selectedCodes();
    const QUuid current = view->currentCode();
    if (selected.size() > 1 && !current.isNull()) {
        // Several codes selected: merge them into the one with the focus.
        mergeCodes(selected, current);
        return;
    }
    if (current.isNull())
        return;
    CodePicker picker(model, m_window, CodePicker::Purpose::MergeInto);
    if (const core::Code *source = model->code(current))
        picker.setHeading(tr("Merge “%1” into:").arg(source->name));
    picker.excludeCode(current);
    picker.placeAt(view->viewport()->mapToGlobal(view->visualRect(view->currentIndex()).bottomLeft()), m_window);
    const int result = picker.exec();
    m_window->returnFocusAfterPopup(view);
    if (result == QDialog::Accepted && !picker.chosenCode().isNull())
        mergeCodes({current}, picker.chosenCode());
}

void CodebookActions::deleteSelectedCodes()
{
    Document *document = m_window->document();
    if (!document)
        return;
    const std::vector<QUuid> selected = m_window->codebookView()->selectedCodes();
    if (selected.empty())
        return;
    QStringList names;
    for (const QUuid &id : selected)
        if (const core::Code *c = m_window->codebookModel()->code(id))
            names << c->name;
    const auto answer = QMessageBox::question(
        m_window, tr("Delete Code"),
        tr("Delete %1? Codes still in use cannot be deleted: merge them into another code instead.")
            .arg(names.join(QStringLiteral(", "))),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    document->undoStack()->beginMacro(tr("Delete %n Code(s)", nullptr, static_cast<int>(selected.size())));
    for (const QUuid &id : selected)
        document->push(new DeleteCode(document, id));
    document->undoStack()->endMacro();
}

void CodebookActions::showContextMenu(const QPoint &pos)
{
    CodebookView *view = m_window->codebookView();
    CodebookModel *model = m_window->codebookModel();
    QMenu menu(m_window);
    menu.addAction(m_window->action(QStringLiteral("newCode")));
    menu.addAction(m_window->action(QStringLiteral("newSubCode")));
    menu.addSeparator();
    const QUuid current = view->currentCode();
    if (!current.isNull()) {
        QAction *apply =
            menu.addAction(tr("Apply to Selected Text"), this, [this, current] { m_window->applyCode(current); });
        apply->setEnabled(m_window->recordView()->textEdit()->selectedSpan().has_value());
        menu.addAction(tr("Show Coded &Passages"), this, [this, current] { m_window->showCodedPassages(current); });
        QMenu *keys = menu.addMenu(tr("Assign Quick Key"));
        for (int k = 1; k <= 9; ++k) {
            const QUuid bound = model->quickKeyCode(k);
            const core::Code *boundCode = model->code(bound);
            QAction *a =
                keys->addAction(boundCode ? tr("%1 (now: %2)").arg(k).arg(boundCode->name) : QString::number(k));
            a->setCheckable(true);
            a->setChecked(bound == current);
            connect(a, &QAction::triggered, this, [model, k, current] { model->setQuickKey(k, current); });
        }
        menu.addSeparator();
        for (const char *name : {"renameCode", "recolorCode", "mergeCodes", "deleteCode"})
            menu.addAction(m_window->action(QLatin1String(name)));
    }
    menu.exec(view->viewport()->mapToGlobal(pos));
}

} // namespace dyad::ui
