#include "pages/CollectorsPage.h"

#include "widgets/PageHeader.h"

#include <QVBoxLayout>

namespace ge::ui {

CollectorsPage::CollectorsPage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("collectorsPage"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new PageHeader(tr("Collectors"), tr("Jetstream and backfill collectors: rate, lag, queue depth."), this));
    layout->addStretch(1);
}

} // namespace ge::ui
