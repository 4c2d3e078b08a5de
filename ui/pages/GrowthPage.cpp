#include "pages/GrowthPage.h"

#include "widgets/PageHeader.h"

#include <QVBoxLayout>

namespace ge::ui {

GrowthPage::GrowthPage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("growthPage"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new PageHeader(tr("Growth"), tr("Followers over time, new and lost followers per day, engagement."), this));
    layout->addStretch(1);
}

} // namespace ge::ui
