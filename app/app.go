// Package app wires the command line, the store and the window together.
package app

import (
	"fmt"
	"io"
)

// Main runs the command named by args and returns the process exit code.
func Main(args []string, stdout, stderr io.Writer) int {
	fmt.Fprintln(stderr, "policygraph: not built yet")
	return 2
}
