#pragma once

#include "core/entities/corrections.h"

#include <QFuture>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>

class Knowledge;
class Library;

// Imports files into the library: each read as the reader reads it (ArticleLoader), its entities
// extracted and the reader's corrections to it applied, the articles written in batches of one
// transaction each, so that what was committed stays when the import is cancelled or the
// program killed. run() is the work: it writes on the calling thread (the command line) while a
// thread of its own reads and extracts the next batch; start() runs it on the thread pool with a
// connection of its own and reports progress. Costs: reading and extracting each file, and
// writing its text, full-text index and entities, which overlap; at most three batches are in
// memory (tools/bench/bench_library measures the import against the extraction alone).
class LibraryImport final : public QObject
{
    Q_OBJECT
public:
    struct Failure
    {
        QString file;
        QString error;
    };
    struct Summary
    {
        int added = 0;
        QList<Failure> failed;
        bool cancelled = false;
        QString error; // the library could not be written: the import stopped
    };
    static constexpr int BatchSize = 25;

    explicit LibraryImport(const QString &libraryPath, QObject *parent = nullptr);
    ~LibraryImport() override; // cancels and waits

    // The articles of a folder and its subfolders: .txt, .md, .markdown, .html, .htm; sorted.
    static QStringList filesIn(const QString &folder);

    // Imports `files` into `library`, each with the corrections the reader made to it (kept at
    // `place`, as the window finds them); `progress(done, total)` after each batch returns false
    // to stop (the batches written so far stay).
    static Summary run(Library &library, const QStringList &files,
                       std::shared_ptr<const Knowledge> knowledge,
                       Corrections::Place place = Corrections::Place::DataDirectory,
                       const std::function<bool(int, int)> &progress = {});

    // On the thread pool: progress() after each batch, finished() at the end.
    void start(const QStringList &files,
               Corrections::Place place = Corrections::Place::DataDirectory);
    void cancel();
    bool isRunning() const;

signals:
    void progress(int done, int total);
    void finished(const LibraryImport::Summary &summary);

private:
    QString m_path;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    QFuture<void> m_future;
};

Q_DECLARE_METATYPE(LibraryImport::Summary)
