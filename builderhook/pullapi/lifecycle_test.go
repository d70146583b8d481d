package pullapi

import "github.com/syncboost/syncboost/sidecar/lifecycle"

// The supervisor learns of a dead listener through Fatal.
var _ interface {
	lifecycle.Component
	lifecycle.Failer
} = (*Server)(nil)
