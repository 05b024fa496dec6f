package document

import (
	"slices"
	"testing"
)

// A link around blocks, as turndown and html2text write a teaser card:
// its brackets go, and each block in it is a link.
func TestParseCards(t *testing.T) {
	in := "Intro.\n\n[\n\n![](thumb.jpg)\n\n### The ferry runs again\n\nA short summary.\n\n](/news/ferry)\n\n" +
		"- [\n\n  ![](l.jpg)\n\n  ### Listed\n\n  ](/news/listed)\n\n" +
		"[ ![](a.jpg)\n\n#### Next\n\n](/news/next) [ ![](b.jpg)\n\n#### Third\n\n](/news/third)\n\nEnd [ here.\n\n" +
		"[\n\n![](c.jpg)\n\n](/shop)The price fell.\n\n" +
		"[![Share](fb.png)\n\nFacebook\n\n](/share/fb)12[![Tweet](tw.png)\n\nTwitter\n\n](/share/tw)\n"
	d := Parse(in)
	var got []string
	var dests []string
	for _, b := range d.Blocks {
		got = append(got, b.Text)
		for _, l := range b.Links {
			dests = append(dests, l.Text+" "+l.Dest)
		}
	}
	want := []string{"Intro.", "The ferry runs again", "A short summary.", "Listed", "Next", "Third", "End [ here.", "The price fell.", "Facebook", "Twitter"}
	if !slices.Equal(got, want) {
		t.Errorf("texts %q, want %q", got, want)
	}
	wantDests := []string{"The ferry runs again /news/ferry", "A short summary. /news/ferry", "Listed /news/listed", "Next /news/next", "Third /news/third",
		"Facebook /share/fb", "Twitter /share/tw"}
	if !slices.Equal(dests, wantDests) {
		t.Errorf("links %q, want %q", dests, wantDests)
	}

	// A count before a "[" opens a card only right after another's
	// "](…)": elsewhere it is text (FuzzRoundTrip: "0[").
	if d := Parse("0[\n\nNext.\n"); len(d.Blocks) != 2 || d.Blocks[0].Text != "0[" {
		t.Errorf("\"0[\" alone: got %+v, want it as text", d.Blocks)
	}

	// A "](" that closes no "[" above is text, as is a "[" that
	// nothing closes within maxCardBlocks blocks, and an escaped one.
	for _, in := range []string{"](/a) b\n", "[\n\n1\n\n](/x)1 in 2[\n\n3\n\n](/a) b\n", "[\n\n1\n\n2\n\n3\n\n4\n\n5\n\n6\n\n7\n\n8\n\n9\n\n](/a) b\n",
		"\\[\n\n1\n\n](/a) b\n"} {
		d := Parse(in)
		if last := d.Blocks[len(d.Blocks)-1]; last.Text != "](/a) b" || last.Links != nil {
			t.Errorf("%q: last block %+v, want text", in, last)
		}
	}
}
