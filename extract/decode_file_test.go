package extract

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"unicode/utf8"
)

// TestReadFile reads one real paragraph saved in every supported format,
// under a telling name and under a misleading one.
func TestReadFile(t *testing.T) {
	const line = "韩集镇入选省级精品文旅名镇。"
	const want = line + "\n"
	docx := docxOf(t, wordParagraphs([]string{line}))
	tests := map[string]struct {
		data   []byte
		format string
	}{
		"a.txt":           {[]byte(want), EncUTF8},
		"a-bom.txt":       {[]byte("\ufeff" + want), EncUTF8BOM},
		"a-16.txt":        {utf16Bytes(want, false), EncUTF16LE},
		"a-gbk.txt":       {gbBytes(t, want), EncGB18030},
		"a.html":          {[]byte("<html><body><p>" + line + "</p></body></html>"), "html/utf-8"},
		"a-gbk.htm":       {gbBytes(t, "<meta charset=gbk><p>"+line+"</p>"), "html/gb18030"},
		"a.docx":          {docx, FormatDocx},
		"docx-named.txt":  {docx, FormatDocx},
		"html-named.docx": {[]byte("<html><body><p>" + line + "</p></body></html>"), "html/utf-8"},
	}
	dir := t.TempDir()
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(dir, name)
			if err := os.WriteFile(path, tc.data, 0o600); err != nil {
				t.Fatal(err)
			}
			text, format, err := ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			if text != want || format != tc.format {
				t.Errorf("got (%q, %s), want (%q, %s)", text, format, want, tc.format)
			}
		})
	}
}

// TestReadFileErrors checks each kind of bad input for its sentinel and
// for the words an analyst reads.
func TestReadFileErrors(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, data, 0o600); err != nil {
			t.Fatal(err)
		}
		return path
	}
	big := write("big.txt", nil)
	if err := os.Truncate(big, 100<<20); err != nil {
		t.Fatal(err)
	}
	fifo := filepath.Join(dir, "pipe.txt")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Fatal(err)
	}
	tests := map[string]struct {
		path    string
		wantErr error
		want    string
	}{
		"empty":        {write("empty.txt", nil), ErrEmpty, "the file is empty"},
		"binary":       {write("b.bin", []byte("\x7fELF\x02\x01\x01\x00\x00")), ErrBinary, "this is a binary file, not a text report: it is a program"},
		"not a report": {write("en.txt", []byte("Annual report of the county government, 2024.\n")), nil, ""},
		"corrupt docx": {write("c.docx", []byte("PK\x03\x04\x14\x00truncated")), ErrDocx, "not a valid .docx: zip: not a valid zip file"},
		"missing":      {filepath.Join(dir, "missing.txt"), fs.ErrNotExist, "cannot read the file: no such file or directory"},
		"under a file": {filepath.Join(write("f.txt", []byte("一")), "x.txt"), syscall.ENOTDIR, "cannot read the file: not a directory"},
		"directory":    {dir, ErrNotAFile, "not a report file: it is a directory"},
		"named pipe":   {fifo, ErrNotAFile, "not a report file: it is a named pipe"},
		"device":       {"/dev/zero", ErrNotAFile, "not a report file: it is a device"},
		"100 MB":       {big, ErrTooLarge, "the file is too large: 100 MB, more than the 20 MB PolicyGraph reads"},
		"bad UTF-8":    {write("bad.txt", []byte("一、回顾\n韩集镇\xff入选")), ErrEncoding, "invalid UTF-8 at byte 22 (line 2)"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			text, _, err := ReadFile(tc.path)
			if tc.wantErr == nil {
				if err != nil || !utf8.ValidString(text) {
					t.Fatalf("got (%q, %v), want text", text, err)
				}
				return
			}
			if !errors.Is(err, tc.wantErr) || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("error %v, want %v saying %q", err, tc.wantErr, tc.want)
			}
		})
	}
}

// TestFileNotReport goes through File: decoding succeeds, extraction
// refuses a text without Chinese, and the error names the path.
func TestFileNotReport(t *testing.T) {
	path := filepath.Join(t.TempDir(), "en.txt")
	if err := os.WriteFile(path, []byte("Annual report of the county government, 2024.\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	_, err := File(path)
	if !errors.Is(err, ErrNotReport) || err.Error() != "extract "+path+": no Chinese text found: is this a report?" {
		t.Fatalf("error %v", err)
	}
}

// TestReadFileUnreadable needs a user that file modes stop (not root).
func TestReadFileUnreadable(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root reads files whatever their mode")
	}
	path := filepath.Join(t.TempDir(), "secret.txt")
	if err := os.WriteFile(path, []byte("一"), 0o000); err != nil {
		t.Fatal(err)
	}
	_, _, err := ReadFile(path)
	if !errors.Is(err, fs.ErrPermission) || !strings.Contains(err.Error(), "cannot read the file: permission denied") {
		t.Fatalf("error %v", err)
	}
}

// FuzzDecodeFile feeds any bytes, under any of the three kinds of name,
// through decoding and extraction: no panic, and on success valid text
// whose every offset lies inside it.
func FuzzDecodeFile(f *testing.F) {
	names := []string{"r.txt", "r.html", "r.docx"}
	f.Add(uint8(0), []byte(review("韩集镇入选省级精品文旅名镇。")))
	f.Add(uint8(1), []byte(pageOf(`<meta charset="utf-8">`, "<p>古楼街道入选省级旅游民宿集聚区培育名单。</p>")))
	f.Add(uint8(1), gbBytes(f, pageOf(`<meta charset="gbk">`, "<p>预计全区生产总值实现565亿元,同比增长6%。</p>")))
	f.Add(uint8(2), docxOf(f, wordParagraphs([]string{"一、2023年工作回顾", "韩集镇入选省级精品文旅名镇。"})))
	f.Add(uint8(0), utf16Bytes("一、2023年工作回顾\r\n", false)[2:])
	f.Fuzz(func(t *testing.T, kind uint8, data []byte) {
		text, _, err := DecodeFile(names[int(kind)%len(names)], data)
		if err != nil {
			return
		}
		if !utf8.ValidString(text) || strings.ContainsRune(text, '\r') || strings.TrimSpace(text) == "" {
			t.Fatalf("decoded text %q is invalid, has CR or is blank", text)
		}
		res, err := Text("fuzz", text, EncUTF8)
		if err != nil {
			return
		}
		checkOffsets(t, res)
	})
}
