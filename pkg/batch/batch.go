// Package batch runs a cleaner over many files: it walks folders with
// include and exclude globs, cleans with a pool of workers, and then writes
// each result back, under an output folder or to standard output, or lists,
// diffs or checks the files whose result differs from their content.
//
// Whatever the number of workers, everything a run prints comes out in path
// order, so its output is the same for every -j.
package batch

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"

	"github.com/unscrape/unscrape/pkg/cleaner"
	"github.com/unscrape/unscrape/pkg/corpus"
)

// Stdin is the path that stands for standard input.
const Stdin = "-"

// Options configures a Run. Without Write, OutDir, List, Diff or Check,
// results go to Stdout.
type Options struct {
	Cleaner *cleaner.Cleaner

	Write  bool   // replace each file with its result (not for Stdin)
	OutDir string // write each result under this folder, mirroring the input tree
	OutExt string // extension of the files under OutDir, with its dot; ".md" when empty

	List  bool // print the path of each file whose result differs from its content
	Diff  bool // print a unified diff for each such file
	Check bool // print nothing on Stdout; report such files on Stderr

	Explain bool // report every dropped or changed block on Stderr

	// InputFormat is InputAuto (default), InputText or InputJSONL. A JSON
	// Lines input gives JSON Lines out, cleaned record by record as Corpus
	// says (its Name, Jobs and Errors are set by Run).
	InputFormat string
	Corpus      corpus.Options
	// WrapJSONL writes the result of each text input as one JSON Lines
	// record {"id": path, "text": result}.
	WrapJSONL bool

	Jobs  int // workers; 0 means one per CPU
	Globs Globs

	// StreamAbove is the size in bytes above which a text file is not read
	// whole but cleaned as a stream, in parts (see cleaner.CleanStream),
	// one such file at a time; 0 means DefaultStreamAbove. StreamLines is
	// the number of lines above which one is, whatever its size; 0 means
	// DefaultStreamLines. Segment is the parts' mean size; 0 means
	// cleaner.DefaultSegment.
	StreamAbove int64
	StreamLines int
	Segment     int

	Stdin          io.Reader
	Stdout, Stderr io.Writer

	// Progress, when set, is where a progress bar is drawn for a run of
	// more than ProgressMin files: the caller decides that it is a
	// terminal. Color allows colour in it. StdoutOnTerminal says that
	// Stdout shows on that terminal too, so the bar must make way for
	// what is written there.
	Progress         io.Writer
	Color            bool
	StdoutOnTerminal bool
}

// Summary counts what a run did.
type Summary struct {
	Files     int // files cleaned or attempted
	Changed   int // files whose result differs from their content
	Unchanged int
	Failed    int // files that could not be read, cleaned or written
	Dropped   int // blocks the filters dropped, over all files
	Wrote     bool
}

