// The library as a reader meets it: the article opened is kept, File > Library shows it in a
// table that sorts and filters, a search marks the words found, "In Other Articles" lists the
// articles that mention an entity, double-click opens one, Delete removes and Undo restores, and
// the setting turns keeping off.
#include "core/entities/entitylist.h"
#include "windowtest.h"

#include "core/extraction/entityextractor.h"
#include "core/library/library.h"
#include "core/library/librarytablemodel.h"
#include "core/session/articlesession.h"
#include "core/session/readersettings.h"
#include "ui/corrections/correctioncontroller.h"
#include "ui/library/librarycontroller.h"
#include "ui/library/librarywindow.h"
#include "ui/text/articleview.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeWidget>

#include <cstdlib>

class TestLibraryWindow : public WindowTestCase
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void theArticleOpenedIsKeptAndListed();
    void theTableSortsAndFilters();
    void theTableFollowsAnotherWriter();
    void aSearchMarksTheWordsFound();
    void inOtherArticlesListsTheArticlesThatMentionAnEntity();
    void anArticleOpensWhereItWasLeft();
    void theWindowAndTheLibraryKeepOnePosition();
    void deleteRemovesAndUndoRestores();
    void keepingCanBeTurnedOff();

private:
    int keptCount() const { return Library(Library::defaultPath()).count().value.value_or(-1); }
    LibraryWindow *openLibrary();
    QString addArticle(const QString &name, const QString &text);

    QTemporaryDir m_home;
};

void TestLibraryWindow::initTestCase()
{
    // The library and the settings live in a home of the test's own.
    qputenv("HOME", m_home.path().toUtf8());
    qunsetenv("XDG_DATA_HOME");
    qunsetenv("XDG_CONFIG_HOME");
    initCase();
}

void TestLibraryWindow::init()
{
    QFile::remove(Library::defaultPath());
    QFile::remove(Library::defaultPath() + QStringLiteral("-wal"));
    QFile::remove(Library::defaultPath() + QStringLiteral("-shm"));
    openBuiltinWindow();
}

void TestLibraryWindow::cleanup()
{
    closeWindow();
}

LibraryWindow *TestLibraryWindow::openLibrary()
{
    m_window->library()->libraryAction()->trigger();
    LibraryWindow *w = m_window->library()->libraryWindow();
    return w && QTest::qWaitForWindowExposed(w) ? w : nullptr;
}

QString TestLibraryWindow::addArticle(const QString &name, const QString &text)
{
    const QString path = m_home.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(text.toUtf8());
    f.close();
    const LoadResult loaded = ArticleLoader::loadFile(path);
    Library library(Library::defaultPath());
    library.add(*loaded.article, EntityExtractor(m_knowledge).extract(loaded.article->text), false);
    return path;
}

void TestLibraryWindow::theArticleOpenedIsKeptAndListed()
{
    QTRY_COMPARE(keptCount(), 1);
    LibraryWindow *library = openLibrary();
    QVERIFY(library);
    auto *table = library->findChild<QTableView *>(u"libraryTable"_qs);
    QAbstractItemModelTester tester(table->model());
    QTRY_COMPARE(table->model()->rowCount(), 1);
    const QString title = m_window->session()->article().title;
    QCOMPARE(table->model()->index(0, LibraryTableModel::Title).data().toString(), title);
    QVERIFY(table->model()->index(0, LibraryTableModel::People).data().toInt() > 5);
    QVERIFY(!table->model()->index(0, LibraryTableModel::LastRead).data().toString().isEmpty());
    // Opening it again updates its entry rather than adding another.
    QVERIFY(WindowTest::showBuiltin(*m_window));
    QTest::qWait(200);
    QCOMPARE(keptCount(), 1);
}

void TestLibraryWindow::theTableSortsAndFilters()
{
    QTRY_COMPARE(keptCount(), 1);
    addArticle(u"alpha.txt"_qs, u"Aardvark report\n\nOlaf Scholz spoke in Hamburg."_qs);
    addArticle(u"zulu.txt"_qs, u"Zebra crossing\n\nAngela Merkel spoke in Munich."_qs);
    LibraryWindow *library = openLibrary();
    auto *table = library->findChild<QTableView *>(u"libraryTable"_qs);
    QTRY_COMPARE(table->model()->rowCount(), 3);
    // A click on the Title header sorts by title.
    QHeaderView *header = table->horizontalHeader();
    const int x = header->sectionViewportPosition(LibraryTableModel::Title) + 10;
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
    QTRY_COMPARE(table->model()->index(0, 0).data().toString(), u"Aardvark report"_qs);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
    QTRY_COMPARE(table->model()->index(0, 0).data().toString(), u"Zebra crossing"_qs);
    // The filter keeps the titles that have the words typed.
    auto *filter = library->findChild<QLineEdit *>(u"libraryFilter"_qs);
    QTest::keyClicks(filter, u"zeb"_qs);
    QTRY_COMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, 0).data().toString(), u"Zebra crossing"_qs);
    // Double-click opens it in the main window.
    const QModelIndex first = table->model()->index(0, 0);
    const QPoint at = table->visualRect(first).center();
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, at); // a double-click's first press
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, at);
    QTRY_COMPARE(m_window->session()->article().source, m_home.filePath(u"zulu.txt"_qs));
}

