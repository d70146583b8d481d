//go:build race

package devnet

// raceEnabled: the race detector slows every part of the devnet several times over, on the
// same two cores.
const raceEnabled = true
