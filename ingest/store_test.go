//go:build unix

package ingest

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/policygraph/policygraph/graphmodel"
)

// listing maps every file under dir to its content.
func listing(t *testing.T, dir string) map[string]string {
	t.Helper()
	out := map[string]string{}
	err := filepath.Walk(dir, func(path string, fi os.FileInfo, err error) error {
		if err != nil || fi.IsDir() {
			return err
		}
		data, err := os.ReadFile(path)
		out[path] = string(data)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// TestNotAStore opens directories that are not stores: the error says so
// and names the directory, and nothing in it is touched.
func TestNotAStore(t *testing.T) {
	tests := map[string]struct {
		files map[string]string
		want  string
	}{
		"documents folder":  {map[string]string{"notes.txt": "会议纪要", "sub/a.txt": "一"}, "the directory holds other files"},
		"a file":            {nil, "it is a file"},
		"garbage bolt file": {map[string]string{"indexes.bolt": "这不是数据库文件，只是一些文字而已。"}, "damaged or not a store file"},
		"empty bolt file":   {map[string]string{"indexes.bolt": ""}, "damaged or not a store file"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), "store")
			if tc.files == nil {
				writeFile(t, filepath.Dir(dir), "store", []byte("not a folder"))
			}
			for f, data := range tc.files {
				if err := os.MkdirAll(filepath.Dir(filepath.Join(dir, f)), 0o700); err != nil {
					t.Fatal(err)
				}
				writeFile(t, dir, f, []byte(data))
			}
			before := listing(t, filepath.Dir(dir))
			st, err := graphmodel.Open(dir)
			if err == nil {
				st.Close()
				t.Fatal("opened a directory that is not a store")
			}
			if !errors.Is(err, graphmodel.ErrNotAStore) || !strings.Contains(err.Error(), dir) || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %v, want ErrNotAStore naming %s and saying %q", err, dir, tc.want)
			}
			if after := listing(t, filepath.Dir(dir)); !reflect.DeepEqual(after, before) {
				t.Errorf("the directory changed: %v, was %v", after, before)
			}
		})
	}
}

// TestLockedStore holds a store in another process: opening it here must
// fail at once (the deadline only guards against bolt's silent wait) and
// name that process; once it has gone, the store opens unchanged.
func TestLockedStore(t *testing.T) {
	st, dir := openBolt(t)
	withBundled(t, st)
	before := snapshot(t, st)
	st.Close()
	c := startChild(t, "hold", dir)
	c.waitFor(t, "holding")
	done := make(chan error, 1)
	go func() {
		st, err := graphmodel.Open(dir)
		if err == nil {
			st.Close()
		}
		done <- err
	}()
	var err error
	select {
	case err = <-done:
	case <-time.After(2 * time.Second):
		t.Fatal("Open of a store held by another process did not return within 2 s")
	}
	pid := fmt.Sprint(c.cmd.Process.Pid)
	if !errors.Is(err, graphmodel.ErrLocked) || !strings.Contains(err.Error(), "process "+pid) {
		t.Fatalf("error %v, want ErrLocked naming process %s", err, pid)
	}
	c.stdin.Close()
	if err := c.cmd.Wait(); err != nil {
		t.Fatalf("child: %v", err)
	}
	again, err := graphmodel.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer again.Close()
	assertUnchanged(t, again, before)
}
