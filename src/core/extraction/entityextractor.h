#pragma once

#include "core/entities/entitylist.h"

#include <QStringView>

#include <memory>

class Knowledge;

// Finds the people, places and organisations an English text names: candidate names are runs of
// capitalised words; titles, demonyms, sentence-initial common words and possessives are peeled
// off; what remains is classified from the gazetteers and from the context (titles and roles
// before a name, "said" after it, "in the" before a place), and surnames and aliases are linked
// to the fullest name in the same text.
class EntityExtractor
{
public:
    explicit EntityExtractor(std::shared_ptr<const Knowledge> knowledge);

    EntityList extract(QStringView text) const;

private:
    std::shared_ptr<const Knowledge> m_knowledge;
};
