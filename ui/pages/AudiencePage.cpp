#include "pages/AudiencePage.h"

#include "widgets/PageHeader.h"

#include <QVBoxLayout>

namespace ge::ui {

AudiencePage::AudiencePage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("audiencePage"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new PageHeader(tr("Audience"), tr("Followers, following, mutuals and recent unfollowers."), this));
    layout->addStretch(1);
}

} // namespace ge::ui
