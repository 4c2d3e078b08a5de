#pragma once

#include "reliability/HealthTypes.h"

#include <functional>
#include <memory>

namespace ge::reliability {

using HealthCallback = std::function<void(HealthResult)>;

// One cheap check of one component (`_health`, describeServer, `SELECT 1`, keychain ping).
//
// probe() is called on the HealthMonitor's worker thread; create thread-affine objects
// (QNetworkAccessManager, QSqlDatabase connections) lazily inside probe() so they live on
// that thread, and release them in the destructor, which runs on that thread too.
// Call `done` exactly once, from any thread, at any later time (or synchronously); the
// monitor enforces its own timeout and ignores late or repeated answers.
class HealthProbe
{
public:
    virtual ~HealthProbe() = default;
    virtual void probe(HealthCallback done) = 0;
};

// A probe from a function (handy for the database and keychain checks).
class FunctionProbe final : public HealthProbe
{
public:
    explicit FunctionProbe(std::function<void(HealthCallback)> fn) : m_fn(std::move(fn)) {}
    void probe(HealthCallback done) override { m_fn(std::move(done)); }

private:
    std::function<void(HealthCallback)> m_fn;
};

} // namespace ge::reliability
