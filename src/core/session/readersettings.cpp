#include "core/session/readersettings.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QPointer>
#include <QSettings>
#include <QTimer>

#include <algorithm>
#include <mutex>

namespace {

// The keys, as earlier versions wrote them.
constexpr QLatin1StringView GeometryKey("window/geometry");
constexpr QLatin1StringView SplitterKey("window/splitter");
constexpr QLatin1StringView LeftSplitterKey("window/leftSplitter");
constexpr QLatin1StringView ZoomKey("view/zoom");
constexpr QLatin1StringView SortKey("view/sort");
constexpr QLatin1StringView KeepInLibraryKey("library/keep");
constexpr QLatin1StringView CorrectionsBesideKey("corrections/besideArticle");
constexpr QLatin1StringView LastFileKey("lastFile");
constexpr QLatin1StringView RecentFilesKey("recentFiles");
constexpr QLatin1StringView ReaderViewGroup("readerView/");
constexpr QLatin1StringView ReadingPositionsKey("readingPositions");
constexpr QLatin1StringView SidebarKey("view/sidebar");
constexpr QLatin1StringView FontFamilyKey("text/family");
constexpr QLatin1StringView FontSizeKey("text/size");
constexpr QLatin1StringView LineWidthKey("text/lineWidth");
constexpr QLatin1StringView LineSpacingKey("text/lineSpacing");
constexpr QLatin1StringView ThemeKey("text/theme");
constexpr QLatin1StringView ThemeNames[] = {QLatin1StringView("system"), QLatin1StringView("light"),
                                            QLatin1StringView("sepia"), QLatin1StringView("dark")};

// A document's key in a group: a path or an address holds characters QSettings reads as groups.
QString documentKey(QLatin1StringView group, const QString &source)
{
    return group
           + QString::fromLatin1(
               QCryptographicHash::hash(source.toUtf8(), QCryptographicHash::Sha1).toHex());
}

// Every ReaderSettings of the process. A change made through one is signalled by each, so that
// every window follows it at once (a second window's menu and session, not only at its next
// start). The list is guarded for instances made on other threads; the signals reach receivers
// on other threads queued, as Qt delivers any signal.
std::mutex instancesMutex;
QList<ReaderSettings *> instances;

// Calls `signal(s)` for each live instance.
template<typename Signal>
void signalEach(Signal signal)
{
    QList<QPointer<ReaderSettings>> live;
    {
        const std::lock_guard lock(instancesMutex);
        for (ReaderSettings *s : std::as_const(instances))
            live.append(s);
    }
    for (const QPointer<ReaderSettings> &s : std::as_const(live)) {
        if (s)
            signal(s.data());
    }
}

} // namespace

ReaderSettings::ReaderSettings(QObject *parent)
    : QObject(parent)
{
    const std::lock_guard lock(instancesMutex);
    instances.append(this);
}

ReaderSettings::~ReaderSettings()
{
    const std::lock_guard lock(instancesMutex);
    instances.removeOne(this);
}

// One list, most recent first, of "<sha1 of the source> <position>": bounded, and no key per
// article left behind.
qsizetype ReaderSettings::readingPosition(const QString &source) const
{
    const QString key = documentKey(QLatin1StringView(), source) + u' ';
    const QStringList entries = QSettings().value(ReadingPositionsKey).toStringList();
    for (const QString &entry : entries) {
        if (entry.startsWith(key)) {
            bool ok = false;
            const qsizetype position = entry.sliced(key.size()).toLongLong(&ok);
            return ok && position >= 0 ? position : -1;
        }
    }
    return -1;
}

void ReaderSettings::setReadingPosition(const QString &source, qsizetype position)
{
    const QString key = documentKey(QLatin1StringView(), source) + u' ';
    QStringList entries = QSettings().value(ReadingPositionsKey).toStringList();
    entries.removeIf([&key](const QString &entry) { return entry.startsWith(key); });
    entries.prepend(key + QString::number(position));
    while (entries.size() > MaxReadingPositions)
        entries.removeLast();
    QSettings().setValue(ReadingPositionsKey, entries);
}

