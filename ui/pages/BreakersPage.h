#pragma once

#include "Operators.h"
#include "StatusTypes.h"
#include "UiContext.h"

#include <QWidget>

class QLabel;
class QMessageBox;
class QPushButton;
class QTableView;
class QTableWidget;

namespace ge::ui {

// One row per circuit breaker (state with colour and text, failure rate, counts, last failure,
// half-open countdown), the transition timeline, and operator actions that ask for
// confirmation and are written to the audit log by the operator.
class BreakersPage : public QWidget
{
    Q_OBJECT
public:
    explicit BreakersPage(const UiContext &context, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    QTableWidget *timeline() const { return m_timeline; }
    QString selectedBreaker() const;
    // Asks for confirmation (window-modal, no nested event loop); the action runs on "Yes".
    void requestAction(models::BreakerAction action);
    QMessageBox *pendingConfirmation() const { return m_confirm; }

private:
    void addTransitionRow(const models::BreakerTransition &t);
    void updateButtons();

    UiContext m_context;
    QTableView *m_view = nullptr;
    QTableWidget *m_timeline = nullptr;
    QPushButton *m_reset = nullptr;
    QPushButton *m_forceOpen = nullptr;
    QPushButton *m_disable = nullptr;
    QLabel *m_message = nullptr;
    QMessageBox *m_confirm = nullptr;
};

} // namespace ge::ui
