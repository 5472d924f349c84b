package export

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/policygraph/policygraph/graphmodel"
)

// Formats lists every export format, images first.
var Formats = []string{"png", "svg", "graphml", "gexf", "csv", "nquads", "dot", "json"}

// Errors callers can test for with errors.Is.
var (
	ErrFormat  = errors.New("export: unknown format")
	ErrScale   = errors.New("export: scale out of range")
	ErrEmpty   = errors.New("export: nothing to draw")
	ErrNoQuads = errors.New("export: N-Quads export needs the store's quads")
	ErrTooBig  = errors.New("export: image too large")
)

// Scale limits. MaxPixels bounds the image area (at 4 bytes a pixel, 2 GB).
const (
	MinScale  = 0.25
	MaxScale  = 8
	MaxPixels = 1 << 29
)

// Options tune an export. The zero value exports a white-background image
// at scale 1 with the default caption; Format must be set for Write.
type Options struct {
	// Format is one of Formats. WriteFile infers it from the file
	// extension when empty.
	Format string
	// Scale multiplies the image size (MinScale..MaxScale; 0 means 1).
	// SVG keeps its coordinates and scales its width and height.
	Scale float64
	// Transparent leaves the image background transparent instead of white.
	Transparent bool
	// Caption is the line under the picture; empty means the source
	// documents, the node and edge counts and Date.
	Caption string
	// Sources are the titles of the documents the subgraph comes from, for
	// the default caption; empty means the titles its edges' evidence
	// names.
	Sources []string
	// Date is the export date in the default caption; zero means today.
	Date time.Time
	// ShowPredicates writes each edge's predicate display names on it.
	ShowPredicates bool
	// Positions are node centres in screen units (one unit = one pixel at
	// scale 1), e.g. taken from the canvas so that the image matches the
	// screen. Nodes missing from it are laid out around the given ones;
	// nil lays out the whole graph.
	Positions map[string][2]float64
	// Seed makes the layout repeatable.
	Seed uint64
}

// scale returns the effective scale or ErrScale.
func (o Options) scale() (float64, error) {
	if o.Scale == 0 {
		return 1, nil
	}
	if o.Scale < MinScale || o.Scale > MaxScale {
		return 0, fmt.Errorf("%w: %g (allowed %g to %g)", ErrScale, o.Scale, float64(MinScale), float64(MaxScale))
	}
	return o.Scale, nil
}

// caption returns Caption, or the default caption for sub: the titles of
// the documents its edges cite, its size and the export date.
func (o Options) caption(sub graphmodel.Subgraph) string {
	if o.Caption != "" {
		return o.Caption
	}
	date := o.Date
	if date.IsZero() {
		date = time.Now()
	}
	parts := []string{}
	titles := o.Sources
	if len(titles) == 0 {
		titles = documentTitles(sub)
	}
	if len(titles) > 0 {
		parts = append(parts, "来源："+strings.Join(titles, "；"))
	}
	parts = append(parts,
		strconv.Itoa(len(sub.Nodes))+" 个节点，"+strconv.Itoa(len(sub.Edges))+" 条关系",
		"导出于 "+date.Format("2006-01-02"))
	return strings.Join(parts, " · ")
}

// documentTitles returns the sorted distinct titles (or ids, for evidence
// without a title) of the documents sub's edges cite.
func documentTitles(sub graphmodel.Subgraph) []string {
	seen := map[string]bool{}
	var out []string
	for _, e := range sub.Edges {
		for _, ev := range e.Evidence {
			t := ev.DocTitle
			if t == "" {
				t = ev.Doc
			}
			if t != "" && !seen[t] {
				seen[t] = true
				out = append(out, t)
			}
		}
	}
	sort.Strings(out)
	return out
}

// SourceTitles formats documents for Options.Sources: each title, led by
// its place when the title does not name it (政府工作报告 → 清苑区政府工作报告)
// and followed by its plan or review year when the title has no year.
// Repeated results are given once.
func SourceTitles(docs []graphmodel.DocInfo) []string {
	var out []string
	for _, d := range docs {
		t := d.Title
		if !strings.Contains(t, d.Place) {
			t = d.Place + t
		}
		if y := max(d.PlanYear, d.ReviewYear); y > 0 && !strings.Contains(t, strconv.Itoa(y)) {
			t += "（" + strconv.Itoa(y) + "）"
		}
		out = appendUnique(out, t)
	}
	return out
}
