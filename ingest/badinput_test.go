package ingest

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/policygraph/policygraph/extract"
	"github.com/policygraph/policygraph/graphmodel"
	"github.com/policygraph/policygraph/resources"
)

// badInput is a file that must be refused: the sentinel its error wraps
// and the start of the message after "import PATH: ".
type badInput struct {
	path    string
	wantErr error
	want    string
}

// badInputs writes one file of each kind of bad input into dir.
func badInputs(t *testing.T, dir string) map[string]badInput {
	report := string(resources.Report)
	mid := strings.Index(report[len(report)/2:], "\n") + len(report)/2 + 1
	damaged := report[:mid] + "\xff\xfe" + report[mid:]
	docx := docxOf(t, bundledLines())
	corrupt := append([]byte(nil), docx...)
	for i := len(corrupt) / 3; i < len(corrupt)/3+64; i++ {
		corrupt[i] ^= 0x5A
	}
	big := writeFile(t, dir, "big.txt", nil)
	if err := os.Truncate(big, 100<<20); err != nil {
		t.Fatal(err)
	}
	for _, sub := range []string{"reports", "folder.nq"} {
		if err := os.Mkdir(filepath.Join(dir, sub), 0o700); err != nil {
			t.Fatal(err)
		}
	}
	return map[string]badInput{
		"empty file":       {writeFile(t, dir, "empty.txt", nil), extract.ErrEmpty, "the file is empty"},
		"white space":      {writeFile(t, dir, "blank.txt", []byte("\r\n \t\n")), extract.ErrEmpty, "the file is empty (only white space)"},
		"binary file":      {writeFile(t, dir, "data.bin", []byte{0x00, 0x01, 0x02, 0xFF, 0x10}), extract.ErrBinary, "this is a binary file, not a text report"},
		"PDF":              {writeFile(t, dir, "report.pdf", []byte("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj")), extract.ErrBinary, "this is a binary file, not a text report: it is a PDF document"},
		"not a report":     {writeFile(t, dir, "readme.txt", []byte("PolicyGraph imports county reports.\n")), extract.ErrNotReport, "no Chinese text found: is this a report?"},
		"truncated docx":   {writeFile(t, dir, "cut.docx", docx[:len(docx)*2/3]), extract.ErrDocx, "not a valid .docx: zip: not a valid zip file"},
		"corrupt docx":     {writeFile(t, dir, "corrupt.docx", corrupt), extract.ErrDocx, "not a valid .docx: word/document.xml: "},
		"missing file":     {filepath.Join(dir, "missing.txt"), fs.ErrNotExist, "cannot read the file: no such file or directory"},
		"path under file":  {filepath.Join(dir, "empty.txt", "a.txt"), syscall.ENOTDIR, "cannot read the file: not a directory"},
		"directory":        {filepath.Join(dir, "reports"), extract.ErrNotAFile, "not a report file: it is a directory"},
		"100 MB file":      {big, extract.ErrTooLarge, "the file is too large: 100 MB, more than the 20 MB PolicyGraph reads"},
		"invalid UTF-8":    {writeFile(t, dir, "damaged.txt", []byte(damaged)), extract.ErrEncoding, fmt.Sprintf("invalid UTF-8 at byte %d (line %d)", mid, strings.Count(report[:mid], "\n")+1)},
		"N-Quads folder":   {filepath.Join(dir, "folder.nq"), extract.ErrNotAFile, "not a report file: it is a directory or a device"},
		"not N-Quads":      {writeFile(t, dir, "export.nq", []byte("<a> <b> .\n")), nil, "not valid N-Quads"},
		"docx named .txt":  {writeFile(t, dir, "zip.txt", docx[:100]), extract.ErrDocx, "not a valid .docx"},
		"excel as a .docx": {writeFile(t, dir, "sheet.docx", zipOf(t, "xl/workbook.xml", "<workbook/>")), extract.ErrDocx, "not a valid .docx: it is an Excel workbook"},
	}
}

// TestBadInputLeavesStoreUnchanged imports each bad file into a bolt store
// that holds a report: the error names the file and says what is wrong,
// and the store (reopened from disk) is as it was.
func TestBadInputLeavesStoreUnchanged(t *testing.T) {
	st, dir := openBolt(t)
	withBundled(t, st)
	before := snapshot(t, st)
	for name, tc := range badInputs(t, t.TempDir()) {
		t.Run(name, func(t *testing.T) {
			out, err := Files(context.Background(), st, []string{tc.path}, nil)
			if err == nil || len(out) != 1 || out[0].Err == nil {
				t.Fatalf("imported a bad file: %+v", out)
			}
			prefix := "import " + tc.path + ": " + tc.want
			if msg := out[0].Err.Error(); !strings.HasPrefix(msg, prefix) {
				t.Errorf("message %q\ndoes not start %q", msg, prefix)
			}
			if tc.wantErr != nil && !errors.Is(out[0].Err, tc.wantErr) {
				t.Errorf("error %v does not wrap %v", out[0].Err, tc.wantErr)
			}
			assertUnchanged(t, st, before)
		})
	}
	st.Close()
	again, err := graphmodel.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer again.Close()
	assertUnchanged(t, again, before)
}

// TestUnreadableFile needs a user that file modes stop (not root).
func TestUnreadableFile(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root reads files whatever their mode")
	}
	st := openMemory(t)
	path := writeFile(t, t.TempDir(), "secret.txt", resources.Report)
	if err := os.Chmod(path, 0); err != nil {
		t.Fatal(err)
	}
	out, _ := Files(context.Background(), st, []string{path}, nil)
	want := "import " + path + ": cannot read the file: permission denied"
	if out[0].Err == nil || out[0].Err.Error() != want || !errors.Is(out[0].Err, fs.ErrPermission) {
		t.Errorf("error %v, want %q", out[0].Err, want)
	}
	assertUnchanged(t, st, state{Docs: []graphmodel.DocInfo{}})
}

// TestBadFilesAmongGood imports a batch: the good files are imported, each
// bad one is reported by name, in order.
func TestBadFilesAmongGood(t *testing.T) {
	st := openMemory(t)
	dir := t.TempDir()
	good := writeFile(t, dir, "report.txt", resources.Report)
	gooddocx := writeFile(t, dir, "report.docx", docxOf(t, bundledLines()))
	empty := writeFile(t, dir, "empty.txt", nil)
	out, err := Files(context.Background(), st, []string{empty, good, dir, gooddocx}, nil)
	if len(out) != 4 || out[0].Err == nil || out[1].Err != nil || out[2].Err == nil || out[3].Err != nil {
		t.Fatalf("outcomes %+v", out)
	}
	want := "import " + empty + ": the file is empty\nimport " + dir + ": not a report file: it is a directory (name the report files inside it)"
	if err == nil || err.Error() != want {
		t.Errorf("joined error %q, want %q", err, want)
	}
	txt, docx := out[1].Document, out[3].Document
	if docx.Encoding != extract.FormatDocx || docx.Title != txt.Title || docx.Place != txt.Place {
		t.Errorf("the .docx was read as %s %q (%s), the .txt as %q (%s)", docx.Encoding, docx.Title, docx.Place, txt.Title, txt.Place)
	}
	if docs := snapshot(t, st).Docs; len(docs) != 2 {
		t.Errorf("%d documents, want 2", len(docs))
	}
}
