#include <QCoreApplication>
#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    std::printf("postwright %s\n", POSTWRIGHT_VERSION);
    return 0;
}
