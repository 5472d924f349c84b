package export

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/policygraph/policygraph/graphmodel"
	"github.com/policygraph/policygraph/style"
)

// dotShapes maps node shapes to Graphviz shapes.
var dotShapes = map[style.Shape]string{
	style.Circle: "ellipse", style.Square: "box", style.Diamond: "diamond", style.Hexagon: "hexagon",
	style.Triangle: "triangle", style.RoundRect: "box", style.Octagon: "octagon",
}

// dotFonts is the font list Graphviz tries for labels.
const dotFonts = "Noto Sans CJK SC,Source Han Sans SC,Droid Sans Fallback,sans-serif"

// WriteDOT writes sub as a Graphviz digraph: nodes labelled with their
// names, shaped and filled (translucent, so labels stay readable) by type,
// edges labelled with the predicates' display names; the type and
// predicate are kept as extra attributes. Edges whose ends are not both
// nodes of sub are left out. It takes O(|V| + |E|) time.
func WriteDOT(w io.Writer, sub graphmodel.Subgraph) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "digraph policygraph {\n  graph [charset=\"UTF-8\", fontname=%s];\n", dotQuote(dotFonts))
	fmt.Fprintf(bw, "  node [style=filled, fontname=%s, fontsize=12];\n  edge [fontname=%s, fontsize=10, color=%s];\n",
		dotQuote(dotFonts), dotQuote(dotFonts), dotQuote(hex(style.EdgeColor)))
	for _, n := range sub.Nodes {
		st := style.ForType(n.Type)
		extra := ""
		if st.Shape == style.RoundRect {
			extra = ", style=\"rounded,filled\""
		}
		fmt.Fprintf(bw, "  %s [label=%s, shape=%s, fillcolor=%s, color=%s, type=%s%s];\n",
			dotQuote(n.ID), dotQuote(n.Name), dotShapes[st.Shape], dotQuote(hex(st.Fill)+"66"), dotQuote(hex(st.Stroke)), dotQuote(n.Type), extra)
	}
	for _, e := range drawableEdges(sub) {
		fmt.Fprintf(bw, "  %s -> %s [label=%s, predicate=%s];\n",
			dotQuote(e.From), dotQuote(e.To), dotQuote(style.PredicateName(e.Predicate)), dotQuote(e.Predicate))
	}
	bw.WriteString("}\n")
	return bw.Flush()
}

// dotQuote returns s as a DOT double-quoted string. Backslashes are
// doubled so that Graphviz does not read them as label escapes.
func dotQuote(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`, "\r", "")
	return `"` + r.Replace(s) + `"`
}
