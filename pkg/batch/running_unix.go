//go:build unix

package batch

import (
	"errors"
	"syscall"
)

// processRunning reports whether a process with pid runs on this machine.
func processRunning(pid int) bool {
	err := syscall.Kill(pid, 0)
	return err == nil || errors.Is(err, syscall.EPERM)
}
