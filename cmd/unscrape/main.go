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

func main() {
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(softMemoryLimit)
	}
	os.Exit(Main(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
