#pragma once

#include "campaigns/CampaignWorker.h"

namespace ge::atproto {
class SessionManager;
class XrpcClient;
} // namespace ge::atproto

namespace ge::campaigns {

// Gateway factory for the application: XrpcFollowGateway over the app's XRPC client and the
// SessionManager of the own accounts (tokens from the keychain, refreshed once on ExpiredToken).
// `client` and `sessions` live on the network thread; the gateways are used on the campaign thread
// and block on that thread's answers. The account passed to the factory is a DID (the worker looks
// handles up in the accounts table first).
GatewayFactory sessionGatewayFactory(atproto::XrpcClient *client, atproto::SessionManager *sessions,
                                     const Clock &clock);

} // namespace ge::campaigns
