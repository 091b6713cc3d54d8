#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QStringList>

// The reader's settings behind typed accessors, one key each (as Zeal's Core::Settings): the
// window's geometry and splitters, zoom, sort order, recent files and the last article, the
// reader view of each web page. Every
// read and write goes to QSettings (the platform's store, a few microseconds a call), so that
// several windows, each with its own ReaderSettings, see each other's changes; an instance
// signals the changes made through it.
class ReaderSettings final : public QObject
{
    Q_OBJECT
public:
    static constexpr int MaxRecentFiles = 10;

    explicit ReaderSettings(QObject *parent = nullptr);

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

    // Whether each article opened is kept in the library (default on).
    bool keepInLibrary() const;
    void setKeepInLibrary(bool keep);

    // Most recent first, at most MaxRecentFiles, no duplicates.
    QStringList recentFiles() const;
    void addRecentFile(const QString &path);
    void removeRecentFile(const QString &path);
    void clearRecentFiles();

signals:
    void recentFilesChanged();
};
