package extract

import (
	"errors"
	"strings"
	"testing"
	"unicode/utf16"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"
)

func utf16Bytes(s string, bigEndian bool) []byte {
	var out []byte
	if bigEndian {
		out = []byte{0xFE, 0xFF}
	} else {
		out = []byte{0xFF, 0xFE}
	}
	for _, u := range utf16.Encode([]rune(s)) {
		if bigEndian {
			out = append(out, byte(u>>8), byte(u))
		} else {
			out = append(out, byte(u), byte(u>>8))
		}
	}
	return out
}

func gbBytes(t testing.TB, s string) []byte {
	out, err := simplifiedchinese.GB18030.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func TestDecode(t *testing.T) {
	const line = "韩集镇入选省级精品文旅名镇。\r\n古楼街道入选省级旅游民宿集聚区培育名单。"
	const want = "韩集镇入选省级精品文旅名镇。\n古楼街道入选省级旅游民宿集聚区培育名单。"
	tests := map[string]struct {
		data    []byte
		text    string
		enc     string
		wantErr error
	}{
		"utf-8":            {data: []byte(line), text: want, enc: EncUTF8},
		"utf-8 with BOM":   {data: append([]byte{0xEF, 0xBB, 0xBF}, line...), text: want, enc: EncUTF8BOM},
		"utf-16le":         {data: utf16Bytes(line, false), text: want, enc: EncUTF16LE},
		"utf-16be":         {data: utf16Bytes(line, true), text: want, enc: EncUTF16BE},
		"gb18030":          {data: gbBytes(t, line), text: want, enc: EncGB18030},
		"lone CR":          {data: []byte("一\r二"), text: "一\n二", enc: EncUTF8},
		"empty":            {data: nil, wantErr: ErrEmpty},
		"only spaces":      {data: []byte(" \n\t "), wantErr: ErrEmpty},
		"binary NUL":       {data: []byte("abc\x00def"), wantErr: ErrBinary},
		"invalid bytes":    {data: []byte{0xE4, 0xB8, 0x80, 0xFF, 0xFF, 0x41}, wantErr: ErrEncoding},
		"latin-1 accents":  {data: []byte("caf\xe9 cr\xe8me br\xfbl\xe9e"), wantErr: ErrEncoding},
		"odd utf-16":       {data: []byte{0xFF, 0xFE, 0x41}, wantErr: ErrEncoding},
		"unpaired utf-16":  {data: []byte{0xFF, 0xFE, 0x00, 0xD8}, wantErr: ErrEncoding},
		"bad BOM'd utf-8":  {data: []byte{0xEF, 0xBB, 0xBF, 0xC3}, wantErr: ErrEncoding},
		"utf-16 with NULs": {data: []byte{0xFF, 0xFE, 0x00, 0x00}, wantErr: ErrBinary},
		"utf-16le no BOM":  {data: utf16Bytes(line, false)[2:], text: want, enc: EncUTF16LE},
		"utf-16be no BOM":  {data: utf16Bytes(line, true)[2:], text: want, enc: EncUTF16BE},
		"NULs both sides":  {data: []byte("\x00a\x00b\x00\x00"), wantErr: ErrBinary},
		"pdf":              {data: []byte("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"), wantErr: ErrBinary},
		"old word .doc":    {data: []byte("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\x00\x00"), wantErr: ErrBinary},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			text, enc, err := Decode(tc.data)
			if tc.wantErr != nil {
				if !errors.Is(err, tc.wantErr) {
					t.Fatalf("err = %v, want %v", err, tc.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if text != tc.text || enc != tc.enc {
				t.Errorf("got (%q, %s), want (%q, %s)", text, enc, tc.text, tc.enc)
			}
		})
	}
}

// TestDecodeMessages checks the words an analyst reads: where the bad
// byte is (offset and line) and what the file is.
func TestDecodeMessages(t *testing.T) {
	tests := map[string]struct {
		data []byte
		want string
	}{
		"empty":          {nil, "the file is empty"},
		"white space":    {[]byte(" \r\n"), "the file is empty (only white space)"},
		"utf-8 damaged":  {[]byte("一二三\n四五\r\n六\xff七"), "invalid UTF-8 at byte 21 (line 3): a text report must be"},
		"not gb either":  {[]byte("ab\n\xffcd"), "invalid UTF-8 at byte 3 (line 2), and not GB18030 either"},
		"BOM then bad":   {[]byte("\xEF\xBB\xBF一\n\xC3"), "invalid UTF-8 at byte 7 (line 2)"},
		"control byte":   {[]byte("一二\x01"), "this is a binary file, not a text report (control byte 0x01 at byte 6)"},
		"pdf":            {[]byte("%PDF-1.4\n"), "it is a PDF document; save it as .docx, .html or .txt"},
		"png":            {[]byte("\x89PNG\r\n\x1a\n\x00"), "it is a PNG image"},
		"utf-16 surrog.": {[]byte{0xFF, 0xFE, 0x00, 0x4E, 0x00, 0xD8}, "unpaired UTF-16 surrogate at byte 4"},
		"utf-16 odd":     {[]byte{0xFF, 0xFE, 0x00, 0x4E, 0x41}, "dangling byte at byte 4"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			_, _, err := Decode(tc.data)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("error %v does not say %q", err, tc.want)
			}
		})
	}
}

func TestTextNotReport(t *testing.T) {
	if _, err := Text("x", "only latin text here", EncUTF8); !errors.Is(err, ErrNotReport) {
		t.Fatalf("err = %v, want ErrNotReport", err)
	}
}

func FuzzDecode(f *testing.F) {
	f.Add([]byte("韩集镇入选省级精品文旅名镇。"))
	f.Add(utf16Bytes("一、2023年工作回顾", false))
	f.Add([]byte{0xB9, 0xFA, 0xBC, 0xD2})
	f.Add([]byte{0xFF, 0xFE, 0x00, 0xD8})
	f.Fuzz(func(t *testing.T, data []byte) {
		text, _, err := Decode(data)
		if err != nil {
			return
		}
		if strings.ContainsRune(text, '\r') {
			t.Errorf("CR left in decoded text")
		}
		if !utf8.ValidString(text) || strings.TrimSpace(text) == "" {
			t.Errorf("decoded text %q is not valid UTF-8 or is blank", text)
		}
	})
}
