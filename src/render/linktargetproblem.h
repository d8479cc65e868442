#pragma once

#include <QString>

// A link or image of a post's body that will not work once published, or an image without alt text: where
// it is in the body (1-based line and column, the column and length in bytes of its UTF-8) and what is wrong.
struct LinkTargetProblem {
    int line = 0;
    int column = 0;
    int length = 0;
    QString message;
};
