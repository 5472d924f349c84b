#!/usr/bin/env bash
# setup.sh installs what PolicyGraph needs on a Debian/Ubuntu machine that has
# Go: the C libraries Fyne builds against (cgo) and, with --test, the tools the
# test suite drives (Xvfb, ImageMagick, xdotool, graphviz, PostgreSQL).
# It only installs packages that are missing, so a second run is quick.
set -euo pipefail

build_pkgs=(gcc pkg-config libgl1-mesa-dev libxcursor-dev libxrandr-dev libxinerama-dev libxi-dev libxxf86vm-dev)
test_pkgs=(xvfb xauth imagemagick x11-apps xdotool graphviz postgresql)

want=("${build_pkgs[@]}")
if [[ "${1:-}" == "--test" ]]; then
	want+=("${test_pkgs[@]}")
fi

if ! command -v go >/dev/null 2>&1; then
	echo "setup: Go is not installed or not on PATH; install Go 1.26 or newer (https://go.dev/dl/) and run again." >&2
	exit 1
fi

missing=()
for p in "${want[@]}"; do
	if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
		missing+=("$p")
	fi
done

if ((${#missing[@]} > 0)); then
	echo "setup: installing ${missing[*]}"
	sudo=""
	if [[ $(id -u) -ne 0 ]]; then
		sudo="sudo"
	fi
	$sudo apt-get update -qq
	DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
