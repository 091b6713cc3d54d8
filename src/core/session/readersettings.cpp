#include "core/session/readersettings.h"

#include <QSettings>

namespace {

// The keys, as earlier versions wrote them.
constexpr QLatin1StringView GeometryKey("window/geometry");
constexpr QLatin1StringView SplitterKey("window/splitter");
constexpr QLatin1StringView LeftSplitterKey("window/leftSplitter");
constexpr QLatin1StringView ZoomKey("view/zoom");
constexpr QLatin1StringView SortKey("view/sort");
constexpr QLatin1StringView LastFileKey("lastFile");
constexpr QLatin1StringView RecentFilesKey("recentFiles");

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
