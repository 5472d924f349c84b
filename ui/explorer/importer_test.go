package explorer

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/policygraph/policygraph/extract"
	"github.com/policygraph/policygraph/graphmodel"
	"github.com/policygraph/policygraph/ingest"
)

func TestListImportable(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"b.txt", "a.TXT", "graph.nq", "notes.md", "x.nquads", "page.html", "old.HTM", "report.docx", "report.doc", "sheet.xlsx"} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte("x"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Mkdir(filepath.Join(dir, "sub.txt"), 0o755); err != nil {
		t.Fatal(err)
	}
	got, err := listImportable(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, p := range got {
		names = append(names, filepath.Base(p))
	}
	if want := []string{"a.TXT", "b.txt", "graph.nq", "old.HTM", "page.html", "report.docx", "x.nquads"}; !reflect.DeepEqual(names, want) {
		t.Errorf("importable files %v, want %v", names, want)
	}
	if _, err := listImportable(filepath.Join(dir, "missing")); err == nil {
		t.Error("listing a missing folder did not fail")
	}
}

func TestPlainErrors(t *testing.T) {
	tests := map[string]struct {
		err  error
		want string
	}{
		"locked":    {err: graphmodel.ErrLocked, want: "另一个 PolicyGraph"},
		"no path":   {err: graphmodel.ErrNoPath, want: "没有关系路径"},
		"not found": {err: graphmodel.ErrNotFound, want: "找不到这个实体"},
		"other":     {err: errors.New("disk full"), want: "disk full"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			if got := plain(tc.err); !strings.Contains(got, tc.want) {
				t.Errorf("plain(%v) = %q, want it to say %q", tc.err, got, tc.want)
			}
		})
	}
}

func TestAfterImportSummarisesAndReloads(t *testing.T) {
	e := newTestExplorer(t)
	e.tabs.SelectIndex(2)
	outcomes := []ingest.Outcome{
		{Path: "/tmp/good.txt", Document: extract.Document{Title: "某区政府工作报告"}, Entities: 12},
		{Path: "/tmp/bad.txt", Err: errors.New("not a report")},
	}
	e.afterImport(outcomes, errors.Join(outcomes[1].Err))
	overlays := e.Window().Canvas().Overlays().List()
	if len(overlays) == 0 {
		t.Fatal("no summary dialog")
	}
	var texts []string
	for _, l := range labelsUnder(overlays[len(overlays)-1]) {
		texts = append(texts, l.Text)
	}
	summary := strings.Join(texts, "\n")
	for _, want := range []string{"成功导入 1 个文件，共 2 个", "✓ good.txt：某区政府工作报告，12 个实体", "✗ bad.txt：not a report"} {
		if !strings.Contains(summary, want) {
			t.Errorf("summary lacks %q:\n%s", want, summary)
		}
	}
	if !e.inds.loaded {
		t.Error("the indicator view was not reloaded after the import")
	}
}
