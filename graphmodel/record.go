package graphmodel

import (
	"strconv"
	"strings"
)

// Tables and records (see schema.go) are text: one line per item, fields
// separated by tabs, the first field saying what the line holds. Fields
// escape '\\', tab and newline, so any name or sentence fits. A reader
// skips lines of kinds it does not know, so that kinds can be added.
//
//	contents  E id type name place alias…          an entity the document describes
//	          R from predicate to                  a relation edge between entities
//	facts     M start end sentenceStart sentenceEnd section year [sentence]
//	          S subject predicate object start end section year implicit [evidence]
//	          O indicator region label year kind value valueMax unit measure qualifier
//	            estimated start end section [evidence]
//
// Offsets are bytes into the document text; the optional last field holds
// the sentence only when the text at the offsets differs from it. In S
// lines of status predicates the object is the status phrase. Empty
// fields stand for zero, false and absent values.
const (
	lineEntity      = "E"
	lineEdge        = "R"
	lineMention     = "M"
	lineStatement   = "S"
	lineObservation = "O"
)

// recordWriter builds a table or record.
type recordWriter struct{ b strings.Builder }

// line appends one line of fields, without its trailing empty fields.
func (w *recordWriter) line(fields ...string) {
	for len(fields) > 1 && fields[len(fields)-1] == "" {
		fields = fields[:len(fields)-1]
	}
	for i, f := range fields {
		if i > 0 {
			w.b.WriteByte('\t')
		}
		writeEscaped(&w.b, f)
	}
	w.b.WriteByte('\n')
}

func (w *recordWriter) String() string { return w.b.String() }

func (w *recordWriter) empty() bool { return w.b.Len() == 0 }

func writeEscaped(b *strings.Builder, f string) {
	if !strings.ContainsAny(f, "\\\t\n") {
		b.WriteString(f)
		return
	}
	for i := 0; i < len(f); i++ {
		switch c := f[i]; c {
		case '\\':
			b.WriteString(`\\`)
		case '\t':
			b.WriteString(`\t`)
		case '\n':
			b.WriteString(`\n`)
		default:
			b.WriteByte(c)
		}
	}
}

// eachLine calls fn with the fields of every line of a table or record.
// Complexity O(len(s)).
func eachLine(s string, fn func(fields []string)) {
	var fields []string
	for len(s) > 0 {
		line := s
		if i := strings.IndexByte(s, '\n'); i >= 0 {
			line, s = s[:i], s[i+1:]
		} else {
			s = ""
		}
		fields = fields[:0]
		for {
			f, rest, more := strings.Cut(line, "\t")
			fields = append(fields, unescapeField(f))
			if !more {
				break
			}
			line = rest
		}
		fn(fields)
	}
}

func unescapeField(f string) string {
	if strings.IndexByte(f, '\\') < 0 {
		return f
	}
	var b strings.Builder
	for i := 0; i < len(f); i++ {
		if f[i] != '\\' || i+1 == len(f) {
			b.WriteByte(f[i])
			continue
		}
		i++
		switch f[i] {
		case 't':
			b.WriteByte('\t')
		case 'n':
			b.WriteByte('\n')
		default:
			b.WriteByte(f[i])
		}
	}
	return b.String()
}

// field returns fields[i], or "" past the end.
func field(fields []string, i int) string {
	if i < len(fields) {
		return fields[i]
	}
	return ""
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

func itoa(n int) string {
	if n == 0 {
		return ""
	}
	return strconv.Itoa(n)
}

func boolText(b bool) string {
	if b {
		return "1"
	}
	return ""
}

func floatText(v *float64) string {
	if v == nil {
		return ""
	}
	return strconv.FormatFloat(*v, 'g', -1, 64)
}

func parseFloat(s string) *float64 {
	if s == "" {
		return nil
	}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return nil
	}
	return &v
}
