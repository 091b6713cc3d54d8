#include "core/session/articlesession.h"

#include "core/extraction/entityextractor.h"
#include "core/extraction/knowledge.h"

#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

#include <spdlog/spdlog.h>

#include <mutex>

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
{
    m_knowledge->knowledge = std::move(knowledge);
    connect(m_watcher, &QFutureWatcher<Extraction>::finished, this,
            &ArticleSession::extractionFinished);
}

ArticleSession::~ArticleSession()
{
    m_watcher->waitForFinished();
}

ArticleSession::Extraction ArticleSession::extract(const Article &article, const QString &path,
                                                   std::shared_ptr<const Knowledge> knowledge)
{
    Extraction result;
    result.extracted = EntityExtractor(std::move(knowledge)).extract(article.text);
    result.correctionsPath = Corrections::storagePathFor(path, article.source);
    if (!QFileInfo::exists(result.correctionsPath)) {
        // Nothing to check against: the fingerprint (a SHA-256 of the whole text, tens of
        // milliseconds for 5 MB) waits for the first correction.
        result.corrections = Corrections(article.source, QString());
        result.entities = result.extracted;
        return result;
    }
    const QString sha = Corrections::fingerprint(article.text);
    const CorrectionsLoad loaded = Corrections::load(result.correctionsPath, sha);
    result.corrections = loaded.corrections;
    if (result.corrections.sha256().isEmpty())
        result.corrections = Corrections(article.source, sha);
    result.warning = loaded.warning;
    result.entities = result.corrections.apply(result.extracted, article.text, &result.skipped);
    return result;
}

void ArticleSession::open(const Article &article, const QString &path)
{
    m_article = article;
    m_path = path;
    m_extracted = {};
    m_entities = {};
    m_corrections = {};
    m_correctionsPath.clear();
    m_skipped = 0;
    m_correctionsDamaged = false;
    m_extracting = true;
    emit articleChanged();

    const quint64 generation = ++m_generation;
    m_watcher->setProperty("generation", generation);
    m_watcher->setFuture(QtConcurrent::run(
        [slot = m_knowledge, article, path] { return extract(article, path, slot->get()); }));
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
    m_correctionsPath = std::move(result.correctionsPath);
    m_skipped = result.skipped;
    m_correctionsDamaged = !result.warning.isEmpty();
    m_extracting = false;
    if (!result.warning.isEmpty()) {
        spdlog::warn("{}", result.warning.toStdString());
        emit correctionsWarning(result.warning + u'\n'
                                + tr("The file is kept as %1.damaged when you next correct an "
                                     "entity.")
                                      .arg(QFileInfo(m_correctionsPath).fileName()));
    }
    emit entitiesChanged(Change::Extracted, QString());
}

bool ArticleSession::canCorrect(const Correction &correction) const
{
    return !m_extracted.isEmpty() || correction.kind == Correction::Kind::AddEntity;
}

void ArticleSession::applyCorrection(const Correction &correction)
{
    if (!canCorrect(correction))
        return;
    if (m_corrections.sha256().isEmpty()) {
        Corrections withFingerprint(m_article.source, Corrections::fingerprint(m_article.text));
        withFingerprint.setOperations(m_corrections.operations());
        m_corrections = withFingerprint;
    }
    m_corrections.append(correction);
    correctionsChanged(correction.resultId());
}

void ArticleSession::revertLastCorrection()
{
    m_corrections.removeLast();
    correctionsChanged(QString());
}

void ArticleSession::setCorrections(const QList<Correction> &operations)
{
    m_corrections.setOperations(operations);
    correctionsChanged(QString());
}

// Replays the corrections onto the extraction, says so and saves them.
void ArticleSession::correctionsChanged(const QString &focusId)
{
    m_entities = m_corrections.apply(m_extracted, m_article.text);
    emit entitiesChanged(Change::Corrected, focusId);
    if (m_correctionsDamaged && QFileInfo::exists(m_correctionsPath)) {
        // Keep the damaged file for the reader instead of writing over it.
        QFile::remove(m_correctionsPath + QStringLiteral(".damaged"));
        QFile::rename(m_correctionsPath, m_correctionsPath + QStringLiteral(".damaged"));
    }
    m_correctionsDamaged = false;
    QString error;
    if (!m_corrections.save(m_correctionsPath, &error)) {
        // Beside the article failed (a read-only mount, a full disk): try the data directory.
        const QString fallback = Corrections::storagePathFor({}, m_article.source);
        if (fallback != m_correctionsPath && m_corrections.save(fallback, nullptr)) {
            m_correctionsPath = fallback;
        } else {
            spdlog::warn("could not save corrections to {}: {}", m_correctionsPath.toStdString(),
                         error.toStdString());
            emit saveFailed(error);
        }
    }
}
