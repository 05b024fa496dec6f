package batch

import (
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"

	"github.com/bmatcuk/doublestar/v4"
)

// DefaultInclude are the globs a folder walk takes when Options.Include is
// empty: scraped text and Markdown, in any folder.
var DefaultInclude = []string{"**/*.txt", "**/*.md"}

// File is one input a walk found.
type File struct {
	// Path is how the file is named in messages and listings: the folder
	// named on the command line joined with the path under it, or the
	// file's name as given.
	Path string
	// Rel is the slash-separated path under the folder named on the command
	// line (or the base name of a file named directly). Globs match it and
	// -o mirrors it.
	Rel string
	// Real is the file's path with every symbolic link resolved. A file is
	// taken once per Real path, and -w replaces Real so that a link stays a
	// link.
	Real string
	// viaLink is true when the walk reached the file through a symbolic
	// link; the same file reached directly wins.
	viaLink bool
}

// Globs are the include and exclude patterns of a walk, in doublestar syntax.
type Globs struct {
	Include []string // empty means DefaultInclude
	Exclude []string
}

// Validate reports the first pattern doublestar cannot parse.
func (g Globs) Validate() error {
	for _, p := range g.Include {
		if !doublestar.ValidatePattern(p) {
			return fmt.Errorf("bad --include pattern %q", p)
		}
	}
	for _, p := range g.Exclude {
		if !doublestar.ValidatePattern(p) {
			return fmt.Errorf("bad --exclude pattern %q", p)
		}
	}
	return nil
}

func (g Globs) included(rel string) bool {
	inc := g.Include
	if len(inc) == 0 {
		inc = DefaultInclude
	}
	return matchAny(inc, rel)
}

func (g Globs) excluded(rel string) bool { return matchAny(g.Exclude, rel) }

func matchAny(patterns []string, name string) bool {
	for _, p := range patterns {
		// Patterns were validated up front, so the error is always nil.
		if ok, _ := doublestar.Match(p, name); ok {
			return true
		}
	}
	return false
}

// Collect finds the files to clean under paths, sorted by path. A folder is
// walked recursively: hidden files and folders are skipped, files are taken
// when an include glob matches and no exclude glob does, and symbolic links
// are followed only to targets inside the folder, each real folder and file
// once, so a link loop ends and no file is cleaned twice. A file named in
// paths is always taken unless an exclude glob matches it, as gofmt and
// shfmt take any file they are given. skip lists folders never to enter
// (the -o folder, so that a second run does not clean its own results).
//
// An unreadable path is reported in errs and the walk goes on.
func Collect(paths []string, g Globs, skip ...string) (files []File, errs []error) {
	w := walk(paths, g, skip)
	return w.files, w.errs
}

func walk(paths []string, g Globs, skip []string) *walker {
	w := &walker{globs: g, seen: map[string]bool{}}
	for _, s := range skip {
		if r, err := realPath(s); err == nil {
			w.seen[r] = true
		}
	}
	for _, p := range paths {
		w.arg(p)
	}
	w.files = dedupe(w.files)
	return w
}

type walker struct {
	globs Globs
	seen  map[string]bool // real folders already walked, or never to walk
	files []File
	errs  []error
	// barren are the folders named that gave no file and no error: a
	// folder of .jsonl or .html files the default globs do not take.
	barren []string
}

// barrenReport is the warning for a folder named that gave no file.
func (g Globs) barrenReport(dir string) string {
	if len(g.Include) > 0 {
		return fmt.Sprintf("unscrape: %s: no file to clean: none matches --include %s\n", dir, strings.Join(g.Include, ","))
	}
	return fmt.Sprintf("unscrape: %s: no file to clean: a folder walk takes %s (--include takes others)\n", dir, strings.Join(DefaultInclude, ","))
}

// linkedDir is a folder reached through a symbolic link. Walking it waits
// until the folder named on the command line has been walked, so that the
// real folder claims its files under their real path first.
type linkedDir struct {
	path, rel, real string
}

