#pragma once

#include "core/document/article.h"

#include <QMainWindow>

#include <memory>

class ArticleExporter;
class ArticleSession;
class ArticleView;
class CorrectionController;
class EntityList;
class EntityListModel;
class EntitySelection;
class EntitySidebar;
class FindBar;
class HighlightController;
class LibraryController;
class Knowledge;
class MentionContextPanel;
class MentionNavigator;
class OverviewRuler;
class QListView;
class QMessageBox;
class QProgressBar;
class QSplitter;
class QTimer;
class QUndoStack;
class ReaderActions;
class ReaderSettings;
class ReadingPositions;
class ReadingState;
struct TextSettings;
class SourceController;
class StatusMessages;

// The reader's window: the article in the middle with its overview ruler, the people and places
// beside it with the mentions of the followed one in context, and the mention navigation in the
// tool bar. It lays the widgets out and wires them to the state they show: the open article
// (ArticleSession), where the reader is in it (ReadingState), the settings (ReaderSettings).
// Menus and keys are ReaderActions', corrections CorrectionController's, highlights
// HighlightController's, where the article comes from (files, web addresses, the clipboard)
// SourceController's. What stays here: the layout, drops, the status bar, About, and the
// forwarders that main.cpp and the tests use.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    // A null knowledge is loaded on the worker thread the first time it is needed.
    explicit MainWindow(std::shared_ptr<const Knowledge> knowledge = {}, QWidget *parent = nullptr);
    ~MainWindow() override;

    // An article from no file: the built-in one, standard input.
    void showArticle(const Article &article);
    // Loads a file and shows it; on failure tells the user and keeps the current article.
    bool openFile(const QString &path);
    // Starts fetching a web address; its article shows when it is read. On failure tells the
    // user and keeps the current article. False when the text is no http(s) address.
    bool openAddress(const QString &address);
    // A file or a web address, as the command line and the recent list give them.
    bool openSource(const QString &fileOrAddress);
    // Shows an article read from `path` (its corrections are the ones kept for that file),
    // without remembering it among the recent files: --screenshot FILE.
    void showFile(const Article &article, const QString &path);
    // Opens the article read last time, if it is still there.
    bool reopenLastArticle();
    // Selects the entity with this display name (case-insensitive); false if there is none.
    bool selectEntityByName(const QString &name);
    // Follows several entities by name, the last one stepped; returns a name not found, if any.
    QString selectEntitiesByName(const QStringList &names);
    // Follows these entities side by side (ids as in EntityList); the last is the one stepped.
    void selectEntities(const QStringList &ids, const QString &currentId);

    // A window nobody looks at (--screenshot) opens no dialog: what one would say is logged.
    void setInteractive(bool interactive) { m_interactive = interactive; }
    bool isInteractive() const { return m_interactive; }
    // The warning that stored corrections were not applied, while it is shown; else nullptr.
    QMessageBox *correctionsWarningBox() const { return m_warningBox; }

    ArticleSession *session() const { return m_session; }
    ReadingState *reading() const { return m_reading; }
    ReaderSettings *settings() const { return m_settings; }
    EntityListModel *entityModel() const { return m_model; }
    CorrectionController *correctionController() const { return m_corrections; }
    LibraryController *library() const { return m_library; }
    SourceController *source() const { return m_source; }
    ReaderActions *actions() const { return m_actions; }

    const Article &article() const;
    const EntityList &entities() const;
    const MentionNavigator &navigator() const;
    const EntitySelection &selection() const;
    QString selectedEntityId() const;
    ArticleView *articleView() const { return m_view; }
    ReadingPositions *readingPositions() const { return m_positions; }
    EntitySidebar *sidebar() const { return m_sidebar; }
    OverviewRuler *ruler() const { return m_ruler; }
    FindBar *findBar() const { return m_findBar; }
    QListView *contextView() const;
    // What the mentions-in-context list says while it is empty.
    QString contextPlaceholderText() const;
    QString currentFile() const;
    bool isExtracting() const;
    QStringList recentFiles() const;
    QList<QAction *> shortcutActions() const;
    bool isSidebarVisible() const;

    QString correctionsPath() const;
    QUndoStack *undoStack() const;
    // Export the (corrected) entities: JSON or CSV by the file's suffix; the article as HTML.
    bool exportEntities(const QString &path, QString *error = nullptr);
    bool exportArticleHtml(const QString &path, QString *error = nullptr);

signals:
    // The sidebar holds the entities of the article now shown.
    void entitiesReady();

public slots:
    void nextMention();
    void previousMention();
    void clearSelection();
    // Esc: stops a web address being loaded, else clears the highlight.
    void stopOrClear();
    void open();
    void openAddressInteractively();
    void pasteArticle();
    void reload();
    void goBack();
    void goForward();
    void setZoom(int steps);
    // The sidebar beside the text, or the text alone (distraction-free); remembered.
    void setSidebarVisible(bool visible);
    // View > Text Settings: font, size, line width and spacing, colours; remembered.
    void showTextSettings();
    void applyTextSettings(const TextSettings &text);
    void showShortcuts();
    void showAbout();
    void exportEntitiesInteractively();
    void exportHtmlInteractively();
    void copyEntityList();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createLayout();
    void connectState();
    void articleChanged();
    void showEntities();
    void extractionStarted();
    void extractionFinished();
    void syncSidebar();
    void showCorrectionsWarning(const QString &message);
    void textHovered(qsizetype position, const QPoint &globalPos);
    QString exportBaseName() const;

    ReaderSettings *m_settings = nullptr;
    ArticleSession *m_session = nullptr;
    EntityListModel *m_model = nullptr;
    ReadingState *m_reading = nullptr;

    EntitySidebar *m_sidebar = nullptr;
    MentionContextPanel *m_contextPanel = nullptr;
    ArticleView *m_view = nullptr;
    OverviewRuler *m_ruler = nullptr;
    FindBar *m_findBar = nullptr;
    QSplitter *m_splitter = nullptr;
    QSplitter *m_leftSplitter = nullptr;
    QProgressBar *m_busy = nullptr;
    HighlightController *m_highlights = nullptr;
    ReadingPositions *m_positions = nullptr;
    CorrectionController *m_corrections = nullptr;
    LibraryController *m_library = nullptr;
    ArticleExporter *m_exporter = nullptr;
    ReaderActions *m_actions = nullptr;
    SourceController *m_source = nullptr;
    StatusMessages *m_status = nullptr;
    QMessageBox *m_warningBox = nullptr;
    bool m_interactive = true;
};
