package document

import "strings"

// drawnBullets are the characters a page draws before the items of a list
// in its text ("• Home", "▪ Schedule"), as a scraper prints them (w3m
// -dump too, with "□", "☆" and "○" for a nested list's), and the boxes a
// recipe's card draws to tick its ingredients off ("▢ 3 ripe bananas",
// "☐"). Markdown's own markers ("*", "-", "+") the parser reads.
var drawnBullets = []string{"•", "◦", "▪", "‣", "∙", "□", "☆", "○", "▢", "☐"}

// CutDrawnBullet returns s without the drawn bullet and the space it
// starts with, and whether it starts with one and has text after it. The
// space may be a no-break space, as elinks -dump writes it.
func CutDrawnBullet(s string) (string, bool) {
	// Every bullet is three bytes of UTF-8 starting with 0xE2: most
	// lines are told by their first byte.
	if len(s) < 5 || s[0] != 0xE2 || s[3] != ' ' && !strings.HasPrefix(s[3:], "\u00a0") {
		return "", false
	}
	for _, m := range drawnBullets {
		if rest, ok := strings.CutPrefix(s, m); ok {
			rest = strings.TrimSpace(strings.TrimPrefix(rest, "\u00a0"))
			return rest, rest != ""
		}
	}
	return "", false
}
