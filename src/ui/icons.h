#pragma once

#include <QIcon>
#include <QStyle>

class QLineEdit;

// Icons that cost nothing until they are drawn. Qt's standard icons decode every size they come
// in (up to 128 px) as soon as they are asked for, a millisecond or so each at start-up, even for
// an icon that only shows in a menu nobody has opened yet.
namespace Icons {

// The desktop theme's icon `name` if the theme has one, else the style's `fallback`; chosen and
// loaded the first time the icon is painted or measured.
QIcon themed(const QString &name, QStyle::StandardPixmap fallback);

// Gives the line edit its clear button when it first holds text (the button only shows then), so
// that an empty filter or find field does not load the button's icon at start-up.
void clearButtonOnceTyped(QLineEdit *edit);

} // namespace Icons
