package ingest

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strings"
	"testing"

	"github.com/policygraph/policygraph/extract"
	"github.com/policygraph/policygraph/graphmodel"
	"github.com/policygraph/policygraph/resources"
)

// childEnv selects what the test binary does when a test re-runs it as a
// separate process: "hold" opens the store named by childStoreEnv and
// keeps it open; "import" imports variants of the bundled report into it
// one after the other, forever.
const (
	childEnv      = "PG_INGEST_CHILD"
	childStoreEnv = "PG_INGEST_CHILD_STORE"
)

func TestMain(m *testing.M) {
	switch os.Getenv(childEnv) {
	case "":
		os.Exit(m.Run())
	case "hold":
		os.Exit(holdStore(os.Getenv(childStoreEnv)))
	case "import":
		os.Exit(importForever(os.Getenv(childStoreEnv)))
	}
}

// holdStore opens the store, says "holding" and waits for its input to
// close.
func holdStore(dir string) int {
	st, err := graphmodel.Open(dir)
	if err != nil {
		fmt.Println("error:", err)
		return 1
	}
	defer st.Close()
	fmt.Println("holding")
	io.Copy(io.Discard, os.Stdin)
	return 0
}

// importForever imports variant 0, 1, 2, … of the bundled report, saying
// "started N" before each import and "done N" after it.
func importForever(dir string) int {
	st, err := graphmodel.Open(dir)
	if err != nil {
		fmt.Println("error:", err)
		return 1
	}
	defer st.Close()
	for i := 0; ; i++ {
		res, err := variant(i)
		if err != nil {
			fmt.Println("error:", err)
			return 1
		}
		fmt.Println("started", i)
		if err := st.Import(context.Background(), res); err != nil {
			fmt.Println("error:", err)
			return 1
		}
		fmt.Println("done", i)
	}
}

// variant is the bundled report with a numbered closing line, so that
// each variant is a document of its own (its id is a hash of the text)
// with about the same facts.
func variant(i int) (*extract.Result, error) {
	text, enc, err := extract.Decode(resources.Report)
	if err != nil {
		return nil, err
	}
	return extract.Text(fmt.Sprintf("variant-%d.txt", i), fmt.Sprintf("%s\n第%d稿。\n", text, i), enc)
}

// child is a running copy of the test binary and its output lines.
type child struct {
	cmd   *exec.Cmd
	stdin io.WriteCloser
	lines *bufio.Scanner
}

// startChild runs the test binary in mode on the store dir; the child is
// killed when the test ends.
func startChild(t *testing.T, mode, dir string) *child {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), childEnv+"="+mode, childStoreEnv+"="+dir)
	cmd.Stderr = os.Stderr
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		cmd.Process.Kill()
		cmd.Wait()
	})
	return &child{cmd: cmd, stdin: stdin, lines: bufio.NewScanner(stdout)}
}

// waitFor reads the child's output up to a line starting with prefix and
// returns it; an "error:" line or the end of the output fails the test.
func (c *child) waitFor(t *testing.T, prefix string) string {
	t.Helper()
	for c.lines.Scan() {
		line := c.lines.Text()
		if strings.HasPrefix(line, "error:") {
			t.Fatalf("child: %s", line)
		}
		if strings.HasPrefix(line, prefix) {
			return line
		}
	}
	t.Fatalf("child ended before saying %q", prefix)
	return ""
}
