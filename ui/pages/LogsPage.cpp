#include "pages/LogsPage.h"

#include "LogModel.h"
#include "widgets/PageHeader.h"

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace ge::ui {

using models::LogModel;

LogsPage::LogsPage(const UiContext &context, QWidget *parent) : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("logsPage"));
    m_proxy = new models::LogFilterProxy(this);
    m_proxy->setSourceModel(m_context.logs);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new PageHeader(tr("Logs"), tr("Structured log of this session, live. Secrets are redacted before they get here."), this));

    auto *bar = new QHBoxLayout;
    auto *levelLabel = new QLabel(tr("&Level:"), this);
    m_level = new QComboBox(this);
    m_level->setObjectName(QStringLiteral("logLevel"));
    m_level->setAccessibleName(tr("Minimum level"));
    m_level->addItem(tr("Debug and above"), 0);
    m_level->addItem(tr("Info and above"), 1);
    m_level->addItem(tr("Warnings and errors"), 2);
    m_level->addItem(tr("Errors only"), 3);
    m_level->setCurrentIndex(1);
    levelLabel->setBuddy(m_level);
    auto *categoryLabel = new QLabel(tr("&Category:"), this);
    m_category = new QComboBox(this);
    m_category->setObjectName(QStringLiteral("logCategory"));
    m_category->setAccessibleName(tr("Category"));
    m_category->setMinimumContentsLength(16);
    categoryLabel->setBuddy(m_category);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("logSearch"));
    m_search->setPlaceholderText(tr("Search messages…"));
    m_search->setAccessibleName(tr("Search log"));
    m_search->setClearButtonEnabled(true);
    m_follow = new QCheckBox(tr("F&ollow"), this);
    m_follow->setChecked(true);
    m_follow->setToolTip(tr("Keep the newest entry in view"));
    auto *copy = new QPushButton(tr("Copy as &JSON"), this);
    bar->addWidget(levelLabel);
    bar->addWidget(m_level);
    bar->addWidget(categoryLabel);
    bar->addWidget(m_category);
    bar->addWidget(m_search, 1);
    bar->addWidget(m_follow);
    bar->addWidget(copy);
    layout->addLayout(bar);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("logTable"));
    m_view->setAccessibleName(tr("Log entries"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(22);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->resizeSection(LogModel::TimeColumn, 110);
    m_view->horizontalHeader()->resizeSection(LogModel::LevelColumn, 90);
    m_view->horizontalHeader()->resizeSection(LogModel::CategoryColumn, 170);
    m_view->setWordWrap(false);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *copyAction = new QAction(tr("Copy row as JSON"), this);
    copyAction->setShortcut(QKeySequence::Copy);
    copyAction->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(copyAction);
    layout->addWidget(m_view, 1);

    m_proxy->setMinimumSeverity(1);
    connect(m_level, &QComboBox::currentIndexChanged, this, [this](int) { m_proxy->setMinimumSeverity(m_level->currentData().toInt()); });
    connect(m_category, &QComboBox::currentIndexChanged, this, [this](int) { m_proxy->setCategory(m_category->currentData().toString()); });
    connect(m_search, &QLineEdit::textChanged, m_proxy, &models::LogFilterProxy::setSearchText);
    connect(copy, &QPushButton::clicked, this, [this] { copySelectedAsJson(); });
    connect(copyAction, &QAction::triggered, this, [this] { copySelectedAsJson(); });
    connect(m_context.logs, &LogModel::categoriesChanged, this, &LogsPage::updateCategories);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_follow->isChecked())
            m_view->scrollToBottom();
    });
    updateCategories();
    if (m_follow->isChecked())
        QTimer::singleShot(0, m_view, [this] { m_view->scrollToBottom(); });
}

void LogsPage::updateCategories()
{
    const QString current = m_category->currentData().toString();
    const QSignalBlocker block(m_category);
    m_category->clear();
    m_category->addItem(tr("All categories"), QString());
    for (const QString &c : m_context.logs->categories())
        m_category->addItem(c, c);
    const int idx = m_category->findData(current);
    m_category->setCurrentIndex(idx < 0 ? 0 : idx);
}

QString LogsPage::copySelectedAsJson() const
{
    QStringList lines;
    auto rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    for (const QModelIndex &i : rows)
        lines.append(QString::fromUtf8(i.data(LogModel::JsonRole).toByteArray()));
    const QString text = lines.join(QLatin1Char('\n'));
    if (!text.isEmpty())
        QGuiApplication::clipboard()->setText(text);
    return text;
}

} // namespace ge::ui
