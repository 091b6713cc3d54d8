#pragma once

#include <QByteArray>

struct Article;
class EntityList;

// Writes entities in the headless contract's formats (DESIGN.md): JSON with Unicode code point
// offsets, or CSV with one row per entity.
namespace EntityExport {
QByteArray toJson(const Article &article, const EntityList &entities);
QByteArray toCsv(const Article &article, const EntityList &entities);
} // namespace EntityExport
