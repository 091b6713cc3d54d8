#pragma once

#include <QKeySequence>
#include <QList>

namespace Keys {

// A fixed key plus the platform's standard keys for the same command, without duplicates
// (a duplicate makes the shortcut ambiguous and it then does nothing).
inline QList<QKeySequence> withStandard(const QKeySequence &fixed, QKeySequence::StandardKey key)
{
    QList<QKeySequence> keys{fixed};
    for (const QKeySequence &k : QKeySequence::keyBindings(key)) {
        if (!keys.contains(k))
            keys.append(k);
    }
    return keys;
}

} // namespace Keys
