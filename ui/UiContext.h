#pragma once

#include <QString>

namespace ge::ui {

// What the composition root hands to the widgets: models and service facades, all owned
// elsewhere (parent ownership in the composition root). Widgets never reach for globals.
struct UiContext
{
    QString dataDir;
    bool offline = false;
};

} // namespace ge::ui
