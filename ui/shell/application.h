#pragma once

#include <QString>

class QApplication;

namespace dyad::ui {

/** Dyad's version, e.g. "0.1.0". */
QString version();

/** Makes the compiled-in icons and translations available (static builds need this). */
void initResources();

/**
 * Installs Dyad's and Qt's translators for `language` ("zh_CN", "en"; empty: the language
 * saved in the settings, else the system's). Returns the language used.
 */
QString installTranslators(QApplication &app, const QString &language = QString());

/** Fonts: prefers Noto Sans with Noto Sans CJK SC for Chinese, when installed. */
void setUpFonts(QApplication &app);

} // namespace dyad::ui
