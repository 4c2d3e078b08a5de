#include "pages/ReportsPage.h"

#include "widgets/PageHeader.h"

#include <QVBoxLayout>

namespace ge::ui {

ReportsPage::ReportsPage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("reportsPage"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new PageHeader(tr("Reports"), tr("Export reports as PDF, CSV, JSON or PNG."), this));
    layout->addStretch(1);
}

} // namespace ge::ui