void TestLibraryWindow::theTableFollowsAnotherWriter()
{
    QTRY_COMPARE(keptCount(), 1);
    LibraryWindow *library = openLibrary();
    QVERIFY(library);
    auto *table = library->findChild<QTableView *>(u"libraryTable"_qs);
    QTRY_COMPARE(table->model()->rowCount(), 1);
    // Another instance (another connection) adds an article: the shown table follows.
    addArticle(u"elsewhere.txt"_qs, u"Kept elsewhere\n\nOlaf Scholz spoke in Hamburg."_qs);
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 2, 6000);
    // Hidden, the window stops asking; shown again, it reads the table at once.
    library->hide();
    QTest::qWait(2500);
    addArticle(u"later.txt"_qs, u"Kept later\n\nAngela Merkel spoke in Munich."_qs);
    QTest::qWait(2500);
    QCOMPARE(table->model()->rowCount(), 2);
    QVERIFY(openLibrary());
    QTRY_COMPARE(table->model()->rowCount(), 3);
}

void TestLibraryWindow::aSearchMarksTheWordsFound()
{
    QTRY_COMPARE(keptCount(), 1);
    LibraryWindow *library = openLibrary();
    auto *search = library->findChild<QLineEdit *>(u"librarySearch"_qs);
    library->findChild<QTabWidget *>(u"libraryTabs"_qs)->setCurrentIndex(1);
    QTest::keyClicks(search, u"peskov"_qs);
    auto *hits = library->findChild<QTreeWidget *>(u"searchHits"_qs);
    QTRY_COMPARE(hits->topLevelItemCount(), 1);
    auto *snippet = qobject_cast<QLabel *>(hits->itemWidget(hits->topLevelItem(0), 1));
    QVERIFY(snippet);
    QVERIFY2(snippet->text().contains(u"<b>Peskov</b>"_qs), qPrintable(snippet->text()));
    search->clear();
    QTest::keyClicks(search, u"nosuchwordanywhere"_qs);
    QTRY_COMPARE(hits->topLevelItemCount(), 0);
    QVERIFY(library->findChild<QLabel *>(u"libraryStatus"_qs)->text().contains(u"Nothing"_qs));
}

void TestLibraryWindow::inOtherArticlesListsTheArticlesThatMentionAnEntity()
{
    QTRY_COMPARE(keptCount(), 1);
    const QString other
        = addArticle(u"other.txt"_qs,
                     u"Kremlin spokesman Dmitry Peskov said on Friday the talks would go on. "
                     u"Peskov gave no date."_qs);
    QVERIFY(m_window->selectEntityByName(u"Dmitry Peskov"_qs));
    QAction *inOther = m_window->findChild<QAction *>(u"inOtherArticles"_qs);
    QVERIFY(inOther);
    inOther->trigger();
    LibraryWindow *library = m_window->library()->libraryWindow();
    QVERIFY(library && QTest::qWaitForWindowExposed(library));
    auto *occurrences = library->findChild<QTreeWidget *>(u"occurrences"_qs);
    QTRY_COMPARE(occurrences->topLevelItemCount(), 2);
    QVERIFY(library->findChild<QLabel *>(u"lookupTitle"_qs)->text().contains(u"Dmitry Peskov"_qs));
    // The other article: two mentions, its first sentence.
    QTreeWidgetItem *found = nullptr;
    for (int i = 0; i < occurrences->topLevelItemCount(); ++i) {
        if (occurrences->topLevelItem(i)->toolTip(0) == other)
            found = occurrences->topLevelItem(i);
    }
    QVERIFY(found);
    QCOMPARE(found->text(1), u"2"_qs);
    QVERIFY(found->text(2).startsWith(u"Kremlin spokesman Dmitry Peskov said"_qs));
    auto *companions = library->findChild<QTreeWidget *>(u"companions"_qs);
    QVERIFY(companions->topLevelItemCount() > 0);
    // Activating it opens the article in the main window.
    occurrences->setCurrentItem(found);
    QTest::keyClick(occurrences, Qt::Key_Return);
    QTRY_COMPARE(m_window->session()->article().source, other);
}

