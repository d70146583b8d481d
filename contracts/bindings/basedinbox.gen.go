// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package bindings

import (
	"bytes"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = bytes.Equal
	_ = errors.New
	_ = big.NewInt
	_ = common.Big1
	_ = types.BloomLookup
	_ = abi.ConvertType
)

// Assertion is an auto generated low-level Go binding around an user-defined struct.
type Assertion struct {
	Target common.Address
	Data   []byte
	Expect [32]byte
}

// BasedBlock is an auto generated low-level Go binding around an user-defined struct.
type BasedBlock struct {
	ParentHash    [32]byte
	DataMode      uint8
	TxData        []byte
	BlobCount     uint8
	ForcedCount   uint16
	PostStateRoot [32]byte
	Proof         []byte
}

// BasedCall is an auto generated low-level Go binding around an user-defined struct.
type BasedCall struct {
	ChainId   *big.Int
	Inbox     common.Address
	Submitter common.Address
	L1Slot    uint64
	Target    common.Address
	Value     *big.Int
	Data      []byte
	Nonce     *big.Int
	Deadline  uint64
	BundleId  [32]byte
}

// CallBundle is an auto generated low-level Go binding around an user-defined struct.
type CallBundle struct {
	PreCalls   []SignedCall
	PostCalls  []SignedCall
	Assertions []Assertion
}

// CommitmentPreimage is an auto generated low-level Go binding around an user-defined struct.
type CommitmentPreimage struct {
	Inbox         common.Address
	L1ChainId     *big.Int
	L1BlockNumber uint64
	L1ParentHash  [32]byte
	L1Timestamp   uint64
	Proposer      common.Address
	ParentId      [32]byte
	L2BlockNumber uint64
	DataMode      uint8
	DataHash      [32]byte
	ForcedStart   uint64
	ForcedCount   uint16
}

// InboxConfig is an auto generated low-level Go binding around an user-defined struct.
type InboxConfig struct {
	GenesisTime             uint64
	SlotSeconds             uint64
	L2ChainId               *big.Int
	L2GenesisHash           [32]byte
	L2GenesisStateRoot      [32]byte
	Sequencer               common.Address
	StateVerifier           common.Address
	ForcedInclusionFee      *big.Int
	ForcedInclusionDelay    uint64
	ForcedInclusionCap      uint16
	ForcedTxMaxBytes        uint32
	ImplicitSlotEndingIndex uint32
}

// L2Head is an auto generated low-level Go binding around an user-defined struct.
type L2Head struct {
	Id        [32]byte
	StateRoot [32]byte
	Number    uint64
	L1Slot    uint64
	Based     bool
}

// Proposal is an auto generated low-level Go binding around an user-defined struct.
type Proposal struct {
	Proposer      common.Address
	L1Block       uint64
	ForcedCount   uint16
	Confirmed     bool
	ParentId      [32]byte
	L2BlockNumber uint64
	ForcedStart   uint64
	PostStateRoot [32]byte
}

// ProposedBlock is an auto generated low-level Go binding around an user-defined struct.
type ProposedBlock struct {
	L2BlockNumber   uint64
	L1Slot          uint64
	Anchor          uint8
	DataMode        uint8
	DataHash        [32]byte
	BlobHashes      [][32]byte
	TxData          []byte
	ForcedStart     uint64
	ForcedTxs       [][]byte
	ParentStateRoot [32]byte
	PostStateRoot   [32]byte
}

// SignedCall is an auto generated low-level Go binding around an user-defined struct.
type SignedCall struct {
	Account   common.Address
	Call      BasedCall
	Signature []byte
}

// SlotEnding is an auto generated low-level Go binding around an user-defined struct.
type SlotEnding struct {
	L2ChainId     *big.Int
	L2BlockNumber uint64
	L2BlockHash   [32]byte
	L2ParentHash  [32]byte
	L2StateRoot   [32]byte
	L1Slot        uint64
	L1ParentHash  [32]byte
	SeqIndex      uint32
	SlotEnding    bool
}

// Submission is an auto generated low-level Go binding around an user-defined struct.
type Submission struct {
	SlotEnding  SlotEnding
	Certificate []byte
	Blk         BasedBlock
	Bundles     []CallBundle
}

