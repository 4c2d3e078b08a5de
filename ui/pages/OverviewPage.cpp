#include "pages/OverviewPage.h"

#include "widgets/PageHeader.h"

#include <QVBoxLayout>

namespace ge::ui {

OverviewPage::OverviewPage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("overviewPage"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new PageHeader(tr("Overview"), tr("Followers, changes and what needs attention, per account."), this));
    layout->addStretch(1);
}

} // namespace ge::ui
