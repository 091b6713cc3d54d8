// Highlighting cost on a large article, side by side with a plain repaint of the same view and
// with Qt's own ways to highlight (extra selections, character formats, a syntax highlighter).
// Every figure is the median of several runs, each timed until the viewport has repainted.
//
//   QT_QPA_PLATFORM=offscreen build/tools/bench_highlight build/bench/article-5mb.txt
//
// Prints figures; never fails on timing.
#include "core/document/articleloader.h"
#include "core/extraction/entityextractor.h"
#include "core/extraction/knowledge.h"
#include "ui/text/articleview.h"
#include "ui/text/overviewruler.h"
#include "ui/window/mainwindow.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QStandardPaths>
#include <QSyntaxHighlighter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextEdit>

#include <spdlog/spdlog.h>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

namespace {

double nowMs(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// The median of `runs` timings of `action`; `prepare` runs untimed before each, and pending
// events (update requests, timers) are handled untimed after each, so runs do not pile up.
double median(int runs, const std::function<void()> &prepare, const std::function<void()> &action)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        if (prepare)
            prepare();
        QCoreApplication::processEvents();
        QElapsedTimer timer;
        timer.start();
        action();
        times.push_back(nowMs(timer));
        QCoreApplication::processEvents();
    }
    std::sort(times.begin(), times.end());
    const size_t n = times.size();
    return n % 2 ? times[n / 2] : (times[n / 2 - 1] + times[n / 2]) / 2;
}

// A time in milliseconds, or in microseconds below a tenth of one (the ruler's figures).
QByteArray duration(double ms)
{
    return ms < 0.1 ? QByteArray::number(ms * 1000, 'f', 1) + " us"
                    : QByteArray::number(ms, 'f', 3) + " ms";
}

void report(const char *name, double ms, const char *baselineName, double baseline, double target)
{
    const double ratio = ms / baseline;
    std::printf("%s: %s, %s %s, ratio %.2f (target <= %.1f) [%s]\n", name, duration(ms).constData(),
                baselineName, duration(baseline).constData(), ratio, target,
                ratio <= target ? "met" : "MISSED");
    std::fflush(stdout);
}

void reportQt(const char *name, double ms, double plain)
{
    std::printf("%s: %.1f ms (ratio %.1f to plain repaint %.2f ms)\n", name, ms, ms / plain, plain);
    std::fflush(stdout);
}

// Formats the mentions of one block as they go by: the QSyntaxHighlighter way to highlight.
class MentionHighlighter final : public QSyntaxHighlighter
{
public:
    using QSyntaxHighlighter::QSyntaxHighlighter;
    QList<Mention> mentions; // sorted by start

protected:
    void highlightBlock(const QString &text) override
    {
        if (mentions.isEmpty())
            return;
        const qsizetype start = currentBlock().position();
        const qsizetype end = start + text.size();
        QTextCharFormat format;
        format.setBackground(QColor(255, 214, 102));
        auto it = std::lower_bound(mentions.cbegin(), mentions.cend(), start,
                                   [](const Mention &m, qsizetype pos) { return m.end <= pos; });
        for (; it != mentions.cend() && it->start < end; ++it) {
            const qsizetype s = std::max(it->start, start);
            const qsizetype e = std::min(it->end, end);
            setFormat(int(s - start), int(e - s), format);
        }
    }
};

// The offscreen platform warns on every window shown that it cannot propagate size hints.
QtMessageHandler previousHandler = nullptr;
void quietHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (!message.contains(QStringLiteral("propagateSizeHints")))
        previousHandler(type, context, message);
}

void waitForExposure(QWidget &widget)
{
    widget.show();
    for (int i = 0; i < 100 && !widget.isVisible(); ++i)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    QCoreApplication::processEvents();
}

} // namespace

