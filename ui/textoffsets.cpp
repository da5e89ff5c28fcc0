#include "ui/textoffsets.h"

#include <algorithm>

namespace dyad::ui {

TextOffsets::TextOffsets(const QString &text)
{
    m_utf16Of.reserve(static_cast<size_t>(text.size()) + 1);
    m_cpOf.resize(static_cast<size_t>(text.size()) + 1);
    core::Offset cp = 0;
    for (int i = 0; i < text.size(); ++i) {
        m_cpOf[static_cast<size_t>(i)] = cp;
        // The low half of a surrogate pair belongs to the character its high half started.
        const bool secondHalf = i > 0 && text.at(i).isLowSurrogate() && text.at(i - 1).isHighSurrogate();
        if (secondHalf) {
            m_cpOf[static_cast<size_t>(i)] = cp - 1;
            continue;
        }
        m_utf16Of.push_back(i);
        ++cp;
    }
    m_utf16Of.push_back(static_cast<int>(text.size()));
    m_cpOf[static_cast<size_t>(text.size())] = cp;
}

int TextOffsets::toUtf16(core::Offset codePoint) const
{
    if (m_utf16Of.empty())
        return 0;
    const auto i = std::clamp<core::Offset>(codePoint, 0, static_cast<core::Offset>(m_utf16Of.size()) - 1);
    return m_utf16Of[static_cast<size_t>(i)];
}

core::Offset TextOffsets::toCodePoint(int utf16) const
{
    if (m_cpOf.empty())
        return 0;
    const auto i = std::clamp<int>(utf16, 0, static_cast<int>(m_cpOf.size()) - 1);
    return m_cpOf[static_cast<size_t>(i)];
}

} // namespace dyad::ui
