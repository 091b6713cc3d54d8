#pragma once

#include "core/entities/entity.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

class EntityList;

// One correction the reader made to the sidebar. Entities are named by the ids the extractor gives
// them ("person:Vladimir Putin"), mentions by their UTF-16 range, so that a correction still finds
// its target after the article is extracted again.
struct Correction
{
    enum class Kind { Rename, ChangeType, Merge, SplitMention, Hide, Unhide, AddEntity };

    Kind kind = Kind::Rename;
    QString entityId;      // the entity acted on; for Merge the one that stays; empty for AddEntity
    QStringList mergedIds; // Merge: the entities folded into entityId
    QString name;          // Rename: the new display name
    QString text;          // AddEntity: the surface text, found everywhere as a whole word
    EntityType type = EntityType::Person; // ChangeType: the new type; AddEntity: the type
    Mention mention; // SplitMention: the mention split off; AddEntity: the selection (optional)

    static Correction rename(const QString &entityId, const QString &name);
    static Correction changeType(const QString &entityId, EntityType type);
    static Correction merge(const QString &targetId, const QStringList &mergedIds);
    static Correction splitMention(const QString &entityId, Mention mention);
    static Correction hide(const QString &entityId);
    static Correction unhide(const QString &entityId);
    static Correction addEntity(const QString &text, EntityType type, Mention selection = {});

    // The id of the entity this correction leaves the reader looking at: the entity acted on, the
    // one a split creates ("person:Vladimir Putin@120-125"), or the one added ("place:Eire").
    QString resultId() const;

    friend bool operator==(const Correction &, const Correction &) = default;
};

struct CorrectionsLoad;

// The reader's corrections to one article's entity list: an ordered list of operations replayed
// onto the extractor's output. A value type; undo is removeLast().
class Corrections
{
public:
    static constexpr int FormatVersion = 1;

    Corrections() = default;
    // `sha256` is fingerprint() of the article text; toJson() records it with the source.
    Corrections(QString source, QString sha256);

    // The SHA-256 (hex) of the text's UTF-8 encoding: what ties a corrections file to its article.
    static QString fingerprint(QStringView articleText);

    const QString &source() const { return m_source; }
    const QString &sha256() const { return m_sha256; }

    const QList<Correction> &operations() const { return m_operations; }
    void setOperations(QList<Correction> operations) { m_operations = std::move(operations); }
    bool isEmpty() const { return m_operations.isEmpty(); }
    qsizetype size() const { return m_operations.size(); }
    void append(const Correction &operation) { m_operations.append(operation); }
    void removeLast();
    void clear() { m_operations.clear(); }

    // Replays the operations in order onto `extracted`. Hidden entities stay in the list with
    // Entity::hidden set; entities left without mentions are dropped. An operation that cannot
    // apply (its entity or mention is gone because the article changed, a split of an entity's
    // only mention, an added text that no longer occurs) is skipped and counted in *skipped.
    // Ids stay as they are: a renamed, retyped or merged entity keeps its id.
    // Merge: the target keeps id, type and role (or takes the first merged role when it has
    // none); its name becomes the longest of the merged names unless the reader renamed it.
    // AddEntity: every whole-word, case-sensitive occurrence of the text (and the selection)
    // becomes a mention of "type:text"; overlapping mentions of other entities are removed, but
    // an occurrence inside a longer mention ("Washington" in "Washington Post") is left to it
    // unless it is the selection itself.
    //
    // Cost: one pass over the text for all add-entity texts, then for each operation the
    // mentions it moves or looks at (O(log n) each at most): linear in text, mentions and
    // operations for any file a reader writes (140,000 add-entity operations on a 1 MB article:
    // bench_corrections). A crafted file can still ask each operation to move thousands of
    // mentions (the commonest word added 140,000 times as one type, then another): the work is
    // capped at far more than a reader's corrections need (a few times the text and mention
    // count, plus 256 steps an operation), and past the cap the operations that move mentions
    // are skipped, counted in *skipped; renames, type changes and hides still apply.
    // A pure function of its arguments: safe to call from any thread.
    EntityList apply(const EntityList &extracted, QStringView articleText,
                     qsizetype *skipped = nullptr) const;

    // {"version": 1, "article": {"source", "sha256"}, "corrections": [...]}, UTF-16 offsets.
    QByteArray toJson() const;
    // The operations of a corrections file, or a warning ("The corrections file is damaged ...;
    // using the extracted list."). An empty expectedSha256 accepts any article.
    static CorrectionsLoad fromJson(const QByteArray &json, const QString &expectedSha256);

    // Where an article's corrections live: "<article>.entities.json" beside a file in a writable
    // folder; otherwise (and for "builtin:*" and "stdin") "corrections/<sha1 of source>.json" in
    // the application's data directory.
    static QString storagePathFor(const QString &articlePath, const QString &source);

    // Writes atomically (QSaveFile), creating the folder; with no operations the file is removed
    // instead, so that undoing everything leaves nothing beside the article. On failure the old
    // file is untouched and *error says why.
    bool save(const QString &path, QString *error = nullptr) const;
    // A missing file gives no operations and no warning.
    static CorrectionsLoad load(const QString &path, const QString &expectedSha256);

    friend bool operator==(const Corrections &, const Corrections &) = default;

private:
    QString m_source;
    QString m_sha256;
    QList<Correction> m_operations;
};

// What reading a corrections file gives: its corrections, or none and a warning for the reader.
struct CorrectionsLoad
{
    Corrections corrections; // on failure empty, with the expected fingerprint
    QString warning;         // empty when the file was fine or missing

    bool ok() const { return warning.isEmpty(); }
};
