package main

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/policygraph/policygraph/extract"
)

// source is one corpus report, split for recombination.
type source struct {
	path  string
	place string   // the report's county or district, e.g. 东昌府区
	names []string // town names and aliases the extractor found, longest first
	head  []string // lines before the first section heading
	body  []string // the remaining lines
}

// corpus is what the generator recombines.
type corpus struct {
	sources []source
	places  map[string]bool // source place names: true for full, false for short forms
}

// loadCorpus reads and extracts every *.txt in dir: the extractor tells
// each report's place and the town names to substitute.
func loadCorpus(dir string) (*corpus, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil {
		return nil, err
	}
	if len(paths) == 0 {
		return nil, fmt.Errorf("corpus %s: no *.txt", dir)
	}
	c := &corpus{places: make(map[string]bool)}
	for _, p := range paths {
		s, err := readSource(p)
		if err != nil {
			return nil, err
		}
		c.sources = append(c.sources, s)
		c.places[s.place] = true
		if short := shortPlace(s.place); short != "" {
			c.places[short] = false
		}
	}
	return c, nil
}

func readSource(path string) (source, error) {
	r, err := extract.File(path)
	if err != nil {
		return source{}, err
	}
	d := r.Documents[0]
	if d.Place == "" {
		return source{}, fmt.Errorf("corpus %s: the extractor finds no place", path)
	}
	s := source{path: path, place: d.Place}
	for _, e := range r.Entities {
		if e.Type == extract.TypeTown {
			s.names = append(s.names, e.Name)
			s.names = append(s.names, e.Aliases...)
		}
	}
	sortLongestFirst(s.names)
	s.head, s.body = splitHead(d.Text)
	return s, nil
}

// splitHead splits a report at its first section heading ("一、…").
func splitHead(text string) (head, body []string) {
	lines := strings.Split(text, "\n")
	for i, l := range lines {
		if strings.HasPrefix(strings.TrimSpace(l), "一、") {
			return lines[:i], lines[i:]
		}
	}
	n := min(len(lines), 6)
	return lines[:n], lines[n:]
}

// isHeading tells section headings (kept from the base report) from
// paragraphs (recombined): headings are short and end no sentence.
func isHeading(line string) bool {
	return utf8.RuneCountInString(line) < 40 && !strings.Contains(line, "。")
}

// shortPlace drops a place's administrative suffix when two characters
// remain (东昌府区 -> 东昌府), as reports write it.
func shortPlace(place string) string {
	rs := []rune(place)
	if len(rs) >= 3 {
		return string(rs[:len(rs)-1])
	}
	return ""
}

func sortLongestFirst(xs []string) {
	sort.Slice(xs, func(i, j int) bool {
		if len(xs[i]) != len(xs[j]) {
			return len(xs[i]) > len(xs[j])
		}
		return xs[i] < xs[j]
	})
}

// synthDoc is one generated report.
type synthDoc struct {
	Name  string // file name, e.g. synth_0007.txt
	Place string // the generated place
	Text  string
}

// generator makes report-like documents from a corpus, deterministically
// for a seed: document i depends only on the seed and i.
type generator struct {
	c      *corpus
	seed   uint64
	places map[string]bool // generated so far, to keep them distinct
	taken  map[string]bool // source places, never generated
}

func newGenerator(c *corpus, seed uint64) *generator {
	g := &generator{c: c, seed: seed, places: make(map[string]bool), taken: make(map[string]bool)}
	for p := range c.places {
		g.taken[p] = true
	}
	return g
}

// han is the pool generated names draw from.
var han = []rune("安宁平和兴盛青山川林泉石金玉华云龙凤春秋丰顺德昌永乐源远宝富康泰嘉瑞祥文武新光明福寿灵秀江湖岭峰松柏桃李梅兰竹溪沙田禾谷麦")

// Generate returns document i: the head of a base report, its section
// headings in order, and about half of its paragraphs replaced by the
// paragraph at the same relative position of another report; every source
// place becomes the document's place and every town name a generated one.
// Places are distinct over one generator's documents, so call Generate
// with increasing i.
func (g *generator) Generate(i int) synthDoc {
	rng := rand.New(rand.NewPCG(g.seed, uint64(i)))
	base := g.c.sources[rng.IntN(len(g.c.sources))]
	lines := append([]string(nil), base.head...)
	for k, l := range base.body {
		if isHeading(l) || rng.IntN(2) == 0 {
			lines = append(lines, l)
			continue
		}
		other := g.c.sources[rng.IntN(len(g.c.sources))]
		lines = append(lines, paragraphAt(other.body, float64(k)/float64(len(base.body))))
	}
	place := g.newPlace(rng, base.place)
	text := g.substitute(rng, strings.Join(lines, "\n"), place)
	return synthDoc{Name: fmt.Sprintf("synth_%04d.txt", i), Place: place, Text: text}
}

