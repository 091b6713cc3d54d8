#pragma once

#include "core/library/library.h"

#include <QWidget>

class LibraryTableModel;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTableView;
class QTreeWidget;

// The library window (File > Library): the table of articles kept, sortable and filterable; a
// full-text search with the words found marked in each snippet; and the people, places and
// organizations of the whole library, each with the articles that mention it and who appears
// alongside. It shows what it is given and forwards what the reader asks for; the queries run in
// LibraryController, off the UI thread.
class LibraryWindow final : public QWidget
{
    Q_OBJECT
public:
    explicit LibraryWindow(LibraryTableModel *model, QWidget *parent = nullptr);

    void showSearchHits(const QString &query, const QList<LibrarySearchHit> &hits);
    void showEntityIndex(const QList<LibraryEntity> &entities);
    // The articles that mention `name`, and who appears alongside; switches to that page.
    void showLookup(const QString &name, const LibraryLookup &lookup);
    void setImportProgress(int done, int total); // total 0: no import running
    void setStatus(const QString &message);
    // Offers to undo the last removal.
    void setUndoAvailable(bool available);
    void setKeeping(bool keep);

signals:
    void searchRequested(const QString &query);
    void entityFilterChanged(const QString &filter);
    void lookupRequested(const QString &name, EntityType type);
    void openRequested(qint64 id);
    void removeRequested(const QList<qint64> &ids);
    void undoRemoveRequested();
    void importRequested(const QString &folder);
    void cancelImportRequested();
    void keepingChanged(bool keep);

private:
    QWidget *createArticlesPage();
    QWidget *createSearchPage();
    QWidget *createEntitiesPage();
    QList<qint64> selectedIds() const;

    LibraryTableModel *m_model = nullptr;
    QTabWidget *m_tabs = nullptr;
    QLineEdit *m_filter = nullptr;
    QTableView *m_table = nullptr;
    QLineEdit *m_search = nullptr;
    QTreeWidget *m_hits = nullptr;
    QLineEdit *m_entityFilter = nullptr;
    QTreeWidget *m_entities = nullptr;
    QLabel *m_lookupTitle = nullptr;
    QTreeWidget *m_occurrences = nullptr;
    QTreeWidget *m_companions = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_undo = nullptr;
    QLabel *m_status = nullptr;
    class QCheckBox *m_keep = nullptr;
};
