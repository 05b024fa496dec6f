package batch

import (
	"strings"

	"github.com/pmezard/go-difflib/difflib"
)

// Diff returns a unified diff from old to new, labelled the way gofmt -d
// and shfmt -d label theirs ("path.orig" → "path"), or nil when they are
// equal.
func Diff(path string, old, new []byte) []byte {
	if string(old) == string(new) {
		return nil
	}
	d, err := difflib.GetUnifiedDiffString(difflib.UnifiedDiff{
		A:        diffLines(string(old)),
		B:        diffLines(string(new)),
		FromFile: path + ".orig",
		ToFile:   path,
		Context:  3,
	})
	if err != nil {
		// difflib fails only when writing to its own buffer fails.
		panic(err)
	}
	return []byte(d)
}

// diffLines splits s into lines that keep their newline. difflib.SplitLines
// invents a newline at the end; here a last line without one carries the
// "\ No newline at end of file" marker instead, as diff -u prints it, so
// that a missing final newline shows as the change it is.
func diffLines(s string) []string {
	if s == "" {
		return nil
	}
	lines := strings.SplitAfter(s, "\n")
	last := len(lines) - 1
	if lines[last] == "" {
		return lines[:last]
	}
	lines[last] += "\n\\ No newline at end of file\n"
	return lines
}
