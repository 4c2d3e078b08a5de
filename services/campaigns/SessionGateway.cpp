#include "campaigns/SessionGateway.h"
#include "core/BlockingWait.h"

#include "atproto/SessionManager.h"
#include "campaigns/XrpcFollowGateway.h"

#include <QCoreApplication>
#include <QPointer>

#include <future>

namespace ge::campaigns {

namespace {

Result<atproto::Session> restoreOn(atproto::SessionManager *sessions, const QString &did)
{
    auto promise = std::make_shared<std::promise<Result<atproto::Session>>>();
    auto future = promise->get_future();
    QMetaObject::invokeMethod(
        sessions, [sessions, did, promise] {
            sessions->restore(did, [promise](Result<atproto::Session> r) { promise->set_value(std::move(r)); });
        },
        Qt::QueuedConnection);
    return waitForFuture(future);
}

Status refreshOn(atproto::SessionManager *sessions, const QString &did)
{
    auto promise = std::make_shared<std::promise<Status>>();
    auto future = promise->get_future();
    QMetaObject::invokeMethod(
        sessions, [sessions, did, promise] { sessions->refresh(did, [promise](Status s) { promise->set_value(s); }); },
        Qt::QueuedConnection);
    return waitForFuture(future);
}

} // namespace

GatewayFactory sessionGatewayFactory(atproto::XrpcClient *client, atproto::SessionManager *sessions,
                                     const Clock &clock)
{
    QPointer<atproto::XrpcClient> c(client);
    QPointer<atproto::SessionManager> sm(sessions);
    return [c, sm, &clock](const QString &accountDid) -> Result<std::unique_ptr<FollowGateway>> {
        if (!c || !sm)
            return Error::make(ErrorCategory::Internal,
                               QCoreApplication::translate("Campaigns", "The AT Protocol client is not running"));
        if (!accountDid.startsWith(QLatin1StringView("did:")))
            return Error::validation(
                QCoreApplication::translate("Campaigns", "%1 is not an own account; add it in Settings first")
                    .arg(accountDid));
        SessionSource source = [sm, accountDid](bool refresh) -> Result<GatewaySession> {
            if (!sm)
                return Error::make(ErrorCategory::Internal, QStringLiteral("session manager gone"));
            if (refresh) {
                if (Status s = refreshOn(sm.data(), accountDid); !s.ok())
                    return s.error();
            }
            auto s = restoreOn(sm.data(), accountDid);
            if (!s)
                return s.error();
            return GatewaySession{s->did, s->handle, s->pdsUrl, s->accessJwt};
        };
        return std::unique_ptr<FollowGateway>(std::make_unique<XrpcFollowGateway>(c.data(), source, clock));
    };
}

} // namespace ge::campaigns
