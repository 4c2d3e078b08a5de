#include "pages/BreakersPage.h"

#include "BreakerModel.h"
#include "TimeFormat.h"
#include "widgets/PageHeader.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ge::ui {

using models::BreakerAction;
using models::BreakerModel;

BreakersPage::BreakersPage(const UiContext &context, QWidget *parent) : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("breakersPage"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new PageHeader(tr("Breakers"), tr("Circuit breakers per dependency. Operator actions are confirmed and recorded in the audit log."), this));

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("breakersTable"));
    m_view->setAccessibleName(tr("Circuit breakers"));
    m_view->setModel(m_context.breakers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setMinimumHeight(180);
    layout->addWidget(m_view);

    auto *actions = new QHBoxLayout;
    m_reset = new QPushButton(tr("&Reset"), this);
    m_reset->setObjectName(QStringLiteral("resetBreaker"));
    m_forceOpen = new QPushButton(tr("&Force open"), this);
    m_forceOpen->setObjectName(QStringLiteral("forceOpenBreaker"));
    m_disable = new QPushButton(tr("&Disable"), this);
    m_disable->setObjectName(QStringLiteral("disableBreaker"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("breakersMessage"));
    actions->addWidget(m_reset);
    actions->addWidget(m_forceOpen);
    actions->addWidget(m_disable);
    actions->addWidget(m_message, 1);
    layout->addLayout(actions);

    auto *timelineTitle = new QLabel(tr("Transitions"), this);
    QFont bold = timelineTitle->font();
    bold.setBold(true);
    timelineTitle->setFont(bold);
    layout->addWidget(timelineTitle);
    m_timeline = new QTableWidget(0, 4, this);
    m_timeline->setObjectName(QStringLiteral("breakerTimeline"));
    m_timeline->setAccessibleName(tr("Breaker transitions"));
    m_timeline->setHorizontalHeaderLabels({tr("Time"), tr("Breaker"), tr("Change"), tr("Reason")});
    m_timeline->verticalHeader()->hide();
    m_timeline->horizontalHeader()->setStretchLastSection(true);
    m_timeline->setWordWrap(false);
    m_timeline->horizontalHeader()->resizeSection(0, 170);
    m_timeline->horizontalHeader()->resizeSection(1, 140);
    m_timeline->horizontalHeader()->resizeSection(2, 240);
    m_timeline->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_timeline->setSelectionBehavior(QAbstractItemView::SelectRows);
    layout->addWidget(m_timeline, 1);

    connect(m_reset, &QPushButton::clicked, this, [this] { requestAction(BreakerAction::Reset); });
    connect(m_forceOpen, &QPushButton::clicked, this, [this] { requestAction(BreakerAction::ForceOpen); });
    connect(m_disable, &QPushButton::clicked, this, [this] { requestAction(BreakerAction::Disable); });
    connect(m_context.breakers, &BreakerModel::transitionAdded, this, &BreakersPage::addTransitionRow);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &BreakersPage::updateButtons);
    connect(m_context.breakers, &QAbstractItemModel::rowsInserted, this, &BreakersPage::updateButtons);
    for (const auto &t : m_context.breakers->transitions())
        addTransitionRow(t);
    updateButtons();
}

QString BreakersPage::selectedBreaker() const
{
    const auto rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(BreakerModel::NameRole).toString();
}

void BreakersPage::updateButtons()
{
    const bool can = m_context.breakerOperator && !selectedBreaker().isEmpty();
    for (QPushButton *b : {m_reset, m_forceOpen, m_disable}) {
        b->setEnabled(can);
        b->setToolTip(m_context.breakerOperator ? tr("Select a breaker first.") : tr("Breaker controls are not available in this session."));
    }
}

void BreakersPage::requestAction(BreakerAction action)
{
    const QString name = selectedBreaker();
    if (name.isEmpty() || !m_context.breakerOperator || m_confirm)
        return;
    QString question;
    switch (action) {
    case BreakerAction::Reset: question = tr("Reset breaker %1 to closed? Calls to the dependency resume at once."); break;
    case BreakerAction::ForceOpen: question = tr("Force breaker %1 open? Every call to the dependency fails fast until it is reset."); break;
    case BreakerAction::Disable: question = tr("Disable breaker %1? Calls pass even when the dependency keeps failing."); break;
    }
    m_confirm = new QMessageBox(QMessageBox::Question, tr("Confirm breaker action"), question.arg(name),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    m_confirm->setObjectName(QStringLiteral("confirmBreakerAction"));
    m_confirm->setInformativeText(tr("The action is recorded in the audit log."));
    m_confirm->setDefaultButton(QMessageBox::Cancel);
    m_confirm->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_confirm, &QMessageBox::finished, this, [this, name, action](int result) {
        m_confirm = nullptr;
        if (result != QMessageBox::Yes)
            return;
        const Status st = m_context.breakerOperator->apply(name, action, tr("operator action from the dashboard"));
        m_message->setText(st ? tr("%1: %2 done").arg(name, models::toString(action)) : st.error().message);
    });
    m_confirm->open();
}

void BreakersPage::addTransitionRow(const models::BreakerTransition &t)
{
    m_timeline->insertRow(0);
    auto *change = new QTableWidgetItem(models::toDisplayString(t.from) + QStringLiteral(" → ") + models::stateSymbol(t.to)
                                        + QLatin1Char(' ') + models::toDisplayString(t.to));
    change->setForeground(models::stateColor(t.to));
    m_timeline->setItem(0, 0, new QTableWidgetItem(models::absoluteTime(t.atUs)));
    m_timeline->setItem(0, 1, new QTableWidgetItem(t.breaker));
    m_timeline->setItem(0, 2, change);
    m_timeline->setItem(0, 3, new QTableWidgetItem(t.reason));
    if (m_timeline->rowCount() > 500)
        m_timeline->removeRow(m_timeline->rowCount() - 1);
}

} // namespace ge::ui
