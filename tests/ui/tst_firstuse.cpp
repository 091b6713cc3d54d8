// What a first-time user trips over (issue 17), each as it was met: what the screen shows after a
// step, a correction or a filter; the keys; the tool bar.
#include "core/document/articleloader.h"
#include "core/models/entitylistmodel.h"
#include "core/session/readersettings.h"
#include "core/session/readingstate.h"
#include "ui/sidebar/entitysidebar.h"
#include "ui/text/articleview.h"
#include "ui/text/findbar.h"
#include "ui/window/mainwindow.h"
#include "windowtest.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFontComboBox>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QRegularExpression>
#include <QScreen>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QStyleHints>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QUndoStack>

#include <functional>

class TestFirstUse : public WindowTestCase
{
    Q_OBJECT
private slots:
    void initTestCase() { initCase(); }
    void init() { openBuiltinWindow(); }
    // The built-in article's corrections are kept in the (test-mode) data directory: each test
    // starts from the extraction.
    void cleanup()
    {
        const QString corrections = m_window ? m_window->correctionsPath() : QString();
        closeWindow();
        if (!corrections.isEmpty())
            QFile::remove(corrections);
    }
    void steppingRepaintsOnlyTheCurrentRowAsSelected();
    void theSharedParagraphsCountGoesWhenTheyAreNoLongerShown();
    void theStatusBarCountsWhatTheSidebarShows();
    void aHiddenEntityIsNoLongerFollowed();
    void aRenameKeepsTheCurrentMention();
    void sharedParagraphsOnlyStepsThroughTheSharedOnes();
    void theFilterCountsWhatEachGroupShows();
    void aFileThatCannotBeOpenedLeavesTheRecentList();
    void theTitleChangesWithTheText();
    void focusStartsInTheTextAndKeysWorkFromTheFilter();
    void keysAreThereWhateverThePlatformBinds();
    void escInTheFilterClearsTheFilterFirst();
    void everyContextMenuShowsItsKeys();
    void aMatchStaysSelectedAfterFindToBeMarked();
    void theToolBarsNavigationNeverHidesNorMoves();
    void aboutGivesEveryLicence();
    void theReadingPositionOfEachArticleIsKept();
    void theSidebarHidesForReadingAlone();
    void theArticleIsHeadedByItsTitleBylineAndDate();
    void theSidebarsHeadersSortAndPeopleGoBySurname();
    void textSettingsSetTheFontTheColumnTheSpacingAndTheColours();

private:
    // The sidebar's group title for this type, "People (5)".
    QString groupTitle(EntityType type) const;
};

QString TestFirstUse::groupTitle(EntityType type) const
{
    QAbstractItemModel *model = m_window->sidebar()->view()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex group = model->index(row, 0);
        if (!group.data(EntityListModel::IsHiddenRole).toBool()
            && group.data(EntityListModel::EntityTypeRole).toInt() == int(type))
            return group.data().toString();
    }
    return {};
}

// What is on screen, not a fresh rendering: the rows of the context list painted in the
// selection colour after four steps, read from the window's backing store (the offscreen
// platform's grabWindow), where a row the view was not told to repaint keeps its old colour.
void TestFirstUse::steppingRepaintsOnlyTheCurrentRowAsSelected()
{
    click(u"Donald Trump"_qs);
    QListView *list = m_window->contextView();
    QTRY_VERIFY(list->model()->rowCount() > 5);
    QTRY_COMPARE(position(), u"1 of %1"_qs.arg(list->model()->rowCount()));
    for (int i = 0; i < 4; ++i) {
        action(u"Next Mention"_qs)->trigger();
        QTest::qWait(30); // a reader's key presses, each painted
    }
    QTRY_COMPARE(position(), u"5 of %1"_qs.arg(list->model()->rowCount()));
    QCOMPARE(list->currentIndex().row(), 4);
    QTest::qWait(50);
    const QImage shown = m_window->screen()->grabWindow(m_window->winId()).toImage();
    const QColor highlight = list->palette().color(QPalette::Active, QPalette::Highlight);
    QList<int> painted;
    for (int row = 0; row < list->model()->rowCount(); ++row) {
        const QRect rect = list->visualRect(list->model()->index(row, 0));
        if (!list->viewport()->rect().contains(rect.center()))
            continue;
        const QPoint at = list->viewport()->mapTo(m_window.get(),
                                                  QPoint(rect.left() + 2, rect.center().y()));
        const QColor pixel = shown.pixelColor(at);
        if (std::abs(pixel.hue() - highlight.hue()) < 20 && pixel.saturation() > 60)
            painted.append(row);
    }
    QCOMPARE(painted, QList<int>{4});
}

