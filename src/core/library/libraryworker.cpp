#include "core/library/libraryworker.h"

#include <QThread>

LibraryWorker::LibraryWorker(const QString &path, QObject *parent)
    : QObject(parent)
    , m_path(path)
    , m_thread(new QThread(this))
    , m_inThread(new QObject)
{
    m_thread->setObjectName(QStringLiteral("library"));
    m_inThread->moveToThread(m_thread);
    m_thread->start();
    QMetaObject::invokeMethod(m_inThread, [this] {
        m_library = std::make_unique<Library>(m_path);
        emit opened(m_library->notice(), m_library->error(), m_library->isReadOnly());
    });
}

LibraryWorker::~LibraryWorker()
{
    // Queued after every job so far: they run, then the connection closes on its own thread.
    QMetaObject::invokeMethod(
        m_inThread, [this] { m_library.reset(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_inThread;
}

void LibraryWorker::post(std::function<void(Library &)> job)
{
    QMetaObject::invokeMethod(m_inThread, [this, job = std::move(job)] { job(*m_library); });
}
