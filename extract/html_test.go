package extract

import (
	"errors"
	"html"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/encoding/traditionalchinese"
)

// pageOf wraps body in the chrome of a government web page: scripts,
// styles, site navigation, a breadcrumb trail and a footer.
func pageOf(meta, body string) string {
	return `<!DOCTYPE html>
<html><head>` + meta + `<title>政府工作报告_清苑区人民政府</title>
<script>var s = "<p>不是正文</p>";</script><style>p { text-indent: 2em }</style></head>
<body><div class="top-nav"><a href="/">首页</a><a>政务公开</a></div>
<header><h2>清苑区人民政府</h2></header><nav><ul><li>机构</li><li>政策</li></ul></nav>
<div class="breadcrumb">当前位置：首页 &gt; 政府工作报告</div><div id="mainMenu">菜单</div>
<article>` + body + `</article>
<aside>相关链接</aside><div class="footer">版权所有：清苑区人民政府</div>
<script>document.write("统计代码")</script></body></html>`
}

// htmlParagraphs writes lines as paragraphs, wrapping the source every
// 23 runes between two Chinese characters, as Word's "save as web page" does.
func htmlParagraphs(lines []string) string {
	var b strings.Builder
	for i, line := range lines {
		if i == 0 {
			b.WriteString("<header><h1>" + html.EscapeString(line) + "</h1></header>\n")
			continue
		}
		b.WriteString("<p style=\"text-indent:2em\">&nbsp;\u3000")
		rs := []rune(line)
		for j, r := range rs {
			if j > 0 && j%23 == 0 && isCJK(r) && isCJK(rs[j-1]) {
				b.WriteString("\r\n")
			}
			b.WriteString(html.EscapeString(string(r)))
		}
		b.WriteString("</p>\n")
	}
	return b.String()
}

func TestHTMLText(t *testing.T) {
	tests := map[string]struct {
		src  string
		want string
	}{
		"chrome dropped": {pageOf(`<meta charset="utf-8">`, "<p>韩集镇入选省级精品文旅名镇。</p>"),
			"韩集镇入选省级精品文旅名镇。\n"},
		"wrapped Chinese joins":  {"<p>古楼街道入选省级旅游\n   民宿集聚区培育名单。</p>", "古楼街道入选省级旅游民宿集聚区培育名单。\n"},
		"wrap by a digit spaces": {"<p>于2014\n年3月</p>", "于2014 年3月\n"},
		"spaces kept in a line":  {"<p>保定市清苑区人民政府区长 李英英</p>", "保定市清苑区人民政府区长 李英英\n"},
		"latin words keep space": {"<p>GDP\n  growth</p>", "GDP growth\n"},
		"br and blocks":          {"<div>一、工作回顾<br>（一）经济<div>1.工业</div></div>", "一、工作回顾\n（一）经济\n1.工业\n"},
		"inline joins":           {"<p><span>韩集</span><b>镇</b><a href=x>入选</a></p>", "韩集镇入选\n"},
		"table cells":            {"<table><tr><td>指标</td><td>6%</td></tr><tr><th>增速</th></tr></table>", "指标\t6%\n增速\n"},
		"hidden":                 {`<p style="display: none">隐藏</p><p hidden>也隐藏</p><p>可见</p>`, "可见\n"},
		"pre kept":               {"<pre>一  二\n三</pre>", "一  二\n三\n"},
		"article header kept":    {"<header>网站</header><main><header><h1>标题</h1></header><p>正文</p></main>", "标题\n正文\n"},
		"entities":               {"<p>A&amp;B&nbsp;&lt;1&gt;&#x4E00;</p>", "A&B <1>一\n"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			text, format, err := htmlPage(tc.src, EncUTF8)
			if err != nil {
				t.Fatal(err)
			}
			if text != tc.want || format != FormatHTML+EncUTF8 {
				t.Errorf("got (%q, %s), want %q", text, format, tc.want)
			}
		})
	}
}

// TestHTMLCorpusRoundTrip publishes every corpus report as a web page and
// reads it back: the text must be the report's, line for line.
func TestHTMLCorpusRoundTrip(t *testing.T) {
	for _, f := range corpusFiles(t) {
		want := corpusText(t, f)
		page := pageOf(`<meta http-equiv="Content-Type" content="text/html; charset=utf-8">`, htmlParagraphs(strings.Split(strings.TrimSuffix(want, "\n"), "\n")))
		text, format, err := DecodeFile(filepath.Base(f)+".html", []byte(page))
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		if text != want || format != "html/utf-8" {
			t.Errorf("%s (%s): text differs from the report:\n%s", f, format, firstDiff(text, want))
		}
	}
}

