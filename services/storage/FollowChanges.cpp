#include "storage/FollowChanges.h"

#include <QStringList>

namespace ge::storage {

QString followChangesRelation(const QSqlDatabase &db)
{
    static const QString view = QStringLiteral("follow_changes");
    return db.tables(QSql::Views).contains(view, Qt::CaseInsensitive) ? view : QStringLiteral("follow_events");
}

} // namespace ge::storage
