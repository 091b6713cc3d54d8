// libFuzzer target: EntityExtractor and the JSON export of its code point offsets.
// The checks are in harness.h, shared with tst_fuzzregressions.
#include "core/extraction/knowledge.h"
#include "harness.h"

#include <spdlog/spdlog.h>

#include <cstdio>
#include <cstdlib>

namespace {

const EntityExtractor &sharedExtractor()
{
    static const EntityExtractor instance(Knowledge::load());
    return instance;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    spdlog::set_level(spdlog::level::off);
    sharedExtractor();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (const QString problem = FuzzHarness::extractor(sharedExtractor(), data, size);
        !problem.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(problem));
        std::abort();
    }
    return 0;
}
