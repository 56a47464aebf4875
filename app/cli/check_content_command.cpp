#include "cli.h"

#include <QTextStream>

namespace ft::cli {

int runCheckContent(const QStringList &)
{
    QTextStream(stderr) << "not implemented yet\n";
    return 2;
}

} // namespace ft::cli
