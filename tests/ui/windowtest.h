#pragma once

// What the window tests share: a window on the built-in article with its entities in, and the
// sidebar rows found and clicked by name, as a reader would.
#include "core/document/articleloader.h"
#include "ui/sidebar/entitysidebar.h"
#include "ui/text/articleview.h"
#include "ui/text/overviewruler.h"
#include "ui/window/mainwindow.h"

#include <QTest>
#include <QTreeView>
#include <algorithm>

namespace WindowTest {

// Shows the built-in article and waits until the sidebar has its entities.
inline bool showBuiltin(MainWindow &window)
{
    window.showArticle(*ArticleLoader::loadBuiltin().article);
    window.resize(1200, 800);
    window.show();
    return QTest::qWaitForWindowExposed(&window)
           && QTest::qWaitFor([&window] { return !window.isExtracting(); }, 10000);
}

inline QModelIndex entityIndex(const MainWindow &window, const QString &name)
{
    QTreeView *tree = window.sidebar()->view();
    return tree->model()
        ->match(tree->model()->index(0, 0), Qt::DisplayRole, name, 1,
                Qt::MatchExactly | Qt::MatchRecursive)
        .value(0);
}

inline void clickEntity(MainWindow &window, const QString &name,
                        Qt::KeyboardModifiers modifiers = {})
{
    QTreeView *tree = window.sidebar()->view();
    const QModelIndex index = entityIndex(window, name);
    QVERIFY2(index.isValid(), qPrintable(name));
    tree->scrollTo(index);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, modifiers, tree->visualRect(index).center());
}

// Whether the ruler was given every entity's mentions ahead, so that selecting any of them only
// looks its rows up.
inline bool rulerKnowsEveryEntity(const MainWindow &window)
{
    const qsizetype length = window.articleView()->textLength();
    const auto &entities = window.entities().entities();
    return !entities.isEmpty()
           && std::all_of(entities.cbegin(), entities.cend(), [&](const Entity &e) {
                  return e.mentions.isEmpty() || window.ruler()->isKnown(e.mentions, length);
              });
}

} // namespace WindowTest
