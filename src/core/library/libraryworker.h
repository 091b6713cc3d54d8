#pragma once

#include "core/library/library.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPromise>
#include <QString>

#include <functional>
#include <memory>
#include <type_traits>

class QThread;

// The library off the UI thread: one Library (one connection) on a thread of its own, running the
// jobs it is given in order and handing each result back on the thread of the object that asked.
// A window's queries (a page of the table, a search, a look-up) and its writes (an article read,
// its position) go through it, so that the window never waits on the file; a result for an object
// that is gone is dropped. Costs a thread and its connection; a job costs what its query costs.
class LibraryWorker final : public QObject
{
    Q_OBJECT
public:
    explicit LibraryWorker(const QString &path, QObject *parent = nullptr);
    // Waits for the jobs queued so far, then closes the library.
    ~LibraryWorker() override;

    QString path() const { return m_path; }

    // Runs `job(library)` on the worker's thread, then `done(result)` on `context`'s thread
    // (unless `context` is destroyed first).
    template<typename Job, typename Done>
    void run(QObject *context, Job job, Done done)
    {
        using Result = std::invoke_result_t<Job, Library &>;
        auto promise = std::make_shared<QPromise<Result>>();
        auto *watcher = new QFutureWatcher<Result>(context);
        connect(watcher, &QFutureWatcherBase::finished, context, [watcher, done] {
            if (watcher->future().resultCount() > 0)
                done(watcher->result());
            watcher->deleteLater();
        });
        watcher->setFuture(promise->future());
        post([promise, job](Library &library) {
            promise->start();
            promise->addResult(job(library));
            promise->finish();
        });
    }
    // Runs `job(library)` on the worker's thread; nothing comes back.
    void post(std::function<void(Library &)> job);

signals:
    // The library was opened: `notice` says what the reader should know (a damaged file kept
    // aside, read-only because newer), `error` why it could not be opened; both may be empty.
    void opened(const QString &notice, const QString &error, bool readOnly);

private:
    QString m_path;
    QThread *m_thread = nullptr;
    QObject *m_inThread = nullptr;      // lives on m_thread: the queue's receiver
    std::unique_ptr<Library> m_library; // used on m_thread only
};
