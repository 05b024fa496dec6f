package document

import (
	"strings"
	"testing"
)

const (
	stanza1 = "The ladders are down and the baskets are stacked,\nthe last of the pears gone soft in the grass;\nmy father walks the rows with his hands in his coat\nas if the trees could tell him what has passed.\n"
	stanza2 = "He stops at the old Bramley by the wall,\nthe one his father planted before the war,\nand lays a palm against its bark the way\nyou'd touch a sleeping horse, and nothing more.\n"
	stanza3 = "The light goes early now. A blackbird calls\nfrom somewhere in the hedge, and then is still.\nWe do not speak.\n"
)

// A poem's lines in plain text stay lines, each after a break from the
// one above (Block.Break), where brokenAt would have joined some of them
// as a sentence's; prose, lists and captions of short lines stay as they
// were read.
func TestParseVerse(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		lines    int // blocks that go on from the one above after a break
		blocks   int // or -1: as the rest of Parse reads them
	}{
		{"poem", "The Orchard in November\n\n" + stanza1 + "\n" + stanza2 + "\n" + stanza3, 8, 12},
		{"indented, as links2 prints it", indent(stanza1+"\n"+stanza2, "   "), 6, 8},
		{"one stanza of four lines", stanza1, 3, 4},
		// One of three lines is a caption a <br> broke.
		{"one stanza of three lines", "The mayor, left, with the chair of\nthe council, at the opening of the\nnew bridge on Monday.\n", 0, -1},
		// Prose wrapped in a narrow column: the next word never fits.
		{"narrow column", "He and others at the hearing questioned\nNASA's approach that, in their view,\nminimizes the use of the SLS to launching\nOrion spacecraft. Under the current plan,\nelements of the lunar Gateway would be\nlaunched commercially, as well as the\nlogistics spacecraft to support it.\n\nThat is, for some, way too many launches,\nthe critics said on Tuesday, and even\nthe agency's own advisers agreed.\n", 0, -1},
		// A list in small letters: no line ends in a comma.
		{"list", "a pot a little wider than the old one\nfresh potting mix from the shop\nsome newspaper for the floor\nan old spoon or a trowel\n", 0, -1},
	} {
		d := Parse(tc.in)
		n := 0
		for _, b := range d.Blocks {
			if b.Break {
				n++
			}
		}
		if n != tc.lines || tc.blocks >= 0 && len(d.Blocks) != tc.blocks {
			t.Errorf("%s: %d blocks, %d after a break, want %d and %d: %q", tc.name, len(d.Blocks), n, tc.blocks, tc.lines, kindsAndTexts(tc.in))
		}
	}
}

func indent(s, by string) string {
	return by + strings.ReplaceAll(strings.TrimSuffix(s, "\n"), "\n", "\n"+by) + "\n"
}