// BasedInboxMetaData contains all meta data concerning the BasedInbox contract.
var BasedInboxMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"genesisTime\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"slotSeconds\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"l2ChainId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"l2GenesisHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"l2GenesisStateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"sequencer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"stateVerifier\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"forcedInclusionFee\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"forcedInclusionDelay\",\"type\":\"uint64\"},{\"internalType\":\"uint16\",\"name\":\"forcedInclusionCap\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"forcedTxMaxBytes\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"implicitSlotEndingIndex\",\"type\":\"uint32\"}],\"internalType\":\"structInboxConfig\",\"name\":\"cfg\",\"type\":\"tuple\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"bundle\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"callReverted\",\"type\":\"bool\"},{\"internalType\":\"bytes32\",\"name\":\"returnDataHash\",\"type\":\"bytes32\"}],\"name\":\"AssertionFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"genesisTime\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"}],\"name\":\"BeforeGenesis\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"leg\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"bundle\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"reason\",\"type\":\"bytes\"}],\"name\":\"CallFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"lastCertifiedSlot\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"currentSlot\",\"type\":\"uint64\"}],\"name\":\"CertificateRequired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"}],\"name\":\"CommitmentExists\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EnqueueDuringSubmission\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"FeeTransferFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"due\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"included\",\"type\":\"uint256\"}],\"name\":\"ForcedInclusionDue\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"size\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"ForcedTransactionSize\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"field\",\"type\":\"string\"}],\"name\":\"InvalidConfig\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"headId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"headNumber\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"headSlot\",\"type\":\"uint64\"}],\"name\":\"L2HeadNotExtended\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"MissingBlob\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoProvenStateRoot\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoStateVerifier\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"leg\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"bundle\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"NotAnAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"}],\"name\":\"NotSequencer\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotSlotEnding\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"expected\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"got\",\"type\":\"bytes32\"}],\"name\":\"ParentMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"parentId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"headId\",\"type\":\"bytes32\"}],\"name\":\"ParentNotHead\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ParentStateRootUnknown\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"Reentered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"parentStateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"postStateRoot\",\"type\":\"bytes32\"}],\"name\":\"StateProofRejected\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"}],\"name\":\"StateRootNotProven\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"included\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"TooManyForcedEntries\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"blobCount\",\"type\":\"uint8\"}],\"name\":\"UnexpectedBlobCount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"UnexpectedTxData\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"mode\",\"type\":\"uint8\"}],\"name\":\"UnknownDataMode\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"leg\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"bundle\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"bundleId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"signed\",\"type\":\"bytes32\"}],\"name\":\"WrongBundleId\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"sent\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"required\",\"type\":\"uint256\"}],\"name\":\"WrongForcedInclusionFee\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"expected\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"got\",\"type\":\"bytes32\"}],\"name\":\"WrongL1Parent\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"expected\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"}],\"name\":\"WrongL2Chain\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"currentSlot\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"messageSlot\",\"type\":\"uint64\"}],\"name\":\"WrongSlot\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"leg\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"bundle\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"submitter\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"WrongSubmitter\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"parentId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"l2BlockNumber\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"assertions\",\"type\":\"uint256\"}],\"name\":\"BasedBlockConfirmed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"parentId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"proposer\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"l2BlockNumber\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"l1Slot\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"anchor\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"dataMode\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"dataHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"blobHashes\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes\",\"name\":\"txData\",\"type\":\"bytes\"},{\"internalType\":\"uint64\",\"name\":\"forcedStart\",\"type\":\"uint64\"},{\"internalType\":\"bytes[]\",\"name\":\"forcedTxs\",\"type\":\"bytes[]\"},{\"internalType\":\"bytes32\",\"name\":\"parentStateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"postStateRoot\",\"type\":\"bytes32\"}],\"indexed\":false,\"internalType\":\"structProposedBlock\",\"name\":\"info\",\"type\":\"tuple\"}],\"name\":\"BasedBlockProposed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"enqueuedAt\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"rawTx\",\"type\":\"bytes\"}],\"name\":\"ForcedTransactionEnqueued\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"l2BlockHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"l2BlockNumber\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"l1Slot\",\"type\":\"uint64\"}],\"name\":\"SequencerProgress\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"ANCHOR_BASED\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"ANCHOR_HEAD\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"ANCHOR_SLOT_ENDING\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"BASED_MODE_AFTER_SLOTS\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DATA_BLOBS\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DATA_CALLDATA\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"LEG_POST\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"LEG_PRE\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_ASSERTION_RETURN\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_CALL_REASON\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"SLOT_ENDING_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"basedModeOpen\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"inbox\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"submitter\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"l1Slot\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"bundleId\",\"type\":\"bytes32\"}],\"internalType\":\"structBasedCall\",\"name\":\"call\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"internalType\":\"structSignedCall[]\",\"name\":\"preCalls\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"inbox\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"submitter\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"l1Slot\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"bundleId\",\"type\":\"bytes32\"}],\"internalType\":\"structBasedCall\",\"name\":\"call\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"internalType\":\"structSignedCall[]\",\"name\":\"postCalls\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"expect\",\"type\":\"bytes32\"}],\"internalType\":\"structAssertion[]\",\"name\":\"assertions\",\"type\":\"tuple[]\"}],\"internalType\":\"structCallBundle\",\"name\":\"b\",\"type\":\"tuple\"}],\"name\":\"callBundleId\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"inbox\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"l1ChainId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"l1BlockNumber\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"l1ParentHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"l1Timestamp\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"proposer\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"parentId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"l2BlockNumber\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"dataMode\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"dataHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"forcedStart\",\"type\":\"uint64\"},{\"internalType\":\"uint16\",\"name\":\"forcedCount\",\"type\":\"uint16\"}],\"internalType\":\"structCommitmentPreimage\",\"name\":\"p\",\"type\":\"tuple\"}],\"name\":\"commitmentOf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"start\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"}],\"name\":\"countDueForced\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"due\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"currentSlot\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"domainSeparator\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"rawTx\",\"type\":\"bytes\"}],\"name\":\"enqueueForcedTransaction\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"}],\"name\":\"forcedEntry\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"enqueuedAt\",\"type\":\"uint64\"},{\"internalType\":\"bytes\",\"name\":\"rawTx\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"forcedHead\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"forcedInclusionCap\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"forcedInclusionDelay\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"forcedInclusionFee\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"forcedTail\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"forcedTxMaxBytes\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"genesisTime\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"l2ChainId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"l2BlockNumber\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"l2BlockHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"l2ParentHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"l2StateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"l1Slot\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"l1ParentHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"seqIndex\",\"type\":\"uint32\"},{\"internalType\":\"bool\",\"name\":\"slotEnding\",\"type\":\"bool\"}],\"internalType\":\"structSlotEnding\",\"name\":\"m\",\"type\":\"tuple\"}],\"name\":\"hashSlotEnding\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"implicitSlotEndingIndex\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"}],\"name\":\"isConfirmed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"l2ChainId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"l2BlockNumber\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"l2BlockHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"l2ParentHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"l2StateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"l1Slot\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"l1ParentHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"seqIndex\",\"type\":\"uint32\"},{\"internalType\":\"bool\",\"name\":\"slotEnding\",\"type\":\"bool\"}],\"internalType\":\"structSlotEnding\",\"name\":\"se\",\"type\":\"tuple\"}],\"name\":\"isSlotEnding\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"l2ChainId\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"l2Head\",\"outputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"l1Slot\",\"type\":\"uint64\"},{\"internalType\":\"bool\",\"name\":\"based\",\"type\":\"bool\"}],\"internalType\":\"structL2Head\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"lastCertifiedSlot\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"latestConfirmedStateRoot\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"l2BlockNumber\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"}],\"name\":\"proposal\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"proposer\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"l1Block\",\"type\":\"uint64\"},{\"internalType\":\"uint16\",\"name\":\"forcedCount\",\"type\":\"uint16\"},{\"internalType\":\"bool\",\"name\":\"confirmed\",\"type\":\"bool\"},{\"internalType\":\"bytes32\",\"name\":\"parentId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"l2BlockNumber\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"forcedStart\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"postStateRoot\",\"type\":\"bytes32\"}],\"internalType\":\"structProposal\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"}],\"name\":\"provenStateRoot\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"l2ChainId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"l2BlockNumber\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"l2BlockHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"l2ParentHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"l2StateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"l1Slot\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"l1ParentHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"seqIndex\",\"type\":\"uint32\"},{\"internalType\":\"bool\",\"name\":\"slotEnding\",\"type\":\"bool\"}],\"internalType\":\"structSlotEnding\",\"name\":\"message\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"certificate\",\"type\":\"bytes\"}],\"name\":\"recordSequenced\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"sequencer\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"l2ChainId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"l2BlockNumber\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"l2BlockHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"l2ParentHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"l2StateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"l1Slot\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"l1ParentHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"seqIndex\",\"type\":\"uint32\"},{\"internalType\":\"bool\",\"name\":\"slotEnding\",\"type\":\"bool\"}],\"internalType\":\"structSlotEnding\",\"name\":\"m\",\"type\":\"tuple\"}],\"name\":\"slotEndingDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"slotSeconds\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"stateVerifier\",\"outputs\":[{\"internalType\":\"contractIStateVerifier\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"l2ChainId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"l2BlockNumber\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"l2BlockHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"l2ParentHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"l2StateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"l1Slot\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"l1ParentHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"seqIndex\",\"type\":\"uint32\"},{\"internalType\":\"bool\",\"name\":\"slotEnding\",\"type\":\"bool\"}],\"internalType\":\"structSlotEnding\",\"name\":\"slotEnding\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"certificate\",\"type\":\"bytes\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"parentHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"dataMode\",\"type\":\"uint8\"},{\"internalType\":\"bytes\",\"name\":\"txData\",\"type\":\"bytes\"},{\"internalType\":\"uint8\",\"name\":\"blobCount\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"forcedCount\",\"type\":\"uint16\"},{\"internalType\":\"bytes32\",\"name\":\"postStateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"internalType\":\"structBasedBlock\",\"name\":\"blk\",\"type\":\"tuple\"},{\"components\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"inbox\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"submitter\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"l1Slot\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"bundleId\",\"type\":\"bytes32\"}],\"internalType\":\"structBasedCall\",\"name\":\"call\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"internalType\":\"structSignedCall[]\",\"name\":\"preCalls\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"inbox\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"submitter\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"l1Slot\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"bundleId\",\"type\":\"bytes32\"}],\"internalType\":\"structBasedCall\",\"name\":\"call\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"internalType\":\"structSignedCall[]\",\"name\":\"postCalls\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"expect\",\"type\":\"bytes32\"}],\"internalType\":\"structAssertion[]\",\"name\":\"assertions\",\"type\":\"tuple[]\"}],\"internalType\":\"structCallBundle[]\",\"name\":\"bundles\",\"type\":\"tuple[]\"}],\"internalType\":\"structSubmission\",\"name\":\"s\",\"type\":\"tuple\"}],\"name\":\"submitBased\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"transientStateRoot\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"l2BlockNumber\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "BasedInbox",
	Bin: "0x6101c0604052348015610010575f5ffd5b5060405161453f38038061453f83398101604081905261002f916103d4565b60e0808201516101008301516101208401516101408501516080939093526001600160401b0391821660a05261ffff1660c05263ffffffff9091169091526020820151165f036100b5576040516389a6198960e01b815260206004820152600b60248201526a736c6f745365636f6e647360a81b60448201526064015b60405180910390fd5b60a08101516001600160a01b03166100fc576040516389a6198960e01b815260206004820152600960248201526839b2b8bab2b731b2b960b91b60448201526064016100ac565b606081015161013e576040516389a6198960e01b815260206004820152600d60248201526c0d8648ecadccae6d2e690c2e6d609b1b60448201526064016100ac565b80610120015161ffff165f0361018c576040516389a6198960e01b81526020600482015260126024820152710666f72636564496e636c7573696f6e4361760741b60448201526064016100ac565b80610140015163ffffffff165f036101da576040516389a6198960e01b815260206004820152601060248201526f666f7263656454784d6178427974657360801b60448201526064016100ac565b80516001600160401b0390811661010052602082015181166101205260408201516101405260a08201516001600160a01b0390811661016090815260c08401519091166101805282015163ffffffff166101a05281515f91164210610246576102416102cf565b610248565b5f5b6040805160a081018252606085810151808352608096870151602084018190525f9484018590526001600160401b0395909516918301829052959091019190915260029390935560035550600480546001600160881b03191668010000000000000000830260ff60801b1916179055600580546001600160401b03191690911790556104ec565b5f610100516001600160401b031642101561031657610100516040516308649c4d60e01b81526001600160401b0391821660048201524290911660248201526044016100ac565b610120516001600160401b0316610100516001600160401b03164261033b91906104a8565b61034591906104cd565b905090565b60405161018081016001600160401b038111828210171561037957634e487b7160e01b5f52604160045260245ffd5b60405290565b80516001600160401b0381168114610395575f5ffd5b919050565b80516001600160a01b0381168114610395575f5ffd5b805161ffff81168114610395575f5ffd5b805163ffffffff81168114610395575f5ffd5b5f6101808284031280156103e6575f5ffd5b506103ef61034a565b6103f88361037f565b81526104066020840161037f565b602082015260408381015190820152606080840151908201526080808401519082015261043560a0840161039a565b60a082015261044660c0840161039a565b60c082015260e08381015190820152610462610100840161037f565b61010082015261047561012084016103b0565b61012082015261048861014084016103c1565b61014082015261049b61016084016103c1565b6101608201529392505050565b818103818111156104c757634e487b7160e01b5f52601160045260245ffd5b92915050565b5f826104e757634e487b7160e01b5f52601260045260245ffd5b500490565b60805160a05160c05160e05161010051610120516101405161016051610180516101a051613f5f6105e05f395f818161041f0152610b6c01525f818161074f01528181612ec30152612f3001525f8181610593015261264d01525f81816107e9015281816125cf015261260201525f81816106650152610abd01525f81816104ee01528181610a3b01528181610a810152610ae701525f818161038401528181611013015261105601525f81816106c40152818161099501528181612ca40152612ccf01525f818161045201526109e301525f818161063201528181610f9e01528181610fd8015261213d0152613f5f5ff3fe608060405260043610610254575f3560e01c80636da590411161013f578063c24acbb2116100b3578063e31f064c11610078578063e31f064c1461083e578063f0004fe61461085d578063f698da251461087e578063f7cf6ce614610892578063fbb04a82146108b1578063fceb8d7c146108e4575f5ffd5b8063c24acbb2146107a4578063d23ee6c3146107b9578063d6ae3cd5146107d8578063df1edb5d1461080b578063e1e68c161461082a575f5ffd5b80638c708898116101045780638c7088981461071f5780638ec186841461070c57806391caa9411461073e57806397359c9b14610771578063aa36a2891461070c578063bf6f030014610790575f5ffd5b80636da5904114610687578063740111b4146106b357806375671156146104b55780637641fa3e146106f957806376de31121461070c575f5ffd5b8063424c11fb116101d65780635c1bba381161019b5780635c1bba38146105825780635ece0077146104b5578063612b3275146105cd5780636486aa51146105ec57806364bb0a22146106215780636738bc6a14610654575f5ffd5b8063424c11fb146104c957806342c6498a146104dd578063433b953f1461051057806352be2bb81461052e57806352e863bd1461055d575f5ffd5b806324888cb51161021c57806324888cb51461040e5780632f2f76411461044157806332ecf5ee1461048c5780633359632e146104a15780633aec8ea8146104b5575f5ffd5b8063039eb05d1461025857806305c063bd146102945780631762e968146103735780631a283509146103bb5780631fec8032146103e8575b5f5ffd5b348015610263575f5ffd5b5061026c610911565b604080519384526001600160401b039092166020840152908201526060015b60405180910390f35b34801561029f575f5ffd5b5061031e6040805160a0810182525f80825260208201819052918101829052606081018290526080810191909152506040805160a081018252600254815260035460208201526004546001600160401b0380821693830193909352600160401b81049092166060820152600160801b90910460ff161515608082015290565b60405161028b91905f60a08201905082518252602083015160208301526001600160401b0360408401511660408301526001600160401b03606084015116606083015260808301511515608083015292915050565b34801561037e575f5ffd5b506103a67f000000000000000000000000000000000000000000000000000000000000000081565b60405163ffffffff909116815260200161028b565b3480156103c6575f5ffd5b506103da6103d53660046131b0565b610962565b60405190815260200161028b565b3480156103f3575f5ffd5b506103fc600281565b60405160ff909116815260200161028b565b348015610419575f5ffd5b506103a67f000000000000000000000000000000000000000000000000000000000000000081565b34801561044c575f5ffd5b506104747f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160401b03909116815260200161028b565b348015610497575f5ffd5b506103da61080081565b3480156104ac575f5ffd5b50610474610a38565b3480156104c0575f5ffd5b506103fc600181565b3480156104d4575f5ffd5b5061026c610b29565b3480156104e8575f5ffd5b506104747f000000000000000000000000000000000000000000000000000000000000000081565b34801561051b575f5ffd5b505f54610474906001600160401b031681565b348015610539575f5ffd5b5061054d6105483660046131f2565b610b69565b604051901515815260200161028b565b348015610568575f5ffd5b505f5461047490600160401b90046001600160401b031681565b34801561058d575f5ffd5b506105b57f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b03909116815260200161028b565b3480156105d8575f5ffd5b506103da6105e736600461320d565b610bd4565b3480156105f7575f5ffd5b5061054d610606366004613244565b5f90815260076020526040902054600160f01b900460ff1690565b34801561062c575f5ffd5b506103da7f000000000000000000000000000000000000000000000000000000000000000081565b34801561065f575f5ffd5b506104747f000000000000000000000000000000000000000000000000000000000000000081565b348015610692575f5ffd5b506106a66106a1366004613244565b610ed8565b60405161028b919061325b565b3480156106be575f5ffd5b506106e67f000000000000000000000000000000000000000000000000000000000000000081565b60405161ffff909116815260200161028b565b610474610707366004613335565b610f78565b348015610717575f5ffd5b506103fc5f81565b34801561072a575f5ffd5b506103da610739366004613373565b6111b7565b348015610749575f5ffd5b506105b57f000000000000000000000000000000000000000000000000000000000000000081565b34801561077c575f5ffd5b506103da61078b366004613244565b611227565b34801561079b575f5ffd5b5061054d611277565b3480156107af575f5ffd5b506103da61100081565b3480156107c4575f5ffd5b50600554610474906001600160401b031681565b3480156107e3575f5ffd5b506103da7f000000000000000000000000000000000000000000000000000000000000000081565b348015610816575f5ffd5b506103da6108253660046131f2565b6112b1565b348015610835575f5ffd5b50610474600a81565b348015610849575f5ffd5b506103da61085836600461341d565b6112d1565b348015610868575f5ffd5b5061087c6108773660046134f0565b6112e3565b005b348015610889575f5ffd5b506103da611391565b34801561089d575f5ffd5b506103da6108ac3660046131f2565b6113dc565b3480156108bc575f5ffd5b506103da7f613edcae72daa1fb94e4899a2b1ee6eb5d22753115eb32e58f3c23174093b88e81565b3480156108ef575f5ffd5b506109036108fe366004613541565b611410565b60405161028b929190613588565b6006545f80826109375760405160016247648960e01b0319815260040160405180910390fd5b50505f818152600760205260409020600281015460039091015491926001600160401b039091169190565b5f8054600160401b90046001600160401b0316835b816001600160401b0316816001600160401b03161080156109bb57507f000000000000000000000000000000000000000000000000000000000000000061ffff1683105b15610a30576001600160401b038181165f9081526001602052604090205481861691610a0b917f0000000000000000000000000000000000000000000000000000000000000000821691166135bd565b11610a305782610a1a816135d0565b9350508080610a28906135e8565b915050610977565b505092915050565b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160401b0316421015610abb576040516308649c4d60e01b81526001600160401b037f000000000000000000000000000000000000000000000000000000000000000081166004830152421660248201526044015b60405180910390fd5b7f00000000000000000000000000000000000000000000000000000000000000006001600160401b03167f00000000000000000000000000000000000000000000000000000000000000006001600160401b031642610b1a9190613612565b610b249190613625565b905090565b5f808060015c610b4f5760405160016247648960e01b0319815260040160405180910390fd5b505060015c916001600160401b0360025c16915060035c90565b5f7f000000000000000000000000000000000000000000000000000000000000000063ffffffff811615610bbb5763ffffffff8116610baf610100850160e08601613657565b63ffffffff1614610bcd565b610bcd6101208401610100850161368b565b9392505050565b5f60ff815c1615610bf85760405163b5dfd9e560e01b815260040160405180910390fd5b60015f805c60ff19168217905d505f610c2d83610c196101208201826136a6565b610c276101408801886136e8565b356114cd565b90505f610c3e610160850185613706565b90506001600160401b03811115610c5757610c576133a9565b604051908082528060200260200182016040528015610c80578160200160208202803683370190505b5090505f5b8151811015610d4457610cc1610c9f610160870187613706565b83818110610caf57610caf61374b565b9050602002810190610739919061375f565b828281518110610cd357610cd361374b565b6020908102919091010152610d3c610cef610160870187613706565b83818110610cff57610cff61374b565b9050602002810190610d11919061375f565b610d1b9080613706565b5f84868681518110610d2f57610d2f61374b565b60200260200101516117ed565b600101610c85565b50610d4d613152565b610d6483610d5f6101408801886136e8565b611a3e565b60e0810151919550915015610db85760a081015160e082015185919060015f6002818460035d8591906101000a815c816001600160401b0302191690836001600160401b03160217905d50849190505d5050505b5f805b8351811015610e7557610e1a610dd5610160890189613706565b83818110610de557610de561374b565b9050602002810190610df7919061375f565b610e05906020810190613706565b600184888681518110610d2f57610d2f61374b565b610e61610e2b610160890189613706565b83818110610e3b57610e3b61374b565b9050602002810190610e4d919061375f565b610e5b906040810190613706565b83611d74565b610e6b90836135bd565b9150600101610dbb565b50610e81858383611f01565b5f80806001816002818060035d8591906101000a815c816001600160401b0302191690836001600160401b03160217905d50849190505d505f91505060ff19815c16815d50610ecf8261213a565b50505050919050565b610ee0613152565b505f9081526007602090815260409182902082516101008101845281546001600160a01b0381168252600160a01b81046001600160401b0390811694830194909452600160e01b810461ffff1694820194909452600160f01b90930460ff161515606084015260018101546080840152600281015480831660a0850152600160401b900490911660c08301526003015460e082015290565b5f805c60ff1615610f9c57604051630fb82d8b60e01b815260040160405180910390fd5b7f00000000000000000000000000000000000000000000000000000000000000003414611004576040516340bd132960e01b81523460048201527f00000000000000000000000000000000000000000000000000000000000000006024820152604401610ab2565b811580611036575063ffffffff7f00000000000000000000000000000000000000000000000000000000000000001682115b156110835760405163150cb2af60e21b81526004810183905263ffffffff7f0000000000000000000000000000000000000000000000000000000000000000166024820152604401610ab2565b5f8054600160401b90046001600160401b03169060086110a2836135e8565b91906101000a8154816001600160401b0302191690836001600160401b0316021790555090506040518060400160405280426001600160401b0316815260200184848080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201829052509390945250506001600160401b0384811682526001602081815260409093208551815467ffffffffffffffff19169316929092178255918401519092509082019061115e90826137f3565b50905050336001600160a01b0316816001600160401b03167fee188a38b22b4a8bee4b26719aee5e249282202ba4507f46ad0ca9b21a771aa74286866040516111a9939291906138d9565b60405180910390a392915050565b5f6111ca6111c58380613706565b6121ec565b6111da6111c56020850185613706565b6111ef6111ea6040860186613706565b61243d565b60408051602081019490945283019190915260608201526080015b604051602081830303815290604052805190602001209050919050565b5f81815260076020526040902060038101549081158061125057508054600160f01b900460ff16155b1561127157604051631bca565f60e11b815260048101849052602401610ab2565b50919050565b6005545f9061129190600a906001600160401b0316613904565b6001600160401b03166112a2610a38565b6001600160401b031611905090565b5f6112cb6112bd611391565b6112c6846113dc565b61258b565b92915050565b5f8160405160200161120a9190613923565b60ff5f5c16156113065760405163b5dfd9e560e01b815260040160405180910390fd5b5f61130f610a38565b90506001600160401b03811661132b60c0860160a08701613541565b6001600160401b03161115611377578061134b60c0860160a08701613541565b604051630372eacf60e41b81526001600160401b03928316600482015291166024820152604401610ab2565b6113828484846125cb565b61138b846126a8565b50505050565b5f610b247f09f1975d7c3de2c3600511fa36e96bc9875ea316cee7449e6e5fc586d54454367fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc66129b6565b5f7f613edcae72daa1fb94e4899a2b1ee6eb5d22753115eb32e58f3c23174093b88e8260405160200161120a929190613a1d565b6001600160401b038082165f908152600160208190526040822080549181018054939460609492931691819061144590613773565b80601f016020809104026020016040519081016040528092919081815260200182805461147190613773565b80156114bc5780601f10611493576101008083540402835291602001916114bc565b820191905f5260205f20905b81548152906001019060200180831161149f57829003601f168201915b505050505090509250925050915091565b604080516080810182525f8082526020820181905291810182905260608101919091525f8281526007602052604090208054600160f01b900460ff168015611526575080546001600160401b03600160a01b9091041643145b1561159657604080516080810182526001815260028301546001600160401b03808216602084015260038501549383019390935283549192606084019261158292600160e01b90910461ffff1691600160401b90910416613904565b6001600160401b03168152509150506117e5565b5f8490036116a9576115a6611277565b6115ea576005546001600160401b03166115be610a38565b6040516388241ad360e01b81526001600160401b03928316600482015291166024820152604401610ab2565b6040805160a08101825260025480825260035460208301526004546001600160401b0380821694840194909452600160401b81049093166060830152600160801b90920460ff16151560808201529084146116655780516040516359b3f2d360e01b8152600481019190915260248101859052604401610ab2565b6040805160808101825260028152828201516001600160401b0390811660208084019190915290930151918101919091525f54909116606082015291506117e59050565b5f6116b2610a38565b90506001600160401b0381166116ce60c0890160a08a01613541565b6001600160401b0316146116ed578061134b60c0890160a08a01613541565b5f6116f9600143613612565b409050808860c001351461172d5760405163309e5f9d60e01b81526004810182905260c08901356024820152604401610ab2565b61173688610b69565b61175357604051630344ec0d60e61b815260040160405180910390fd5b61175e8888886125cb565b611767886126a8565b8760400135851461179857604080516359b3f2d360e01b815290890135600482015260248101869052604401610ab2565b60405180608001604052805f60ff1681526020018960200160208101906117bf9190613541565b6001600160401b03908116825260808b013560208301525f541660409091015293505050505b949350505050565b5f5b84811015611a36573686868381811061180a5761180a61374b565b905060200281019061181c919061375f565b90503361182c6020830183613ad4565b61183d906060810190604001613ae9565b6001600160a01b0316146118ac5784848361185b6020850185613ad4565b61186c906060810190604001613ae9565b604051630463aa2f60e01b815260ff9094166004850152602484019290925260448301526001600160a01b0316606482015233608482015260a401610ab2565b826118ba6020830183613ad4565b61012001351461191357848483856118d56020860186613ad4565b6040516347a7fff360e01b815260ff90951660048601526024850193909352604484019190915260648301526101200135608482015260a401610ab2565b5f6119216020830183613ad4565b61192e60408401846136a6565b60405160240161194093929190613b43565b60408051601f19818403018152919052602080820180516001600160e01b0316635e62e6cf60e11b1790529091505f9061197c90840184613ae9565b90505f5f5f5f8551602087015f875af1915060203d148216156119a25760205f5f3e505f515b816119d2578888876119b5610800612a03565b60405163392423c760e21b8152600401610ab29493929190613c3c565b6001600160e01b03198116635e62e6cf60e11b14611a255760405163a9d5a7bf60e01b815260ff8a16600482015260248101899052604481018790526001600160a01b0384166064820152608401610ab2565b5050600190930192506117ef915050565b505050505050565b5f611a47613152565b60408051610160810182525f808252602080830182905292820181905260608083018290526080830182905260a0830181905260c0830181905260e08301829052610100830152610120820181905261014082015290850151611aab906001613904565b6001600160401b03168152611abe610a38565b6001600160401b0316602080830191909152855160ff16604080840191909152611aed91908601908601613c63565b60ff166060820152611afe84612a63565b60a08301526080820152611b1560408501856136a6565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525050505060c08201526060850180516001600160401b031660e083015251611b7b90611b7660a0870160808801613c7c565b612c74565b610100820152604085810151610120830152805161018081018252308152466020820152436001600160401b03811692820192909252611c5b916060820190611bc690600190613612565b408152602001426001600160401b03168152602001336001600160a01b03168152602001865f01358152602001835f01516001600160401b03168152602001866020016020810190611c189190613c63565b60ff1681526020018360800151815260200187606001516001600160401b03168152602001866080016020810190611c509190613c7c565b61ffff1690526112d1565b5f818152600760205260409020549093506001600160a01b031615611c965760405163e90f941560e01b815260048101849052602401610ab2565b611ca585604001518486612eb0565b61014082015260408051610100810182523381526001600160401b0343166020820152908101611cdb60a0870160808801613c7c565b61ffff168152602001600115158152602001855f01358152602001825f01516001600160401b0316815260200186606001516001600160401b031681526020018261014001518152509150336001600160a01b0316845f0135847fdfb8613f1dd2fe4ae4b87ead979981b014caacdc5d4f95293aec54102272685684604051611d649190613d29565b60405180910390a4509250929050565b5f805b83811015611ef8575f858583818110611d9257611d9261374b565b9050602002810190611da4919061375f565b611db29060208101906136a6565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920182905250939450899250889150859050818110611dfc57611dfc61374b565b9050602002810190611e0e919061375f565b611e1c906020810190613ae9565b90505f5f5f5f855160208701865afa91503d9050611000811115611e6a57604051638bb0ec3d60e01b81526004810188905260248101869052821560448201525f6064820152608401610ab2565b5f611e7482612a03565b805190602001209050821580611eb15750898987818110611e9757611e9761374b565b9050602002810190611ea9919061375f565b604001358114155b15611ee757604051638bb0ec3d60e01b815260048101899052602481018790528315604482015260648101829052608401610ab2565b505060019093019250611d77915050565b50919392505050565b60025460808301518114611f38576080830151604051636764fc7d60e01b8152600481019190915260248101829052604401610ab2565b5f8481526007602090815260409182902085518154928701519387015160608801516001600160a01b039092166001600160e01b031990941693909317600160a01b6001600160401b03958616021762ffffff60e01b1916600160e01b61ffff9094169390930260ff60f01b191692909217600160f01b921515929092029190911781556080850151600182015560a085015160028201805460c08801519285166001600160801b031990911617600160401b92909416919091029290921790915560e08401516003909101819055156120125760068490555b6040518060a001604052808581526020018460e0015181526020018460a001516001600160401b03168152602001612048610a38565b6001600160401b03908116825260016020928301528251600255908201516003556040808301516004805460608601516080909601511515600160801b0260ff60801b19968616600160401b026001600160801b0319909216939095169290921791909117939093169190911790915583015160c08401516120ce9161ffff1690613904565b5f805467ffffffffffffffff19166001600160401b03928316179055608084015160a08501516040805191909316815260208101859052909186917fd3c40df9d51c6642d78f199a3ebecf69dc09929e7649b1c6a0ccad73bae0e05c910160405180910390a350505050565b5f7f0000000000000000000000000000000000000000000000000000000000000000826040015161ffff1661216f9190613e20565b905080156121e8576040515f90339083908381818185875af1925050503d805f81146121b6576040519150601f19603f3d011682016040523d82523d5f602084013e6121bb565b606091505b50509050806121e65760405163373a7d4360e11b815233600482015260248101839052604401610ab2565b505b5050565b5f80826001600160401b03811115612206576122066133a9565b60405190808252806020026020018201604052801561222f578160200160208202803683370190505b5090505f5b8381101561240c573685858381811061224f5761224f61374b565b9050602002810190612261919061375f565b90506122706020820182613ae9565b61227d6020830183613ad4565b3561228b6020840184613ad4565b61229c906040810190602001613ae9565b6122a96020850185613ad4565b6122ba906060810190604001613ae9565b6122c76020860186613ad4565b6122d8906080810190606001613541565b6122e56020870187613ad4565b6122f69060a0810190608001613ae9565b6123036020880188613ad4565b60a001356123146020890189613ad4565b6123229060c08101906136a6565b604051612330929190613e37565b60405190819003902061234660208a018a613ad4565b60e0013561235760208b018b613ad4565b61236a9061012081019061010001613541565b604080516001600160a01b039b8c16602082015290810199909952968916606089015294881660808801526001600160401b0393841660a08801529690911660c086015260e08501526101008401949094526101208301529190911661014082015261016001604051602081830303815290604052805190602001208383815181106123f8576123f861374b565b602090810291909101015250600101612234565b508060405160200161241e9190613e46565b6040516020818303038152906040528051906020012091505092915050565b5f80826001600160401b03811115612457576124576133a9565b604051908082528060200260200182016040528015612480578160200160208202803683370190505b5090505f5b8381101561240c5784848281811061249f5761249f61374b565b90506020028101906124b1919061375f565b6124bf906020810190613ae9565b8585838181106124d1576124d161374b565b90506020028101906124e3919061375f565b6124f19060208101906136a6565b6040516124ff929190613e37565b60405180910390208686848181106125195761251961374b565b905060200281019061252b919061375f565b604080516001600160a01b0390941660208501528381019290925201356060820152608001604051602081830303815290604052805190602001208282815181106125785761257861374b565b6020908102919091010152600101612485565b60405161190160f01b602082015260228101839052604281018290525f906062015b60405160208183030381529060405280519060200120905092915050565b82357f00000000000000000000000000000000000000000000000000000000000000001461263557604051638bd8140760e01b81527f0000000000000000000000000000000000000000000000000000000000000000600482015283356024820152604401610ab2565b5f612649612642856112b1565b8484612ffd565b90507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316816001600160a01b03161461138b57604051630596787760e01b81526001600160a01b0382166004820152602401610ab2565b6005546001600160401b03166126c460c0830160a08401613541565b6001600160401b03161115612705576126e360c0820160a08301613541565b6005805467ffffffffffffffff19166001600160401b03929092169190911790555b6040805160a08101825260025480825260035460208301526004546001600160401b0380821684860152600160401b8204166060840152600160801b900460ff1615156080830152909183013514801561278457506040808201516001600160401b03169061277990840160208501613541565b6001600160401b0316145b1561278d575050565b5f81604001516001600160401b03168360200160208101906127af9190613541565b6001600160401b03161190508160800151156127fd578080156127f6575060608201516001600160401b03166127eb60c0850160a08601613541565b6001600160401b0316115b9050612848565b604082015161280d906001613904565b6001600160401b03166128266040850160208601613541565b6001600160401b03160361284857808015612845575081516060840135145b90505b8061288c5781516040808401516060850151915163239dd02d60e01b815260048101939093526001600160401b039081166024840152166044820152606401610ab2565b6040518060a0016040528084604001358152602001846080013581526020018460200160208101906128be9190613541565b6001600160401b031681526020016128dc60c0860160a08701613541565b6001600160401b0390811682525f6020928301528251600255828201516003556040808401516004805460608701516080909701511515600160801b0260ff60801b19978616600160401b026001600160801b031990921693909516929092179190911794909416919091179092559084018035917f1a3cbd346fec0cda8d59298594a40fb64888726e9ed64a6dbc99e7bcfb85ebb39161297e918701613541565b61298e60c0870160a08801613541565b604080516001600160401b0393841681529290911660208301520160405180910390a2505050565b604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f6020820152908101839052606081018290524660808201523060a08201525f9060c0016125ad565b6060813d811115612a1157503d5b806001600160401b03811115612a2957612a296133a9565b6040519080825280601f01601f191660200182016040528015612a53576020820181803683370190505b509150805f602084013e50919050565b5f606081612a776040850160208601613c63565b60ff1603612af057612a8f6080840160608501613c63565b60ff1615612ac657612aa76080840160608501613c63565b604051632f61119f60e11b815260ff9091166004820152602401610ab2565b612ad360408401846136a6565b604051612ae1929190613e37565b60405180910390209150915091565b6001612b026040850160208601613c63565b60ff1614612b3957612b1a6040840160208501613c63565b604051630f44926360e01b815260ff9091166004820152602401610ab2565b612b4660408401846136a6565b159050612b66576040516318edf1c760e21b815260040160405180910390fd5b612b766080840160608501613c63565b60ff165f03612b9a57604051634af69d9960e11b81525f6004820152602401610ab2565b612baa6080840160608501613c63565b60ff166001600160401b03811115612bc457612bc46133a9565b604051908082528060200260200182016040528015612bed578160200160208202803683370190505b5090505f5b8151811015612c4557804980612c1e57604051634af69d9960e11b815260048101839052602401610ab2565b80838381518110612c3157612c3161374b565b602090810291909101015250600101612bf2565b5080604051602001612c579190613e46565b604051602081830303815290604052805190602001209150915091565b5f805460609190612c96908590600160401b90046001600160401b0316613e7b565b6001600160401b031690505f7f000000000000000000000000000000000000000000000000000000000000000061ffff168210612cf7577f000000000000000000000000000000000000000000000000000000000000000061ffff16612cf9565b815b9050808461ffff161115612d2c57604051625b482d60e81b815261ffff8516600482015260248101829052604401610ab2565b5f612d378642610962565b9050808561ffff161015612d6b5760405163078412ff60e01b81526004810182905261ffff86166024820152604401610ab2565b8461ffff166001600160401b03811115612d8757612d876133a9565b604051908082528060200260200182016040528015612dba57816020015b6060815260200190600190039081612da55790505b5093505f5b8561ffff16811015612ea65760015f612dd8838a613904565b6001600160401b03166001600160401b031681526020019081526020015f206001018054612e0590613773565b80601f0160208091040260200160405190810160405280929190818152602001828054612e3190613773565b8015612e7c5780601f10612e5357610100808354040283529160200191612e7c565b820191905f5260205f20905b815481529060010190602001808311612e5f57829003601f168201915b5050505050858281518110612e9357612e9361374b565b6020908102919091010152600101612dbf565b5050505092915050565b5f60a0820135612ec157505f610bcd565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316612f085760405163d701759760e01b815260040160405180910390fd5b83612f26576040516310d95e0160e21b815260040160405180910390fd5b6001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001663a1167835858560a0860135612f6960c08801886136a6565b6040518663ffffffff1660e01b8152600401612f89959493929190613e9a565b602060405180830381865afa158015612fa4573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190612fc89190613eca565b612ff25760405163bc04b9ed60e01b81526004810185905260a08301356024820152604401610ab2565b5060a0013592915050565b5f613009848484613032565b90506001600160a01b038116610bcd57604051638baa579f60e01b815260040160405180910390fd5b5f6041821461304257505f610bcd565b5f6130506020828587613ee5565b61305991613f0c565b90505f61306a604060208688613ee5565b61307391613f0c565b90505f858560408181106130895761308961374b565b919091013560f81c915050601b81148015906130a957508060ff16601c14155b156130b9575f9350505050610bcd565b7f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a08211156130ec575f9350505050610bcd565b604080515f81526020810180835289905260ff831691810191909152606081018490526080810183905260019060a0016020604051602081039080840390855afa15801561313c573d5f5f3e3d5ffd5b5050604051601f19015198975050505050505050565b60408051610100810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e081019190915290565b80356001600160401b03811681146131ab575f5ffd5b919050565b5f5f604083850312156131c1575f5ffd5b6131ca83613195565b91506131d860208401613195565b90509250929050565b5f6101208284031215611271575f5ffd5b5f6101208284031215613203575f5ffd5b610bcd83836131e1565b5f6020828403121561321d575f5ffd5b81356001600160401b03811115613232575f5ffd5b82016101808185031215610bcd575f5ffd5b5f60208284031215613254575f5ffd5b5035919050565b81516001600160a01b031681526020808301516001600160401b03169082015260408083015161ffff16908201526060808301516101008301916132a29084018215159052565b506080830151608083015260a08301516132c760a08401826001600160401b03169052565b5060c08301516132e260c08401826001600160401b03169052565b5060e092830151919092015290565b5f5f83601f840112613301575f5ffd5b5081356001600160401b03811115613317575f5ffd5b60208301915083602082850101111561332e575f5ffd5b9250929050565b5f5f60208385031215613346575f5ffd5b82356001600160401b0381111561335b575f5ffd5b613367858286016132f1565b90969095509350505050565b5f60208284031215613383575f5ffd5b81356001600160401b03811115613398575f5ffd5b820160608185031215610bcd575f5ffd5b634e487b7160e01b5f52604160045260245ffd5b60405161018081016001600160401b03811182821017156133e0576133e06133a9565b60405290565b80356001600160a01b03811681146131ab575f5ffd5b803560ff811681146131ab575f5ffd5b803561ffff811681146131ab575f5ffd5b5f61018082840312801561342f575f5ffd5b506134386133bd565b613441836133e6565b81526020838101359082015261345960408401613195565b60408201526060838101359082015261347460808401613195565b608082015261348560a084016133e6565b60a082015260c083810135908201526134a060e08401613195565b60e08201526134b261010084016133fc565b61010082015261012083810135908201526134d06101408401613195565b6101408201526134e3610160840161340c565b6101608201529392505050565b5f5f5f6101408486031215613503575f5ffd5b61350d85856131e1565b92506101208401356001600160401b03811115613528575f5ffd5b613534868287016132f1565b9497909650939450505050565b5f60208284031215613551575f5ffd5b610bcd82613195565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b6001600160401b0383168152604060208201525f6117e5604083018461355a565b634e487b7160e01b5f52601160045260245ffd5b808201808211156112cb576112cb6135a9565b5f600182016135e1576135e16135a9565b5060010190565b5f6001600160401b0382166001600160401b038103613609576136096135a9565b60010192915050565b818103818111156112cb576112cb6135a9565b5f8261363f57634e487b7160e01b5f52601260045260245ffd5b500490565b803563ffffffff811681146131ab575f5ffd5b5f60208284031215613667575f5ffd5b610bcd82613644565b801515811461367d575f5ffd5b50565b80356131ab81613670565b5f6020828403121561369b575f5ffd5b8135610bcd81613670565b5f5f8335601e198436030181126136bb575f5ffd5b8301803591506001600160401b038211156136d4575f5ffd5b60200191503681900382131561332e575f5ffd5b5f823560de198336030181126136fc575f5ffd5b9190910192915050565b5f5f8335601e1984360301811261371b575f5ffd5b8301803591506001600160401b03821115613734575f5ffd5b6020019150600581901b360382131561332e575f5ffd5b634e487b7160e01b5f52603260045260245ffd5b5f8235605e198336030181126136fc575f5ffd5b600181811c9082168061378757607f821691505b60208210810361127157634e487b7160e01b5f52602260045260245ffd5b601f8211156121e657828211156121e657805f5260205f20601f840160051c60208510156137d057505f5b90810190601f840160051c035f5b81811015611a36575f838201556001016137de565b81516001600160401b0381111561380c5761380c6133a9565b6138208161381a8454613773565b846137a5565b6020601f821160018114613852575f831561383b5750848201515b5f19600385901b1c1916600184901b1784556138aa565b5f84815260208120601f198516915b828110156138815787850151825560209485019460019092019101613861565b508482101561389e57868401515f19600387901b60f8161c191681555b505060018360011b0184555b5050505050565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b6001600160401b0384168152604060208201525f6138fb6040830184866138b1565b95945050505050565b6001600160401b0381811683821601908111156112cb576112cb6135a9565b81516001600160a01b03168152610180810160208301516020830152604083015161395960408401826001600160401b03169052565b5060608301516060830152608083015161397e60808401826001600160401b03169052565b5060a083015161399960a08401826001600160a01b03169052565b5060c083015160c083015260e08301516139be60e08401826001600160401b03169052565b506101008301516139d561010084018260ff169052565b506101208301516101208301526101408301516139fe6101408401826001600160401b03169052565b50610160830151613a1661016084018261ffff169052565b5092915050565b82815281356020808301919091526101408201906001600160401b0390613a45908501613195565b1660408381019190915283013560608084019190915283013560808084019190915283013560a0808401919091526001600160401b0390613a87908501613195565b1660c08301525f60c084013590508060e084015250613aa860e08401613644565b63ffffffff811661010084015250613ac36101008401613680565b801515610120840152509392505050565b5f823561013e198336030181126136fc575f5ffd5b5f60208284031215613af9575f5ffd5b610bcd826133e6565b5f5f8335601e19843603018112613b17575f5ffd5b83016020810192503590506001600160401b03811115613b35575f5ffd5b80360382131561332e575f5ffd5b60408082528435908201525f613b5b602086016133e6565b6001600160a01b03166060830152613b75604086016133e6565b6001600160a01b03166080830152613b8f60608601613195565b6001600160401b031660a0830152613ba9608086016133e6565b6001600160a01b03811660c08401525060a085013560e0830152613bd060c0860186613b02565b610140610100850152613be8610180850182846138b1565b60e08801356101208601529150613c0490506101008701613195565b6001600160401b03166101408401526101208601356101608401528281036020840152613c328185876138b1565b9695505050505050565b60ff85168152836020820152826040820152608060608201525f613c32608083018461355a565b5f60208284031215613c73575f5ffd5b610bcd826133fc565b5f60208284031215613c8c575f5ffd5b610bcd8261340c565b5f8151808452602084019350602083015f5b82811015613cc5578151865260209586019590910190600101613ca7565b5093949350505050565b5f82825180855260208501945060208160051b830101602085015f5b83811015613d1d57601f19858403018852613d0783835161355a565b6020988901989093509190910190600101613ceb565b50909695505050505050565b60208152613d436020820183516001600160401b03169052565b5f6020830151613d5e60408401826001600160401b03169052565b50604083015160ff8116606084015250606083015160ff8116608084015250608083015160a083015260a083015161016060c0840152613da2610180840182613c95565b905060c0840151601f198483030160e0850152613dbf828261355a565b91505060e0840151613ddd6101008501826001600160401b03169052565b50610100840151838203601f1901610120850152613dfb8282613ccf565b9150506101208401516101408401526101408401516101608401528091505092915050565b80820281158282048414176112cb576112cb6135a9565b818382375f9101908152919050565b81515f90829060208501835b82811015613e70578151845260209384019390910190600101613e52565b509195945050505050565b6001600160401b0382811682821603908111156112cb576112cb6135a9565b858152846020820152836040820152608060608201525f613ebf6080830184866138b1565b979650505050505050565b5f60208284031215613eda575f5ffd5b8151610bcd81613670565b5f5f85851115613ef3575f5ffd5b83861115613eff575f5ffd5b5050820193919092039150565b803560208310156112cb575f19602084900360031b1b169291505056fea2646970667358221220b14302d36ac469195a904e474d647d44a99fa53169c6c505918717d7990eb82964736f6c63430008250033",
}

