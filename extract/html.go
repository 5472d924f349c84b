package extract

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"
)

// decodeHTML decodes a web page and returns the text of its body. The
// encodings Decode knows (UTF-8, UTF-16, GB18030/GBK/GB2312) are decided by
// content, since pages often declare the wrong one; any other charset a
// page declares in a <meta> (e.g. Big5) is used as declared.
func decodeHTML(data []byte) (string, string, error) {
	e, name, _ := charset.DetermineEncoding(data, "")
	if e != nil && !decidedByContent(name) {
		out, err := e.NewDecoder().Bytes(data)
		if err != nil {
			return "", "", fmt.Errorf("the page does not decode as the %s it declares: %w", name, ErrEncoding)
		}
		return htmlPage(normaliseNewlines(string(out)), name)
	}
	text, enc, err := Decode(data)
	if err != nil {
		return "", "", err
	}
	return htmlPage(text, enc)
}

// decidedByContent reports the charsets Decode tells apart by content,
// and windows-1252, which DetermineEncoding guesses when a page declares
// nothing and is not UTF-8 (as a GBK page without <meta> is).
func decidedByContent(charsetName string) bool {
	switch charsetName {
	case "utf-8", "gbk", "gb18030", "gb2312", "utf-16le", "utf-16be", "windows-1252":
		return true
	}
	return false
}

// htmlPage turns decoded HTML into report text, one paragraph a line.
func htmlPage(src, enc string) (string, string, error) {
	doc, err := html.Parse(strings.NewReader(src))
	if err != nil {
		return "", "", fmt.Errorf("cannot parse the page: %w", err)
	}
	var w textWriter
	w.walk(doc)
	w.breakLine()
	text := fromTitle(w.out.String(), pageTitle(doc))
	if text == "" {
		return "", "", fmt.Errorf("%w (the page has no text)", ErrEmpty)
	}
	return text, FormatHTML + enc, nil
}

// pageTitle returns the text of the page's <title>, or "".
func pageTitle(doc *html.Node) string {
	for n := range doc.Descendants() {
		if n.Type == html.ElementNode && n.DataAtom == atom.Title {
			var b strings.Builder
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				if c.Type == html.TextNode {
					b.WriteString(c.Data)
				}
			}
			return strings.TrimSpace(b.String())
		}
	}
	return ""
}

// minTitleRunes is the shortest part of a page title fromTitle looks for,
// and titleScanLines how many opening lines it looks at: site chrome is
// short, and a site name in a footer must not count.
const (
	minTitleRunes  = 4
	titleScanLines = 12
)

// fromTitle drops the lines before the report's title, site chrome that
// no class or id gave away, when the page's <title> names one of the
// opening lines: the report reads its title, date and place from its
// first lines. The title is split at "_", "|" and " - " into the page
// name and the site name (as in "2024年政府工作报告_某某区人民政府"), in
// either order; the site name may also stand in the chrome, so the part
// found latest wins. The text is returned as it is when no line matches.
func fromTitle(text, title string) string {
	parts := strings.FieldsFunc(strings.ReplaceAll(title, " - ", "_"), func(r rune) bool { return r == '_' || r == '|' })
	lines := strings.SplitAfter(text, "\n")
	start := 0
	for i, line := range lines[:min(len(lines), titleScanLines)] {
		line = strings.TrimSuffix(line, "\n")
		for _, p := range parts {
			if p = strings.TrimSpace(p); utf8.RuneCountInString(p) >= minTitleRunes && line == p {
				start = i
			}
		}
	}
	return strings.Join(lines[start:], "")
}

// skippedTags hold no report text: scripts, styles, navigation, forms and
// embedded objects.
var skippedTags = map[atom.Atom]bool{
	atom.Head: true, atom.Script: true, atom.Style: true, atom.Noscript: true,
	atom.Template: true, atom.Nav: true, atom.Aside: true, atom.Iframe: true,
	atom.Object: true, atom.Embed: true, atom.Svg: true, atom.Math: true,
	atom.Canvas: true, atom.Form: true, atom.Select: true, atom.Button: true,
	atom.Textarea: true,
}

