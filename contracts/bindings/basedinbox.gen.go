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

// Batch is an auto generated low-level Go binding around an user-defined struct.
type Batch struct {
	Header      BatchHeader
	Certificate []byte
	Data        []byte
}

// BatchHeader is an auto generated low-level Go binding around an user-defined struct.
type BatchHeader struct {
	L2ChainId     uint64
	ParentId      [32]byte
	FirstNumber   uint64
	LastNumber    uint64
	LastHash      [32]byte
	LastStateRoot [32]byte
	L1Slot        uint64
	DataMode      uint8
	DataHash      [32]byte
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
	Batch       Batch
	Blk         BasedBlock
	Bundles     []CallBundle
}

// BasedInboxMetaData contains all meta data concerning the BasedInbox contract.
var BasedInboxMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"genesisTime\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"slotSeconds\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"l2ChainId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"l2GenesisHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"l2GenesisStateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"sequencer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"stateVerifier\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"forcedInclusionFee\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"forcedInclusionDelay\",\"type\":\"uint64\"},{\"internalType\":\"uint16\",\"name\":\"forcedInclusionCap\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"forcedTxMaxBytes\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"implicitSlotEndingIndex\",\"type\":\"uint32\"}],\"internalType\":\"structInboxConfig\",\"name\":\"cfg\",\"type\":\"tuple\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"bundle\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"callReverted\",\"type\":\"bool\"},{\"internalType\":\"bytes32\",\"name\":\"returnDataHash\",\"type\":\"bytes32\"}],\"name\":\"AssertionFailed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BatchBlobsInSubmission\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"expected\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"got\",\"type\":\"bytes32\"}],\"name\":\"BatchDataMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"headId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"headNumber\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"parentId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"firstNumber\",\"type\":\"uint64\"}],\"name\":\"BatchNotOnHead\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"firstNumber\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"lastNumber\",\"type\":\"uint64\"}],\"name\":\"BatchRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"genesisTime\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"}],\"name\":\"BeforeGenesis\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"leg\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"bundle\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"reason\",\"type\":\"bytes\"}],\"name\":\"CallFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"lastCertifiedSlot\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"currentSlot\",\"type\":\"uint64\"}],\"name\":\"CertificateRequired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"}],\"name\":\"CommitmentExists\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EnqueueDuringSubmission\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"FeeTransferFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"due\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"included\",\"type\":\"uint256\"}],\"name\":\"ForcedInclusionDue\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"size\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"ForcedTransactionSize\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"field\",\"type\":\"string\"}],\"name\":\"InvalidConfig\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"MissingBlob\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoProvenStateRoot\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoStateVerifier\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"leg\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"bundle\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"NotAnAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"}],\"name\":\"NotSequencer\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotSlotEnding\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"expected\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"got\",\"type\":\"bytes32\"}],\"name\":\"ParentMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"parentId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"headId\",\"type\":\"bytes32\"}],\"name\":\"ParentNotHead\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ParentStateRootUnknown\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"Reentered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"headId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"headNumber\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"l2BlockHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"l2BlockNumber\",\"type\":\"uint64\"}],\"name\":\"SlotEndingNotOnHead\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"parentStateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"postStateRoot\",\"type\":\"bytes32\"}],\"name\":\"StateProofRejected\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"}],\"name\":\"StateRootNotProven\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"included\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"TooManyForcedEntries\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"UnexpectedBatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"blobCount\",\"type\":\"uint8\"}],\"name\":\"UnexpectedBlobCount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"UnexpectedTxData\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"mode\",\"type\":\"uint8\"}],\"name\":\"UnknownDataMode\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"leg\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"bundle\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"bundleId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"signed\",\"type\":\"bytes32\"}],\"name\":\"WrongBundleId\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"sent\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"required\",\"type\":\"uint256\"}],\"name\":\"WrongForcedInclusionFee\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"expected\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"got\",\"type\":\"bytes32\"}],\"name\":\"WrongL1Parent\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"expected\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"}],\"name\":\"WrongL2Chain\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"currentSlot\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"messageSlot\",\"type\":\"uint64\"}],\"name\":\"WrongSlot\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"leg\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"bundle\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"submitter\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"WrongSubmitter\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"parentId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"l2BlockNumber\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"assertions\",\"type\":\"uint256\"}],\"name\":\"BasedBlockConfirmed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"parentId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"proposer\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"l2BlockNumber\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"l1Slot\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"anchor\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"dataMode\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"dataHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"blobHashes\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes\",\"name\":\"txData\",\"type\":\"bytes\"},{\"internalType\":\"uint64\",\"name\":\"forcedStart\",\"type\":\"uint64\"},{\"internalType\":\"bytes[]\",\"name\":\"forcedTxs\",\"type\":\"bytes[]\"},{\"internalType\":\"bytes32\",\"name\":\"parentStateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"postStateRoot\",\"type\":\"bytes32\"}],\"indexed\":false,\"internalType\":\"structProposedBlock\",\"name\":\"info\",\"type\":\"tuple\"}],\"name\":\"BasedBlockProposed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"lastHash\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"parentId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"firstNumber\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"lastNumber\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"l1Slot\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"dataMode\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"bytes32[]\",\"name\":\"blobHashes\",\"type\":\"bytes32[]\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"BatchCommitted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"enqueuedAt\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"rawTx\",\"type\":\"bytes\"}],\"name\":\"ForcedTransactionEnqueued\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"ANCHOR_BASED\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"ANCHOR_HEAD\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"ANCHOR_SLOT_ENDING\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"BASED_MODE_AFTER_SLOTS\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"BATCH_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DATA_BLOBS\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DATA_CALLDATA\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"FORCED_OVERDUE_SLOTS\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"LEG_POST\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"LEG_PRE\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_ASSERTION_RETURN\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_CALL_REASON\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"SLOT_ENDING_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"basedModeOpen\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"l2ChainId\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"parentId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"firstNumber\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"lastNumber\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"lastHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"lastStateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"l1Slot\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"dataMode\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"dataHash\",\"type\":\"bytes32\"}],\"internalType\":\"structBatchHeader\",\"name\":\"h\",\"type\":\"tuple\"}],\"name\":\"batchDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"inbox\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"submitter\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"l1Slot\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"bundleId\",\"type\":\"bytes32\"}],\"internalType\":\"structBasedCall\",\"name\":\"call\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"internalType\":\"structSignedCall[]\",\"name\":\"preCalls\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"inbox\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"submitter\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"l1Slot\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"bundleId\",\"type\":\"bytes32\"}],\"internalType\":\"structBasedCall\",\"name\":\"call\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"internalType\":\"structSignedCall[]\",\"name\":\"postCalls\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"expect\",\"type\":\"bytes32\"}],\"internalType\":\"structAssertion[]\",\"name\":\"assertions\",\"type\":\"tuple[]\"}],\"internalType\":\"structCallBundle\",\"name\":\"b\",\"type\":\"tuple\"}],\"name\":\"callBundleId\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"inbox\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"l1ChainId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"l1BlockNumber\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"l1ParentHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"l1Timestamp\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"proposer\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"parentId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"l2BlockNumber\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"dataMode\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"dataHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"forcedStart\",\"type\":\"uint64\"},{\"internalType\":\"uint16\",\"name\":\"forcedCount\",\"type\":\"uint16\"}],\"internalType\":\"structCommitmentPreimage\",\"name\":\"p\",\"type\":\"tuple\"}],\"name\":\"commitmentOf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"start\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"}],\"name\":\"countDueForced\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"due\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"currentSlot\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"domainSeparator\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"rawTx\",\"type\":\"bytes\"}],\"name\":\"enqueueForcedTransaction\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"}],\"name\":\"forcedEntry\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"enqueuedAt\",\"type\":\"uint64\"},{\"internalType\":\"bytes\",\"name\":\"rawTx\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"forcedHead\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"forcedInclusionCap\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"forcedInclusionDelay\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"forcedInclusionFee\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"forcedOverdue\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"forcedTail\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"forcedTxMaxBytes\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"genesisTime\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"l2ChainId\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"parentId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"firstNumber\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"lastNumber\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"lastHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"lastStateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"l1Slot\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"dataMode\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"dataHash\",\"type\":\"bytes32\"}],\"internalType\":\"structBatchHeader\",\"name\":\"h\",\"type\":\"tuple\"}],\"name\":\"hashBatch\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"l2ChainId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"l2BlockNumber\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"l2BlockHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"l2ParentHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"l2StateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"l1Slot\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"l1ParentHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"seqIndex\",\"type\":\"uint32\"},{\"internalType\":\"bool\",\"name\":\"slotEnding\",\"type\":\"bool\"}],\"internalType\":\"structSlotEnding\",\"name\":\"m\",\"type\":\"tuple\"}],\"name\":\"hashSlotEnding\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"implicitSlotEndingIndex\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"}],\"name\":\"isConfirmed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"l2ChainId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"l2BlockNumber\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"l2BlockHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"l2ParentHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"l2StateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"l1Slot\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"l1ParentHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"seqIndex\",\"type\":\"uint32\"},{\"internalType\":\"bool\",\"name\":\"slotEnding\",\"type\":\"bool\"}],\"internalType\":\"structSlotEnding\",\"name\":\"se\",\"type\":\"tuple\"}],\"name\":\"isSlotEnding\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"l2ChainId\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"l2Head\",\"outputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"l1Slot\",\"type\":\"uint64\"},{\"internalType\":\"bool\",\"name\":\"based\",\"type\":\"bool\"}],\"internalType\":\"structL2Head\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"lastBatchHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"lastCertifiedSlot\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"latestConfirmedStateRoot\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"l2BlockNumber\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"}],\"name\":\"proposal\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"proposer\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"l1Block\",\"type\":\"uint64\"},{\"internalType\":\"uint16\",\"name\":\"forcedCount\",\"type\":\"uint16\"},{\"internalType\":\"bool\",\"name\":\"confirmed\",\"type\":\"bool\"},{\"internalType\":\"bytes32\",\"name\":\"parentId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"l2BlockNumber\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"forcedStart\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"postStateRoot\",\"type\":\"bytes32\"}],\"internalType\":\"structProposal\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"}],\"name\":\"provenStateRoot\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"sequencer\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"l2ChainId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"l2BlockNumber\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"l2BlockHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"l2ParentHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"l2StateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"l1Slot\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"l1ParentHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"seqIndex\",\"type\":\"uint32\"},{\"internalType\":\"bool\",\"name\":\"slotEnding\",\"type\":\"bool\"}],\"internalType\":\"structSlotEnding\",\"name\":\"m\",\"type\":\"tuple\"}],\"name\":\"slotEndingDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"slotSeconds\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"stateVerifier\",\"outputs\":[{\"internalType\":\"contractIStateVerifier\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"l2ChainId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"l2BlockNumber\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"l2BlockHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"l2ParentHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"l2StateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"l1Slot\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"l1ParentHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"seqIndex\",\"type\":\"uint32\"},{\"internalType\":\"bool\",\"name\":\"slotEnding\",\"type\":\"bool\"}],\"internalType\":\"structSlotEnding\",\"name\":\"slotEnding\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"certificate\",\"type\":\"bytes\"},{\"components\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"l2ChainId\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"parentId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"firstNumber\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"lastNumber\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"lastHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"lastStateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"l1Slot\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"dataMode\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"dataHash\",\"type\":\"bytes32\"}],\"internalType\":\"structBatchHeader\",\"name\":\"header\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"certificate\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"internalType\":\"structBatch\",\"name\":\"batch\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"parentHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"dataMode\",\"type\":\"uint8\"},{\"internalType\":\"bytes\",\"name\":\"txData\",\"type\":\"bytes\"},{\"internalType\":\"uint8\",\"name\":\"blobCount\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"forcedCount\",\"type\":\"uint16\"},{\"internalType\":\"bytes32\",\"name\":\"postStateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"internalType\":\"structBasedBlock\",\"name\":\"blk\",\"type\":\"tuple\"},{\"components\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"inbox\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"submitter\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"l1Slot\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"bundleId\",\"type\":\"bytes32\"}],\"internalType\":\"structBasedCall\",\"name\":\"call\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"internalType\":\"structSignedCall[]\",\"name\":\"preCalls\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"inbox\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"submitter\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"l1Slot\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"bundleId\",\"type\":\"bytes32\"}],\"internalType\":\"structBasedCall\",\"name\":\"call\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"internalType\":\"structSignedCall[]\",\"name\":\"postCalls\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"expect\",\"type\":\"bytes32\"}],\"internalType\":\"structAssertion[]\",\"name\":\"assertions\",\"type\":\"tuple[]\"}],\"internalType\":\"structCallBundle[]\",\"name\":\"bundles\",\"type\":\"tuple[]\"}],\"internalType\":\"structSubmission\",\"name\":\"s\",\"type\":\"tuple\"}],\"name\":\"submitBased\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"l2ChainId\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"parentId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"firstNumber\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"lastNumber\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"lastHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"lastStateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"l1Slot\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"dataMode\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"dataHash\",\"type\":\"bytes32\"}],\"internalType\":\"structBatchHeader\",\"name\":\"header\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"certificate\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"internalType\":\"structBatch\",\"name\":\"b\",\"type\":\"tuple\"}],\"name\":\"submitBatch\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"transientStateRoot\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"l2BlockNumber\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "BasedInbox",
	Bin: "0x6101c0604052348015610010575f5ffd5b50604051614d3a380380614d3a83398101604081905261002f916103d4565b60e0808201516101008301516101208401516101408501516080939093526001600160401b0391821660a05261ffff1660c05263ffffffff9091169091526020820151165f036100b5576040516389a6198960e01b815260206004820152600b60248201526a736c6f745365636f6e647360a81b60448201526064015b60405180910390fd5b60a08101516001600160a01b03166100fc576040516389a6198960e01b815260206004820152600960248201526839b2b8bab2b731b2b960b91b60448201526064016100ac565b606081015161013e576040516389a6198960e01b815260206004820152600d60248201526c0d8648ecadccae6d2e690c2e6d609b1b60448201526064016100ac565b80610120015161ffff165f0361018c576040516389a6198960e01b81526020600482015260126024820152710666f72636564496e636c7573696f6e4361760741b60448201526064016100ac565b80610140015163ffffffff165f036101da576040516389a6198960e01b815260206004820152601060248201526f666f7263656454784d6178427974657360801b60448201526064016100ac565b80516001600160401b0390811661010052602082015181166101205260408201516101405260a08201516001600160a01b0390811661016090815260c08401519091166101805282015163ffffffff166101a05281515f91164210610246576102416102cf565b610248565b5f5b6040805160a081018252606085810151808352608096870151602084018190525f9484018590526001600160401b0395909516918301829052959091019190915260029390935560035550600480546001600160881b03191668010000000000000000830260ff60801b1916179055600580546001600160401b03191690911790556104ec565b5f610100516001600160401b031642101561031657610100516040516308649c4d60e01b81526001600160401b0391821660048201524290911660248201526044016100ac565b610120516001600160401b0316610100516001600160401b03164261033b91906104a8565b61034591906104cd565b905090565b60405161018081016001600160401b038111828210171561037957634e487b7160e01b5f52604160045260245ffd5b60405290565b80516001600160401b0381168114610395575f5ffd5b919050565b80516001600160a01b0381168114610395575f5ffd5b805161ffff81168114610395575f5ffd5b805163ffffffff81168114610395575f5ffd5b5f6101808284031280156103e6575f5ffd5b506103ef61034a565b6103f88361037f565b81526104066020840161037f565b602082015260408381015190820152606080840151908201526080808401519082015261043560a0840161039a565b60a082015261044660c0840161039a565b60c082015260e08381015190820152610462610100840161037f565b61010082015261047561012084016103b0565b61012082015261048861014084016103c1565b61014082015261049b61016084016103c1565b6101608201529392505050565b818103818111156104c757634e487b7160e01b5f52601160045260245ffd5b92915050565b5f826104e757634e487b7160e01b5f52601260045260245ffd5b500490565b60805160a05160c05160e05161010051610120516101405161016051610180516101a05161473e6105fc5f395f81816104840152610fa401525f818161081a01528181613497015261350401525f818161064a0152612f9501525f8181610906015281816119ae015281816119e10152818161267201526126ae01525f818161071c01528181610bb90152610c2f01525f818161057701528181610b3701528181610b7d0152610be301525f81816103f70152818161117501526111b801525f818161077b01528181610a910152818161327801526132a301525f81816104b701528181610adf015261160001525f81816106ca015281816111000152818161113a0152612562015261473e5ff3fe6080604052600436106102a4575f3560e01c80636738bc6a1161016f578063b7848f32116100d8578063df1edb5d11610092578063f698da251161006d578063f698da251461097a578063f7cf6ce61461098e578063fbb04a82146109ad578063fceb8d7c146109e0575f5ffd5b8063df1edb5d14610928578063e1e68c1614610947578063e31f064c1461095b575f5ffd5b8063b7848f321461085b578063bf6f03001461088e578063c24acbb2146108a2578063c7903b96146108b7578063d23ee6c3146108d6578063d6ae3cd5146108f5575f5ffd5b80638c1c59d9116101295780638c1c59d9146107d65780638c708898146107ea5780638ec18684146107c357806391caa9411461080957806397359c9b1461083c578063aa36a289146107c3575f5ffd5b80636738bc6a1461070b5780636da590411461073e578063740111b41461076a578063756711561461051a5780637641fa3e146107b057806376de3112146107c3575f5ffd5b8063424c11fb1161021157806352e863bd116101cb57806352e863bd146106145780635c1bba38146106395780635ece00771461051a5780636486aa511461068457806364bb0a22146106b957806365cb573a146106ec575f5ffd5b8063424c11fb1461055257806342c6498a14610566578063433b953f1461059957806343d89b5f146105b75780634501c9db146105d657806352be2bb8146105f5575f5ffd5b806324888cb51161026257806324888cb5146104735780632f2f7641146104a657806332ecf5ee146104f15780633359632e146105065780633aec8ea81461051a578063408471271461052e575f5ffd5b80620ddd27146102a8578063039eb05d146102d057806305c063bd146103075780631762e968146103e65780631a2835091461042e5780631fec80321461044d575b5f5ffd5b3480156102b3575f5ffd5b506102bd60065481565b6040519081526020015b60405180910390f35b3480156102db575f5ffd5b506102e4610a0d565b604080519384526001600160401b039092166020840152908201526060016102c7565b348015610312575f5ffd5b506103916040805160a0810182525f80825260208201819052918101829052606081018290526080810191909152506040805160a081018252600254815260035460208201526004546001600160401b0380821693830193909352600160401b81049092166060820152600160801b90910460ff161515608082015290565b6040516102c791905f60a08201905082518252602083015160208301526001600160401b0360408401511660408301526001600160401b03606084015116606083015260808301511515608083015292915050565b3480156103f1575f5ffd5b506104197f000000000000000000000000000000000000000000000000000000000000000081565b60405163ffffffff90911681526020016102c7565b348015610439575f5ffd5b506102bd61044836600461384b565b610a5e565b348015610458575f5ffd5b50610461600281565b60405160ff90911681526020016102c7565b34801561047e575f5ffd5b506104197f000000000000000000000000000000000000000000000000000000000000000081565b3480156104b1575f5ffd5b506104d97f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160401b0390911681526020016102c7565b3480156104fc575f5ffd5b506102bd61080081565b348015610511575f5ffd5b506104d9610b34565b348015610525575f5ffd5b50610461600181565b348015610539575f5ffd5b50610542610c25565b60405190151581526020016102c7565b34801561055d575f5ffd5b506102e4610c5a565b348015610571575f5ffd5b506104d97f000000000000000000000000000000000000000000000000000000000000000081565b3480156105a4575f5ffd5b505f546104d9906001600160401b031681565b3480156105c2575f5ffd5b506102bd6105d136600461388d565b610c9a565b3480156105e1575f5ffd5b506102bd6105f03660046138a8565b610cba565b348015610600575f5ffd5b5061054261060f36600461388d565b610fa1565b34801561061f575f5ffd5b505f546104d990600160401b90046001600160401b031681565b348015610644575f5ffd5b5061066c7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020016102c7565b34801561068f575f5ffd5b5061054261069e3660046138df565b5f90815260086020526040902054600160f01b900460ff1690565b3480156106c4575f5ffd5b506102bd7f000000000000000000000000000000000000000000000000000000000000000081565b3480156106f7575f5ffd5b506105426107063660046138f6565b61100c565b348015610716575f5ffd5b506104d97f000000000000000000000000000000000000000000000000000000000000000081565b348015610749575f5ffd5b5061075d6107583660046138df565b61103a565b6040516102c7919061392d565b348015610775575f5ffd5b5061079d7f000000000000000000000000000000000000000000000000000000000000000081565b60405161ffff90911681526020016102c7565b6104d96107be3660046139c3565b6110da565b3480156107ce575f5ffd5b506104615f81565b3480156107e1575f5ffd5b506104d9600481565b3480156107f5575f5ffd5b506102bd610804366004613a2f565b611319565b348015610814575f5ffd5b5061066c7f000000000000000000000000000000000000000000000000000000000000000081565b348015610847575f5ffd5b506102bd6108563660046138df565b611389565b348015610866575f5ffd5b506102bd7ffdffe8a5fddc2fa5deaf58b4db757cf6c469989330d0a0e1091155e42a44257981565b348015610899575f5ffd5b506105426113d9565b3480156108ad575f5ffd5b506102bd61100081565b3480156108c2575f5ffd5b506102bd6108d136600461388d565b61141c565b3480156108e1575f5ffd5b506005546104d9906001600160401b031681565b348015610900575f5ffd5b506102bd7f000000000000000000000000000000000000000000000000000000000000000081565b348015610933575f5ffd5b506102bd61094236600461388d565b611450565b348015610952575f5ffd5b506104d9600a81565b348015610966575f5ffd5b506102bd610975366004613ad9565b611465565b348015610985575f5ffd5b506102bd611477565b348015610999575f5ffd5b506102bd6109a836600461388d565b6114c2565b3480156109b8575f5ffd5b506102bd7f613edcae72daa1fb94e4899a2b1ee6eb5d22753115eb32e58f3c23174093b88e81565b3480156109eb575f5ffd5b506109ff6109fa366004613bac565b6114f6565b6040516102c7929190613bf3565b6007545f8082610a335760405160016247648960e01b0319815260040160405180910390fd5b50505f818152600860205260409020600281015460039091015491926001600160401b039091169190565b5f8054600160401b90046001600160401b0316835b816001600160401b0316816001600160401b0316108015610ab757507f000000000000000000000000000000000000000000000000000000000000000061ffff1683105b15610b2c576001600160401b038181165f9081526001602052604090205481861691610b07917f000000000000000000000000000000000000000000000000000000000000000082169116613c30565b11610b2c5782610b1681613c43565b9350508080610b2490613c5b565b915050610a73565b505092915050565b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160401b0316421015610bb7576040516308649c4d60e01b81526001600160401b037f000000000000000000000000000000000000000000000000000000000000000081166004830152421660248201526044015b60405180910390fd5b7f00000000000000000000000000000000000000000000000000000000000000006001600160401b03167f00000000000000000000000000000000000000000000000000000000000000006001600160401b031642610c169190613c85565b610c209190613c98565b905090565b5f610c2042610c557f00000000000000000000000000000000000000000000000000000000000000006004613cb7565b6115b3565b5f808060015c610c805760405160016247648960e01b0319815260040160405180910390fd5b505060015c916001600160401b0360025c16915060035c90565b5f610cb4610ca6611477565b610caf8461141c565b61163c565b92915050565b5f60ff815c1615610cde5760405163b5dfd9e560e01b815260040160405180910390fd5b60015f805c60ff19168217905d505f610cf68361167c565b90505f610d07610180850185613ce0565b90506001600160401b03811115610d2057610d20613a65565b604051908082528060200260200182016040528015610d49578160200160208202803683370190505b5090505f5b8151811015610e0d57610d8a610d68610180870187613ce0565b83818110610d7857610d78613d2c565b90506020028101906108049190613d40565b828281518110610d9c57610d9c613d2c565b6020908102919091010152610e05610db8610180870187613ce0565b83818110610dc857610dc8613d2c565b9050602002810190610dda9190613d40565b610de49080613ce0565b5f84868681518110610df857610df8613d2c565b6020026020010151611c12565b600101610d4e565b50610e166137ed565b610e2d83610e28610160880188613d5e565b611e63565b60e0810151919550915015610e815760a081015160e082015185919060015f6002818460035d8591906101000a815c816001600160401b0302191690836001600160401b03160217905d50849190505d5050505b5f805b8351811015610f3e57610ee3610e9e610180890189613ce0565b83818110610eae57610eae613d2c565b9050602002810190610ec09190613d40565b610ece906020810190613ce0565b600184888681518110610df857610df8613d2c565b610f2a610ef4610180890189613ce0565b83818110610f0457610f04613d2c565b9050602002810190610f169190613d40565b610f24906040810190613ce0565b83612199565b610f349083613c30565b9150600101610e84565b50610f4a858383612326565b5f80806001816002818060035d8591906101000a815c816001600160401b0302191690836001600160401b03160217905d50849190505d505f91505060ff19815c16815d50610f988261255f565b50505050919050565b5f7f000000000000000000000000000000000000000000000000000000000000000063ffffffff811615610ff35763ffffffff8116610fe7610100850160e08601613d85565b63ffffffff1614611005565b61100561012084016101008501613db9565b9392505050565b5f60ff815c16156110305760405163b5dfd9e560e01b815260040160405180910390fd5b610cb4825f612611565b6110426137ed565b505f9081526008602090815260409182902082516101008101845281546001600160a01b0381168252600160a01b81046001600160401b0390811694830194909452600160e01b810461ffff1694820194909452600160f01b90930460ff161515606084015260018101546080840152600281015480831660a0850152600160401b900490911660c08301526003015460e082015290565b5f805c60ff16156110fe57604051630fb82d8b60e01b815260040160405180910390fd5b7f00000000000000000000000000000000000000000000000000000000000000003414611166576040516340bd132960e01b81523460048201527f00000000000000000000000000000000000000000000000000000000000000006024820152604401610bae565b811580611198575063ffffffff7f00000000000000000000000000000000000000000000000000000000000000001682115b156111e55760405163150cb2af60e21b81526004810183905263ffffffff7f0000000000000000000000000000000000000000000000000000000000000000166024820152604401610bae565b5f8054600160401b90046001600160401b031690600861120483613c5b565b91906101000a8154816001600160401b0302191690836001600160401b0316021790555090506040518060400160405280426001600160401b0316815260200184848080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201829052509390945250506001600160401b0384811682526001602081815260409093208551815467ffffffffffffffff1916931692909217825591840151909250908201906112c09082613e54565b50905050336001600160a01b0316816001600160401b03167fee188a38b22b4a8bee4b26719aee5e249282202ba4507f46ad0ca9b21a771aa742868660405161130b93929190613f3a565b60405180910390a392915050565b5f61132c6113278380613ce0565b612b99565b61133c6113276020850185613ce0565b61135161134c6040860186613ce0565b612dea565b60408051602081019490945283019190915260608201526080015b604051602081830303815290604052805190602001209050919050565b5f8181526008602052604090206003810154908115806113b257508054600160f01b900460ff16155b156113d357604051631bca565f60e11b815260048101849052602401610bae565b50919050565b6005545f906113f390600a906001600160401b0316613f65565b6001600160401b0316611404610b34565b6001600160401b03161180610c205750610c20610c25565b5f7ffdffe8a5fddc2fa5deaf58b4db757cf6c469989330d0a0e1091155e42a4425798260405160200161136c929190613f84565b5f610cb461145c611477565b610caf846114c2565b5f8160405160200161136c9190614049565b5f610c207f09f1975d7c3de2c3600511fa36e96bc9875ea316cee7449e6e5fc586d54454367fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc6612f38565b5f7f613edcae72daa1fb94e4899a2b1ee6eb5d22753115eb32e58f3c23174093b88e8260405160200161136c92919061413c565b6001600160401b038082165f908152600160208190526040822080549181018054939460609492931691819061152b90613dd4565b80601f016020809104026020016040519081016040528092919081815260200182805461155790613dd4565b80156115a25780601f10611579576101008083540402835291602001916115a2565b820191905f5260205f20905b81548152906001019060200180831161158557829003601f168201915b505050505090509250925050915091565b5f80546001600160401b0380821691600160401b90041681106115d9575f915050610cb4565b6001600160401b038181165f908152600160205260409020548186169185811691611628917f000000000000000000000000000000000000000000000000000000000000000081169116613c30565b6116329190613c30565b1115949350505050565b60405161190160f01b602082015260228101839052604281018290525f906062015b60405160208183030381529060405280519060200120905092915050565b604080516080810182525f8082526020820181905291810182905260608101829052906116ad610160840184613d5e565b3590505f806116c06101408601866141f3565b5f84815260086020526040902080546080909201359290921415925060ff600160f01b909104168015611704575080546001600160401b03600160a01b9091041643145b156117935781156117285760405163089796b760e01b815260040160405180910390fd5b604080516080810182526001815260028301546001600160401b03808216602084015260038501549383019390935283549192606084019261177f92600160e01b90910461ffff1691600160401b90910416613f65565b6001600160401b0316905295945050505050565b6040805160a081018252600254815260035460208201526004546001600160401b0380821693830193909352600160401b81049092166060820152600160801b90910460ff16151560808201526117ee610120870187614208565b90505f036118d35782156118155760405163089796b760e01b815260040160405180910390fd5b61181d6113d9565b611861576005546001600160401b0316611835610b34565b6040516388241ad360e01b81526001600160401b03928316600482015291166024820152604401610bae565b8051841461188f5780516040516359b3f2d360e01b8152600481019190915260248101859052604401610bae565b6040805160808101825260028152828201516001600160401b0390811660208084019190915290930151918101919091525f54909116606082015295945050505050565b855f6118dd610b34565b90506001600160401b0381166118f960c0840160a08501613bac565b6001600160401b031614611944578061191860c0840160a08501613bac565b604051630372eacf60e41b81526001600160401b03928316600482015291166024820152604401610bae565b5f611950600143613c85565b409050808360c00135146119845760405163309e5f9d60e01b81526004810182905260c08401356024820152604401610bae565b61198d83610fa1565b6119aa57604051630344ec0d60e61b815260040160405180910390fd5b82357f000000000000000000000000000000000000000000000000000000000000000014611a1457604051638bd8140760e01b81527f0000000000000000000000000000000000000000000000000000000000000000600482015283356024820152604401610bae565b611a33611a2084611450565b611a2e6101208c018c614208565b612f85565b6005546001600160401b0316611a4f60c0850160a08601613bac565b6001600160401b03161115611a9057611a6e60c0840160a08501613bac565b6005805467ffffffffffffffff19166001600160401b03929092169190911790555b858015611ab05750611ab0611aa96101408b018b6141f3565b6001612611565b15611b05576040805160a081018252600254815260035460208201526004546001600160401b0380821693830193909352600160401b81049092166060820152600160801b90910460ff161515608082015293505b83516040840135141580611b3f57506040808501516001600160401b031690611b3390850160208601613bac565b6001600160401b031614155b15611b9a578351604080860151908501803590611b5f9060208801613bac565b60405163ad48d90d60e01b815260048101949094526001600160401b0392831660248501526044840191909152166064820152608401610bae565b82604001358714611bcb57604080516359b3f2d360e01b815290840135600482015260248101889052604401610bae565b5050604080516080810182525f808252848301516001600160401b039081166020808501919091529095015192820192909252905490921660608301525095945050505050565b5f5b84811015611e5b5736868683818110611c2f57611c2f613d2c565b9050602002810190611c419190613d40565b905033611c51602083018361424a565b611c6290606081019060400161425f565b6001600160a01b031614611cd157848483611c80602085018561424a565b611c9190606081019060400161425f565b604051630463aa2f60e01b815260ff9094166004850152602484019290925260448301526001600160a01b0316606482015233608482015260a401610bae565b82611cdf602083018361424a565b610120013514611d385784848385611cfa602086018661424a565b6040516347a7fff360e01b815260ff90951660048601526024850193909352604484019190915260648301526101200135608482015260a401610bae565b5f611d46602083018361424a565b611d536040840184614208565b604051602401611d65939291906142b9565b60408051601f19818403018152919052602080820180516001600160e01b0316635e62e6cf60e11b1790529091505f90611da19084018461425f565b90505f5f5f5f8551602087015f875af1915060203d14821615611dc75760205f5f3e505f515b81611df757888887611dda610800612ff6565b60405163392423c760e21b8152600401610bae94939291906143b2565b6001600160e01b03198116635e62e6cf60e11b14611e4a5760405163a9d5a7bf60e01b815260ff8a16600482015260248101899052604481018790526001600160a01b0384166064820152608401610bae565b505060019093019250611c14915050565b505050505050565b5f611e6c6137ed565b60408051610160810182525f808252602080830182905292820181905260608083018290526080830182905260a0830181905260c0830181905260e08301829052610100830152610120820181905261014082015290850151611ed0906001613f65565b6001600160401b03168152611ee3610b34565b6001600160401b0316602080830191909152855160ff16604080840191909152611f12919086019086016143d9565b60ff166060820152611f2384613056565b60a08301526080820152611f3a6040850185614208565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525050505060c08201526060850180516001600160401b031660e083015251611fa090611f9b60a08701608088016143f2565b613248565b610100820152604085810151610120830152805161018081018252308152466020820152436001600160401b03811692820192909252612080916060820190611feb90600190613c85565b408152602001426001600160401b03168152602001336001600160a01b03168152602001865f01358152602001835f01516001600160401b0316815260200186602001602081019061203d91906143d9565b60ff1681526020018360800151815260200187606001516001600160401b0316815260200186608001602081019061207591906143f2565b61ffff169052611465565b5f818152600860205260409020549093506001600160a01b0316156120bb5760405163e90f941560e01b815260048101849052602401610bae565b6120ca85604001518486613484565b61014082015260408051610100810182523381526001600160401b034316602082015290810161210060a08701608088016143f2565b61ffff168152602001600115158152602001855f01358152602001825f01516001600160401b0316815260200186606001516001600160401b031681526020018261014001518152509150336001600160a01b0316845f0135847fdfb8613f1dd2fe4ae4b87ead979981b014caacdc5d4f95293aec54102272685684604051612189919061449f565b60405180910390a4509250929050565b5f805b8381101561231d575f8585838181106121b7576121b7613d2c565b90506020028101906121c99190613d40565b6121d7906020810190614208565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92018290525093945089925088915085905081811061222157612221613d2c565b90506020028101906122339190613d40565b61224190602081019061425f565b90505f5f5f5f855160208701865afa91503d905061100081111561228f57604051638bb0ec3d60e01b81526004810188905260248101869052821560448201525f6064820152608401610bae565b5f61229982612ff6565b8051906020012090508215806122d657508989878181106122bc576122bc613d2c565b90506020028101906122ce9190613d40565b604001358114155b1561230c57604051638bb0ec3d60e01b815260048101899052602481018790528315604482015260648101829052608401610bae565b50506001909301925061219c915050565b50919392505050565b6002546080830151811461235d576080830151604051636764fc7d60e01b8152600481019190915260248101829052604401610bae565b5f8481526008602090815260409182902085518154928701519387015160608801516001600160a01b039092166001600160e01b031990941693909317600160a01b6001600160401b03958616021762ffffff60e01b1916600160e01b61ffff9094169390930260ff60f01b191692909217600160f01b921515929092029190911781556080850151600182015560a085015160028201805460c08801519285166001600160801b031990911617600160401b92909416919091029290921790915560e08401516003909101819055156124375760078490555b6040518060a001604052808581526020018460e0015181526020018460a001516001600160401b0316815260200161246d610b34565b6001600160401b03908116825260016020928301528251600255908201516003556040808301516004805460608601516080909601511515600160801b0260ff60801b19968616600160401b026001600160801b0319909216939095169290921791909117939093169190911790915583015160c08401516124f39161ffff1690613f65565b5f805467ffffffffffffffff19166001600160401b03928316179055608084015160a08501516040805191909316815260208101859052909186917fd3c40df9d51c6642d78f199a3ebecf69dc09929e7649b1c6a0ccad73bae0e05c910160405180910390a350505050565b5f7f0000000000000000000000000000000000000000000000000000000000000000826040015161ffff166125949190614596565b9050801561260d576040515f90339083908381818185875af1925050503d805f81146125db576040519150601f19603f3d011682016040523d82523d5f602084013e6125e0565b606091505b505090508061260b5760405163373a7d4360e11b815233600482015260248101839052604401610bae565b505b5050565b6006545f90839060808201350361262b575f915050610cb4565b5f612634610b34565b90506001600160401b03811661265060e0840160c08501613bac565b6001600160401b03161115612670578061191860e0840160c08501613bac565b7f000000000000000000000000000000000000000000000000000000000000000061269e6020840184613bac565b6001600160401b031614612705577f00000000000000000000000000000000000000000000000000000000000000006126da6020840184613bac565b604051638bd8140760e01b815260048101929092526001600160401b03166024820152604401610bae565b6127156060830160408401613bac565b6001600160401b031661272e6080840160608501613bac565b6001600160401b031610156127895761274d6060830160408401613bac565b61275d6080840160608501613bac565b604051633c23cd0360e01b81526001600160401b03928316600482015291166024820152604401610bae565b6040805160a0810182526002548082526003546020808401919091526004546001600160401b0380821695850195909552600160401b81049094166060840152600160801b90930460ff1615156080830152909184013514158061281d575060408101516127f8906001613f65565b6001600160401b03166128116060850160408601613bac565b6001600160401b031614155b1561287c578051604080830151906020860135906128419060608801908801613bac565b6040516305716e6360e01b815260048101949094526001600160401b0392831660248501526044840191909152166064820152608401610bae565b61289661288884610c9a565b611a2e610120890189614208565b60605f806128ab610100870160e088016143d9565b60ff16036128de576128c1610140890189614208565b6040516128cf9291906145ad565b604051809103902090506129aa565b60016128f1610100870160e088016143d9565b60ff16146129295761290a610100860160e087016143d9565b604051630f44926360e01b815260ff9091166004820152602401610bae565b8615612948576040516321a6576760e21b815260040160405180910390fd5b612956610140890189614208565b159050612976576040516318edf1c760e21b815260040160405180910390fd5b61297e6135d1565b91508160405160200161299191906145bc565b6040516020818303038152906040528051906020012090505b84610100013581146129dd5760405163cc8d31a960e01b8152610100860135600482015260248101829052604401610bae565b6040518060a00160405280866080013581526020018660a001358152602001866060016020810190612a0f9190613bac565b6001600160401b03168152602001612a2d60e0880160c08901613bac565b6001600160401b0390811682525f60209283015282516002559082015160035560408201516004805460608501516080958601511515600160801b0260ff60801b19918616600160401b026001600160801b03199093169486169490941791909117169190911790559086013560065560055416612ab160e0870160c08801613bac565b6001600160401b03161115612af257612ad060e0860160c08701613bac565b6005805467ffffffffffffffff19166001600160401b03929092169190911790555b602085013560808601357f5a7b389465cbdd180b584224e30270a6bccafdf9f0b3a95458ce4b08d1442c77612b2d6060890160408a01613bac565b612b3d60808a0160608b01613bac565b612b4d60e08b0160c08c01613bac565b612b5e6101008c0160e08d016143d9565b888f806101400190612b709190614208565b604051612b8397969594939291906145f1565b60405180910390a3506001979650505050505050565b5f80826001600160401b03811115612bb357612bb3613a65565b604051908082528060200260200182016040528015612bdc578160200160208202803683370190505b5090505f5b83811015612db95736858583818110612bfc57612bfc613d2c565b9050602002810190612c0e9190613d40565b9050612c1d602082018261425f565b612c2a602083018361424a565b35612c38602084018461424a565b612c4990604081019060200161425f565b612c56602085018561424a565b612c6790606081019060400161425f565b612c74602086018661424a565b612c85906080810190606001613bac565b612c92602087018761424a565b612ca39060a081019060800161425f565b612cb0602088018861424a565b60a00135612cc1602089018961424a565b612ccf9060c0810190614208565b604051612cdd9291906145ad565b604051908190039020612cf360208a018a61424a565b60e00135612d0460208b018b61424a565b612d179061012081019061010001613bac565b604080516001600160a01b039b8c16602082015290810199909952968916606089015294881660808801526001600160401b0393841660a08801529690911660c086015260e0850152610100840194909452610120830152919091166101408201526101600160405160208183030381529060405280519060200120838381518110612da557612da5613d2c565b602090810291909101015250600101612be1565b5080604051602001612dcb91906145bc565b6040516020818303038152906040528051906020012091505092915050565b5f80826001600160401b03811115612e0457612e04613a65565b604051908082528060200260200182016040528015612e2d578160200160208202803683370190505b5090505f5b83811015612db957848482818110612e4c57612e4c613d2c565b9050602002810190612e5e9190613d40565b612e6c90602081019061425f565b858583818110612e7e57612e7e613d2c565b9050602002810190612e909190613d40565b612e9e906020810190614208565b604051612eac9291906145ad565b6040518091039020868684818110612ec657612ec6613d2c565b9050602002810190612ed89190613d40565b604080516001600160a01b039094166020850152838101929092520135606082015260800160405160208183030381529060405280519060200120828281518110612f2557612f25613d2c565b6020908102919091010152600101612e32565b604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f6020820152908101839052606081018290524660808201523060a08201525f9060c00161165e565b5f612f91848484613698565b90507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316816001600160a01b031614612ff057604051630596787760e01b81526001600160a01b0382166004820152602401610bae565b50505050565b6060813d81111561300457503d5b806001600160401b0381111561301c5761301c613a65565b6040519080825280601f01601f191660200182016040528015613046576020820181803683370190505b509150805f602084013e50919050565b5f60608161306a60408501602086016143d9565b60ff16036130e35761308260808401606085016143d9565b60ff16156130b95761309a60808401606085016143d9565b604051632f61119f60e11b815260ff9091166004820152602401610bae565b6130c66040840184614208565b6040516130d49291906145ad565b60405180910390209150915091565b60016130f560408501602086016143d9565b60ff161461310d5761290a60408401602085016143d9565b61311a6040840184614208565b15905061313a576040516318edf1c760e21b815260040160405180910390fd5b61314a60808401606085016143d9565b60ff165f0361316e57604051634af69d9960e11b81525f6004820152602401610bae565b61317e60808401606085016143d9565b60ff166001600160401b0381111561319857613198613a65565b6040519080825280602002602001820160405280156131c1578160200160208202803683370190505b5090505f5b8151811015613219578049806131f257604051634af69d9960e11b815260048101839052602401610bae565b8083838151811061320557613205613d2c565b6020908102919091010152506001016131c6565b508060405160200161322b91906145bc565b604051602081830303815290604052805190602001209150915091565b5f80546060919061326a908590600160401b90046001600160401b031661465a565b6001600160401b031690505f7f000000000000000000000000000000000000000000000000000000000000000061ffff1682106132cb577f000000000000000000000000000000000000000000000000000000000000000061ffff166132cd565b815b9050808461ffff16111561330057604051625b482d60e81b815261ffff8516600482015260248101829052604401610bae565b5f61330b8642610a5e565b9050808561ffff16101561333f5760405163078412ff60e01b81526004810182905261ffff86166024820152604401610bae565b8461ffff166001600160401b0381111561335b5761335b613a65565b60405190808252806020026020018201604052801561338e57816020015b60608152602001906001900390816133795790505b5093505f5b8561ffff1681101561347a5760015f6133ac838a613f65565b6001600160401b03166001600160401b031681526020019081526020015f2060010180546133d990613dd4565b80601f016020809104026020016040519081016040528092919081815260200182805461340590613dd4565b80156134505780601f1061342757610100808354040283529160200191613450565b820191905f5260205f20905b81548152906001019060200180831161343357829003601f168201915b505050505085828151811061346757613467613d2c565b6020908102919091010152600101613393565b5050505092915050565b5f60a082013561349557505f611005565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166134dc5760405163d701759760e01b815260040160405180910390fd5b836134fa576040516310d95e0160e21b815260040160405180910390fd5b6001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001663a1167835858560a086013561353d60c0880188614208565b6040518663ffffffff1660e01b815260040161355d959493929190614679565b602060405180830381865afa158015613578573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061359c91906146a9565b6135c65760405163bc04b9ed60e01b81526004810185905260a08301356024820152604401610bae565b5060a0013592915050565b60605f5b6006811080156135e55750804915155b156135fc57806135f481613c43565b9150506135d5565b805f0361361e57604051634af69d9960e11b81525f6004820152602401610bae565b806001600160401b0381111561363657613636613a65565b60405190808252806020026020018201604052801561365f578160200160208202803683370190505b5091505f5b8181101561369357804983828151811061368057613680613d2c565b6020908102919091010152600101613664565b505090565b5f6136a48484846136cd565b90506001600160a01b03811661100557604051638baa579f60e01b815260040160405180910390fd5b5f604182146136dd57505f611005565b5f6136eb60208285876146c4565b6136f4916146eb565b90505f6137056040602086886146c4565b61370e916146eb565b90505f8585604081811061372457613724613d2c565b919091013560f81c915050601b811480159061374457508060ff16601c14155b15613754575f9350505050611005565b7f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0821115613787575f9350505050611005565b604080515f81526020810180835289905260ff831691810191909152606081018490526080810183905260019060a0016020604051602081039080840390855afa1580156137d7573d5f5f3e3d5ffd5b5050604051601f19015198975050505050505050565b60408051610100810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e081019190915290565b80356001600160401b0381168114613846575f5ffd5b919050565b5f5f6040838503121561385c575f5ffd5b61386583613830565b915061387360208401613830565b90509250929050565b5f61012082840312156113d3575f5ffd5b5f610120828403121561389e575f5ffd5b611005838361387c565b5f602082840312156138b8575f5ffd5b81356001600160401b038111156138cd575f5ffd5b82016101a08185031215611005575f5ffd5b5f602082840312156138ef575f5ffd5b5035919050565b5f60208284031215613906575f5ffd5b81356001600160401b0381111561391b575f5ffd5b82016101608185031215611005575f5ffd5b81516001600160a01b031681526020808301516001600160401b03169082015260408083015161ffff16908201526060808301516101008301916139749084018215159052565b506080830151608083015260a083015161399960a08401826001600160401b03169052565b5060c08301516139b460c08401826001600160401b03169052565b5060e092830151919092015290565b5f5f602083850312156139d4575f5ffd5b82356001600160401b038111156139e9575f5ffd5b8301601f810185136139f9575f5ffd5b80356001600160401b03811115613a0e575f5ffd5b856020828401011115613a1f575f5ffd5b6020919091019590945092505050565b5f60208284031215613a3f575f5ffd5b81356001600160401b03811115613a54575f5ffd5b820160608185031215611005575f5ffd5b634e487b7160e01b5f52604160045260245ffd5b60405161018081016001600160401b0381118282101715613a9c57613a9c613a65565b60405290565b80356001600160a01b0381168114613846575f5ffd5b803560ff81168114613846575f5ffd5b803561ffff81168114613846575f5ffd5b5f610180828403128015613aeb575f5ffd5b50613af4613a79565b613afd83613aa2565b815260208381013590820152613b1560408401613830565b604082015260608381013590820152613b3060808401613830565b6080820152613b4160a08401613aa2565b60a082015260c08381013590820152613b5c60e08401613830565b60e0820152613b6e6101008401613ab8565b6101008201526101208381013590820152613b8c6101408401613830565b610140820152613b9f6101608401613ac8565b6101608201529392505050565b5f60208284031215613bbc575f5ffd5b61100582613830565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b6001600160401b0383168152604060208201525f613c146040830184613bc5565b949350505050565b634e487b7160e01b5f52601160045260245ffd5b80820180821115610cb457610cb4613c1c565b5f60018201613c5457613c54613c1c565b5060010190565b5f6001600160401b0382166001600160401b038103613c7c57613c7c613c1c565b60010192915050565b81810381811115610cb457610cb4613c1c565b5f82613cb257634e487b7160e01b5f52601260045260245ffd5b500490565b6001600160401b038181168382160290811690818114613cd957613cd9613c1c565b5092915050565b5f5f8335601e19843603018112613cf5575f5ffd5b8301803591506001600160401b03821115613d0e575f5ffd5b6020019150600581901b3603821315613d25575f5ffd5b9250929050565b634e487b7160e01b5f52603260045260245ffd5b5f8235605e19833603018112613d54575f5ffd5b9190910192915050565b5f823560de19833603018112613d54575f5ffd5b803563ffffffff81168114613846575f5ffd5b5f60208284031215613d95575f5ffd5b61100582613d72565b8015158114613dab575f5ffd5b50565b803561384681613d9e565b5f60208284031215613dc9575f5ffd5b813561100581613d9e565b600181811c90821680613de857607f821691505b6020821081036113d357634e487b7160e01b5f52602260045260245ffd5b601f82111561260b578282111561260b57805f5260205f20601f840160051c6020851015613e3157505f5b90810190601f840160051c035f5b81811015611e5b575f83820155600101613e3f565b81516001600160401b03811115613e6d57613e6d613a65565b613e8181613e7b8454613dd4565b84613e06565b6020601f821160018114613eb3575f8315613e9c5750848201515b5f19600385901b1c1916600184901b178455613f0b565b5f84815260208120601f198516915b82811015613ee25787850151825560209485019460019092019101613ec2565b5084821015613eff57868401515f19600387901b60f8161c191681555b505060018360011b0184555b5050505050565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b6001600160401b0384168152604060208201525f613f5c604083018486613f12565b95945050505050565b6001600160401b038181168382160190811115610cb457610cb4613c1c565b82815261014081016001600160401b03613f9d84613830565b1660208301525f60208401359050806040840152506001600160401b03613fc660408501613830565b166060830152613fd860608401613830565b6001600160401b038116608084015250608083013560a08381019190915283013560c08084019190915261400d908401613830565b6001600160401b03811660e08401525061402960e08401613ab8565b60ff81166101008401525061010092909201356101209190910152919050565b81516001600160a01b03168152610180810160208301516020830152604083015161407f60408401826001600160401b03169052565b506060830151606083015260808301516140a460808401826001600160401b03169052565b5060a08301516140bf60a08401826001600160a01b03169052565b5060c083015160c083015260e08301516140e460e08401826001600160401b03169052565b506101008301516140fb61010084018260ff169052565b506101208301516101208301526101408301516141246101408401826001600160401b03169052565b50610160830151613cd961016084018261ffff169052565b82815281356020808301919091526101408201906001600160401b0390614164908501613830565b1660408381019190915283013560608084019190915283013560808084019190915283013560a0808401919091526001600160401b03906141a6908501613830565b1660c08301525f60c084013590508060e0840152506141c760e08401613d72565b63ffffffff8116610100840152506141e26101008401613dae565b801515610120840152509392505050565b5f823561015e19833603018112613d54575f5ffd5b5f5f8335601e1984360301811261421d575f5ffd5b8301803591506001600160401b03821115614236575f5ffd5b602001915036819003821315613d25575f5ffd5b5f823561013e19833603018112613d54575f5ffd5b5f6020828403121561426f575f5ffd5b61100582613aa2565b5f5f8335601e1984360301811261428d575f5ffd5b83016020810192503590506001600160401b038111156142ab575f5ffd5b803603821315613d25575f5ffd5b60408082528435908201525f6142d160208601613aa2565b6001600160a01b031660608301526142eb60408601613aa2565b6001600160a01b0316608083015261430560608601613830565b6001600160401b031660a083015261431f60808601613aa2565b6001600160a01b03811660c08401525060a085013560e083015261434660c0860186614278565b61014061010085015261435e61018085018284613f12565b60e0880135610120860152915061437a90506101008701613830565b6001600160401b031661014084015261012086013561016084015282810360208401526143a8818587613f12565b9695505050505050565b60ff85168152836020820152826040820152608060608201525f6143a86080830184613bc5565b5f602082840312156143e9575f5ffd5b61100582613ab8565b5f60208284031215614402575f5ffd5b61100582613ac8565b5f8151808452602084019350602083015f5b8281101561443b57815186526020958601959091019060010161441d565b5093949350505050565b5f82825180855260208501945060208160051b830101602085015f5b8381101561449357601f1985840301885261447d838351613bc5565b6020988901989093509190910190600101614461565b50909695505050505050565b602081526144b96020820183516001600160401b03169052565b5f60208301516144d460408401826001600160401b03169052565b50604083015160ff8116606084015250606083015160ff8116608084015250608083015160a083015260a083015161016060c084015261451861018084018261440b565b905060c0840151601f198483030160e08501526145358282613bc5565b91505060e08401516145536101008501826001600160401b03169052565b50610100840151838203601f19016101208501526145718282614445565b9150506101208401516101408401526101408401516101608401528091505092915050565b8082028115828204841417610cb457610cb4613c1c565b818382375f9101908152919050565b81515f90829060208501835b828110156145e65781518452602093840193909101906001016145c8565b509195945050505050565b6001600160401b03881681526001600160401b03871660208201526001600160401b038616604082015260ff8516606082015260c060808201525f61463960c083018661440b565b82810360a084015261464c818587613f12565b9a9950505050505050505050565b6001600160401b038281168282160390811115610cb457610cb4613c1c565b858152846020820152836040820152608060608201525f61469e608083018486613f12565b979650505050505050565b5f602082840312156146b9575f5ffd5b815161100581613d9e565b5f5f858511156146d2575f5ffd5b838611156146de575f5ffd5b5050820193919092039150565b80356020831015610cb4575f19602084900360031b1b169291505056fea2646970667358221220a2fb95bbf63d03e5d40799373af627a9c71ed8ef91bec83ed4d09d913cdf389f64736f6c63430008250033",
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

// PackBATCHTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb7848f32.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function BATCH_TYPEHASH() view returns(bytes32)
func (basedInbox *BasedInbox) PackBATCHTYPEHASH() []byte {
	enc, err := basedInbox.abi.Pack("BATCH_TYPEHASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBATCHTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb7848f32.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function BATCH_TYPEHASH() view returns(bytes32)
func (basedInbox *BasedInbox) TryPackBATCHTYPEHASH() ([]byte, error) {
	return basedInbox.abi.Pack("BATCH_TYPEHASH")
}

// UnpackBATCHTYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb7848f32.
//
// Solidity: function BATCH_TYPEHASH() view returns(bytes32)
func (basedInbox *BasedInbox) UnpackBATCHTYPEHASH(data []byte) ([32]byte, error) {
	out, err := basedInbox.abi.Unpack("BATCH_TYPEHASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
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

// PackFORCEDOVERDUESLOTS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8c1c59d9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function FORCED_OVERDUE_SLOTS() view returns(uint64)
func (basedInbox *BasedInbox) PackFORCEDOVERDUESLOTS() []byte {
	enc, err := basedInbox.abi.Pack("FORCED_OVERDUE_SLOTS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFORCEDOVERDUESLOTS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8c1c59d9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function FORCED_OVERDUE_SLOTS() view returns(uint64)
func (basedInbox *BasedInbox) TryPackFORCEDOVERDUESLOTS() ([]byte, error) {
	return basedInbox.abi.Pack("FORCED_OVERDUE_SLOTS")
}

// UnpackFORCEDOVERDUESLOTS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8c1c59d9.
//
// Solidity: function FORCED_OVERDUE_SLOTS() view returns(uint64)
func (basedInbox *BasedInbox) UnpackFORCEDOVERDUESLOTS(data []byte) (uint64, error) {
	out, err := basedInbox.abi.Unpack("FORCED_OVERDUE_SLOTS", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
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

// PackBatchDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x43d89b5f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function batchDigest((uint64,bytes32,uint64,uint64,bytes32,bytes32,uint64,uint8,bytes32) h) view returns(bytes32)
func (basedInbox *BasedInbox) PackBatchDigest(h BatchHeader) []byte {
	enc, err := basedInbox.abi.Pack("batchDigest", h)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBatchDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x43d89b5f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function batchDigest((uint64,bytes32,uint64,uint64,bytes32,bytes32,uint64,uint8,bytes32) h) view returns(bytes32)
func (basedInbox *BasedInbox) TryPackBatchDigest(h BatchHeader) ([]byte, error) {
	return basedInbox.abi.Pack("batchDigest", h)
}

// UnpackBatchDigest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x43d89b5f.
//
// Solidity: function batchDigest((uint64,bytes32,uint64,uint64,bytes32,bytes32,uint64,uint8,bytes32) h) view returns(bytes32)
func (basedInbox *BasedInbox) UnpackBatchDigest(data []byte) ([32]byte, error) {
	out, err := basedInbox.abi.Unpack("batchDigest", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
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

// PackForcedOverdue is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40847127.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function forcedOverdue() view returns(bool)
func (basedInbox *BasedInbox) PackForcedOverdue() []byte {
	enc, err := basedInbox.abi.Pack("forcedOverdue")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackForcedOverdue is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40847127.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function forcedOverdue() view returns(bool)
func (basedInbox *BasedInbox) TryPackForcedOverdue() ([]byte, error) {
	return basedInbox.abi.Pack("forcedOverdue")
}

// UnpackForcedOverdue is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x40847127.
//
// Solidity: function forcedOverdue() view returns(bool)
func (basedInbox *BasedInbox) UnpackForcedOverdue(data []byte) (bool, error) {
	out, err := basedInbox.abi.Unpack("forcedOverdue", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
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

// PackHashBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc7903b96.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hashBatch((uint64,bytes32,uint64,uint64,bytes32,bytes32,uint64,uint8,bytes32) h) pure returns(bytes32)
func (basedInbox *BasedInbox) PackHashBatch(h BatchHeader) []byte {
	enc, err := basedInbox.abi.Pack("hashBatch", h)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHashBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc7903b96.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hashBatch((uint64,bytes32,uint64,uint64,bytes32,bytes32,uint64,uint8,bytes32) h) pure returns(bytes32)
func (basedInbox *BasedInbox) TryPackHashBatch(h BatchHeader) ([]byte, error) {
	return basedInbox.abi.Pack("hashBatch", h)
}

// UnpackHashBatch is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc7903b96.
//
// Solidity: function hashBatch((uint64,bytes32,uint64,uint64,bytes32,bytes32,uint64,uint8,bytes32) h) pure returns(bytes32)
func (basedInbox *BasedInbox) UnpackHashBatch(data []byte) ([32]byte, error) {
	out, err := basedInbox.abi.Unpack("hashBatch", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
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

// PackLastBatchHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x000ddd27.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function lastBatchHash() view returns(bytes32)
func (basedInbox *BasedInbox) PackLastBatchHash() []byte {
	enc, err := basedInbox.abi.Pack("lastBatchHash")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLastBatchHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x000ddd27.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function lastBatchHash() view returns(bytes32)
func (basedInbox *BasedInbox) TryPackLastBatchHash() ([]byte, error) {
	return basedInbox.abi.Pack("lastBatchHash")
}

// UnpackLastBatchHash is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x000ddd27.
//
// Solidity: function lastBatchHash() view returns(bytes32)
func (basedInbox *BasedInbox) UnpackLastBatchHash(data []byte) ([32]byte, error) {
	out, err := basedInbox.abi.Unpack("lastBatchHash", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
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
// the contract method with ID 0x4501c9db.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function submitBased(((uint256,uint64,bytes32,bytes32,bytes32,uint64,bytes32,uint32,bool),bytes,((uint64,bytes32,uint64,uint64,bytes32,bytes32,uint64,uint8,bytes32),bytes,bytes),(bytes32,uint8,bytes,uint8,uint16,bytes32,bytes),((address,(uint256,address,address,uint64,address,uint256,bytes,uint256,uint64,bytes32),bytes)[],(address,(uint256,address,address,uint64,address,uint256,bytes,uint256,uint64,bytes32),bytes)[],(address,bytes,bytes32)[])[]) s) returns(bytes32 commitment)
func (basedInbox *BasedInbox) PackSubmitBased(s Submission) []byte {
	enc, err := basedInbox.abi.Pack("submitBased", s)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSubmitBased is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4501c9db.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function submitBased(((uint256,uint64,bytes32,bytes32,bytes32,uint64,bytes32,uint32,bool),bytes,((uint64,bytes32,uint64,uint64,bytes32,bytes32,uint64,uint8,bytes32),bytes,bytes),(bytes32,uint8,bytes,uint8,uint16,bytes32,bytes),((address,(uint256,address,address,uint64,address,uint256,bytes,uint256,uint64,bytes32),bytes)[],(address,(uint256,address,address,uint64,address,uint256,bytes,uint256,uint64,bytes32),bytes)[],(address,bytes,bytes32)[])[]) s) returns(bytes32 commitment)
func (basedInbox *BasedInbox) TryPackSubmitBased(s Submission) ([]byte, error) {
	return basedInbox.abi.Pack("submitBased", s)
}

// UnpackSubmitBased is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4501c9db.
//
// Solidity: function submitBased(((uint256,uint64,bytes32,bytes32,bytes32,uint64,bytes32,uint32,bool),bytes,((uint64,bytes32,uint64,uint64,bytes32,bytes32,uint64,uint8,bytes32),bytes,bytes),(bytes32,uint8,bytes,uint8,uint16,bytes32,bytes),((address,(uint256,address,address,uint64,address,uint256,bytes,uint256,uint64,bytes32),bytes)[],(address,(uint256,address,address,uint64,address,uint256,bytes,uint256,uint64,bytes32),bytes)[],(address,bytes,bytes32)[])[]) s) returns(bytes32 commitment)
func (basedInbox *BasedInbox) UnpackSubmitBased(data []byte) ([32]byte, error) {
	out, err := basedInbox.abi.Unpack("submitBased", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackSubmitBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x65cb573a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function submitBatch(((uint64,bytes32,uint64,uint64,bytes32,bytes32,uint64,uint8,bytes32),bytes,bytes) b) returns(bool)
func (basedInbox *BasedInbox) PackSubmitBatch(b Batch) []byte {
	enc, err := basedInbox.abi.Pack("submitBatch", b)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSubmitBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x65cb573a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function submitBatch(((uint64,bytes32,uint64,uint64,bytes32,bytes32,uint64,uint8,bytes32),bytes,bytes) b) returns(bool)
func (basedInbox *BasedInbox) TryPackSubmitBatch(b Batch) ([]byte, error) {
	return basedInbox.abi.Pack("submitBatch", b)
}

// UnpackSubmitBatch is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x65cb573a.
//
// Solidity: function submitBatch(((uint64,bytes32,uint64,uint64,bytes32,bytes32,uint64,uint8,bytes32),bytes,bytes) b) returns(bool)
func (basedInbox *BasedInbox) UnpackSubmitBatch(data []byte) (bool, error) {
	out, err := basedInbox.abi.Unpack("submitBatch", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
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

// BasedInboxBatchCommitted represents a BatchCommitted event raised by the BasedInbox contract.
type BasedInboxBatchCommitted struct {
	LastHash    [32]byte
	ParentId    [32]byte
	FirstNumber uint64
	LastNumber  uint64
	L1Slot      uint64
	DataMode    uint8
	BlobHashes  [][32]byte
	Data        []byte
	Raw         *types.Log // Blockchain specific contextual infos
}

const BasedInboxBatchCommittedEventName = "BatchCommitted"

// ContractEventName returns the user-defined event name.
func (BasedInboxBatchCommitted) ContractEventName() string {
	return BasedInboxBatchCommittedEventName
}

// UnpackBatchCommittedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BatchCommitted(bytes32 indexed lastHash, bytes32 indexed parentId, uint64 firstNumber, uint64 lastNumber, uint64 l1Slot, uint8 dataMode, bytes32[] blobHashes, bytes data)
func (basedInbox *BasedInbox) UnpackBatchCommittedEvent(log *types.Log) (*BasedInboxBatchCommitted, error) {
	event := "BatchCommitted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != basedInbox.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BasedInboxBatchCommitted)
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

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (basedInbox *BasedInbox) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], basedInbox.abi.Errors["AssertionFailed"].ID.Bytes()[:4]) {
		return basedInbox.UnpackAssertionFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], basedInbox.abi.Errors["BatchBlobsInSubmission"].ID.Bytes()[:4]) {
		return basedInbox.UnpackBatchBlobsInSubmissionError(raw[4:])
	}
	if bytes.Equal(raw[:4], basedInbox.abi.Errors["BatchDataMismatch"].ID.Bytes()[:4]) {
		return basedInbox.UnpackBatchDataMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], basedInbox.abi.Errors["BatchNotOnHead"].ID.Bytes()[:4]) {
		return basedInbox.UnpackBatchNotOnHeadError(raw[4:])
	}
	if bytes.Equal(raw[:4], basedInbox.abi.Errors["BatchRange"].ID.Bytes()[:4]) {
		return basedInbox.UnpackBatchRangeError(raw[4:])
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
	if bytes.Equal(raw[:4], basedInbox.abi.Errors["SlotEndingNotOnHead"].ID.Bytes()[:4]) {
		return basedInbox.UnpackSlotEndingNotOnHeadError(raw[4:])
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
	if bytes.Equal(raw[:4], basedInbox.abi.Errors["UnexpectedBatch"].ID.Bytes()[:4]) {
		return basedInbox.UnpackUnexpectedBatchError(raw[4:])
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

// BasedInboxBatchBlobsInSubmission represents a BatchBlobsInSubmission error raised by the BasedInbox contract.
type BasedInboxBatchBlobsInSubmission struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BatchBlobsInSubmission()
func BasedInboxBatchBlobsInSubmissionErrorID() common.Hash {
	return common.HexToHash("0x86995d9c73f85c2045fcb6d88a7488a729e6959f9b4a24726f738e8d2f38d2a3")
}

// UnpackBatchBlobsInSubmissionError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BatchBlobsInSubmission()
func (basedInbox *BasedInbox) UnpackBatchBlobsInSubmissionError(raw []byte) (*BasedInboxBatchBlobsInSubmission, error) {
	out := new(BasedInboxBatchBlobsInSubmission)
	if err := basedInbox.abi.UnpackIntoInterface(out, "BatchBlobsInSubmission", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BasedInboxBatchDataMismatch represents a BatchDataMismatch error raised by the BasedInbox contract.
type BasedInboxBatchDataMismatch struct {
	Expected [32]byte
	Got      [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BatchDataMismatch(bytes32 expected, bytes32 got)
func BasedInboxBatchDataMismatchErrorID() common.Hash {
	return common.HexToHash("0xcc8d31a9c21a34743c76a8791e603dcd202ac5831bb03c370538e1ce5ddc8be8")
}

// UnpackBatchDataMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BatchDataMismatch(bytes32 expected, bytes32 got)
func (basedInbox *BasedInbox) UnpackBatchDataMismatchError(raw []byte) (*BasedInboxBatchDataMismatch, error) {
	out := new(BasedInboxBatchDataMismatch)
	if err := basedInbox.abi.UnpackIntoInterface(out, "BatchDataMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BasedInboxBatchNotOnHead represents a BatchNotOnHead error raised by the BasedInbox contract.
type BasedInboxBatchNotOnHead struct {
	HeadId      [32]byte
	HeadNumber  uint64
	ParentId    [32]byte
	FirstNumber uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BatchNotOnHead(bytes32 headId, uint64 headNumber, bytes32 parentId, uint64 firstNumber)
func BasedInboxBatchNotOnHeadErrorID() common.Hash {
	return common.HexToHash("0x05716e63537a075f53df4bf739c1dbad7bedad8b0a621ec1acb35c9885ca63af")
}

// UnpackBatchNotOnHeadError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BatchNotOnHead(bytes32 headId, uint64 headNumber, bytes32 parentId, uint64 firstNumber)
func (basedInbox *BasedInbox) UnpackBatchNotOnHeadError(raw []byte) (*BasedInboxBatchNotOnHead, error) {
	out := new(BasedInboxBatchNotOnHead)
	if err := basedInbox.abi.UnpackIntoInterface(out, "BatchNotOnHead", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BasedInboxBatchRange represents a BatchRange error raised by the BasedInbox contract.
type BasedInboxBatchRange struct {
	FirstNumber uint64
	LastNumber  uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BatchRange(uint64 firstNumber, uint64 lastNumber)
func BasedInboxBatchRangeErrorID() common.Hash {
	return common.HexToHash("0x3c23cd031777842b041a85530dca95035ced604f26a116360ccc95ea56a4d690")
}

// UnpackBatchRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BatchRange(uint64 firstNumber, uint64 lastNumber)
func (basedInbox *BasedInbox) UnpackBatchRangeError(raw []byte) (*BasedInboxBatchRange, error) {
	out := new(BasedInboxBatchRange)
	if err := basedInbox.abi.UnpackIntoInterface(out, "BatchRange", raw); err != nil {
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

// BasedInboxSlotEndingNotOnHead represents a SlotEndingNotOnHead error raised by the BasedInbox contract.
type BasedInboxSlotEndingNotOnHead struct {
	HeadId        [32]byte
	HeadNumber    uint64
	L2BlockHash   [32]byte
	L2BlockNumber uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SlotEndingNotOnHead(bytes32 headId, uint64 headNumber, bytes32 l2BlockHash, uint64 l2BlockNumber)
func BasedInboxSlotEndingNotOnHeadErrorID() common.Hash {
	return common.HexToHash("0xad48d90d9f00acfbcd5317366bfaaf8695d0df443414f81ebe212ef78d20d353")
}

// UnpackSlotEndingNotOnHeadError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SlotEndingNotOnHead(bytes32 headId, uint64 headNumber, bytes32 l2BlockHash, uint64 l2BlockNumber)
func (basedInbox *BasedInbox) UnpackSlotEndingNotOnHeadError(raw []byte) (*BasedInboxSlotEndingNotOnHead, error) {
	out := new(BasedInboxSlotEndingNotOnHead)
	if err := basedInbox.abi.UnpackIntoInterface(out, "SlotEndingNotOnHead", raw); err != nil {
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

// BasedInboxUnexpectedBatch represents a UnexpectedBatch error raised by the BasedInbox contract.
type BasedInboxUnexpectedBatch struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnexpectedBatch()
func BasedInboxUnexpectedBatchErrorID() common.Hash {
	return common.HexToHash("0x089796b7bf6ba89b3e9301b0ebeae0d3cba18076368584759a26b01b4bca3742")
}

// UnpackUnexpectedBatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnexpectedBatch()
func (basedInbox *BasedInbox) UnpackUnexpectedBatchError(raw []byte) (*BasedInboxUnexpectedBatch, error) {
	out := new(BasedInboxUnexpectedBatch)
	if err := basedInbox.abi.UnpackIntoInterface(out, "UnexpectedBatch", raw); err != nil {
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
