#include "core/library/libraryimport.h"

#include "core/document/articleloader.h"
#include "core/extraction/entityextractor.h"
#include "core/extraction/knowledge.h"
#include "core/library/library.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QtConcurrent/QtConcurrentRun>

#include <spdlog/spdlog.h>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <thread>
#include <utility>

LibraryImport::LibraryImport(const QString &libraryPath, QObject *parent)
    : QObject(parent)
    , m_path(libraryPath)
{}

LibraryImport::~LibraryImport()
{
    cancel();
    m_future.waitForFinished();
}

QStringList LibraryImport::filesIn(const QString &folder)
{
    QStringList files;
    QDirIterator it(folder,
                    {QStringLiteral("*.txt"), QStringLiteral("*.md"), QStringLiteral("*.markdown"),
                     QStringLiteral("*.html"), QStringLiteral("*.htm")},
                    QDir::Files | QDir::Readable, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    files.sort();
    return files;
}

namespace {

// A batch of files read and extracted, ready to be written in one transaction.
struct PreparedBatch
{
    QList<LibraryRecord> articles; // their rows, worked out here rather than by the writer
    QList<LibraryImport::Failure> failed;
    int done = 0; // files looked at so far, this batch's included
};

// The batches handed from the thread that reads and extracts to the one that writes: at most
// two wait, so that the reader stays just ahead of the writer and memory stays bounded.
class BatchQueue
{
public:
    // The reader: waits while two batches wait; false once the writer has stopped.
    bool push(PreparedBatch batch)
    {
        std::unique_lock lock(m_mutex);
        m_space.wait(lock, [this] { return m_batches.size() < 2 || m_stopped; });
        if (m_stopped)
            return false;
        m_batches.push_back(std::move(batch));
        m_ready.notify_one();
        return true;
    }
    // The reader has read every file.
    void finish()
    {
        const std::lock_guard lock(m_mutex);
        m_finished = true;
        m_ready.notify_one();
    }
    // The writer: the next batch, or none when the reader has finished and all are taken.
    std::optional<PreparedBatch> pop()
    {
        std::unique_lock lock(m_mutex);
        m_ready.wait(lock, [this] { return !m_batches.empty() || m_finished; });
        if (m_batches.empty())
            return std::nullopt;
        PreparedBatch batch = std::move(m_batches.front());
        m_batches.pop_front();
        m_space.notify_one();
        return batch;
    }
    // The writer stops (cancelled, or the library cannot be written): the reader stops too.
    void stop()
    {
        const std::lock_guard lock(m_mutex);
        m_stopped = true;
        m_space.notify_one();
    }
    bool stopped()
    {
        const std::lock_guard lock(m_mutex);
        return m_stopped;
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_ready;
    std::condition_variable m_space;
    std::deque<PreparedBatch> m_batches;
    bool m_finished = false;
    bool m_stopped = false;
};

} // namespace

LibraryImport::Summary LibraryImport::run(Library &library, const QStringList &files,
                                          std::shared_ptr<const Knowledge> knowledge,
                                          Corrections::Place place,
                                          const std::function<bool(int, int)> &progress)
{
    QElapsedTimer timer;
    timer.start();
    Summary summary;
    const int total = int(files.size());
    BatchQueue queue;
    // Reading and extracting on a thread of its own, writing here: the writes (the text, its
    // full-text index, the entities) overlap the extraction of the next batch.
    std::thread reader([&queue, &files, total, place, knowledge = std::move(knowledge)] {
        const EntityExtractor extractor(knowledge);
        PreparedBatch batch;
        int done = 0;
        for (const QString &file : files) {
            if (queue.stopped())
                break;
            const LoadResult loaded = ArticleLoader::loadFile(file);
            ++done;
            if (!loaded.ok()) {
                batch.failed.append({file, loaded.error});
            } else {
                // As the window shows it: with the reader's corrections, if any.
                const Article &article = *loaded.article;
                const CorrectedEntities corrected = Corrections::stored(article.text,
                                                                        article.source, file,
                                                                        extractor.extract(
                                                                            article.text),
                                                                        place);
                batch.articles.append(Library::record(article, corrected.entities));
            }
            if (batch.articles.size() >= BatchSize || done == total) {
                batch.done = done;
                if (!queue.push(std::exchange(batch, {})))
                    break;
            }
        }
        queue.finish();
    });
    while (std::optional<PreparedBatch> batch = queue.pop()) {
        summary.failed.append(batch->failed);
        if (!batch->articles.isEmpty()) {
            const auto written = library.addAll(batch->articles, false);
            if (!written.ok()) {
                summary.error = written.error;
                break;
            }
            summary.added += *written.value;
        }
        if (progress && !progress(batch->done, total)) {
            summary.cancelled = batch->done < total;
            break;
        }
    }
    queue.stop();
    reader.join();
    spdlog::info("library: imported {} of {} files in {} ms ({} failed{})", summary.added, total,
                 timer.elapsed(), summary.failed.size(), summary.cancelled ? ", cancelled" : "");
    return summary;
}

void LibraryImport::start(const QStringList &files, Corrections::Place place)
{
    cancel();
    m_future.waitForFinished();
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    auto cancelled = m_cancel;
    // Signals of this object emitted on the pool thread reach their receivers queued.
    m_future = QtConcurrent::run([this, files, cancelled, place, path = m_path] {
        Library library(path);
        Summary summary;
        if (!library.isOpen()) {
            summary.error = library.error();
        } else if (library.isReadOnly()) {
            summary.error = library.notice();
        } else {
            emit progress(0, int(files.size()));
            summary = run(library, files, Knowledge::load(), place, [&](int done, int total) {
                emit progress(done, total);
                return !cancelled->load();
            });
        }
        emit finished(summary);
    });
}

void LibraryImport::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

bool LibraryImport::isRunning() const
{
    return m_future.isRunning();
}
