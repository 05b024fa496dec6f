package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/rogpeppe/go-internal/testscript"
)

// TestMain lets the scripts run unscrape as a program: testscript re-runs
// this test binary under the name "unscrape", which calls Main.
func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"unscrape": func() { os.Exit(Main(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)) },
	})
}

// TestScripts runs the CLI scripts in testdata/script: files in, a command,
// the expected output, exit code and files out, one behaviour per file.
func TestScripts(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir:                 "../../testdata/script",
		RequireExplicitExec: true,
		RequireUniqueNames:  true,
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			"backdate":  cmdBackdate,
			"backdated": cmdBackdated,
			"perm":      cmdPerm,
			"status":    cmdStatus,
			"binfile":   cmdBinfile,
			"bytes":     cmdBytes,
			"gen":       cmdGen,
		},
		Condition: func(cond string) (bool, error) {
			switch cond {
			case "root":
				// Permissions do not stop root: tests of unreadable files
				// skip.
				return os.Geteuid() == 0, nil
			}
			return false, fmt.Errorf("unknown condition %q", cond)
		},
	})
}

// longAgo is the time stamp backdate gives, so that a rewrite, which sets
// the time to now, cannot go unnoticed.
var longAgo = time.Date(2001, 2, 3, 4, 5, 6, 0, time.UTC)

// cmdBackdate sets the modification time of files to longAgo.
//
//	backdate file...
func cmdBackdate(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) == 0 {
		ts.Fatalf("usage: backdate file...")
	}
	for _, a := range args {
		ts.Check(os.Chtimes(ts.MkAbs(a), longAgo, longAgo))
	}
}

// cmdBackdated checks that files still have the time backdate gave them,
// that is, nothing wrote them since.
//
//	[!] backdated file...
func cmdBackdated(ts *testscript.TestScript, neg bool, args []string) {
	if len(args) == 0 {
		ts.Fatalf("usage: backdated file...")
	}
	for _, a := range args {
		info, err := os.Stat(ts.MkAbs(a))
		ts.Check(err)
		if old := info.ModTime().Equal(longAgo); old == neg {
			if neg {
				ts.Fatalf("%s was not written: its time is still %v", a, longAgo)
			}
			ts.Fatalf("%s was written: its time is %v", a, info.ModTime())
		}
	}
}

// cmdPerm checks a file's permission bits.
//
//	[!] perm 0640 file...
func cmdPerm(ts *testscript.TestScript, neg bool, args []string) {
	if len(args) < 2 {
		ts.Fatalf("usage: perm mode file...")
	}
	want, err := strconv.ParseUint(args[0], 8, 32)
	ts.Check(err)
	for _, a := range args[1:] {
		info, err := os.Stat(ts.MkAbs(a))
		ts.Check(err)
		if got := info.Mode() & fs.ModePerm; (got == fs.FileMode(want)) == neg {
			ts.Fatalf("%s has mode %04o; want %s%04o", a, got, map[bool]string{true: "not ", false: ""}[neg], want)
		}
	}
}

// cmdStatus runs a program like exec and checks its exact exit code, which
// "! exec" cannot tell apart: 1 (would change) from 2 (error).
//
//	status code program [args...]
func cmdStatus(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) < 2 {
		ts.Fatalf("usage: status code program [args...]")
	}
	want, err := strconv.Atoi(args[0])
	ts.Check(err)
	got := 0
	if err := ts.Exec(args[1], args[2:]...); err != nil {
		var ee *exec.ExitError
		if !errors.As(err, &ee) {
			ts.Fatalf("%s: %v", args[1], err)
		}
		got = ee.ExitCode()
	}
	if got != want {
		ts.Fatalf("%s exited with %d, want %d", args[1], got, want)
	}
}

// cmdBinfile writes a file with a NUL byte in it, which txtar archives,
// being text, should not hold.
//
//	binfile file
func cmdBinfile(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 1 {
		ts.Fatalf("usage: binfile file")
	}
	ts.Check(os.WriteFile(ts.MkAbs(args[0]), []byte("PK\x03\x04\x00\x00 not text"), 0o644))
}

// cmdBytes writes a file whose name and content are written with Go's
// escapes (\n, \r, \x00, \xfc), for what a txtar archive cannot hold: NUL
// and other control bytes, invalid UTF-8, UTF-16, lone carriage returns,
// newlines in names.
//
//	bytes 'name' 'content'
func cmdBytes(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 2 {
		ts.Fatalf("usage: bytes 'name' 'content'")
	}
	name, err := strconv.Unquote(`"` + args[0] + `"`)
	ts.Check(err)
	content, err := strconv.Unquote(`"` + args[1] + `"`)
	ts.Check(err)
	ts.Check(os.WriteFile(ts.MkAbs(name), []byte(content), 0o644))
}

// cmdGen writes an article of n distinct paragraphs, none of them clean,
// for tests that need a result of some size.
//
//	gen file n
func cmdGen(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 2 {
		ts.Fatalf("usage: gen file n")
	}
	n, err := strconv.Atoi(args[1])
	ts.Check(err)
	var b strings.Builder
	b.WriteString("Harbour plan approved\n\n")
	for i := range n {
		fmt.Fprintf(&b, "Paragraph %d: the council met again on Tuesday and voted for the new harbour plan by a wide margin.   \n\n", i)
	}
	ts.Check(os.WriteFile(ts.MkAbs(args[0]), []byte(b.String()), 0o644))
}
