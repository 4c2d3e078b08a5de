// libFuzzer target: any byte string through the Jetstream parser, filter and batch building (the
// same path as the live stream and replay). Must never crash, hang or trip a sanitizer; every
// input is counted exactly once (event, control or malformed).
#include "collectors/IngestPipeline.h"
#include "collectors/TrackedAccounts.h"

#include <cstdint>
#include <cstdlib>

using namespace ge;
using namespace ge::collectors;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static TrackedAccounts *tracked = [] {
        auto *t = new TrackedAccounts;
        t->setDids({QStringLiteral("did:plc:tracked1"), QStringLiteral("did:plc:abcd")});
        return t;
    }();
    static IngestPipeline *pipeline = new IngestPipeline(*tracked, QStringLiteral("fuzz"), EventSource::Jetstream);
    const quint64 before = pipeline->counters().lines();
    pipeline->ingest(std::string_view(reinterpret_cast<const char *>(data), size));
    if (pipeline->counters().lines() != before + 1)
        std::abort();
    if (pipeline->pendingEvents() > 1000)
        (void)pipeline->takeBatch();
    return 0;
}
