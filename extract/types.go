// Package extract turns the text of a Chinese county/district report into
// entities, relations and indicators, each carrying the sentence it came from.
//
// The extractor is rule based and deterministic: it reads the genre's
// structure (numbered sections, review year versus plan year), suffix and
// trigger patterns, and resolves aliases within a document. It never embeds
// names taken from an annotation.
package extract

// Entity types. TypeRegion is the document's own place (the district or
// county); relations whose sentence has no grammatical subject attach to it.
const (
	TypeTown         = "town"
	TypeEnterprise   = "enterprise"
	TypeProject      = "project"
	TypePolicy       = "policy"
	TypeIndicator    = "indicator"
	TypeOrganisation = "organisation"
	TypeRegion       = "region"
)

// Types lists every entity type in display order.
var Types = []string{TypeTown, TypeEnterprise, TypeProject, TypePolicy, TypeOrganisation, TypeIndicator, TypeRegion}

// Relation predicates. Status predicates (Completed, UnderConstruction,
// Planned) have a status phrase as object rather than an entity.
const (
	PredSelectedFor       = "selected_for"
	PredApprovedAs        = "approved_as"
	PredAwarded           = "awarded"
	PredListedOn          = "listed_on"
	PredLocatedIn         = "located_in"
	PredParticipatesIn    = "participates_in"
	PredSupports          = "supports"
	PredPartOf            = "part_of"
	PredCompleted         = "completed"
	PredUnderConstruction = "under_construction"
	PredPlanned           = "planned"
	PredMeasures          = "measures"
)

// IsStatus reports whether a predicate's object is a status phrase.
func IsStatus(predicate string) bool {
	return predicate == PredCompleted || predicate == PredUnderConstruction || predicate == PredPlanned
}

// Result is the whole output of an extraction run: the JSON contract of
// `policygraph extract --json` (see PRODUCT.md).
type Result struct {
	Documents  []Document  `json:"documents"`
	Entities   []Entity    `json:"entities"`
	Relations  []Relation  `json:"relations"`
	Indicators []Indicator `json:"indicators"`
}

// Document describes one decoded report.
type Document struct {
	ID         string    `json:"id"`    // stable id: short content hash
	Path       string    `json:"path"`  // file it was read from
	Title      string    `json:"title"` // first heading line
	Place      string    `json:"place"` // the district/county the report is about, e.g. 涞源县
	Parent     string    `json:"parent,omitempty"`
	Genre      string    `json:"genre"` // plan | work_report | other
	ReviewYear int       `json:"review_year,omitempty"`
	PlanYear   int       `json:"plan_year,omitempty"`
	Date       string    `json:"date,omitempty"` // YYYY-MM-DD when stated
	Encoding   string    `json:"encoding"`       // what the bytes were decoded from
	Bytes      int       `json:"bytes"`          // length of Text in bytes
	Sections   []Section `json:"sections"`
	Text       string    `json:"-"` // decoded UTF-8 text; offsets point into it
}

// Section is one node of the report's section tree.
type Section struct {
	Label string `json:"label"` // e.g. 三(四)9
	Title string `json:"title"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	Year  int    `json:"year,omitempty"`
	Kind  string `json:"kind,omitempty"` // actual | target
}

// Entity is a thing the report names, merged within (and across) documents.
type Entity struct {
	ID       string    `json:"id"`
	Type     string    `json:"type"`
	Name     string    `json:"name"`
	Aliases  []string  `json:"aliases"`
	Place    string    `json:"place,omitempty"` // set for towns and regions: the county they belong to
	Mentions []Mention `json:"mentions"`
}

// Mention is one occurrence of an entity in a document. Start and End are
// byte offsets into the decoded UTF-8 text.
type Mention struct {
	Doc      string `json:"doc"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
	Section  string `json:"section"`
	Sentence string `json:"sentence"`
}

// Relation is a typed link between two entities with its evidence sentence.
// For status predicates Object is the status phrase (see IsStatus).
type Relation struct {
	Subject   string `json:"subject"`
	Predicate string `json:"predicate"`
	Object    string `json:"object"`
	Doc       string `json:"doc"`
	Evidence  string `json:"evidence"`
	Start     int    `json:"start"` // byte offsets of Evidence in the document text
	End       int    `json:"end"`
	Section   string `json:"section,omitempty"`
	Year      int    `json:"year,omitempty"`
	Implicit  bool   `json:"implicit_subject,omitempty"` // subject is the document's place, not written
}

// Indicator is one quantitative statement: a value for a named measure in a
// year, either an actual result or a target.
type Indicator struct {
	Entity    string   `json:"entity"` // id of the indicator entity
	Name      string   `json:"name"`
	Year      int      `json:"year"`
	Kind      string   `json:"kind"` // actual | target
	Value     *float64 `json:"value"`
	ValueMax  *float64 `json:"value_max,omitempty"`
	Unit      string   `json:"unit"`
	Measure   string   `json:"measure"` // level | growth | share | count
	Qualifier string   `json:"qualifier,omitempty"`
	Estimated bool     `json:"estimated,omitempty"`
	Doc       string   `json:"doc"`
	Section   string   `json:"section,omitempty"`
	Evidence  string   `json:"evidence"`
	Start     int      `json:"start"`
	End       int      `json:"end"`
}
