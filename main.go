// Command policygraph is a desktop knowledge-graph explorer for Chinese
// local-government reports. See README.md.
package main

import (
	"os"

	"github.com/policygraph/policygraph/app"
)

func main() {
	os.Exit(app.Main(os.Args[1:], os.Stdout, os.Stderr))
}
