// Automatic code colours (issue 14): siblings do not repeat while the palette lasts, and a
// sub-code never takes its parent's colour.
#include "core/model/project.h"
#include "core/open/open.h"

#include <gtest/gtest.h>

#include <set>

using namespace dyad::core;

TEST(CodeColors, SiblingsDifferAndNoneTakesItsParentsColour)
{
    auto project = createInMemoryProject().value();
    const Reviewer lead = project->addReviewer(QStringLiteral("Lena"), ReviewerRole::Lead).value();
    project->setActor(lead.id);
    // Five themes first, so a plain counter would already be "out of step" for the children.
    std::vector<Code> themes;
    for (int i = 0; i < 5; ++i) {
        Code c;
        c.name = QStringLiteral("Theme %1").arg(i);
        themes.push_back(project->createCode(c).value());
    }
    std::set<QString> themeColors;
    for (const Code &t : themes)
        themeColors.insert(t.color);
    EXPECT_EQ(themeColors.size(), 5u);

    const Code parent = themes[2];
    std::set<QString> childColors;
    for (int i = 0; i < 11; ++i) { // the palette has 12 colours; one is the parent's
        Code c;
        c.name = QStringLiteral("Sub %1").arg(i);
        c.parentId = parent.id;
        const Code child = project->createCode(c).value();
        EXPECT_NE(child.color, parent.color) << "sub-code " << i;
        childColors.insert(child.color);
    }
    EXPECT_EQ(childColors.size(), 11u) << "eleven siblings, eleven colours";
    // The twelfth sibling has to share a colour, but still not the parent's.
    Code extra;
    extra.name = QStringLiteral("Sub 11");
    extra.parentId = parent.id;
    EXPECT_NE(project->createCode(extra).value().color, parent.color);
    // A colour chosen by the reviewer is kept as it is.
    Code chosen;
    chosen.name = QStringLiteral("Chosen");
    chosen.parentId = parent.id;
    chosen.color = parent.color;
    EXPECT_EQ(project->createCode(chosen).value().color, parent.color);
}
