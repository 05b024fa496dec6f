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
			rest = CutCheckbox(strings.TrimSpace(strings.TrimPrefix(rest, "\u00a0")))
			return rest, rest != ""
		}
	}
	return "", false
}

// CutCheckbox returns s without the checkbox a text browser prints for a
// form's box at its start ("[ ]200 g de farine", "[X] 3 œufs"): a recipe's
// card lets its reader tick the ingredients off, and the box is no part
// of the item. Only after a drawn bullet or in a browser's dump: in
// Markdown, "- [ ] …" is a task list's item.
func CutCheckbox(s string) string {
	if len(s) < 4 || s[0] != '[' || s[2] != ']' || s[1] != ' ' && s[1] != 'X' && s[1] != 'x' {
		return s
	}
	return strings.TrimLeft(s[3:], " ")
}
