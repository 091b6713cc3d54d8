#pragma once

#include "core/entities/entity.h"
#include "core/entities/entitylist.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

struct CorrectedEntities;

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
    QString text;          // AddEntity: the surface text, found everywhere as a whole word;
                           // SplitMention: the mention's words (for placing it again)
    EntityType type = EntityType::Person; // ChangeType: the new type; AddEntity: the type
    Mention mention; // SplitMention: the mention split off; AddEntity: the selection (optional)
    // The mention's neighbourhood when the correction was made: up to NeighbourhoodLength code
    // units of the text just before and just after it. What finds it again in an edited text.
    QString before;
    QString after;

    static constexpr qsizetype NeighbourhoodLength = 40;

    static Correction rename(const QString &entityId, const QString &name);
    static Correction changeType(const QString &entityId, EntityType type);
    static Correction merge(const QString &targetId, const QStringList &mergedIds);
    static Correction splitMention(const QString &entityId, Mention mention);
    static Correction hide(const QString &entityId);
    static Correction unhide(const QString &entityId);
    static Correction addEntity(const QString &text, EntityType type, Mention selection = {});

    // This correction with what ties it to its place in `articleText` (the text it is made on):
    // a split's or a marked selection's words and neighbourhood. Others are returned as they are.
    Correction anchoredIn(QStringView articleText) const;

    // The id of the entity this correction leaves the reader looking at: the entity acted on, the
    // one a split creates ("person:Vladimir Putin@120-125"), or the one added ("place:Eire").
    QString resultId() const;

    friend bool operator==(const Correction &, const Correction &) = default;
};

struct CorrectionsLoad;
struct CorrectionsLocation;

// The reader's corrections to one article's entity list: an ordered list of operations replayed
// onto the extractor's output. A value type; undo is removeLast() (removeLatest() once another
// writer's operations were merged in after one's own).
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
    // Removes the latest operation equal to `operation` (an undo after another writer's
    // operations were merged in after it); false when there is none.
    bool removeLatest(const Correction &operation);
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

    // These corrections, written for an earlier version of `articleText` (the article file was
    // edited), placed on this one. Those that name entities (rename, type, merge, hide) stay as
    // they are: they apply by name. Those tied to a place in the text move to the candidate
    // whose neighbourhood matches best what was around the mention (the longest common run of
    // text just before plus just after it), the nearest to where it was on a tie: a split to one
    // of its entity's mentions (the same words first), a marked selection to an occurrence of its
    // words (gone: to every occurrence, without a selection). What still does not fit is skipped
    // by apply(). Cost: for each such correction, one pass over its candidates.
    Corrections reanchored(QStringView articleText, const EntityList &extracted) const;

    // {"version": 1, "article": {"source", "sha256"}, "corrections": [...]}, UTF-16 offsets.
    QByteArray toJson() const;
    // The operations of a corrections file, or a warning ("The corrections file is damaged ...;
    // using the extracted list."). An empty expectedSha256 accepts any article.
    static CorrectionsLoad fromJson(const QByteArray &json, const QString &expectedSha256);

    // Where a file's corrections are kept (the reader's setting, ReaderSettings): in the
    // application's data directory (the default: nothing is written beside a reader's files),
    // or "<article>.entities.json" beside the article.
    enum class Place { DataDirectory, BesideArticle };

    // Where an article's corrections live: "corrections/<key>.json" in the application's data
    // directory, or with Place::BesideArticle "<article>.entities.json" beside a file. In the
    // data directory a file is keyed by its path and found by its content too: a file renamed or
    // moved (nothing left at the old path) finds the corrections of its text again through
    // "corrections/content/<sha256>"; a file edited keeps its path's; a copy starts afresh. The
    // built-in article is keyed by its source, standard input
    // by "stdin" and the text's fingerprint (two articles piped in do not share one file), a web
    // page by its address. What the other place holds is read when this one has nothing (the
    // setting was changed, or an older version wrote beside the article); it moves to this place
    // at the next save. Beside a file nothing can be written to (a link, a read-only folder), the
    // data directory is used, with a note. The one answer every caller uses: the window,
    // --entities, --screenshot. `sha256` is fingerprint() of the article text.
    static CorrectionsLocation locate(const QString &articlePath, const QString &source,
                                      const QString &sha256, Place place = Place::DataDirectory);

    // The entities of an article as the reader corrected them: `extracted` (the extractor's list
    // for `articleText`) with the corrections kept for it (locate(), then load()) applied; those
    // written for an earlier version of the text are placed again on this one (reanchored()).
    // What the window, the command line and a library import all show. `path` is the file the
    // article was read from, empty for the built-in article and standard input. Cost: the
    // fingerprint of the text, a few file look-ups, and apply() when there are corrections.
    static CorrectedEntities stored(QStringView articleText, const QString &source,
                                    const QString &path, const EntityList &extracted,
                                    Place place = Place::DataDirectory);

    // After saving `location`'s writePath: records that this text's corrections are there, so
    // that the file renamed or moved finds them (the content index; a few bytes, atomically).
    static void remember(const CorrectionsLocation &location, const QString &sha256);

    // Writes atomically (a temporary file beside it, renamed over it), creating the folder; with
    // no operations the file is removed instead, so that undoing everything leaves nothing beside
    // the article. Never writes through a link: a link, a folder, a pipe or a device at `path` is
    // refused with a message (the rename replaces a link made in between; it never follows it).
    // On failure the old file is untouched and *error says why.
    bool save(const QString &path, QString *error = nullptr) const;
    // A missing file gives no operations and no warning. Only a regular file (or a link to one)
    // is read, opened without blocking: a pipe, socket, folder or device gives a warning.
    // Nothing here asks anything: the load says what was wrong, the caller decides what to show.
    static CorrectionsLoad load(const QString &path, const QString &expectedSha256);

    // Moves a file that could not be used out of the way, to the first free name of
    // "<path>.damaged", "<path>.damaged-2", ...: never over anything that exists. Returns the
    // new path, or an empty string and *error saying why (the file then stays where it is, and
    // the caller must not write over it).
    static QString moveAside(const QString &path, QString *error = nullptr);

    // What to save when another writer (a second window) saved `onDisk` since this writer last
    // read or wrote `base`, and this writer now holds `mine`. The corrections are an ordered log
    // that each writer changes only at its end (append; undo and reset remove from the end):
    // the result keeps what both kept of `base` (an operation either writer removed is
    // removed), then the operations the other writer added, then this writer's. No operation
    // the other writer added is dropped; this writer's undo of its own operation is kept.
    // With `onDisk` for another text (its fingerprint differs) or equal to `base` (no other
    // writer), `mine` is the answer.
    static Corrections merged(const Corrections &base, const Corrections &mine,
                              const Corrections &onDisk);

    friend bool operator==(const Corrections &, const Corrections &) = default;

