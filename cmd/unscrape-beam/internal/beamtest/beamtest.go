// Package beamtest runs the tests of a package whose pipelines Beam runs.
package beamtest

import (
	"fmt"
	"os"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"
)

// Main is the TestMain of such a package. It parses Beam's flags and lets
// a test binary started as a worker run the harness; the runner is Prism
// unless --runner says otherwise. The tests' temporary files go into a
// folder of their own, removed at the end: Beam's loopback runner leaves
// a file behind on every run (apache/beam#27569), and a test may build a
// binary.
func Main(m *testing.M) {
	tmp, err := os.MkdirTemp("", "unscrape-beam-test")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	os.Setenv("TMPDIR", tmp)
	code := ptest.MainRet(m)
	os.RemoveAll(tmp)
	os.Exit(code)
}
