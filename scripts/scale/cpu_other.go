//go:build !linux

package main

import "time"

// cpuTime is not measured on this system.
func cpuTime() time.Duration { return 0 }

// threadCPU is not measured on this system.
func threadCPU() time.Duration { return 0 }
