package bindings_test

import (
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/syncboost/syncboost/contracts/bindings"
)

func TestInboxRefusesIncompleteConfiguration(t *testing.T) {
	f := newFixture(t)
	cases := map[string]func(*bindings.InboxConfig){
		"slotSeconds": func(c *bindings.InboxConfig) { c.SlotSeconds = 0 },
		"sequencer":   func(c *bindings.InboxConfig) { c.Sequencer = common.Address{} },
		// Both an ECDSA key and a certificate verifier: which one certifies would be ambiguous.
		"sequencer and certificateVerifier": func(c *bindings.InboxConfig) { c.CertificateVerifier = common.Address{1} },
		"l2GenesisHash":                     func(c *bindings.InboxConfig) { c.L2GenesisHash = common.Hash{} },
		"forcedInclusionCap":                func(c *bindings.InboxConfig) { c.ForcedInclusionCap = 0 },
		"forcedTxMaxBytes":                  func(c *bindings.InboxConfig) { c.ForcedTxMaxBytes = 0 },
	}
	for field, edit := range cases {
		cfg := f.cfg
		edit(&cfg)
		code := deployCode(bindings.BasedInboxMetaData.Bin, f.ib.PackConstructor(cfg))
		res, err := f.chain.Simulate(f.chain.Head().Time+1, ethereum.CallMsg{From: keyAddr(f.deployer), Data: code})
		if err != nil {
			t.Fatal(err)
		}
		v, err := bindings.UnpackInboxError(res[0].RevertData)
		if e, ok := v.(*bindings.BasedInboxInvalidConfig); !ok || !strings.HasPrefix(field, e.Field) {
			t.Errorf("%s: deployment gave %#v %v", field, v, err)
		}
	}
}
