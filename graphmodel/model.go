package graphmodel

// Node is an entity as the UI, the command line and export see it.
type Node struct {
	ID      string   `json:"id"`
	Type    string   `json:"type"` // one of extract.Types
	Name    string   `json:"name"`
	Aliases []string `json:"aliases,omitempty"`
	Place   string   `json:"place,omitempty"`
	Degree  int      `json:"degree"` // number of relation edges touching the node
}

// Edge is a relation between two nodes. One Edge stands for every statement
// of the same (From, Predicate, To) triple; Evidence lists each of them.
// A status relation (completed, under_construction, planned) has an empty
// To and its phrase in Status; only Store.Edges returns those.
type Edge struct {
	From      string     `json:"from"`
	To        string     `json:"to"`
	Predicate string     `json:"predicate"`
	Status    string     `json:"status,omitempty"` // status phrase for status predicates
	Evidence  []Evidence `json:"evidence,omitempty"`
}

// Key identifies an edge by its endpoints and predicate.
func (e Edge) Key() string { return e.From + "\x00" + e.Predicate + "\x00" + e.To }

// Evidence is one sentence that supports a node (a mention) or an edge (a
// statement). Start and End are byte offsets of the highlighted span in the
// document text; SentenceStart is the byte offset of Sentence in it.
type Evidence struct {
	Doc           string `json:"doc"`
	DocTitle      string `json:"doc_title,omitempty"`
	Section       string `json:"section,omitempty"`
	Year          int    `json:"year,omitempty"`
	Sentence      string `json:"sentence"`
	SentenceStart int    `json:"sentence_start"`
	Start         int    `json:"start"`
	End           int    `json:"end"`
}

// Subgraph is a set of nodes and the edges among them, e.g. a k-hop
// neighbourhood. Hidden counts, per node id, neighbours left out by a cap.
type Subgraph struct {
	Nodes  []Node         `json:"nodes"`
	Edges  []Edge         `json:"edges"`
	Hidden map[string]int `json:"hidden,omitempty"`
}

// DocInfo describes an imported document.
type DocInfo struct {
	ID         string `json:"id"`
	Title      string `json:"title"`
	Path       string `json:"path"`
	Place      string `json:"place"`
	Genre      string `json:"genre"`
	ReviewYear int    `json:"review_year,omitempty"`
	PlanYear   int    `json:"plan_year,omitempty"`
	Date       string `json:"date,omitempty"`
	Entities   int    `json:"entities"`
	Relations  int    `json:"relations"`
	Indicators int    `json:"indicators"`
}

// IndicatorRow is one indicator value as shown in the indicators table.
type IndicatorRow struct {
	Entity    string   `json:"entity"`
	Name      string   `json:"name"`
	Place     string   `json:"place"`
	Year      int      `json:"year"`
	Kind      string   `json:"kind"`
	Value     *float64 `json:"value"`
	ValueMax  *float64 `json:"value_max,omitempty"`
	Unit      string   `json:"unit"`
	Measure   string   `json:"measure"`
	Qualifier string   `json:"qualifier,omitempty"`
	Estimated bool     `json:"estimated,omitempty"`
	Evidence  Evidence `json:"evidence"`
}

// Matrix is a rows x columns table of links, e.g. towns x policies. Cells
// holds, for each linked (row, column) pair, the edges between them.
type Matrix struct {
	Rows  []Node            `json:"rows"`
	Cols  []Node            `json:"cols"`
	Cells map[[2]int][]Edge `json:"-"`
}

// Filter narrows a neighbourhood query. Empty slices mean "all".
type Filter struct {
	Types      []string // node types to keep (the start node is always kept)
	Predicates []string // edge predicates to follow
	Limit      int      // at most this many neighbours per expanded node; 0 = no cap
}

// Span is one entity mention in a document's text, for highlighting it.
type Span struct {
	Entity string `json:"entity"`
	Type   string `json:"type"`
	Name   string `json:"name"`
	Start  int    `json:"start"`
	End    int    `json:"end"`
}