private:
    QString m_source;
    QString m_sha256;
    QList<Correction> m_operations;
};

// What reading a corrections file gives: its corrections, or none and a warning for the reader.
struct CorrectionsLoad
{
    // What was wrong, for a caller that reacts to each in its own way (a window shows one
    // non-modal warning; the command line prints the warning as one line). Before the first
    // save over a file that loaded with Damaged, OtherArticle or NewerFormat, moveAside() it;
    // a file that was Unreadable is left alone and corrections go to the fallback path.
    enum class Problem {
        None,
        Unreadable,   // not a regular file, no permission, a read error
        Damaged,      // not a corrections file this reader can parse
        OtherArticle, // written for another text (the article changed)
        NewerFormat,  // from a newer Article Reader
    };

    Corrections corrections; // on failure empty, with the expected fingerprint
    QString warning;         // empty when the file was fine or missing; one line
    Problem problem = Problem::None;

    bool ok() const { return problem == Problem::None; }
};

// Where one article's corrections are read from and written to (Corrections::locate).
struct CorrectionsLocation
{
    QString readPath;     // the file to load (it may not exist); empty when there is nowhere
    QString writePath;    // where corrections are saved; differs from readPath when the reader's
                          // file cannot be written (a read-only folder, a link)
    QString fallbackPath; // the data directory's file, for when saving to writePath fails
    QString note;         // why corrections go elsewhere than beside the article, for the
                          // reader ("... new corrections are kept in ..."); empty otherwise
    QString contentPath;  // the data directory's content index entry for the text, or empty
    QString otherPath;    // the file of the other place (readPath when this place had
                          // none); removed once the corrections are saved here, or empty
    QString articlePath;  // the article's absolute path, for the content index, or empty
};

// An article's entities with the corrections kept for it applied (Corrections::stored).
struct CorrectedEntities
{
    EntityList entities;          // the extraction, with the corrections applied
    Corrections corrections;      // as read; empty with the article's fingerprint when none
    CorrectionsLocation location; // where they are read from and kept
    QString warning;              // why the stored corrections were not applied; empty if fine
    CorrectionsLoad::Problem problem = CorrectionsLoad::Problem::None;
    qsizetype skipped = 0;   // stored corrections that no longer fit the article
    bool reanchored = false; // written for an earlier text, placed again on this one
};
