#pragma once

#include "core/document/article.h"
#include "core/entities/corrections.h"
#include "core/entities/entitylist.h"

#include <QObject>
#include <QString>

#include <memory>

class Knowledge;
class QFileSystemWatcher;
class QTimer;
template<typename T>
class QFutureWatcher;

// One open article end to end: the article and the file it was read from, the knowledge, the
// extraction on a worker thread, the extracted and the corrected entity lists, and the reader's
// corrections with where they are kept. It decides what happens to the corrections file (read,
// kept aside when damaged, saved atomically, moved to the data directory when the article's
// folder cannot take it) and says so by signals; it shows nothing (the window turns the signals
// into messages, the command line into lines on stderr).
//
// Two windows on one article share its corrections file: the session watches it, merges what
// another writer saved (Corrections::merged: the corrections are an ordered log, and nothing the
// other writer added is dropped), and merges again just before it writes.
//
// Costs: open() copies the article (implicitly shared) and starts one task on the global thread
// pool, which extracts (25 MB/s), fingerprints the text (SHA-256, ~15 ms for 5 MB), reads the
// corrections file and replays it (linear in text and operations); a result for an article that
// is no longer open is dropped. A correction replays every correction onto the extraction, reads
// the file once more (to merge) and writes it.
class ArticleSession final : public QObject
{
    Q_OBJECT
public:
    enum class Change {
        Extracted, // a new extraction arrived (a new article, or the same one reloaded)
        Corrected, // a correction was made, undone or reset
    };
    Q_ENUM(Change)

    // What the worker found for one article: the extraction and the stored corrections on it.
    struct Extraction : CorrectedEntities
    {
        EntityList extracted;
    };

    // A null knowledge is loaded on the worker thread the first time it is needed.
    explicit ArticleSession(std::shared_ptr<const Knowledge> knowledge = {},
                            QObject *parent = nullptr);
    ~ArticleSession() override; // waits for a running extraction

    // Extracts the entities of `article` and applies the corrections kept for it, everything the
    // command line (`--entities`) and the window share. `path` is the file the article was read
    // from; empty for the built-in article and standard input.
    // `place`: where a file's corrections are kept (the reader's setting).
    static Extraction extract(const Article &article, const QString &path,
                              std::shared_ptr<const Knowledge> knowledge,
                              Corrections::Place place = Corrections::Place::DataDirectory);

    // Where a file's corrections are kept, for the articles opened from now on; the open
    // article's corrections move there at once (saved there, the old file removed), and
    // correctionsPlaceChanged() says where they went.
    void setCorrectionsPlace(Corrections::Place place);
    Corrections::Place correctionsPlace() const { return m_place; }

    // Makes `article` the open one and starts finding its entities; until they are in,
    // entities() is empty. `path` as for extract().
    void open(const Article &article, const QString &path = {});

    const Article &article() const { return m_article; }
    QString path() const { return m_path; }
    bool isExtracting() const { return m_extracting; }
    // What the extractor found, before the reader's corrections.
    const EntityList &extracted() const { return m_extracted; }
    // What the reader sees: the extraction with the corrections applied.
    const EntityList &entities() const { return m_entities; }
    const Corrections &corrections() const { return m_corrections; }
    // Where corrections are kept now (it may not exist yet).
    QString correctionsPath() const { return m_location.writePath; }
    // Why they are kept elsewhere than beside the article ("... is a link ..."), or empty.
    QString correctionsNote() const { return m_location.note; }
    // Of the corrections read with the article, how many no longer fit it.
    qsizetype skippedCorrections() const { return m_skipped; }
    // Whether the corrections were written for an earlier version of the text (the file was
    // edited) and placed again on this one: by name, and by their words nearest where they were.
    bool correctionsReanchored() const { return m_reanchored; }

    // Whether a correction can be made now: every kind needs the extraction, but marking a text
    // as a new entity.
    bool canCorrect(const Correction &correction) const;
    // Appends a correction, applies it and saves; entitiesChanged(Corrected, its result id).
    void applyCorrection(const Correction &correction);
    // Takes a correction back (the latest equal one: another window's may have come after it);
    // entitiesChanged(Corrected, {}).
    void revertCorrection(const Correction &correction);
    // Replaces every correction (Reset Corrections and its undo); entitiesChanged(Corrected, {}).
    void setCorrections(const QList<Correction> &operations);

signals:
    // A new article is open; its entities are not found yet.
    void articleChanged();
    void extractionStarted();
    // The entity list changed. `focusId` names the entity the change leaves the reader looking
    // at (the one renamed, split off or added), or is empty.
    void entitiesChanged(ArticleSession::Change change, const QString &focusId);
    // The stored corrections could not be applied (damaged, for another version of the article,
    // from a newer Article Reader); emitted before the entities that are shown instead.
    void correctionsWarning(const QString &message);
    // A correction was made but could not be saved anywhere; `message` says why.
    void saveFailed(const QString &message);
    // Another window (or program) changed this article's corrections; they are merged in.
    // `added` counts what came in (negative: what the other writer took back).
    void correctionsMergedFromDisk(qsizetype added);
    // The open article's corrections moved to `path` (setCorrectionsPlace()).
    void correctionsPlaceChanged(const QString &path);

private:
    struct KnowledgeSlot;

    void extractionFinished();
    // Makes `operations` the corrections (merged with what another writer saved meanwhile),
    // replays them, says so and saves.
    void commit(const QList<Correction> &operations, const QString &focusId);
    bool save();
    void watchCorrections();
    void unwatchCorrections();
    void correctionsFileChanged();

    std::shared_ptr<KnowledgeSlot> m_knowledge;
    QFutureWatcher<Extraction> *m_watcher = nullptr;
    quint64 m_generation = 0;
    bool m_extracting = false;

    Article m_article;
    QString m_path;
    EntityList m_extracted;
    EntityList m_entities;
    Corrections m_corrections;
    Corrections m_base; // what the file held when last read or written: the merge's base
    CorrectionsLocation m_location;
    CorrectionsLoad::Problem m_problem = CorrectionsLoad::Problem::None; // until the first save
    qsizetype m_skipped = 0;
    bool m_reanchored = false;
    Corrections::Place m_place = Corrections::Place::DataDirectory;
    QFileSystemWatcher *m_fileWatcher = nullptr;
    QTimer *m_fileSettle = nullptr;
};
