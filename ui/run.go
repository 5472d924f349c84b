// Package ui starts the PolicyGraph desktop explorer. The window itself
// is built by package ui/explorer, which tests drive headless; this
// package only adds the real Fyne application (which needs cgo and a
// display) around it.
package ui

import (
	"os"

	"fyne.io/fyne/v2/app"

	"github.com/policygraph/policygraph/graphmodel"
	"github.com/policygraph/policygraph/resources"
	"github.com/policygraph/policygraph/ui/explorer"

	"fyne.io/fyne/v2"
)

// AppID is the Fyne application id (also in FyneApp.toml).
const AppID = "org.policygraph.app"

// Options configure the explorer; see explorer.Options.
type Options = explorer.Options

// Run opens the explorer window on st and blocks until it is closed.
// With opts.ImportBundled the bundled report is imported on the first
// run, with visible progress.
func Run(st *graphmodel.Store, opts Options) {
	a := app.NewWithID(AppID)
	a.SetIcon(fyne.NewStaticResource("icon.png", resources.Icon))
	opts.Animate = true
	opts.FocusTop = true
	e := explorer.New(a, st, opts)
	e.Window().SetMaster()
	e.Window().ShowAndRun()
}

// RunError shows why the explorer could not start in a small window and
// blocks until it is closed. It does nothing without a display, where the
// caller's message on standard error is all a user can see.
func RunError(err error) {
	if os.Getenv("DISPLAY") == "" && os.Getenv("WAYLAND_DISPLAY") == "" {
		return
	}
	a := app.NewWithID(AppID)
	a.SetIcon(fyne.NewStaticResource("icon.png", resources.Icon))
	explorer.ErrorWindow(a, err).ShowAndRun()
}
