#include "icons.h"

#include <QApplication>
#include <QIconEngine>
#include <QLineEdit>

namespace {

class LazyIconEngine final : public QIconEngine
{
public:
    LazyIconEngine(const QString &name, QStyle::StandardPixmap fallback)
        : m_name(name)
        , m_fallback(fallback)
    {}

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        icon().paint(painter, rect, Qt::AlignCenter, mode, state);
    }
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return icon().pixmap(size, mode, state);
    }
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state,
                         qreal scale) override
    {
        return icon().pixmap(size, scale, mode, state);
    }
    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return icon().actualSize(size, mode, state);
    }
    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override
    {
        return icon().availableSizes(mode, state);
    }
    QString iconName() override { return icon().name(); }
    bool isNull() override { return icon().isNull(); }
    QString key() const override { return QStringLiteral("ArticleReaderLazyIcon"); }
    QIconEngine *clone() const override { return new LazyIconEngine(*this); }

private:
    const QIcon &icon()
    {
        if (!m_loaded) {
            m_icon = QIcon::hasThemeIcon(m_name) ? QIcon::fromTheme(m_name)
                                                 : QApplication::style()->standardIcon(m_fallback);
            m_loaded = true;
        }
        return m_icon;
    }

    QString m_name;
    QStyle::StandardPixmap m_fallback;
    QIcon m_icon;
    bool m_loaded = false;
};

} // namespace

QIcon Icons::themed(const QString &name, QStyle::StandardPixmap fallback)
{
    return QIcon(new LazyIconEngine(name, fallback));
}

void Icons::clearButtonOnceTyped(QLineEdit *edit)
{
    const auto enable = [edit](const QString &text) {
        if (!text.isEmpty() && !edit->isClearButtonEnabled())
            edit->setClearButtonEnabled(true);
    };
    enable(edit->text());
    QObject::connect(edit, &QLineEdit::textChanged, edit, enable);
}
