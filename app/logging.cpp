#include "logging.h"

#include <QtGlobal>

#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

namespace {

void qtMessageHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const std::string text = message.toStdString();
    const char *category = context.category ? context.category : "qt";
    switch (type) {
    case QtDebugMsg:
        spdlog::debug("[{}] {}", category, text);
        break;
    case QtInfoMsg:
        spdlog::info("[{}] {}", category, text);
        break;
    case QtWarningMsg:
        spdlog::warn("[{}] {}", category, text);
        break;
    case QtCriticalMsg:
    case QtFatalMsg:
        spdlog::critical("[{}] {}", category, text);
        break;
    }
}

} // namespace

bool Logging::setUp(const QString &level)
{
    const auto parsed = spdlog::level::from_str(level.toLower().toStdString());
    // from_str answers "off" for anything it does not know; only "off" itself means off.
    if (parsed == spdlog::level::off && level.toLower() != QStringLiteral("off"))
        return false;
    auto logger = spdlog::stderr_color_mt("article-reader");
    logger->set_pattern("%^[%l]%$ %v");
    logger->set_level(parsed);
    spdlog::set_default_logger(logger);
    qInstallMessageHandler(qtMessageHandler);
    return true;
}
