#include "pages/CampaignsPage.h"

#include "widgets/PageHeader.h"

#include <QVBoxLayout>

namespace ge::ui {

CampaignsPage::CampaignsPage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("campaignsPage"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new PageHeader(tr("Campaigns"), tr("Follow-back campaigns: preview, dry run, run, pause, resume, cancel, undo."), this));
    layout->addStretch(1);
}

} // namespace ge::ui
