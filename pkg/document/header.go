package document

import (
	"strings"

	"github.com/unscrape/unscrape/pkg/textfix"
)

// Reader services that turn a page into Markdown for a model put a header
// of fields above it: Jina Reader (r.jina.ai) writes
//
//	Title: Harbour ferry runs again
//
//	URL Source: https://example.org/news/ferry
//
//	Published Time: 2024-03-01T10:00:00Z
//
//	Markdown Content:
//	…
//
// The fields are the page's front matter in another syntax: Parse reads
// them into Meta.Header, and the text starts after "Markdown Content:".

// Field is one field of a reader's header, as written.
type Field struct{ Key, Value string }

// maxHeaderLines bounds how far the end of a reader's header is looked for.
const maxHeaderLines = 40

// readerHeader reads the header lines start with, and returns its fields
// and how many lines it takes, or nil and 0 when they start with none: a
// "Title:" line first, then only blank lines and "Key: value" lines up to
// a line "Markdown Content:".
func readerHeader(lines []string) ([]Field, int) {
	var fields []Field
	for i, l := range lines {
		if i >= maxHeaderLines {
			break
		}
		// The line is read with its spaces as the unicode repair leaves
		// them, control and invisible characters gone: a second run
		// reads the repaired header.
		l = textfix.Spaces(l)
		switch {
		case l == "":
			continue
		case l == "Markdown Content:":
			if fields == nil {
				return nil, 0
			}
			return fields, i + 1
		}
		key, value, ok := strings.Cut(l, ":")
		if !ok || value != "" && value[0] != ' ' || !headerKey(key) || fields == nil && key != "Title" {
			return nil, 0
		}
		if fields == nil {
			// A page without a title has an empty "Title:".
			fields = []Field{}
		}
		if value = strings.TrimSpace(value); value != "" {
			fields = append(fields, Field{key, value})
		}
	}
	return nil, 0
}

// StartsWithReaderHeader reports whether Parse reads a reader's header at
// the start of text (see readerHeader).
func StartsWithReaderHeader(text string) bool {
	if !strings.HasPrefix(strings.TrimLeft(text, " \n"), "Title:") {
		return false
	}
	fields, _ := readerHeader(strings.Split(text, "\n"))
	return fields != nil
}

// headerKey reports whether s is shaped as a header field's name: one to
// four words of letters, the first capitalised ("URL Source", "Published
// Time", "Warning").
func headerKey(s string) bool {
	words := strings.Split(s, " ")
	if len(words) > 4 || s == "" || s[0] < 'A' || s[0] > 'Z' {
		return false
	}
	for _, w := range words {
		if w == "" {
			return false
		}
		for _, c := range []byte(w) {
			if (c < 'a' || c > 'z') && (c < 'A' || c > 'Z') {
				return false
			}
		}
	}
	return true
}
