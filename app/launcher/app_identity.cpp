#include "launcher/app_identity.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace ft::app {

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("FlattenTutor"));
    QCoreApplication::setApplicationName(QStringLiteral("flatten-tutor"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FT_VERSION));
}

void addGuiOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QStringLiteral("Learn PyTorch's Flatten layer by touching it."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("content"), QStringLiteral("Also read lessons and quizzes from <dir>."),
                      QStringLiteral("dir")});
    parser.addOption({QStringLiteral("presentation"), QStringLiteral("Start in presentation mode (full screen, large type).")});
}

} // namespace ft::app
