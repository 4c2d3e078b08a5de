#include "pages/CollectorsPage.h"

#include "CollectorModel.h"
#include "Operators.h"
#include "charts/TimeChart.h"
#include "core/Clock.h"
#include "widgets/PageHeader.h"
#include "widgets/ProgressDelegate.h"

#include <QHBoxLayout>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace ge::ui {

using models::CollectorModel;

CollectorsPage::CollectorsPage(const UiContext &context, QWidget *parent) : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("collectorsPage"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new PageHeader(tr("Collectors"), tr("Live event streams and backfills: throughput, lag, queue and progress."), this));

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("collectorsTable"));
    m_view->setAccessibleName(tr("Collectors"));
    m_view->setModel(m_context.collectors);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(CollectorModel::EndpointColumn, QHeaderView::Stretch);
    m_view->setItemDelegateForColumn(CollectorModel::BackfillColumn, new ProgressDelegate(CollectorModel::ProgressRole, this));
    m_view->horizontalHeader()->setSectionResizeMode(CollectorModel::BackfillColumn, QHeaderView::Fixed);
    m_view->horizontalHeader()->resizeSection(CollectorModel::BackfillColumn, 150);
    // The state column holds a colour mark and a word that changes ("Stopped", "Reconnecting (backoff)"):
    // sized from its contents whenever rows change, so the word is never cut to "…".
    m_view->horizontalHeader()->setSectionResizeMode(CollectorModel::StateColumn, QHeaderView::Interactive);
    const auto fitState = [this] { m_view->resizeColumnToContents(CollectorModel::StateColumn); };
    connect(m_context.collectors, &QAbstractItemModel::rowsInserted, m_view, fitState);
    connect(m_context.collectors, &QAbstractItemModel::dataChanged, m_view, fitState);
    connect(m_context.collectors, &QAbstractItemModel::modelReset, m_view, fitState);
    m_view->setMinimumHeight(160);
    layout->addWidget(m_view);

    auto *controls = new QHBoxLayout;
    m_start = new QPushButton(tr("&Start"), this);
    m_stop = new QPushButton(tr("S&top"), this);
    m_replay = new QPushButton(tr("&Replay last"), this);
    m_replayHours = new QSpinBox(this);
    m_replayHours->setRange(1, 36); // Jetstream keeps about 24–36 h
    m_replayHours->setValue(6);
    m_replayHours->setSuffix(tr(" h"));
    m_replayHours->setAccessibleName(tr("Replay hours"));
    m_replayFile = new QPushButton(tr("Replay &file…"), this);
    m_replayFile->setObjectName(QStringLiteral("replayFileButton"));
    m_replayFile->setToolTip(tr("Feed a Jetstream capture (one JSON event per line) through the collectors; "
                                "works offline."));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("collectorsMessage"));
    for (QWidget *w : {static_cast<QWidget *>(m_start), static_cast<QWidget *>(m_stop), static_cast<QWidget *>(m_replay),
                       static_cast<QWidget *>(m_replayHours), static_cast<QWidget *>(m_replayFile)})
        controls->addWidget(w);
    controls->addWidget(m_message, 1);
    layout->addLayout(controls);
    if (!m_context.collectorOperator) {
        for (QPushButton *b : {m_start, m_stop, m_replay, m_replayFile}) {
            b->setEnabled(false);
            b->setToolTip(tr("Collector controls are not available in this session."));
        }
    }
    connect(m_start, &QPushButton::clicked, this, [this] { run(QStringLiteral("start")); });
    connect(m_stop, &QPushButton::clicked, this, [this] { run(QStringLiteral("stop")); });
    connect(m_replay, &QPushButton::clicked, this, [this] { run(QStringLiteral("replay")); });
    connect(m_replayFile, &QPushButton::clicked, this, [this] {
        auto *dialog = new QFileDialog(this, tr("Replay a Jetstream capture"), QString(),
                                       tr("Jetstream captures (*.jsonl *.json);;All files (*)"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setFileMode(QFileDialog::ExistingFile);
        connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
            const Status st = m_context.collectorOperator->replayFile(path);
            m_message->setText(st ? tr("Replaying %1…").arg(QFileInfo(path).fileName())
                                  : tr("Replay: %1").arg(st.error().message));
        });
        dialog->open();
    });

    m_chart = new TimeChart(this);
    m_chart->setObjectName(QStringLiteral("rateChart"));
    m_chart->setTitle(tr("Events per second, last 10 minutes"));
    m_chart->setDayResolution(false);
    m_chart->setBarWidth(1000);
    m_chart->setEmptyText(tr("No collector is running."));
    m_chart->setMinimumHeight(220);
    layout->addWidget(m_chart, 1);

    connect(m_context.collectors, &CollectorModel::ratesChanged, this, &CollectorsPage::updateChart);
    updateChart();
}

QString CollectorsPage::selectedCollector() const
{
    const auto rows = m_view->selectionModel()->selectedRows();
    if (!rows.isEmpty())
        return rows.first().data(CollectorModel::NameRole).toString();
    return m_context.collectors->rowCount() > 0 ? m_context.collectors->index(0, 0).data(CollectorModel::NameRole).toString()
                                                : QString();
}

void CollectorsPage::run(const QString &what)
{
    const QString name = selectedCollector();
    if (!m_context.collectorOperator || name.isEmpty())
        return;
    Status st;
    if (what == QLatin1StringView("start"))
        st = m_context.collectorOperator->start(name);
    else if (what == QLatin1StringView("stop"))
        st = m_context.collectorOperator->stop(name);
    else {
        const qint64 nowUs = m_context.clock ? m_context.clock->nowUs() : SystemClock::instance().nowUs();
        st = m_context.collectorOperator->replay(name, nowUs - qint64(m_replayHours->value()) * 3600 * 1'000'000);
    }
    m_message->setText(st ? tr("%1: %2 requested").arg(name, what) : tr("%1: %2").arg(name, st.error().message));
}

void CollectorsPage::updateChart()
{
    static const QList<QColor> colors = {QColor(0x00, 0x72, 0xB2), QColor(0xE6, 0x9F, 0x00), QColor(0xCC, 0x79, 0xA7),
                                         QColor(0x00, 0x9E, 0x73)};
    QList<TimeChart::Series> series;
    const QStringList names = m_context.collectors->names();
    for (qsizetype i = 0; i < names.size(); ++i) {
        const auto rates = m_context.collectors->rateHistory(names.at(i));
        if (!rates.isEmpty())
            series.append({names.at(i), colors.at(i % colors.size()), TimeChart::Style::Line, rates});
    }
    m_chart->setSeries(series);
}

} // namespace ge::ui
