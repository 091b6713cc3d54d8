#include "core/extraction/knowledgeformat.h"

QString KnowledgeFormat::foldAccents(const QString &text)
{
    bool ascii = true;
    for (QChar c : text) {
        if (c.unicode() >= 0x80) {
            ascii = false;
            break;
        }
    }
    if (ascii)
        return text;
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (!c.isMark())
            out.append(c);
    }
    return out;
}

QString KnowledgeFormat::titleKey(const QString &phrase)
{
    QString key = phrase.toLower();
    key.replace(u'-', u' ');
    key.remove(u'.');
    return key;
}

QString KnowledgeFormat::normalisedKey(KeyForm form, const QString &text)
{
    switch (form) {
    case KeyForm::AsWritten:
        return text;
    case KeyForm::LowerCase:
        return text.toLower();
    case KeyForm::FoldedAccents:
        return foldAccents(text);
    case KeyForm::TitleKey:
        return titleKey(text);
    }
    return text;
}
