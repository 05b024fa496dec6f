package batch

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// makeTree builds a folder from a spec: "path" makes a file, "path/" a
// folder, "path -> target" a symbolic link.
func makeTree(t *testing.T, spec ...string) string {
	t.Helper()
	root := t.TempDir()
	for _, s := range spec {
		name, target, isLink := strings.Cut(s, " -> ")
		p := filepath.Join(root, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		var err error
		switch {
		case isLink:
			err = os.Symlink(filepath.FromSlash(target), p)
		case strings.HasSuffix(name, "/"):
			err = os.MkdirAll(p, 0o755)
		default:
			err = os.WriteFile(p, []byte("text\n"), 0o644)
		}
		if err != nil {
			t.Fatal(err)
		}
	}
	return root
}

func TestCollect(t *testing.T) {
	tests := []struct {
		name  string
		tree  []string
		args  []string // under the tree; "." when empty
		globs Globs
		want  []string // File.Path relative to the tree
	}{
		{
			name: "default globs take txt and md at any depth",
			tree: []string{"a.txt", "b.md", "c.html", "d/e.txt", "d/f/g.md", "d/f/h.json"},
			want: []string{"a.txt", "b.md", "d/e.txt", "d/f/g.md"},
		},
		{
			name: "hidden folders and files are skipped",
			tree: []string{".git/x.txt", ".cache/a/b.md", "d/.hidden.txt", "d/.unscrape-1.tmp", "d/ok.txt"},
			want: []string{"d/ok.txt"},
		},
		{
			name: "a hidden folder named on the command line is walked",
			tree: []string{".scraped/a.txt", ".scraped/.inner/b.txt"},
			args: []string{".scraped"},
			want: []string{".scraped/a.txt"},
		},
		{
			name:  "include replaces the default",
			tree:  []string{"a.txt", "b.md", "c.text", "d/e.text"},
			globs: Globs{Include: []string{"**/*.text"}},
			want:  []string{"c.text", "d/e.text"},
		},
		{
			name:  "exclude drops files and whole folders",
			tree:  []string{"a.txt", "drafts/b.txt", "x/drafts/c.txt", "x/d.md", "README.md"},
			globs: Globs{Exclude: []string{"**/drafts", "README.md"}},
			want:  []string{"a.txt", "x/d.md"},
		},
		{
			name: "a file named directly is taken whatever its name",
			tree: []string{"page.html", ".hidden.txt"},
			args: []string{"page.html", ".hidden.txt"},
			want: []string{".hidden.txt", "page.html"},
		},
		{
			name:  "exclude applies to files named directly",
			tree:  []string{"a.txt", "b.txt"},
			args:  []string{"a.txt", "b.txt"},
			globs: Globs{Exclude: []string{"b.txt"}},
			want:  []string{"a.txt"},
		},
		{
			name: "sorted folder by folder, for every order of arguments",
			tree: []string{"a-b.txt", "a/z.txt", "b/a.txt"},
			args: []string{"b", "a-b.txt", "a"},
			want: []string{"a/z.txt", "a-b.txt", "b/a.txt"},
		},
		{
			name: "a file reached twice is taken once",
			tree: []string{"d/a.txt", "d/b.txt"},
			args: []string{"d", "d/a.txt", "./d"},
			want: []string{"d/a.txt", "d/b.txt"},
		},
		{
			name: "a link loop ends",
			tree: []string{"d/a.txt", "d/loop -> ..", "d/self -> .", "d/e/back -> ../../d"},
			want: []string{"d/a.txt"},
		},
		{
			name: "links that leave the tree are not followed",
			tree: []string{"in/a.txt", "out/secret.txt", "in/escape -> ../out", "in/file.txt -> ../out/secret.txt"},
			args: []string{"in"},
			want: []string{"in/a.txt"},
		},
		{
			name: "a file behind a link inside the tree is taken under its real path",
			tree: []string{"z/a.txt", "alias -> z", "b.txt -> z/a.txt"},
			want: []string{"z/a.txt"},
		},
		{
			name: "a link to a folder the walk skips is followed",
			tree: []string{".store/a.txt", "shown -> .store"},
			want: []string{"shown/a.txt"},
		},
		{
			name: "dangling links are skipped",
			tree: []string{"a.txt", "gone.txt -> nowhere.txt", "gonedir -> nowhere"},
			want: []string{"a.txt"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			root := makeTree(t, tc.tree...)
			t.Chdir(root)
			args := tc.args
			if args == nil {
				args = []string{"."}
			}
			files, errs := Collect(args, tc.globs)
			if len(errs) > 0 {
				t.Fatalf("errors: %v", errs)
			}
			var got []string
			for _, f := range files {
				got = append(got, filepath.ToSlash(f.Path))
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("got  %q\nwant %q", got, tc.want)
			}
		})
	}
}

func TestCollectReal(t *testing.T) {
	root := makeTree(t, "z/a.txt", "link.txt -> z/a.txt")
	files, errs := Collect([]string{filepath.Join(root, "link.txt")}, Globs{})
	if len(errs) > 0 || len(files) != 1 {
		t.Fatalf("files %v, errors %v", files, errs)
	}
	real, err := filepath.EvalSymlinks(filepath.Join(root, "z/a.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if files[0].Real != real {
		t.Errorf("Real = %s, want the link's target %s", files[0].Real, real)
	}
	if files[0].Rel != "link.txt" {
		t.Errorf("Rel = %s, want the name as given", files[0].Rel)
	}
}

func TestCollectRel(t *testing.T) {
	root := makeTree(t, "site/2024/a.txt")
	files, _ := Collect([]string{filepath.Join(root, "site")}, Globs{})
	if len(files) != 1 || files[0].Rel != "2024/a.txt" {
		t.Fatalf("got %+v, want one file with Rel 2024/a.txt", files)
	}
	if want := filepath.Join(root, "site", "2024", "a.txt"); files[0].Path != want {
		t.Errorf("Path = %s, want %s", files[0].Path, want)
	}
}

func TestCollectSkip(t *testing.T) {
	root := makeTree(t, "a.txt", "out/a.md")
	t.Chdir(root)
	files, _ := Collect([]string{"."}, Globs{}, "out")
	if len(files) != 1 || files[0].Path != "a.txt" {
		t.Errorf("got %+v, want only a.txt", files)
	}
}

func TestCollectErrors(t *testing.T) {
	root := makeTree(t, "a.txt")
	t.Chdir(root)
	files, errs := Collect([]string{"missing.txt", "a.txt", "missing"}, Globs{})
	if len(files) != 1 {
		t.Errorf("files %v: the walk must go on after an error", files)
	}
	if len(errs) != 2 {
		t.Fatalf("errors %v, want two", errs)
	}
	for _, err := range errs {
		if !errors.Is(err, fs.ErrNotExist) || !strings.Contains(err.Error(), "missing") {
			t.Errorf("error %q does not name the missing path", err)
		}
	}
}

func TestWalkBarrenFolders(t *testing.T) {
	root := makeTree(t, "pages/a.txt", "shards/a.jsonl", "site/index.html", "site/.hidden.txt")
	t.Chdir(root)
	w := walk([]string{"pages", "shards", "site", "pages/a.txt"}, Globs{}, nil)
	if want := []string{"shards", "site"}; !slices.Equal(w.barren, want) {
		t.Errorf("barren %q, want %q", w.barren, want)
	}
	w = walk([]string{"pages", "shards"}, Globs{Include: []string{"**/*.jsonl"}}, nil)
	if want := []string{"pages"}; !slices.Equal(w.barren, want) {
		t.Errorf("with --include: barren %q, want %q", w.barren, want)
	}
	if got := (Globs{Include: []string{"**/*.jsonl"}}).barrenReport("pages"); !strings.Contains(got, "none matches --include **/*.jsonl") {
		t.Errorf("report %q does not name the glob", got)
	}
}

func TestGlobsValidate(t *testing.T) {
	if err := (Globs{Include: []string{"**/*.txt"}, Exclude: []string{"a/{b,c}/**"}}).Validate(); err != nil {
		t.Errorf("valid globs rejected: %v", err)
	}
	for _, g := range []Globs{{Include: []string{"[a"}}, {Exclude: []string{"{a"}}} {
		if err := g.Validate(); err == nil {
			t.Errorf("%+v: no error for a bad pattern", g)
		}
	}
}

func TestComparePaths(t *testing.T) {
	in := []string{"b", "a-b", "a/z", "a", "a/b/c", "A"}
	slices.SortFunc(in, comparePaths)
	want := []string{"A", "a", "a/b/c", "a/z", "a-b", "b"}
	if !slices.Equal(in, want) {
		t.Errorf("got %q, want %q", in, want)
	}
}
