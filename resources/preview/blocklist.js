// The rendered blocks of the post, as the page shows them. Part of the preview's isolated-world script (see
// preview.js), loaded before it.
//
// A block is not wrapped in an element of ours: its nodes are children of the element that holds the body
// (our article, or the site layout's content element), so a theme's `.post-content > p`, `p + p` or
// `:first-child` match as on the published site. The list keeps, for each block, its nodes and its source
// lines; the nodes of all blocks are contiguous siblings, in order, just before `end` (the layout's content
// marker, or nothing: the end of the holder).
var PostwrightBlockList = (function () {
    'use strict';

    function BlockList(holder) {
        this.holder = holder;
        this.end = null;
        this.blocks = [];
    }

    // Parsed in a <div>, as the HTML of a block always was, then taken out of it.
    BlockList.create = function (block) {
        var parser = document.createElement('div');
        parser.innerHTML = block.html;
        return {nodes: Array.prototype.slice.call(parser.childNodes), firstLine: block.firstLine,
                lastLine: block.lastLine};
    };

    BlockList.prototype.count = function () {
        return this.blocks.length;
    };

    // The node the blocks from `index` on start with: where a block inserted at `index` goes. A block may
    // have no node at all (its HTML was empty).
    BlockList.prototype.nodeAt = function (index) {
        for (var i = index; i < this.blocks.length; ++i) {
            if (this.blocks[i].nodes.length > 0)
                return this.blocks[i].nodes[0];
        }
        return this.end;
    };

    function detach(block) {
        block.removed = true;
        for (var i = 0; i < block.nodes.length; ++i) {
            var node = block.nodes[i];
            if (node.parentNode)
                node.parentNode.removeChild(node);
        }
    }

    BlockList.prototype.clear = function () {
        this.blocks.forEach(detach);
        this.blocks = [];
    };

    // Blocks [start, start+removeCount) give way to `fresh` (as the page receives them); the others stay the
    // same objects.
    BlockList.prototype.replace = function (start, removeCount, fresh) {
        var before = this.nodeAt(start + removeCount);
        var removed = this.blocks.slice(start, start + removeCount);
        removed.forEach(detach);
        var made = fresh.map(BlockList.create);
        var fragment = document.createDocumentFragment();
        made.forEach(function (block) {
            block.nodes.forEach(function (node) {
                fragment.appendChild(node);
            });
        });
        // The holder as it is now: a frame's marker may have been moved, holder and all, since moveTo().
        (before ? before.parentNode : this.holder).insertBefore(fragment, before);
        Array.prototype.splice.apply(this.blocks, [start, removeCount].concat(made));
    };

    BlockList.prototype.shiftLines = function (index, delta) {
        this.blocks[index].firstLine += delta;
        this.blocks[index].lastLine += delta;
    };

    // Moves every block node, unchanged, to just before `end` inside `holder` (which may still be outside
    // the document: the new frame being assembled).
    BlockList.prototype.moveTo = function (holder, end) {
        var fragment = document.createDocumentFragment();
        this.blocks.forEach(function (block) {
            block.nodes.forEach(function (node) {
                fragment.appendChild(node);
            });
        });
        holder.insertBefore(fragment, end);
        this.holder = holder;
        this.end = end;
    };

    // Where block `index` is on screen, or null when it takes no room (no node, or nothing drawn).
    BlockList.prototype.rect = function (index) {
        var nodes = this.blocks[index].nodes;
        if (nodes.length === 0 || !nodes[0].isConnected)
            return null;
        var range = document.createRange();
        range.setStartBefore(nodes[0]);
        range.setEndAfter(nodes[nodes.length - 1]);
        var rect = range.getBoundingClientRect();
        return rect.width > 0 || rect.height > 0 ? rect : null;
    };

    // The bottom edge of block `index`; one that takes no room sits where the last block before it ends.
    BlockList.prototype.bottom = function (index) {
        for (var i = index; i >= 0; --i) {
            var rect = this.rect(i);
            if (rect)
                return rect.bottom;
        }
        return -Infinity;
    };

    // Index of the first block whose bottom edge is below the top of the viewport (blocks are in vertical
    // order), or -1.
    BlockList.prototype.firstVisible = function () {
        var low = 0;
        var high = this.blocks.length;
        while (low < high) {
            var middle = (low + high) >> 1;
            if (this.bottom(middle) > 0)
                high = middle;
            else
                low = middle + 1;
        }
        return low < this.blocks.length ? low : -1;
    };

    return BlockList;
})();
