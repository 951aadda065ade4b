#include "app/Run.h"

int main(int argc, char* argv[])
{
    return permanence::app::run(argc, argv);
}