void TestLibraryWindow::anArticleOpensWhereItWasLeft()
{
    QTRY_COMPARE(keptCount(), 1);
    QString text = u"Far down\n\n"_qs;
    for (int i = 0; i < 400; ++i)
        text += u"Paragraph %1 of a long article about Olaf Scholz in Hamburg.\n\n"_qs.arg(i);
    const QString path = addArticle(u"long.txt"_qs, text);
    const qsizetype position = text.indexOf(u"Paragraph 300 "_qs);
    {
        Library library(Library::defaultPath());
        QVERIFY(*library.setPosition(path, position).value);
    }
    LibraryWindow *library = openLibrary();
    auto *table = library->findChild<QTableView *>(u"libraryTable"_qs);
    QTRY_COMPARE(table->model()->rowCount(), 2);
    int row = -1;
    for (int r = 0; r < table->model()->rowCount(); ++r) {
        if (table->model()->index(r, 0).data(Qt::ToolTipRole).toString() == path)
            row = r;
    }
    QVERIFY(row >= 0);
    table->setFocus();
    table->setCurrentIndex(table->model()->index(row, 0));
    QTest::keyClick(table, Qt::Key_Return);
    QTRY_COMPARE(m_window->session()->article().source, path);
    QTRY_VERIFY(!m_window->isExtracting());
    // The line left at is at the top again (within a paragraph of it).
    QTRY_VERIFY(std::abs(m_window->articleView()->firstVisiblePosition() - position) < 100);
}

// One reading position: the window remembers it a second after the text stops moving, and the
// library keeps the same, pasted articles too.
void TestLibraryWindow::theWindowAndTheLibraryKeepOnePosition()
{
    QString text = u"Far down\n\n"_qs;
    for (int i = 0; i < 400; ++i)
        text += u"Paragraph %1 of a long article about Olaf Scholz in Hamburg.\n\n"_qs.arg(i);
    for (const bool pasted : {false, true}) {
        if (pasted) {
            QGuiApplication::clipboard()->setText(text + u"Pasted."_qs);
            m_window->pasteArticle();
        } else {
            const QString path = m_home.filePath(u"long-%1.txt"_qs.arg(int(pasted)));
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(text.toUtf8());
            f.close();
            QVERIFY(m_window->openFile(path));
        }
        QTRY_VERIFY(!m_window->isExtracting());
        const QString key = Library::sourceKey(m_window->session()->article());
        QTRY_VERIFY(Library(Library::defaultPath()).entryForSource(key).has_value());
        ArticleView *view = m_window->articleView();
        view->scrollPositionToTop(text.indexOf(u"Paragraph 250 "_qs));
        QTRY_VERIFY(view->firstVisiblePosition() > 0);
        const qsizetype at = view->firstVisiblePosition();
        QTRY_COMPARE_WITH_TIMEOUT(Library(Library::defaultPath()).entryForSource(key)->position, at,
                                  5000);
        QCOMPARE(ReaderSettings().readingPosition(key), at);
    }
}

void TestLibraryWindow::deleteRemovesAndUndoRestores()
{
    QTRY_COMPARE(keptCount(), 1);
    addArticle(u"second.txt"_qs, u"Second\n\nOlaf Scholz spoke in Hamburg."_qs);
    LibraryWindow *library = openLibrary();
    auto *table = library->findChild<QTableView *>(u"libraryTable"_qs);
    QTRY_COMPARE(table->model()->rowCount(), 2);
    table->setFocus();
    table->selectRow(0);
    QTest::keyClick(table, Qt::Key_Delete);
    QTRY_COMPARE(table->model()->rowCount(), 1);
    QCOMPARE(keptCount(), 1);
    auto *undo = library->findChild<QPushButton *>(u"undoRemove"_qs);
    QVERIFY(undo->isVisible());
    QTest::mouseClick(undo, Qt::LeftButton);
    QTRY_COMPARE(table->model()->rowCount(), 2);
    QCOMPARE(keptCount(), 2);
    QVERIFY(!undo->isVisible());
}

void TestLibraryWindow::keepingCanBeTurnedOff()
{
    QTRY_COMPARE(keptCount(), 1);
    LibraryWindow *library = openLibrary();
    auto *keep = library->findChild<QCheckBox *>(u"keepArticles"_qs);
    QVERIFY(keep->isChecked());
    QTest::mouseClick(keep, Qt::LeftButton, {}, QPoint(5, keep->height() / 2));
    QVERIFY(!m_window->settings()->keepInLibrary());
    const QString path = m_home.filePath(u"unkept.txt"_qs);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("Olaf Scholz spoke in Hamburg.");
    f.close();
    QVERIFY(m_window->openSource(path));
    QTRY_COMPARE(m_window->session()->article().source, path);
    QTRY_VERIFY(!m_window->isExtracting());
    QTest::qWait(200);
    QCOMPARE(keptCount(), 1);
}

QTEST_MAIN(TestLibraryWindow)
#include "tst_librarywindow.moc"
