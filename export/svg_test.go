package export

import (
	"bytes"
	"encoding/base64"
	"encoding/xml"
	"io"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/image/font/sfnt"
)

// svgDoc is what the tests read back from an SVG: root size and viewBox,
// the texts by class, and the stylesheet.
type svgDoc struct {
	width, height float64
	viewBox       []float64
	texts         map[string][]string
	style         string
}

// parseSVG decodes every token of an SVG document as XML.
func parseSVG(t *testing.T, data []byte) svgDoc {
	t.Helper()
	doc := svgDoc{texts: map[string][]string{}}
	dec := xml.NewDecoder(bytes.NewReader(data))
	var stack []xml.StartElement
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("SVG is not valid XML: %v", err)
		}
		switch tk := tok.(type) {
		case xml.StartElement:
			stack = append(stack, tk)
			if tk.Name.Local == "svg" {
				doc.readRoot(t, tk)
			}
		case xml.EndElement:
			stack = stack[:len(stack)-1]
		case xml.CharData:
			if len(stack) == 0 {
				continue
			}
			switch top := stack[len(stack)-1]; top.Name.Local {
			case "text":
				class := attr(top, "class")
				doc.texts[class] = append(doc.texts[class], string(tk))
			case "style":
				doc.style += string(tk)
			}
		}
	}
	return doc
}

// readRoot reads the root element's size and viewBox.
func (d *svgDoc) readRoot(t *testing.T, el xml.StartElement) {
	var err error
	if d.width, err = strconv.ParseFloat(attr(el, "width"), 64); err != nil {
		t.Fatalf("width: %v", err)
	}
	if d.height, err = strconv.ParseFloat(attr(el, "height"), 64); err != nil {
		t.Fatalf("height: %v", err)
	}
	for _, f := range strings.Fields(attr(el, "viewBox")) {
		v, err := strconv.ParseFloat(f, 64)
		if err != nil {
			t.Fatalf("viewBox: %v", err)
		}
		d.viewBox = append(d.viewBox, v)
	}
}

func attr(el xml.StartElement, name string) string {
	for _, a := range el.Attr {
		if a.Name.Local == name {
			return a.Value
		}
	}
	return ""
}

func TestSVGOneTextPerLabel(t *testing.T) {
	tests := map[string]struct {
		predicates bool
		edgeLabels int
	}{
		"with predicates":    {true, 7}, // 8 edges, two between the same pair
		"without predicates": {false, 0},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			opt := fixtureOptions("svg", 2)
			opt.ShowPredicates = tc.predicates
			var buf bytes.Buffer
			if err := Write(&buf, sampleGraph(), opt); err != nil {
				t.Fatal(err)
			}
			doc := parseSVG(t, buf.Bytes())
			sub := sampleGraph()
			if got := doc.texts["node-label"]; len(got) != len(sub.Nodes) {
				t.Errorf("%d node labels, want %d", len(got), len(sub.Nodes))
			}
			for i, n := range sub.Nodes {
				if i < len(doc.texts["node-label"]) && doc.texts["node-label"][i] != n.Name {
					t.Errorf("label %d = %q, want %q", i, doc.texts["node-label"][i], n.Name)
				}
			}
			if got := len(doc.texts["edge-label"]); got != tc.edgeLabels {
				t.Errorf("%d edge labels, want %d", got, tc.edgeLabels)
			}
			if got := len(doc.texts["legend-label"]); got != 7 {
				t.Errorf("%d legend entries, want one per type (7)", got)
			}
			if len(doc.texts["caption"]) == 0 || !strings.Contains(strings.Join(doc.texts["caption"], ""), "2024-03-01") {
				t.Errorf("caption %q lacks the date", doc.texts["caption"])
			}
			if len(doc.viewBox) != 4 || doc.width != doc.viewBox[2]*2 || doc.height != doc.viewBox[3]*2 {
				t.Errorf("size %gx%g does not match viewBox %v at scale 2", doc.width, doc.height, doc.viewBox)
			}
		})
	}
}

func TestSVGBadge(t *testing.T) {
	sub := sampleGraph()
	sub.Hidden = map[string]int{"region/东昌府区": 240, "town/东昌府区/斗虎屯镇": 0}
	var buf bytes.Buffer
	if err := Write(&buf, sub, fixtureOptions("svg", 1)); err != nil {
		t.Fatal(err)
	}
	doc := parseSVG(t, buf.Bytes())
	if got := doc.texts["badge"]; len(got) != 1 || got[0] != "+240" {
		t.Errorf("badge texts %q, want one +240", got)
	}
	if !strings.Contains(buf.String(), `<g class="badges" fill="#296ff6">`+"\n<rect ") {
		t.Error("no pill drawn behind the badge")
	}
}

var fontFace = regexp.MustCompile(`font-family: "([^"]+)"; src: url\(data:font/ttf;base64,([A-Za-z0-9+/=]+)\)`)

// TestSVGEmbedsUsedGlyphs checks that the embedded fonts parse and map
// every rune of every text to a glyph in one of them.
func TestSVGEmbedsUsedGlyphs(t *testing.T) {
	var buf bytes.Buffer
	if err := Write(&buf, sampleGraph(), fixtureOptions("svg", 1)); err != nil {
		t.Fatal(err)
	}
	doc := parseSVG(t, buf.Bytes())
	var fonts []*sfnt.Font
	for _, m := range fontFace.FindAllStringSubmatch(doc.style, -1) {
		data, err := base64.StdEncoding.DecodeString(m[2])
		if err != nil {
			t.Fatalf("%s: %v", m[1], err)
		}
		f, err := sfnt.Parse(data)
		if err != nil {
			t.Fatalf("%s does not parse: %v", m[1], err)
		}
		fonts = append(fonts, f)
	}
	if len(fonts) != 2 {
		t.Fatalf("%d embedded fonts, want the CJK and the Latin subset", len(fonts))
	}
	var b sfnt.Buffer
	for _, texts := range doc.texts {
		for _, s := range texts {
			for _, r := range s {
				found := false
				for _, f := range fonts {
					if g, err := f.GlyphIndex(&b, r); err == nil && g != 0 {
						found = true
					}
				}
				if !found && r != ' ' {
					t.Errorf("%q (in %q) is in no embedded font", r, s)
				}
			}
		}
	}
	if !strings.Contains(doc.style, "Microsoft YaHei") || !strings.Contains(doc.style, "sans-serif") {
		t.Errorf("font-family list lacks system fallbacks: %s", doc.style[max(0, len(doc.style)-300):])
	}
}