void TestFirstUse::theSharedParagraphsCountGoesWhenTheyAreNoLongerShown()
{
    QStatusBar *status = m_window->statusBar();
    const QString summary = status->currentMessage();
    QVERIFY(summary.contains(u"people"));
    click(u"Vladimir Putin"_qs);
    click(u"Donald Trump"_qs, Qt::ControlModifier);
    QAction *shared = action(u"Shared Paragraphs Only"_qs);
    shared->trigger();
    QVERIFY2(status->currentMessage().contains(u"mention every selected entity"),
             qPrintable(status->currentMessage()));
    shared->trigger(); // off
    QCOMPARE(status->currentMessage(), summary);
    // And when the selection is cleared while they are shown.
    shared->trigger();
    QVERIFY(status->currentMessage().contains(u"mention every selected entity"));
    m_window->clearSelection();
    QCOMPARE(status->currentMessage(), summary);
}

void TestFirstUse::theStatusBarCountsWhatTheSidebarShows()
{
    const auto peopleInStatus = [this] {
        const auto match = QRegularExpression(u"(\\d+) (people|person)"_qs)
                               .match(m_window->statusBar()->currentMessage());
        return match.hasMatch() ? match.captured(1).toInt() : -1;
    };
    const QString before = groupTitle(EntityType::Person);
    const int people = int(m_window->sidebar()->view()->model()->rowCount(
        WindowTest::entityIndex(*m_window, u"Vladimir Putin"_qs).parent()));
    QCOMPARE(before, u"People (%1)"_qs.arg(people));
    QCOMPARE(peopleInStatus(), people);
    QVERIFY(m_window->statusBar()->currentMessage().contains(u"%1 people"_qs.arg(people)));

    click(u"Karoline Leavitt"_qs);
    action(u"Not an Entity"_qs)->trigger();
    QTRY_COMPARE(groupTitle(EntityType::Person), u"People (%1)"_qs.arg(people - 1));
    QCOMPARE(peopleInStatus(), people - 1);
    QCOMPARE(action(u"Show People (%1)"_qs.arg(people - 1)) != nullptr, true);
    m_window->undoStack()->undo();
    QTRY_COMPARE(peopleInStatus(), people);
}

void TestFirstUse::aHiddenEntityIsNoLongerFollowed()
{
    click(u"Vladimir Putin"_qs);
    QTRY_COMPARE(m_window->articleView()->layers().size(), 1);
    action(u"Not an Entity"_qs)->trigger();
    QTRY_VERIFY(indexOf(u"Vladimir Putin"_qs).data(EntityListModel::IsHiddenRole).toBool());
    QVERIFY(m_window->selection().isEmpty());
    QVERIFY(m_window->articleView()->layers().isEmpty());
    QVERIFY(position().isEmpty());
    const QString legend = m_window->findChild<QLabel *>(u"entityLabel"_qs)->text();
    QVERIFY2(!legend.contains(u"Vladimir Putin"), qPrintable(legend));
}

