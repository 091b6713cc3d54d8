#include "core/session/readersettings.h"

#include <QCryptographicHash>
#include <QSettings>

namespace {

// The keys, as earlier versions wrote them.
constexpr QLatin1StringView GeometryKey("window/geometry");
constexpr QLatin1StringView SplitterKey("window/splitter");
constexpr QLatin1StringView LeftSplitterKey("window/leftSplitter");
constexpr QLatin1StringView ZoomKey("view/zoom");
constexpr QLatin1StringView SortKey("view/sort");
constexpr QLatin1StringView KeepInLibraryKey("library/keep");
constexpr QLatin1StringView LastFileKey("lastFile");
constexpr QLatin1StringView RecentFilesKey("recentFiles");
constexpr QLatin1StringView ReaderViewGroup("readerView/");

// A document's key in a group: a path or an address holds characters QSettings reads as groups.
QString documentKey(QLatin1StringView group, const QString &source)
{
    return group
           + QString::fromLatin1(
               QCryptographicHash::hash(source.toUtf8(), QCryptographicHash::Sha1).toHex());
}

} // namespace

ReaderSettings::ReaderSettings(QObject *parent)
    : QObject(parent)
{}

QByteArray ReaderSettings::windowGeometry() const
{
    return QSettings().value(GeometryKey).toByteArray();
}

void ReaderSettings::setWindowGeometry(const QByteArray &geometry)
{
    QSettings().setValue(GeometryKey, geometry);
}

QByteArray ReaderSettings::mainSplitter() const
{
    return QSettings().value(SplitterKey).toByteArray();
}

void ReaderSettings::setMainSplitter(const QByteArray &state)
{
    QSettings().setValue(SplitterKey, state);
}

QByteArray ReaderSettings::leftSplitter() const
{
    return QSettings().value(LeftSplitterKey).toByteArray();
}

void ReaderSettings::setLeftSplitter(const QByteArray &state)
{
    QSettings().setValue(LeftSplitterKey, state);
}

int ReaderSettings::zoomSteps() const
{
    return QSettings().value(ZoomKey, 0).toInt();
}

void ReaderSettings::setZoomSteps(int steps)
{
    QSettings().setValue(ZoomKey, steps);
}

bool ReaderSettings::keepInLibrary() const
{
    return QSettings().value(KeepInLibraryKey, true).toBool();
}

void ReaderSettings::setKeepInLibrary(bool keep)
{
    QSettings().setValue(KeepInLibraryKey, keep);
}

int ReaderSettings::sortOrder() const
{
    return QSettings().value(SortKey, 0).toInt();
}

void ReaderSettings::setSortOrder(int order)
{
    QSettings().setValue(SortKey, order);
}

QString ReaderSettings::lastFile() const
{
    return QSettings().value(LastFileKey).toString();
}

void ReaderSettings::setLastFile(const QString &path)
{
    QSettings().setValue(LastFileKey, path);
}

bool ReaderSettings::readerView(const QString &source) const
{
    return QSettings().value(documentKey(ReaderViewGroup, source), true).toBool();
}

void ReaderSettings::setReaderView(const QString &source, bool on)
{
    // Only the exceptions are kept: the reader view is where every page starts.
    if (on)
        QSettings().remove(documentKey(ReaderViewGroup, source));
    else
        QSettings().setValue(documentKey(ReaderViewGroup, source), false);
}

QStringList ReaderSettings::recentFiles() const
{
    return QSettings().value(RecentFilesKey).toStringList();
}

void ReaderSettings::addRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > MaxRecentFiles)
        files.removeLast();
    QSettings().setValue(RecentFilesKey, files);
    emit recentFilesChanged();
}

void ReaderSettings::removeRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    if (files.removeAll(path) == 0)
        return;
    QSettings().setValue(RecentFilesKey, files);
    emit recentFilesChanged();
}

void ReaderSettings::clearRecentFiles()
{
    QSettings().remove(RecentFilesKey);
    emit recentFilesChanged();
}
