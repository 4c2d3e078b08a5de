#pragma once

#include "CoalescingTableModel.h"
#include "StatusTypes.h"

#include <QSet>
#include <QSortFilterProxyModel>

namespace ge::models {

// Live structured log: a bounded ring (oldest rows drop out), appended in coalesced batches.
class LogModel : public CoalescingTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, LevelColumn, CategoryColumn, MessageColumn, ColumnCount };
    enum Role { SeverityRole = Qt::UserRole + 1, CategoryRole, JsonRole, SearchTextRole };

    explicit LogModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void append(const LogRecord &record);
    // One JSON line as the logger writes it (unparseable lines become info messages).
    void appendJsonLine(const QByteArray &line);
    void setCapacity(int rows) { m_capacity = std::max(1, rows); }
    int capacity() const { return m_capacity; }
    QStringList categories() const;
    const LogRecord &record(int row) const { return m_rows.at(row); }

Q_SIGNALS:
    void categoriesChanged();

protected:
    void applyPending() override;

private:
    QList<LogRecord> m_rows;
    QList<LogRecord> m_pending;
    QSet<QString> m_categories;
    int m_capacity = 20000;
};

// Level (minimum severity), category and free-text filter over a LogModel.
class LogFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit LogFilterProxy(QObject *parent = nullptr);
    void setMinimumSeverity(int severity);
    void setCategory(const QString &category); // empty: all
    void setSearchText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    int m_minSeverity = 0;
    QString m_category;
    QString m_search;
};

} // namespace ge::models
