#include "render/nodeattributes.h"

#include <cmark-gfm.h>

ElementAttributes *NodeAttributes::of(cmark_node *node) {
    return static_cast<ElementAttributes *>(cmark_node_get_user_data(node));
}

ElementAttributes &NodeAttributes::ensure(cmark_node *node) {
    if (ElementAttributes *attributes = of(node))
        return *attributes;
    m_pool.emplace_back();
    cmark_node_set_user_data(node, &m_pool.back());
    return m_pool.back();
}
