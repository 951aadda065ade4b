#include "app/AppPaths.h"

#include <QDir>
#include <QStandardPaths>

namespace permanence::app {

QString AppPaths::dataDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString AppPaths::defaultDatabase()
{
    return QDir(dataDir()).filePath(QStringLiteral("permanence.sqlite"));
}

QString AppPaths::logDir()
{
    return QDir(dataDir()).filePath(QStringLiteral("logs"));
}

} // namespace permanence::app
