#include "ui/text/findbar.h"

#include "ui/style/icons.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QStyle>
#include <QTimer>
#include <QToolButton>

namespace {

bool isEscape(const QKeyEvent *event)
{
    return event->key() == Qt::Key_Escape && event->modifiers() == Qt::NoModifier;
}

bool isEnter(const QKeyEvent *event)
{
    return event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
}

} // namespace

FindBar::FindBar(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_matchCase(new QCheckBox(tr("Match case"), this))
    , m_wholeWords(new QCheckBox(tr("Whole words"), this))
    , m_previous(new QToolButton(this))
    , m_next(new QToolButton(this))
    , m_result(new QLabel(this))
    , m_close(new QToolButton(this))
    , m_debounce(new QTimer(this))
{
    setAccessibleName(tr("Find bar"));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);

    m_edit->setObjectName(u"findEdit"_qs);
    m_edit->setPlaceholderText(tr("Find in text"));
    m_edit->setAccessibleName(tr("Find in text"));
    Icons::clearButtonOnceTyped(m_edit);
    m_edit->setMinimumWidth(m_edit->fontMetrics().averageCharWidth() * 28);
    m_edit->installEventFilter(this);

    m_matchCase->setObjectName(u"matchCaseButton"_qs);
    m_matchCase->setAccessibleName(tr("Match case"));
    m_matchCase->setToolTip(tr("Tell capitals from small letters"));
    m_wholeWords->setObjectName(u"wholeWordsButton"_qs);
    m_wholeWords->setAccessibleName(tr("Whole words"));
    m_wholeWords->setToolTip(tr("Skip matches inside longer words"));

    const auto setUpButton = [this](QToolButton *button, const QString &objectName,
                                    const QString &themeIcon, Icons::Glyph glyph,
                                    const QString &name, const QString &toolTip) {
        button->setObjectName(objectName);
        button->setIcon(Icons::themed(themeIcon, glyph));
        button->setAccessibleName(name);
        button->setToolTip(toolTip);
        button->setAutoRaise(true);
    };
    setUpButton(m_previous, u"findPreviousButton"_qs, u"go-up"_qs, Icons::Glyph::Up,
                tr("Previous match"), tr("Previous match (Shift+Enter)"));
    setUpButton(m_next, u"findNextButton"_qs, u"go-down"_qs, Icons::Glyph::Down, tr("Next match"),
                tr("Next match (Enter)"));
    setUpButton(m_close, u"findCloseButton"_qs, u"window-close"_qs, Icons::Glyph::Close,
                tr("Close find bar"), tr("Close find bar (Esc)"));

    m_result->setObjectName(u"findResultLabel"_qs);
    m_result->setAccessibleName(tr("Find result"));
    // The longest usual text keeps its room, so the bar does not jump as the count changes.
    m_result->setMinimumWidth(m_result->fontMetrics().horizontalAdvance(
        tr("%1 of %2").arg(QLocale().toString(88888), QLocale().toString(88888))));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 3, 6, 3);
    layout->setSpacing(4);
    layout->addWidget(m_edit);
    layout->addWidget(m_previous);
    layout->addWidget(m_next);
    layout->addSpacing(6);
    layout->addWidget(m_matchCase);
    layout->addWidget(m_wholeWords);
    layout->addSpacing(6);
    layout->addWidget(m_result);
    layout->addStretch(1);
    layout->addWidget(m_close);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(DebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &FindBar::emitSearch);
    connect(m_edit, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    // An option applies to what is already typed: no reason to wait.
    connect(m_matchCase, &QCheckBox::toggled, this, &FindBar::searchNow);
    connect(m_wholeWords, &QCheckBox::toggled, this, &FindBar::searchNow);
    connect(m_previous, &QToolButton::clicked, this, [this] {
        flushPendingSearch();
        emit previousRequested();
    });
    connect(m_next, &QToolButton::clicked, this, [this] {
        flushPendingSearch();
        emit nextRequested();
    });
    connect(m_close, &QToolButton::clicked, this, &FindBar::close);

    hide();
}

void FindBar::activate()
{
    show();
    m_edit->setFocus(Qt::ShortcutFocusReason);
    m_edit->selectAll();
}

void FindBar::setResult(qsizetype current, qsizetype total, bool capped)
{
    const QLocale locale;
    QString text;
    if (total <= 0 && m_edit->text().isEmpty())
        text.clear(); // nothing searched for: nothing to report
    else if (total <= 0)
        text = tr("No matches");
    else if (current >= 0 && capped)
        text = tr("%1 of more than %2").arg(locale.toString(current + 1), locale.toString(total));
    else if (current >= 0)
        text = tr("%1 of %2").arg(locale.toString(current + 1), locale.toString(total));
    else if (capped)
        text = tr("more than %1 matches").arg(locale.toString(total));
    else if (total == 1)
        text = tr("1 match");
    else
        text = tr("%1 matches").arg(locale.toString(total));
    m_result->setText(text);
    // Setting the name also tells screen readers that it changed.
    m_result->setAccessibleName(text.isEmpty() ? tr("Find result") : text);
}

QString FindBar::text() const
{
    return m_edit->text();
}

bool FindBar::caseSensitive() const
{
    return m_matchCase->isChecked();
}

bool FindBar::wholeWords() const
{
    return m_wholeWords->isChecked();
}

bool FindBar::event(QEvent *event)
{
    // The window may bind Esc to something else (clearing the highlight); while the focus is in
    // the bar, Esc closes the bar first.
    if (event->type() == QEvent::ShortcutOverride && isEscape(static_cast<QKeyEvent *>(event))) {
        event->accept();
        return true;
    }
    return QWidget::event(event);
}

bool FindBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (isEnter(key)) {
            flushPendingSearch();
            if (key->modifiers() & Qt::ShiftModifier)
                emit previousRequested();
            else
                emit nextRequested();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void FindBar::keyPressEvent(QKeyEvent *event)
{
    if (isEscape(event)) {
        close();
        return;
    }
    QWidget::keyPressEvent(event);
}

void FindBar::emitSearch()
{
    emit searchChanged(m_edit->text(), caseSensitive(), wholeWords());
}

void FindBar::searchNow()
{
    m_debounce->stop();
    emitSearch();
}

void FindBar::flushPendingSearch()
{
    if (!m_debounce->isActive())
        return;
    m_debounce->stop();
    emitSearch();
}

void FindBar::close()
{
    m_debounce->stop();
    hide();
    emit closed();
}
