#include "render/kramdownescapes.h"

#include <cstring>

int KramdownEscapes::isEscapable(char c) {
    static constexpr char kEscapable[] = "\\.*_+`<>()[]{}#!:|\"'$=-~";
    return c != '\0' && std::strchr(kEscapable, c) != nullptr ? 1 : 0;
}
