package app

import (
	"io"

	"github.com/policygraph/policygraph/graphmodel"
	"github.com/policygraph/policygraph/ui"
)

// cmdExplore opens the explorer window on a store; with no store given it
// uses the default store and imports the bundled report on first run. When
// the store cannot be opened the reason is shown in a window as well as on
// standard error, for users who started the program from a desktop icon.
func cmdExplore(args []string, stderr io.Writer) error {
	fs := newFlags("policygraph", stderr)
	store := fs.String("store", "", "store directory or postgres:// URL")
	dark := fs.Bool("dark", false, "start with the dark theme")
	rest, err := parseArgs(fs, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return usagef("unexpected argument %q", rest[0])
	}
	st, err := graphmodel.Open(*store)
	if err != nil {
		ui.RunError(err)
		return err
	}
	defer st.Close()
	ui.Run(st, ui.Options{ImportBundled: true, Dark: *dark})
	return nil
}
