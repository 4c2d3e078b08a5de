#include "pages/LogsPage.h"

#include "widgets/PageHeader.h"

#include <QVBoxLayout>

namespace ge::ui {

LogsPage::LogsPage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("logsPage"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new PageHeader(tr("Logs"), tr("Structured log of the application."), this));
    layout->addStretch(1);
}

} // namespace ge::ui
