// Scroll sync with the editor, by the source lines every block carries. Part of the preview's isolated-world
// script (see preview.js), loaded before it.
//
// The editor tells the page which body line to show; the page finds the block holding it and scrolls there
// smoothly, and only when that changes what is in view. A plain click in a block (not on a link, with no
// text selected) tells the editor the block's first line.
var PostwrightScrollSync = (function () {
    'use strict';

    // `blocks`: the PostwrightBlockList; `clicked(line)`: reports a click's source line.
    function ScrollSync(blocks, clicked) {
        this.blocks = blocks;
        var self = this;
        document.addEventListener('click', function (event) {
            if (event.defaultPrevented || event.button !== 0 || event.ctrlKey || event.metaKey ||
                event.shiftKey || event.altKey)
                return;
            var selection = window.getSelection();
            if (selection && !selection.isCollapsed)
                return;
            var index = self.blockOf(event.target);
            if (index >= 0)
                clicked(self.blocks.blocks[index].firstLine);
        });
    }

    // Index of the last block starting at or before `line` (blocks are in source order), or -1.
    ScrollSync.prototype.blockAtLine = function (line) {
        var list = this.blocks.blocks;
        var low = 0;
        var high = list.length;
        while (low < high) {
            var middle = (low + high) >> 1;
            if (list[middle].firstLine <= line)
                low = middle + 1;
            else
                high = middle;
        }
        return low - 1;
    };

    // Index of the block whose nodes hold `node`, or -1 (the header, the site's layout around the post).
    ScrollSync.prototype.blockOf = function (node) {
        var holder = this.blocks.holder;
        while (node && node.parentNode !== holder)
            node = node.parentNode;
        if (!node)
            return -1;
        var list = this.blocks.blocks;
        for (var i = 0; i < list.length; ++i) {
            if (list[i].nodes.indexOf(node) >= 0)
                return i;
        }
        return -1;
    };

    // {line, mode}: see PreviewBridge::sendScrollToLine.
    ScrollSync.prototype.show = function (request) {
        var index = Math.max(0, this.blockAtLine(request.line));
        var rect = null;
        // A block that takes no room (a reference definition) shows as the next one that does.
        while (index < this.blocks.count() && !(rect = this.blocks.rect(index)))
            ++index;
        if (!rect)
            return;
        if (request.mode === 'top') {
            if (index === this.blocks.firstVisible())
                return;
        } else if (rect.top >= 0 && rect.top < window.innerHeight) {
            return;
        }
        window.scrollTo({top: Math.max(0, window.scrollY + rect.top - 8), behavior: 'smooth'});
    };

    return ScrollSync;
})();
