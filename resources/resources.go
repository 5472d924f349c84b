// Package resources bundles the files the program ships with: the default
// report, the CJK font (with its licence) and the application icon.
package resources

import _ "embed"

// ReportName is the file name of the bundled report.
const ReportName = "00_dongchangfuqu_2024_plan.txt"

// Report is the bundled report (东昌府区 2023 plan execution and 2024 plan),
// UTF-8 text, imported into a new store on first run.
//
//go:embed 00_dongchangfuqu_2024_plan.txt
var Report []byte

// CJKFontName is the file name of the bundled CJK font.
const CJKFontName = "DroidSansFallbackFull.ttf"

// CJKFont is Droid Sans Fallback (Apache-2.0, see
// DroidSansFallback-LICENSE.txt): a single TrueType face that covers the
// CJK Unified Ideographs. It has no Latin letters or curly quotes, so text
// drawing must fall back to a Latin font for those runes.
//
//go:embed DroidSansFallbackFull.ttf
var CJKFont []byte

// Icon is the application icon (512×512 PNG), also named in FyneApp.toml.
//
//go:embed icon.png
var Icon []byte
