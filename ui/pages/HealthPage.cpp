#include "pages/HealthPage.h"

#include "widgets/PageHeader.h"

#include <QVBoxLayout>

namespace ge::ui {

HealthPage::HealthPage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("healthPage"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new PageHeader(tr("Health"), tr("Status of every dependency."), this));
    layout->addStretch(1);
}

} // namespace ge::ui
