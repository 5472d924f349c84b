//go:build unix

package ingest

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/policygraph/policygraph/graphmodel"
)

// TestKillDuringImport kills (SIGKILL) a process that is importing reports
// into a bolt store, at several moments of an import (fractions of the
// time the previous import took in the same process), and checks that the
// store holds whole documents only: the report imported before, then
// variants 0…k of the child's, each with exactly the facts a clean import
// of it gives (compared with a memory store).
func TestKillDuringImport(t *testing.T) {
	if testing.Short() {
		t.Skip("starts child processes that import reports")
	}
	st, dir := openBolt(t)
	withBundled(t, st)
	st.Close()
	imported := -1
	for round, frac := range []float64{0, 0.2, 0.4, 0.6, 0.8, 1} {
		c := startChild(t, "import", dir)
		next := imported + 1
		c.waitFor(t, fmt.Sprintf("started %d", next))
		t0 := time.Now()
		c.waitFor(t, fmt.Sprintf("done %d", next))
		took := time.Since(t0)
		c.waitFor(t, fmt.Sprintf("started %d", next+1))
		time.Sleep(time.Duration(frac * float64(took)))
		if err := c.cmd.Process.Signal(syscall.SIGKILL); err != nil {
			t.Fatal(err)
		}
		c.cmd.Wait()
		imported = checkWholeDocuments(t, dir)
		t.Logf("round %d: killed %.0f%% of %v into importing variant %d; store holds variants 0-%d",
			round, 100*frac, took, next+1, imported)
	}
}

// checkWholeDocuments reopens the store after a crash and compares it with
// a memory store into which the bundled report and the variants the bolt
// store names were imported cleanly. It returns the highest variant.
func checkWholeDocuments(t *testing.T, dir string) int {
	t.Helper()
	st, err := graphmodel.Open(dir)
	if err != nil {
		t.Fatalf("reopen after kill: %v", err)
	}
	defer st.Close()
	got := snapshot(t, st)
	clean := openMemory(t)
	withBundled(t, clean)
	highest := -1
	for _, d := range got.Docs {
		n, ok := strings.CutPrefix(d.Path, "variant-")
		if !ok {
			continue
		}
		i, err := strconv.Atoi(strings.TrimSuffix(n, ".txt"))
		if err != nil {
			t.Fatalf("unexpected document %s", d.Path)
		}
		res, err := variant(i)
		if err != nil {
			t.Fatal(err)
		}
		if err := clean.Import(context.Background(), res); err != nil {
			t.Fatal(err)
		}
		highest = max(highest, i)
	}
	want := snapshot(t, clean)
	if len(got.Docs) != highest+2 {
		t.Errorf("%d documents for variants up to %d: an import in the middle is missing", len(got.Docs), highest)
	}
	assertUnchanged(t, st, want)
	return highest
}
