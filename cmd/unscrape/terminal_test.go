package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/creack/pty"
)

// openPTY returns the two ends of a pseudo-terminal and a function that
// closes the terminal end and returns everything written to it.
func openPTY(t *testing.T) (tty *os.File, output func() string) {
	t.Helper()
	ptmx, tty, err := pty.Open()
	if err != nil {
		t.Skipf("no pseudo-terminal here: %v", err)
	}
	t.Cleanup(func() { ptmx.Close() })
	var buf bytes.Buffer
	done := make(chan struct{})
	go func() {
		// Reading ends with an error once the terminal end is closed.
		io.Copy(&buf, ptmx)
		close(done)
	}()
	return tty, func() string {
		tty.Close()
		<-done
		return buf.String()
	}
}

func dirtyPages(t *testing.T, n int) string {
	t.Helper()
	dir := t.TempDir()
	for i := range n {
		p := filepath.Join(dir, fmt.Sprintf("page%02d.txt", i))
		if err := os.WriteFile(p, fmt.Appendf(nil, "Headline number %d   \nA short paragraph.   \n", i), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// TestTerminalProgress runs unscrape with stderr on a pseudo-terminal, where
// a person would see it: a batch draws a progress bar and ends with a
// summary line; --no-progress keeps the summary only.
func TestTerminalProgress(t *testing.T) {
	tests := []struct {
		name     string
		args     []string
		files    int
		bar      bool
		summary  string
		exitCode int
	}{
		{name: "batch", args: []string{"-w"}, files: 12, bar: true,
			summary: "unscrape: 12 files: 12 cleaned, 0 unchanged, 0 failed; "},
		{name: "no progress", args: []string{"-w", "--no-progress"}, files: 12,
			summary: "unscrape: 12 files: 12 cleaned, 0 unchanged, 0 failed"},
		{name: "a handful of files", args: []string{"-w"}, files: 3,
			summary: "unscrape: 3 files: 3 cleaned"},
		{name: "list", args: []string{"-l"}, files: 12, bar: true, exitCode: 1,
			summary: "unscrape: 12 files: 12 would change"},
		{name: "check is silent", args: []string{"--check"}, files: 12, bar: true, exitCode: 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tty, output := openPTY(t)
			dir := dirtyPages(t, tc.files)
			code := Main(append(tc.args, dir), strings.NewReader(""), io.Discard, tty)
			got := output()
			if code != tc.exitCode {
				t.Errorf("exit %d, want %d; terminal:\n%q", code, tc.exitCode, got)
			}
			if hasBar := strings.Contains(got, fmt.Sprintf("/%d", tc.files)); hasBar != tc.bar {
				t.Errorf("progress bar drawn: %v, want %v; terminal:\n%q", hasBar, tc.bar, got)
			}
			if tc.summary != "" && !strings.Contains(got, tc.summary) {
				t.Errorf("no summary %q on the terminal:\n%q", tc.summary, got)
			}
			if tc.summary == "" && strings.Contains(got, "files:") {
				t.Errorf("a summary where none belongs:\n%q", got)
			}
		})
	}
}

func TestForTerminal(t *testing.T) {
	tty, _ := openPTY(t)
	pipeR, pipeW, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer pipeR.Close()
	defer pipeW.Close()
	env := func(kv ...string) func(string) string {
		return func(k string) string {
			for i := 0; i+1 < len(kv); i += 2 {
				if kv[i] == k {
					return kv[i+1]
				}
			}
			return ""
		}
	}
	tests := []struct {
		name                string
		w                   io.Writer
		opts                cleanOptions
		getenv              func(string) string
		bar, color, summary bool
	}{
		{"terminal", tty, cleanOptions{}, env("TERM", "xterm"), true, true, true},
		{"NO_COLOR", tty, cleanOptions{}, env("NO_COLOR", "1"), true, false, true},
		{"--no-progress", tty, cleanOptions{noProgress: true}, env(), false, false, true},
		{"dumb terminal", tty, cleanOptions{}, env("TERM", "dumb"), false, false, true},
		{"--check", tty, cleanOptions{check: true}, env(), true, true, false},
		{"pipe", pipeW, cleanOptions{}, env(), false, false, false},
		{"buffer", &bytes.Buffer{}, cleanOptions{}, env(), false, false, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := forTerminal(tc.w, &tc.opts, tc.getenv)
			if (got.progress != nil) != tc.bar || got.color != tc.color || got.summary != tc.summary {
				t.Errorf("got bar %v colour %v summary %v, want %v %v %v",
					got.progress != nil, got.color, got.summary, tc.bar, tc.color, tc.summary)
			}
		})
	}
}
