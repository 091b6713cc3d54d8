#pragma once

// What the window test suites share: a window on the built-in article with its entities in, the
// sidebar rows found and clicked by name, actions found by their text and message boxes answered,
// as a reader would. A suite derives from WindowTestCase and calls its set-up from its own
// initTestCase() / init() / cleanup() slots.
#include "core/document/articleloader.h"
#include "core/extraction/knowledge.h"
#include "ui/sidebar/entitysidebar.h"
#include "ui/text/articleview.h"
#include "ui/text/overviewruler.h"
#include "ui/window/mainwindow.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QImage>
#include <QLabel>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>
#include <QTreeView>

#include <algorithm>
#include <functional>
#include <memory>

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

// How many pixels of a viewport are not its background: words drawn on an empty list.
inline int inkOn(QWidget *viewport)
{
    const QImage image = viewport->grab().toImage();
    const QRgb base = viewport->palette().color(QPalette::Base).rgb();
    int drawn = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            drawn += image.pixel(x, y) != base;
    }
    return drawn;
}

// Answers the next modal message box with `button` when it opens (polling the event loop, since
// it opens inside a nested one), and keeps its text in *text.
inline void answerNextMessageBox(QString *text, QMessageBox::StandardButton button = QMessageBox::Ok)
{
    auto poll = [text, button](auto &&self) -> void {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            *text = box->text();
            if (QAbstractButton *b = box->button(button))
                b->click();
            else
                box->accept();
            return;
        }
        QTimer::singleShot(20, qApp, [self] { self(self); });
    };
    QTimer::singleShot(0, qApp, [poll] { poll(poll); });
}

} // namespace WindowTest

class WindowTestCase : public QObject
{
protected:
    // From initTestCase(): test-mode settings and data directory, the gazetteers once.
    void initCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // Each run starts with an empty data directory, as a new user does: an earlier run's
        // corrections (found again by the article's text) or library would change what it sees.
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
        m_knowledge = Knowledge::load();
    }
    // From init(): each test starts as a new user would (test-mode settings), with a window on
    // the built-in article, its entities in.
    void openBuiltinWindow()
    {
        QSettings().clear();
        m_window = std::make_unique<MainWindow>(m_knowledge);
        QVERIFY(WindowTest::showBuiltin(*m_window));
    }
    void closeWindow() { m_window.reset(); }

    QModelIndex indexOf(const QString &name) const
    {
        return WindowTest::entityIndex(*m_window, name);
    }
    void click(const QString &name, Qt::KeyboardModifiers modifiers = {})
    {
        WindowTest::clickEntity(*m_window, name, modifiers);
    }
    // The "n of N" indicator in the tool bar.
    QString position() const { return m_window->findChild<QLabel *>(u"positionLabel"_qs)->text(); }
    // The window's action with this text (without its & accelerator), or nullptr.
    QAction *action(const QString &text) const
    {
        const auto actions = m_window->findChildren<QAction *>();
        for (QAction *a : actions) {
            if (a->text().remove(u'&') == text)
                return a;
        }
        return nullptr;
    }

    std::shared_ptr<const Knowledge> m_knowledge;
    std::unique_ptr<MainWindow> m_window;
};
