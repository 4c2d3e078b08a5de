#pragma once

// Waits (with a running event loop) for the callback of an asynchronous XRPC call.
#include "atproto/XrpcClient.h"

#include <QTest>

#include <memory>
#include <optional>

namespace ge::test {

template <typename T, int DefaultMs = 15000>
struct Waiter
{
    std::shared_ptr<std::optional<Result<T>>> slot = std::make_shared<std::optional<Result<T>>>();
    atproto::Callback<T> cb()
    {
        auto s = slot;
        return [s](Result<T> r) { s->emplace(std::move(r)); };
    }
    bool wait(int ms = DefaultMs) { return QTest::qWaitFor([this] { return slot->has_value(); }, ms); }
    Result<T> &result() { return **slot; }
};

template <int DefaultMs = 15000>
struct BasicStatusWaiter
{
    std::shared_ptr<std::optional<Status>> slot = std::make_shared<std::optional<Status>>();
    atproto::StatusCallback cb()
    {
        auto s = slot;
        return [s](Status r) { s->emplace(std::move(r)); };
    }
    bool wait(int ms = DefaultMs) { return QTest::qWaitFor([this] { return slot->has_value(); }, ms); }
    Status &result() { return **slot; }
};
using StatusWaiter = BasicStatusWaiter<>;

} // namespace ge::test