// paragraphAt returns the first paragraph at or after relative position f.
func paragraphAt(body []string, f float64) string {
	for k := int(f * float64(len(body))); k < len(body); k++ {
		if !isHeading(body[k]) {
			return body[k]
		}
	}
	return ""
}

// newPlace returns a fresh two-character place with the base's suffix.
func (g *generator) newPlace(rng *rand.Rand, basePlace string) string {
	rs := []rune(basePlace)
	suffix := string(rs[len(rs)-1])
	for {
		p := randomHan(rng, 2) + suffix
		if !g.places[p] && !g.taken[p] && !g.taken[shortPlace(p)] {
			g.places[p] = true
			return p
		}
	}
}

// substitute renames every source place to place and every town name to a
// generated one (consistently within the document).
func (g *generator) substitute(rng *rand.Rand, text, place string) string {
	var pairs []string
	for p, full := range g.c.places {
		switch {
		case !strings.Contains(text, p):
		case full:
			pairs = append(pairs, p, place)
		default:
			pairs = append(pairs, p, shortPlace(place))
		}
	}
	towns := g.townNames(text)
	used := make(map[string]bool)
	stems := make(map[string]string) // generated stem per source stem, for aliases
	for _, t := range towns {
		pairs = append(pairs, t, townName(rng, t, stems, used))
	}
	sortPairs(pairs)
	return strings.NewReplacer(pairs...).Replace(text)
}

// townNames lists the source town names that occur in text, longest first.
func (g *generator) townNames(text string) []string {
	seen := make(map[string]bool)
	var out []string
	for _, s := range g.c.sources {
		for _, n := range s.names {
			if !seen[n] && utf8.RuneCountInString(n) >= 2 && strings.Contains(text, n) {
				seen[n] = true
				out = append(out, n)
			}
		}
	}
	sortLongestFirst(out)
	return out
}

// townSuffixes are the endings a generated town name keeps.
var townSuffixes = []string{"街道", "片区", "镇", "乡", "村"}

// townName generates a name for source town t: the same suffix, a new
// two-character stem; an alias that is a known stem maps to its new stem.
func townName(rng *rand.Rand, t string, stems map[string]string, used map[string]bool) string {
	if s, ok := stems[t]; ok {
		return s
	}
	suffix := ""
	for _, suf := range townSuffixes {
		if strings.HasSuffix(t, suf) && t != suf {
			suffix = suf
			break
		}
	}
	for {
		stem := randomHan(rng, 2)
		if used[stem] {
			continue
		}
		used[stem] = true
		if suffix != "" {
			stems[strings.TrimSuffix(t, suffix)] = stem
		}
		return stem + suffix
	}
}

func randomHan(rng *rand.Rand, n int) string {
	var b strings.Builder
	for range n {
		b.WriteRune(han[rng.IntN(len(han))])
	}
	return b.String()
}

// sortPairs orders old/new pairs by old, longest first, so that the
// replacer prefers the longest match.
func sortPairs(pairs []string) {
	type pair struct{ old, new string }
	ps := make([]pair, 0, len(pairs)/2)
	for k := 0; k < len(pairs); k += 2 {
		ps = append(ps, pair{pairs[k], pairs[k+1]})
	}
	sort.Slice(ps, func(i, j int) bool {
		if len(ps[i].old) != len(ps[j].old) {
			return len(ps[i].old) > len(ps[j].old)
		}
		return ps[i].old < ps[j].old
	})
	for k, p := range ps {
		pairs[2*k], pairs[2*k+1] = p.old, p.new
	}
}

// writeDocs writes the documents into dir, for looking at them.
func writeDocs(dir string, docs []synthDoc) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	for _, d := range docs {
		if err := os.WriteFile(filepath.Join(dir, d.Name), []byte(d.Text), 0o644); err != nil {
			return err
		}
	}
	return nil
}
