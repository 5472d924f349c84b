package graphmodel

import (
	"testing"

	"github.com/cayleygraph/quad"
)

func TestEntityIRIRoundTrip(t *testing.T) {
	tests := map[string]struct{ id, iri string }{
		"town":      {"town/东昌府区/堂邑镇", "pg:entity/town/东昌府区/堂邑镇"},
		"space":     {"enterprise/Foo Bar", "pg:entity/enterprise/Foo%20Bar"},
		"unsafe":    {`policy/"a"<b>{c}|^` + "`", "pg:entity/policy/%22a%22%3Cb%3E%7Bc%7D%7C%5E%60"},
		"percent":   {"indicator/x/增长50%", "pg:entity/indicator/x/增长50%25"},
		"backslash": {`project/a\b`, "pg:entity/project/a%5Cb"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			iri := EntityIRI(tc.id)
			if string(iri) != tc.iri {
				t.Errorf("EntityIRI(%q) = %q, want %q", tc.id, iri, tc.iri)
			}
			if id, ok := entityID(iri); !ok || id != tc.id {
				t.Errorf("entityID(%q) = %q, %v; want %q", iri, id, ok, tc.id)
			}
		})
	}
}

func TestIDOfRejectsOtherNamespaces(t *testing.T) {
	tests := map[string]quad.Value{
		"document":  DocumentIRI("abc"),
		"string":    quad.String("pg:entity/town/x"),
		"statement": quad.IRI("pg:doc/abc/stmt/123"),
	}
	for name, v := range tests {
		t.Run(name, func(t *testing.T) {
			if id, ok := entityID(v); ok {
				t.Errorf("entityID(%v) = %q, want no entity", v, id)
			}
		})
	}
	if id, ok := docID(quad.IRI("pg:doc/abc/stmt/123")); ok {
		t.Errorf("docID of a statement = %q, want none", id)
	}
}
