// Command unscrape turns scraped text into clean Markdown.
package main

import (
	"os"
	"runtime/debug"
)

// softMemoryLimit makes the garbage collector work harder once the heap
// nears it, instead of letting it grow to twice what is live: a single
// line of tens of megabytes has a large, short-lived working set. It is
// soft, so a larger input still runs; GOMEMLIMIT overrides it.
const softMemoryLimit = 512 << 20

// gcPercent lets the heap grow to five times what is live before the
// collector runs: cleaning makes much short-lived garbage around a small
// live set, and at Go's default of 100 the collector took an eighth of
// the time on a stream of pages (15.1 s instead of 17.3 s for 100 MB of
// JSON Lines, peak RSS 111 MB instead of 48 MB). The soft memory limit
// still bounds a large document. GOGC overrides it.
const gcPercent = 400

func main() {
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(softMemoryLimit)
	}
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(gcPercent)
	}
	os.Exit(Main(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
