#pragma once

#include <QString>

namespace BenchCorpus {
// A news-like article of about `bytes` UTF-8 bytes: the built-in article and the development
// set's 30 VOA texts, repeated in turn, paragraphs separated by newlines.
QString newsText(qsizetype bytes);
} // namespace BenchCorpus
