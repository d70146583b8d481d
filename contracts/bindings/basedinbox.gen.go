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
	GenesisTime          uint64
	SlotSeconds          uint64
	L2ChainId            *big.Int
	L2GenesisHash        [32]byte
	L2GenesisStateRoot   [32]byte
	Sequencer            common.Address
	StateVerifier        common.Address
	ForcedInclusionFee   *big.Int
	ForcedInclusionDelay uint64
	ForcedInclusionCap   uint16
	ForcedTxMaxBytes     uint32
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

// BasedInboxMetaData contains all meta data concerning the BasedInbox contract.
var BasedInboxMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"genesisTime\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"slotSeconds\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"l2ChainId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"l2GenesisHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"l2GenesisStateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"sequencer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"stateVerifier\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"forcedInclusionFee\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"forcedInclusionDelay\",\"type\":\"uint64\"},{\"internalType\":\"uint16\",\"name\":\"forcedInclusionCap\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"forcedTxMaxBytes\",\"type\":\"uint32\"}],\"internalType\":\"structInboxConfig\",\"name\":\"cfg\",\"type\":\"tuple\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"}],\"name\":\"AlreadyConfirmed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"callReverted\",\"type\":\"bool\"},{\"internalType\":\"bytes32\",\"name\":\"returnDataHash\",\"type\":\"bytes32\"}],\"name\":\"AssertionFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"genesisTime\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"}],\"name\":\"BeforeGenesis\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"lastCertifiedSlot\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"currentSlot\",\"type\":\"uint64\"}],\"name\":\"CertificateRequired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"}],\"name\":\"CommitmentExists\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"proposedIn\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"currentBlock\",\"type\":\"uint64\"}],\"name\":\"ConfirmationExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"FeeTransferFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"due\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"included\",\"type\":\"uint256\"}],\"name\":\"ForcedInclusionDue\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"size\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"ForcedTransactionSize\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"field\",\"type\":\"string\"}],\"name\":\"InvalidConfig\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"headId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"headNumber\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"headSlot\",\"type\":\"uint64\"}],\"name\":\"L2HeadNotExtended\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"MissingBlob\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoProvenStateRoot\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoStateVerifier\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"proposer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"NotProposer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"}],\"name\":\"NotSequencer\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotSlotEnding\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"expected\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"got\",\"type\":\"bytes32\"}],\"name\":\"ParentMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"parentId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"headId\",\"type\":\"bytes32\"}],\"name\":\"ParentNotHead\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ParentStateRootUnknown\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"parentStateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"postStateRoot\",\"type\":\"bytes32\"}],\"name\":\"StateProofRejected\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"}],\"name\":\"StateRootNotProven\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"included\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"TooManyForcedEntries\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"blobCount\",\"type\":\"uint8\"}],\"name\":\"UnexpectedBlobCount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"UnexpectedTxData\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"}],\"name\":\"UnknownCommitment\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"mode\",\"type\":\"uint8\"}],\"name\":\"UnknownDataMode\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"sent\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"required\",\"type\":\"uint256\"}],\"name\":\"WrongForcedInclusionFee\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"expected\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"got\",\"type\":\"bytes32\"}],\"name\":\"WrongL1Parent\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"expected\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"}],\"name\":\"WrongL2Chain\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"currentSlot\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"messageSlot\",\"type\":\"uint64\"}],\"name\":\"WrongSlot\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"parentId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"l2BlockNumber\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"assertions\",\"type\":\"uint256\"}],\"name\":\"BasedBlockConfirmed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"parentId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"proposer\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"l2BlockNumber\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"l1Slot\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"anchor\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"dataMode\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"dataHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"blobHashes\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes\",\"name\":\"txData\",\"type\":\"bytes\"},{\"internalType\":\"uint64\",\"name\":\"forcedStart\",\"type\":\"uint64\"},{\"internalType\":\"bytes[]\",\"name\":\"forcedTxs\",\"type\":\"bytes[]\"},{\"internalType\":\"bytes32\",\"name\":\"parentStateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"postStateRoot\",\"type\":\"bytes32\"}],\"indexed\":false,\"internalType\":\"structProposedBlock\",\"name\":\"info\",\"type\":\"tuple\"}],\"name\":\"BasedBlockProposed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"enqueuedAt\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"rawTx\",\"type\":\"bytes\"}],\"name\":\"ForcedTransactionEnqueued\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"l2BlockHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"l2BlockNumber\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"l1Slot\",\"type\":\"uint64\"}],\"name\":\"SequencerProgress\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"ANCHOR_BASED\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"ANCHOR_HEAD\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"ANCHOR_SLOT_ENDING\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"BASED_MODE_AFTER_SLOTS\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DATA_BLOBS\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DATA_CALLDATA\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"SLOT_ENDING_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"basedModeOpen\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"inbox\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"l1ChainId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"l1BlockNumber\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"l1ParentHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"l1Timestamp\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"proposer\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"parentId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"l2BlockNumber\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"dataMode\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"dataHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"forcedStart\",\"type\":\"uint64\"},{\"internalType\":\"uint16\",\"name\":\"forcedCount\",\"type\":\"uint16\"}],\"internalType\":\"structCommitmentPreimage\",\"name\":\"p\",\"type\":\"tuple\"}],\"name\":\"commitmentOf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"expect\",\"type\":\"bytes32\"}],\"internalType\":\"structAssertion[]\",\"name\":\"assertions\",\"type\":\"tuple[]\"}],\"name\":\"confirmBased\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"start\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"}],\"name\":\"countDueForced\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"due\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"currentSlot\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"domainSeparator\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"rawTx\",\"type\":\"bytes\"}],\"name\":\"enqueueForcedTransaction\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"}],\"name\":\"forcedEntry\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"enqueuedAt\",\"type\":\"uint64\"},{\"internalType\":\"bytes\",\"name\":\"rawTx\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"forcedHead\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"forcedInclusionCap\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"forcedInclusionDelay\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"forcedInclusionFee\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"forcedTail\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"forcedTxMaxBytes\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"genesisTime\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"l2ChainId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"l2BlockNumber\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"l2BlockHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"l2ParentHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"l2StateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"l1Slot\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"l1ParentHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"seqIndex\",\"type\":\"uint32\"},{\"internalType\":\"bool\",\"name\":\"slotEnding\",\"type\":\"bool\"}],\"internalType\":\"structSlotEnding\",\"name\":\"m\",\"type\":\"tuple\"}],\"name\":\"hashSlotEnding\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"}],\"name\":\"isConfirmed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"}],\"name\":\"isConfirmedOrPending\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"l2ChainId\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"l2Head\",\"outputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"l1Slot\",\"type\":\"uint64\"},{\"internalType\":\"bool\",\"name\":\"based\",\"type\":\"bool\"}],\"internalType\":\"structL2Head\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"lastCertifiedSlot\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"latestProvenStateRoot\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"l2BlockNumber\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"}],\"name\":\"proposal\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"proposer\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"l1Block\",\"type\":\"uint64\"},{\"internalType\":\"uint16\",\"name\":\"forcedCount\",\"type\":\"uint16\"},{\"internalType\":\"bool\",\"name\":\"confirmed\",\"type\":\"bool\"},{\"internalType\":\"bytes32\",\"name\":\"parentId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"l2BlockNumber\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"forcedStart\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"postStateRoot\",\"type\":\"bytes32\"}],\"internalType\":\"structProposal\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"l2ChainId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"l2BlockNumber\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"l2BlockHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"l2ParentHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"l2StateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"l1Slot\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"l1ParentHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"seqIndex\",\"type\":\"uint32\"},{\"internalType\":\"bool\",\"name\":\"slotEnding\",\"type\":\"bool\"}],\"internalType\":\"structSlotEnding\",\"name\":\"slotEnding\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"certificate\",\"type\":\"bytes\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"parentHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"dataMode\",\"type\":\"uint8\"},{\"internalType\":\"bytes\",\"name\":\"txData\",\"type\":\"bytes\"},{\"internalType\":\"uint8\",\"name\":\"blobCount\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"forcedCount\",\"type\":\"uint16\"},{\"internalType\":\"bytes32\",\"name\":\"postStateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"internalType\":\"structBasedBlock\",\"name\":\"blk\",\"type\":\"tuple\"}],\"name\":\"proposeBased\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"}],\"name\":\"provenStateRoot\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"l2ChainId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"l2BlockNumber\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"l2BlockHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"l2ParentHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"l2StateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"l1Slot\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"l1ParentHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"seqIndex\",\"type\":\"uint32\"},{\"internalType\":\"bool\",\"name\":\"slotEnding\",\"type\":\"bool\"}],\"internalType\":\"structSlotEnding\",\"name\":\"message\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"certificate\",\"type\":\"bytes\"}],\"name\":\"recordSequenced\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"sequencer\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"l2ChainId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"l2BlockNumber\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"l2BlockHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"l2ParentHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"l2StateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"l1Slot\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"l1ParentHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"seqIndex\",\"type\":\"uint32\"},{\"internalType\":\"bool\",\"name\":\"slotEnding\",\"type\":\"bool\"}],\"internalType\":\"structSlotEnding\",\"name\":\"m\",\"type\":\"tuple\"}],\"name\":\"slotEndingDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"slotSeconds\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"stateVerifier\",\"outputs\":[{\"internalType\":\"contractIStateVerifier\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "BasedInbox",
	Bin: "0x6101a0604052348015610010575f5ffd5b506040516139aa3803806139aa83398101604081905261002f916103c3565b60e0808201516101008301516101208401516101408501516080939093526001600160401b0391821660a05261ffff1660c05263ffffffff9091169091526020820151165f036100b5576040516389a6198960e01b815260206004820152600b60248201526a736c6f745365636f6e647360a81b60448201526064015b60405180910390fd5b60a08101516001600160a01b03166100fc576040516389a6198960e01b815260206004820152600960248201526839b2b8bab2b731b2b960b91b60448201526064016100ac565b606081015161013e576040516389a6198960e01b815260206004820152600d60248201526c0d8648ecadccae6d2e690c2e6d609b1b60448201526064016100ac565b80610120015161ffff165f0361018c576040516389a6198960e01b81526020600482015260126024820152710666f72636564496e636c7573696f6e4361760741b60448201526064016100ac565b80610140015163ffffffff165f036101da576040516389a6198960e01b815260206004820152601060248201526f666f7263656454784d6178427974657360801b60448201526064016100ac565b80516001600160401b0390811661010052602082015181166101205260408201516101405260a08201516001600160a01b039081166101605260c0830151166101805281515f91164210610235576102306102be565b610237565b5f5b6040805160a081018252606085810151808352608096870151602084018190525f9484018590526001600160401b0395909516918301829052959091019190915260029390935560035550600480546001600160881b03191668010000000000000000830260ff60801b1916179055600580546001600160401b03191690911790556104c8565b5f610100516001600160401b031642101561030557610100516040516308649c4d60e01b81526001600160401b0391821660048201524290911660248201526044016100ac565b610120516001600160401b0316610100516001600160401b03164261032a9190610484565b61033491906104a9565b905090565b60405161016081016001600160401b038111828210171561036857634e487b7160e01b5f52604160045260245ffd5b60405290565b80516001600160401b0381168114610384575f5ffd5b919050565b80516001600160a01b0381168114610384575f5ffd5b805161ffff81168114610384575f5ffd5b805163ffffffff81168114610384575f5ffd5b5f6101608284031280156103d5575f5ffd5b506103de610339565b6103e78361036e565b81526103f56020840161036e565b602082015260408381015190820152606080840151908201526080808401519082015261042460a08401610389565b60a082015261043560c08401610389565b60c082015260e08381015190820152610451610100840161036e565b610100820152610464610120840161039f565b61012082015261047761014084016103b0565b6101408201529392505050565b818103818111156104a357634e487b7160e01b5f52601160045260245ffd5b92915050565b5f826104c357634e487b7160e01b5f52601260045260245ffd5b500490565b60805160a05160c05160e05161010051610120516101405161016051610180516133ff6105ab5f395f81816107130152818161208101526120ee01525f8181610493015261227d01525f81816107ee015281816121ff015261223201525f81816105560152610a9001525f818161041d01528181610a0e01528181610a540152610aba01525f818161030f01528181610f9d0152610fe001525f81816106a70152818161096801528181611e620152611e8d01525f81816103aa01526109b601525f818161052301528181610f2801528181610f62015261167e01526133ff5ff3fe608060405260043610610212575f3560e01c80637641fa3e1161011e578063d6ae3cd5116100a8578063f0004fe61161006d578063f0004fe614610883578063f698da25146108a2578063f7cf6ce6146108b6578063fbb04a82146108d5578063fceb8d7c14610908575f5ffd5b8063d6ae3cd5146107dd578063df1edb5d14610810578063e1e68c161461082f578063e31f064c14610843578063e6ca145814610862575f5ffd5b806397359c9b116100ee57806397359c9b14610754578063aa36a289146106ef578063ab629c9f14610773578063bf6f0300146107aa578063d23ee6c3146107be575f5ffd5b80637641fa3e146106dc57806376de3112146106ef57806391caa94114610702578063939b574e14610735575f5ffd5b806352e863bd1161019f57806364bb0a221161016f57806364bb0a22146105125780636738bc6a146105455780636c7f077d146105785780636da5904114610597578063740111b414610696575f5ffd5b806352e863bd1461045d5780635c1bba38146104825780635ece0077146103f85780636486aa51146104cd575f5ffd5b80632f2f7641116101e55780632f2f7641146103995780633359632e146103e45780633aec8ea8146103f857806342c6498a1461040c578063433b953f1461043f575f5ffd5b806305c063bd146102165780631762e968146102fe5780631a283509146103465780631fec803214610373575b5f5ffd5b348015610221575f5ffd5b506102a06040805160a0810182525f80825260208201819052918101829052606081018290526080810191909152506040805160a081018252600254815260035460208201526004546001600160401b0380821693830193909352600160401b81049092166060820152600160801b90910460ff161515608082015290565b6040516102f591905f60a08201905082518252602083015160208301526001600160401b0360408401511660408301526001600160401b03606084015116606083015260808301511515608083015292915050565b60405180910390f35b348015610309575f5ffd5b506103317f000000000000000000000000000000000000000000000000000000000000000081565b60405163ffffffff90911681526020016102f5565b348015610351575f5ffd5b5061036561036036600461279e565b610935565b6040519081526020016102f5565b34801561037e575f5ffd5b50610387600281565b60405160ff90911681526020016102f5565b3480156103a4575f5ffd5b506103cc7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160401b0390911681526020016102f5565b3480156103ef575f5ffd5b506103cc610a0b565b348015610403575f5ffd5b50610387600181565b348015610417575f5ffd5b506103cc7f000000000000000000000000000000000000000000000000000000000000000081565b34801561044a575f5ffd5b505f546103cc906001600160401b031681565b348015610468575f5ffd5b505f546103cc90600160401b90046001600160401b031681565b34801561048d575f5ffd5b506104b57f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020016102f5565b3480156104d8575f5ffd5b506105026104e73660046127cf565b5f90815260076020526040902054600160f01b900460ff1690565b60405190151581526020016102f5565b34801561051d575f5ffd5b506103657f000000000000000000000000000000000000000000000000000000000000000081565b348015610550575f5ffd5b506103cc7f000000000000000000000000000000000000000000000000000000000000000081565b348015610583575f5ffd5b50610365610592366004612841565b610afc565b3480156105a2575f5ffd5b506106896105b13660046127cf565b60408051610100810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e0810191909152505f9081526007602090815260409182902082516101008101845281546001600160a01b0381168252600160a01b81046001600160401b0390811694830194909452600160e01b810461ffff1694820194909452600160f01b90930460ff161515606084015260018101546080840152600281015480831660a0850152600160401b900490911660c08301526003015460e082015290565b6040516102f591906128c1565b3480156106a1575f5ffd5b506106c97f000000000000000000000000000000000000000000000000000000000000000081565b60405161ffff90911681526020016102f5565b6103cc6106ea366004612957565b610f25565b3480156106fa575f5ffd5b506103875f81565b34801561070d575f5ffd5b506104b57f000000000000000000000000000000000000000000000000000000000000000081565b348015610740575f5ffd5b5061050261074f3660046127cf565b611141565b34801561075f575f5ffd5b5061036561076e3660046127cf565b611191565b34801561077e575f5ffd5b506107876111db565b604080519384526001600160401b039092166020840152908201526060016102f5565b3480156107b5575f5ffd5b5061050261124c565b3480156107c9575f5ffd5b506005546103cc906001600160401b031681565b3480156107e8575f5ffd5b506103657f000000000000000000000000000000000000000000000000000000000000000081565b34801561081b575f5ffd5b5061036561082a366004612995565b611286565b34801561083a575f5ffd5b506103cc600a81565b34801561084e575f5ffd5b5061036561085d366004612a24565b6112a6565b34801561086d575f5ffd5b5061088161087c366004612af7565b6112d5565b005b34801561088e575f5ffd5b5061088161089d366004612b6f565b611730565b3480156108ad575f5ffd5b506103656117bb565b3480156108c1575f5ffd5b506103656108d0366004612995565b611806565b3480156108e0575f5ffd5b506103657f613edcae72daa1fb94e4899a2b1ee6eb5d22753115eb32e58f3c23174093b88e81565b348015610913575f5ffd5b50610927610922366004612bc0565b61183a565b6040516102f5929190612c07565b5f8054600160401b90046001600160401b0316835b816001600160401b0316816001600160401b031610801561098e57507f000000000000000000000000000000000000000000000000000000000000000061ffff1683105b15610a03576001600160401b038181165f90815260016020526040902054818616916109de917f000000000000000000000000000000000000000000000000000000000000000082169116612c3c565b11610a0357826109ed81612c4f565b93505080806109fb90612c67565b91505061094a565b505092915050565b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160401b0316421015610a8e576040516308649c4d60e01b81526001600160401b037f000000000000000000000000000000000000000000000000000000000000000081166004830152421660248201526044015b60405180910390fd5b7f00000000000000000000000000000000000000000000000000000000000000006001600160401b03167f00000000000000000000000000000000000000000000000000000000000000006001600160401b031642610aed9190612c91565b610af79190612ca4565b905090565b5f80610b0b86868686356118f7565b9050610b836040518061016001604052805f6001600160401b031681526020015f6001600160401b031681526020015f60ff1681526020015f60ff1681526020015f815260200160608152602001606081526020015f6001600160401b03168152602001606081526020015f81526020015f81525090565b6020820151610b93906001612cc3565b6001600160401b03168152610ba6610a0b565b6001600160401b0316602080830191909152825160ff16604080840191909152610bd591908601908601612ce2565b60ff166060820152610be684611c21565b60a08301526080820152610bfd6040850185612cfb565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525050505060c08201526060820180516001600160401b031660e083015251610c6390610c5e60a0870160808801612d3d565b611e32565b610100820152604082810151610120830152805161018081018252308152466020820152436001600160401b03811692820192909252610d43916060820190610cae90600190612c91565b408152602001426001600160401b03168152602001336001600160a01b03168152602001865f01358152602001835f01516001600160401b03168152602001866020016020810190610d009190612ce2565b60ff1681526020018360800151815260200184606001516001600160401b03168152602001866080016020810190610d389190612d3d565b61ffff1690526112a6565b5f818152600760205260409020549093506001600160a01b031615610d7e5760405163e90f941560e01b815260048101849052602401610a85565b610d8d8260400151848661206e565b61014082015260408051610100810182523381526001600160401b0343166020820152908101610dc360a0870160808801612d3d565b61ffff90811682525f6020808401829052883560408086019190915286516001600160401b039081166060808801919091528981015182166080808901919091526101408a01805160a0998a01528c8752600786529584902089518154968b0151958b0151938b01511515600160f01b0260ff60f01b1994909916600160e01b029390931662ffffff60e01b19958516600160a01b026001600160e01b03199097166001600160a01b039094169390931795909517939093161794909417825585015160018201559284015160028401805460c08701518516600160401b026001600160801b031990911692909416919091179290921790915560e0909201516003909101555115610ed55760068390555b336001600160a01b0316845f0135847fdfb8613f1dd2fe4ae4b87ead979981b014caacdc5d4f95293aec54102272685684604051610f139190612dea565b60405180910390a45050949350505050565b5f7f00000000000000000000000000000000000000000000000000000000000000003414610f8e576040516340bd132960e01b81523460048201527f00000000000000000000000000000000000000000000000000000000000000006024820152604401610a85565b811580610fc0575063ffffffff7f00000000000000000000000000000000000000000000000000000000000000001682115b1561100d5760405163150cb2af60e21b81526004810183905263ffffffff7f0000000000000000000000000000000000000000000000000000000000000000166024820152604401610a85565b5f8054600160401b90046001600160401b031690600861102c83612c67565b91906101000a8154816001600160401b0302191690836001600160401b0316021790555090506040518060400160405280426001600160401b0316815260200184848080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201829052509390945250506001600160401b0384811682526001602081815260409093208551815467ffffffffffffffff1916931692909217825591840151909250908201906110e89082612f6a565b50905050336001600160a01b0316816001600160401b03167fee188a38b22b4a8bee4b26719aee5e249282202ba4507f46ad0ca9b21a771aa742868660405161113393929190613050565b60405180910390a392915050565b5f8181526007602052604081208054600160f01b900460ff168061118a575080546001600160a01b03161580159061118a575080546001600160401b03600160a01b9091041643145b9392505050565b5f818152600760205260409020600301548015806111b557506111b382611141565b155b156111d657604051631bca565f60e11b815260048101839052602401610a85565b919050565b6006545f818152600760205260408120819083158061120c575080546001600160401b03600160a01b909104164314155b1561122d5760405160016247648960e01b0319815260040160405180910390fd5b600281015460039091015493946001600160401b039091169392509050565b6005545f9061126690600a906001600160401b0316612cc3565b6001600160401b0316611277610a0b565b6001600160401b031611905090565b5f6112a06112926117bb565b61129b84611806565b6121bb565b92915050565b5f816040516020016112b8919061307b565b604051602081830303815290604052805190602001209050919050565b5f83815260076020526040902080546001600160a01b03168061130e57604051630fcffcff60e21b815260048101869052602401610a85565b6001600160a01b03811633146113485760405163828f1b5560e01b81526001600160a01b0382166004820152336024820152604401610a85565b81546001600160401b03600160a01b909104164314611397578154604051633714ea3960e21b8152600160a01b9091046001600160401b03908116600483015243166024820152604401610a85565b8154600160f01b900460ff16156113c45760405163044d595f60e31b815260048101869052602401610a85565b600254600183015481146113fb576001830154604051636764fc7d60e01b8152600481019190915260248101829052604401610a85565b5f5b8481101561153a575f5f87878481811061141957611419613175565b905060200281019061142b9190613189565b6114399060208101906131a7565b6001600160a01b031688888581811061145457611454613175565b90506020028101906114669190613189565b611474906020810190612cfb565b6040516114829291906131c0565b5f60405180830381855afa9150503d805f81146114ba576040519150601f19603f3d011682016040523d82523d5f602084013e6114bf565b606091505b5080516020820120919350915082158061150057508888858181106114e6576114e6613175565b90506020028101906114f89190613189565b604001358114155b1561152f5760405163066baf8760e01b8152600481018590528315602482015260448101829052606401610a85565b5050506001016113fd565b50825460ff60f01b1916600160f01b1783556040805160a0810182528781526003850154602082015260028501546001600160401b03169181019190915260608101611584610a0b565b6001600160401b0390811682526001602092830152825160029081559183015160035560408301516004805460608601516080909601519284166001600160801b031990911617600160401b95841686021760ff60801b1916600160801b9215159290920291909117905585549186015461160e93600160e01b90930461ffff1692900416612cc3565b5f805467ffffffffffffffff19166001600160401b03928316179055600184015460028501546040805191909316815260208101879052909188917fd3c40df9d51c6642d78f199a3ebecf69dc09929e7649b1c6a0ccad73bae0e05c910160405180910390a382545f906116ae907f000000000000000000000000000000000000000000000000000000000000000090600160e01b900461ffff166131cf565b90508015611727576040515f90339083908381818185875af1925050503d805f81146116f5576040519150601f19603f3d011682016040523d82523d5f602084013e6116fa565b606091505b50509050806117255760405163373a7d4360e11b815233600482015260248101839052604401610a85565b505b50505050505050565b5f611739610a0b565b90506001600160401b03811661175560c0860160a08701612bc0565b6001600160401b031611156117a1578061177560c0860160a08701612bc0565b604051630372eacf60e41b81526001600160401b03928316600482015291166024820152604401610a85565b6117ac8484846121fb565b6117b5846122d8565b50505050565b5f610af77f09f1975d7c3de2c3600511fa36e96bc9875ea316cee7449e6e5fc586d54454367fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc66125e6565b5f7f613edcae72daa1fb94e4899a2b1ee6eb5d22753115eb32e58f3c23174093b88e826040516020016112b8929190613214565b6001600160401b038082165f908152600160208190526040822080549181018054939460609492931691819061186f90612ee1565b80601f016020809104026020016040519081016040528092919081815260200182805461189b90612ee1565b80156118e65780601f106118bd576101008083540402835291602001916118e6565b820191905f5260205f20905b8154815290600101906020018083116118c957829003601f168201915b505050505090509250925050915091565b604080516080810182525f8082526020820181905291810182905260608101919091525f82815260076020526040902080546001600160a01b031615801590611951575080546001600160401b03600160a01b9091041643145b156119c157604080516080810182526001815260028301546001600160401b0380821660208401526003850154938301939093528354919260608401926119ad92600160e01b90910461ffff1691600160401b90910416612cc3565b6001600160401b0316815250915050611c19565b5f849003611ad4576119d161124c565b611a15576005546001600160401b03166119e9610a0b565b6040516388241ad360e01b81526001600160401b03928316600482015291166024820152604401610a85565b6040805160a08101825260025480825260035460208301526004546001600160401b0380821694840194909452600160401b81049093166060830152600160801b90920460ff1615156080820152908414611a905780516040516359b3f2d360e01b8152600481019190915260248101859052604401610a85565b6040805160808101825260028152828201516001600160401b0390811660208084019190915290930151918101919091525f5490911660608201529150611c199050565b5f611add610a0b565b90506001600160401b038116611af960c0890160a08a01612bc0565b6001600160401b031614611b18578061177560c0890160a08a01612bc0565b5f611b24600143612c91565b409050808860c0013514611b585760405163309e5f9d60e01b81526004810182905260c08901356024820152604401610a85565b611b6a61012089016101008a016132cb565b611b8757604051630344ec0d60e61b815260040160405180910390fd5b611b928888886121fb565b611b9b886122d8565b87604001358514611bcc57604080516359b3f2d360e01b815290890135600482015260248101869052604401610a85565b60405180608001604052805f60ff168152602001896020016020810190611bf39190612bc0565b6001600160401b03908116825260808b013560208301525f541660409091015293505050505b949350505050565b5f606081611c356040850160208601612ce2565b60ff1603611cae57611c4d6080840160608501612ce2565b60ff1615611c8457611c656080840160608501612ce2565b604051632f61119f60e11b815260ff9091166004820152602401610a85565b611c916040840184612cfb565b604051611c9f9291906131c0565b60405180910390209150915091565b6001611cc06040850160208601612ce2565b60ff1614611cf757611cd86040840160208501612ce2565b604051630f44926360e01b815260ff9091166004820152602401610a85565b611d046040840184612cfb565b159050611d24576040516318edf1c760e21b815260040160405180910390fd5b611d346080840160608501612ce2565b60ff165f03611d5857604051634af69d9960e11b81525f6004820152602401610a85565b611d686080840160608501612ce2565b60ff166001600160401b03811115611d8257611d826129b0565b604051908082528060200260200182016040528015611dab578160200160208202803683370190505b5090505f5b8151811015611e0357804980611ddc57604051634af69d9960e11b815260048101839052602401610a85565b80838381518110611def57611def613175565b602090810291909101015250600101611db0565b5080604051602001611e1591906132e6565b604051602081830303815290604052805190602001209150915091565b5f805460609190611e54908590600160401b90046001600160401b031661331b565b6001600160401b031690505f7f000000000000000000000000000000000000000000000000000000000000000061ffff168210611eb5577f000000000000000000000000000000000000000000000000000000000000000061ffff16611eb7565b815b9050808461ffff161115611eea57604051625b482d60e81b815261ffff8516600482015260248101829052604401610a85565b5f611ef58642610935565b9050808561ffff161015611f295760405163078412ff60e01b81526004810182905261ffff86166024820152604401610a85565b8461ffff166001600160401b03811115611f4557611f456129b0565b604051908082528060200260200182016040528015611f7857816020015b6060815260200190600190039081611f635790505b5093505f5b8561ffff168110156120645760015f611f96838a612cc3565b6001600160401b03166001600160401b031681526020019081526020015f206001018054611fc390612ee1565b80601f0160208091040260200160405190810160405280929190818152602001828054611fef90612ee1565b801561203a5780601f106120115761010080835404028352916020019161203a565b820191905f5260205f20905b81548152906001019060200180831161201d57829003601f168201915b505050505085828151811061205157612051613175565b6020908102919091010152600101611f7d565b5050505092915050565b5f60a082013561207f57505f61118a565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166120c65760405163d701759760e01b815260040160405180910390fd5b836120e4576040516310d95e0160e21b815260040160405180910390fd5b6001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001663a1167835858560a086013561212760c0880188612cfb565b6040518663ffffffff1660e01b815260040161214795949392919061333a565b602060405180830381865afa158015612162573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190612186919061336a565b6121b05760405163bc04b9ed60e01b81526004810185905260a08301356024820152604401610a85565b5060a0013592915050565b60405161190160f01b602082015260228101839052604281018290525f906062015b60405160208183030381529060405280519060200120905092915050565b82357f00000000000000000000000000000000000000000000000000000000000000001461226557604051638bd8140760e01b81527f0000000000000000000000000000000000000000000000000000000000000000600482015283356024820152604401610a85565b5f61227961227285611286565b8484612633565b90507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316816001600160a01b0316146117b557604051630596787760e01b81526001600160a01b0382166004820152602401610a85565b6005546001600160401b03166122f460c0830160a08401612bc0565b6001600160401b031611156123355761231360c0820160a08301612bc0565b6005805467ffffffffffffffff19166001600160401b03929092169190911790555b6040805160a08101825260025480825260035460208301526004546001600160401b0380821684860152600160401b8204166060840152600160801b900460ff161515608083015290918301351480156123b457506040808201516001600160401b0316906123a990840160208501612bc0565b6001600160401b0316145b156123bd575050565b5f81604001516001600160401b03168360200160208101906123df9190612bc0565b6001600160401b031611905081608001511561242d57808015612426575060608201516001600160401b031661241b60c0850160a08601612bc0565b6001600160401b0316115b9050612478565b604082015161243d906001612cc3565b6001600160401b03166124566040850160208601612bc0565b6001600160401b03160361247857808015612475575081516060840135145b90505b806124bc5781516040808401516060850151915163239dd02d60e01b815260048101939093526001600160401b039081166024840152166044820152606401610a85565b6040518060a0016040528084604001358152602001846080013581526020018460200160208101906124ee9190612bc0565b6001600160401b0316815260200161250c60c0860160a08701612bc0565b6001600160401b0390811682525f6020928301528251600255828201516003556040808401516004805460608701516080909701511515600160801b0260ff60801b19978616600160401b026001600160801b031990921693909516929092179190911794909416919091179092559084018035917f1a3cbd346fec0cda8d59298594a40fb64888726e9ed64a6dbc99e7bcfb85ebb3916125ae918701612bc0565b6125be60c0870160a08801612bc0565b604080516001600160401b0393841681529290911660208301520160405180910390a2505050565b604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f6020820152908101839052606081018290524660808201523060a08201525f9060c0016121dd565b5f61263f848484612668565b90506001600160a01b03811661118a57604051638baa579f60e01b815260040160405180910390fd5b5f6041821461267857505f61118a565b5f6126866020828587613385565b61268f916133ac565b90505f6126a0604060208688613385565b6126a9916133ac565b90505f858560408181106126bf576126bf613175565b919091013560f81c915050601b81148015906126df57508060ff16601c14155b156126ef575f935050505061118a565b7f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0821115612722575f935050505061118a565b604080515f81526020810180835289905260ff831691810191909152606081018490526080810183905260019060a0016020604051602081039080840390855afa158015612772573d5f5f3e3d5ffd5b5050604051601f19015198975050505050505050565b80356001600160401b03811681146111d6575f5ffd5b5f5f604083850312156127af575f5ffd5b6127b883612788565b91506127c660208401612788565b90509250929050565b5f602082840312156127df575f5ffd5b5035919050565b5f61012082840312156127f7575f5ffd5b50919050565b5f5f83601f84011261280d575f5ffd5b5081356001600160401b03811115612823575f5ffd5b60208301915083602082850101111561283a575f5ffd5b9250929050565b5f5f5f5f6101608587031215612855575f5ffd5b61285f86866127e6565b93506101208501356001600160401b0381111561287a575f5ffd5b612886878288016127fd565b9094509250506101408501356001600160401b038111156128a5575f5ffd5b850160e081880312156128b6575f5ffd5b939692955090935050565b81516001600160a01b031681526020808301516001600160401b03169082015260408083015161ffff16908201526060808301516101008301916129089084018215159052565b506080830151608083015260a083015161292d60a08401826001600160401b03169052565b5060c083015161294860c08401826001600160401b03169052565b5060e092830151919092015290565b5f5f60208385031215612968575f5ffd5b82356001600160401b0381111561297d575f5ffd5b612989858286016127fd565b90969095509350505050565b5f61012082840312156129a6575f5ffd5b61118a83836127e6565b634e487b7160e01b5f52604160045260245ffd5b60405161018081016001600160401b03811182821017156129e7576129e76129b0565b60405290565b80356001600160a01b03811681146111d6575f5ffd5b803560ff811681146111d6575f5ffd5b803561ffff811681146111d6575f5ffd5b5f610180828403128015612a36575f5ffd5b50612a3f6129c4565b612a48836129ed565b815260208381013590820152612a6060408401612788565b604082015260608381013590820152612a7b60808401612788565b6080820152612a8c60a084016129ed565b60a082015260c08381013590820152612aa760e08401612788565b60e0820152612ab96101008401612a03565b6101008201526101208381013590820152612ad76101408401612788565b610140820152612aea6101608401612a13565b6101608201529392505050565b5f5f5f60408486031215612b09575f5ffd5b8335925060208401356001600160401b03811115612b25575f5ffd5b8401601f81018613612b35575f5ffd5b80356001600160401b03811115612b4a575f5ffd5b8660208260051b8401011115612b5e575f5ffd5b939660209190910195509293505050565b5f5f5f6101408486031215612b82575f5ffd5b612b8c85856127e6565b92506101208401356001600160401b03811115612ba7575f5ffd5b612bb3868287016127fd565b9497909650939450505050565b5f60208284031215612bd0575f5ffd5b61118a82612788565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b6001600160401b0383168152604060208201525f611c196040830184612bd9565b634e487b7160e01b5f52601160045260245ffd5b808201808211156112a0576112a0612c28565b5f60018201612c6057612c60612c28565b5060010190565b5f6001600160401b0382166001600160401b038103612c8857612c88612c28565b60010192915050565b818103818111156112a0576112a0612c28565b5f82612cbe57634e487b7160e01b5f52601260045260245ffd5b500490565b6001600160401b0381811683821601908111156112a0576112a0612c28565b5f60208284031215612cf2575f5ffd5b61118a82612a03565b5f5f8335601e19843603018112612d10575f5ffd5b8301803591506001600160401b03821115612d29575f5ffd5b60200191503681900382131561283a575f5ffd5b5f60208284031215612d4d575f5ffd5b61118a82612a13565b5f8151808452602084019350602083015f5b82811015612d86578151865260209586019590910190600101612d68565b5093949350505050565b5f82825180855260208501945060208160051b830101602085015f5b83811015612dde57601f19858403018852612dc8838351612bd9565b6020988901989093509190910190600101612dac565b50909695505050505050565b60208152612e046020820183516001600160401b03169052565b5f6020830151612e1f60408401826001600160401b03169052565b50604083015160ff8116606084015250606083015160ff8116608084015250608083015160a083015260a083015161016060c0840152612e63610180840182612d56565b905060c0840151601f198483030160e0850152612e808282612bd9565b91505060e0840151612e9e6101008501826001600160401b03169052565b50610100840151838203601f1901610120850152612ebc8282612d90565b9150506101208401516101408401526101408401516101608401528091505092915050565b600181811c90821680612ef557607f821691505b6020821081036127f757634e487b7160e01b5f52602260045260245ffd5b601f821115612f655782821115612f6557805f5260205f20601f840160051c6020851015612f3e57505f5b90810190601f840160051c035f5b81811015612f61575f83820155600101612f4c565b5050505b505050565b81516001600160401b03811115612f8357612f836129b0565b612f9781612f918454612ee1565b84612f13565b6020601f821160018114612fc9575f8315612fb25750848201515b5f19600385901b1c1916600184901b178455613021565b5f84815260208120601f198516915b82811015612ff85787850151825560209485019460019092019101612fd8565b508482101561301557868401515f19600387901b60f8161c191681555b505060018360011b0184555b5050505050565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b6001600160401b0384168152604060208201525f613072604083018486613028565b95945050505050565b81516001600160a01b0316815261018081016020830151602083015260408301516130b160408401826001600160401b03169052565b506060830151606083015260808301516130d660808401826001600160401b03169052565b5060a08301516130f160a08401826001600160a01b03169052565b5060c083015160c083015260e083015161311660e08401826001600160401b03169052565b5061010083015161312d61010084018260ff169052565b506101208301516101208301526101408301516131566101408401826001600160401b03169052565b5061016083015161316e61016084018261ffff169052565b5092915050565b634e487b7160e01b5f52603260045260245ffd5b5f8235605e1983360301811261319d575f5ffd5b9190910192915050565b5f602082840312156131b7575f5ffd5b61118a826129ed565b818382375f9101908152919050565b80820281158282048414176112a0576112a0612c28565b803563ffffffff811681146111d6575f5ffd5b8015158114613206575f5ffd5b50565b80356111d6816131f9565b82815281356020808301919091526101408201906001600160401b039061323c908501612788565b1660408381019190915283013560608084019190915283013560808084019190915283013560a0808401919091526001600160401b039061327e908501612788565b1660c08301525f60c084013590508060e08401525061329f60e084016131e6565b63ffffffff8116610100840152506132ba6101008401613209565b801515610120840152509392505050565b5f602082840312156132db575f5ffd5b813561118a816131f9565b81515f90829060208501835b828110156133105781518452602093840193909101906001016132f2565b509195945050505050565b6001600160401b0382811682821603908111156112a0576112a0612c28565b858152846020820152836040820152608060608201525f61335f608083018486613028565b979650505050505050565b5f6020828403121561337a575f5ffd5b815161118a816131f9565b5f5f85851115613393575f5ffd5b8386111561339f575f5ffd5b5050820193919092039150565b803560208310156112a0575f19602084900360031b1b169291505056fea264697066735822122003362fe964c248f78e379005b2ee518a2efa867320b0f79e148ff358394b493464736f6c63430008250033",
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
// Solidity: constructor((uint64,uint64,uint256,bytes32,bytes32,address,address,uint256,uint64,uint16,uint32) cfg) returns()
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

