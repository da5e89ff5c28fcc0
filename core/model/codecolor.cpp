#include "core/model/codecolor.h"

namespace dyad::core {

bool isCodeColor(const QString &color)
{
    if (color.size() != 7 || color[0] != u'#')
        return false;
    for (qsizetype i = 1; i < 7; ++i) {
        const char16_t c = color[i].unicode();
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F')))
            return false;
    }
    return true;
}

QString cssColor(const QString &color)
{
    return isCodeColor(color) ? color : QStringLiteral("#888888");
}

} // namespace dyad::core
