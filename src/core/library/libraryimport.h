#pragma once

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
// extracted, the articles written in batches of one transaction each, so that what was committed
// stays when the import is cancelled or the program killed. run() is the work, on the calling
// thread (the command line); start() runs it on the thread pool with a connection of its own and
// reports progress. Costs: reading and extracting each file (25 MB/s), plus about a tenth of that
// for writing its text, index and entities (tools/bench/bench_library measures both).
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

    // Imports `files` into `library`; `progress(done, total)` after each batch returns false to
    // stop (the batch written so far stays).
    static Summary run(Library &library, const QStringList &files,
                       std::shared_ptr<const Knowledge> knowledge,
                       const std::function<bool(int, int)> &progress = {});

    // On the thread pool: progress() after each batch, finished() at the end.
    void start(const QStringList &files);
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
