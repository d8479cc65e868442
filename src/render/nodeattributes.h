#pragma once

#include "render/elementattributes.h"

#include <deque>

struct cmark_node;

// The attributes kramdown gives the elements of one parsed document (attribute lists, heading ids), attached
// to cmark-gfm's nodes through their user data, so that a node a pass frees takes its entry with it. Owns
// the attribute lists; outlives the document's nodes that point at them. No other pass may use the nodes'
// user data. Not thread-safe (one per parse).
class NodeAttributes {
public:
    // Null when the node has none.
    static ElementAttributes *of(cmark_node *node);
    // The node's attributes, created empty when it has none.
    ElementAttributes &ensure(cmark_node *node);

private:
    std::deque<ElementAttributes> m_pool;
};