// blockTags start and end a line.
var blockTags = map[atom.Atom]bool{
	atom.Address: true, atom.Article: true, atom.Blockquote: true, atom.Body: true,
	atom.Caption: true, atom.Center: true, atom.Dd: true, atom.Details: true,
	atom.Dialog: true, atom.Div: true, atom.Dl: true, atom.Dt: true,
	atom.Fieldset: true, atom.Figcaption: true, atom.Figure: true, atom.H1: true,
	atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Hr: true, atom.Html: true, atom.Li: true, atom.Main: true, atom.Ol: true,
	atom.P: true, atom.Pre: true, atom.Section: true, atom.Summary: true,
	atom.Table: true, atom.Tbody: true, atom.Tfoot: true, atom.Thead: true,
	atom.Tr: true, atom.Ul: true, atom.Br: true, atom.Header: true, atom.Footer: true,
}

// junkNames are parts of class and id values that mark site navigation.
var junkNames = []string{"nav", "menu", "crumb", "footer", "sidebar", "copyright"}

// skipElement reports elements whose text is not part of the report. A
// <header> or <footer> inside an <article> or <main> belongs to it (it may
// hold the title) and is kept.
func skipElement(n *html.Node, inArticle bool) bool {
	if skippedTags[n.DataAtom] {
		return true
	}
	if (n.DataAtom == atom.Header || n.DataAtom == atom.Footer) && !inArticle {
		return true
	}
	for _, a := range n.Attr {
		switch a.Key {
		case "class", "id":
			v := strings.ToLower(a.Val)
			for _, j := range junkNames {
				if strings.Contains(v, j) {
					return true
				}
			}
		case "style":
			v := strings.ReplaceAll(strings.ToLower(a.Val), " ", "")
			if strings.Contains(v, "display:none") || strings.Contains(v, "visibility:hidden") {
				return true
			}
		case "hidden":
			return true
		}
	}
	return false
}

// htmlFrame is a step of the walk over the page: entering a node, or
// leaving one entered before.
type htmlFrame struct {
	n         *html.Node
	inArticle bool
	leave     bool
}

// walk writes the text of the tree under root, depth first. It keeps its
// own stack because html.Parse does not bound the nesting depth of a page.
// It runs in O(nodes).
func (w *textWriter) walk(root *html.Node) {
	stack := []htmlFrame{{n: root}}
	for len(stack) > 0 {
		f := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if f.leave {
			w.leave(f.n)
			continue
		}
		if !w.enter(f.n, f.inArticle) {
			continue
		}
		stack = append(stack, htmlFrame{n: f.n, leave: true})
		in := f.inArticle || f.n.DataAtom == atom.Article || f.n.DataAtom == atom.Main
		for c := f.n.LastChild; c != nil; c = c.PrevSibling {
			stack = append(stack, htmlFrame{n: c, inArticle: in})
		}
	}
}

// enter writes what comes before n's children and reports whether to
// visit them.
func (w *textWriter) enter(n *html.Node, inArticle bool) bool {
	switch n.Type {
	case html.TextNode:
		if w.pre > 0 {
			w.writePre(n.Data)
		} else {
			w.write(n.Data)
		}
		return false
	case html.ElementNode:
		if skipElement(n, inArticle) {
			return false
		}
	case html.DocumentNode:
		return true
	default:
		return false
	}
	if blockTags[n.DataAtom] {
		w.breakLine()
	}
	switch n.DataAtom {
	case atom.Td, atom.Th:
		w.cell()
	case atom.Pre:
		w.pre++
	}
	return true
}

// leave ends what enter began.
func (w *textWriter) leave(n *html.Node) {
	if n.DataAtom == atom.Pre {
		w.pre--
	}
	if blockTags[n.DataAtom] {
		w.breakLine()
	}
}
