// Renders the screenshots of docs/user-guide.md from a project (run under Xvfb for the
// real platform style and fonts):
//   xvfb-run -s "-screen 0 1600x1000x24" build/tests/ui/dyad_ui_screenshots demo.dyad docs/screenshots [--language zh_CN] [--dark]
#include "ui/shell/application.h"
#include "ui/codebook/codebookmodel.h"
#include "ui/codebook/codebookview.h"
#include "ui/document.h"
#include "ui/import/importdialog.h"
#include "ui/workbench/inspectordock.h"
#include "ui/shell/mainwindow.h"
#include "ui/import/pastedialog.h"
#include "ui/workbench/recordtextedit.h"
#include "ui/workbench/recordview.h"
#include "ui/workbench/retrievaldock.h"
#include "ui/shell/reviewerdialog.h"
#include "ui/shell/shortcutsdialog.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QMenuBar>
#include <QPalette>
#include <QSettings>
#include <QTest>
#include <QTextStream>
#include <QTreeView>

using namespace dyad;

namespace {

void settle(int ms = 400)
{
    QTest::qWait(ms);
}

bool save(QWidget *w, const QString &path, const QRect &area = QRect())
{
    const bool ok = (area.isNull() ? w->grab() : w->grab(area)).save(path);
    QTextStream(stdout) << (ok ? "wrote " : "FAILED ") << path << '\n';
    return ok;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("DyadScreenshots"));
    QSettings().clear();
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        QTextStream(stderr) << "usage: dyad_ui_screenshots PROJECT OUTDIR [--language zh_CN] [--dark]\n";
        return 2;
    }
    const QString out = args.at(2);
    QDir().mkpath(out);
    const qsizetype langArg = args.indexOf(QStringLiteral("--language"));
    const QString language = langArg > 0 && langArg + 1 < args.size() ? args.at(langArg + 1) : QStringLiteral("en");
    ui::initResources();
    ui::setUpFonts(app);
    ui::installTranslators(app, language);
    const bool chinese = language.startsWith(QLatin1String("zh"));
    // --dark: a dark palette (Fusion), to check that highlights and stripes stay readable.
    const bool dark = args.contains(QStringLiteral("--dark"));
    if (dark) {
        QApplication::setStyle(QStringLiteral("Fusion"));
        QPalette p;
        p.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x31));
        p.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
        p.setColor(QPalette::Base, QColor(0x1e, 0x1f, 0x22));
        p.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2c));
        p.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
        p.setColor(QPalette::Button, QColor(0x33, 0x35, 0x3a));
        p.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
        p.setColor(QPalette::Highlight, QColor(0x3d, 0x6f, 0xb4));
        p.setColor(QPalette::HighlightedText, Qt::white);
        p.setColor(QPalette::ToolTipBase, QColor(0x33, 0x35, 0x3a));
        p.setColor(QPalette::ToolTipText, QColor(0xe6, 0xe6, 0xe6));
        p.setColor(QPalette::Mid, QColor(0x45, 0x47, 0x4c));
        p.setColor(QPalette::PlaceholderText, QColor(0x90, 0x90, 0x90));
        QApplication::setPalette(p);
    }

    ui::MainWindow window;
    window.resize(1600, 1000);
    window.show();
    settle();
    if (!window.openProject(args.at(1), QStringLiteral("Alice")))
        return 1;
    settle();

    ui::RecordTextEdit *text = window.recordView()->textEdit();
    if (chinese) {
        // The first record whose title is in Chinese.
        for (const auto &s : window.document()->project().recordSummaries())
            if (s.title.contains(QChar(0x7684)) || s.language.startsWith(QLatin1String("zh"))) {
                window.showRecord(s.id);
                break;
            }
        settle();
    }
    // Select the longest coding so the inspector has something to show.
    QUuid longest;
    core::Offset best = 0;
    for (const ui::DisplayedCoding &c : text->codings())
        if (c.coding.span.length() > best) {
            best = c.coding.span.length();
            longest = c.coding.id;
        }
    text->setSelectedCoding(longest);
    window.inspector()->showCoding(longest);
    settle();
    save(&window, out + (chinese ? QStringLiteral("/workbench-zh.png")
                                 : dark ? QStringLiteral("/workbench-dark.png")
                                        : QStringLiteral("/workbench.png")));
    if (chinese || dark)
        return 0;

    // The codebook with a code in the inspector.
    ui::CodebookView *tree = window.codebookView();
    const std::vector<QUuid> codes = window.codebookModel()->codesInTreeOrder();
    for (const QUuid &id : codes) {
        const core::Code *c = window.codebookModel()->code(id);
        if (c && !c->definition.isEmpty() && !window.codebookModel()->indexOf(id).model()->hasChildren(window.codebookModel()->indexOf(id))) {
            tree->selectCode(id);
            break;
        }
    }
    settle();
    const QPoint topLeft = tree->parentWidget()->mapTo(&window, QPoint(0, 0));
    save(&window, out + QStringLiteral("/codebook.png"),
         QRect(topLeft - QPoint(4, 28), QPoint(window.width() - 1, window.height() - 24)));

    ui::ReviewerDialog who(window.document(), window.document()->reviewerId(), &window);
    who.show();
    settle();
    save(&who, out + QStringLiteral("/reviewer-dialog.png"));
    who.close();

    ui::ShortcutsDialog shortcuts(window.menuBar(), &window);
    shortcuts.resize(520, 900);
    shortcuts.show();
    settle();
    save(&shortcuts, out + QStringLiteral("/shortcuts.png"));
    shortcuts.close();

    // The import dialog previewing a small RIS file (one record repeated within it).
    ui::ImportDialog import(window.document(), &window);
    import.resize(1500, 760);
    import.show();
    import.addPaths({QStringLiteral(DYAD_TEST_DATA_DIR "/import_ui/small.ris"),
                     QStringLiteral(DYAD_TEST_DATA_DIR "/import_ui/odd_headers.csv")});
    import.selectFile(0);
    if (!QTest::qWaitFor([&import] { return !import.isReading(); }, 20000))
        return 1;
    settle();
    save(&import, out + QStringLiteral("/import-dialog.png"));
    import.close();

    // Paste Record with what a select-all on a (made-up) publisher page gives.
    ui::PasteDialog paste(window.document(), &window);
    paste.resize(1100, 760);
    paste.setText(QStringLiteral(
        "Back to results\n"
        "Volunteer drivers and missed appointments in remote districts: a qualitative study\n"
        "Okafor N, Lindqvist E, Haddad S\n"
        "Department of Rural Health, University of Example, Example City.\n"
        "J Rural Health Serv. 2024 Jun 3;12(2):55-63. doi: 10.5555/jrhs.2024.055.\n"
        "Abstract\n"
        "Patients in remote districts miss appointments when transport fails. We interviewed 24 volunteer "
        "drivers, 11 nurses and 30 patients about a district driving scheme. Drivers valued flexible "
        "rosters; nurses relied on a named coordinator; patients described trust built over repeated trips.\n"
        "Keywords: transport; volunteers; access to care\n"
        "Cite this article\n"));
    paste.show();
    paste.parse();
    settle();
    save(&paste, out + QStringLiteral("/paste-dialog.png"));
    paste.close();

    // Coded passages of the code Alice used most, the second passage selected.
    QUuid mostUsed;
    int most = 0;
    for (const QUuid &id : codes) {
        const int n = window.codebookModel()->indexOf(id).data(ui::CodebookModel::DirectCountRole).toInt();
        if (n > most) {
            most = n;
            mostUsed = id;
        }
    }
    window.showCodedPassages(mostUsed);
    ui::RetrievalDock *passages = window.retrievalDock();
    window.resizeDocks({passages}, {window.height() * 42 / 100}, Qt::Vertical);
    if (passages->list()->model()->rowCount() > 1)
        passages->list()->setCurrentIndex(passages->list()->model()->index(1, 0));
    settle();
    save(&window, out + QStringLiteral("/retrieval.png"));
    passages->hide();

    // A search typed as a prefix, its hits marked in the text.
    auto *search = window.findChild<QLineEdit *>(QStringLiteral("RecordSearch"));
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("communit"));
    settle(700);
    if (auto *list = window.recordListView(); list->model()->rowCount() > 0)
        list->setCurrentIndex(list->model()->index(0, 0));
    settle();
    save(&window, out + QStringLiteral("/search.png"));
    return 0;
}
