#pragma once

#include "core/entities/entity.h"

#include <QObject>
#include <QString>

#include <memory>
#include <optional>

class LibraryImport;
class LibraryTableModel;
class LibraryWindow;
class LibraryWorker;
class MainWindow;
class QAction;
class QTimer;
struct LibraryRemoved;

// Ties a main window to the library: keeps each article the window opens (when its entities are
// in, and again when they are corrected, unless the setting says not to), keeps where the reader
// is in it, and runs the library window (File > Library, Ctrl+Shift+L) and the sidebar's "In Other
// Articles". Every query goes through a LibraryWorker, so the window never waits on the file; an
// import runs on the thread pool with its own connection. While the library window is shown, its
// table follows what other writers (another window, another instance) add, polled every two
// seconds. The main window only constructs it.
class LibraryController final : public QObject
{
    Q_OBJECT
public:
    // `path` empty: the library in the data directory (Library::defaultPath()).
    explicit LibraryController(MainWindow *window, const QString &path = {});
    ~LibraryController() override;

    // Shows the library window, raised.
    void showLibrary();
    // Shows the articles that mention an entity, and who appears alongside.
    void showEntity(const QString &name, EntityType type);
    LibraryWindow *libraryWindow() const { return m_libraryWindow; }
    QAction *libraryAction() const { return m_libraryAction; }
    LibraryWorker *worker() const { return m_worker; }

signals:
    // The library changed through this controller (an article kept, removed, imported).
    void libraryChanged();

private:
    void keepArticle();
    void savePosition(const QString &key, qsizetype position);
    void refresh();
    // While the library window is shown: whether another connection wrote to the library (a
    // second window, an import, another instance); if so, the table is read again.
    void checkForChanges();
    void open(qint64 id);
    void search(const QString &query);
    void filterEntities(const QString &filter);
    void remove(const QList<qint64> &ids);
    void undoRemove();
    void import(const QString &folder);
    LibraryWindow *ensureWindow();

    MainWindow *m_window = nullptr;
    LibraryWorker *m_worker = nullptr;
    LibraryTableModel *m_model = nullptr;
    LibraryWindow *m_libraryWindow = nullptr;
    LibraryImport *m_import = nullptr;
    QAction *m_libraryAction = nullptr;
    QAction *m_otherArticles = nullptr;
    std::shared_ptr<LibraryRemoved> m_removed; // what Undo Remove restores
    QString m_notice;
    quint64 m_searchGeneration = 0;      // the answer to the latest search only is shown
    QTimer *m_changes = nullptr;         // polls the library while its window is shown
    std::optional<qint64> m_changeCount; // Library::changeCount() when the table was last read
};
