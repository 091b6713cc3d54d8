#pragma once

#include "core/entities/corrections.h"

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QStringList>

class QFileSystemWatcher;
class QTimer;

// The reader's settings behind typed accessors, one key each (as Zeal's Core::Settings): the
// window's geometry and splitters, zoom, sort order, recent files and the last article, the
// reader view and the reading position of each article, whether the sidebar is shown. Every
// read and write goes to QSettings (the platform's store, a few microseconds a call), so that
// several windows, each with its own ReaderSettings, see each other's changes; a change made
// through any instance of the process is signalled by every instance, so that each window
// follows it at once.
// How the text is set (View > Text Settings): the font (empty family and size 0: the reader's
// serif at its size), the column's width in average characters, the line height in percent of
// the font's, and the colours (the system's, or light, sepia, dark inside the app).
struct TextSettings
{
    enum class Theme { System, Light, Sepia, Dark };
    QString family;
    double pointSize = 0;
    int lineWidth = 70;
    int lineSpacing = 150;
    Theme theme = Theme::System;

    static constexpr int MinLineWidth = 30;
    static constexpr int MaxLineWidth = 160;
    static constexpr int MinLineSpacing = 100;
    static constexpr int MaxLineSpacing = 250;
    bool operator==(const TextSettings &) const = default;
};

class ReaderSettings final : public QObject
{
    Q_OBJECT
public:
    static constexpr int MaxRecentFiles = 10;

    explicit ReaderSettings(QObject *parent = nullptr);
    ~ReaderSettings() override;

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray mainSplitter() const;
    void setMainSplitter(const QByteArray &state);
    QByteArray leftSplitter() const;
    void setLeftSplitter(const QByteArray &state);

    int zoomSteps() const;
    void setZoomSteps(int steps);
    // The sidebar's sort order as an index (0 mentions, 1 first appearance, 2 name).
    int sortOrder() const;
    void setSortOrder(int order);

    // The article read last, reopened at the next start.
    QString lastFile() const;
    void setLastFile(const QString &path);

    // For a web page (a file or an address): the reader view (true, the default) or the whole
    // page, as the reader chose it last for this document.
    bool readerView(const QString &source) const;
    void setReaderView(const QString &source, bool on);

    // Where the reader was in an article (the first position in view, UTF-16), by its source
    // (a path, an address, "builtin:..."); -1 when never read. The last MaxReadingPositions
    // articles are remembered.
    static constexpr int MaxReadingPositions = 100;
    qsizetype readingPosition(const QString &source) const;
    void setReadingPosition(const QString &source, qsizetype position);

    // Out-of-range values read back clamped, an unknown theme as System.
    TextSettings textSettings() const;
    void setTextSettings(const TextSettings &settings);

    // Whether the sidebar (entities and mentions in context) is shown beside the text.
    bool sidebarVisible() const;
    void setSidebarVisible(bool visible);

    // Whether each article opened is kept in the library (default on).
    bool keepInLibrary() const;
    void setKeepInLibrary(bool keep);

    // Where a file's corrections are kept: the data directory (the default) or beside the
    // article as "<article>.entities.json" (Edit > Correct Entities > Keep Corrections Beside
    // the Article). Read by the window and the command line alike.
    Corrections::Place correctionsPlace() const;
    void setCorrectionsPlace(Corrections::Place place);

    // Most recent first, at most MaxRecentFiles, no duplicates.
    QStringList recentFiles() const;
    void addRecentFile(const QString &path);
    void removeRecentFile(const QString &path);
    void clearRecentFiles();

    // Follows the changes another process (another Article Reader) makes to the settings file:
    // the signals below fire for them too, a fifth of a second after it writes. Costs a file
    // watcher on the settings file and its folder, and a few reads of the settings after each
    // write to them. The window calls it; the command line does not.
    void followOtherProcesses();

signals:
    void recentFilesChanged();
    void textSettingsChanged();
    void correctionsPlaceChanged(Corrections::Place place);

private:
    // recentFilesChanged() from every instance of the process.
    void signalRecentFiles();
    void readOtherProcessesChanges();

    QFileSystemWatcher *m_watcher = nullptr;
    QTimer *m_settle = nullptr;
    // What this instance last signalled (or read), to tell another process's change from none.
    TextSettings m_text;
    Corrections::Place m_place = Corrections::Place::DataDirectory;
    QStringList m_recent;
};