// TestHTMLCharsets decodes pages in the encodings of Chinese sites, with
// and without a declaration, and with a wrong one.
func TestHTMLCharsets(t *testing.T) {
	const body = "<p>韩集镇入选省级精品文旅名镇。</p>"
	const want = "韩集镇入选省级精品文旅名镇。\n"
	big5, err := traditionalchinese.Big5.NewEncoder().String(`<html><head><meta charset="big5"></head><body><p>政府工作報告</p></body></html>`)
	if err != nil {
		t.Fatal(err)
	}
	tests := map[string]struct {
		data   []byte
		text   string
		format string
	}{
		"gb2312 declared":  {gbBytes(t, pageOf(`<meta http-equiv="Content-Type" content="text/html; charset=gb2312">`, body)), want, "html/gb18030"},
		"gbk undeclared":   {gbBytes(t, pageOf("", body)), want, "html/gb18030"},
		"utf-8 but gbk":    {gbBytes(t, pageOf(`<meta charset="utf-8">`, body)), want, "html/gb18030"},
		"utf-16le BOM":     {utf16Bytes(pageOf("", body), false), want, "html/utf-16le"},
		"utf-8 BOM":        {[]byte("\ufeff" + pageOf("", body)), want, "html/utf-8-bom"},
		"big5 declared":    {[]byte(big5), "政府工作報告\n", "html/big5"},
		"word page as doc": {[]byte(`<html xmlns:o="urn:schemas-microsoft-com:office:office"><body>` + body + `</body></html>`), want, "html/utf-8"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			text, format, err := DecodeFile("report.doc", tc.data)
			if err != nil {
				t.Fatal(err)
			}
			if text != tc.text || format != tc.format {
				t.Errorf("got (%q, %s), want (%q, %s)", text, format, tc.text, tc.format)
			}
		})
	}
}

// TestHTMLByContent decides by content: a page named .txt is HTML, a
// plain text named .html is text.
func TestHTMLByContent(t *testing.T) {
	tests := map[string]struct {
		name, data, text, format string
	}{
		"page named .txt":      {"a.txt", "<html><body><p>一</p><p>二</p></body></html>", "一\n二\n", "html/utf-8"},
		"comment first":        {"a", "<!-- saved -->\n<div>一</div>", "一\n", "html/utf-8"},
		"fragment named .htm":  {"a.htm", "政府工作报告<br>一、回顾<p>二</p>", "政府工作报告\n一、回顾\n二\n", "html/utf-8"},
		"plain text .html":     {"a.html", "政府工作报告\n一、回顾 <1>\n", "政府工作报告\n一、回顾 <1>\n", "utf-8"},
		"text with a tag late": {"a.txt", "一、回顾\n<p>二</p>", "一、回顾\n<p>二</p>", "utf-8"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			text, format, err := DecodeFile(tc.name, []byte(tc.data))
			if err != nil {
				t.Fatal(err)
			}
			if text != tc.text || format != tc.format {
				t.Errorf("got (%q, %s), want (%q, %s)", text, format, tc.text, tc.format)
			}
		})
	}
}

func TestHTMLErrors(t *testing.T) {
	tests := map[string]struct {
		data    []byte
		wantErr error
		want    string
	}{
		"only chrome": {[]byte(pageOf("", "")), ErrEmpty, "the file is empty (the page has no text)"},
		"only script": {[]byte("<html><body><script>x()</script></body></html>"), ErrEmpty, "the file is empty (the page has no text)"},
		"NUL bytes":   {[]byte("<html><body>\x00\x01</body></html>"), ErrBinary, "control byte 0x00"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			_, _, err := DecodeFile("a.html", tc.data)
			if !errors.Is(err, tc.wantErr) || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("error %v, want %v saying %q", err, tc.wantErr, tc.want)
			}
		})
	}
}

// TestHTMLFromTitle drops site chrome that no class or id gives away when
// the page's <title> names the report's first line, and keeps everything
// otherwise.
func TestHTMLFromTitle(t *testing.T) {
	const body = `<div class="logo">清苑区人民政府</div><div class="dqwz">您的位置：首页 &gt; 政务公开</div>
<h1>政府工作报告</h1><p>——2024年1月23日在保定市清苑区第三届人民代表大会第四次会议上</p>`
	const report = "政府工作报告\n——2024年1月23日在保定市清苑区第三届人民代表大会第四次会议上\n"
	const chrome = "清苑区人民政府\n您的位置：首页 > 政务公开\n"
	footer := strings.Repeat("<p>正文。</p>", titleScanLines) + "<p>清苑区人民政府</p>"
	tests := map[string]struct {
		title, tail string
		want        string
	}{
		"site after _":    {"政府工作报告_清苑区人民政府", "", report},
		"site after dash": {"清苑区人民政府 - 政府工作报告", "", report},
		"exact":           {"政府工作报告", "", report},
		"no match":        {"清苑区人民政府网", "", chrome + report},
		"short part":      {"报告_首页", "", chrome + report},
		"no title":        {"", "", chrome + report},
		"site in footer":  {"政府工作报告_清苑区人民政府", footer, report + strings.Repeat("正文。\n", titleScanLines) + "清苑区人民政府\n"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			src := "<html><head><title>" + tc.title + "</title></head><body>" + body + tc.tail + "</body></html>"
			text, _, err := htmlPage(src, EncUTF8)
			if err != nil {
				t.Fatal(err)
			}
			if text != tc.want {
				t.Errorf("got %q, want %q", text, tc.want)
			}
		})
	}
}