void TestFirstUse::aRenameKeepsTheCurrentMention()
{
    click(u"Vladimir Putin"_qs);
    action(u"Next Mention"_qs)->trigger();
    QTRY_COMPARE(position(), u"2 of 4"_qs);
    QTimer::singleShot(0, this, [] {
        if (auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget())) {
            dialog->setTextValue(u"V. V. Putin"_qs);
            dialog->accept();
        }
    });
    m_window->sidebar()->view()->setFocus();
    QTest::keyClick(m_window->sidebar()->view(), Qt::Key_F2);
    QTRY_VERIFY(indexOf(u"V. V. Putin"_qs).isValid());
    QCOMPARE(position(), u"2 of 4"_qs);
    QCOMPARE(m_window->contextView()->currentIndex().row(), 1);
}

void TestFirstUse::sharedParagraphsOnlyStepsThroughTheSharedOnes()
{
    click(u"Vladimir Putin"_qs);
    click(u"Donald Trump"_qs, Qt::ControlModifier);
    QTRY_COMPARE(m_window->selection().size(), 2);
    action(u"Shared Paragraphs Only"_qs)->trigger();
    const ReadingState *reading = m_window->reading();
    const QList<qsizetype> shared = reading->sharedParagraphs();
    QVERIFY(!shared.isEmpty());
    qsizetype sharedMentions = 0;
    for (const Mention &m : reading->navigator().mentions())
        sharedMentions += shared.contains(m_window->article().paragraphAt(m.start));
    QVERIFY(sharedMentions < reading->navigator().count()); // some are in dimmed paragraphs
    for (int i = 0; i < reading->navigator().count(); ++i) {
        action(u"Next Mention"_qs)->trigger();
        const Mention *current = reading->currentMention();
        QVERIFY(current);
        QVERIFY(shared.contains(m_window->article().paragraphAt(current->start)));
        QVERIFY2(position().endsWith(u" of %1 shared"_qs.arg(sharedMentions)),
                 qPrintable(position()));
    }
    action(u"Shared Paragraphs Only"_qs)->trigger(); // off: every mention again
    QVERIFY2(position().endsWith(u" of %1"_qs.arg(reading->navigator().count())),
             qPrintable(position()));
}

void TestFirstUse::theFilterCountsWhatEachGroupShows()
{
    const QString all = groupTitle(EntityType::Person);
    const int people = all.section(u'(', 1).chopped(1).toInt();
    QVERIFY(people > 1);
    QTest::keyClicks(m_window->sidebar()->filterEdit(), u"Putin"_qs);
    QTRY_COMPARE(groupTitle(EntityType::Person), u"People (1 of %1)"_qs.arg(people));
    m_window->sidebar()->filterEdit()->clear();
    QTRY_COMPARE(groupTitle(EntityType::Person), all);
}

void TestFirstUse::aFileThatCannotBeOpenedLeavesTheRecentList()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"gone.txt"_qs);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Officials in Kyiv met.\n");
    file.close();
    QVERIFY(m_window->openFile(path));
    QVERIFY(m_window->recentFiles().contains(path));
    QVERIFY(QFile::remove(path));
    QString message;
    WindowTest::answerNextMessageBox(&message);
    QVERIFY(!m_window->openSource(path));
    QVERIFY2(message.contains(u"recent"), qPrintable(message));
    QVERIFY(!m_window->recentFiles().contains(path));
}

void TestFirstUse::theTitleChangesWithTheText()
{
    QString textWhenTitled;
    connect(m_window.get(), &QWidget::windowTitleChanged, this,
            [this, &textWhenTitled] { textWhenTitled = m_window->article().text; });
    m_window->showArticle(*ArticleLoader::fromBytes("Talks in Geneva\n\nOfficials met in Geneva.\n",
                                                    u"t"_qs, u"geneva.txt"_qs)
                               .article);
    QVERIFY(m_window->windowTitle().contains(u"Geneva"));
    QVERIFY2(textWhenTitled.contains(u"Officials met in Geneva"), qPrintable(textWhenTitled));
}

