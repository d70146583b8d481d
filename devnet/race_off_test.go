//go:build !race

package devnet

const raceEnabled = false