// BasedInbox is an auto generated Go binding around an Ethereum contract.
type BasedInbox struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *BasedInbox) GetABI() abi.ABI {
	return c.abi
}

// NewBasedInbox creates a new instance of BasedInbox.
func NewBasedInbox() *BasedInbox {
	parsed, err := BasedInboxMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &BasedInbox{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *BasedInbox) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor((uint64,uint64,uint256,bytes32,bytes32,address,address,uint256,uint64,uint16,uint32,uint32) cfg) returns()
func (basedInbox *BasedInbox) PackConstructor(cfg InboxConfig) []byte {
	enc, err := basedInbox.abi.Pack("", cfg)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackANCHORBASED is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3aec8ea8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ANCHOR_BASED() view returns(uint8)
func (basedInbox *BasedInbox) PackANCHORBASED() []byte {
	enc, err := basedInbox.abi.Pack("ANCHOR_BASED")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackANCHORBASED is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3aec8ea8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ANCHOR_BASED() view returns(uint8)
func (basedInbox *BasedInbox) TryPackANCHORBASED() ([]byte, error) {
	return basedInbox.abi.Pack("ANCHOR_BASED")
}

// UnpackANCHORBASED is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3aec8ea8.
//
// Solidity: function ANCHOR_BASED() view returns(uint8)
func (basedInbox *BasedInbox) UnpackANCHORBASED(data []byte) (uint8, error) {
	out, err := basedInbox.abi.Unpack("ANCHOR_BASED", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackANCHORHEAD is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1fec8032.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ANCHOR_HEAD() view returns(uint8)
func (basedInbox *BasedInbox) PackANCHORHEAD() []byte {
	enc, err := basedInbox.abi.Pack("ANCHOR_HEAD")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackANCHORHEAD is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1fec8032.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ANCHOR_HEAD() view returns(uint8)
func (basedInbox *BasedInbox) TryPackANCHORHEAD() ([]byte, error) {
	return basedInbox.abi.Pack("ANCHOR_HEAD")
}

// UnpackANCHORHEAD is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1fec8032.
//
// Solidity: function ANCHOR_HEAD() view returns(uint8)
func (basedInbox *BasedInbox) UnpackANCHORHEAD(data []byte) (uint8, error) {
	out, err := basedInbox.abi.Unpack("ANCHOR_HEAD", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackANCHORSLOTENDING is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x76de3112.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ANCHOR_SLOT_ENDING() view returns(uint8)
func (basedInbox *BasedInbox) PackANCHORSLOTENDING() []byte {
	enc, err := basedInbox.abi.Pack("ANCHOR_SLOT_ENDING")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackANCHORSLOTENDING is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x76de3112.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ANCHOR_SLOT_ENDING() view returns(uint8)
func (basedInbox *BasedInbox) TryPackANCHORSLOTENDING() ([]byte, error) {
	return basedInbox.abi.Pack("ANCHOR_SLOT_ENDING")
}

// UnpackANCHORSLOTENDING is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x76de3112.
//
// Solidity: function ANCHOR_SLOT_ENDING() view returns(uint8)
func (basedInbox *BasedInbox) UnpackANCHORSLOTENDING(data []byte) (uint8, error) {
	out, err := basedInbox.abi.Unpack("ANCHOR_SLOT_ENDING", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackBASEDMODEAFTERSLOTS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe1e68c16.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function BASED_MODE_AFTER_SLOTS() view returns(uint64)
func (basedInbox *BasedInbox) PackBASEDMODEAFTERSLOTS() []byte {
	enc, err := basedInbox.abi.Pack("BASED_MODE_AFTER_SLOTS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBASEDMODEAFTERSLOTS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe1e68c16.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function BASED_MODE_AFTER_SLOTS() view returns(uint64)
func (basedInbox *BasedInbox) TryPackBASEDMODEAFTERSLOTS() ([]byte, error) {
	return basedInbox.abi.Pack("BASED_MODE_AFTER_SLOTS")
}

// UnpackBASEDMODEAFTERSLOTS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe1e68c16.
//
// Solidity: function BASED_MODE_AFTER_SLOTS() view returns(uint64)
func (basedInbox *BasedInbox) UnpackBASEDMODEAFTERSLOTS(data []byte) (uint64, error) {
	out, err := basedInbox.abi.Unpack("BASED_MODE_AFTER_SLOTS", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackDATABLOBS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5ece0077.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DATA_BLOBS() view returns(uint8)
func (basedInbox *BasedInbox) PackDATABLOBS() []byte {
	enc, err := basedInbox.abi.Pack("DATA_BLOBS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDATABLOBS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5ece0077.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DATA_BLOBS() view returns(uint8)
func (basedInbox *BasedInbox) TryPackDATABLOBS() ([]byte, error) {
	return basedInbox.abi.Pack("DATA_BLOBS")
}

// UnpackDATABLOBS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5ece0077.
//
// Solidity: function DATA_BLOBS() view returns(uint8)
func (basedInbox *BasedInbox) UnpackDATABLOBS(data []byte) (uint8, error) {
	out, err := basedInbox.abi.Unpack("DATA_BLOBS", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackDATACALLDATA is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaa36a289.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DATA_CALLDATA() view returns(uint8)
func (basedInbox *BasedInbox) PackDATACALLDATA() []byte {
	enc, err := basedInbox.abi.Pack("DATA_CALLDATA")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDATACALLDATA is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaa36a289.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DATA_CALLDATA() view returns(uint8)
func (basedInbox *BasedInbox) TryPackDATACALLDATA() ([]byte, error) {
	return basedInbox.abi.Pack("DATA_CALLDATA")
}

// UnpackDATACALLDATA is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xaa36a289.
//
// Solidity: function DATA_CALLDATA() view returns(uint8)
func (basedInbox *BasedInbox) UnpackDATACALLDATA(data []byte) (uint8, error) {
	out, err := basedInbox.abi.Unpack("DATA_CALLDATA", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackLEGPOST is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x75671156.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function LEG_POST() view returns(uint8)
func (basedInbox *BasedInbox) PackLEGPOST() []byte {
	enc, err := basedInbox.abi.Pack("LEG_POST")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLEGPOST is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x75671156.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function LEG_POST() view returns(uint8)
func (basedInbox *BasedInbox) TryPackLEGPOST() ([]byte, error) {
	return basedInbox.abi.Pack("LEG_POST")
}

// UnpackLEGPOST is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x75671156.
//
// Solidity: function LEG_POST() view returns(uint8)
func (basedInbox *BasedInbox) UnpackLEGPOST(data []byte) (uint8, error) {
	out, err := basedInbox.abi.Unpack("LEG_POST", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackLEGPRE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8ec18684.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function LEG_PRE() view returns(uint8)
func (basedInbox *BasedInbox) PackLEGPRE() []byte {
	enc, err := basedInbox.abi.Pack("LEG_PRE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLEGPRE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8ec18684.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function LEG_PRE() view returns(uint8)
func (basedInbox *BasedInbox) TryPackLEGPRE() ([]byte, error) {
	return basedInbox.abi.Pack("LEG_PRE")
}

// UnpackLEGPRE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8ec18684.
//
// Solidity: function LEG_PRE() view returns(uint8)
func (basedInbox *BasedInbox) UnpackLEGPRE(data []byte) (uint8, error) {
	out, err := basedInbox.abi.Unpack("LEG_PRE", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackMAXASSERTIONRETURN is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc24acbb2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_ASSERTION_RETURN() view returns(uint256)
func (basedInbox *BasedInbox) PackMAXASSERTIONRETURN() []byte {
	enc, err := basedInbox.abi.Pack("MAX_ASSERTION_RETURN")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXASSERTIONRETURN is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc24acbb2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_ASSERTION_RETURN() view returns(uint256)
func (basedInbox *BasedInbox) TryPackMAXASSERTIONRETURN() ([]byte, error) {
	return basedInbox.abi.Pack("MAX_ASSERTION_RETURN")
}

// UnpackMAXASSERTIONRETURN is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc24acbb2.
//
// Solidity: function MAX_ASSERTION_RETURN() view returns(uint256)
func (basedInbox *BasedInbox) UnpackMAXASSERTIONRETURN(data []byte) (*big.Int, error) {
	out, err := basedInbox.abi.Unpack("MAX_ASSERTION_RETURN", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXCALLREASON is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x32ecf5ee.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_CALL_REASON() view returns(uint256)
func (basedInbox *BasedInbox) PackMAXCALLREASON() []byte {
	enc, err := basedInbox.abi.Pack("MAX_CALL_REASON")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXCALLREASON is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x32ecf5ee.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_CALL_REASON() view returns(uint256)
func (basedInbox *BasedInbox) TryPackMAXCALLREASON() ([]byte, error) {
	return basedInbox.abi.Pack("MAX_CALL_REASON")
}

// UnpackMAXCALLREASON is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x32ecf5ee.
//
// Solidity: function MAX_CALL_REASON() view returns(uint256)
func (basedInbox *BasedInbox) UnpackMAXCALLREASON(data []byte) (*big.Int, error) {
	out, err := basedInbox.abi.Unpack("MAX_CALL_REASON", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSLOTENDINGTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfbb04a82.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function SLOT_ENDING_TYPEHASH() view returns(bytes32)
func (basedInbox *BasedInbox) PackSLOTENDINGTYPEHASH() []byte {
	enc, err := basedInbox.abi.Pack("SLOT_ENDING_TYPEHASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSLOTENDINGTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfbb04a82.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function SLOT_ENDING_TYPEHASH() view returns(bytes32)
func (basedInbox *BasedInbox) TryPackSLOTENDINGTYPEHASH() ([]byte, error) {
	return basedInbox.abi.Pack("SLOT_ENDING_TYPEHASH")
}

// UnpackSLOTENDINGTYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfbb04a82.
//
// Solidity: function SLOT_ENDING_TYPEHASH() view returns(bytes32)
func (basedInbox *BasedInbox) UnpackSLOTENDINGTYPEHASH(data []byte) ([32]byte, error) {
	out, err := basedInbox.abi.Unpack("SLOT_ENDING_TYPEHASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackBasedModeOpen is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbf6f0300.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function basedModeOpen() view returns(bool)
func (basedInbox *BasedInbox) PackBasedModeOpen() []byte {
	enc, err := basedInbox.abi.Pack("basedModeOpen")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBasedModeOpen is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbf6f0300.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function basedModeOpen() view returns(bool)
func (basedInbox *BasedInbox) TryPackBasedModeOpen() ([]byte, error) {
	return basedInbox.abi.Pack("basedModeOpen")
}

// UnpackBasedModeOpen is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbf6f0300.
//
// Solidity: function basedModeOpen() view returns(bool)
func (basedInbox *BasedInbox) UnpackBasedModeOpen(data []byte) (bool, error) {
	out, err := basedInbox.abi.Unpack("basedModeOpen", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackCallBundleId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8c708898.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function callBundleId(((address,(uint256,address,address,uint64,address,uint256,bytes,uint256,uint64,bytes32),bytes)[],(address,(uint256,address,address,uint64,address,uint256,bytes,uint256,uint64,bytes32),bytes)[],(address,bytes,bytes32)[]) b) pure returns(bytes32)
func (basedInbox *BasedInbox) PackCallBundleId(b CallBundle) []byte {
	enc, err := basedInbox.abi.Pack("callBundleId", b)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCallBundleId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8c708898.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function callBundleId(((address,(uint256,address,address,uint64,address,uint256,bytes,uint256,uint64,bytes32),bytes)[],(address,(uint256,address,address,uint64,address,uint256,bytes,uint256,uint64,bytes32),bytes)[],(address,bytes,bytes32)[]) b) pure returns(bytes32)
func (basedInbox *BasedInbox) TryPackCallBundleId(b CallBundle) ([]byte, error) {
	return basedInbox.abi.Pack("callBundleId", b)
}

// UnpackCallBundleId is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8c708898.
//
// Solidity: function callBundleId(((address,(uint256,address,address,uint64,address,uint256,bytes,uint256,uint64,bytes32),bytes)[],(address,(uint256,address,address,uint64,address,uint256,bytes,uint256,uint64,bytes32),bytes)[],(address,bytes,bytes32)[]) b) pure returns(bytes32)
func (basedInbox *BasedInbox) UnpackCallBundleId(data []byte) ([32]byte, error) {
	out, err := basedInbox.abi.Unpack("callBundleId", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackCommitmentOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe31f064c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function commitmentOf((address,uint256,uint64,bytes32,uint64,address,bytes32,uint64,uint8,bytes32,uint64,uint16) p) pure returns(bytes32)
func (basedInbox *BasedInbox) PackCommitmentOf(p CommitmentPreimage) []byte {
	enc, err := basedInbox.abi.Pack("commitmentOf", p)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCommitmentOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe31f064c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function commitmentOf((address,uint256,uint64,bytes32,uint64,address,bytes32,uint64,uint8,bytes32,uint64,uint16) p) pure returns(bytes32)
func (basedInbox *BasedInbox) TryPackCommitmentOf(p CommitmentPreimage) ([]byte, error) {
	return basedInbox.abi.Pack("commitmentOf", p)
}

// UnpackCommitmentOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe31f064c.
//
// Solidity: function commitmentOf((address,uint256,uint64,bytes32,uint64,address,bytes32,uint64,uint8,bytes32,uint64,uint16) p) pure returns(bytes32)
func (basedInbox *BasedInbox) UnpackCommitmentOf(data []byte) ([32]byte, error) {
	out, err := basedInbox.abi.Unpack("commitmentOf", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackCountDueForced is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1a283509.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function countDueForced(uint64 start, uint64 timestamp) view returns(uint256 due)
func (basedInbox *BasedInbox) PackCountDueForced(start uint64, timestamp uint64) []byte {
	enc, err := basedInbox.abi.Pack("countDueForced", start, timestamp)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCountDueForced is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1a283509.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function countDueForced(uint64 start, uint64 timestamp) view returns(uint256 due)
func (basedInbox *BasedInbox) TryPackCountDueForced(start uint64, timestamp uint64) ([]byte, error) {
	return basedInbox.abi.Pack("countDueForced", start, timestamp)
}

// UnpackCountDueForced is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1a283509.
//
// Solidity: function countDueForced(uint64 start, uint64 timestamp) view returns(uint256 due)
func (basedInbox *BasedInbox) UnpackCountDueForced(data []byte) (*big.Int, error) {
	out, err := basedInbox.abi.Unpack("countDueForced", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCurrentSlot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3359632e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function currentSlot() view returns(uint64)
func (basedInbox *BasedInbox) PackCurrentSlot() []byte {
	enc, err := basedInbox.abi.Pack("currentSlot")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCurrentSlot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3359632e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function currentSlot() view returns(uint64)
func (basedInbox *BasedInbox) TryPackCurrentSlot() ([]byte, error) {
	return basedInbox.abi.Pack("currentSlot")
}

// UnpackCurrentSlot is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3359632e.
//
// Solidity: function currentSlot() view returns(uint64)
func (basedInbox *BasedInbox) UnpackCurrentSlot(data []byte) (uint64, error) {
	out, err := basedInbox.abi.Unpack("currentSlot", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackDomainSeparator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf698da25.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (basedInbox *BasedInbox) PackDomainSeparator() []byte {
	enc, err := basedInbox.abi.Pack("domainSeparator")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDomainSeparator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf698da25.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (basedInbox *BasedInbox) TryPackDomainSeparator() ([]byte, error) {
	return basedInbox.abi.Pack("domainSeparator")
}

// UnpackDomainSeparator is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf698da25.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (basedInbox *BasedInbox) UnpackDomainSeparator(data []byte) ([32]byte, error) {
	out, err := basedInbox.abi.Unpack("domainSeparator", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackEnqueueForcedTransaction is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7641fa3e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function enqueueForcedTransaction(bytes rawTx) payable returns(uint64 index)
func (basedInbox *BasedInbox) PackEnqueueForcedTransaction(rawTx []byte) []byte {
	enc, err := basedInbox.abi.Pack("enqueueForcedTransaction", rawTx)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEnqueueForcedTransaction is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7641fa3e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function enqueueForcedTransaction(bytes rawTx) payable returns(uint64 index)
func (basedInbox *BasedInbox) TryPackEnqueueForcedTransaction(rawTx []byte) ([]byte, error) {
	return basedInbox.abi.Pack("enqueueForcedTransaction", rawTx)
}

// UnpackEnqueueForcedTransaction is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7641fa3e.
//
// Solidity: function enqueueForcedTransaction(bytes rawTx) payable returns(uint64 index)
func (basedInbox *BasedInbox) UnpackEnqueueForcedTransaction(data []byte) (uint64, error) {
	out, err := basedInbox.abi.Unpack("enqueueForcedTransaction", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackForcedEntry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfceb8d7c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function forcedEntry(uint64 index) view returns(uint64 enqueuedAt, bytes rawTx)
func (basedInbox *BasedInbox) PackForcedEntry(index uint64) []byte {
	enc, err := basedInbox.abi.Pack("forcedEntry", index)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackForcedEntry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfceb8d7c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function forcedEntry(uint64 index) view returns(uint64 enqueuedAt, bytes rawTx)
func (basedInbox *BasedInbox) TryPackForcedEntry(index uint64) ([]byte, error) {
	return basedInbox.abi.Pack("forcedEntry", index)
}

// ForcedEntryOutput serves as a container for the return parameters of contract
// method ForcedEntry.
type ForcedEntryOutput struct {
	EnqueuedAt uint64
	RawTx      []byte
}

// UnpackForcedEntry is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfceb8d7c.
//
// Solidity: function forcedEntry(uint64 index) view returns(uint64 enqueuedAt, bytes rawTx)
func (basedInbox *BasedInbox) UnpackForcedEntry(data []byte) (ForcedEntryOutput, error) {
	out, err := basedInbox.abi.Unpack("forcedEntry", data)
	outstruct := new(ForcedEntryOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.EnqueuedAt = *abi.ConvertType(out[0], new(uint64)).(*uint64)
	outstruct.RawTx = *abi.ConvertType(out[1], new([]byte)).(*[]byte)
	return *outstruct, nil
}

// PackForcedHead is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x433b953f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function forcedHead() view returns(uint64)
func (basedInbox *BasedInbox) PackForcedHead() []byte {
	enc, err := basedInbox.abi.Pack("forcedHead")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackForcedHead is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x433b953f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function forcedHead() view returns(uint64)
func (basedInbox *BasedInbox) TryPackForcedHead() ([]byte, error) {
	return basedInbox.abi.Pack("forcedHead")
}

// UnpackForcedHead is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x433b953f.
//
// Solidity: function forcedHead() view returns(uint64)
func (basedInbox *BasedInbox) UnpackForcedHead(data []byte) (uint64, error) {
	out, err := basedInbox.abi.Unpack("forcedHead", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackForcedInclusionCap is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x740111b4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function forcedInclusionCap() view returns(uint16)
func (basedInbox *BasedInbox) PackForcedInclusionCap() []byte {
	enc, err := basedInbox.abi.Pack("forcedInclusionCap")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackForcedInclusionCap is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x740111b4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function forcedInclusionCap() view returns(uint16)
func (basedInbox *BasedInbox) TryPackForcedInclusionCap() ([]byte, error) {
	return basedInbox.abi.Pack("forcedInclusionCap")
}

// UnpackForcedInclusionCap is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x740111b4.
//
// Solidity: function forcedInclusionCap() view returns(uint16)
func (basedInbox *BasedInbox) UnpackForcedInclusionCap(data []byte) (uint16, error) {
	out, err := basedInbox.abi.Unpack("forcedInclusionCap", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackForcedInclusionDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f2f7641.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function forcedInclusionDelay() view returns(uint64)
func (basedInbox *BasedInbox) PackForcedInclusionDelay() []byte {
	enc, err := basedInbox.abi.Pack("forcedInclusionDelay")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackForcedInclusionDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f2f7641.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function forcedInclusionDelay() view returns(uint64)
func (basedInbox *BasedInbox) TryPackForcedInclusionDelay() ([]byte, error) {
	return basedInbox.abi.Pack("forcedInclusionDelay")
}

// UnpackForcedInclusionDelay is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2f2f7641.
//
// Solidity: function forcedInclusionDelay() view returns(uint64)
func (basedInbox *BasedInbox) UnpackForcedInclusionDelay(data []byte) (uint64, error) {
	out, err := basedInbox.abi.Unpack("forcedInclusionDelay", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackForcedInclusionFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x64bb0a22.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function forcedInclusionFee() view returns(uint256)
func (basedInbox *BasedInbox) PackForcedInclusionFee() []byte {
	enc, err := basedInbox.abi.Pack("forcedInclusionFee")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackForcedInclusionFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x64bb0a22.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function forcedInclusionFee() view returns(uint256)
func (basedInbox *BasedInbox) TryPackForcedInclusionFee() ([]byte, error) {
	return basedInbox.abi.Pack("forcedInclusionFee")
}

// UnpackForcedInclusionFee is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x64bb0a22.
//
// Solidity: function forcedInclusionFee() view returns(uint256)
func (basedInbox *BasedInbox) UnpackForcedInclusionFee(data []byte) (*big.Int, error) {
	out, err := basedInbox.abi.Unpack("forcedInclusionFee", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackForcedTail is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x52e863bd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function forcedTail() view returns(uint64)
func (basedInbox *BasedInbox) PackForcedTail() []byte {
	enc, err := basedInbox.abi.Pack("forcedTail")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackForcedTail is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x52e863bd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function forcedTail() view returns(uint64)
func (basedInbox *BasedInbox) TryPackForcedTail() ([]byte, error) {
	return basedInbox.abi.Pack("forcedTail")
}

// UnpackForcedTail is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x52e863bd.
//
// Solidity: function forcedTail() view returns(uint64)
func (basedInbox *BasedInbox) UnpackForcedTail(data []byte) (uint64, error) {
	out, err := basedInbox.abi.Unpack("forcedTail", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackForcedTxMaxBytes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1762e968.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function forcedTxMaxBytes() view returns(uint32)
func (basedInbox *BasedInbox) PackForcedTxMaxBytes() []byte {
	enc, err := basedInbox.abi.Pack("forcedTxMaxBytes")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackForcedTxMaxBytes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1762e968.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function forcedTxMaxBytes() view returns(uint32)
func (basedInbox *BasedInbox) TryPackForcedTxMaxBytes() ([]byte, error) {
	return basedInbox.abi.Pack("forcedTxMaxBytes")
}

// UnpackForcedTxMaxBytes is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1762e968.
//
// Solidity: function forcedTxMaxBytes() view returns(uint32)
func (basedInbox *BasedInbox) UnpackForcedTxMaxBytes(data []byte) (uint32, error) {
	out, err := basedInbox.abi.Unpack("forcedTxMaxBytes", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackGenesisTime is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42c6498a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function genesisTime() view returns(uint64)
func (basedInbox *BasedInbox) PackGenesisTime() []byte {
	enc, err := basedInbox.abi.Pack("genesisTime")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGenesisTime is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42c6498a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function genesisTime() view returns(uint64)
func (basedInbox *BasedInbox) TryPackGenesisTime() ([]byte, error) {
	return basedInbox.abi.Pack("genesisTime")
}

// UnpackGenesisTime is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x42c6498a.
//
// Solidity: function genesisTime() view returns(uint64)
func (basedInbox *BasedInbox) UnpackGenesisTime(data []byte) (uint64, error) {
	out, err := basedInbox.abi.Unpack("genesisTime", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackHashSlotEnding is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf7cf6ce6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hashSlotEnding((uint256,uint64,bytes32,bytes32,bytes32,uint64,bytes32,uint32,bool) m) pure returns(bytes32)
func (basedInbox *BasedInbox) PackHashSlotEnding(m SlotEnding) []byte {
	enc, err := basedInbox.abi.Pack("hashSlotEnding", m)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHashSlotEnding is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf7cf6ce6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hashSlotEnding((uint256,uint64,bytes32,bytes32,bytes32,uint64,bytes32,uint32,bool) m) pure returns(bytes32)
func (basedInbox *BasedInbox) TryPackHashSlotEnding(m SlotEnding) ([]byte, error) {
	return basedInbox.abi.Pack("hashSlotEnding", m)
}

// UnpackHashSlotEnding is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf7cf6ce6.
//
// Solidity: function hashSlotEnding((uint256,uint64,bytes32,bytes32,bytes32,uint64,bytes32,uint32,bool) m) pure returns(bytes32)
func (basedInbox *BasedInbox) UnpackHashSlotEnding(data []byte) ([32]byte, error) {
	out, err := basedInbox.abi.Unpack("hashSlotEnding", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackImplicitSlotEndingIndex is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x24888cb5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function implicitSlotEndingIndex() view returns(uint32)
func (basedInbox *BasedInbox) PackImplicitSlotEndingIndex() []byte {
	enc, err := basedInbox.abi.Pack("implicitSlotEndingIndex")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackImplicitSlotEndingIndex is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x24888cb5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function implicitSlotEndingIndex() view returns(uint32)
func (basedInbox *BasedInbox) TryPackImplicitSlotEndingIndex() ([]byte, error) {
	return basedInbox.abi.Pack("implicitSlotEndingIndex")
}

// UnpackImplicitSlotEndingIndex is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x24888cb5.
//
// Solidity: function implicitSlotEndingIndex() view returns(uint32)
func (basedInbox *BasedInbox) UnpackImplicitSlotEndingIndex(data []byte) (uint32, error) {
	out, err := basedInbox.abi.Unpack("implicitSlotEndingIndex", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackIsConfirmed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6486aa51.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isConfirmed(bytes32 commitment) view returns(bool)
func (basedInbox *BasedInbox) PackIsConfirmed(commitment [32]byte) []byte {
	enc, err := basedInbox.abi.Pack("isConfirmed", commitment)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsConfirmed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6486aa51.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isConfirmed(bytes32 commitment) view returns(bool)
func (basedInbox *BasedInbox) TryPackIsConfirmed(commitment [32]byte) ([]byte, error) {
	return basedInbox.abi.Pack("isConfirmed", commitment)
}

// UnpackIsConfirmed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6486aa51.
//
// Solidity: function isConfirmed(bytes32 commitment) view returns(bool)
func (basedInbox *BasedInbox) UnpackIsConfirmed(data []byte) (bool, error) {
	out, err := basedInbox.abi.Unpack("isConfirmed", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsSlotEnding is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x52be2bb8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isSlotEnding((uint256,uint64,bytes32,bytes32,bytes32,uint64,bytes32,uint32,bool) se) view returns(bool)
func (basedInbox *BasedInbox) PackIsSlotEnding(se SlotEnding) []byte {
	enc, err := basedInbox.abi.Pack("isSlotEnding", se)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsSlotEnding is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x52be2bb8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isSlotEnding((uint256,uint64,bytes32,bytes32,bytes32,uint64,bytes32,uint32,bool) se) view returns(bool)
func (basedInbox *BasedInbox) TryPackIsSlotEnding(se SlotEnding) ([]byte, error) {
	return basedInbox.abi.Pack("isSlotEnding", se)
}

// UnpackIsSlotEnding is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x52be2bb8.
//
// Solidity: function isSlotEnding((uint256,uint64,bytes32,bytes32,bytes32,uint64,bytes32,uint32,bool) se) view returns(bool)
func (basedInbox *BasedInbox) UnpackIsSlotEnding(data []byte) (bool, error) {
	out, err := basedInbox.abi.Unpack("isSlotEnding", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackL2ChainId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd6ae3cd5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function l2ChainId() view returns(uint256)
func (basedInbox *BasedInbox) PackL2ChainId() []byte {
	enc, err := basedInbox.abi.Pack("l2ChainId")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackL2ChainId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd6ae3cd5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function l2ChainId() view returns(uint256)
func (basedInbox *BasedInbox) TryPackL2ChainId() ([]byte, error) {
	return basedInbox.abi.Pack("l2ChainId")
}

// UnpackL2ChainId is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd6ae3cd5.
//
// Solidity: function l2ChainId() view returns(uint256)
func (basedInbox *BasedInbox) UnpackL2ChainId(data []byte) (*big.Int, error) {
	out, err := basedInbox.abi.Unpack("l2ChainId", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackL2Head is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x05c063bd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function l2Head() view returns((bytes32,bytes32,uint64,uint64,bool))
func (basedInbox *BasedInbox) PackL2Head() []byte {
	enc, err := basedInbox.abi.Pack("l2Head")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackL2Head is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x05c063bd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function l2Head() view returns((bytes32,bytes32,uint64,uint64,bool))
func (basedInbox *BasedInbox) TryPackL2Head() ([]byte, error) {
	return basedInbox.abi.Pack("l2Head")
}

// UnpackL2Head is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x05c063bd.
//
// Solidity: function l2Head() view returns((bytes32,bytes32,uint64,uint64,bool))
func (basedInbox *BasedInbox) UnpackL2Head(data []byte) (L2Head, error) {
	out, err := basedInbox.abi.Unpack("l2Head", data)
	if err != nil {
		return *new(L2Head), err
	}
	out0 := *abi.ConvertType(out[0], new(L2Head)).(*L2Head)
	return out0, nil
}

// PackLastCertifiedSlot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd23ee6c3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function lastCertifiedSlot() view returns(uint64)
func (basedInbox *BasedInbox) PackLastCertifiedSlot() []byte {
	enc, err := basedInbox.abi.Pack("lastCertifiedSlot")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLastCertifiedSlot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd23ee6c3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function lastCertifiedSlot() view returns(uint64)
func (basedInbox *BasedInbox) TryPackLastCertifiedSlot() ([]byte, error) {
	return basedInbox.abi.Pack("lastCertifiedSlot")
}

// UnpackLastCertifiedSlot is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd23ee6c3.
//
// Solidity: function lastCertifiedSlot() view returns(uint64)
func (basedInbox *BasedInbox) UnpackLastCertifiedSlot(data []byte) (uint64, error) {
	out, err := basedInbox.abi.Unpack("lastCertifiedSlot", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackLatestConfirmedStateRoot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x039eb05d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function latestConfirmedStateRoot() view returns(bytes32 commitment, uint64 l2BlockNumber, bytes32 stateRoot)
func (basedInbox *BasedInbox) PackLatestConfirmedStateRoot() []byte {
	enc, err := basedInbox.abi.Pack("latestConfirmedStateRoot")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLatestConfirmedStateRoot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x039eb05d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function latestConfirmedStateRoot() view returns(bytes32 commitment, uint64 l2BlockNumber, bytes32 stateRoot)
func (basedInbox *BasedInbox) TryPackLatestConfirmedStateRoot() ([]byte, error) {
	return basedInbox.abi.Pack("latestConfirmedStateRoot")
}

// LatestConfirmedStateRootOutput serves as a container for the return parameters of contract
// method LatestConfirmedStateRoot.
type LatestConfirmedStateRootOutput struct {
	Commitment    [32]byte
	L2BlockNumber uint64
	StateRoot     [32]byte
}

// UnpackLatestConfirmedStateRoot is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x039eb05d.
//
// Solidity: function latestConfirmedStateRoot() view returns(bytes32 commitment, uint64 l2BlockNumber, bytes32 stateRoot)
func (basedInbox *BasedInbox) UnpackLatestConfirmedStateRoot(data []byte) (LatestConfirmedStateRootOutput, error) {
	out, err := basedInbox.abi.Unpack("latestConfirmedStateRoot", data)
	outstruct := new(LatestConfirmedStateRootOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Commitment = *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	outstruct.L2BlockNumber = *abi.ConvertType(out[1], new(uint64)).(*uint64)
	outstruct.StateRoot = *abi.ConvertType(out[2], new([32]byte)).(*[32]byte)
	return *outstruct, nil
}

// PackProposal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6da59041.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proposal(bytes32 commitment) view returns((address,uint64,uint16,bool,bytes32,uint64,uint64,bytes32))
func (basedInbox *BasedInbox) PackProposal(commitment [32]byte) []byte {
	enc, err := basedInbox.abi.Pack("proposal", commitment)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProposal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6da59041.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proposal(bytes32 commitment) view returns((address,uint64,uint16,bool,bytes32,uint64,uint64,bytes32))
func (basedInbox *BasedInbox) TryPackProposal(commitment [32]byte) ([]byte, error) {
	return basedInbox.abi.Pack("proposal", commitment)
}

// UnpackProposal is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6da59041.
//
// Solidity: function proposal(bytes32 commitment) view returns((address,uint64,uint16,bool,bytes32,uint64,uint64,bytes32))
func (basedInbox *BasedInbox) UnpackProposal(data []byte) (Proposal, error) {
	out, err := basedInbox.abi.Unpack("proposal", data)
	if err != nil {
		return *new(Proposal), err
	}
	out0 := *abi.ConvertType(out[0], new(Proposal)).(*Proposal)
	return out0, nil
}

// PackProvenStateRoot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x97359c9b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function provenStateRoot(bytes32 commitment) view returns(bytes32 root)
func (basedInbox *BasedInbox) PackProvenStateRoot(commitment [32]byte) []byte {
	enc, err := basedInbox.abi.Pack("provenStateRoot", commitment)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProvenStateRoot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x97359c9b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function provenStateRoot(bytes32 commitment) view returns(bytes32 root)
func (basedInbox *BasedInbox) TryPackProvenStateRoot(commitment [32]byte) ([]byte, error) {
	return basedInbox.abi.Pack("provenStateRoot", commitment)
}

// UnpackProvenStateRoot is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x97359c9b.
//
// Solidity: function provenStateRoot(bytes32 commitment) view returns(bytes32 root)
func (basedInbox *BasedInbox) UnpackProvenStateRoot(data []byte) ([32]byte, error) {
	out, err := basedInbox.abi.Unpack("provenStateRoot", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackRecordSequenced is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf0004fe6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function recordSequenced((uint256,uint64,bytes32,bytes32,bytes32,uint64,bytes32,uint32,bool) message, bytes certificate) returns()
func (basedInbox *BasedInbox) PackRecordSequenced(message SlotEnding, certificate []byte) []byte {
	enc, err := basedInbox.abi.Pack("recordSequenced", message, certificate)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRecordSequenced is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf0004fe6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function recordSequenced((uint256,uint64,bytes32,bytes32,bytes32,uint64,bytes32,uint32,bool) message, bytes certificate) returns()
func (basedInbox *BasedInbox) TryPackRecordSequenced(message SlotEnding, certificate []byte) ([]byte, error) {
	return basedInbox.abi.Pack("recordSequenced", message, certificate)
}

// PackSequencer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c1bba38.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function sequencer() view returns(address)
func (basedInbox *BasedInbox) PackSequencer() []byte {
	enc, err := basedInbox.abi.Pack("sequencer")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSequencer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c1bba38.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function sequencer() view returns(address)
func (basedInbox *BasedInbox) TryPackSequencer() ([]byte, error) {
	return basedInbox.abi.Pack("sequencer")
}

// UnpackSequencer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5c1bba38.
//
// Solidity: function sequencer() view returns(address)
func (basedInbox *BasedInbox) UnpackSequencer(data []byte) (common.Address, error) {
	out, err := basedInbox.abi.Unpack("sequencer", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackSlotEndingDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdf1edb5d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function slotEndingDigest((uint256,uint64,bytes32,bytes32,bytes32,uint64,bytes32,uint32,bool) m) view returns(bytes32)
func (basedInbox *BasedInbox) PackSlotEndingDigest(m SlotEnding) []byte {
	enc, err := basedInbox.abi.Pack("slotEndingDigest", m)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSlotEndingDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdf1edb5d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function slotEndingDigest((uint256,uint64,bytes32,bytes32,bytes32,uint64,bytes32,uint32,bool) m) view returns(bytes32)
func (basedInbox *BasedInbox) TryPackSlotEndingDigest(m SlotEnding) ([]byte, error) {
	return basedInbox.abi.Pack("slotEndingDigest", m)
}

// UnpackSlotEndingDigest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdf1edb5d.
//
// Solidity: function slotEndingDigest((uint256,uint64,bytes32,bytes32,bytes32,uint64,bytes32,uint32,bool) m) view returns(bytes32)
func (basedInbox *BasedInbox) UnpackSlotEndingDigest(data []byte) ([32]byte, error) {
	out, err := basedInbox.abi.Unpack("slotEndingDigest", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackSlotSeconds is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6738bc6a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function slotSeconds() view returns(uint64)
func (basedInbox *BasedInbox) PackSlotSeconds() []byte {
	enc, err := basedInbox.abi.Pack("slotSeconds")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSlotSeconds is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6738bc6a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function slotSeconds() view returns(uint64)
func (basedInbox *BasedInbox) TryPackSlotSeconds() ([]byte, error) {
	return basedInbox.abi.Pack("slotSeconds")
}

// UnpackSlotSeconds is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6738bc6a.
//
// Solidity: function slotSeconds() view returns(uint64)
func (basedInbox *BasedInbox) UnpackSlotSeconds(data []byte) (uint64, error) {
	out, err := basedInbox.abi.Unpack("slotSeconds", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackStateVerifier is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91caa941.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function stateVerifier() view returns(address)
func (basedInbox *BasedInbox) PackStateVerifier() []byte {
	enc, err := basedInbox.abi.Pack("stateVerifier")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStateVerifier is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91caa941.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function stateVerifier() view returns(address)
func (basedInbox *BasedInbox) TryPackStateVerifier() ([]byte, error) {
	return basedInbox.abi.Pack("stateVerifier")
}

// UnpackStateVerifier is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91caa941.
//
// Solidity: function stateVerifier() view returns(address)
func (basedInbox *BasedInbox) UnpackStateVerifier(data []byte) (common.Address, error) {
	out, err := basedInbox.abi.Unpack("stateVerifier", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackSubmitBased is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x612b3275.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function submitBased(((uint256,uint64,bytes32,bytes32,bytes32,uint64,bytes32,uint32,bool),bytes,(bytes32,uint8,bytes,uint8,uint16,bytes32,bytes),((address,(uint256,address,address,uint64,address,uint256,bytes,uint256,uint64,bytes32),bytes)[],(address,(uint256,address,address,uint64,address,uint256,bytes,uint256,uint64,bytes32),bytes)[],(address,bytes,bytes32)[])[]) s) returns(bytes32 commitment)
func (basedInbox *BasedInbox) PackSubmitBased(s Submission) []byte {
	enc, err := basedInbox.abi.Pack("submitBased", s)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSubmitBased is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x612b3275.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function submitBased(((uint256,uint64,bytes32,bytes32,bytes32,uint64,bytes32,uint32,bool),bytes,(bytes32,uint8,bytes,uint8,uint16,bytes32,bytes),((address,(uint256,address,address,uint64,address,uint256,bytes,uint256,uint64,bytes32),bytes)[],(address,(uint256,address,address,uint64,address,uint256,bytes,uint256,uint64,bytes32),bytes)[],(address,bytes,bytes32)[])[]) s) returns(bytes32 commitment)
func (basedInbox *BasedInbox) TryPackSubmitBased(s Submission) ([]byte, error) {
	return basedInbox.abi.Pack("submitBased", s)
}

// UnpackSubmitBased is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x612b3275.
//
// Solidity: function submitBased(((uint256,uint64,bytes32,bytes32,bytes32,uint64,bytes32,uint32,bool),bytes,(bytes32,uint8,bytes,uint8,uint16,bytes32,bytes),((address,(uint256,address,address,uint64,address,uint256,bytes,uint256,uint64,bytes32),bytes)[],(address,(uint256,address,address,uint64,address,uint256,bytes,uint256,uint64,bytes32),bytes)[],(address,bytes,bytes32)[])[]) s) returns(bytes32 commitment)
func (basedInbox *BasedInbox) UnpackSubmitBased(data []byte) ([32]byte, error) {
	out, err := basedInbox.abi.Unpack("submitBased", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackTransientStateRoot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x424c11fb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transientStateRoot() view returns(bytes32 commitment, uint64 l2BlockNumber, bytes32 stateRoot)
func (basedInbox *BasedInbox) PackTransientStateRoot() []byte {
	enc, err := basedInbox.abi.Pack("transientStateRoot")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransientStateRoot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x424c11fb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transientStateRoot() view returns(bytes32 commitment, uint64 l2BlockNumber, bytes32 stateRoot)
func (basedInbox *BasedInbox) TryPackTransientStateRoot() ([]byte, error) {
	return basedInbox.abi.Pack("transientStateRoot")
}

// TransientStateRootOutput serves as a container for the return parameters of contract
// method TransientStateRoot.
type TransientStateRootOutput struct {
	Commitment    [32]byte
	L2BlockNumber uint64
	StateRoot     [32]byte
}

// UnpackTransientStateRoot is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x424c11fb.
//
// Solidity: function transientStateRoot() view returns(bytes32 commitment, uint64 l2BlockNumber, bytes32 stateRoot)
func (basedInbox *BasedInbox) UnpackTransientStateRoot(data []byte) (TransientStateRootOutput, error) {
	out, err := basedInbox.abi.Unpack("transientStateRoot", data)
	outstruct := new(TransientStateRootOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Commitment = *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	outstruct.L2BlockNumber = *abi.ConvertType(out[1], new(uint64)).(*uint64)
	outstruct.StateRoot = *abi.ConvertType(out[2], new([32]byte)).(*[32]byte)
	return *outstruct, nil
}

// BasedInboxBasedBlockConfirmed represents a BasedBlockConfirmed event raised by the BasedInbox contract.
type BasedInboxBasedBlockConfirmed struct {
	Commitment    [32]byte
	ParentId      [32]byte
	L2BlockNumber uint64
	Assertions    *big.Int
	Raw           *types.Log // Blockchain specific contextual infos
}

const BasedInboxBasedBlockConfirmedEventName = "BasedBlockConfirmed"

// ContractEventName returns the user-defined event name.
func (BasedInboxBasedBlockConfirmed) ContractEventName() string {
	return BasedInboxBasedBlockConfirmedEventName
}

// UnpackBasedBlockConfirmedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BasedBlockConfirmed(bytes32 indexed commitment, bytes32 indexed parentId, uint64 l2BlockNumber, uint256 assertions)
func (basedInbox *BasedInbox) UnpackBasedBlockConfirmedEvent(log *types.Log) (*BasedInboxBasedBlockConfirmed, error) {
	event := "BasedBlockConfirmed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != basedInbox.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BasedInboxBasedBlockConfirmed)
	if len(log.Data) > 0 {
		if err := basedInbox.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range basedInbox.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// BasedInboxBasedBlockProposed represents a BasedBlockProposed event raised by the BasedInbox contract.
type BasedInboxBasedBlockProposed struct {
	Commitment [32]byte
	ParentId   [32]byte
	Proposer   common.Address
	Info       ProposedBlock
	Raw        *types.Log // Blockchain specific contextual infos
}

const BasedInboxBasedBlockProposedEventName = "BasedBlockProposed"

// ContractEventName returns the user-defined event name.
func (BasedInboxBasedBlockProposed) ContractEventName() string {
	return BasedInboxBasedBlockProposedEventName
}

// UnpackBasedBlockProposedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BasedBlockProposed(bytes32 indexed commitment, bytes32 indexed parentId, address indexed proposer, (uint64,uint64,uint8,uint8,bytes32,bytes32[],bytes,uint64,bytes[],bytes32,bytes32) info)
func (basedInbox *BasedInbox) UnpackBasedBlockProposedEvent(log *types.Log) (*BasedInboxBasedBlockProposed, error) {
	event := "BasedBlockProposed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != basedInbox.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BasedInboxBasedBlockProposed)
	if len(log.Data) > 0 {
		if err := basedInbox.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range basedInbox.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// BasedInboxForcedTransactionEnqueued represents a ForcedTransactionEnqueued event raised by the BasedInbox contract.
type BasedInboxForcedTransactionEnqueued struct {
	Index      uint64
	Sender     common.Address
	EnqueuedAt uint64
	RawTx      []byte
	Raw        *types.Log // Blockchain specific contextual infos
}

const BasedInboxForcedTransactionEnqueuedEventName = "ForcedTransactionEnqueued"

// ContractEventName returns the user-defined event name.
func (BasedInboxForcedTransactionEnqueued) ContractEventName() string {
	return BasedInboxForcedTransactionEnqueuedEventName
}

// UnpackForcedTransactionEnqueuedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ForcedTransactionEnqueued(uint64 indexed index, address indexed sender, uint64 enqueuedAt, bytes rawTx)
func (basedInbox *BasedInbox) UnpackForcedTransactionEnqueuedEvent(log *types.Log) (*BasedInboxForcedTransactionEnqueued, error) {
	event := "ForcedTransactionEnqueued"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != basedInbox.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BasedInboxForcedTransactionEnqueued)
	if len(log.Data) > 0 {
		if err := basedInbox.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range basedInbox.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// BasedInboxSequencerProgress represents a SequencerProgress event raised by the BasedInbox contract.
type BasedInboxSequencerProgress struct {
	L2BlockHash   [32]byte
	L2BlockNumber uint64
	L1Slot        uint64
	Raw           *types.Log // Blockchain specific contextual infos
}

const BasedInboxSequencerProgressEventName = "SequencerProgress"

// ContractEventName returns the user-defined event name.
func (BasedInboxSequencerProgress) ContractEventName() string {
	return BasedInboxSequencerProgressEventName
}

// UnpackSequencerProgressEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SequencerProgress(bytes32 indexed l2BlockHash, uint64 l2BlockNumber, uint64 l1Slot)
func (basedInbox *BasedInbox) UnpackSequencerProgressEvent(log *types.Log) (*BasedInboxSequencerProgress, error) {
	event := "SequencerProgress"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != basedInbox.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BasedInboxSequencerProgress)
	if len(log.Data) > 0 {
		if err := basedInbox.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range basedInbox.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (basedInbox *BasedInbox) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], basedInbox.abi.Errors["AssertionFailed"].ID.Bytes()[:4]) {
		return basedInbox.UnpackAssertionFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], basedInbox.abi.Errors["BeforeGenesis"].ID.Bytes()[:4]) {
		return basedInbox.UnpackBeforeGenesisError(raw[4:])
	}
	if bytes.Equal(raw[:4], basedInbox.abi.Errors["CallFailed"].ID.Bytes()[:4]) {
		return basedInbox.UnpackCallFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], basedInbox.abi.Errors["CertificateRequired"].ID.Bytes()[:4]) {
		return basedInbox.UnpackCertificateRequiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], basedInbox.abi.Errors["CommitmentExists"].ID.Bytes()[:4]) {
		return basedInbox.UnpackCommitmentExistsError(raw[4:])
	}
	if bytes.Equal(raw[:4], basedInbox.abi.Errors["EnqueueDuringSubmission"].ID.Bytes()[:4]) {
		return basedInbox.UnpackEnqueueDuringSubmissionError(raw[4:])
	}
	if bytes.Equal(raw[:4], basedInbox.abi.Errors["FeeTransferFailed"].ID.Bytes()[:4]) {
		return basedInbox.UnpackFeeTransferFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], basedInbox.abi.Errors["ForcedInclusionDue"].ID.Bytes()[:4]) {
		return basedInbox.UnpackForcedInclusionDueError(raw[4:])
	}
	if bytes.Equal(raw[:4], basedInbox.abi.Errors["ForcedTransactionSize"].ID.Bytes()[:4]) {
		return basedInbox.UnpackForcedTransactionSizeError(raw[4:])
	}
	if bytes.Equal(raw[:4], basedInbox.abi.Errors["InvalidConfig"].ID.Bytes()[:4]) {
		return basedInbox.UnpackInvalidConfigError(raw[4:])
	}
	if bytes.Equal(raw[:4], basedInbox.abi.Errors["InvalidSignature"].ID.Bytes()[:4]) {
		return basedInbox.UnpackInvalidSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], basedInbox.abi.Errors["L2HeadNotExtended"].ID.Bytes()[:4]) {
		return basedInbox.UnpackL2HeadNotExtendedError(raw[4:])
	}
	if bytes.Equal(raw[:4], basedInbox.abi.Errors["MissingBlob"].ID.Bytes()[:4]) {
		return basedInbox.UnpackMissingBlobError(raw[4:])
	}
	if bytes.Equal(raw[:4], basedInbox.abi.Errors["NoProvenStateRoot"].ID.Bytes()[:4]) {
		return basedInbox.UnpackNoProvenStateRootError(raw[4:])
	}
	if bytes.Equal(raw[:4], basedInbox.abi.Errors["NoStateVerifier"].ID.Bytes()[:4]) {
		return basedInbox.UnpackNoStateVerifierError(raw[4:])
	}
	if bytes.Equal(raw[:4], basedInbox.abi.Errors["NotAnAccount"].ID.Bytes()[:4]) {
		return basedInbox.UnpackNotAnAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], basedInbox.abi.Errors["NotSequencer"].ID.Bytes()[:4]) {
		return basedInbox.UnpackNotSequencerError(raw[4:])
	}
	if bytes.Equal(raw[:4], basedInbox.abi.Errors["NotSlotEnding"].ID.Bytes()[:4]) {
		return basedInbox.UnpackNotSlotEndingError(raw[4:])
	}
	if bytes.Equal(raw[:4], basedInbox.abi.Errors["ParentMismatch"].ID.Bytes()[:4]) {
		return basedInbox.UnpackParentMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], basedInbox.abi.Errors["ParentNotHead"].ID.Bytes()[:4]) {
		return basedInbox.UnpackParentNotHeadError(raw[4:])
	}
	if bytes.Equal(raw[:4], basedInbox.abi.Errors["ParentStateRootUnknown"].ID.Bytes()[:4]) {
		return basedInbox.UnpackParentStateRootUnknownError(raw[4:])
	}
	if bytes.Equal(raw[:4], basedInbox.abi.Errors["Reentered"].ID.Bytes()[:4]) {
		return basedInbox.UnpackReenteredError(raw[4:])
	}
	if bytes.Equal(raw[:4], basedInbox.abi.Errors["StateProofRejected"].ID.Bytes()[:4]) {
		return basedInbox.UnpackStateProofRejectedError(raw[4:])
	}
	if bytes.Equal(raw[:4], basedInbox.abi.Errors["StateRootNotProven"].ID.Bytes()[:4]) {
		return basedInbox.UnpackStateRootNotProvenError(raw[4:])
	}
	if bytes.Equal(raw[:4], basedInbox.abi.Errors["TooManyForcedEntries"].ID.Bytes()[:4]) {
		return basedInbox.UnpackTooManyForcedEntriesError(raw[4:])
	}
	if bytes.Equal(raw[:4], basedInbox.abi.Errors["UnexpectedBlobCount"].ID.Bytes()[:4]) {
		return basedInbox.UnpackUnexpectedBlobCountError(raw[4:])
	}
	if bytes.Equal(raw[:4], basedInbox.abi.Errors["UnexpectedTxData"].ID.Bytes()[:4]) {
		return basedInbox.UnpackUnexpectedTxDataError(raw[4:])
	}
	if bytes.Equal(raw[:4], basedInbox.abi.Errors["UnknownDataMode"].ID.Bytes()[:4]) {
		return basedInbox.UnpackUnknownDataModeError(raw[4:])
	}
	if bytes.Equal(raw[:4], basedInbox.abi.Errors["WrongBundleId"].ID.Bytes()[:4]) {
		return basedInbox.UnpackWrongBundleIdError(raw[4:])
	}
	if bytes.Equal(raw[:4], basedInbox.abi.Errors["WrongForcedInclusionFee"].ID.Bytes()[:4]) {
		return basedInbox.UnpackWrongForcedInclusionFeeError(raw[4:])
	}
	if bytes.Equal(raw[:4], basedInbox.abi.Errors["WrongL1Parent"].ID.Bytes()[:4]) {
		return basedInbox.UnpackWrongL1ParentError(raw[4:])
	}
	if bytes.Equal(raw[:4], basedInbox.abi.Errors["WrongL2Chain"].ID.Bytes()[:4]) {
		return basedInbox.UnpackWrongL2ChainError(raw[4:])
	}
	if bytes.Equal(raw[:4], basedInbox.abi.Errors["WrongSlot"].ID.Bytes()[:4]) {
		return basedInbox.UnpackWrongSlotError(raw[4:])
	}
	if bytes.Equal(raw[:4], basedInbox.abi.Errors["WrongSubmitter"].ID.Bytes()[:4]) {
		return basedInbox.UnpackWrongSubmitterError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// BasedInboxAssertionFailed represents a AssertionFailed error raised by the BasedInbox contract.
type BasedInboxAssertionFailed struct {
	Bundle         *big.Int
	Index          *big.Int
	CallReverted   bool
	ReturnDataHash [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AssertionFailed(uint256 bundle, uint256 index, bool callReverted, bytes32 returnDataHash)
func BasedInboxAssertionFailedErrorID() common.Hash {
	return common.HexToHash("0x8bb0ec3df852190282b7c196a407b32a16077765728a33a4074231de12bea25f")
}

// UnpackAssertionFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AssertionFailed(uint256 bundle, uint256 index, bool callReverted, bytes32 returnDataHash)
func (basedInbox *BasedInbox) UnpackAssertionFailedError(raw []byte) (*BasedInboxAssertionFailed, error) {
	out := new(BasedInboxAssertionFailed)
	if err := basedInbox.abi.UnpackIntoInterface(out, "AssertionFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BasedInboxBeforeGenesis represents a BeforeGenesis error raised by the BasedInbox contract.
type BasedInboxBeforeGenesis struct {
	GenesisTime uint64
	Timestamp   uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BeforeGenesis(uint64 genesisTime, uint64 timestamp)
func BasedInboxBeforeGenesisErrorID() common.Hash {
	return common.HexToHash("0x08649c4d88fff255145f825ce9c53638fd9546921132e5e3a81da75c1eca593e")
}

// UnpackBeforeGenesisError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BeforeGenesis(uint64 genesisTime, uint64 timestamp)
func (basedInbox *BasedInbox) UnpackBeforeGenesisError(raw []byte) (*BasedInboxBeforeGenesis, error) {
	out := new(BasedInboxBeforeGenesis)
	if err := basedInbox.abi.UnpackIntoInterface(out, "BeforeGenesis", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BasedInboxCallFailed represents a CallFailed error raised by the BasedInbox contract.
type BasedInboxCallFailed struct {
	Leg    uint8
	Bundle *big.Int
	Index  *big.Int
	Reason []byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CallFailed(uint8 leg, uint256 bundle, uint256 index, bytes reason)
func BasedInboxCallFailedErrorID() common.Hash {
	return common.HexToHash("0xe4908f1cc977a28bc8969f55b8ca52a2058b6a3e51315cda242d7f35a2e22474")
}

// UnpackCallFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CallFailed(uint8 leg, uint256 bundle, uint256 index, bytes reason)
func (basedInbox *BasedInbox) UnpackCallFailedError(raw []byte) (*BasedInboxCallFailed, error) {
	out := new(BasedInboxCallFailed)
	if err := basedInbox.abi.UnpackIntoInterface(out, "CallFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BasedInboxCertificateRequired represents a CertificateRequired error raised by the BasedInbox contract.
type BasedInboxCertificateRequired struct {
	LastCertifiedSlot uint64
	CurrentSlot       uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CertificateRequired(uint64 lastCertifiedSlot, uint64 currentSlot)
func BasedInboxCertificateRequiredErrorID() common.Hash {
	return common.HexToHash("0x88241ad358fbc6570c6d25bc69627c1960176e411a7a1f9890af9053eee5668b")
}

// UnpackCertificateRequiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CertificateRequired(uint64 lastCertifiedSlot, uint64 currentSlot)
func (basedInbox *BasedInbox) UnpackCertificateRequiredError(raw []byte) (*BasedInboxCertificateRequired, error) {
	out := new(BasedInboxCertificateRequired)
	if err := basedInbox.abi.UnpackIntoInterface(out, "CertificateRequired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BasedInboxCommitmentExists represents a CommitmentExists error raised by the BasedInbox contract.
type BasedInboxCommitmentExists struct {
	Commitment [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CommitmentExists(bytes32 commitment)
func BasedInboxCommitmentExistsErrorID() common.Hash {
	return common.HexToHash("0xe90f94151beb5dfd3298ccdff2304109cb32f56df9b8c52bcd9b97da0e0d34b2")
}

// UnpackCommitmentExistsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CommitmentExists(bytes32 commitment)
func (basedInbox *BasedInbox) UnpackCommitmentExistsError(raw []byte) (*BasedInboxCommitmentExists, error) {
	out := new(BasedInboxCommitmentExists)
	if err := basedInbox.abi.UnpackIntoInterface(out, "CommitmentExists", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BasedInboxEnqueueDuringSubmission represents a EnqueueDuringSubmission error raised by the BasedInbox contract.
type BasedInboxEnqueueDuringSubmission struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EnqueueDuringSubmission()
func BasedInboxEnqueueDuringSubmissionErrorID() common.Hash {
	return common.HexToHash("0x0fb82d8b1f16354ad513655cd48a41d9a24aca7c3626bf4f65dadc1a6aab1977")
}

// UnpackEnqueueDuringSubmissionError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EnqueueDuringSubmission()
func (basedInbox *BasedInbox) UnpackEnqueueDuringSubmissionError(raw []byte) (*BasedInboxEnqueueDuringSubmission, error) {
	out := new(BasedInboxEnqueueDuringSubmission)
	if err := basedInbox.abi.UnpackIntoInterface(out, "EnqueueDuringSubmission", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BasedInboxFeeTransferFailed represents a FeeTransferFailed error raised by the BasedInbox contract.
type BasedInboxFeeTransferFailed struct {
	To     common.Address
	Amount *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FeeTransferFailed(address to, uint256 amount)
func BasedInboxFeeTransferFailedErrorID() common.Hash {
	return common.HexToHash("0x6e74fa861ad217d22e4999b25c034134da9a28b748aef4bdd47e440dfbab6059")
}

// UnpackFeeTransferFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FeeTransferFailed(address to, uint256 amount)
func (basedInbox *BasedInbox) UnpackFeeTransferFailedError(raw []byte) (*BasedInboxFeeTransferFailed, error) {
	out := new(BasedInboxFeeTransferFailed)
	if err := basedInbox.abi.UnpackIntoInterface(out, "FeeTransferFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BasedInboxForcedInclusionDue represents a ForcedInclusionDue error raised by the BasedInbox contract.
type BasedInboxForcedInclusionDue struct {
	Due      *big.Int
	Included *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ForcedInclusionDue(uint256 due, uint256 included)
func BasedInboxForcedInclusionDueErrorID() common.Hash {
	return common.HexToHash("0x078412ffef6944acfb1ed9387d6f71a995f345ab9c4415d7d7c3030d36f35220")
}

// UnpackForcedInclusionDueError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ForcedInclusionDue(uint256 due, uint256 included)
func (basedInbox *BasedInbox) UnpackForcedInclusionDueError(raw []byte) (*BasedInboxForcedInclusionDue, error) {
	out := new(BasedInboxForcedInclusionDue)
	if err := basedInbox.abi.UnpackIntoInterface(out, "ForcedInclusionDue", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BasedInboxForcedTransactionSize represents a ForcedTransactionSize error raised by the BasedInbox contract.
type BasedInboxForcedTransactionSize struct {
	Size *big.Int
	Max  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ForcedTransactionSize(uint256 size, uint256 max)
func BasedInboxForcedTransactionSizeErrorID() common.Hash {
	return common.HexToHash("0x5432cabc577af0ac50e3908ebe67e97983d83fe155eb385d0039236c85197e26")
}

// UnpackForcedTransactionSizeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ForcedTransactionSize(uint256 size, uint256 max)
func (basedInbox *BasedInbox) UnpackForcedTransactionSizeError(raw []byte) (*BasedInboxForcedTransactionSize, error) {
	out := new(BasedInboxForcedTransactionSize)
	if err := basedInbox.abi.UnpackIntoInterface(out, "ForcedTransactionSize", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BasedInboxInvalidConfig represents a InvalidConfig error raised by the BasedInbox contract.
type BasedInboxInvalidConfig struct {
	Field string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidConfig(string field)
func BasedInboxInvalidConfigErrorID() common.Hash {
	return common.HexToHash("0x89a61989863f97edef3cf9672465dbf8e5f073c532d59146a86917af6f971ea7")
}

// UnpackInvalidConfigError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidConfig(string field)
func (basedInbox *BasedInbox) UnpackInvalidConfigError(raw []byte) (*BasedInboxInvalidConfig, error) {
	out := new(BasedInboxInvalidConfig)
	if err := basedInbox.abi.UnpackIntoInterface(out, "InvalidConfig", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BasedInboxInvalidSignature represents a InvalidSignature error raised by the BasedInbox contract.
type BasedInboxInvalidSignature struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidSignature()
func BasedInboxInvalidSignatureErrorID() common.Hash {
	return common.HexToHash("0x8baa579fce362245063d36f11747a89dd489c54795634fc673cc0e0db51fedc5")
}

// UnpackInvalidSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidSignature()
func (basedInbox *BasedInbox) UnpackInvalidSignatureError(raw []byte) (*BasedInboxInvalidSignature, error) {
	out := new(BasedInboxInvalidSignature)
	if err := basedInbox.abi.UnpackIntoInterface(out, "InvalidSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BasedInboxL2HeadNotExtended represents a L2HeadNotExtended error raised by the BasedInbox contract.
type BasedInboxL2HeadNotExtended struct {
	HeadId     [32]byte
	HeadNumber uint64
	HeadSlot   uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error L2HeadNotExtended(bytes32 headId, uint64 headNumber, uint64 headSlot)
func BasedInboxL2HeadNotExtendedErrorID() common.Hash {
	return common.HexToHash("0x239dd02da428547f357ce72d671ffaceb47b5dbbca0bd6783c7927e3af4b5b00")
}

// UnpackL2HeadNotExtendedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error L2HeadNotExtended(bytes32 headId, uint64 headNumber, uint64 headSlot)
func (basedInbox *BasedInbox) UnpackL2HeadNotExtendedError(raw []byte) (*BasedInboxL2HeadNotExtended, error) {
	out := new(BasedInboxL2HeadNotExtended)
	if err := basedInbox.abi.UnpackIntoInterface(out, "L2HeadNotExtended", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BasedInboxMissingBlob represents a MissingBlob error raised by the BasedInbox contract.
type BasedInboxMissingBlob struct {
	Index *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MissingBlob(uint256 index)
func BasedInboxMissingBlobErrorID() common.Hash {
	return common.HexToHash("0x95ed3b3202ef50eee4e654dc83ceb5fc80062fe9ab10f8ccddb8dba228de2403")
}

// UnpackMissingBlobError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MissingBlob(uint256 index)
func (basedInbox *BasedInbox) UnpackMissingBlobError(raw []byte) (*BasedInboxMissingBlob, error) {
	out := new(BasedInboxMissingBlob)
	if err := basedInbox.abi.UnpackIntoInterface(out, "MissingBlob", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BasedInboxNoProvenStateRoot represents a NoProvenStateRoot error raised by the BasedInbox contract.
type BasedInboxNoProvenStateRoot struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoProvenStateRoot()
func BasedInboxNoProvenStateRootErrorID() common.Hash {
	return common.HexToHash("0xffb89b7749916c207fbbc5c1a78624977b1dc6b88cc35fc7347494a03aa18430")
}

// UnpackNoProvenStateRootError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoProvenStateRoot()
func (basedInbox *BasedInbox) UnpackNoProvenStateRootError(raw []byte) (*BasedInboxNoProvenStateRoot, error) {
	out := new(BasedInboxNoProvenStateRoot)
	if err := basedInbox.abi.UnpackIntoInterface(out, "NoProvenStateRoot", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BasedInboxNoStateVerifier represents a NoStateVerifier error raised by the BasedInbox contract.
type BasedInboxNoStateVerifier struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoStateVerifier()
func BasedInboxNoStateVerifierErrorID() common.Hash {
	return common.HexToHash("0xd70175979c52de904113cd1a4a3101c12b3a4c07744675d57b5b0cf28c4152cc")
}

// UnpackNoStateVerifierError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoStateVerifier()
func (basedInbox *BasedInbox) UnpackNoStateVerifierError(raw []byte) (*BasedInboxNoStateVerifier, error) {
	out := new(BasedInboxNoStateVerifier)
	if err := basedInbox.abi.UnpackIntoInterface(out, "NoStateVerifier", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BasedInboxNotAnAccount represents a NotAnAccount error raised by the BasedInbox contract.
type BasedInboxNotAnAccount struct {
	Leg     uint8
	Bundle  *big.Int
	Index   *big.Int
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotAnAccount(uint8 leg, uint256 bundle, uint256 index, address account)
func BasedInboxNotAnAccountErrorID() common.Hash {
	return common.HexToHash("0xa9d5a7bf74e7e69387080832321cadf3deac3b2ef76c5d42195e0aa7c6f31ef3")
}

// UnpackNotAnAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotAnAccount(uint8 leg, uint256 bundle, uint256 index, address account)
func (basedInbox *BasedInbox) UnpackNotAnAccountError(raw []byte) (*BasedInboxNotAnAccount, error) {
	out := new(BasedInboxNotAnAccount)
	if err := basedInbox.abi.UnpackIntoInterface(out, "NotAnAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BasedInboxNotSequencer represents a NotSequencer error raised by the BasedInbox contract.
type BasedInboxNotSequencer struct {
	Signer common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotSequencer(address signer)
func BasedInboxNotSequencerErrorID() common.Hash {
	return common.HexToHash("0x0596787718e4a3212038e1b1501f602a660a34700b149722180893ceaca0f8ed")
}

// UnpackNotSequencerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotSequencer(address signer)
func (basedInbox *BasedInbox) UnpackNotSequencerError(raw []byte) (*BasedInboxNotSequencer, error) {
	out := new(BasedInboxNotSequencer)
	if err := basedInbox.abi.UnpackIntoInterface(out, "NotSequencer", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BasedInboxNotSlotEnding represents a NotSlotEnding error raised by the BasedInbox contract.
type BasedInboxNotSlotEnding struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotSlotEnding()
func BasedInboxNotSlotEndingErrorID() common.Hash {
	return common.HexToHash("0xd13b03408fe805794211c56c18f050e3438055ddff28b63e8a0b1a6d9bccb1c6")
}

// UnpackNotSlotEndingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotSlotEnding()
func (basedInbox *BasedInbox) UnpackNotSlotEndingError(raw []byte) (*BasedInboxNotSlotEnding, error) {
	out := new(BasedInboxNotSlotEnding)
	if err := basedInbox.abi.UnpackIntoInterface(out, "NotSlotEnding", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BasedInboxParentMismatch represents a ParentMismatch error raised by the BasedInbox contract.
type BasedInboxParentMismatch struct {
	Expected [32]byte
	Got      [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ParentMismatch(bytes32 expected, bytes32 got)
func BasedInboxParentMismatchErrorID() common.Hash {
	return common.HexToHash("0x59b3f2d3c5238ca0f4275f0dc44177e55522acb4605f93fe3cab16904ac72b2b")
}

// UnpackParentMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ParentMismatch(bytes32 expected, bytes32 got)
func (basedInbox *BasedInbox) UnpackParentMismatchError(raw []byte) (*BasedInboxParentMismatch, error) {
	out := new(BasedInboxParentMismatch)
	if err := basedInbox.abi.UnpackIntoInterface(out, "ParentMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BasedInboxParentNotHead represents a ParentNotHead error raised by the BasedInbox contract.
type BasedInboxParentNotHead struct {
	ParentId [32]byte
	HeadId   [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ParentNotHead(bytes32 parentId, bytes32 headId)
func BasedInboxParentNotHeadErrorID() common.Hash {
	return common.HexToHash("0x6764fc7dd1022f3a110b5a4301188f3625ef6520999a57cb06575bc47a11d896")
}

// UnpackParentNotHeadError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ParentNotHead(bytes32 parentId, bytes32 headId)
func (basedInbox *BasedInbox) UnpackParentNotHeadError(raw []byte) (*BasedInboxParentNotHead, error) {
	out := new(BasedInboxParentNotHead)
	if err := basedInbox.abi.UnpackIntoInterface(out, "ParentNotHead", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BasedInboxParentStateRootUnknown represents a ParentStateRootUnknown error raised by the BasedInbox contract.
type BasedInboxParentStateRootUnknown struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ParentStateRootUnknown()
func BasedInboxParentStateRootUnknownErrorID() common.Hash {
	return common.HexToHash("0x4365780406386f80853184f542e097f99c6b1fec9b27e647a83fad7349bf9bf1")
}

// UnpackParentStateRootUnknownError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ParentStateRootUnknown()
func (basedInbox *BasedInbox) UnpackParentStateRootUnknownError(raw []byte) (*BasedInboxParentStateRootUnknown, error) {
	out := new(BasedInboxParentStateRootUnknown)
	if err := basedInbox.abi.UnpackIntoInterface(out, "ParentStateRootUnknown", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BasedInboxReentered represents a Reentered error raised by the BasedInbox contract.
type BasedInboxReentered struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Reentered()
func BasedInboxReenteredErrorID() common.Hash {
	return common.HexToHash("0xb5dfd9e53a10d4d747ca3de749b98baf23546e800cbacdb1dbc28233e586d1ee")
}

// UnpackReenteredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Reentered()
func (basedInbox *BasedInbox) UnpackReenteredError(raw []byte) (*BasedInboxReentered, error) {
	out := new(BasedInboxReentered)
	if err := basedInbox.abi.UnpackIntoInterface(out, "Reentered", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BasedInboxStateProofRejected represents a StateProofRejected error raised by the BasedInbox contract.
type BasedInboxStateProofRejected struct {
	ParentStateRoot [32]byte
	PostStateRoot   [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StateProofRejected(bytes32 parentStateRoot, bytes32 postStateRoot)
func BasedInboxStateProofRejectedErrorID() common.Hash {
	return common.HexToHash("0xbc04b9ed0792584f9fe150ab3bc907e64fd9a720788b96321086731da1d9fde8")
}

// UnpackStateProofRejectedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StateProofRejected(bytes32 parentStateRoot, bytes32 postStateRoot)
func (basedInbox *BasedInbox) UnpackStateProofRejectedError(raw []byte) (*BasedInboxStateProofRejected, error) {
	out := new(BasedInboxStateProofRejected)
	if err := basedInbox.abi.UnpackIntoInterface(out, "StateProofRejected", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BasedInboxStateRootNotProven represents a StateRootNotProven error raised by the BasedInbox contract.
type BasedInboxStateRootNotProven struct {
	Commitment [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StateRootNotProven(bytes32 commitment)
func BasedInboxStateRootNotProvenErrorID() common.Hash {
	return common.HexToHash("0x3794acbe95ef3f181d4a8a28ceedb8dacb3b139fb2aa45fccd739fc9b31f3e30")
}

// UnpackStateRootNotProvenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StateRootNotProven(bytes32 commitment)
func (basedInbox *BasedInbox) UnpackStateRootNotProvenError(raw []byte) (*BasedInboxStateRootNotProven, error) {
	out := new(BasedInboxStateRootNotProven)
	if err := basedInbox.abi.UnpackIntoInterface(out, "StateRootNotProven", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BasedInboxTooManyForcedEntries represents a TooManyForcedEntries error raised by the BasedInbox contract.
type BasedInboxTooManyForcedEntries struct {
	Included *big.Int
	Max      *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooManyForcedEntries(uint256 included, uint256 max)
func BasedInboxTooManyForcedEntriesErrorID() common.Hash {
	return common.HexToHash("0x5b482d001409bdb657fce81714621597aefc6f5b8a8e7a0e2158ac316051abd8")
}

// UnpackTooManyForcedEntriesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooManyForcedEntries(uint256 included, uint256 max)
func (basedInbox *BasedInbox) UnpackTooManyForcedEntriesError(raw []byte) (*BasedInboxTooManyForcedEntries, error) {
	out := new(BasedInboxTooManyForcedEntries)
	if err := basedInbox.abi.UnpackIntoInterface(out, "TooManyForcedEntries", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BasedInboxUnexpectedBlobCount represents a UnexpectedBlobCount error raised by the BasedInbox contract.
type BasedInboxUnexpectedBlobCount struct {
	BlobCount uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnexpectedBlobCount(uint8 blobCount)
func BasedInboxUnexpectedBlobCountErrorID() common.Hash {
	return common.HexToHash("0x5ec2233e9352eb0810b6aef63316c38810981932dd553e75836d0ee781fba26d")
}

// UnpackUnexpectedBlobCountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnexpectedBlobCount(uint8 blobCount)
func (basedInbox *BasedInbox) UnpackUnexpectedBlobCountError(raw []byte) (*BasedInboxUnexpectedBlobCount, error) {
	out := new(BasedInboxUnexpectedBlobCount)
	if err := basedInbox.abi.UnpackIntoInterface(out, "UnexpectedBlobCount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BasedInboxUnexpectedTxData represents a UnexpectedTxData error raised by the BasedInbox contract.
type BasedInboxUnexpectedTxData struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnexpectedTxData()
func BasedInboxUnexpectedTxDataErrorID() common.Hash {
	return common.HexToHash("0x63b7c71c543b6aebc932e3d2a36c261b3a68f2b076556207d740a33ba0604d53")
}

// UnpackUnexpectedTxDataError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnexpectedTxData()
func (basedInbox *BasedInbox) UnpackUnexpectedTxDataError(raw []byte) (*BasedInboxUnexpectedTxData, error) {
	out := new(BasedInboxUnexpectedTxData)
	if err := basedInbox.abi.UnpackIntoInterface(out, "UnexpectedTxData", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BasedInboxUnknownDataMode represents a UnknownDataMode error raised by the BasedInbox contract.
type BasedInboxUnknownDataMode struct {
	Mode uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownDataMode(uint8 mode)
func BasedInboxUnknownDataModeErrorID() common.Hash {
	return common.HexToHash("0x0f4492631dec8a40b12f41c9ab19fd41aa164a1d1aaaf8b161912b1b56c9e2db")
}

// UnpackUnknownDataModeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownDataMode(uint8 mode)
func (basedInbox *BasedInbox) UnpackUnknownDataModeError(raw []byte) (*BasedInboxUnknownDataMode, error) {
	out := new(BasedInboxUnknownDataMode)
	if err := basedInbox.abi.UnpackIntoInterface(out, "UnknownDataMode", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BasedInboxWrongBundleId represents a WrongBundleId error raised by the BasedInbox contract.
type BasedInboxWrongBundleId struct {
	Leg      uint8
	Bundle   *big.Int
	Index    *big.Int
	BundleId [32]byte
	Signed   [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongBundleId(uint8 leg, uint256 bundle, uint256 index, bytes32 bundleId, bytes32 signed)
func BasedInboxWrongBundleIdErrorID() common.Hash {
	return common.HexToHash("0x47a7fff38081c51907720de9075e80cbe1e2ff4372a02f2f6b08c91d42591357")
}

// UnpackWrongBundleIdError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongBundleId(uint8 leg, uint256 bundle, uint256 index, bytes32 bundleId, bytes32 signed)
func (basedInbox *BasedInbox) UnpackWrongBundleIdError(raw []byte) (*BasedInboxWrongBundleId, error) {
	out := new(BasedInboxWrongBundleId)
	if err := basedInbox.abi.UnpackIntoInterface(out, "WrongBundleId", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BasedInboxWrongForcedInclusionFee represents a WrongForcedInclusionFee error raised by the BasedInbox contract.
type BasedInboxWrongForcedInclusionFee struct {
	Sent     *big.Int
	Required *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongForcedInclusionFee(uint256 sent, uint256 required)
func BasedInboxWrongForcedInclusionFeeErrorID() common.Hash {
	return common.HexToHash("0x40bd1329bfd6cf0f73fe0080ba4f4cecf061e86ca9af089086104d8fbe96e9ac")
}

// UnpackWrongForcedInclusionFeeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongForcedInclusionFee(uint256 sent, uint256 required)
func (basedInbox *BasedInbox) UnpackWrongForcedInclusionFeeError(raw []byte) (*BasedInboxWrongForcedInclusionFee, error) {
	out := new(BasedInboxWrongForcedInclusionFee)
	if err := basedInbox.abi.UnpackIntoInterface(out, "WrongForcedInclusionFee", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BasedInboxWrongL1Parent represents a WrongL1Parent error raised by the BasedInbox contract.
type BasedInboxWrongL1Parent struct {
	Expected [32]byte
	Got      [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongL1Parent(bytes32 expected, bytes32 got)
func BasedInboxWrongL1ParentErrorID() common.Hash {
	return common.HexToHash("0x309e5f9d758040fa5b6708129794f862ee8b571ddaf0885a35f8e52669c5de8c")
}

// UnpackWrongL1ParentError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongL1Parent(bytes32 expected, bytes32 got)
func (basedInbox *BasedInbox) UnpackWrongL1ParentError(raw []byte) (*BasedInboxWrongL1Parent, error) {
	out := new(BasedInboxWrongL1Parent)
	if err := basedInbox.abi.UnpackIntoInterface(out, "WrongL1Parent", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BasedInboxWrongL2Chain represents a WrongL2Chain error raised by the BasedInbox contract.
type BasedInboxWrongL2Chain struct {
	Expected *big.Int
	Got      *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongL2Chain(uint256 expected, uint256 got)
func BasedInboxWrongL2ChainErrorID() common.Hash {
	return common.HexToHash("0x8bd814073071f24a360c485bc9ebf5a4ca9e8a42221740c5080287227f96a47f")
}

// UnpackWrongL2ChainError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongL2Chain(uint256 expected, uint256 got)
func (basedInbox *BasedInbox) UnpackWrongL2ChainError(raw []byte) (*BasedInboxWrongL2Chain, error) {
	out := new(BasedInboxWrongL2Chain)
	if err := basedInbox.abi.UnpackIntoInterface(out, "WrongL2Chain", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BasedInboxWrongSlot represents a WrongSlot error raised by the BasedInbox contract.
type BasedInboxWrongSlot struct {
	CurrentSlot uint64
	MessageSlot uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongSlot(uint64 currentSlot, uint64 messageSlot)
func BasedInboxWrongSlotErrorID() common.Hash {
	return common.HexToHash("0x372eacf0e14840023a3320e51c296bd33041f7a084a945593615b0d4c387c7ef")
}

// UnpackWrongSlotError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongSlot(uint64 currentSlot, uint64 messageSlot)
func (basedInbox *BasedInbox) UnpackWrongSlotError(raw []byte) (*BasedInboxWrongSlot, error) {
	out := new(BasedInboxWrongSlot)
	if err := basedInbox.abi.UnpackIntoInterface(out, "WrongSlot", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BasedInboxWrongSubmitter represents a WrongSubmitter error raised by the BasedInbox contract.
type BasedInboxWrongSubmitter struct {
	Leg       uint8
	Bundle    *big.Int
	Index     *big.Int
	Submitter common.Address
	Sender    common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongSubmitter(uint8 leg, uint256 bundle, uint256 index, address submitter, address sender)
func BasedInboxWrongSubmitterErrorID() common.Hash {
	return common.HexToHash("0x0463aa2f05a26377ca5e84c258ef006f6c9d1a28b0e3f106bff981d4b192771f")
}

// UnpackWrongSubmitterError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongSubmitter(uint8 leg, uint256 bundle, uint256 index, address submitter, address sender)
func (basedInbox *BasedInbox) UnpackWrongSubmitterError(raw []byte) (*BasedInboxWrongSubmitter, error) {
	out := new(BasedInboxWrongSubmitter)
	if err := basedInbox.abi.UnpackIntoInterface(out, "WrongSubmitter", raw); err != nil {
		return nil, err
	}
	return out, nil
}