// Ctrl+E from the filter box: the export dialog opens (and is cancelled here).
void TestFirstUse::focusStartsInTheTextAndKeysWorkFromTheFilter()
{
    QCOMPARE(m_window->focusWidget(), m_window->articleView());
    QLineEdit *filter = m_window->sidebar()->filterEdit();
    filter->setFocus();
    QTest::keyClicks(filter, u"Pu"_qs);
    QAction *exportAction = action(u"Export Entities\u2026"_qs);
    QVERIFY(exportAction);
    QSignalSpy triggered(exportAction, &QAction::triggered);
    bool dialog = false;
    QTimer::singleShot(0, this, [&dialog] {
        auto poll = [&dialog](auto &&self) -> void {
            if (auto *modal = qobject_cast<QDialog *>(QApplication::activeModalWidget())) {
                dialog = true;
                modal->reject();
                return;
            }
            QTimer::singleShot(20, qApp, [self] { self(self); });
        };
        poll(poll);
    });
    QTest::keyClick(filter, Qt::Key_E, Qt::ControlModifier);
    QCOMPARE(triggered.size(), 1);
    QVERIFY(dialog);
    QCOMPARE(filter->text(), u"Pu"_qs); // the field kept what was typed
    // The field's own editing keys stay the field's.
    QTest::keyClick(filter, Qt::Key_A, Qt::ControlModifier);
    QCOMPARE(filter->selectedText(), u"Pu"_qs);
}

// The platform theme of the offscreen tests binds no Quit key, as some desktops do.
void TestFirstUse::keysAreThereWhateverThePlatformBinds()
{
    QVERIFY(action(u"Quit"_qs)->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Q)));
    QVERIFY(action(u"Open\u2026"_qs)->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_O)));
    QVERIFY(action(u"Undo"_qs)->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Z)));
    QVERIFY(action(u"Keyboard Shortcuts"_qs)->shortcuts().contains(QKeySequence(Qt::Key_F1)));
}

void TestFirstUse::escInTheFilterClearsTheFilterFirst()
{
    click(u"Vladimir Putin"_qs);
    QTRY_COMPARE(m_window->selection().size(), 1);
    QLineEdit *filter = m_window->sidebar()->filterEdit();
    filter->setFocus();
    QTest::keyClicks(filter, u"Putin"_qs);
    QTest::keyClick(filter, Qt::Key_Escape);
    QVERIFY(filter->text().isEmpty());
    QCOMPARE(m_window->selection().size(), 1); // the highlight stays
    QTest::keyClick(filter, Qt::Key_Escape);
    QVERIFY(m_window->selection().isEmpty());
}

// As on a platform that hides keys in context menus by default.
void TestFirstUse::everyContextMenuShowsItsKeys()
{
    QGuiApplication::styleHints()->setShowShortcutsInContextMenus(false);
    const auto actions = m_window->findChildren<QAction *>();
    int withKeys = 0;
    for (const QAction *a : actions) {
        if (a->shortcuts().isEmpty())
            continue;
        ++withKeys;
        QVERIFY2(a->isShortcutVisibleInContextMenu(), qPrintable(a->text()));
    }
    QVERIFY(withKeys > 20);
}

void TestFirstUse::aMatchStaysSelectedAfterFindToBeMarked()
{
    action(u"Find in Text\u2026"_qs)->trigger();
    auto *field = m_window->findBar()->findChild<QLineEdit *>();
    QVERIFY(field);
    QTest::keyClicks(field, u"Oval Workplace"_qs);
    QTRY_COMPARE(m_window->reading()->findCurrent(), 0);
    QTest::keyClick(field, Qt::Key_Escape);
    QTRY_VERIFY(!m_window->findBar()->isVisible());
    QCOMPARE(m_window->articleView()->textCursor().selectedText(), u"Oval Workplace"_qs);
    QTest::keyClick(m_window->articleView(), Qt::Key_L, Qt::ControlModifier | Qt::AltModifier);
    QTRY_VERIFY(indexOf(u"Oval Workplace"_qs).isValid());

    // With nothing selected the key says what it needs.
    QTextCursor cursor = m_window->articleView()->textCursor();
    cursor.clearSelection();
    m_window->articleView()->setTextCursor(cursor);
    QTest::keyClick(m_window->articleView(), Qt::Key_P, Qt::ControlModifier | Qt::AltModifier);
    QVERIFY2(m_window->statusBar()->currentMessage().contains(u"select"),
             qPrintable(m_window->statusBar()->currentMessage()));
}

