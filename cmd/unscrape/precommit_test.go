package main

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// scrapedPage is an invented page as a scraper dumps it: trailing blanks,
// a share button, no Markdown.
const scrapedPage = `Allotment waiting list passes 900 names
The council wants to split large plots in two.   
Applicants currently wait about six years.


Share this article
`

// TestPreCommitHook installs this repository as a pre-commit hook in a new
// git repository and runs it twice: the first run cleans the scraped file
// and fails, as pre-commit does when a hook changes files; the second
// passes. It uses the pre-commit program where it is installed (Debian
// package pre-commit) and skips otherwise.
func TestPreCommitHook(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: the hook test builds unscrape with go install")
	}
	for _, prog := range []string{"pre-commit", "git", "go"} {
		if _, err := exec.LookPath(prog); err != nil {
			t.Skipf("%s is not installed, so the pre-commit hook is not tested (install the Debian package pre-commit)", prog)
		}
	}
	start := time.Now()
	hookRepo := snapshotCheckout(t)
	t.Logf("snapshot of the checkout took %v", time.Since(start).Round(time.Millisecond))
	rev := strings.TrimSpace(gitOut(t, hookRepo, "rev-parse", "HEAD"))

	project := t.TempDir()
	gitOut(t, project, "init", "-q")
	write := func(name, content string) {
		t.Helper()
		p := filepath.Join(project, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("scraped/allotments.txt", scrapedPage)
	// Outside the folder the hook is restricted to: never touched.
	write("NOTES.md", "Notes   \nnot for unscrape   \n")
	// Inside it, but the folder's own README: the hook excludes it.
	write("scraped/README.md", "Notes   \nnot for unscrape   \n")
	write(".pre-commit-config.yaml", fmt.Sprintf(`repos:
  - repo: %s
    rev: %s
    hooks:
      - id: unscrape
        files: ^scraped/
`, hookRepo, rev))
	gitOut(t, project, "add", "-A")

	var want bytes.Buffer
	if code := Main([]string{"-"}, strings.NewReader(scrapedPage), &want, os.Stderr); code != 0 {
		t.Fatalf("cleaning the page in process: exit %d", code)
	}

	env := preCommitEnv(t)
	first, code := preCommit(t, project, env)
	if code != 1 {
		t.Fatalf("first run: exit %d, want 1 (files changed):\n%s", code, first)
	}
	if !strings.Contains(first, "files were modified by this hook") {
		t.Errorf("first run did not say it changed files:\n%s", first)
	}
	got, err := os.ReadFile(filepath.Join(project, "scraped", "allotments.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want.Bytes()) {
		t.Errorf("the hook left\n%s\nwant what unscrape prints:\n%s", got, want.Bytes())
	}
	if notes, _ := os.ReadFile(filepath.Join(project, "NOTES.md")); string(notes) != "Notes   \nnot for unscrape   \n" {
		t.Errorf("a file outside files: ^scraped/ was changed:\n%q", notes)
	}
	if readme, _ := os.ReadFile(filepath.Join(project, "scraped", "README.md")); string(readme) != "Notes   \nnot for unscrape   \n" {
		t.Errorf("the hook's exclude did not keep it from scraped/README.md:\n%q", readme)
	}

	second, code := preCommit(t, project, env)
	if code != 0 {
		t.Fatalf("second run: exit %d, want 0:\n%s", code, second)
	}
	if !strings.Contains(second, "Passed") {
		t.Errorf("second run did not pass the hook:\n%s", second)
	}
}

// snapshotCheckout commits the checkout as it is now, uncommitted changes
// included, into a new repository: pre-commit clones a hook repository at
// a commit, and the code under test need not be committed yet.
func snapshotCheckout(t *testing.T) string {
	t.Helper()
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command("git", "ls-files", "-z", "--cached", "--others", "--exclude-standard")
	cmd.Dir = root
	list, err := cmd.Output()
	if err != nil {
		t.Skipf("%s is not a git checkout, so there is no repository to install the hook from: %v", root, err)
	}
	snap := t.TempDir()
	for name := range strings.SplitSeq(strings.TrimSuffix(string(list), "\x00"), "\x00") {
		data, err := os.ReadFile(filepath.Join(root, name))
		if errors.Is(err, os.ErrNotExist) {
			continue // deleted in the checkout but not yet in git
		}
		if err != nil {
			t.Fatal(err)
		}
		p := filepath.Join(snap, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	gitOut(t, snap, "init", "-q")
	gitOut(t, snap, "add", "-A")
	gitOut(t, snap, "-c", "user.name=unscrape test", "-c", "user.email=test@unscrape.invalid",
		"commit", "-q", "--no-gpg-sign", "-m", "snapshot of the checkout under test")
	return snap
}

// preCommitEnv keeps pre-commit's cache in the test's temporary folder and
// lets its "go install" use the module cache this test already has.
func preCommitEnv(t *testing.T) []string {
	t.Helper()
	modcache, err := exec.Command("go", "env", "GOMODCACHE").Output()
	if err != nil {
		t.Fatal(err)
	}
	return append(os.Environ(),
		"PRE_COMMIT_HOME="+t.TempDir(),
		"GOMODCACHE="+strings.TrimSpace(string(modcache)),
		"PRE_COMMIT_COLOR=never",
	)
}

func preCommit(t *testing.T, dir string, env []string) (string, int) {
	t.Helper()
	cmd := exec.Command("pre-commit", "run", "--all-files")
	cmd.Dir, cmd.Env = dir, env
	start := time.Now()
	out, err := cmd.CombinedOutput()
	t.Logf("pre-commit run --all-files took %v", time.Since(start).Round(time.Millisecond))
	var ee *exec.ExitError
	switch {
	case err == nil:
		return string(out), 0
	case errors.As(err, &ee):
		return string(out), ee.ExitCode()
	}
	t.Fatalf("pre-commit: %v\n%s", err, out)
	return "", 0
}

func gitOut(t *testing.T, dir string, args ...string) string {
	t.Helper()
	cmd := exec.Command("git", args...)
	cmd.Dir = dir
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("git %s: %v\n%s", strings.Join(args, " "), err, out)
	}
	return string(out)
}
