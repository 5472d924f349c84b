package export

import (
	"bufio"
	"encoding/base64"
	"encoding/xml"
	"fmt"
	"image/color"
	"io"
	"math"
	"strconv"
	"strings"

	"github.com/policygraph/policygraph/style"
)

// Embedded font family names and the fallback list after them.
const (
	svgCJKFamily   = "PolicyGraph CJK"
	svgLatinFamily = "PolicyGraph Latin"
	svgFallback    = `"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "Droid Sans Fallback", "Noto Sans", sans-serif`
)

// svgClass names each text kind in the SVG.
var svgClass = map[textKind]string{nodeLabel: "node-label", edgeLabel: "edge-label", legendLabel: "legend-label", captionLine: "caption", badgeLabel: "badge"}

// writeSVG writes sc as an SVG document of the given scale: shapes and
// lines as vector elements, every text as one <text> element, and subsets
// of the bundled fonts (only the glyphs used) embedded as data: URIs so
// the text renders the same on machines without Chinese fonts.
func writeSVG(w io.Writer, fs *fontSet, sc scene, scale float64, transparent bool, title string) error {
	bw := bufio.NewWriter(w)
	b := sc.Bounds
	fmt.Fprintf(bw, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"+
		"<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"%s\" height=\"%s\" viewBox=\"%s %s %s %s\">\n",
		num(b.W()*scale), num(b.H()*scale), num(b.MinX), num(b.MinY), num(b.W()), num(b.H()))
	fmt.Fprintf(bw, "<title>%s</title>\n", escape(title))
	if err := writeSVGStyle(bw, fs, sc.Texts); err != nil {
		return err
	}
	if !transparent {
		fmt.Fprintf(bw, "<rect class=\"background\" x=\"%s\" y=\"%s\" width=\"%s\" height=\"%s\" fill=\"%s\"/>\n",
			num(b.MinX), num(b.MinY), num(b.W()), num(b.H()), hex(style.Background))
	}
	mask := ""
	if transparent {
		writeSVGLabelMask(bw, b, sc.Texts)
		mask = ` mask="url(#label-cutout)"`
	}
	fmt.Fprintf(bw, "<g class=\"edges\" stroke=\"%s\" stroke-opacity=\"%s\" stroke-width=\"%s\"%s>\n",
		hex(style.EdgeColor), opacity(style.EdgeColor), num(style.EdgeWidth), mask)
	for _, l := range sc.Lines {
		fmt.Fprintf(bw, "<line x1=\"%s\" y1=\"%s\" x2=\"%s\" y2=\"%s\"/>\n", num(l.X1), num(l.Y1), num(l.X2), num(l.Y2))
	}
	fmt.Fprintf(bw, "</g>\n<g class=\"markers\" stroke-width=\"%s\">\n", num(style.StrokeWidth))
	for _, m := range sc.Markers {
		writeSVGMarker(bw, m)
	}
	bw.WriteString("</g>\n")
	writeSVGTexts(bw, sc.Texts, transparent)
	bw.WriteString("</svg>\n")
	return bw.Flush()
}

// writeSVGStyle writes the stylesheet: the embedded font subsets and the
// font-family list every text uses.
func writeSVGStyle(w *bufio.Writer, fs *fontSet, texts []drawnText) error {
	var cmaps [numFonts]map[rune]uint16
	for i := range cmaps {
		cmaps[i] = map[rune]uint16{}
	}
	for _, t := range texts {
		for _, r := range t.Text {
			ri := fs.info(r)
			if ri.glyph != 0 {
				cmaps[ri.font][r] = uint16(ri.glyph)
			}
		}
	}
	w.WriteString("<style>\n")
	for i, family := range [numFonts]string{svgCJKFamily, svgLatinFamily} {
		if len(cmaps[i]) == 0 {
			continue
		}
		sub, err := subsetFont(fs.data[i], cmaps[i])
		if err != nil {
			return fmt.Errorf("svg font %s: %w", family, err)
		}
		fmt.Fprintf(w, "@font-face { font-family: %q; src: url(data:font/ttf;base64,%s) format(\"truetype\"); }\n",
			family, base64.StdEncoding.EncodeToString(sub))
	}
	fmt.Fprintf(w, "text { font-family: %q, %q, %s; white-space: pre; }\n</style>\n", svgCJKFamily, svgLatinFamily, svgFallback)
	return nil
}

// writeSVGLabelMask writes a mask that hides edges under node and edge
// labels, so that on a transparent background the labels stay readable
// without a box behind them.
func writeSVGLabelMask(w *bufio.Writer, b rect, texts []drawnText) {
	fmt.Fprintf(w, "<mask id=\"label-cutout\" maskUnits=\"userSpaceOnUse\" x=\"%s\" y=\"%s\" width=\"%s\" height=\"%s\">\n"+
		"<rect x=\"%s\" y=\"%s\" width=\"%s\" height=\"%s\" fill=\"white\"/>\n",
		num(b.MinX), num(b.MinY), num(b.W()), num(b.H()), num(b.MinX), num(b.MinY), num(b.W()), num(b.H()))
	for _, t := range texts {
		if t.Kind == nodeLabel || t.Kind == edgeLabel {
			fmt.Fprintf(w, "<rect x=\"%s\" y=\"%s\" width=\"%s\" height=\"%s\" fill=\"black\"/>\n", num(t.Box.MinX), num(t.Box.MinY), num(t.Box.W()), num(t.Box.H()))
		}
	}
	w.WriteString("</mask>\n")
}