// At the default width, with three entities followed and the counter going from one to two
// digits, every tool button is on the bar (none behind the overflow arrow) and Next stays put.
void TestFirstUse::theToolBarsNavigationNeverHidesNorMoves()
{
    QCOMPARE(m_window->width(), 1200);
    auto *bar = m_window->findChild<QToolBar *>(u"mentionsToolBar"_qs);
    QVERIFY(bar);
    QAction *next = action(u"Next Mention"_qs);
    QWidget *nextButton = bar->widgetForAction(next);
    const int x = nextButton->mapTo(m_window.get(), QPoint()).x(); // nothing followed yet
    click(u"Vladimir Putin"_qs);
    click(u"Volodymyr Zelensky"_qs, Qt::ControlModifier);
    click(u"Donald Trump"_qs, Qt::ControlModifier);
    QTRY_COMPARE(m_window->selection().size(), 3);
    const qsizetype count = m_window->navigator().count();
    for (qsizetype i = 1; i < count; ++i) {
        next->trigger();
        QApplication::processEvents();
        QCOMPARE(nextButton->mapTo(m_window.get(), QPoint()).x(), x);
    }
    QCOMPARE(position(), u"%1 of %1"_qs.arg(count));
    const auto actions = bar->actions();
    for (QAction *a : actions) {
        if (a->isSeparator())
            continue;
        QWidget *w = bar->widgetForAction(a);
        QVERIFY2(w && w->isVisible(), qPrintable(a->text()));
        QVERIFY2(bar->rect().contains(w->geometry()), qPrintable(a->text()));
    }
    // Before anything is followed the legend's row says what to do, briefly.
    m_window->clearSelection();
    const QString hint = m_window->findChild<QLabel *>(u"entityLabel"_qs)->text();
    QVERIFY2(hint.size() < 40, qPrintable(hint));
}

void TestFirstUse::aboutGivesEveryLicence()
{
    QString text;
    WindowTest::answerNextMessageBox(&text);
    m_window->showAbout();
    QVERIFY2(text.contains(u"GPL-3.0-or-later") && text.contains(u"GeoNames (CC BY 4.0)")
                 && text.contains(u"DATA-SOURCES.md"),
             qPrintable(text));
    QVERIFY2(!text.contains(u"resources/data"), qPrintable(text)); // no source-tree path
    QVERIFY(action(u"About Qt"_qs));
    // The licence itself, whole, at the top of the tree.
    QFile license(QStringLiteral(ARTICLE_READER_TEST_DATA "/../../LICENSE"));
    QVERIFY(license.open(QIODevice::ReadOnly));
    const QByteArray gpl = license.readAll();
    QVERIFY(gpl.contains("GNU GENERAL PUBLIC LICENSE") && gpl.contains("Version 3, 29 June 2007")
            && gpl.contains("END OF TERMS AND CONDITIONS"));
}

void TestFirstUse::theReadingPositionOfEachArticleIsKept()
{
    ArticleView *view = m_window->articleView();
    const qsizetype later = m_window->article().paragraphs.at(18).start;
    view->scrollPositionToTop(later);
    QTRY_VERIFY(view->firstVisiblePosition() > 0);
    const qsizetype at = view->firstVisiblePosition();
    m_window->showArticle(
        *ArticleLoader::fromBytes("Officials met in Geneva.\n", u"geneva"_qs, u"geneva.txt"_qs)
             .article);
    QCOMPARE(view->firstVisiblePosition(), 0);
    action(u"Built-in Article"_qs)->trigger();
    QVERIFY(m_window->article().source.startsWith(u"builtin:"));
    QVERIFY2(qAbs(view->firstVisiblePosition() - at) < 80, // the same line in view
             qPrintable(u"%1 %2"_qs.arg(view->firstVisiblePosition()).arg(at)));
    // And the next time the reader starts.
    m_window->close();
    m_window = std::make_unique<MainWindow>(m_knowledge);
    QVERIFY(WindowTest::showBuiltin(*m_window));
    QTRY_VERIFY2(m_window->articleView()->firstVisiblePosition() >= later / 2,
                 qPrintable(QString::number(m_window->articleView()->firstVisiblePosition())));
}

