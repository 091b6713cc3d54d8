#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <utility>

struct Article;
class EntityList;

// Writes entities in the headless contract's formats (README, "Headless"; docs/ARCHITECTURE.md): JSON with Unicode code point
// offsets, or CSV with one row per entity; the article as HTML with highlights; a plain list for
// the clipboard. Entities the reader hid are left out of all of them.
namespace EntityExport {
QByteArray toJson(const Article &article, const EntityList &entities);
QByteArray toCsv(const Article &article, const EntityList &entities);

// A standalone UTF-8 HTML document: the title, the article's paragraphs and headings, every
// mention of the highlighted entities (id, CSS colour such as "#ffd54f") in a <mark>, and a
// legend. Everything is escaped; no scripts and nothing loaded from elsewhere.
QByteArray toHtml(const Article &article, const EntityList &entities,
                  const QList<std::pair<QString, QString>> &highlights);

// One line per entity: "Donald Trump — person — 9 mentions".
QString toPlainList(const EntityList &entities);

// Writes a whole file or nothing (QSaveFile): a failed export never leaves half a file. On
// failure *error (if given) says why.
bool writeFile(const QString &path, const QByteArray &bytes, QString *error = nullptr);
} // namespace EntityExport
