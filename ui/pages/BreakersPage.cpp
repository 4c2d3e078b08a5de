#include "pages/BreakersPage.h"

#include "widgets/PageHeader.h"

#include <QVBoxLayout>

namespace ge::ui {

BreakersPage::BreakersPage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("breakersPage"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new PageHeader(tr("Breakers"), tr("Circuit breaker state per dependency."), this));
    layout->addStretch(1);
}

} // namespace ge::ui
