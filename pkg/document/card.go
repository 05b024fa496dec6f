package document

import "strings"

// A page's card, a teaser with its picture, kicker and headline, is often
// one link around several blocks. Writers of Markdown put the link's
// brackets on lines of their own: turndown, and the readers built on it,
// write "[" over the blocks and "](/news/ferry)" under them; html2text
// writes "[ ![](thumb.jpg)" and "](/news/ferry) [ ![](next.jpg)". Read
// block by block, the brackets are text, and a reader saw none of it. So
// the brackets go, and each block in between is a link to the address,
// which tells the content filter what a teaser is.

// maxCardBlocks bounds the blocks a card's link holds.
const maxCardBlocks = 8

// card is what build knows of a link around blocks.
type card struct {
	open  bool
	first int // the index in blocks of the first block in it
}

// closes returns raw, a block's text, without the end of a card's link it
// starts with, and the link's address; "" if it starts with none.
func (c *card) closes(raw string) (string, string) {
	if !c.open || !strings.HasPrefix(raw, "](") {
		return raw, ""
	}
	dest, end, ok := linkDest(raw, 2)
	if !ok || dest == "" {
		return raw, ""
	}
	return strings.TrimLeft(raw[end:], " "), dest
}

// opens reports whether a paragraph or list item, raw as written and text
// as read, is the "[" of a link around the next blocks and nothing else
// (its pictures, read as nothing, gone); turndown puts a card in a list
// item. A "[" after text is the text's ("A["), and an escaped one ("\[",
// as unscrape writes a "[" alone) is a bracket. Right after a card's
// "](…)" (closed), a share button's count may stand before it: the
// buttons of a row are cards, each "](…)" followed by the next one's
// count and "[" ("](…)0[![Tweet]…"). Elsewhere "0[" is text.
func opens(kind Kind, raw, text string, closed bool) bool {
	if kind != Paragraph && kind != ListItem || !strings.HasSuffix(text, "[") {
		return false
	}
	count := text[:len(text)-1]
	if count != "" && (!closed || strings.Trim(count, "0123456789") != "") {
		return false
	}
	return strings.HasPrefix(raw, text)
}

// link makes each of blocks a link to dest, as the card's link made them.
func link(blocks []Block, dest string) {
	for i := range blocks {
		b := &blocks[i]
		if b.Kind != Code && b.Kind != TableRow && b.Text != "" {
			b.Links = []Link{{Text: b.Text, Dest: dest, At: 0}}
		}
	}
}
