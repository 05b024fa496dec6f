package document

import (
	"slices"
	"strings"
	"testing"
)

// wide is a paragraph a text browser wrapped at 80 columns: it makes the
// text a wrapped one.
const wide = "The harbour ferry runs again from Monday after the council found the money\n" +
	"for the repairs to the quay, which the storms of the winter had left unsafe\n" +
	"for the boats that call there twice a day in the summer months of the year.\n\n"

// A paragraph of a column a text browser laid out narrower than the text
// is one paragraph, its lines' padding no line break; a menu's items, in
// capitals or without punctuation, stay lines of their own however they
// fit the column.
func TestParseNarrowColumn(t *testing.T) {
	column := "“The authorities must end this brutal  \n" +
		"and deadly crackdown immediately and   \n" +
		"show respect for human life,” said     \n" +
		"Philip Luther, Research and Advocacy   \n" +
		"Director for the Middle East and North \n" +
		"Africa at Amnesty International.       \n"
	menu := "Advertising Opportunities\nGiveaway Rules for Entrants\nReviews, Giveaways, Policies\nMedia Kit\n"
	beacon := "image beaconimage beaconimage beacon\nmsn back to msn home lifestyle\npowered by Microsoft News\n"
	var got []string
	for _, b := range Parse(wide + column + "\n" + menu + "\n" + beacon).Blocks {
		got = append(got, b.Text)
	}
	want := []string{
		strings.Join(strings.Fields(strings.ReplaceAll(wide, "\n", " ")), " "),
		"“The authorities must end this brutal and deadly crackdown immediately and show respect for human life,” said Philip Luther, Research and Advocacy Director for the Middle East and North Africa at Amnesty International.",
		"Advertising Opportunities", "Giveaway Rules for Entrants", "Reviews, Giveaways, Policies", "Media Kit",
		"image beaconimage beaconimage beacon", "msn back to msn home lifestyle", "powered by Microsoft News",
	}
	if !slices.Equal(got, want) {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}
