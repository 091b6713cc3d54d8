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

LibraryImport::Summary LibraryImport::run(Library &library, const QStringList &files,
                                          std::shared_ptr<const Knowledge> knowledge,
                                          const std::function<bool(int, int)> &progress)
{
    QElapsedTimer timer;
    timer.start();
    Summary summary;
    const EntityExtractor extractor(std::move(knowledge));
    QList<std::pair<Article, EntityList>> batch;
    int done = 0;
    const int total = int(files.size());
    const auto flush = [&]() {
        if (batch.isEmpty())
            return true;
        const auto written = library.addAll(batch, false);
        if (!written.ok()) {
            summary.error = written.error;
            return false;
        }
        summary.added += *written.value;
        batch.clear();
        return true;
    };
    for (const QString &file : files) {
        const LoadResult loaded = ArticleLoader::loadFile(file);
        ++done;
        if (!loaded.ok()) {
            summary.failed.append({file, loaded.error});
        } else {
            EntityList entities = extractor.extract(loaded.article->text);
            batch.append({*loaded.article, std::move(entities)});
        }
        if (batch.size() >= BatchSize || done == total) {
            if (!flush())
                break;
            if (progress && !progress(done, total)) {
                summary.cancelled = done < total;
                break;
            }
        }
    }
    spdlog::info("library: imported {} of {} files in {} ms ({} failed{})", summary.added, total,
                 timer.elapsed(), summary.failed.size(), summary.cancelled ? ", cancelled" : "");
    return summary;
}

void LibraryImport::start(const QStringList &files)
{
    cancel();
    m_future.waitForFinished();
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    auto cancelled = m_cancel;
    // Signals of this object emitted on the pool thread reach their receivers queued.
    m_future = QtConcurrent::run([this, files, cancelled, path = m_path] {
        Library library(path);
        Summary summary;
        if (!library.isOpen()) {
            summary.error = library.error();
        } else if (library.isReadOnly()) {
            summary.error = library.notice();
        } else {
            emit progress(0, int(files.size()));
            summary = run(library, files, Knowledge::load(), [&](int done, int total) {
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
