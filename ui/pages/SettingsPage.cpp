#include "pages/SettingsPage.h"

#include "widgets/PageHeader.h"

#include <QVBoxLayout>

namespace ge::ui {

SettingsPage::SettingsPage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("settingsPage"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new PageHeader(tr("Settings"), tr("Accounts, service endpoints, intervals and appearance."), this));
    layout->addStretch(1);
}

} // namespace ge::ui
