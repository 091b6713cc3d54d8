// libFuzzer target: ArticleLoader::fromBytes, the decoding and format detection every file and standard input go through.
// The checks are in harness.h, shared with tst_fuzzregressions.
#include "harness.h"

#include <spdlog/spdlog.h>

#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    spdlog::set_level(spdlog::level::off);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (const QString problem = FuzzHarness::loader(data, size); !problem.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(problem));
        std::abort();
    }
    return 0;
}
