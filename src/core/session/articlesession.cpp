#include "core/session/articlesession.h"

#include "core/extraction/entityextractor.h"
#include "core/extraction/knowledge.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QFutureWatcher>
#include <QLockFile>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <spdlog/spdlog.h>

#include <mutex>
#include <optional>

// The gazetteers, loaded once, on whichever thread first needs them.
struct ArticleSession::KnowledgeSlot
{
    std::once_flag once;
    std::shared_ptr<const Knowledge> knowledge;

    std::shared_ptr<const Knowledge> get()
    {
        std::call_once(once, [this] {
            if (!knowledge)
                knowledge = Knowledge::load();
        });
        return knowledge;
    }
};

ArticleSession::ArticleSession(std::shared_ptr<const Knowledge> knowledge, QObject *parent)
    : QObject(parent)
    , m_knowledge(std::make_shared<KnowledgeSlot>())
    , m_watcher(new QFutureWatcher<Extraction>(this))
    , m_fileWatcher(new QFileSystemWatcher(this))
    , m_fileSettle(new QTimer(this))
{
    // Writers save by replacing the file: wait until it settles, then read it once.
    m_fileSettle->setSingleShot(true);
    m_fileSettle->setInterval(150);
    connect(m_fileWatcher, &QFileSystemWatcher::fileChanged, m_fileSettle,
            qOverload<>(&QTimer::start));
    connect(m_fileWatcher, &QFileSystemWatcher::directoryChanged, m_fileSettle,
            qOverload<>(&QTimer::start));
    connect(m_fileSettle, &QTimer::timeout, this, &ArticleSession::correctionsFileChanged);
    m_knowledge->knowledge = std::move(knowledge);
    connect(m_watcher, &QFutureWatcher<Extraction>::finished, this,
            &ArticleSession::extractionFinished);
}

ArticleSession::~ArticleSession()
{
    m_watcher->waitForFinished();
}

ArticleSession::Extraction ArticleSession::extract(const Article &article, const QString &path,
                                                   std::shared_ptr<const Knowledge> knowledge,
                                                   Corrections::Place place)
{
    Extraction result;
    result.extracted = EntityExtractor(std::move(knowledge)).extract(article.text);
    static_cast<CorrectedEntities &>(result) = Corrections::stored(article.text, article.source,
                                                                   path, result.extracted, place);
    return result;
}

void ArticleSession::open(const Article &article, const QString &path)
{
    m_article = article;
    m_path = path;
    m_extracted = {};
    m_entities = {};
    m_corrections = {};
    m_base = {};
    m_location = {};
    m_skipped = 0;
    m_reanchored = false;
    m_problem = CorrectionsLoad::Problem::None;
    m_extracting = true;
    unwatchCorrections();
    emit articleChanged();

    const quint64 generation = ++m_generation;
    m_watcher->setProperty("generation", generation);
    m_watcher->setFuture(QtConcurrent::run([slot = m_knowledge, article, path, place = m_place] {
        return extract(article, path, slot->get(), place);
    }));
    emit extractionStarted();
}

void ArticleSession::extractionFinished()
{
    // A result for an article that is no longer open is dropped.
    if (m_watcher->property("generation").toULongLong() != m_generation)
        return;
    Extraction result = m_watcher->result();
    m_extracted = std::move(result.extracted);
    m_entities = std::move(result.entities);
    m_corrections = std::move(result.corrections);
    m_location = std::move(result.location);
    // The merge's base is what the file written to held: nothing, when the corrections were read
    // from elsewhere (the other place, a moved file's, beside a read-only folder).
    m_base = m_corrections;
    if (m_location.readPath != m_location.writePath)
        m_base.clear();
    m_skipped = result.skipped;
    m_reanchored = result.reanchored;
    m_problem = result.problem;
    m_extracting = false;
    watchCorrections();
    if (!result.warning.isEmpty()) {
        spdlog::warn("{}", result.warning.toStdString());
        const bool keptAside = m_problem != CorrectionsLoad::Problem::Unreadable;
        emit correctionsWarning(
            result.warning + u'\n'
            + (keptAside ? tr("The file is kept as %1.damaged when you next correct an entity.")
                               .arg(QFileInfo(m_location.readPath).fileName())
                         : tr("New corrections are kept in %1.")
                               .arg(QDir::toNativeSeparators(m_location.fallbackPath))));
    }
    emit entitiesChanged(Change::Extracted, QString());
}

bool ArticleSession::canCorrect(const Correction &correction) const
{
    return !m_extracting
           && (!m_extracted.isEmpty() || correction.kind == Correction::Kind::AddEntity);
}

void ArticleSession::applyCorrection(const Correction &correction)
{
    if (!canCorrect(correction))
        return;
    QList<Correction> operations = m_corrections.operations();
    operations.append(correction);
    commit(operations, correction.resultId());
}

void ArticleSession::revertCorrection(const Correction &correction)
{
    Corrections without = m_corrections;
    if (without.removeLatest(correction))
        commit(without.operations(), QString());
}

void ArticleSession::setCorrections(const QList<Correction> &operations)
{
    commit(operations, QString());
}