int main(int argc, char *argv[])
{
    // Keep the reader's own settings (recent files, last article) out of the benchmark.
    QStandardPaths::setTestModeEnabled(true);
    spdlog::set_level(spdlog::level::warn);
    previousHandler = qInstallMessageHandler(quietHandler);
    QCoreApplication::setOrganizationName(QStringLiteral("ArticleReaderBench"));
    QApplication app(argc, argv);

    const QStringList args = QCoreApplication::arguments();
    int runs = 15;
    int baselineRuns = 3;
    bool qtBaselines = true;
    QString path;
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == QStringLiteral("--runs") && i + 1 < args.size())
            runs = std::max(1, args[++i].toInt());
        else if (args[i] == QStringLiteral("--baseline-runs") && i + 1 < args.size())
            baselineRuns = std::max(1, args[++i].toInt());
        else if (args[i] == QStringLiteral("--skip-qt"))
            qtBaselines = false;
        else
            path = args[i];
    }
    if (path.isEmpty() || !QFileInfo::exists(path)) {
        std::fprintf(
            stderr,
            "usage: bench_highlight [--runs N] [--baseline-runs M] [--skip-qt] ARTICLE.txt\n"
            "No article at \"%s\": generate one with\n"
            "  tools/bench/make_article.py build/bench/article-5mb.txt\n",
            qUtf8Printable(path));
        return 2;
    }

    QElapsedTimer phase;
    phase.start();
    const LoadResult loaded = ArticleLoader::loadFile(path);
    if (!loaded.ok()) {
        std::fprintf(stderr, "bench_highlight: %s\n", qUtf8Printable(loaded.error));
        return 1;
    }
    const Article &article = *loaded.article;
    const double loadMs = nowMs(phase);

    phase.restart();
    const EntityList entities = EntityExtractor(Knowledge::load()).extract(article.text);
    const double extractMs = nowMs(phase);
    const Entity *top = nullptr;
    qsizetype personPlace = 0;
    for (const Entity &e : entities.entities()) {
        if (e.type != EntityType::Organization)
            personPlace += e.mentions.size();
        if (!top || e.mentions.size() > top->mentions.size())
            top = &e;
    }
    if (!top) {
        std::fprintf(stderr, "bench_highlight: no entities in %s\n", qUtf8Printable(path));
        return 1;
    }
    const QList<Mention> &mentions = top->mentions;
    std::printf("article: %s, %.2f MB, %lld person+place mentions; top entity \"%s\" with %lld "
                "mentions (load %.0f ms, extract %.0f ms)\n",
                qUtf8Printable(QFileInfo(path).fileName()),
                double(article.text.toUtf8().size()) / (1024.0 * 1024.0),
                static_cast<long long>(personPlace), qUtf8Printable(top->name),
                static_cast<long long>(mentions.size()), loadMs, extractMs);

    // The reading view, set up as MainWindow does, scrolled to the middle of the article.
    ArticleView view;
    view.resize(1200, 800);
    phase.restart();
    view.setArticle(article);
    const double setArticleMs = nowMs(phase);
    waitForExposure(view);
    phase.restart();
    // The view lays the document out lazily; the figures below are for a reader who has been
    // through it, so lay all of it out first (and say how long that takes).
    view.document()->documentLayout()->blockBoundingRect(view.document()->lastBlock());
    const double layoutMs = nowMs(phase);
    std::printf("setup: ArticleView::setArticle %.0f ms, then full layout %.0f ms\n", setArticleMs,
                layoutMs);
    QScrollBar *bar = view.verticalScrollBar();
    const int middle = bar->maximum() / 2;
    bar->setValue(middle);
    QWidget *viewport = view.viewport();
    const auto repaint = [viewport] {
        viewport->repaint();
    };
    std::printf("runs: %d (Qt baselines %d); timings are medians\n\n", runs, baselineRuns);

    const double plain = median(runs, {}, repaint);
    std::printf("plain_repaint: %.2f ms (ArticleView 1200x800, mid-article)\n", plain);
    // A probe: what finding the text in view costs here (painting highlights asks for it twice,
    // MainWindow::recordJump once per selection).
    const double visibleMs = median(runs, {}, [&] {
        view.firstVisiblePosition();
        view.lastVisiblePosition();
    });
    std::printf("probe_visible_range_mid (firstVisiblePosition + lastVisiblePosition): %.3f ms\n",
                visibleMs);

    const auto select = [&] {
        view.setHighlights(mentions, top->type);
    };
    const double selectMs = median(
        runs, [&] { view.clearHighlights(), repaint(); }, [&] { select(), repaint(); });
    std::printf("  (painted %d mentions in view)\n", view.lastPaintedCount());
    const QByteArray selectName
        = QStringLiteral("highlight_select_5mb (%1 mentions)").arg(mentions.size()).toUtf8();
    report(selectName.constData(), selectMs, "plain repaint", plain, 2.0);

    const double clearMs = median(
        runs, [&] { select(), repaint(); }, [&] { view.clearHighlights(), repaint(); });
    report("highlight_clear_5mb", clearMs, "plain repaint", plain, 2.0);

    // One page down, then one page up: each run scrolls by a page and repaints.
    int direction = 1;
    const auto scrollPage = [&] {
        bar->setValue(bar->value() + direction * bar->pageStep());
        direction = -direction;
        repaint();
    };
    view.clearHighlights();
    bar->setValue(middle);
    const double scrollPlain = median(runs, {}, scrollPage);
    select();
    bar->setValue(middle);
    direction = 1;
    const double scrollLit = median(runs, {}, scrollPage);
    report("scroll_page_with_highlights_5mb", scrollLit, "without", scrollPlain, 1.5);

    // The overview ruler, as beside the view in the window: 14 px wide, the view's height.
    OverviewRuler ruler;
    ruler.resize(14, 800);
    waitForExposure(ruler);
    const auto rulerRepaint = [&ruler] {
        ruler.repaint();
    };
    const QColor markColor(200, 120, 0);
    const QList<OverviewRuler::Layer> rulerLayers{{mentions, markColor}};
    const qsizetype textLength = view.textLength();
    const double rulerPlain = median(runs, {}, rulerRepaint);
    // Another entity's marks, in another colour, before each clear: the ruler keeps the last
    // marks it drew and rewrites only the rows that change, so selecting the same entity again
    // would flatter it.
    const Entity *other = nullptr;
    for (const Entity &e : entities.entities()) {
        if (&e != top && (!other || e.mentions.size() > other->mentions.size()))
            other = &e;
    }
    const QList<OverviewRuler::Layer> otherLayers{
        {other ? other->mentions : QList<Mention>{}, QColor(0, 120, 200)}};
    // As the window does when the entities arrive: the ruler finds every entity's rows ahead.
    QList<QList<Mention>> known;
    for (const Entity &e : entities.entities())
        known.append(e.mentions);
    QElapsedTimer prepare;
    prepare.start();
    ruler.setKnownMentions(known, textLength);
    std::printf("ruler_known_rows: %.3f ms for the rows of %lld entities (once per article, "
                "correction and change of height)\n",
                nowMs(prepare), static_cast<long long>(known.size()));
    const auto afterAnotherEntity = [&] {
        ruler.setLayers(otherLayers, textLength), rulerRepaint();
        ruler.clear(), rulerRepaint();
    };
    const double rulerSelect = median(runs, afterAnotherEntity, [&] {
        ruler.setLayers(rulerLayers, textLength), rulerRepaint();
    });
    report("ruler_select_5mb (setLayers, after another entity)", rulerSelect, "plain ruler repaint",
           rulerPlain, 2.0);
    // Find matches, or any list the ruler was not given ahead: its rows are found when it is set.
    // A copy of the entity's list stands in for them.
    QList<Mention> unknown = mentions;
    unknown.detach();
    const QList<OverviewRuler::Layer> unknownLayers{{unknown, markColor}};
    const double rulerSelectUnknown = median(runs, afterAnotherEntity, [&] {
        ruler.setLayers(unknownLayers, textLength), rulerRepaint();
    });
    std::printf("ruler_select_unknown_list_5mb (find matches: rows found on setLayers): %s, "
                "ratio %.2f to plain ruler repaint\n",
                duration(rulerSelectUnknown).constData(), rulerSelectUnknown / rulerPlain);
    const double rulerClear = median(
        runs, [&] { ruler.setLayers(rulerLayers, textLength), rulerRepaint(); },
        [&] { ruler.clear(), rulerRepaint(); });
    report("ruler_clear_5mb", rulerClear, "plain ruler repaint", rulerPlain, 2.0);
    ruler.setLayers(rulerLayers, textLength);
    const double rulerScroll = median(runs, {}, [&] {
        ruler.setVisibleRange(direction > 0 ? 0.5 : 0.52, direction > 0 ? 0.51 : 0.53);
        direction = -direction;
        rulerRepaint();
    });
    ruler.clear();
    const double rulerScrollPlain = median(runs, {}, [&] {
        ruler.setVisibleRange(direction > 0 ? 0.5 : 0.52, direction > 0 ? 0.51 : 0.53);
        direction = -direction;
        rulerRepaint();
    });
    report("ruler_scroll_with_marks_5mb", rulerScroll, "without", rulerScrollPlain, 1.5);

    // A click as the window handles it for the view and the ruler together: both layers set, both
    // repainted.
    view.clearHighlights();
    const double bothPlain = median(runs, {}, [&] { repaint(), rulerRepaint(); });
    const double clickMs = median(
        runs, [&] { view.clearHighlights(), ruler.clear(), repaint(), rulerRepaint(); },
        [&] {
            select();
            ruler.setLayers(rulerLayers, textLength);
            repaint();
            rulerRepaint();
        });
    report("view_and_ruler_select_5mb (both layers)", clickMs, "plain repaint of both", bothPlain,
           2.0);
    view.clearHighlights();
    ruler.clear();
    view.hide();
    ruler.hide();

    // The whole window: MainWindow::selectEntities (sidebar, mentions in context, view, ruler,
    // jump to the first mention) and clearSelection, until the window has repainted.
    {
        MainWindow window;
        window.resize(1280, 800);
        waitForExposure(window);
        phase.restart();
        window.showArticle(article);
        if (window.isExtracting()) {
            QEventLoop loop;
            QObject::connect(&window, &MainWindow::entitiesReady, &loop, &QEventLoop::quit);
            loop.exec();
        }
        std::printf("\nMainWindow: showArticle until entitiesReady %.0f ms\n", nowMs(phase));
        const Entity *windowTop = window.entities().findByName(top->name);
        if (windowTop) {
            const QStringList ids{windowTop->id};
            // Repaints what is dirty: after a selection, the widgets it changed.
            const auto windowRepaint = [&window] {
                window.repaint();
            };
            // The baseline repaints every widget. QWidget::repaint() on the window alone does
            // not repaint the viewports of its scroll areas (the text, the sidebar, the mentions
            // list) when they have nothing new, so it is not a repaint of the whole window.
            const QList<QWidget *> widgets = window.findChildren<QWidget *>();
            const auto windowRepaintAll = [&window, &widgets] {
                for (QWidget *widget : widgets) {
                    if (widget->isVisible())
                        widget->update();
                }
                window.repaint();
            };
            const double windowPlain = median(runs, {}, windowRepaintAll);
            const double windowPartial = median(runs, {}, windowRepaint);
            std::printf("plain window repaint: %.3f ms, every widget (window.repaint() alone, "
                        "which skips the scroll areas' viewports: %.3f ms)\n",
                        windowPlain, windowPartial);
            const double windowSelect = median(
                runs, [&] { window.clearSelection(), windowRepaint(); },
                [&] { window.selectEntities(ids, ids.first()), windowRepaint(); });
            report("app_select_5mb (MainWindow::selectEntities)", windowSelect,
                   "plain window repaint", windowPlain, 2.0);
            // Where that goes: the selection's own work, then the repaint it causes.
            const double selectOnly = median(
                runs, [&] { window.clearSelection(), windowRepaint(); },
                [&] { window.selectEntities(ids, ids.first()); });
            std::printf(
                "probe_app_select_split: selectEntities %.3f ms, then the repaint %.3f ms\n",
                selectOnly, windowSelect - selectOnly);
            const double windowClear = median(
                runs, [&] { window.selectEntities(ids, ids.first()), windowRepaint(); },
                [&] { window.clearSelection(), windowRepaint(); });
            report("app_clear_5mb (MainWindow::clearSelection)", windowClear,
                   "plain window repaint", windowPlain, 2.0);
        }
    }

    if (!qtBaselines)
        return 0;
    // Qt's own ways, on a plain QTextEdit with the same text, font and size.
    std::printf("\nQt 6 baselines (plain QTextEdit, same text, font and size):\n");
    QTextEdit edit;
    edit.setUndoRedoEnabled(false);
    edit.setReadOnly(true);
    edit.setFont(view.font());
    edit.resize(1200, 800);
    edit.setPlainText(Article::displayText(article.text));
    waitForExposure(edit);
    {
        QTextCursor end(edit.document());
        end.movePosition(QTextCursor::End);
        edit.document()->documentLayout()->blockBoundingRect(end.block()); // lay out all
    }
    edit.verticalScrollBar()->setValue(edit.verticalScrollBar()->maximum() / 2);
    QWidget *editViewport = edit.viewport();
    const auto editRepaint = [editViewport] {
        editViewport->repaint();
    };
    const double qtPlain = median(runs, {}, editRepaint);
    std::printf("qt_plain_repaint: %.2f ms\n", qtPlain);

    QTextCharFormat lit;
    lit.setBackground(QColor(255, 214, 102));
    const auto extraSelections = [&] {
        QList<QTextEdit::ExtraSelection> list;
        list.reserve(mentions.size());
        for (const Mention &m : mentions) {
            QTextCursor c(edit.document());
            c.setPosition(int(m.start));
            c.setPosition(int(m.end), QTextCursor::KeepAnchor);
            list.append({c, lit});
        }
        edit.setExtraSelections(list);
    };
    const double extraSelect = median(
        baselineRuns, [&] { edit.setExtraSelections({}), editRepaint(); },
        [&] { extraSelections(), editRepaint(); });
    reportQt("qt_extra_selections_select", extraSelect, plain);
    const double extraClear = median(
        baselineRuns, [&] { extraSelections(), editRepaint(); },
        [&] { edit.setExtraSelections({}), editRepaint(); });
    reportQt("qt_extra_selections_clear", extraClear, plain);

    const auto mergeFormat = [&](const QTextCharFormat &format) {
        QTextCursor c(edit.document());
        c.beginEditBlock();
        for (const Mention &m : mentions) {
            c.setPosition(int(m.start));
            c.setPosition(int(m.end), QTextCursor::KeepAnchor);
            c.mergeCharFormat(format);
        }
        c.endEditBlock();
    };
    QTextCharFormat unlit;
    unlit.setBackground(Qt::NoBrush);
    const double mergeSelect = median(
        baselineRuns, [&] { mergeFormat(unlit), editRepaint(); },
        [&] { mergeFormat(lit), editRepaint(); });
    reportQt("qt_merge_char_format_select", mergeSelect, plain);
    const double mergeClear = median(
        baselineRuns, [&] { mergeFormat(lit), editRepaint(); },
        [&] { mergeFormat(unlit), editRepaint(); });
    reportQt("qt_merge_char_format_clear", mergeClear, plain);
    mergeFormat(unlit);

    // Each block the highlighter formats marks the QTextEdit's document dirty and relays it out,
    // so one rehighlight of a 5 MB article takes minutes here: one run each.
    auto *highlighter = new MentionHighlighter(edit.document());
    const auto highlighterRuns = [&](QSyntaxHighlighter *h, QList<Mention> *target,
                                     const std::function<void()> &paint, int n,
                                     const char *selectName, const char *clearName) {
        const double select = median(
            n, [&] { target->clear(), h->rehighlight(); },
            [&] {
                *target = mentions;
                h->rehighlight();
                paint();
            });
        reportQt(selectName, select, plain);
        const double clear = median(
            n,
            [&] {
                *target = mentions;
                h->rehighlight();
            },
            [&] {
                target->clear();
                h->rehighlight();
                paint();
            });
        reportQt(clearName, clear, plain);
    };
    highlighterRuns(highlighter, &highlighter->mentions, editRepaint, 1,
                    "qt_syntax_highlighter_select (QTextEdit, 1 run)",
                    "qt_syntax_highlighter_clear (QTextEdit, 1 run)");
    delete highlighter;
    edit.hide();

    // The same highlighter on a QPlainTextEdit, whose layout only redoes the block that changed.
    QPlainTextEdit plainEdit;
    plainEdit.setUndoRedoEnabled(false);
    plainEdit.setReadOnly(true);
    plainEdit.setFont(view.font());
    plainEdit.resize(1200, 800);
    plainEdit.setPlainText(Article::displayText(article.text));
    waitForExposure(plainEdit);
    plainEdit.verticalScrollBar()->setValue(plainEdit.verticalScrollBar()->maximum() / 2);
    QWidget *plainViewport = plainEdit.viewport();
    const auto plainRepaint = [plainViewport] {
        plainViewport->repaint();
    };
    std::printf("qt_plain_text_edit_repaint: %.2f ms\n", median(runs, {}, plainRepaint));
    auto *plainHighlighter = new MentionHighlighter(plainEdit.document());
    highlighterRuns(plainHighlighter, &plainHighlighter->mentions, plainRepaint, baselineRuns,
                    "qt_syntax_highlighter_select (QPlainTextEdit)",
                    "qt_syntax_highlighter_clear (QPlainTextEdit)");
    return 0;
}
