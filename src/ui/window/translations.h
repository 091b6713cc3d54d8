#pragma once

#include <QStringList>

class QLocale;

// Installs the program's translation (embedded under :/i18n) and Qt's own for a locale.
namespace Translations {

// Replaces the translators installed by an earlier call. Without a translation for the locale
// the text stays English; Qt's own translations are used when the system has them
// (Debian: qt6-translations-l10n). Returns the files loaded. Needs a QCoreApplication.
QStringList install(const QLocale &locale);

} // namespace Translations