void ArticleSession::commit(const QList<Correction> &operations, const QString &focusId)
{
    Corrections mine = m_corrections;
    mine.setOperations(operations);
    // One writer at a time reads, merges and writes the file (another window, another instance).
    QLockFile lock(m_location.writePath + QStringLiteral(".lock"));
    const bool locked = !m_location.writePath.isEmpty()
                        && QFileInfo(m_location.writePath).dir().exists() && lock.tryLock(1000);
    if (m_problem == CorrectionsLoad::Problem::None) {
        // What another writer saved since this one last read or wrote the file is kept.
        const CorrectionsLoad disk = Corrections::load(m_location.writePath, mine.sha256());
        if (disk.ok())
            mine = Corrections::merged(m_base, mine, disk.corrections);
    }
    m_corrections = mine;
    m_entities = m_corrections.apply(m_extracted, m_article.text);
    emit entitiesChanged(Change::Corrected, focusId);
    save();
    if (locked)
        lock.unlock();
}

// Writes the corrections where they are kept: a file that could not be used is first moved out
// of the way (never written over), and a place that cannot be written gives way to the data
// directory.
bool ArticleSession::save()
{
    using Problem = CorrectionsLoad::Problem;
    if (m_problem == Problem::Unreadable) {
        m_location.writePath = m_location.fallbackPath; // what is there is left alone
    } else if (m_problem != Problem::None && QFileInfo::exists(m_location.readPath)) {
        QString why;
        if (Corrections::moveAside(m_location.readPath, &why).isEmpty()) {
            spdlog::warn("could not keep {} aside: {}", m_location.readPath.toStdString(),
                         why.toStdString());
            if (m_location.writePath == m_location.readPath)
                m_location.writePath = m_location.fallbackPath;
        }
    }
    m_problem = Problem::None;
    QString error;
    bool saved = m_corrections.save(m_location.writePath, &error);
    if (!saved && !m_location.fallbackPath.isEmpty()
        && m_location.fallbackPath != m_location.writePath
        && m_corrections.save(m_location.fallbackPath, nullptr)) {
        // Beside the article failed (a read-only mount, a full disk): the data directory.
        m_location.writePath = m_location.fallbackPath;
        saved = true;
    }
    if (!saved) {
        spdlog::warn("could not save corrections to {}: {}", m_location.writePath.toStdString(),
                     error.toStdString());
        emit saveFailed(error);
        return false;
    }
    m_base = m_corrections;
    Corrections::remember(m_location, m_corrections.sha256());
    // What the other place held was read and is kept here now: one copy, not two that part.
    if (!m_location.otherPath.isEmpty() && m_location.otherPath != m_location.writePath) {
        if (!QFile::remove(m_location.otherPath) && QFileInfo::exists(m_location.otherPath))
            spdlog::warn("could not remove {}", m_location.otherPath.toStdString());
        m_location.otherPath.clear();
    }
    watchCorrections();
    return true;
}

void ArticleSession::setCorrectionsPlace(Corrections::Place place)
{
    if (place == m_place)
        return;
    m_place = place;
    if (m_extracting || m_article.text.isEmpty())
        return;
    // The open article's corrections move at once; the watcher follows the new file.
    const QString before = m_location.writePath;
    CorrectionsLocation moved = Corrections::locate(m_path, m_article.source,
                                                    m_corrections.sha256(), place);
    if (moved.writePath == before)
        return;
    unwatchCorrections();
    moved.otherPath = QFileInfo::exists(before) ? before : QString();
    m_location = moved;
    m_problem = CorrectionsLoad::Problem::None;
    bool saved = true;
    if (m_corrections.isEmpty())
        watchCorrections();
    else
        saved = save();
    if (saved)
        emit correctionsPlaceChanged(m_location.writePath);
}

void ArticleSession::unwatchCorrections()
{
    if (!m_fileWatcher->files().isEmpty())
        m_fileWatcher->removePaths(m_fileWatcher->files());
    if (!m_fileWatcher->directories().isEmpty())
        m_fileWatcher->removePaths(m_fileWatcher->directories());
}

// The corrections file and its folder (the file may not exist yet, and a save replaces it).
void ArticleSession::watchCorrections()
{
    const QString file = m_location.writePath;
    if (file.isEmpty())
        return;
    const QString folder = QFileInfo(file).absolutePath();
    if (file == m_location.fallbackPath)
        QDir().mkpath(folder); // the data directory's: made before the first save is heard
    if (QFileInfo(folder).isDir() && !m_fileWatcher->directories().contains(folder))
        m_fileWatcher->addPath(folder);
    if (QFileInfo(file).isFile() && !m_fileWatcher->files().contains(file))
        m_fileWatcher->addPath(file);
}

// Another writer saved: what it added or took back comes in, and what this one did stays.
void ArticleSession::correctionsFileChanged()
{
    if (m_extracting || m_location.writePath.isEmpty())
        return;
    watchCorrections();
    const CorrectionsLoad disk = Corrections::load(m_location.writePath, m_corrections.sha256());
    if (!disk.ok() || disk.corrections.operations() == m_base.operations())
        return; // damaged by someone else (left for the next save to keep aside), or ours
    Corrections onDisk = m_corrections;
    onDisk.setOperations(disk.corrections.operations());
    const Corrections merged = Corrections::merged(m_base, m_corrections, onDisk);
    m_base = onDisk;
    if (merged.operations() == m_corrections.operations())
        return;
    const qsizetype before = m_corrections.size();
    m_corrections = merged;
    m_entities = m_corrections.apply(m_extracted, m_article.text);
    emit entitiesChanged(Change::Corrected, QString());
    emit correctionsMergedFromDisk(m_corrections.size() - before);
}