func (w *walker) arg(p string) {
	info, err := os.Stat(p)
	if err != nil {
		w.errs = append(w.errs, err)
		return
	}
	real, err := realPath(p)
	if err != nil {
		w.errs = append(w.errs, err)
		return
	}
	if !info.IsDir() {
		if w.globs.excluded(filepath.ToSlash(filepath.Clean(p))) {
			return
		}
		w.files = append(w.files, File{Path: p, Rel: filepath.Base(p), Real: real})
		return
	}
	files, errs := len(w.files), len(w.errs)
	queue := w.dir(linkedDir{path: p, real: real}, real, false)
	for len(queue) > 0 {
		d := queue[0]
		queue = append(queue[1:], w.dir(d, real, true)...)
	}
	if len(w.files) == files && len(w.errs) == errs {
		w.barren = append(w.barren, p)
	}
}

// dir walks one folder tree below root (a real path) and returns the linked
// folders it found for later.
func (w *walker) dir(d linkedDir, root string, viaLink bool) (later []linkedDir) {
	if w.seen[d.real] {
		return nil
	}
	w.seen[d.real] = true
	entries, err := os.ReadDir(d.path)
	if err != nil {
		w.errs = append(w.errs, err)
		// ReadDir returns what it read before the error; walk that too.
	}
	for _, e := range entries {
		name := e.Name()
		if strings.HasPrefix(name, ".") {
			continue
		}
		p := filepath.Join(d.path, name)
		rel := path.Join(d.rel, name)
		real := filepath.Join(d.real, name)
		typ := e.Type()
		linked := viaLink
		if typ&fs.ModeSymlink != 0 {
			target, err := realPath(p)
			if err != nil || !within(root, target) {
				// A dangling link or one that leaves the tree is not
				// followed; neither is an input the user chose.
				continue
			}
			info, err := os.Stat(target)
			if err != nil {
				continue
			}
			real, typ, linked = target, info.Mode().Type(), true
		}
		switch {
		case typ.IsDir():
			if w.globs.excluded(rel) || w.seen[real] {
				continue
			}
			if linked {
				later = append(later, linkedDir{path: p, rel: rel, real: real})
				continue
			}
			later = append(later, w.dir(linkedDir{path: p, rel: rel, real: real}, root, viaLink)...)
		case typ.IsRegular():
			if w.globs.included(rel) && !w.globs.excluded(rel) {
				w.files = append(w.files, File{Path: p, Rel: rel, Real: real, viaLink: linked})
			}
		}
	}
	return later
}

// realPath is p absolute, with every symbolic link resolved.
func realPath(p string) (string, error) {
	r, err := filepath.EvalSymlinks(p)
	if err != nil {
		return "", err
	}
	return filepath.Abs(r)
}

// within reports whether the real path target lies in the folder root.
func within(root, target string) bool {
	rel, err := filepath.Rel(root, target)
	return err == nil && (rel == "." || filepath.IsLocal(rel))
}

// dedupe keeps one File per real file, preferring the one reached without
// a link and then the first by path, and sorts the result by path.
func dedupe(files []File) []File {
	slices.SortStableFunc(files, func(a, b File) int {
		if a.viaLink != b.viaLink {
			if a.viaLink {
				return 1
			}
			return -1
		}
		return comparePaths(a.Path, b.Path)
	})
	seen := make(map[string]bool, len(files))
	out := files[:0]
	for _, f := range files {
		if seen[f.Real] {
			continue
		}
		seen[f.Real] = true
		out = append(out, f)
	}
	slices.SortStableFunc(out, func(a, b File) int { return comparePaths(a.Path, b.Path) })
	return out
}

// comparePaths orders paths folder by folder, the order a walk visits them
// in, so that "a/z.txt" comes before "a-b.txt" even though '-' < '/'.
func comparePaths(a, b string) int {
	as := strings.Split(filepath.ToSlash(a), "/")
	bs := strings.Split(filepath.ToSlash(b), "/")
	return slices.Compare(as, bs)
}
