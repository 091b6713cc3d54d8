#include "librarycommand.h"
#include "textcommand.h"

#include "core/document/textoffsets.h"
#include "core/extraction/knowledge.h"
#include "core/library/library.h"
#include "core/library/libraryimport.h"
#include "core/session/articlesession.h"
#include "core/session/readersettings.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace {

void warn(const QString &message)
{
    std::fprintf(stderr, "article-reader: %s\n", qUtf8Printable(message));
}

int print(const QJsonObject &root)
{
    const QByteArray out = QJsonDocument(root).toJson(QJsonDocument::Indented);
    if (std::fwrite(out.constData(), 1, size_t(out.size()), stdout) != size_t(out.size())
        || std::fflush(stdout) != 0) {
        warn(QStringLiteral("could not write the output."));
        return 1;
    }
    return 0;
}

QJsonObject entryJson(const LibraryEntry &e)
{
    return {
        {QStringLiteral("id"), e.id},
        {QStringLiteral("source"), e.source},
        {QStringLiteral("title"), e.title},
        {QStringLiteral("byline"), e.byline},
        {QStringLiteral("site"), e.site},
        {QStringLiteral("published"), e.published},
        {QStringLiteral("added"), e.added.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("lastRead"),
         e.lastRead.isValid() ? QJsonValue(e.lastRead.toUTC().toString(Qt::ISODate)) : QJsonValue()},
        {QStringLiteral("people"), e.people},
        {QStringLiteral("places"), e.places},
        {QStringLiteral("organizations"), e.organizations},
    };
}

// Opens the library for a command; says why not, and what the reader should know.
std::unique_ptr<Library> openLibrary(const QString &path)
{
    auto library = std::make_unique<Library>(path.isEmpty() ? Library::defaultPath() : path);
    if (!library->isOpen()) {
        warn(library->error());
        return nullptr;
    }
    if (!library->notice().isEmpty())
        warn(library->notice());
    return library;
}

} // namespace

int LibraryCommand::add(const QString &libraryPath, const QStringList &sources)
{
    if (sources.isEmpty()) {
        warn(QStringLiteral("--library-add needs a FILE, a web address or a folder (see --help)."));
        return 2;
    }
    const auto library = openLibrary(libraryPath);
    if (!library)
        return 1;
    if (library->isReadOnly())
        return 1;
    const auto knowledge = Knowledge::load();
    const Corrections::Place place = ReaderSettings().correctionsPlace();
    QJsonArray added;
    QJsonArray failed;
    const auto failure = [&](const QString &source, const QString &error) {
        warn(QStringLiteral("%1: %2").arg(source, error));
        failed.append(
            QJsonObject{{QStringLiteral("source"), source}, {QStringLiteral("error"), error}});
    };
    for (const QString &source : sources) {
        if (QFileInfo(source).isDir()) {
            const QStringList files = LibraryImport::filesIn(source);
            const LibraryImport::Summary summary = LibraryImport::run(*library, files, knowledge,
                                                                      place);
            for (const auto &f : summary.failed)
                failure(f.file, f.error);
            if (!summary.error.isEmpty()) {
                failure(source, summary.error);
                break;
            }
            for (const QString &file : files) {
                if (const auto entry = library->entryForSource(QFileInfo(file).absoluteFilePath()))
                    added.append(entryJson(*entry));
            }
            continue;
        }
        const LoadResult loaded = TextCommand::load(source); // a web address too
        if (!loaded.ok()) {
            failure(source, loaded.error);
            continue;
        }
        // The entities as the window shows them: with the reader's corrections.
        const bool ownFile = source != QStringLiteral("-") && !source.contains(u"://");
        const ArticleSession::Extraction found = ArticleSession::extract(*loaded.article,
                                                                         ownFile ? source
                                                                                 : QString(),
                                                                         knowledge, place);
        const auto id = library->add(*loaded.article, found.entities, false);
        if (!id.ok()) {
            failure(source, id.error);
            continue;
        }
        added.append(entryJson(*library->entry(*id.value)));
    }
    const int code = print({{QStringLiteral("library"), library->path()},
                            {QStringLiteral("added"), added},
                            {QStringLiteral("failed"), failed}});
    return failed.isEmpty() ? code : 1;
}

int LibraryCommand::search(const QString &libraryPath, const QString &query)
{
    const auto library = openLibrary(libraryPath);
    if (!library)
        return 1;
    const auto hits = library->search(query);
    if (!hits.ok()) {
        warn(hits.error);
        return 1;
    }
    QJsonArray out;
    for (const LibrarySearchHit &hit : *hits.value) {
        QJsonObject o = entryJson(hit.entry);
        o.insert(QStringLiteral("snippet"), hit.snippet);
        // Offsets in code points, as every offset of the headless contract.
        const TextOffsets offsets(hit.snippet);
        QJsonArray highlights;
        for (const Mention &m : hit.highlights)
            highlights.append(QJsonArray{offsets.toCodePoint(m.start), offsets.toCodePoint(m.end)});
        o.insert(QStringLiteral("highlights"), highlights);
        out.append(o);
    }
    return print({{QStringLiteral("library"), library->path()},
                  {QStringLiteral("query"), query},
                  {QStringLiteral("articles"), out}});
}

int LibraryCommand::entity(const QString &libraryPath, const QString &name)
{
    const auto library = openLibrary(libraryPath);
    if (!library)
        return 1;
    const auto found = library->lookup(name);
    if (!found.ok()) {
        warn(found.error);
        return 1;
    }
    QJsonArray articles;
    for (const LibraryOccurrence &o : found.value->occurrences) {
        QJsonObject a = entryJson(o.entry);
        a.insert(QStringLiteral("name"), o.name);
        a.insert(QStringLiteral("type"), entityTypeName(o.type));
        a.insert(QStringLiteral("mentions"), o.mentions);
        a.insert(QStringLiteral("firstSentence"), o.firstSentence);
        articles.append(a);
    }
    QJsonArray companions;
    for (const LibraryCompanion &c : found.value->companions) {
        companions.append(QJsonObject{{QStringLiteral("name"), c.name},
                                      {QStringLiteral("type"), entityTypeName(c.type)},
                                      {QStringLiteral("articles"), c.articles},
                                      {QStringLiteral("mentions"), c.mentions}});
    }
    return print({{QStringLiteral("library"), library->path()},
                  {QStringLiteral("name"), name},
                  {QStringLiteral("articles"), articles},
                  {QStringLiteral("alongside"), companions}});
}
