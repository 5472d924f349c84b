// Package app wires the command line, the store and the window together.
// It holds no extraction, storage or drawing logic of its own.
package app

import (
	"errors"
	"fmt"
	"io"
	"strings"
)

const usageText = `PolicyGraph (政策图谱): a knowledge-graph explorer for Chinese local-government reports.

Usage:
  policygraph [--store S]                     open the explorer (imports the bundled report on first run)
  policygraph extract [--json] FILE...        extract entities, relations and indicators
  policygraph import [--store S] FILE...      import reports (.txt UTF-8/UTF-16/GB18030, .html, .docx) or N-Quads (.nq)
  policygraph documents [--store S]           list the imported documents
  policygraph remove [--store S] DOC-ID...    remove documents and every fact they contributed
  policygraph neighbors [--store S] NAME [--depth N] [--types T,...] [--json]
  policygraph export [--store S] --focus NAME [--depth N] [--types T,...]
                     --format png|svg|graphml|gexf|csv|nquads|dot|json -o FILE [--scale K]
  policygraph export --in FILE.nq|FILE.graphml --format ... -o FILE

--store takes a directory (embedded bolt store; default: the user's data directory)
or a postgres:// URL (shared store on PostgreSQL through Cayley's SQL backend).
Entity types: town, enterprise, project, policy, organisation, indicator, region.
`

// Main runs the command named by args and returns the process exit code:
// 0 on success, 1 when the command failed, 2 on wrong usage.
func Main(args []string, stdout, stderr io.Writer) int {
	err := dispatch(args, stdout, stderr)
	var ue usageError
	switch {
	case err == nil:
		return 0
	case errors.Is(err, errHelp):
		fmt.Fprint(stdout, usageText)
		return 0
	case errors.As(err, &ue):
		fmt.Fprintf(stderr, "policygraph: %v\n\n%s", err, usageText)
		return 2
	default:
		fmt.Fprintf(stderr, "policygraph: %v\n", err)
		return 1
	}
}

var errHelp = errors.New("help requested")

func dispatch(args []string, stdout, stderr io.Writer) error {
	if len(args) == 0 || strings.HasPrefix(args[0], "-") && !isHelp(args[0]) {
		return cmdExplore(args, stderr)
	}
	cmd, rest := args[0], args[1:]
	switch cmd {
	case "extract":
		return cmdExtract(rest, stdout, stderr)
	case "import":
		return cmdImport(rest, stdout, stderr)
	case "documents":
		return cmdDocuments(rest, stdout, stderr)
	case "remove":
		return cmdRemove(rest, stdout, stderr)
	case "neighbors", "neighbours":
		return cmdNeighbors(rest, stdout, stderr)
	case "export":
		return cmdExport(rest, stdout, stderr)
	case "help":
		return errHelp
	default:
		if isHelp(cmd) {
			return errHelp
		}
		return usagef("unknown command %q", cmd)
	}
}

func isHelp(s string) bool { return s == "-h" || s == "-help" || s == "--help" }
