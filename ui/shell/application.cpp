#include "ui/shell/application.h"

#include <QApplication>
#include <QFontDatabase>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

void dyadInitResources(); // resources/resources.cpp

namespace dyad::ui {

QString version()
{
    return QStringLiteral(DYAD_VERSION);
}

void initResources()
{
    static bool done = false;
    if (!done) {
        dyadInitResources();
        done = true;
    }
}

QString installTranslators(QApplication &app, const QString &language)
{
    QString lang = language;
    if (lang.isEmpty())
        lang = QSettings().value(QStringLiteral("language")).toString();
    if (lang.isEmpty())
        lang = QLocale::system().name();
    if (!lang.startsWith(QLatin1String("zh")))
        return QStringLiteral("en");
    lang = QStringLiteral("zh_CN");
    QLocale::setDefault(QLocale(lang));

    auto *qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_") + lang, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
    auto *dyad = new QTranslator(&app);
    if (dyad->load(QStringLiteral(":/i18n/dyad_") + lang))
        QApplication::installTranslator(dyad);
    return lang;
}

void setUpFonts(QApplication &app)
{
    const QStringList families = QFontDatabase::families();
    QFont font = app.font();
    if (families.contains(QStringLiteral("Noto Sans")))
        font.setFamily(QStringLiteral("Noto Sans"));
    // Han characters fall back to the CJK face rather than to whatever fontconfig finds first.
    QStringList fallbacks;
    for (const QString &f : {QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Noto Sans CJK JP")})
        if (families.contains(f))
            fallbacks << f;
    if (!fallbacks.isEmpty())
        QFont::insertSubstitutions(font.family(), fallbacks);
    app.setFont(font);
}

} // namespace dyad::ui