// PackConfirmBased is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe6ca1458.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function confirmBased(bytes32 commitment, (address,bytes,bytes32)[] assertions) returns()
func (basedInbox *BasedInbox) PackConfirmBased(commitment [32]byte, assertions []Assertion) []byte {
	enc, err := basedInbox.abi.Pack("confirmBased", commitment, assertions)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackConfirmBased is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe6ca1458.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function confirmBased(bytes32 commitment, (address,bytes,bytes32)[] assertions) returns()
func (basedInbox *BasedInbox) TryPackConfirmBased(commitment [32]byte, assertions []Assertion) ([]byte, error) {
	return basedInbox.abi.Pack("confirmBased", commitment, assertions)
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

// PackIsConfirmedOrPending is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x939b574e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isConfirmedOrPending(bytes32 commitment) view returns(bool)
func (basedInbox *BasedInbox) PackIsConfirmedOrPending(commitment [32]byte) []byte {
	enc, err := basedInbox.abi.Pack("isConfirmedOrPending", commitment)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsConfirmedOrPending is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x939b574e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isConfirmedOrPending(bytes32 commitment) view returns(bool)
func (basedInbox *BasedInbox) TryPackIsConfirmedOrPending(commitment [32]byte) ([]byte, error) {
	return basedInbox.abi.Pack("isConfirmedOrPending", commitment)
}

// UnpackIsConfirmedOrPending is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x939b574e.
//
// Solidity: function isConfirmedOrPending(bytes32 commitment) view returns(bool)
func (basedInbox *BasedInbox) UnpackIsConfirmedOrPending(data []byte) (bool, error) {
	out, err := basedInbox.abi.Unpack("isConfirmedOrPending", data)
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

// PackLatestProvenStateRoot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xab629c9f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function latestProvenStateRoot() view returns(bytes32 commitment, uint64 l2BlockNumber, bytes32 stateRoot)
func (basedInbox *BasedInbox) PackLatestProvenStateRoot() []byte {
	enc, err := basedInbox.abi.Pack("latestProvenStateRoot")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLatestProvenStateRoot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xab629c9f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function latestProvenStateRoot() view returns(bytes32 commitment, uint64 l2BlockNumber, bytes32 stateRoot)
func (basedInbox *BasedInbox) TryPackLatestProvenStateRoot() ([]byte, error) {
	return basedInbox.abi.Pack("latestProvenStateRoot")
}

// LatestProvenStateRootOutput serves as a container for the return parameters of contract
// method LatestProvenStateRoot.
type LatestProvenStateRootOutput struct {
	Commitment    [32]byte
	L2BlockNumber uint64
	StateRoot     [32]byte
}

// UnpackLatestProvenStateRoot is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xab629c9f.
//
// Solidity: function latestProvenStateRoot() view returns(bytes32 commitment, uint64 l2BlockNumber, bytes32 stateRoot)
func (basedInbox *BasedInbox) UnpackLatestProvenStateRoot(data []byte) (LatestProvenStateRootOutput, error) {
	out, err := basedInbox.abi.Unpack("latestProvenStateRoot", data)
	outstruct := new(LatestProvenStateRootOutput)
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

// PackProposeBased is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6c7f077d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proposeBased((uint256,uint64,bytes32,bytes32,bytes32,uint64,bytes32,uint32,bool) slotEnding, bytes certificate, (bytes32,uint8,bytes,uint8,uint16,bytes32,bytes) blk) returns(bytes32 commitment)
func (basedInbox *BasedInbox) PackProposeBased(slotEnding SlotEnding, certificate []byte, blk BasedBlock) []byte {
	enc, err := basedInbox.abi.Pack("proposeBased", slotEnding, certificate, blk)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProposeBased is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6c7f077d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proposeBased((uint256,uint64,bytes32,bytes32,bytes32,uint64,bytes32,uint32,bool) slotEnding, bytes certificate, (bytes32,uint8,bytes,uint8,uint16,bytes32,bytes) blk) returns(bytes32 commitment)
func (basedInbox *BasedInbox) TryPackProposeBased(slotEnding SlotEnding, certificate []byte, blk BasedBlock) ([]byte, error) {
	return basedInbox.abi.Pack("proposeBased", slotEnding, certificate, blk)
}

// UnpackProposeBased is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6c7f077d.
//
// Solidity: function proposeBased((uint256,uint64,bytes32,bytes32,bytes32,uint64,bytes32,uint32,bool) slotEnding, bytes certificate, (bytes32,uint8,bytes,uint8,uint16,bytes32,bytes) blk) returns(bytes32 commitment)
func (basedInbox *BasedInbox) UnpackProposeBased(data []byte) ([32]byte, error) {
	out, err := basedInbox.abi.Unpack("proposeBased", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
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
	if bytes.Equal(raw[:4], basedInbox.abi.Errors["AlreadyConfirmed"].ID.Bytes()[:4]) {
		return basedInbox.UnpackAlreadyConfirmedError(raw[4:])
	}
	if bytes.Equal(raw[:4], basedInbox.abi.Errors["AssertionFailed"].ID.Bytes()[:4]) {
		return basedInbox.UnpackAssertionFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], basedInbox.abi.Errors["BeforeGenesis"].ID.Bytes()[:4]) {
		return basedInbox.UnpackBeforeGenesisError(raw[4:])
	}
	if bytes.Equal(raw[:4], basedInbox.abi.Errors["CertificateRequired"].ID.Bytes()[:4]) {
		return basedInbox.UnpackCertificateRequiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], basedInbox.abi.Errors["CommitmentExists"].ID.Bytes()[:4]) {
		return basedInbox.UnpackCommitmentExistsError(raw[4:])
	}
	if bytes.Equal(raw[:4], basedInbox.abi.Errors["ConfirmationExpired"].ID.Bytes()[:4]) {
		return basedInbox.UnpackConfirmationExpiredError(raw[4:])
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
	if bytes.Equal(raw[:4], basedInbox.abi.Errors["NotProposer"].ID.Bytes()[:4]) {
		return basedInbox.UnpackNotProposerError(raw[4:])
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
	if bytes.Equal(raw[:4], basedInbox.abi.Errors["UnknownCommitment"].ID.Bytes()[:4]) {
		return basedInbox.UnpackUnknownCommitmentError(raw[4:])
	}
	if bytes.Equal(raw[:4], basedInbox.abi.Errors["UnknownDataMode"].ID.Bytes()[:4]) {
		return basedInbox.UnpackUnknownDataModeError(raw[4:])
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
	return nil, errors.New("Unknown error")
}

// BasedInboxAlreadyConfirmed represents a AlreadyConfirmed error raised by the BasedInbox contract.
type BasedInboxAlreadyConfirmed struct {
	Commitment [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyConfirmed(bytes32 commitment)
func BasedInboxAlreadyConfirmedErrorID() common.Hash {
	return common.HexToHash("0x226acaf8dcc3507aaa36a4c1cc7e5847946da194d5c649e854a9e3812263e7ba")
}

// UnpackAlreadyConfirmedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyConfirmed(bytes32 commitment)
func (basedInbox *BasedInbox) UnpackAlreadyConfirmedError(raw []byte) (*BasedInboxAlreadyConfirmed, error) {
	out := new(BasedInboxAlreadyConfirmed)
	if err := basedInbox.abi.UnpackIntoInterface(out, "AlreadyConfirmed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BasedInboxAssertionFailed represents a AssertionFailed error raised by the BasedInbox contract.
type BasedInboxAssertionFailed struct {
	Index          *big.Int
	CallReverted   bool
	ReturnDataHash [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AssertionFailed(uint256 index, bool callReverted, bytes32 returnDataHash)
func BasedInboxAssertionFailedErrorID() common.Hash {
	return common.HexToHash("0x066baf870b8026ab0ce399156a9cbc72efa2ec03a2baddbf536b899e773f8b35")
}

// UnpackAssertionFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AssertionFailed(uint256 index, bool callReverted, bytes32 returnDataHash)
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

// BasedInboxConfirmationExpired represents a ConfirmationExpired error raised by the BasedInbox contract.
type BasedInboxConfirmationExpired struct {
	ProposedIn   uint64
	CurrentBlock uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ConfirmationExpired(uint64 proposedIn, uint64 currentBlock)
func BasedInboxConfirmationExpiredErrorID() common.Hash {
	return common.HexToHash("0xdc53a8e4e5f61a88a60f5dc01d6b07de87ac8fe542ff91470d8cd2687b0470ff")
}

// UnpackConfirmationExpiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ConfirmationExpired(uint64 proposedIn, uint64 currentBlock)
func (basedInbox *BasedInbox) UnpackConfirmationExpiredError(raw []byte) (*BasedInboxConfirmationExpired, error) {
	out := new(BasedInboxConfirmationExpired)
	if err := basedInbox.abi.UnpackIntoInterface(out, "ConfirmationExpired", raw); err != nil {
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

// BasedInboxNotProposer represents a NotProposer error raised by the BasedInbox contract.
type BasedInboxNotProposer struct {
	Proposer common.Address
	Sender   common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotProposer(address proposer, address sender)
func BasedInboxNotProposerErrorID() common.Hash {
	return common.HexToHash("0x828f1b55083085e934b0b927dc2ed55e8bdbe2936b33032b8300268c80375b84")
}

// UnpackNotProposerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotProposer(address proposer, address sender)
func (basedInbox *BasedInbox) UnpackNotProposerError(raw []byte) (*BasedInboxNotProposer, error) {
	out := new(BasedInboxNotProposer)
	if err := basedInbox.abi.UnpackIntoInterface(out, "NotProposer", raw); err != nil {
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

// BasedInboxUnknownCommitment represents a UnknownCommitment error raised by the BasedInbox contract.
type BasedInboxUnknownCommitment struct {
	Commitment [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownCommitment(bytes32 commitment)
func BasedInboxUnknownCommitmentErrorID() common.Hash {
	return common.HexToHash("0x3f3ff3fce0a88e75f46b6412b76abfc6938b8ce21562ec2d541ab026ecccfa99")
}

// UnpackUnknownCommitmentError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownCommitment(bytes32 commitment)
func (basedInbox *BasedInbox) UnpackUnknownCommitmentError(raw []byte) (*BasedInboxUnknownCommitment, error) {
	out := new(BasedInboxUnknownCommitment)
	if err := basedInbox.abi.UnpackIntoInterface(out, "UnknownCommitment", raw); err != nil {
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
