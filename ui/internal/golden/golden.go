// Package golden compares widget captures with the PNG files under a test
// package's testdata/ directory, shared by the ui packages' tests.
package golden

import (
	"flag"
	"image"
	"image/png"
	"os"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2/test"
)

var update = flag.Bool("update", false, "rewrite golden captures")

// Assert compares img with testdata/name; with -update it first rewrites
// that file from img (look at the new capture before committing it).
func Assert(t *testing.T, name string, img image.Image) {
	t.Helper()
	if *update {
		write(t, filepath.Join("testdata", name), img)
	}
	test.AssertImageMatches(t, name, img)
}

func write(t *testing.T, path string, img image.Image) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := png.Encode(f, img); err != nil {
		t.Fatal(err)
	}
}
