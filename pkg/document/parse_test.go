package document

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

type blk struct {
	kind  Kind
	level int
	text  string
}

// sameBlocks reports each difference between the blocks got and want.
func sameBlocks[B comparable](t *testing.T, got, want []B) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("got %d blocks %+v, want %d %+v", len(got), got, len(want), want)
	}
	for i := range got {
		if got[i] != want[i] {
			t.Errorf("block %d:\n got %+v\nwant %+v", i, got[i], want[i])
		}
	}
}

func blocksOf(d *Document) []blk {
	out := make([]blk, len(d.Blocks))
	for i, b := range d.Blocks {
		out[i] = blk{b.Kind, b.Level, b.Text}
	}
	return out
}

// wrappedHeading is html2text's output for a long heading: wrapped at 78
// columns like the paragraphs.
const wrappedHeading = `# Emirates inks $9 billion order for 30 Boeing 787 jets, will restart plans to
expand airline by early 2020s

Dubai's flagship carrier Emirates Airline has finalized a deal to purchase 30
of Boeing's 787-9 Dreamliner jets. These lines are wrapped at seventy-eight
columns as html2text wraps every paragraph of the page it is given, and the
parser learns from them that the text is wrapped.

## Short heading
right under it.
`

func TestParse(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []blk
	}{
		{"one block per line", "Title\nfirst line\n\nsecond line\n", []blk{
			{Paragraph, 0, "Title"}, {Paragraph, 0, "first line"}, {Paragraph, 0, "second line"}}},
		{"crlf and lone cr", "a\r\nb\rc", []blk{{Paragraph, 0, "a"}, {Paragraph, 0, "b"}, {Paragraph, 0, "c"}}},
		{"atx headings", "# Top #\n## Sub\n####### seven\n#hashtag", []blk{
			{Heading, 1, "Top"}, {Heading, 2, "Sub"}, {Paragraph, 0, "####### seven"}, {Paragraph, 0, "#hashtag"}}},
		{"bullets with nesting", "  * Home\n    * News\n  * Sport\n- dash\n+ plus", []blk{
			{ListItem, 0, "Home"}, {ListItem, 1, "News"}, {ListItem, 0, "Sport"}, {ListItem, 0, "dash"}, {ListItem, 0, "plus"}}},
		{"html2text empty parent item", "  *   * Hospitality\n  * Law", []blk{
			{ListItem, 0, "Hospitality"}, {ListItem, 0, "Law"}}},
		{"numbered list needs indent or neighbour", "1. Januar war kalt.\n\n  1. first\n  2. second\n3. third\n4. fourth", []blk{
			{Paragraph, 0, "1. Januar war kalt."}, {ListItem, 0, "first"}, {ListItem, 0, "second"}, {ListItem, 0, "third"}, {ListItem, 0, "fourth"}}},
		{"a loose list: the next number after blank lines and code", "1. Install it:\n\n```sh\ngo install x\n```\n\n2. Run it.\n\n3. Done.", []blk{
			{ListItem, 0, "Install it:"}, {Code, 0, "go install x"}, {ListItem, 0, "Run it."}, {ListItem, 0, "Done."}}},
		{"the next number under an item's address and picture", "1) Lego Star Wars\nhttp://amzn.to/x\n[]\n2) Polistil Pista\nhttp://amzn.to/y\n[]\n3) Cofanetto", []blk{
			{ListItem, 0, "Lego Star Wars"}, {Paragraph, 0, "http://amzn.to/x"}, {ListItem, 0, "Polistil Pista"},
			{Paragraph, 0, "http://amzn.to/y"}, {ListItem, 0, "Cofanetto"}}},
		// A text browser sets its text in: a number that starts a line
		// it wrapped goes on with the paragraph; a list starts with 1.
		{"a number under a wrapped line: text", "   The striker who turned the club into a fixture of the top flight died at\n" +
			"   the age of 66 on Monday, and the club said it would hold a minute's silence\n" +
			"   before the next home game, for the man its fans still call the best of the\n" +
			"   66. His family said he died at home.\n\n   Steps:\n   1. first\n   2. second", []blk{
			{Paragraph, 0, "The striker who turned the club into a fixture of the top flight died at the age of 66 on Monday, and the club said it would hold a minute's silence before the next home game, for the man its fans still call the best of the 66. His family said he died at home."},
			{Paragraph, 0, "Steps:"}, {ListItem, 0, "first"}, {ListItem, 0, "second"}}},
		{"not the next number, or prose between: text", "1. Januar war kalt.\n\n3. März war mild.\n\nDazwischen.\n\n4. April", []blk{
			{Paragraph, 0, "1. Januar war kalt."}, {Paragraph, 0, "3. März war mild."}, {Paragraph, 0, "Dazwischen."}, {Paragraph, 0, "4. April"}}},
		{"quote", "> quoted words\n>\n> more", []blk{{Quote, 0, "quoted words"}, {Quote, 0, "more"}}},
		{"thematic breaks separate", "a\n* * *\nb\n\n---\n", []blk{{Paragraph, 0, "a"}, {Paragraph, 0, "b"}}},
		{"setext headings", "My Project\n==========\nIntro.\n\nInstall #\n---\n\n===\n", []blk{
			{Heading, 1, "My Project"}, {Paragraph, 0, "Intro."}, {Heading, 2, "Install #"}, {Paragraph, 0, "==="}}},
		{"an underline under a paragraph of several lines is a rule", "one line\nand another\n-----\nafter", []blk{
			{Paragraph, 0, "one line"}, {Paragraph, 0, "and another"}, {Paragraph, 0, "after"}}},
		{"no setext under a list item, a heading or in code", "- item\n===\n# Head\n---\n```\ncode\n```\n---", []blk{
			{ListItem, 0, "item"}, {Paragraph, 0, "==="}, {Heading, 1, "Head"}, {Code, 0, "code"}}},
		{"a heading in a list item is the item's text", "  * #### Volker Saw No Harm ####\n  * ## \n  * \\## kept\n", []blk{
			{ListItem, 0, "Volker Saw No Harm"}, {ListItem, 0, "##"}, {ListItem, 0, "## kept"}}},
		{"a long heading html2text wrapped", wrappedHeading, []blk{
			{Heading, 1, "Emirates inks $9 billion order for 30 Boeing 787 jets, will restart plans to expand airline by early 2020s"},
			{Paragraph, 0, "Dubai's flagship carrier Emirates Airline has finalized a deal to purchase 30 of Boeing's 787-9 Dreamliner jets. " +
				"These lines are wrapped at seventy-eight columns as html2text wraps every paragraph of the page it is given, and the parser learns from them that the text is wrapped."},
			{Heading, 2, "Short heading"}, {Paragraph, 0, "right under it."}}},
		{"escapes removed", `\# not a heading, 1\. Januar, a\*b, C:\Users, \\`, []blk{
			{Paragraph, 0, `# not a heading, 1. Januar, a*b, C:\Users, \`}}},
		{"emphasis markers removed", "**BREAKING** news __right now__ and _this_ but snake_case stays", []blk{
			{Paragraph, 0, "BREAKING news right now and this but snake_case stays"}}},
		{"underscores as CommonMark pairs them", "## News\n_\"Quoted.\"_ and **_Note._** and Il _black Friday_ but snake_case, a _ b, file_\n" +
			"Edit _config.yml now.\n— Tall glass (@_orabora) November 19\n— Robert (@Maguire_) November 18\n" +
			// html2text's leftovers: a closing marker after the tag's
			// space, a double one after the end.
			"The journal _JAMA Psychiatry _argued that _The Rose_.__ You\n_This graphic shows the states. _", []blk{
			{Heading, 2, "News"}, {Paragraph, 0, `"Quoted." and Note. and Il black Friday but snake_case, a _ b, file_`},
			{Paragraph, 0, "Edit _config.yml now."}, {Paragraph, 0, "— Tall glass (@_orabora) November 19"}, {Paragraph, 0, "— Robert (@Maguire_) November 18"},
			{Paragraph, 0, "The journal JAMA Psychiatry argued that The Rose. You"}, {Paragraph, 0, "This graphic shows the states."}}},
		{"whole emphasis is a caption", "*A caption. Photo: Someone*\n_Another one_\n*a* and *b*\n*A, 0 * Ap*", []blk{
			{Caption, 0, "A caption. Photo: Someone"}, {Caption, 0, "Another one"}, {Paragraph, 0, "a and b"}, {Caption, 0, "A, 0 * Ap"}}},
		{"stars that pair are emphasis, others text", "## News\nHe said f**k, s*** and S*xually; *a **b** c*, ***x***, 3 * 4 and 2*3*4, a lone * and [*l*](u) *[m*](v) y*.\n**bold across a break  \nends** here\n******", []blk{
			{Heading, 2, "News"}, {Paragraph, 0, "He said f**k, s*** and S*xually; a b c, x, 3 * 4 and 2*3*4, a lone * and l m* y."},
			{Paragraph, 0, "bold across a break"}, {Paragraph, 0, "ends here"}}},
		// A text with no heading, "*" bullet, table or fence is no
		// html2text's: its unpaired markers are what the page showed.
		{"a plain text keeps its unpaired markers", "– Man**\n– Ni** My**, Ali***\nUse **kwargs and *args: f(*args, **kwargs), _JAMA _argued\n**\n- but *pairs* pair", []blk{
			{Paragraph, 0, "– Man**"}, {Paragraph, 0, "– Ni** My**, Ali***"},
			{Paragraph, 0, "Use **kwargs and *args: f(*args, **kwargs), _JAMA _argued"}, {Paragraph, 0, "**"}, {ListItem, 0, "but pairs pair"}}},
		// A sentence broken by a <br> goes on in the next line; a
		// byline under a teaser, a list and a link's address do not.
		{"a sentence broken across lines", "The ferry runs again from Monday, the council said, after\nrepairs that took three weeks and cost a lot.\n" +
			"Le associazioni dei commercianti temono la perdita di parcheggi\ndi Marco Esempio\n" +
			"Coral reefs recover faster where fishing is banned, study finds\nby Maria Lopez, University of Queensland\n" +
			"The only other entity to confirm it has bid on the lander is the national team led\nby Blue Origin that includes Draper, Lockheed Martin, and Northrop Grumman, and others.\n" +
			"The new rules apply to every shop, cafe and bar,\nand to all.\n" +
			"Helen Marsh lives in Herefordshire. Her second collection, Windfalls, was\npublished in 2025.\n" +
			"in § 68 SGB V - elektronische Gesundheitsakte\nin § 630f BGB - elektronische Arztakte\n" +
			"1) Lego Star Wars Bombardiere della Resistenza\nhttp://amzn.to/2iJFhRj", []blk{
			{Paragraph, 0, "The ferry runs again from Monday, the council said, after repairs that took three weeks and cost a lot."},
			{Paragraph, 0, "Le associazioni dei commercianti temono la perdita di parcheggi"}, {Paragraph, 0, "di Marco Esempio"},
			{Paragraph, 0, "Coral reefs recover faster where fishing is banned, study finds"}, {Paragraph, 0, "by Maria Lopez, University of Queensland"},
			{Paragraph, 0, "The only other entity to confirm it has bid on the lander is the national team led by Blue Origin that includes Draper, Lockheed Martin, and Northrop Grumman, and others."},
			{Paragraph, 0, "The new rules apply to every shop, cafe and bar, and to all."},
			{Paragraph, 0, "Helen Marsh lives in Herefordshire. Her second collection, Windfalls, was published in 2025."},
			{Paragraph, 0, "in § 68 SGB V - elektronische Gesundheitsakte"}, {Paragraph, 0, "in § 630f BGB - elektronische Arztakte"},
			{Paragraph, 0, "1) Lego Star Wars Bombardiere della Resistenza"}, {Paragraph, 0, "http://amzn.to/2iJFhRj"}}},
		// In text wrapped at a fixed width (w3m -dump), a line that
		// starts with a drawn bullet starts a block.
		{"drawn bullets in wrapped text", "The harbour ferry runs again from Monday, the city council said on Friday,\n" +
			"after repairs to its landing stage took three weeks instead of the one that\n" +
			"had been planned, and commuters who crossed by bus said the detour had added\n" +
			"half an hour to their journeys each way.\n  • The ferry leaves every twenty minutes\n  • The last crossing is late\n", []blk{
			{Paragraph, 0, "The harbour ferry runs again from Monday, the city council said on Friday, after repairs to its landing stage took three weeks instead of the one that had been planned, and commuters who crossed by bus said the detour had added half an hour to their journeys each way."},
			{Paragraph, 0, "• The ferry leaves every twenty minutes"}, {Paragraph, 0, "• The last crossing is late"}}},
		// In wrapped text, a line whose next line's first word would
		// have fit on it ends its paragraph (a text browser's footer
		// under the last line); a long word wrapped early does not.
		{"a short line ends a wrapped paragraph", "The harbour ferry runs again from Monday, the city council said on Friday,\n" +
			"after repairs to its landing stage took three weeks instead of the one that\n" +
			"had been planned, and commuters who crossed by bus said the detour added\n" +
			"half an hour each way. Details are at\nhttps://example.org/news/harbour/ferry-timetable-for-the-summer-season\n" +
			"and at the quay.\nShare on Twitter Privacy\n", []blk{
			{Paragraph, 0, "The harbour ferry runs again from Monday, the city council said on Friday, after repairs to its landing stage took three weeks instead of the one that had been planned, and commuters who crossed by bus said the detour added half an hour each way. Details are at https://example.org/news/harbour/ferry-timetable-for-the-summer-season and at the quay."},
			{Paragraph, 0, "Share on Twitter Privacy"}}},
		{"spaces folded", "  lots   of\tspace  ", []blk{{Paragraph, 0, "lots of space"}}},
		{"a link is its text", "Read [the **whole** report](https://example.org/r \"Report\") now.\n* [Home](/)", []blk{
			{Paragraph, 0, "Read the whole report now."}, {ListItem, 0, "Home"}}},
		{"destinations", "[a](<x y>) [b](w(x)y) [c]( z 'q' ) [d](z (q)) [e]()", []blk{{Paragraph, 0, "a b c d e"}}},
		{"an image is nothing, also inside a link", "A ![map](m.png) here [![logo](/l.png)](/)\n![only](x.jpg)\nnext", []blk{
			{Paragraph, 0, "A here"}, {Paragraph, 0, "next"}}},
		{"an autolink is its address", "See <https://example.org/a_b?x=1&y> or <mailto:a@b.c>, not <b>, a<3, <x:y z> or <1a:b>", []blk{
			{Paragraph, 0, "See https://example.org/a_b?x=1&y or mailto:a@b.c, not <b>, a<3, <x:y z> or <1a:b>"}}},
		{"not links", `\[a](b) [a] (b) [a](b c d) [a](b [x](<y) [[1]]`, []blk{
			{Paragraph, 0, "[a](b) [a] (b) [a](b c d) [a](b [x](<y) [[1]]"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sameBlocks(t, blocksOf(Parse(tt.in)), tt.want)
		})
	}
}

// A text wrapped at 78 columns, as html2text writes it, is joined back into
// paragraphs; list items and headings still stand alone.
func TestParseWrapped(t *testing.T) {
	in := strings.Join([]string{
		"## Council votes to rebuild the old bridge",
		"",
		"The city council voted on Tuesday to rebuild the old stone bridge over the",
		"river, ending a debate that has lasted almost ten years and divided the two",
		"parties that govern the city. Work will start next spring, the mayor said.",
		"",
		"Critics said the cost, estimated at forty million euros, was far too high",
		"for a bridge that carries fewer than two thousand cars a day and is closed",
		"to lorries. A well-known engineer called the plan \"a monument, not a well-",
		"planned road\".  ",
		"Next line after a hard break.",
		"",
		"  * Share",
		"  * Print",
	}, "\n")
	d := Parse(in)
	want := []blk{
		{Heading, 2, "Council votes to rebuild the old bridge"},
		{Paragraph, 0, "The city council voted on Tuesday to rebuild the old stone bridge over the river, ending a debate that has lasted almost ten years and divided the two parties that govern the city. Work will start next spring, the mayor said."},
		{Paragraph, 0, "Critics said the cost, estimated at forty million euros, was far too high for a bridge that carries fewer than two thousand cars a day and is closed to lorries. A well-known engineer called the plan \"a monument, not a well-planned road\"."},
		{Paragraph, 0, "Next line after a hard break."},
		{ListItem, 0, "Share"},
		{ListItem, 0, "Print"},
	}
	sameBlocks(t, blocksOf(d), want)
	if d.Blocks[1].Line != 3 || !d.Blocks[1].Gap || d.Blocks[3].Gap {
		t.Errorf("line/gap bookkeeping wrong: %+v", d.Blocks[1])
	}
}

// links2 prints the line after a list, a caption, with no blank line
// between, left of the bullets: after the item's sentence it is a block of
// its own. An item's wrapped line printed there too goes on with the item.
func TestParseWrappedAfterList(t *testing.T) {
	in := strings.Join([]string{
		"   The city council voted on Tuesday to rebuild the old stone bridge over",
		"   the river, ending a debate that has lasted almost ten years and divided",
		"   the two parties that govern the city. Work will start next spring.",
		"",
		"     * the old bridge closes to cars in March and to walkers in May;",
		"     * the new bridge opens to everyone at the end of the next year.",
		"   A worker on the old stone bridge over the river, seen from the east",
		"   bank on Monday morning (Photo: Jane Doe)",
		"",
		"     * the ferry runs every ten minutes while the bridge is shut to",
		"   walkers, from six in the morning to midnight",
	}, "\n")
	want := []blk{
		{Paragraph, 0, "The city council voted on Tuesday to rebuild the old stone bridge over the river, ending a debate that has lasted almost ten years and divided the two parties that govern the city. Work will start next spring."},
		{ListItem, 0, "the old bridge closes to cars in March and to walkers in May;"},
		{ListItem, 0, "the new bridge opens to everyone at the end of the next year."},
		{Paragraph, 0, "A worker on the old stone bridge over the river, seen from the east bank on Monday morning (Photo: Jane Doe)"},
		{ListItem, 0, "the ferry runs every ten minutes while the bridge is shut to walkers, from six in the morning to midnight"},
	}
	sameBlocks(t, blocksOf(Parse(in)), want)
}

// pandoc's plain text wraps paragraphs at 72 columns and leaves a heading
// whole: a teaser list's headlines, each a line of its own (or under a
// short line, the teaser's date) and longer than a wrapped line, say
// nothing of the width, and the paragraphs are still
// read as wrapped. A line of its own that ends like a sentence is a
// paragraph, and one longer than 80 columns says the text is not wrapped.
func TestParseWrappedLongHeadings(t *testing.T) {
	para := wrappedPara
	headlines := "Storm warning for the weekend as gales reach the coast and all the ferries stop running\n\n" +
		"Primary school to open a new library wing in January after a long campaign by parents\n\n" +
		"Late goal settles the derby in front of a record crowd at the harbour ground on Sunday\n\n" +
		"Christmas market returns to the quay with forty stalls and a skating rink for children\n\n"
	d := Parse(strings.Repeat(para, 3) + headlines)
	if n := len(d.Blocks); n != 7 || !strings.HasSuffix(d.Blocks[0].Text, "the mayor said on Tuesday.") {
		t.Errorf("wrapped paragraphs under long headlines: %d blocks, the first %q", n, d.Blocks[0].Text)
	}
	// So do they under a teaser's date, a short line of the same paragraph.
	dated := strings.ReplaceAll("\n\n"+headlines, "\n\n", "\n\n19 Nov 2019, 9:25pm\n")
	dated = strings.TrimSuffix(dated, "19 Nov 2019, 9:25pm\n")
	if d := Parse(strings.Repeat(para, 3) + dated); !strings.HasSuffix(d.Blocks[0].Text, "the mayor said on Tuesday.") {
		t.Errorf("wrapped paragraphs under dated long headlines: the first block %q", d.Blocks[0].Text)
	}
	sentences := strings.ReplaceAll(headlines, "\n\n", ", and so on.\n\n")
	if n := len(Parse(strings.Repeat(para, 3) + sentences).Blocks); n != 13 {
		t.Errorf("lines beside long paragraphs of one line: %d blocks, want 13 (every line a block)", n)
	}
}

// An unwrapped scrape has long lines of every length; each line stays a block.
func TestParseNotWrapped(t *testing.T) {
	in := strings.Repeat("A line of scraped text that is quite long and keeps going on past the width limit of eighty columns.\nShort one.\n", 5)
	if n := len(Parse(in).Blocks); n != 10 {
		t.Fatalf("got %d blocks, want 10", n)
	}
}

// html2text writes a link with its address, which it does not break: a
// wrapped paragraph's lines with a link in them are as long as the address
// makes them, and the text is still read as wrapped, its links as their
// text. A long line of unwrapped text is long whatever address it holds.
// A text browser wraps at 80 columns, where a Chinese or Japanese
// character takes two; their lines go on without a space, Korean's with
// one, unless the line was full: w3m breaks a Korean word too.
func TestParseWrappedWide(t *testing.T) {
	ja := strings.Repeat("日本語の文章です。", 4) + "改行" // 76 columns
	ko := strings.Repeat("한국어 문장입니다 ", 4)       // 71 columns, and the space
	full := ko + "줄바"                           // 76 columns, a word broken
	var lines []string
	for range 4 {
		lines = append(lines, ja+"\n"+ja+"\n"+ja+"\n\n"+ko+"\n"+full+"\n꿈 끝\n\n")
	}
	d := Parse(strings.Join(lines, ""))
	if len(d.Blocks) != 8 {
		t.Fatalf("%d blocks, want 8: %+v", len(d.Blocks), d.Blocks)
	}
	if got, want := d.Blocks[0].Text, ja+ja+ja; got != want {
		t.Errorf("Japanese: %q, want %q", got, want)
	}
	if got, want := d.Blocks[1].Text, ko+ko+"줄바꿈 끝"; got != want {
		t.Errorf("Korean: %q, want %q", got, want)
	}
}

// elinks fills its lines of Korean to 76 or 77 columns and leaves a line
// it cannot break longer: the few long lines do not keep a full line from
// being full, and a word broken at its end is joined without a space.
// pandoc wraps at 72 columns and breaks no word: its lines are joined with
// one.
func TestParseWrappedKoreanWidths(t *testing.T) {
	ko := strings.Repeat("한국어 문장입니다 ", 4) // 72 columns with the space
	full := ko + "줄바"                     // 76 columns, a word broken
	var b strings.Builder
	for range 6 {
		b.WriteString(ko + "\n" + full + "\n꿈 끝\n\n")
	}
	b.WriteString("See https://example.org/a-page-whose-address-elinks-could-not-break-at-all/index\n")
	d := Parse(b.String())
	if got, want := d.Blocks[0].Text, ko+ko+"줄바꿈 끝"; got != want {
		t.Errorf("elinks: %q, want %q", got, want)
	}
	pandoc := strings.TrimSpace(ko) // 71 columns
	b.Reset()
	for range 6 {
		b.WriteString(pandoc + "\n" + pandoc + "\n끝\n\n")
	}
	d = Parse(b.String())
	if got, want := d.Blocks[0].Text, pandoc+" "+pandoc+" 끝"; got != want {
		t.Errorf("pandoc: %q, want %q", got, want)
	}
}

// A page of Japanese through w3m has lines of 38 characters, 76 columns,
// and a few lines of Latin letters that fit 80 characters too: the measure
// by which more lines fit is the wrapper's, and a paragraph's short last
// line is joined to it.
func TestParseWrappedMeasure(t *testing.T) {
	ja := strings.Repeat("日本語の文章です。", 4) + "改行" // 76 columns, 38 characters
	en := "The council said on Tuesday that the ferry would run all winter, after all."
	var b strings.Builder
	for range 3 {
		b.WriteString(ja + "\n" + ja + "\n短い文です。\n\n" + en + "\n\n")
	}
	d := Parse(b.String())
	if got, want := d.Blocks[0].Text, ja+ja+"短い文です。"; got != want {
		t.Errorf("%q, want %q", got, want)
	}
}

func TestParseWrappedLinks(t *testing.T) {
	para := []string{
		"Councillors in the harbour town voted on Tuesday evening to restore its",
		"Victorian pier rather than pull it down, after a [public",
		"consultation](https://www.example.org/news/local/2025/pier-consultation-results-in-full \"The",
		"consultation\") drew more than 4,000 replies, most of them in favour of",
		"keeping the structure, and the engineers told the council that the [iron",
		"piles](https://en.wikipedia.org/wiki/Pier_(architecture)) are sound and that",
		"the deck can be replaced in two summers.",
	}
	// A heading broken before a link's address, which would not fit.
	heading := "\n\n### [What the vote means for the pier and the harbour\nfront](/videos/news/2025/05/28/pier-vote-what-it-means-for-the-harbour-front-\norig/video/playlists/local/)\n"
	in := strings.Join(para, "\n") + heading + "\n[Share on Facebook](https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fwww.example.org%2Fnews%2Flocal%2Fpier)\n"
	want := []blk{
		{Paragraph, 0, "Councillors in the harbour town voted on Tuesday evening to restore its Victorian pier rather than pull it down, after a public consultation drew more than 4,000 replies, most of them in favour of keeping the structure, and the engineers told the council that the iron piles are sound and that the deck can be replaced in two summers."},
		{Heading, 3, "What the vote means for the pier and the harbour front"},
		{Paragraph, 0, "Share on Facebook"},
	}
	sameBlocks(t, blocksOf(Parse(in)), want)

	unwrapped := strings.Repeat("A line of scraped text that is quite long and keeps going on past the width limit of eighty columns, see https://example.org/a.\nShort one.\n", 5)
	if n := len(Parse(unwrapped).Blocks); n != 10 {
		t.Fatalf("unwrapped lines with an address: got %d blocks, want 10", n)
	}
}

// pandoc wraps at 72 columns and breaks a line only at a space: in
// Japanese, which has none, only between Latin words, where the run that
// follows did not fit ("Kindle for" / "PC、…"), and it leaves a run it
// cannot break whole however long. Such a text is wrapped: its lines are
// joined, with the space the break took. Unwrapped Japanese, where a
// heading that ends in Japanese stands over its paragraph, is not, and a
// line that ends in Latin over a short one has room for its first word.
func TestParseWrappedAtSpaces(t *testing.T) {
	run := strings.Repeat("設定で変更できる箇所も少なく、融通が効かない面も多々あります。", 3) // 93 characters, 186 columns
	paras := []string{
		"さて、このKindle for\nPC、" + run,
		"特に困ったのが、起動ショートカットキーに関する設定。",
		"しかもKindle for\nPCの" + run,
		run,
		"ショートカットの欄を空欄にしただけでは、Kindle for\nPCがショートカットで起動しなくなるだけです。" + run,
	}
	d := Parse(strings.Join(paras, "\n\n") + "\n")
	want := []blk{
		{Paragraph, 0, "さて、このKindle for PC、" + run},
		{Paragraph, 0, "特に困ったのが、起動ショートカットキーに関する設定。"},
		{Paragraph, 0, "しかもKindle for PCの" + run},
		{Paragraph, 0, run},
		{Paragraph, 0, "ショートカットの欄を空欄にしただけでは、Kindle for PCがショートカットで起動しなくなるだけです。" + run},
	}
	sameBlocks(t, blocksOf(d), want)
	// A table's rows, which pandoc does not wrap, say nothing of the width.
	title := "専ブラJane Styleで選択したテキストを右クリックからGoogle検索する方法"
	row := "  [![](/a.jpg){.thumb}](/a.html)   [" + title + "](/a.html)   " + title + "\n"
	d = Parse(strings.Join(paras, "\n\n") + "\n\n" + strings.Repeat(row, 4))
	if got := d.Blocks[0].Text; got != want[0].text {
		t.Errorf("beside a table: %q, want %q", got, want[0].text)
	}

	var b strings.Builder
	for range 4 {
		b.WriteString("Kindle for PCの起動ホットキーがKeePassと被る\n" + run + "\nKindle for PCの設定画面では変えられない\n" + run + "\n")
	}
	if n := len(Parse(b.String()).Blocks); n != 16 {
		t.Errorf("unwrapped Japanese: %d blocks, want 16 (every line a block)", n)
	}
	b.Reset()
	for range 4 {
		b.WriteString("Visit the Kindle for\nPCの起動\n\n")
	}
	if n := len(Parse(b.String()).Blocks); n != 8 {
		t.Errorf("short lines over short ones: %d blocks, want 8 (every line a block)", n)
	}
}

// In a wrapped text a line of Japanese that ends short of the width, where
// the next line's first character would have fit, ends its paragraph,
// unless it ends in a comma (a sentence goes on after a line break), or
// the next line is indented under it (a list item in a narrow column).
func TestParseWrappedWideEndsShort(t *testing.T) {
	ja := strings.Repeat("日本語の文章です。", 4) + "改行" // 76 columns
	var b strings.Builder
	for range 3 {
		b.WriteString(ja + "\n" + ja + "\n短い文です。\n" + ja + "\n終わりです。\nまた、その他にも、\n続く文です。\n\n")
	}
	item := strings.Repeat("見出し", 8) + "一覧の" // 54 columns with the bullet
	b.WriteString("• " + item + "\n    " + strings.Repeat("狭い欄で折り返される", 2) + "\n")
	d := Parse(b.String())
	want := []blk{
		{Paragraph, 0, ja + ja + "短い文です。"},
		{Paragraph, 0, ja + "終わりです。"},
		{Paragraph, 0, "また、その他にも、続く文です。"},
	}
	sameBlocks(t, blocksOf(d)[:3], want)
	if got, want := d.Blocks[len(d.Blocks)-1].Text, "• "+item+strings.Repeat("狭い欄で折り返される", 2); got != want {
		t.Errorf("indented under a line: %q, want %q", got, want)
	}
}

// In a wrapped text a byline's row of facts right under a sentence's end
// starts a block, though its first word would have fit within the slack,
// and so does a short line with such a row under it (a byline's names
// over its dates); a sentence that goes on onto such a line does not.
func TestParseRowUnderASentence(t *testing.T) {
	const para = "   The city council voted on Tuesday to rebuild the old stone bridge over\n" +
		"   River Wend, ending a debate that has lasted almost ten years and split\n" +
		"   Labour and the Greens, who govern the city, the mayor said on Tuesday.\n\n"
	in := strings.Repeat(para, 2) +
		"   A new bridge for the city, and what it will cost the people who live by.\n" +
		"   By Jane Doe · 14 October 2024 · 6 min read\n\n" +
		"   A new bridge for the city, and what it will cost the people who live by.\n" +
		"   By Jane Doe and John Roe\n" +
		"   Published 14 October 2024 · 6 min read\n\n" +
		"   The council said the bridge would cost 12 million pounds and open in May.\n" +
		"   Drivers will pay a toll.\n" +
		"   By Jane Doe · 14 October 2024 · 6 min read\n\n" +
		"   Il ponte nuovo costerà dodici milioni di euro e aprirà a maggio, dice.\n" +
		"   di Giulia Esempio · 14 maggio 2024 · 8 minuti di lettura\n\n" +
		"   The council said the bridge would cost 12 million pounds and open in\n" +
		"   Spring · the year after the vote, which the mayor had asked for.\n"
	got := blocksOf(Parse(in))[2:]
	want := []blk{
		{Paragraph, 0, "A new bridge for the city, and what it will cost the people who live by."},
		{Paragraph, 0, "By Jane Doe · 14 October 2024 · 6 min read"},
		{Paragraph, 0, "A new bridge for the city, and what it will cost the people who live by."},
		{Paragraph, 0, "By Jane Doe and John Roe"},
		{Paragraph, 0, "Published 14 October 2024 · 6 min read"},
		{Paragraph, 0, "The council said the bridge would cost 12 million pounds and open in May. Drivers will pay a toll."},
		{Paragraph, 0, "By Jane Doe · 14 October 2024 · 6 min read"},
		{Paragraph, 0, "Il ponte nuovo costerà dodici milioni di euro e aprirà a maggio, dice."},
		{Paragraph, 0, "di Giulia Esempio · 14 maggio 2024 · 8 minuti di lettura"},
		{Paragraph, 0, "The council said the bridge would cost 12 million pounds and open in Spring · the year after the vote, which the mayor had asked for."},
	}
	sameBlocks(t, got, want)
}

// TestRowLine: a row of facts parts them with a dot, a bar or a bullet
// between spaces, no-break ones too; a bar inside a word or a number does
// not.
func TestRowLine(t *testing.T) {
	for s, want := range map[string]bool{
		"By Jane Doe · 14 October 2024":                           true,
		"By Jane Doe, Education Reporter \u00a0|\u00a0 Wednesday": true,
		"Jane Doe • Sevilla":                                      true,
		"The ratio 3|4 of the vote":                               false,
		"Jane Doe·Sevilla":                                        false,
		"A sentence that goes on":                                 false,
	} {
		if got := rowLine(s); got != want {
			t.Errorf("rowLine(%q) = %v, want %v", s, got, want)
		}
	}
}

// A line that ends in a Chinese or Japanese comma goes on into the next,
// across a hard line break too: a <br> inside a sentence.
func TestParseCommaBroken(t *testing.T) {
	for _, in := range []string{
		"しかし、今回の事件です。\n\nまた、その他にも、  \nもとの商品を販売する行為や、\n商標権侵害と判断される場合があります。\n\n※「iPhone」は商標です。\n",
		"しかし、今回の事件です。\nまた、その他にも、\\\nもとの商品を販売する行為や、\n商標権侵害と判断される場合があります。\n※「iPhone」は商標です。\n",
	} {
		want := []blk{
			{Paragraph, 0, "しかし、今回の事件です。"},
			{Paragraph, 0, "また、その他にも、もとの商品を販売する行為や、商標権侵害と判断される場合があります。"},
			{Paragraph, 0, "※「iPhone」は商標です。"},
		}
		sameBlocks(t, blocksOf(Parse(in)), want)
	}
}

// FuzzParse: Parse never panics, and every block it makes has text (or is
// a kind that may be empty) and a source line. The golden inputs and
// outputs seed the corpus.
func FuzzParse(f *testing.F) {
	seeds, _ := filepath.Glob("../../testdata/golden/*")
	for _, p := range seeds {
		if data, err := os.ReadFile(p); err == nil {
			f.Add(string(data))
		}
	}
	for _, s := range []string{"", "# a\n* b\n  1. c\n> d\n*e*\n\\#f", "a\r\nb", "  *   * x", "1.\n2)", "_", "*", "**", "\\",
		"```go\n x\n```", "~~~\n", "[a](b) ![c](d) <e:f> [![g](h)](i)",
		"a | b\n:-|-:\n1 | \\| x\n| | |\nc | d\n---|---\n2 | 3", "|  |\n---|---|---\n",
		"[a][1] [b][] [b] [[1]]\n\n [1]: <x> 't'\n[B]: y", "Title: a\nURL Source: b\nMarkdown Content:\nc",
		"  [1]a [2]b\n\n   c [1]x, d\n\nReferences\n\n   1. u\n   Hidden links:\n  2. v",
		"<table><tr><td><p>a</p><script>b</script></td></tr></table>\n<img\nsrc=x> c\n[\n\n### d\n\n](e)"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d := Parse(s)
		for i, b := range d.Blocks {
			if b.Text == "" && b.Kind != ListItem && b.Kind != Heading && b.Kind != Quote && b.Kind != Code {
				t.Errorf("empty %v block from %q", b.Kind, s)
			}
			if b.Line < 1 {
				t.Errorf("block without a source line from %q", s)
			}
			if b.Kind != TableRow {
				continue
			}
			// A table starts at its header row, and its rows follow it
			// in order; a row's text is as JoinCells writes it.
			if b.Level > 0 && (i == 0 || d.Blocks[i-1].Kind != TableRow || d.Blocks[i-1].Level != b.Level-1) {
				t.Errorf("row %d of a table after %+v, from %q", b.Level, d.Blocks[max(i-1, 0)], s)
			}
			if j := JoinCells(SplitCells(b.Text)); j != b.Text {
				t.Errorf("row text %q is written %q by JoinCells, from %q", b.Text, j, s)
			}
		}
	})
}

// kindsAndTexts returns the blocks Parse reads from in, each as its kind
// and its text: "paragraph The ferry runs.".
func kindsAndTexts(in string) []string {
	var got []string
	for _, b := range Parse(in).Blocks {
		got = append(got, b.Kind.String()+" "+b.Text)
	}
	return got
}

// A line after a hard line break goes on from the line before it
// (Block.Break), so that the renderer writes the break again: where the
// break was meant, in a paragraph or a quote, and not after a break alone
// on its line (a second <br>) or trailing spaces in plain text.
func TestParseBreak(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []bool // Break of each block
	}{
		{"Roses are red,\\\nviolets are blue,\\\nsugar is sweet.\n", []bool{false, true, true}},
		{"# Poem\n\nRoses are red,  \nviolets are blue.\n", []bool{false, false, true}},
		{"> a quote\\\n> goes on\n", []bool{false, true}},
		// Trailing spaces in scraped text are no Markdown.
		{"Roses are red,  \nviolets are blue.\n", []bool{false, false}},
		// Unless after an escaped backslash, where the renderer writes
		// them for goldmark.
		{"A path: C:\\\\  \nand more.\n", []bool{false, true}},
		// pandoc's <br><br> ends the paragraph.
		{"One paragraph.\\\n\\\nAnother one.\n", []bool{false, false}},
		{"Text.\\\n\nAfter a blank line.\n", []bool{false, false}},
		{"# Offers\n\nIntro:\\\n- an item\\\nthird\n", []bool{false, false, false, false}},
		{"## A heading\\\nunder it\n", []bool{false, false}},
	} {
		d := Parse(tc.in)
		var got []bool
		for _, b := range d.Blocks {
			got = append(got, b.Break)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q: Break %v, want %v (%q)", tc.in, got, tc.want, kindsAndTexts(tc.in))
		}
	}
}

// BrokenLines gives the lines of the paragraph a block is a line of, up
// to a dropped line, and a block alone where no line was broken.
func TestBrokenLines(t *testing.T) {
	d := Parse("Before.\n\nDate\\\nTime\\\nPlace\\\nPrice\n\nAfter.\n")
	for i, want := range [][2]int{{0, 1}, {1, 5}, {1, 5}, {1, 5}, {1, 5}, {5, 6}} {
		if from, to := d.BrokenLines(i); from != want[0] || to != want[1] {
			t.Errorf("BrokenLines(%d) = %d, %d, want %d, %d", i, from, to, want[0], want[1])
		}
	}
	d.Blocks[3].Drop("test", "gone")
	if from, to := d.BrokenLines(1); from != 1 || to != 3 {
		t.Errorf("with line 3 dropped: BrokenLines(1) = %d, %d, want 1, 3", from, to)
	}
}

// A text browser prints a byline's lines one under another: a date with
// its time under a long line of the writer's role is a line of its own,
// though its first word would have fit on the role's. A date's end under
// its start, a date after a separator and a sentence that names a time go
// on.
func TestParseStampLine(t *testing.T) {
	para := "   Cada vez que los embalses bajan del treinta por ciento, el país entero\n" +
		"   redescubre el agua. Aparecen en los telediarios los pueblos que reciben\n" +
		"   camiones cisterna, los alcaldes que cierran las duchas de las playas y\n" +
		"   los consejeros que piden a la ciudadanía cerrar el grifo cada mañana.\n\n"
	for _, tc := range []struct {
		lines string
		want  []string
	}{
		{"   Catedrática de Economía Aplicada en la Universidad de Valdeluz\n   14 nov 2026 - 06:00 CET\n",
			[]string{"Catedrática de Economía Aplicada en la Universidad de Valdeluz", "14 nov 2026 - 06:00 CET"}},
		{"   Von Katharina Brenneisen, Redakteurin der Lokalredaktion in Wesselbach\n   14.11.2026, 06:00 Uhr\n",
			[]string{"Von Katharina Brenneisen, Redakteurin der Lokalredaktion in Wesselbach", "14.11.2026, 06:00 Uhr"}},
		{"   By Hannah Lindqvist, Senior Editor Published March 14, 2025 Updated March\n   15, 2025, 9:42 a.m. ET\n",
			[]string{"By Hannah Lindqvist, Senior Editor Published March 14, 2025 Updated March 15, 2025, 9:42 a.m. ET"}},
		{"   New Delhi, News Nation Bureau, Press Trust of India, Agencies Desk |\n   Updated : 19 November 2019, 09:01 AM\n",
			[]string{"New Delhi, News Nation Bureau, Press Trust of India, Agencies Desk | Updated : 19 November 2019, 09:01 AM"}},
		{"   Reporting by the News Nation Bureau of New Delhi | Updated : 19 November\n   2019, 09:01 AM\n",
			[]string{"Reporting by the News Nation Bureau of New Delhi | Updated : 19 November 2019, 09:01 AM"}},
		{"   Par Odile Castagnet, correspondante locale de la rédaction du Morbihan, Le\n   04/03/2026 à 06:15 Lecture : 2 min\n",
			[]string{"Par Odile Castagnet, correspondante locale de la rédaction du Morbihan, Le 04/03/2026 à 06:15 Lecture : 2 min"}},
		{"   Die Versammlung der Eigentümer im Rathaus von Wesselbach beginnt am\n   Montag, 14. Dezember 2026, 18.30 Uhr.\n",
			[]string{"Die Versammlung der Eigentümer im Rathaus von Wesselbach beginnt am Montag, 14. Dezember 2026, 18.30 Uhr."}},
	} {
		d := Parse(para + para + tc.lines + "\n" + para)
		var got []string
		for _, b := range d.Blocks[2 : len(d.Blocks)-1] {
			got = append(got, b.Text)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q:\n got %q\nwant %q", tc.lines, got, tc.want)
		}
	}
}