// String is the one-line report a terminal gets at the end of a batch.
func (s Summary) String() string {
	verb := "would change"
	if s.Wrote {
		verb = "cleaned"
	}
	return fmt.Sprintf("%d %s: %d %s, %d unchanged, %d failed; %d %s dropped",
		s.Files, plural(s.Files, "file", "files"), s.Changed, verb, s.Unchanged, s.Failed,
		s.Dropped, plural(s.Dropped, "block", "blocks"))
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// Run cleans the files at paths (Stdin, or no path, for standard input)
// and reports on each as opts asks. A file that fails is reported on Stderr
// as "unscrape: path: problem" and counted in Summary.Failed while the
// others go on; the returned error is for what stops the whole run, such as
// a failing Stdout or an OutDir that cannot be made.
func Run(paths []string, opts Options) (Summary, error) {
	if opts.Cleaner == nil {
		return Summary{}, errors.New("batch: no cleaner")
	}
	if opts.Write && opts.OutDir != "" {
		return Summary{}, errors.New("batch: Write and OutDir exclude each other")
	}
	if err := opts.Globs.Validate(); err != nil {
		return Summary{}, err
	}
	if opts.OutExt == "" {
		opts.OutExt = ".md"
	}
	if len(paths) == 0 || (len(paths) == 1 && paths[0] == Stdin) {
		return runStdin(opts)
	}
	for _, p := range paths {
		if p == Stdin {
			return Summary{}, errors.New(`"-" (standard input) cannot be mixed with paths`)
		}
	}

	r := &run{opts: opts, sum: Summary{Wrote: opts.Write || opts.OutDir != ""}}
	if len(paths) == 1 && !opts.Globs.excluded(filepath.ToSlash(filepath.Clean(paths[0]))) {
		if ok, err := r.streamFile(paths[0]); ok {
			return r.summary(), err
		}
	}
	var skip []string
	if opts.OutDir != "" {
		out, err := openOutDir(opts.OutDir)
		if err != nil {
			return Summary{}, fmt.Errorf("output folder: %w", err)
		}
		defer out.Close()
		r.out = out
		skip = append(skip, opts.OutDir)
		for _, p := range paths {
			if real, err := realPath(p); err == nil && real == out.real {
				return Summary{}, fmt.Errorf("-o %s: the output folder is also an input folder: use -w to clean files in place", opts.OutDir)
			}
		}
	}
	w := walk(paths, opts.Globs, skip)
	for _, err := range w.errs {
		r.fail(err)
	}
	for _, dir := range w.barren {
		// Not an error, as gofmt says nothing of a folder without Go
		// files; but "-o clean/ shards/" that writes nothing and says
		// nothing looks like success.
		io.WriteString(opts.Stderr, opts.Globs.barrenReport(dir))
	}
	files := w.files
	out := r.outPaths(files)
	r.removeStaleTemps(files, out)
	r.process(files, out)
	return r.summary(), r.writeErr
}

// run is the state of one Run. Only the goroutine that calls emit touches
// sum, writeErr and the streams.
type run struct {
	opts     Options
	out      *outDir
	sum      Summary
	bar      *progress
	writeErr error
}

func (r *run) summary() Summary {
	r.sum.Files = r.sum.Changed + r.sum.Unchanged + r.sum.Failed
	return r.sum
}

// outcome is what cleaning one file produced, waiting for its turn to be
// reported.
type outcome struct {
	path    string
	changed bool
	dropped int
	output  []byte // the result, when it goes to Stdout
	// stream says that the file is too large to clean here: the emitting
	// goroutine cleans it as a stream when its turn comes.
	stream  bool
	diff    []byte
	explain []byte
	// emptied says that the file had text and its result has none: the
	// filters dropped every line (a cookie wall saved as the page).
	emptied bool
	err     error
}

// outPath is where one file's result goes under OutDir; clash, when set,
// says why it cannot go there.
type outPath struct {
	rel, clash string
}

// outPaths maps each file to its path under OutDir. Two inputs that would
// land on the same output ("a.txt" and "a.md", or the same name in two
// folders named on the command line) are an error for the second, and so
// is a result that would overwrite an input: that is -w's job.
func (r *run) outPaths(files []File) []outPath {
	if r.out == nil {
		return nil
	}
	inputs := make(map[string]bool, len(files))
	for _, f := range files {
		inputs[f.Real] = true
	}
	paths := make([]outPath, len(files))
	owner := map[string]string{}
	for i, f := range files {
		rel := filepath.FromSlash(strings.TrimSuffix(f.Rel, filepath.Ext(f.Rel)) + r.outExt(f.Path))
		paths[i].rel = rel
		shown := filepath.Join(r.out.name, rel)
		if prev, ok := owner[rel]; ok {
			paths[i].clash = fmt.Sprintf("its result would overwrite that of %s (%s)", prev, shown)
			continue
		}
		if inputs[filepath.Join(r.out.real, rel)] {
			paths[i].clash = fmt.Sprintf("its result would overwrite an input file (%s): use -w to clean in place", shown)
			continue
		}
		owner[rel] = f.Path
	}
	return paths
}

// outExt is the extension of path's result under OutDir. JSON Lines in
// gives JSON Lines out, so a corpus file keeps its extension (a shard's
// records in "a.md" would be read back as a page).
func (r *run) outExt(path string) string {
	if !r.isJSONL(path, nil) {
		return r.opts.OutExt
	}
	switch ext := strings.ToLower(filepath.Ext(path)); ext {
	case ".jsonl", ".ndjson":
		return filepath.Ext(path)
	}
	return ".jsonl"
}

// process cleans files with the worker pool and emits the outcomes in the
// order of files.
func (r *run) process(files []File, outRel []outPath) {
	jobs := r.opts.Jobs
	if jobs <= 0 {
		jobs = runtime.NumCPU()
	}
	jobs = min(jobs, max(len(files), 1))
	r.bar = newProgress(r.opts.Progress, len(files), r.opts.Color, redraw)

	type indexed struct {
		i int
		o outcome
	}
	todo := make(chan int)
	done := make(chan indexed, jobs)
	stop := make(chan struct{})
	go func() {
		defer close(todo)
		for i := range files {
			select {
			case todo <- i:
			case <-stop:
				return
			}
		}
	}()
	var wg sync.WaitGroup
	for range jobs {
		wg.Go(func() {
			for i := range todo {
				var rel outPath
				if outRel != nil {
					rel = outRel[i]
				}
				done <- indexed{i, r.clean(files[i], rel)}
			}
		})
	}
	go func() {
		wg.Wait()
		close(done)
	}()

	// Outcomes arrive in any order; each waits here until those of the
	// files before it have been emitted.
	pending := map[int]outcome{}
	next := 0
	stopped := false
	for d := range done {
		pending[d.i] = d.o
		for {
			o, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			if o.stream {
				var rel outPath
				if outRel != nil {
					rel = outRel[next]
				}
				o = r.cleanStream(files[next], rel)
			}
			next++
			r.emit(o)
			if r.writeErr != nil && !stopped {
				close(stop)
				stopped = true
			}
		}
	}
	r.bar.finish()
}

// clean does everything for one file that can run in parallel: read,
// clean, write, diff.
func (r *run) clean(f File, dest outPath) outcome {
	o := outcome{path: f.Path}
	if r.streams(f) {
		o.stream = true
		return o
	}
	var read fs.FileInfo
	if r.opts.Write {
		// What the file is before it is read, for -w to tell whether it
		// changed before its result replaces it.
		info, err := os.Stat(f.Real)
		if err != nil {
			o.err = err
			return o
		}
		read = info
	}
	data, err := os.ReadFile(f.Path)
	if err != nil {
		o.err = err
		return o
	}
	if r.streamsLines(f.Path, data) {
		o.stream = true
		return o
	}
	output, err := r.result(&o, f.Path, data)
	if err != nil {
		o.err = err
		return o
	}
	switch {
	case r.opts.Write:
		if o.changed {
			o.err = replace(f.Real, f.Path, read, func(w io.Writer) (bool, error) {
				_, err := w.Write(output)
				return true, err
			})
		}
	case r.out != nil:
		if dest.clash != "" {
			o.err = fmt.Errorf("%s: %s", f.Path, dest.clash)
		} else if err := r.out.write(dest.rel, output); err != nil {
			o.err = fmt.Errorf("%s: writing its result: %w", f.Path, err)
		}
	}
	return o
}

// result cleans one input held in data, as text or as JSON Lines, fills in
// what o reports about it and returns the bytes that replace it.
func (r *run) result(o *outcome, path string, data []byte) ([]byte, error) {
	if r.isJSONL(path, data) {
		output, dropped, skipped, err := r.cleanJSONL(path, data)
		if err != nil {
			return nil, err
		}
		o.dropped, o.explain = dropped, skipped
		r.describe(o, path, data, output)
		return output, nil
	}
	res, err := r.opts.Cleaner.Clean(path, data)
	if err != nil {
		return nil, err
	}
	for i := range res.Doc.Blocks {
		if res.Doc.Blocks[i].Dropped {
			o.dropped++
		}
	}
	output := res.Output
	switch {
	case r.opts.WrapJSONL:
		// --explain is a field of the record, as for JSON Lines input.
		if output, err = r.wrapJSONL(path, res); err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
	case r.opts.Explain:
		var buf bytes.Buffer
		cleaner.Explain(&buf, path, res.Doc) // a bytes.Buffer does not fail
		o.explain = buf.Bytes()
	}
	r.describe(o, path, data, output)
	return output, nil
}

// describe fills in what o reports about a file whose content is data and
// whose result is output.
func (r *run) describe(o *outcome, path string, data, output []byte) {
	o.changed = !bytes.Equal(data, output)
	o.emptied = o.changed && len(bytes.TrimSpace(output)) == 0 && len(bytes.TrimSpace(data)) > 0
	if r.opts.Diff && o.changed {
		o.diff = Diff(path, data, output)
	}
	if r.printsResults() {
		o.output = output
	}
}

func (r *run) printsResults() bool {
	o := r.opts
	return !o.Write && o.OutDir == "" && !o.List && !o.Diff && !o.Check
}

// emit reports one outcome on the streams and counts it.
func (r *run) emit(o outcome) {
	defer r.bar.add()
	if o.err != nil {
		r.fail(o.err)
		return
	}
	r.sum.Dropped += o.dropped
	if o.changed {
		r.sum.Changed++
	} else {
		r.sum.Unchanged++
	}
	if r.writeErr != nil {
		return
	}
	if len(o.explain) > 0 {
		r.bar.clear()
		r.opts.Stderr.Write(o.explain)
	}
	if o.emptied && !r.opts.Check {
		// Not an error: a page of nothing but boilerplate cleans to
		// nothing. But an empty result, or a file -w emptied, is worth
		// a word where a batch of thousands would hide it.
		r.bar.clear()
		fmt.Fprintf(r.opts.Stderr, "unscrape: %s: nothing left: the filters dropped every line (--explain says why)\n", o.path)
	}
	var out []byte
	switch {
	case o.output != nil:
		out = o.output
	case !o.changed:
	case r.opts.Check:
		r.bar.clear()
		fmt.Fprintf(r.opts.Stderr, "unscrape: %s: would change\n", o.path)
	default:
		if r.opts.List {
			out = append(out, o.path+"\n"...)
		}
		out = append(out, o.diff...)
	}
	if len(out) > 0 {
		if r.opts.StdoutOnTerminal {
			r.bar.clear()
		}
		if _, err := r.opts.Stdout.Write(out); err != nil {
			r.writeErr = fmt.Errorf("writing output: %w", err)
		}
	}
}

// fail reports a file's error; Stderr failing too leaves nothing to tell.
func (r *run) fail(err error) {
	r.sum.Failed++
	r.bar.clear()
	fmt.Fprintf(r.opts.Stderr, "unscrape: %v\n", pathProblem(err))
}

// pathProblem turns "open a.txt: no such file or directory", as the os
// package words it, into "a.txt: no such file or directory": every
// message of a run starts with the path it is about.
func pathProblem(err error) error {
	if pe, ok := err.(*fs.PathError); ok {
		return fmt.Errorf("%s: %w", pe.Path, pe.Err)
	}
	return err
}

// runStdin cleans standard input as one file named "-". JSON Lines are
// streamed when the results go to Stdout; comparing (-l, -d, --check) needs
// the whole input.
func runStdin(opts Options) (Summary, error) {
	if opts.Write || opts.OutDir != "" {
		return Summary{}, errors.New("standard input has no file to write back to: name paths with -w or -o")
	}
	r := &run{opts: opts}
	in := bufio.NewReaderSize(opts.Stdin, 64<<10)
	if r.printsResults() && r.isJSONL(Stdin, peek(in)) {
		err := r.streamJSONL(Stdin, in)
		return r.summary(), err
	}
	// Text longer than the stream thresholds is cleaned as a stream when
	// its result is printed; comparing needs it whole.
	limit := r.streamAbove()
	data, lines, err := readHead(in, limit, r.streamLines())
	if err == nil && (int64(len(data)) > limit || lines > r.streamLines()) && r.printsResults() && !r.isJSONL(Stdin, data) {
		return r.streamStdin(io.MultiReader(bytes.NewReader(data), in))
	}
	if err == nil {
		var rest []byte
		rest, err = io.ReadAll(in)
		data = append(data, rest...)
	}
	if err != nil {
		r.fail(fmt.Errorf("reading standard input: %w", err))
		return r.summary(), nil
	}
	o := outcome{path: Stdin}
	if _, err := r.result(&o, Stdin, data); err != nil {
		o.err = err
	}
	r.emit(o)
	return r.summary(), r.writeErr
}