void TestFirstUse::theSidebarHidesForReadingAlone()
{
    QAction *sidebar = action(u"Show Sidebar"_qs);
    QVERIFY(sidebar && sidebar->isChecked());
    QVERIFY(m_window->sidebar()->isVisible());
    const int textWidth = m_window->articleView()->width();
    QTest::keyClick(m_window.get(), Qt::Key_F9);
    QVERIFY(!m_window->sidebar()->isVisible());
    QTRY_VERIFY(m_window->articleView()->width() > textWidth);
    m_window->close();
    m_window = std::make_unique<MainWindow>(m_knowledge);
    QVERIFY(WindowTest::showBuiltin(*m_window));
    QVERIFY(!m_window->sidebar()->isVisible());
    QVERIFY(!action(u"Show Sidebar"_qs)->isChecked());
    action(u"Show Sidebar"_qs)->trigger();
    QVERIFY(m_window->sidebar()->isVisible());
}

void TestFirstUse::theArticleIsHeadedByItsTitleBylineAndDate()
{
    ArticleView *view = m_window->articleView();
    const QByteArray body
        = "<p>Officials of both countries met in Geneva on Monday to talk about the "
          "ceasefire, and they said that the talks would go on, with more "
          "meetings planned for the coming weeks in the same city.</p>";
    const QByteArray page = "<html><head><title>Talks in Geneva</title>"
                            "<meta name=\"author\" content=\"Jane Doe\">"
                            "<meta property=\"article:published_time\" content=\"2025-03-12\">"
                            "</head><body><article>"
                            + body + body + body + "</article></body></html>";
    m_window->showArticle(*ArticleLoader::fromBytes(page, u"page.html"_qs, u"page.html"_qs).article);
    QVERIFY(!m_window->article().text.startsWith(u"Talks in Geneva"));
    QCOMPARE(view->headingTitle(), u"Talks in Geneva"_qs);
    QVERIFY2(view->headingDetails().contains(u"Jane Doe")
                 && view->headingDetails().contains(u"2025"),
             qPrintable(view->headingDetails()));
    // The text starts below the heading, and its positions are the article's.
    const QList<QRectF> first = view->mentionRects({0, 9});
    QVERIFY(!first.isEmpty());
    QVERIFY(first.first().top() > 2 * QFontMetricsF(view->font()).height());
    QCOMPARE(view->document()->toPlainText().left(9), m_window->article().text.left(9));
    // A Markdown article that opens with its title is not headed twice.
    m_window->showArticle(*ArticleLoader::fromBytes("# Talks in Geneva\n\nOfficials met.\n",
                                                    u"talks.md"_qs, u"talks.md"_qs)
                               .article);
    QVERIFY(view->headingTitle().isEmpty());
}

