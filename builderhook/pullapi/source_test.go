package pullapi

import (
	"github.com/syncboost/syncboost/builderhook"
	"github.com/syncboost/syncboost/builderhook/pullstore"
)

// A builder reads bundles through builderhook.Source from any of these.
var (
	_ builderhook.Source = (*Client)(nil)
	_ builderhook.Source = (*Mirror)(nil)
	_ builderhook.Source = (*pullstore.Store)(nil)
	_ Store              = (*pullstore.Store)(nil)
)
