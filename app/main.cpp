#include "MainWindow.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("GrowthEngine"));
    QApplication::setApplicationName(QStringLiteral("growth-engine"));
    QApplication::setApplicationVersion(QStringLiteral(GE_VERSION));
    ge::ui::UiContext context;
    ge::ui::MainWindow window(context);
    window.show();
    return QApplication::exec();
}
