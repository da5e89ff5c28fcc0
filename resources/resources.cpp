// Anchor translation unit for the dyad_resources library: the icons and translations are
// compiled in by rcc; dyad::ui::initResources() pulls them into static builds.
#include <QtGlobal>

void dyadInitResources()
{
    Q_INIT_RESOURCE(icons);
}
