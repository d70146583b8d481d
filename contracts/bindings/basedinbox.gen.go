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
	CertificateVerifier     common.Address
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
	ABI: "[{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"genesisTime\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"slotSeconds\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"l2ChainId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"l2GenesisHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"l2GenesisStateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"sequencer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"stateVerifier\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"forcedInclusionFee\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"forcedInclusionDelay\",\"type\":\"uint64\"},{\"internalType\":\"uint16\",\"name\":\"forcedInclusionCap\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"forcedTxMaxBytes\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"implicitSlotEndingIndex\",\"type\":\"uint32\"},{\"internalType\":\"address\",\"name\":\"certificateVerifier\",\"type\":\"address\"}],\"internalType\":\"structInboxConfig\",\"name\":\"cfg\",\"type\":\"tuple\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"bundle\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"callReverted\",\"type\":\"bool\"},{\"internalType\":\"bytes32\",\"name\":\"returnDataHash\",\"type\":\"bytes32\"}],\"name\":\"AssertionFailed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BatchBlobsInSubmission\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"expected\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"got\",\"type\":\"bytes32\"}],\"name\":\"BatchDataMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"headId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"headNumber\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"parentId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"firstNumber\",\"type\":\"uint64\"}],\"name\":\"BatchNotOnHead\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"firstNumber\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"lastNumber\",\"type\":\"uint64\"}],\"name\":\"BatchRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"genesisTime\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"}],\"name\":\"BeforeGenesis\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"leg\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"bundle\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"reason\",\"type\":\"bytes\"}],\"name\":\"CallFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"lastCertifiedSlot\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"currentSlot\",\"type\":\"uint64\"}],\"name\":\"CertificateRequired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"}],\"name\":\"CommitmentExists\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EnqueueDuringSubmission\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"FeeTransferFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"due\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"included\",\"type\":\"uint256\"}],\"name\":\"ForcedInclusionDue\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"size\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"ForcedTransactionSize\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"field\",\"type\":\"string\"}],\"name\":\"InvalidConfig\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"MissingBlob\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoProvenStateRoot\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoStateVerifier\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"leg\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"bundle\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"NotAnAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"}],\"name\":\"NotSequencer\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotSlotEnding\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"expected\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"got\",\"type\":\"bytes32\"}],\"name\":\"ParentMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"parentId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"headId\",\"type\":\"bytes32\"}],\"name\":\"ParentNotHead\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ParentStateRootUnknown\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"Reentered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"headId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"headNumber\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"l2BlockHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"l2BlockNumber\",\"type\":\"uint64\"}],\"name\":\"SlotEndingNotOnHead\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"parentStateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"postStateRoot\",\"type\":\"bytes32\"}],\"name\":\"StateProofRejected\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"}],\"name\":\"StateRootNotProven\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"included\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"TooManyForcedEntries\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"UnexpectedBatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"blobCount\",\"type\":\"uint8\"}],\"name\":\"UnexpectedBlobCount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"UnexpectedTxData\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"mode\",\"type\":\"uint8\"}],\"name\":\"UnknownDataMode\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"leg\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"bundle\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"bundleId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"signed\",\"type\":\"bytes32\"}],\"name\":\"WrongBundleId\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"sent\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"required\",\"type\":\"uint256\"}],\"name\":\"WrongForcedInclusionFee\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"expected\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"got\",\"type\":\"bytes32\"}],\"name\":\"WrongL1Parent\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"expected\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"}],\"name\":\"WrongL2Chain\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"currentSlot\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"messageSlot\",\"type\":\"uint64\"}],\"name\":\"WrongSlot\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"leg\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"bundle\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"submitter\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"WrongSubmitter\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"parentId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"l2BlockNumber\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"assertions\",\"type\":\"uint256\"}],\"name\":\"BasedBlockConfirmed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"parentId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"proposer\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"l2BlockNumber\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"l1Slot\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"anchor\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"dataMode\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"dataHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"blobHashes\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes\",\"name\":\"txData\",\"type\":\"bytes\"},{\"internalType\":\"uint64\",\"name\":\"forcedStart\",\"type\":\"uint64\"},{\"internalType\":\"bytes[]\",\"name\":\"forcedTxs\",\"type\":\"bytes[]\"},{\"internalType\":\"bytes32\",\"name\":\"parentStateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"postStateRoot\",\"type\":\"bytes32\"}],\"indexed\":false,\"internalType\":\"structProposedBlock\",\"name\":\"info\",\"type\":\"tuple\"}],\"name\":\"BasedBlockProposed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"lastHash\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"parentId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"firstNumber\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"lastNumber\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"l1Slot\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"dataMode\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"bytes32[]\",\"name\":\"blobHashes\",\"type\":\"bytes32[]\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"BatchCommitted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"enqueuedAt\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"rawTx\",\"type\":\"bytes\"}],\"name\":\"ForcedTransactionEnqueued\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"ANCHOR_BASED\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"ANCHOR_HEAD\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"ANCHOR_SLOT_ENDING\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"BASED_MODE_AFTER_SLOTS\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"BATCH_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DATA_BLOBS\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DATA_CALLDATA\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"FORCED_OVERDUE_SLOTS\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"LEG_POST\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"LEG_PRE\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_ASSERTION_RETURN\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_CALL_REASON\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"SLOT_ENDING_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"basedModeOpen\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"l2ChainId\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"parentId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"firstNumber\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"lastNumber\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"lastHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"lastStateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"l1Slot\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"dataMode\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"dataHash\",\"type\":\"bytes32\"}],\"internalType\":\"structBatchHeader\",\"name\":\"h\",\"type\":\"tuple\"}],\"name\":\"batchDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"inbox\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"submitter\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"l1Slot\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"bundleId\",\"type\":\"bytes32\"}],\"internalType\":\"structBasedCall\",\"name\":\"call\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"internalType\":\"structSignedCall[]\",\"name\":\"preCalls\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"inbox\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"submitter\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"l1Slot\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"bundleId\",\"type\":\"bytes32\"}],\"internalType\":\"structBasedCall\",\"name\":\"call\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"internalType\":\"structSignedCall[]\",\"name\":\"postCalls\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"expect\",\"type\":\"bytes32\"}],\"internalType\":\"structAssertion[]\",\"name\":\"assertions\",\"type\":\"tuple[]\"}],\"internalType\":\"structCallBundle\",\"name\":\"b\",\"type\":\"tuple\"}],\"name\":\"callBundleId\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"certificateVerifier\",\"outputs\":[{\"internalType\":\"contractICertificateVerifier\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"inbox\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"l1ChainId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"l1BlockNumber\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"l1ParentHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"l1Timestamp\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"proposer\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"parentId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"l2BlockNumber\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"dataMode\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"dataHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"forcedStart\",\"type\":\"uint64\"},{\"internalType\":\"uint16\",\"name\":\"forcedCount\",\"type\":\"uint16\"}],\"internalType\":\"structCommitmentPreimage\",\"name\":\"p\",\"type\":\"tuple\"}],\"name\":\"commitmentOf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"start\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"}],\"name\":\"countDueForced\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"due\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"currentSlot\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"domainSeparator\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"rawTx\",\"type\":\"bytes\"}],\"name\":\"enqueueForcedTransaction\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"}],\"name\":\"forcedEntry\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"enqueuedAt\",\"type\":\"uint64\"},{\"internalType\":\"bytes\",\"name\":\"rawTx\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"forcedHead\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"forcedInclusionCap\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"forcedInclusionDelay\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"forcedInclusionFee\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"forcedOverdue\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"forcedTail\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"forcedTxMaxBytes\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"genesisTime\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"l2ChainId\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"parentId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"firstNumber\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"lastNumber\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"lastHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"lastStateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"l1Slot\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"dataMode\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"dataHash\",\"type\":\"bytes32\"}],\"internalType\":\"structBatchHeader\",\"name\":\"h\",\"type\":\"tuple\"}],\"name\":\"hashBatch\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"l2ChainId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"l2BlockNumber\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"l2BlockHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"l2ParentHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"l2StateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"l1Slot\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"l1ParentHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"seqIndex\",\"type\":\"uint32\"},{\"internalType\":\"bool\",\"name\":\"slotEnding\",\"type\":\"bool\"}],\"internalType\":\"structSlotEnding\",\"name\":\"m\",\"type\":\"tuple\"}],\"name\":\"hashSlotEnding\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"implicitSlotEndingIndex\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"}],\"name\":\"isConfirmed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"l2ChainId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"l2BlockNumber\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"l2BlockHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"l2ParentHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"l2StateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"l1Slot\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"l1ParentHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"seqIndex\",\"type\":\"uint32\"},{\"internalType\":\"bool\",\"name\":\"slotEnding\",\"type\":\"bool\"}],\"internalType\":\"structSlotEnding\",\"name\":\"se\",\"type\":\"tuple\"}],\"name\":\"isSlotEnding\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"l2ChainId\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"l2Head\",\"outputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"l1Slot\",\"type\":\"uint64\"},{\"internalType\":\"bool\",\"name\":\"based\",\"type\":\"bool\"}],\"internalType\":\"structL2Head\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"lastBatchHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"lastCertifiedSlot\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"latestConfirmedStateRoot\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"l2BlockNumber\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"}],\"name\":\"proposal\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"proposer\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"l1Block\",\"type\":\"uint64\"},{\"internalType\":\"uint16\",\"name\":\"forcedCount\",\"type\":\"uint16\"},{\"internalType\":\"bool\",\"name\":\"confirmed\",\"type\":\"bool\"},{\"internalType\":\"bytes32\",\"name\":\"parentId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"l2BlockNumber\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"forcedStart\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"postStateRoot\",\"type\":\"bytes32\"}],\"internalType\":\"structProposal\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"}],\"name\":\"provenStateRoot\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"sequencer\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"l2ChainId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"l2BlockNumber\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"l2BlockHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"l2ParentHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"l2StateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"l1Slot\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"l1ParentHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"seqIndex\",\"type\":\"uint32\"},{\"internalType\":\"bool\",\"name\":\"slotEnding\",\"type\":\"bool\"}],\"internalType\":\"structSlotEnding\",\"name\":\"m\",\"type\":\"tuple\"}],\"name\":\"slotEndingDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"slotSeconds\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"stateVerifier\",\"outputs\":[{\"internalType\":\"contractIStateVerifier\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"l2ChainId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"l2BlockNumber\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"l2BlockHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"l2ParentHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"l2StateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"l1Slot\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"l1ParentHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"seqIndex\",\"type\":\"uint32\"},{\"internalType\":\"bool\",\"name\":\"slotEnding\",\"type\":\"bool\"}],\"internalType\":\"structSlotEnding\",\"name\":\"slotEnding\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"certificate\",\"type\":\"bytes\"},{\"components\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"l2ChainId\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"parentId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"firstNumber\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"lastNumber\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"lastHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"lastStateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"l1Slot\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"dataMode\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"dataHash\",\"type\":\"bytes32\"}],\"internalType\":\"structBatchHeader\",\"name\":\"header\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"certificate\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"internalType\":\"structBatch\",\"name\":\"batch\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"parentHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"dataMode\",\"type\":\"uint8\"},{\"internalType\":\"bytes\",\"name\":\"txData\",\"type\":\"bytes\"},{\"internalType\":\"uint8\",\"name\":\"blobCount\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"forcedCount\",\"type\":\"uint16\"},{\"internalType\":\"bytes32\",\"name\":\"postStateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"internalType\":\"structBasedBlock\",\"name\":\"blk\",\"type\":\"tuple\"},{\"components\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"inbox\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"submitter\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"l1Slot\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"bundleId\",\"type\":\"bytes32\"}],\"internalType\":\"structBasedCall\",\"name\":\"call\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"internalType\":\"structSignedCall[]\",\"name\":\"preCalls\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"inbox\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"submitter\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"l1Slot\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"bundleId\",\"type\":\"bytes32\"}],\"internalType\":\"structBasedCall\",\"name\":\"call\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"internalType\":\"structSignedCall[]\",\"name\":\"postCalls\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"expect\",\"type\":\"bytes32\"}],\"internalType\":\"structAssertion[]\",\"name\":\"assertions\",\"type\":\"tuple[]\"}],\"internalType\":\"structCallBundle[]\",\"name\":\"bundles\",\"type\":\"tuple[]\"}],\"internalType\":\"structSubmission\",\"name\":\"s\",\"type\":\"tuple\"}],\"name\":\"submitBased\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"l2ChainId\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"parentId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"firstNumber\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"lastNumber\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"lastHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"lastStateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"l1Slot\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"dataMode\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"dataHash\",\"type\":\"bytes32\"}],\"internalType\":\"structBatchHeader\",\"name\":\"header\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"certificate\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"internalType\":\"structBatch\",\"name\":\"b\",\"type\":\"tuple\"}],\"name\":\"submitBatch\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"transientStateRoot\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"l2BlockNumber\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "BasedInbox",
	Bin: "0x6101e0604052348015610010575f5ffd5b50604051614e93380380614e9383398101604081905261002f916103ec565b60e0808201516101008301516101208401516101408501516080939093526001600160401b0391821660a05261ffff1660c05263ffffffff9091169091526020820151165f036100b5576040516389a6198960e01b815260206004820152600b60248201526a736c6f745365636f6e647360a81b60448201526064015b60405180910390fd5b61018081015160a08201516001600160a01b039182161591161503610109576040516389a6198960e01b815260206004820152600960248201526839b2b8bab2b731b2b960b91b60448201526064016100ac565b606081015161014b576040516389a6198960e01b815260206004820152600d60248201526c0d8648ecadccae6d2e690c2e6d609b1b60448201526064016100ac565b80610120015161ffff165f03610199576040516389a6198960e01b81526020600482015260126024820152710666f72636564496e636c7573696f6e4361760741b60448201526064016100ac565b80610140015163ffffffff165f036101e7576040516389a6198960e01b815260206004820152601060248201526f666f7263656454784d6178427974657360801b60448201526064016100ac565b80516001600160401b0390811661010052602082015181166101205260408201516101405260a08201516001600160a01b03908116610160908152610180808501518316905260c08401519091166101a05282015163ffffffff166101c05281515f9116421061025e576102596102e7565b610260565b5f5b6040805160a081018252606085810151808352608096870151602084018190525f9484018590526001600160401b0395909516918301829052959091019190915260029390935560035550600480546001600160881b03191668010000000000000000830260ff60801b1916179055600580546001600160401b0319169091179055610517565b5f610100516001600160401b031642101561032e57610100516040516308649c4d60e01b81526001600160401b0391821660048201524290911660248201526044016100ac565b610120516001600160401b0316610100516001600160401b03164261035391906104d3565b61035d91906104f8565b905090565b6040516101a081016001600160401b038111828210171561039157634e487b7160e01b5f52604160045260245ffd5b60405290565b80516001600160401b03811681146103ad575f5ffd5b919050565b80516001600160a01b03811681146103ad575f5ffd5b805161ffff811681146103ad575f5ffd5b805163ffffffff811681146103ad575f5ffd5b5f6101a08284031280156103fe575f5ffd5b50610407610362565b61041083610397565b815261041e60208401610397565b602082015260408381015190820152606080840151908201526080808401519082015261044d60a084016103b2565b60a082015261045e60c084016103b2565b60c082015260e0838101519082015261047a6101008401610397565b61010082015261048d61012084016103c8565b6101208201526104a061014084016103d9565b6101408201526104b361016084016103d9565b6101608201526104c661018084016103b2565b6101808201529392505050565b818103818111156104f257634e487b7160e01b5f52601160045260245ffd5b92915050565b5f8261051257634e487b7160e01b5f52601260045260245ffd5b500490565b60805160a05160c05160e05161010051610120516101405161016051610180516101a0516101c05161485461063f5f395f818161049e0152610ff101525f818161083401528181613594015261360101525f818161097201528181612fd4015261301801525f8181610664015261309201525f8181610920015281816119fb01528181611a2e015281816126bf01526126fb01525f818161073601528181610c060152610c7c01525f818161059101528181610b8401528181610bca0152610c3001525f8181610411015281816111c2015261120501525f818161079501528181610ade0152818161337501526133a001525f81816104d101528181610b2c015261164d01525f81816106e40152818161114d0152818161118701526125af01526148545ff3fe6080604052600436106102be575f3560e01c80636da590411161016f578063bf6f0300116100d8578063dfd93d3b11610092578063f698da251161006d578063f698da25146109c7578063f7cf6ce6146109db578063fbb04a82146109fa578063fceb8d7c14610a2d575f5ffd5b8063dfd93d3b14610961578063e1e68c1614610994578063e31f064c146109a8575f5ffd5b8063bf6f0300146108a8578063c24acbb2146108bc578063c7903b96146108d1578063d23ee6c3146108f0578063d6ae3cd51461090f578063df1edb5d14610942575f5ffd5b80638c708898116101295780638c708898146108045780638ec18684146107dd57806391caa9411461082357806397359c9b14610856578063aa36a289146107dd578063b7848f3214610875575f5ffd5b80636da5904114610758578063740111b41461078457806375671156146105345780637641fa3e146107ca57806376de3112146107dd5780638c1c59d9146107f0575f5ffd5b8063424c11fb1161022b57806352e863bd116101e55780636486aa51116101c05780636486aa511461069e57806364bb0a22146106d357806365cb573a146107065780636738bc6a14610725575f5ffd5b806352e863bd1461062e5780635c1bba38146106535780635ece007714610534575f5ffd5b8063424c11fb1461056c57806342c6498a14610580578063433b953f146105b357806343d89b5f146105d15780634501c9db146105f057806352be2bb81461060f575f5ffd5b806324888cb51161027c57806324888cb51461048d5780632f2f7641146104c057806332ecf5ee1461050b5780633359632e146105205780633aec8ea8146105345780634084712714610548575f5ffd5b80620ddd27146102c2578063039eb05d146102ea57806305c063bd146103215780631762e968146104005780631a283509146104485780631fec803214610467575b5f5ffd5b3480156102cd575f5ffd5b506102d760065481565b6040519081526020015b60405180910390f35b3480156102f5575f5ffd5b506102fe610a5a565b604080519384526001600160401b039092166020840152908201526060016102e1565b34801561032c575f5ffd5b506103ab6040805160a0810182525f80825260208201819052918101829052606081018290526080810191909152506040805160a081018252600254815260035460208201526004546001600160401b0380821693830193909352600160401b81049092166060820152600160801b90910460ff161515608082015290565b6040516102e191905f60a08201905082518252602083015160208301526001600160401b0360408401511660408301526001600160401b03606084015116606083015260808301511515608083015292915050565b34801561040b575f5ffd5b506104337f000000000000000000000000000000000000000000000000000000000000000081565b60405163ffffffff90911681526020016102e1565b348015610453575f5ffd5b506102d7610462366004613948565b610aab565b348015610472575f5ffd5b5061047b600281565b60405160ff90911681526020016102e1565b348015610498575f5ffd5b506104337f000000000000000000000000000000000000000000000000000000000000000081565b3480156104cb575f5ffd5b506104f37f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160401b0390911681526020016102e1565b348015610516575f5ffd5b506102d761080081565b34801561052b575f5ffd5b506104f3610b81565b34801561053f575f5ffd5b5061047b600181565b348015610553575f5ffd5b5061055c610c72565b60405190151581526020016102e1565b348015610577575f5ffd5b506102fe610ca7565b34801561058b575f5ffd5b506104f37f000000000000000000000000000000000000000000000000000000000000000081565b3480156105be575f5ffd5b505f546104f3906001600160401b031681565b3480156105dc575f5ffd5b506102d76105eb36600461398a565b610ce7565b3480156105fb575f5ffd5b506102d761060a3660046139a5565b610d07565b34801561061a575f5ffd5b5061055c61062936600461398a565b610fee565b348015610639575f5ffd5b505f546104f390600160401b90046001600160401b031681565b34801561065e575f5ffd5b506106867f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020016102e1565b3480156106a9575f5ffd5b5061055c6106b83660046139dc565b5f90815260086020526040902054600160f01b900460ff1690565b3480156106de575f5ffd5b506102d77f000000000000000000000000000000000000000000000000000000000000000081565b348015610711575f5ffd5b5061055c6107203660046139f3565b611059565b348015610730575f5ffd5b506104f37f000000000000000000000000000000000000000000000000000000000000000081565b348015610763575f5ffd5b506107776107723660046139dc565b611087565b6040516102e19190613a2a565b34801561078f575f5ffd5b506107b77f000000000000000000000000000000000000000000000000000000000000000081565b60405161ffff90911681526020016102e1565b6104f36107d8366004613ac0565b611127565b3480156107e8575f5ffd5b5061047b5f81565b3480156107fb575f5ffd5b506104f3600481565b34801561080f575f5ffd5b506102d761081e366004613b2c565b611366565b34801561082e575f5ffd5b506106867f000000000000000000000000000000000000000000000000000000000000000081565b348015610861575f5ffd5b506102d76108703660046139dc565b6113d6565b348015610880575f5ffd5b506102d77ffdffe8a5fddc2fa5deaf58b4db757cf6c469989330d0a0e1091155e42a44257981565b3480156108b3575f5ffd5b5061055c611426565b3480156108c7575f5ffd5b506102d761100081565b3480156108dc575f5ffd5b506102d76108eb36600461398a565b611469565b3480156108fb575f5ffd5b506005546104f3906001600160401b031681565b34801561091a575f5ffd5b506102d77f000000000000000000000000000000000000000000000000000000000000000081565b34801561094d575f5ffd5b506102d761095c36600461398a565b61149d565b34801561096c575f5ffd5b506106867f000000000000000000000000000000000000000000000000000000000000000081565b34801561099f575f5ffd5b506104f3600a81565b3480156109b3575f5ffd5b506102d76109c2366004613bd6565b6114b2565b3480156109d2575f5ffd5b506102d76114c4565b3480156109e6575f5ffd5b506102d76109f536600461398a565b61150f565b348015610a05575f5ffd5b506102d77f613edcae72daa1fb94e4899a2b1ee6eb5d22753115eb32e58f3c23174093b88e81565b348015610a38575f5ffd5b50610a4c610a47366004613ca9565b611543565b6040516102e1929190613cf0565b6007545f8082610a805760405160016247648960e01b0319815260040160405180910390fd5b50505f818152600860205260409020600281015460039091015491926001600160401b039091169190565b5f8054600160401b90046001600160401b0316835b816001600160401b0316816001600160401b0316108015610b0457507f000000000000000000000000000000000000000000000000000000000000000061ffff1683105b15610b79576001600160401b038181165f9081526001602052604090205481861691610b54917f000000000000000000000000000000000000000000000000000000000000000082169116613d2d565b11610b795782610b6381613d40565b9350508080610b7190613d58565b915050610ac0565b505092915050565b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160401b0316421015610c04576040516308649c4d60e01b81526001600160401b037f000000000000000000000000000000000000000000000000000000000000000081166004830152421660248201526044015b60405180910390fd5b7f00000000000000000000000000000000000000000000000000000000000000006001600160401b03167f00000000000000000000000000000000000000000000000000000000000000006001600160401b031642610c639190613d82565b610c6d9190613d95565b905090565b5f610c6d42610ca27f00000000000000000000000000000000000000000000000000000000000000006004613db4565b611600565b5f808060015c610ccd5760405160016247648960e01b0319815260040160405180910390fd5b505060015c916001600160401b0360025c16915060035c90565b5f610d01610cf36114c4565b610cfc84611469565b611689565b92915050565b5f60ff815c1615610d2b5760405163b5dfd9e560e01b815260040160405180910390fd5b60015f805c60ff19168217905d505f610d43836116c9565b90505f610d54610180850185613ddd565b90506001600160401b03811115610d6d57610d6d613b62565b604051908082528060200260200182016040528015610d96578160200160208202803683370190505b5090505f5b8151811015610e5a57610dd7610db5610180870187613ddd565b83818110610dc557610dc5613e29565b905060200281019061081e9190613e3d565b828281518110610de957610de9613e29565b6020908102919091010152610e52610e05610180870187613ddd565b83818110610e1557610e15613e29565b9050602002810190610e279190613e3d565b610e319080613ddd565b5f84868681518110610e4557610e45613e29565b6020026020010151611c5f565b600101610d9b565b50610e636138ea565b610e7a83610e75610160880188613e5b565b611eb0565b60e0810151919550915015610ece5760a081015160e082015185919060015f6002818460035d8591906101000a815c816001600160401b0302191690836001600160401b03160217905d50849190505d5050505b5f805b8351811015610f8b57610f30610eeb610180890189613ddd565b83818110610efb57610efb613e29565b9050602002810190610f0d9190613e3d565b610f1b906020810190613ddd565b600184888681518110610e4557610e45613e29565b610f77610f41610180890189613ddd565b83818110610f5157610f51613e29565b9050602002810190610f639190613e3d565b610f71906040810190613ddd565b836121e6565b610f819083613d2d565b9150600101610ed1565b50610f97858383612373565b5f80806001816002818060035d8591906101000a815c816001600160401b0302191690836001600160401b03160217905d50849190505d505f91505060ff19815c16815d50610fe5826125ac565b50505050919050565b5f7f000000000000000000000000000000000000000000000000000000000000000063ffffffff8116156110405763ffffffff8116611034610100850160e08601613e82565b63ffffffff1614611052565b61105261012084016101008501613eb6565b9392505050565b5f60ff815c161561107d5760405163b5dfd9e560e01b815260040160405180910390fd5b610d01825f61265e565b61108f6138ea565b505f9081526008602090815260409182902082516101008101845281546001600160a01b0381168252600160a01b81046001600160401b0390811694830194909452600160e01b810461ffff1694820194909452600160f01b90930460ff161515606084015260018101546080840152600281015480831660a0850152600160401b900490911660c08301526003015460e082015290565b5f805c60ff161561114b57604051630fb82d8b60e01b815260040160405180910390fd5b7f000000000000000000000000000000000000000000000000000000000000000034146111b3576040516340bd132960e01b81523460048201527f00000000000000000000000000000000000000000000000000000000000000006024820152604401610bfb565b8115806111e5575063ffffffff7f00000000000000000000000000000000000000000000000000000000000000001682115b156112325760405163150cb2af60e21b81526004810183905263ffffffff7f0000000000000000000000000000000000000000000000000000000000000000166024820152604401610bfb565b5f8054600160401b90046001600160401b031690600861125183613d58565b91906101000a8154816001600160401b0302191690836001600160401b0316021790555090506040518060400160405280426001600160401b0316815260200184848080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201829052509390945250506001600160401b0384811682526001602081815260409093208551815467ffffffffffffffff19169316929092178255918401519092509082019061130d9082613f51565b50905050336001600160a01b0316816001600160401b03167fee188a38b22b4a8bee4b26719aee5e249282202ba4507f46ad0ca9b21a771aa742868660405161135893929190614037565b60405180910390a392915050565b5f6113796113748380613ddd565b612be6565b6113896113746020850185613ddd565b61139e6113996040860186613ddd565b612e37565b60408051602081019490945283019190915260608201526080015b604051602081830303815290604052805190602001209050919050565b5f8181526008602052604090206003810154908115806113ff57508054600160f01b900460ff16155b1561142057604051631bca565f60e11b815260048101849052602401610bfb565b50919050565b6005545f9061144090600a906001600160401b0316614062565b6001600160401b0316611451610b81565b6001600160401b03161180610c6d5750610c6d610c72565b5f7ffdffe8a5fddc2fa5deaf58b4db757cf6c469989330d0a0e1091155e42a442579826040516020016113b9929190614081565b5f610d016114a96114c4565b610cfc8461150f565b5f816040516020016113b99190614146565b5f610c6d7f09f1975d7c3de2c3600511fa36e96bc9875ea316cee7449e6e5fc586d54454367fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc6612f85565b5f7f613edcae72daa1fb94e4899a2b1ee6eb5d22753115eb32e58f3c23174093b88e826040516020016113b9929190614239565b6001600160401b038082165f908152600160208190526040822080549181018054939460609492931691819061157890613ed1565b80601f01602080910402602001604051908101604052809291908181526020018280546115a490613ed1565b80156115ef5780601f106115c6576101008083540402835291602001916115ef565b820191905f5260205f20905b8154815290600101906020018083116115d257829003601f168201915b505050505090509250925050915091565b5f80546001600160401b0380821691600160401b9004168110611626575f915050610d01565b6001600160401b038181165f908152600160205260409020548186169185811691611675917f000000000000000000000000000000000000000000000000000000000000000081169116613d2d565b61167f9190613d2d565b1115949350505050565b60405161190160f01b602082015260228101839052604281018290525f906062015b60405160208183030381529060405280519060200120905092915050565b604080516080810182525f8082526020820181905291810182905260608101829052906116fa610160840184613e5b565b3590505f8061170d6101408601866142f0565b5f84815260086020526040902080546080909201359290921415925060ff600160f01b909104168015611751575080546001600160401b03600160a01b9091041643145b156117e05781156117755760405163089796b760e01b815260040160405180910390fd5b604080516080810182526001815260028301546001600160401b0380821660208401526003850154938301939093528354919260608401926117cc92600160e01b90910461ffff1691600160401b90910416614062565b6001600160401b0316905295945050505050565b6040805160a081018252600254815260035460208201526004546001600160401b0380821693830193909352600160401b81049092166060820152600160801b90910460ff161515608082015261183b610120870187614305565b90505f036119205782156118625760405163089796b760e01b815260040160405180910390fd5b61186a611426565b6118ae576005546001600160401b0316611882610b81565b6040516388241ad360e01b81526001600160401b03928316600482015291166024820152604401610bfb565b805184146118dc5780516040516359b3f2d360e01b8152600481019190915260248101859052604401610bfb565b6040805160808101825260028152828201516001600160401b0390811660208084019190915290930151918101919091525f54909116606082015295945050505050565b855f61192a610b81565b90506001600160401b03811661194660c0840160a08501613ca9565b6001600160401b031614611991578061196560c0840160a08501613ca9565b604051630372eacf60e41b81526001600160401b03928316600482015291166024820152604401610bfb565b5f61199d600143613d82565b409050808360c00135146119d15760405163309e5f9d60e01b81526004810182905260c08401356024820152604401610bfb565b6119da83610fee565b6119f757604051630344ec0d60e61b815260040160405180910390fd5b82357f000000000000000000000000000000000000000000000000000000000000000014611a6157604051638bd8140760e01b81527f0000000000000000000000000000000000000000000000000000000000000000600482015283356024820152604401610bfb565b611a80611a6d8461149d565b611a7b6101208c018c614305565b612fd2565b6005546001600160401b0316611a9c60c0850160a08601613ca9565b6001600160401b03161115611add57611abb60c0840160a08501613ca9565b6005805467ffffffffffffffff19166001600160401b03929092169190911790555b858015611afd5750611afd611af66101408b018b6142f0565b600161265e565b15611b52576040805160a081018252600254815260035460208201526004546001600160401b0380821693830193909352600160401b81049092166060820152600160801b90910460ff161515608082015293505b83516040840135141580611b8c57506040808501516001600160401b031690611b8090850160208601613ca9565b6001600160401b031614155b15611be7578351604080860151908501803590611bac9060208801613ca9565b60405163ad48d90d60e01b815260048101949094526001600160401b0392831660248501526044840191909152166064820152608401610bfb565b82604001358714611c1857604080516359b3f2d360e01b815290840135600482015260248101889052604401610bfb565b5050604080516080810182525f808252848301516001600160401b039081166020808501919091529095015192820192909252905490921660608301525095945050505050565b5f5b84811015611ea85736868683818110611c7c57611c7c613e29565b9050602002810190611c8e9190613e3d565b905033611c9e6020830183614347565b611caf90606081019060400161435c565b6001600160a01b031614611d1e57848483611ccd6020850185614347565b611cde90606081019060400161435c565b604051630463aa2f60e01b815260ff9094166004850152602484019290925260448301526001600160a01b0316606482015233608482015260a401610bfb565b82611d2c6020830183614347565b610120013514611d855784848385611d476020860186614347565b6040516347a7fff360e01b815260ff90951660048601526024850193909352604484019190915260648301526101200135608482015260a401610bfb565b5f611d936020830183614347565b611da06040840184614305565b604051602401611db2939291906143b6565b60408051601f19818403018152919052602080820180516001600160e01b0316635e62e6cf60e11b1790529091505f90611dee9084018461435c565b90505f5f5f5f8551602087015f875af1915060203d14821615611e145760205f5f3e505f515b81611e4457888887611e276108006130f3565b60405163392423c760e21b8152600401610bfb94939291906144af565b6001600160e01b03198116635e62e6cf60e11b14611e975760405163a9d5a7bf60e01b815260ff8a16600482015260248101899052604481018790526001600160a01b0384166064820152608401610bfb565b505060019093019250611c61915050565b505050505050565b5f611eb96138ea565b60408051610160810182525f808252602080830182905292820181905260608083018290526080830182905260a0830181905260c0830181905260e08301829052610100830152610120820181905261014082015290850151611f1d906001614062565b6001600160401b03168152611f30610b81565b6001600160401b0316602080830191909152855160ff16604080840191909152611f5f919086019086016144d6565b60ff166060820152611f7084613153565b60a08301526080820152611f876040850185614305565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525050505060c08201526060850180516001600160401b031660e083015251611fed90611fe860a08701608088016144ef565b613345565b610100820152604085810151610120830152805161018081018252308152466020820152436001600160401b038116928201929092526120cd91606082019061203890600190613d82565b408152602001426001600160401b03168152602001336001600160a01b03168152602001865f01358152602001835f01516001600160401b0316815260200186602001602081019061208a91906144d6565b60ff1681526020018360800151815260200187606001516001600160401b031681526020018660800160208101906120c291906144ef565b61ffff1690526114b2565b5f818152600860205260409020549093506001600160a01b0316156121085760405163e90f941560e01b815260048101849052602401610bfb565b61211785604001518486613581565b61014082015260408051610100810182523381526001600160401b034316602082015290810161214d60a08701608088016144ef565b61ffff168152602001600115158152602001855f01358152602001825f01516001600160401b0316815260200186606001516001600160401b031681526020018261014001518152509150336001600160a01b0316845f0135847fdfb8613f1dd2fe4ae4b87ead979981b014caacdc5d4f95293aec541022726856846040516121d6919061459c565b60405180910390a4509250929050565b5f805b8381101561236a575f85858381811061220457612204613e29565b90506020028101906122169190613e3d565b612224906020810190614305565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92018290525093945089925088915085905081811061226e5761226e613e29565b90506020028101906122809190613e3d565b61228e90602081019061435c565b90505f5f5f5f855160208701865afa91503d90506110008111156122dc57604051638bb0ec3d60e01b81526004810188905260248101869052821560448201525f6064820152608401610bfb565b5f6122e6826130f3565b805190602001209050821580612323575089898781811061230957612309613e29565b905060200281019061231b9190613e3d565b604001358114155b1561235957604051638bb0ec3d60e01b815260048101899052602481018790528315604482015260648101829052608401610bfb565b5050600190930192506121e9915050565b50919392505050565b600254608083015181146123aa576080830151604051636764fc7d60e01b8152600481019190915260248101829052604401610bfb565b5f8481526008602090815260409182902085518154928701519387015160608801516001600160a01b039092166001600160e01b031990941693909317600160a01b6001600160401b03958616021762ffffff60e01b1916600160e01b61ffff9094169390930260ff60f01b191692909217600160f01b921515929092029190911781556080850151600182015560a085015160028201805460c08801519285166001600160801b031990911617600160401b92909416919091029290921790915560e08401516003909101819055156124845760078490555b6040518060a001604052808581526020018460e0015181526020018460a001516001600160401b031681526020016124ba610b81565b6001600160401b03908116825260016020928301528251600255908201516003556040808301516004805460608601516080909601511515600160801b0260ff60801b19968616600160401b026001600160801b0319909216939095169290921791909117939093169190911790915583015160c08401516125409161ffff1690614062565b5f805467ffffffffffffffff19166001600160401b03928316179055608084015160a08501516040805191909316815260208101859052909186917fd3c40df9d51c6642d78f199a3ebecf69dc09929e7649b1c6a0ccad73bae0e05c910160405180910390a350505050565b5f7f0000000000000000000000000000000000000000000000000000000000000000826040015161ffff166125e19190614693565b9050801561265a576040515f90339083908381818185875af1925050503d805f8114612628576040519150601f19603f3d011682016040523d82523d5f602084013e61262d565b606091505b50509050806126585760405163373a7d4360e11b815233600482015260248101839052604401610bfb565b505b5050565b6006545f908390608082013503612678575f915050610d01565b5f612681610b81565b90506001600160401b03811661269d60e0840160c08501613ca9565b6001600160401b031611156126bd578061196560e0840160c08501613ca9565b7f00000000000000000000000000000000000000000000000000000000000000006126eb6020840184613ca9565b6001600160401b031614612752577f00000000000000000000000000000000000000000000000000000000000000006127276020840184613ca9565b604051638bd8140760e01b815260048101929092526001600160401b03166024820152604401610bfb565b6127626060830160408401613ca9565b6001600160401b031661277b6080840160608501613ca9565b6001600160401b031610156127d65761279a6060830160408401613ca9565b6127aa6080840160608501613ca9565b604051633c23cd0360e01b81526001600160401b03928316600482015291166024820152604401610bfb565b6040805160a0810182526002548082526003546020808401919091526004546001600160401b0380821695850195909552600160401b81049094166060840152600160801b90930460ff1615156080830152909184013514158061286a57506040810151612845906001614062565b6001600160401b031661285e6060850160408601613ca9565b6001600160401b031614155b156128c95780516040808301519060208601359061288e9060608801908801613ca9565b6040516305716e6360e01b815260048101949094526001600160401b0392831660248501526044840191909152166064820152608401610bfb565b6128e36128d584610ce7565b611a7b610120890189614305565b60605f806128f8610100870160e088016144d6565b60ff160361292b5761290e610140890189614305565b60405161291c9291906146aa565b604051809103902090506129f7565b600161293e610100870160e088016144d6565b60ff161461297657612957610100860160e087016144d6565b604051630f44926360e01b815260ff9091166004820152602401610bfb565b8615612995576040516321a6576760e21b815260040160405180910390fd5b6129a3610140890189614305565b1590506129c3576040516318edf1c760e21b815260040160405180910390fd5b6129cb6136ce565b9150816040516020016129de91906146b9565b6040516020818303038152906040528051906020012090505b8461010001358114612a2a5760405163cc8d31a960e01b8152610100860135600482015260248101829052604401610bfb565b6040518060a00160405280866080013581526020018660a001358152602001866060016020810190612a5c9190613ca9565b6001600160401b03168152602001612a7a60e0880160c08901613ca9565b6001600160401b0390811682525f60209283015282516002559082015160035560408201516004805460608501516080958601511515600160801b0260ff60801b19918616600160401b026001600160801b03199093169486169490941791909117169190911790559086013560065560055416612afe60e0870160c08801613ca9565b6001600160401b03161115612b3f57612b1d60e0860160c08701613ca9565b6005805467ffffffffffffffff19166001600160401b03929092169190911790555b602085013560808601357f5a7b389465cbdd180b584224e30270a6bccafdf9f0b3a95458ce4b08d1442c77612b7a6060890160408a01613ca9565b612b8a60808a0160608b01613ca9565b612b9a60e08b0160c08c01613ca9565b612bab6101008c0160e08d016144d6565b888f806101400190612bbd9190614305565b604051612bd097969594939291906146ee565b60405180910390a3506001979650505050505050565b5f80826001600160401b03811115612c0057612c00613b62565b604051908082528060200260200182016040528015612c29578160200160208202803683370190505b5090505f5b83811015612e065736858583818110612c4957612c49613e29565b9050602002810190612c5b9190613e3d565b9050612c6a602082018261435c565b612c776020830183614347565b35612c856020840184614347565b612c9690604081019060200161435c565b612ca36020850185614347565b612cb490606081019060400161435c565b612cc16020860186614347565b612cd2906080810190606001613ca9565b612cdf6020870187614347565b612cf09060a081019060800161435c565b612cfd6020880188614347565b60a00135612d0e6020890189614347565b612d1c9060c0810190614305565b604051612d2a9291906146aa565b604051908190039020612d4060208a018a614347565b60e00135612d5160208b018b614347565b612d649061012081019061010001613ca9565b604080516001600160a01b039b8c16602082015290810199909952968916606089015294881660808801526001600160401b0393841660a08801529690911660c086015260e0850152610100840194909452610120830152919091166101408201526101600160405160208183030381529060405280519060200120838381518110612df257612df2613e29565b602090810291909101015250600101612c2e565b5080604051602001612e1891906146b9565b6040516020818303038152906040528051906020012091505092915050565b5f80826001600160401b03811115612e5157612e51613b62565b604051908082528060200260200182016040528015612e7a578160200160208202803683370190505b5090505f5b83811015612e0657848482818110612e9957612e99613e29565b9050602002810190612eab9190613e3d565b612eb990602081019061435c565b858583818110612ecb57612ecb613e29565b9050602002810190612edd9190613e3d565b612eeb906020810190614305565b604051612ef99291906146aa565b6040518091039020868684818110612f1357612f13613e29565b9050602002810190612f259190613e3d565b604080516001600160a01b039094166020850152838101929092520135606082015260800160405160208183030381529060405280519060200120828281518110612f7257612f72613e29565b6020908102919091010152600101612e7f565b604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f6020820152908101839052606081018290524660808201523060a08201525f9060c0016116ab565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316156130825760405163da2802b960e01b81526001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169063da2802b99061305190869086908690600401614757565b5f6040518083038186803b158015613067575f5ffd5b505afa158015613079573d5f5f3e3d5ffd5b50505050505050565b5f61308e848484613795565b90507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316816001600160a01b0316146130ed57604051630596787760e01b81526001600160a01b0382166004820152602401610bfb565b50505050565b6060813d81111561310157503d5b806001600160401b0381111561311957613119613b62565b6040519080825280601f01601f191660200182016040528015613143576020820181803683370190505b509150805f602084013e50919050565b5f60608161316760408501602086016144d6565b60ff16036131e05761317f60808401606085016144d6565b60ff16156131b65761319760808401606085016144d6565b604051632f61119f60e11b815260ff9091166004820152602401610bfb565b6131c36040840184614305565b6040516131d19291906146aa565b60405180910390209150915091565b60016131f260408501602086016144d6565b60ff161461320a5761295760408401602085016144d6565b6132176040840184614305565b159050613237576040516318edf1c760e21b815260040160405180910390fd5b61324760808401606085016144d6565b60ff165f0361326b57604051634af69d9960e11b81525f6004820152602401610bfb565b61327b60808401606085016144d6565b60ff166001600160401b0381111561329557613295613b62565b6040519080825280602002602001820160405280156132be578160200160208202803683370190505b5090505f5b8151811015613316578049806132ef57604051634af69d9960e11b815260048101839052602401610bfb565b8083838151811061330257613302613e29565b6020908102919091010152506001016132c3565b508060405160200161332891906146b9565b604051602081830303815290604052805190602001209150915091565b5f805460609190613367908590600160401b90046001600160401b0316614770565b6001600160401b031690505f7f000000000000000000000000000000000000000000000000000000000000000061ffff1682106133c8577f000000000000000000000000000000000000000000000000000000000000000061ffff166133ca565b815b9050808461ffff1611156133fd57604051625b482d60e81b815261ffff8516600482015260248101829052604401610bfb565b5f6134088642610aab565b9050808561ffff16101561343c5760405163078412ff60e01b81526004810182905261ffff86166024820152604401610bfb565b8461ffff166001600160401b0381111561345857613458613b62565b60405190808252806020026020018201604052801561348b57816020015b60608152602001906001900390816134765790505b5093505f5b8561ffff168110156135775760015f6134a9838a614062565b6001600160401b03166001600160401b031681526020019081526020015f2060010180546134d690613ed1565b80601f016020809104026020016040519081016040528092919081815260200182805461350290613ed1565b801561354d5780601f106135245761010080835404028352916020019161354d565b820191905f5260205f20905b81548152906001019060200180831161353057829003601f168201915b505050505085828151811061356457613564613e29565b6020908102919091010152600101613490565b5050505092915050565b5f60a082013561359257505f611052565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166135d95760405163d701759760e01b815260040160405180910390fd5b836135f7576040516310d95e0160e21b815260040160405180910390fd5b6001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001663a1167835858560a086013561363a60c0880188614305565b6040518663ffffffff1660e01b815260040161365a95949392919061478f565b602060405180830381865afa158015613675573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061369991906147bf565b6136c35760405163bc04b9ed60e01b81526004810185905260a08301356024820152604401610bfb565b5060a0013592915050565b60605f5b6006811080156136e25750804915155b156136f957806136f181613d40565b9150506136d2565b805f0361371b57604051634af69d9960e11b81525f6004820152602401610bfb565b806001600160401b0381111561373357613733613b62565b60405190808252806020026020018201604052801561375c578160200160208202803683370190505b5091505f5b8181101561379057804983828151811061377d5761377d613e29565b6020908102919091010152600101613761565b505090565b5f6137a18484846137ca565b90506001600160a01b03811661105257604051638baa579f60e01b815260040160405180910390fd5b5f604182146137da57505f611052565b5f6137e860208285876147da565b6137f191614801565b90505f6138026040602086886147da565b61380b91614801565b90505f8585604081811061382157613821613e29565b919091013560f81c915050601b811480159061384157508060ff16601c14155b15613851575f9350505050611052565b7f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0821115613884575f9350505050611052565b604080515f81526020810180835289905260ff831691810191909152606081018490526080810183905260019060a0016020604051602081039080840390855afa1580156138d4573d5f5f3e3d5ffd5b5050604051601f19015198975050505050505050565b60408051610100810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e081019190915290565b80356001600160401b0381168114613943575f5ffd5b919050565b5f5f60408385031215613959575f5ffd5b6139628361392d565b91506139706020840161392d565b90509250929050565b5f6101208284031215611420575f5ffd5b5f610120828403121561399b575f5ffd5b6110528383613979565b5f602082840312156139b5575f5ffd5b81356001600160401b038111156139ca575f5ffd5b82016101a08185031215611052575f5ffd5b5f602082840312156139ec575f5ffd5b5035919050565b5f60208284031215613a03575f5ffd5b81356001600160401b03811115613a18575f5ffd5b82016101608185031215611052575f5ffd5b81516001600160a01b031681526020808301516001600160401b03169082015260408083015161ffff1690820152606080830151610100830191613a719084018215159052565b506080830151608083015260a0830151613a9660a08401826001600160401b03169052565b5060c0830151613ab160c08401826001600160401b03169052565b5060e092830151919092015290565b5f5f60208385031215613ad1575f5ffd5b82356001600160401b03811115613ae6575f5ffd5b8301601f81018513613af6575f5ffd5b80356001600160401b03811115613b0b575f5ffd5b856020828401011115613b1c575f5ffd5b6020919091019590945092505050565b5f60208284031215613b3c575f5ffd5b81356001600160401b03811115613b51575f5ffd5b820160608185031215611052575f5ffd5b634e487b7160e01b5f52604160045260245ffd5b60405161018081016001600160401b0381118282101715613b9957613b99613b62565b60405290565b80356001600160a01b0381168114613943575f5ffd5b803560ff81168114613943575f5ffd5b803561ffff81168114613943575f5ffd5b5f610180828403128015613be8575f5ffd5b50613bf1613b76565b613bfa83613b9f565b815260208381013590820152613c126040840161392d565b604082015260608381013590820152613c2d6080840161392d565b6080820152613c3e60a08401613b9f565b60a082015260c08381013590820152613c5960e0840161392d565b60e0820152613c6b6101008401613bb5565b6101008201526101208381013590820152613c89610140840161392d565b610140820152613c9c6101608401613bc5565b6101608201529392505050565b5f60208284031215613cb9575f5ffd5b6110528261392d565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b6001600160401b0383168152604060208201525f613d116040830184613cc2565b949350505050565b634e487b7160e01b5f52601160045260245ffd5b80820180821115610d0157610d01613d19565b5f60018201613d5157613d51613d19565b5060010190565b5f6001600160401b0382166001600160401b038103613d7957613d79613d19565b60010192915050565b81810381811115610d0157610d01613d19565b5f82613daf57634e487b7160e01b5f52601260045260245ffd5b500490565b6001600160401b038181168382160290811690818114613dd657613dd6613d19565b5092915050565b5f5f8335601e19843603018112613df2575f5ffd5b8301803591506001600160401b03821115613e0b575f5ffd5b6020019150600581901b3603821315613e22575f5ffd5b9250929050565b634e487b7160e01b5f52603260045260245ffd5b5f8235605e19833603018112613e51575f5ffd5b9190910192915050565b5f823560de19833603018112613e51575f5ffd5b803563ffffffff81168114613943575f5ffd5b5f60208284031215613e92575f5ffd5b61105282613e6f565b8015158114613ea8575f5ffd5b50565b803561394381613e9b565b5f60208284031215613ec6575f5ffd5b813561105281613e9b565b600181811c90821680613ee557607f821691505b60208210810361142057634e487b7160e01b5f52602260045260245ffd5b601f821115612658578282111561265857805f5260205f20601f840160051c6020851015613f2e57505f5b90810190601f840160051c035f5b81811015611ea8575f83820155600101613f3c565b81516001600160401b03811115613f6a57613f6a613b62565b613f7e81613f788454613ed1565b84613f03565b6020601f821160018114613fb0575f8315613f995750848201515b5f19600385901b1c1916600184901b178455614008565b5f84815260208120601f198516915b82811015613fdf5787850151825560209485019460019092019101613fbf565b5084821015613ffc57868401515f19600387901b60f8161c191681555b505060018360011b0184555b5050505050565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b6001600160401b0384168152604060208201525f61405960408301848661400f565b95945050505050565b6001600160401b038181168382160190811115610d0157610d01613d19565b82815261014081016001600160401b0361409a8461392d565b1660208301525f60208401359050806040840152506001600160401b036140c36040850161392d565b1660608301526140d56060840161392d565b6001600160401b038116608084015250608083013560a08381019190915283013560c08084019190915261410a90840161392d565b6001600160401b03811660e08401525061412660e08401613bb5565b60ff81166101008401525061010092909201356101209190910152919050565b81516001600160a01b03168152610180810160208301516020830152604083015161417c60408401826001600160401b03169052565b506060830151606083015260808301516141a160808401826001600160401b03169052565b5060a08301516141bc60a08401826001600160a01b03169052565b5060c083015160c083015260e08301516141e160e08401826001600160401b03169052565b506101008301516141f861010084018260ff169052565b506101208301516101208301526101408301516142216101408401826001600160401b03169052565b50610160830151613dd661016084018261ffff169052565b82815281356020808301919091526101408201906001600160401b039061426190850161392d565b1660408381019190915283013560608084019190915283013560808084019190915283013560a0808401919091526001600160401b03906142a390850161392d565b1660c08301525f60c084013590508060e0840152506142c460e08401613e6f565b63ffffffff8116610100840152506142df6101008401613eab565b801515610120840152509392505050565b5f823561015e19833603018112613e51575f5ffd5b5f5f8335601e1984360301811261431a575f5ffd5b8301803591506001600160401b03821115614333575f5ffd5b602001915036819003821315613e22575f5ffd5b5f823561013e19833603018112613e51575f5ffd5b5f6020828403121561436c575f5ffd5b61105282613b9f565b5f5f8335601e1984360301811261438a575f5ffd5b83016020810192503590506001600160401b038111156143a8575f5ffd5b803603821315613e22575f5ffd5b60408082528435908201525f6143ce60208601613b9f565b6001600160a01b031660608301526143e860408601613b9f565b6001600160a01b031660808301526144026060860161392d565b6001600160401b031660a083015261441c60808601613b9f565b6001600160a01b03811660c08401525060a085013560e083015261444360c0860186614375565b61014061010085015261445b6101808501828461400f565b60e088013561012086015291506144779050610100870161392d565b6001600160401b031661014084015261012086013561016084015282810360208401526144a581858761400f565b9695505050505050565b60ff85168152836020820152826040820152608060608201525f6144a56080830184613cc2565b5f602082840312156144e6575f5ffd5b61105282613bb5565b5f602082840312156144ff575f5ffd5b61105282613bc5565b5f8151808452602084019350602083015f5b8281101561453857815186526020958601959091019060010161451a565b5093949350505050565b5f82825180855260208501945060208160051b830101602085015f5b8381101561459057601f1985840301885261457a838351613cc2565b602098890198909350919091019060010161455e565b50909695505050505050565b602081526145b66020820183516001600160401b03169052565b5f60208301516145d160408401826001600160401b03169052565b50604083015160ff8116606084015250606083015160ff8116608084015250608083015160a083015260a083015161016060c0840152614615610180840182614508565b905060c0840151601f198483030160e08501526146328282613cc2565b91505060e08401516146506101008501826001600160401b03169052565b50610100840151838203601f190161012085015261466e8282614542565b9150506101208401516101408401526101408401516101608401528091505092915050565b8082028115828204841417610d0157610d01613d19565b818382375f9101908152919050565b81515f90829060208501835b828110156146e35781518452602093840193909101906001016146c5565b509195945050505050565b6001600160401b03881681526001600160401b03871660208201526001600160401b038616604082015260ff8516606082015260c060808201525f61473660c0830186614508565b82810360a084015261474981858761400f565b9a9950505050505050505050565b838152604060208201525f61405960408301848661400f565b6001600160401b038281168282160390811115610d0157610d01613d19565b858152846020820152836040820152608060608201525f6147b460808301848661400f565b979650505050505050565b5f602082840312156147cf575f5ffd5b815161105281613e9b565b5f5f858511156147e8575f5ffd5b838611156147f4575f5ffd5b5050820193919092039150565b80356020831015610d01575f19602084900360031b1b169291505056fea2646970667358221220ba17248dd1252c1def9620627bc4f48a74be18af19b804186c27abbb5f38fe0e64736f6c63430008250033",
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
// Solidity: constructor((uint64,uint64,uint256,bytes32,bytes32,address,address,uint256,uint64,uint16,uint32,uint32,address) cfg) returns()
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

// PackCertificateVerifier is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdfd93d3b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function certificateVerifier() view returns(address)
func (basedInbox *BasedInbox) PackCertificateVerifier() []byte {
	enc, err := basedInbox.abi.Pack("certificateVerifier")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCertificateVerifier is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdfd93d3b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function certificateVerifier() view returns(address)
func (basedInbox *BasedInbox) TryPackCertificateVerifier() ([]byte, error) {
	return basedInbox.abi.Pack("certificateVerifier")
}

// UnpackCertificateVerifier is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdfd93d3b.
//
// Solidity: function certificateVerifier() view returns(address)
func (basedInbox *BasedInbox) UnpackCertificateVerifier(data []byte) (common.Address, error) {
	out, err := basedInbox.abi.Unpack("certificateVerifier", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
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