TextSettings ReaderSettings::textSettings() const
{
    const QSettings settings;
    TextSettings text;
    text.family = settings.value(FontFamilyKey).toString();
    text.pointSize = std::clamp(settings.value(FontSizeKey, 0.0).toDouble(), 0.0, 72.0);
    text.lineWidth = std::clamp(settings.value(LineWidthKey, text.lineWidth).toInt(),
                                TextSettings::MinLineWidth, TextSettings::MaxLineWidth);
    text.lineSpacing = std::clamp(settings.value(LineSpacingKey, text.lineSpacing).toInt(),
                                  TextSettings::MinLineSpacing, TextSettings::MaxLineSpacing);
    const QString theme = settings.value(ThemeKey).toString();
    for (int i = 0; i < 4; ++i) {
        if (theme == ThemeNames[i])
            text.theme = TextSettings::Theme(i);
    }
    return text;
}

void ReaderSettings::setTextSettings(const TextSettings &text)
{
    if (text == textSettings())
        return;
    QSettings settings;
    settings.setValue(FontFamilyKey, text.family);
    settings.setValue(FontSizeKey, text.pointSize);
    settings.setValue(LineWidthKey, text.lineWidth);
    settings.setValue(LineSpacingKey, text.lineSpacing);
    settings.setValue(ThemeKey, ThemeNames[int(text.theme)]);
    signalEach([&text](ReaderSettings *s) {
        s->m_text = text;
        emit s->textSettingsChanged();
    });
}

bool ReaderSettings::sidebarVisible() const
{
    return QSettings().value(SidebarKey, true).toBool();
}

void ReaderSettings::setSidebarVisible(bool visible)
{
    QSettings().setValue(SidebarKey, visible);
}

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

Corrections::Place ReaderSettings::correctionsPlace() const
{
    return QSettings().value(CorrectionsBesideKey, false).toBool()
               ? Corrections::Place::BesideArticle
               : Corrections::Place::DataDirectory;
}

void ReaderSettings::setCorrectionsPlace(Corrections::Place place)
{
    if (place == correctionsPlace())
        return;
    QSettings().setValue(CorrectionsBesideKey, place == Corrections::Place::BesideArticle);
    signalEach([place](ReaderSettings *s) {
        s->m_place = place;
        emit s->correctionsPlaceChanged(place);
    });
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
    signalRecentFiles();
}

void ReaderSettings::removeRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    if (files.removeAll(path) == 0)
        return;
    QSettings().setValue(RecentFilesKey, files);
    signalRecentFiles();
}

void ReaderSettings::clearRecentFiles()
{
    QSettings().remove(RecentFilesKey);
    signalRecentFiles();
}

void ReaderSettings::signalRecentFiles()
{
    signalEach([files = recentFiles()](ReaderSettings *s) {
        s->m_recent = files;
        emit s->recentFilesChanged();
    });
}

void ReaderSettings::followOtherProcesses()
{
    if (m_watcher)
        return;
    m_text = textSettings();
    m_place = correctionsPlace();
    m_recent = recentFiles();
    const QFileInfo file(QSettings().fileName());
    // QSettings writes a new file and renames it over the old one: the folder is watched for
    // that, the file for writes in place.
    QDir().mkpath(file.absolutePath());
    m_watcher = new QFileSystemWatcher(this);
    m_watcher->addPath(file.absolutePath());
    if (file.exists())
        m_watcher->addPath(file.absoluteFilePath());
    m_settle = new QTimer(this);
    m_settle->setSingleShot(true);
    m_settle->setInterval(200);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, m_settle, qOverload<>(&QTimer::start));
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, m_settle, qOverload<>(&QTimer::start));
    connect(m_settle, &QTimer::timeout, this, &ReaderSettings::readOtherProcessesChanges);
}

void ReaderSettings::readOtherProcessesChanges()
{
    const QFileInfo file(QSettings().fileName());
    if (file.exists() && !m_watcher->files().contains(file.absoluteFilePath()))
        m_watcher->addPath(file.absoluteFilePath());
    QSettings().sync(); // reads what another process wrote since
    if (const TextSettings text = textSettings(); !(text == m_text)) {
        m_text = text;
        emit textSettingsChanged();
    }
    if (const Corrections::Place place = correctionsPlace(); place != m_place) {
        m_place = place;
        emit correctionsPlaceChanged(place);
    }
    if (const QStringList files = recentFiles(); files != m_recent) {
        m_recent = files;
        emit recentFilesChanged();
    }
}