// writeSVGMarker writes one node shape with its type as class.
func writeSVGMarker(w *bufio.Writer, m marker) {
	st := m.Style
	paint := fmt.Sprintf("class=\"%s\" fill=\"%s\" stroke=\"%s\"", escape(st.Type), hex(st.Fill), hex(st.Stroke))
	R := float64(st.Shape.OuterRadius(float32(m.R))) - style.StrokeWidth/2
	switch st.Shape {
	case style.Circle:
		fmt.Fprintf(w, "<circle %s cx=\"%s\" cy=\"%s\" r=\"%s\"/>\n", paint, num(m.X), num(m.Y), num(R))
	case style.RoundRect:
		c := float64(st.Shape.CornerRadius(float32(m.R)))
		fmt.Fprintf(w, "<rect %s x=\"%s\" y=\"%s\" width=\"%s\" height=\"%s\" rx=\"%s\"/>\n",
			paint, num(m.X-R), num(m.Y-R), num(2*R), num(2*R), num(c))
	default:
		inner := m.R - style.StrokeWidth/2/float64(st.Shape.OuterRadius(1))
		var pts []string
		for _, p := range st.Shape.Outline(m.X, m.Y, inner) {
			pts = append(pts, num(p[0])+","+num(p[1]))
		}
		fmt.Fprintf(w, "<polygon %s points=\"%s\"/>\n", paint, strings.Join(pts, " "))
	}
}

// writeSVGTexts writes the label backgrounds (on opaque images), the
// badges' pills and then one <text> per drawn text. Node and edge labels
// and badges are anchored at their middle so that they stay centred even
// where the embedded fonts are not used.
func writeSVGTexts(w *bufio.Writer, texts []drawnText, transparent bool) {
	if !transparent {
		fmt.Fprintf(w, "<g class=\"label-backgrounds\" fill=\"%s\" fill-opacity=\"%s\">\n", hex(style.LabelBackground), opacity(style.LabelBackground))
		for _, t := range texts {
			if t.Kind == nodeLabel || t.Kind == edgeLabel {
				fmt.Fprintf(w, "<rect x=\"%s\" y=\"%s\" width=\"%s\" height=\"%s\"/>\n", num(t.Box.MinX), num(t.Box.MinY), num(t.Box.W()), num(t.Box.H()))
			}
		}
		w.WriteString("</g>\n")
	}
	writeSVGBadges(w, texts)
	w.WriteString("<g class=\"texts\">\n")
	for _, t := range texts {
		x, anchor := t.X, "start"
		if t.Kind == nodeLabel || t.Kind == edgeLabel || t.Kind == badgeLabel {
			x, anchor = (t.Box.MinX+t.Box.MaxX)/2, "middle"
		}
		fmt.Fprintf(w, "<text class=\"%s\" x=\"%s\" y=\"%s\" font-size=\"%s\" fill=\"%s\" text-anchor=\"%s\">%s</text>\n",
			svgClass[t.Kind], num(x), num(t.Baseline), num(t.Size), hex(t.Colour), anchor, escape(t.Text))
	}
	w.WriteString("</g>\n")
}

// writeSVGBadges writes the pill behind each "+N" badge text.
func writeSVGBadges(w *bufio.Writer, texts []drawnText) {
	fmt.Fprintf(w, "<g class=\"badges\" fill=\"%s\">\n", hex(style.BadgeFill))
	for _, t := range texts {
		if t.Kind == badgeLabel {
			r := t.Box.H() / 2
			fmt.Fprintf(w, "<rect x=\"%s\" y=\"%s\" width=\"%s\" height=\"%s\" rx=\"%s\" ry=\"%s\"/>\n",
				num(t.Box.MinX), num(t.Box.MinY), num(t.Box.W()), num(t.Box.H()), num(r), num(r))
		}
	}
	w.WriteString("</g>\n")
}

// num formats a coordinate rounded to two decimals.
func num(f float64) string { return strconv.FormatFloat(math.Round(f*100)/100, 'f', -1, 64) }

// hex returns the colour as #rrggbb.
func hex(c color.NRGBA) string { return fmt.Sprintf("#%02x%02x%02x", c.R, c.G, c.B) }

// opacity returns the colour's alpha as a number from 0 to 1.
func opacity(c color.NRGBA) string { return num(float64(c.A) / 255) }

// escape returns s with XML special characters escaped.
func escape(s string) string {
	var sb strings.Builder
	xml.EscapeText(&sb, []byte(s))
	return sb.String()
}
