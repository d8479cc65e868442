#include "window/part.h"

// Out of line so the vtable and the meta-object live in one place.
Part::~Part() = default;