void TestFirstUse::theSidebarsHeadersSortAndPeopleGoBySurname()
{
    QTreeView *tree = m_window->sidebar()->view();
    QHeaderView *header = tree->header();
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                      QPoint(header->sectionViewportPosition(0) + 10, header->height() / 2));
    QCOMPARE(m_window->entityModel()->sortOrder(), EntityListModel::SortOrder::Name);
    QCOMPARE(m_window->settings()->sortOrder(), 2);
    QVERIFY(action(u"Name"_qs)->isChecked());
    QCOMPARE(header->sortIndicatorSection(), 0);
    // People by surname: each one's last word in order.
    const QModelIndex people = indexOf(u"Vladimir Putin"_qs).parent();
    QStringList surnames;
    for (int row = 0; row < tree->model()->rowCount(people); ++row)
        surnames.append(tree->model()->index(row, 0, people).data().toString().section(u' ', -1));
    QStringList expected = surnames;
    std::sort(expected.begin(), expected.end(),
              [](const QString &a, const QString &b) { return a.localeAwareCompare(b) < 0; });
    QCOMPARE(surnames, expected);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                      QPoint(header->sectionViewportPosition(1) + 5, header->height() / 2));
    QCOMPARE(m_window->entityModel()->sortOrder(), EntityListModel::SortOrder::Mentions);
    // A larger font widens the list to its longest name.
    const int before = tree->minimumWidth();
    QFont larger = m_window->sidebar()->font();
    larger.setPointSizeF(larger.pointSizeF() * 1.5);
    m_window->sidebar()->setFont(larger);
    QVERIFY(tree->minimumWidth() > before);
    // The role in full when hovered.
    const QModelIndex leavitt = indexOf(u"Karoline Leavitt"_qs);
    QVERIFY(leavitt.data(Qt::ToolTipRole)
                .toString()
                .contains(leavitt.data(EntityListModel::EntityRoleTextRole).toString()));
}

// Answers the Text Settings dialog when it opens: `fill` sets its fields, then OK or Cancel.
static void answerTextSettings(std::function<void(QDialog *)> fill, bool accept)
{
    QTimer::singleShot(0, qApp, [fill, accept] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        fill(dialog);
        accept ? dialog->accept() : dialog->reject();
    });
}

void TestFirstUse::textSettingsSetTheFontTheColumnTheSpacingAndTheColours()
{
    ArticleView *view = m_window->articleView();
    const QString family = view->fontFamily();
    const int columnWidth = view->lineWrapColumnOrWidth();
    const auto fill = [](QDialog *dialog) {
        dialog->findChild<QFontComboBox *>(u"fontFamily"_qs)
            ->setCurrentFont(QFont(u"DejaVu Sans"_qs));
        dialog->findChild<QDoubleSpinBox *>(u"fontSize"_qs)->setValue(16);
        dialog->findChild<QSpinBox *>(u"lineWidth"_qs)->setValue(50);
        dialog->findChild<QSpinBox *>(u"lineSpacing"_qs)->setValue(200);
        dialog->findChild<QComboBox *>(u"theme"_qs)->setCurrentIndex(3); // dark
    };
    // Cancel goes back to what was set.
    answerTextSettings(fill, false);
    action(u"Text Settings\u2026"_qs)->trigger();
    QCOMPARE(view->fontFamily(), family);
    QCOMPARE(view->lineSpacing(), 150);
    QVERIFY(view->palette().color(QPalette::Base).lightness() > 128);
    // OK keeps it.
    answerTextSettings(fill, true);
    action(u"Text Settings\u2026"_qs)->trigger();
    QCOMPARE(view->fontFamily(), u"DejaVu Sans"_qs);
    QCOMPARE(view->font().pointSizeF(), 16.0);
    QCOMPARE(view->columnCharacters(), 50);
    QVERIFY(view->lineWrapColumnOrWidth() < columnWidth * 1.5); // 50 characters of a larger font
    QCOMPARE(view->lineSpacing(), 200);
    QVERIFY(view->palette().color(QPalette::Base).lightness() < 64);
    QVERIFY(m_window->sidebar()->palette().color(QPalette::Base).lightness() < 64);
    // Remembered.
    m_window = std::make_unique<MainWindow>(m_knowledge);
    QVERIFY(WindowTest::showBuiltin(*m_window));
    QCOMPARE(m_window->articleView()->fontFamily(), u"DejaVu Sans"_qs);
    QCOMPARE(m_window->articleView()->lineSpacing(), 200);
    QVERIFY(m_window->articleView()->palette().color(QPalette::Base).lightness() < 64);
    // Sepia: warm paper.
    m_window->applyTextSettings({{}, 0, 70, 150, TextSettings::Theme::Sepia});
    const QColor paper = m_window->articleView()->palette().color(QPalette::Base);
    QVERIFY(paper.red() > paper.blue() + 20);
}

QTEST_MAIN(TestFirstUse)
#include "tst_firstuse.moc"
