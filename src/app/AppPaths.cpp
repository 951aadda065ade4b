#include "app/AppPaths.h"

#include <QDir>
#include <QStandardPaths>

namespace permanence::app {

QString AppPaths::dataDir()
{
    // AppDataLocation would nest organisation and application name (permanence/permanence);
    // one folder under the platform's data location is what people expect to find.
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
        .filePath(QStringLiteral("permanence"));
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
