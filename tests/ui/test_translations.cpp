// In Chinese the standard buttons and Qt's own dialogs are translated too (issue 14): the
// workbench loads Qt's catalogue (qtbase_zh_CN.qm, Debian package qt6-translations-l10n,
// installed by dyad.sh) besides its own.
#include "ui/shell/application.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QLibraryInfo>
#include <QPushButton>
#include <QTest>

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("DyadTest"));
        QCoreApplication::setApplicationName(QStringLiteral("dyad-ui-tests"));
        QCOMPARE(dyad::ui::installTranslators(*qApp, QStringLiteral("zh_CN")), QStringLiteral("zh_CN"));
    }

    void standardButtonsAreChinese()
    {
        QDialogButtonBox box(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Close);
        QVERIFY2(box.button(QDialogButtonBox::Cancel)->text() == QStringLiteral("取消"),
                 qPrintable(QStringLiteral("\"%1\": is qtbase_zh_CN.qm in %2?")
                                .arg(box.button(QDialogButtonBox::Cancel)->text(),
                                     QLibraryInfo::path(QLibraryInfo::TranslationsPath))));
        QCOMPARE(box.button(QDialogButtonBox::Ok)->text(), QStringLiteral("确定"));
        QCOMPARE(box.button(QDialogButtonBox::Close)->text(), QStringLiteral("关闭"));
    }

    void qtsFileDialogIsChinese()
    {
        QFileDialog dialog(nullptr, QStringLiteral("t"));
        dialog.setOption(QFileDialog::DontUseNativeDialog);
        dialog.setAcceptMode(QFileDialog::AcceptSave);
        QStringList labels;
        for (QPushButton *b : dialog.findChildren<QPushButton *>())
            labels << b->text();
        QVERIFY2(labels.contains(QStringLiteral("取消")), qPrintable(labels.join(QStringLiteral(", "))));
    }
};

QTEST_MAIN(TestTranslations)
#include "test_translations.moc"
