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

// SyncDemoMetaData contains all meta data concerning the SyncDemo contract.
var SyncDemoMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIBasedInbox\",\"name\":\"inbox_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"}],\"name\":\"NotConfirmedOrPending\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"}],\"name\":\"PreAction\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"l2BlockNumber\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"}],\"name\":\"ProvenRootRead\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"inbox\",\"outputs\":[{\"internalType\":\"contractIBasedInbox\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"lastCommitment\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"lastL2BlockNumber\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"lastStateRoot\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"preAction\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"preActions\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"readProvenRoot\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "SyncDemo",
	Bin: "0x60a0604052348015600e575f5ffd5b50604051610468380380610468833981016040819052602b91603b565b6001600160a01b03166080526066565b5f60208284031215604a575f5ffd5b81516001600160a01b0381168114605f575f5ffd5b9392505050565b6080516103dd61008b5f395f818160ef0152818161012e01526101d201526103dd5ff3fe608060405234801561000f575f5ffd5b506004361061007a575f3560e01c8063b70de0d911610058578063b70de0d9146100ac578063e01301a0146100b5578063f02deda1146100bd578063fb0e722b146100ea575f5ffd5b806327ff01e91461007e5780632a46f8c91461009a57806396852175146100a2575b5f5ffd5b61008760015481565b6040519081526020015b60405180910390f35b6100875f5481565b6100aa610129565b005b61008760035481565b6100aa6102c9565b6002546100d19067ffffffffffffffff1681565b60405167ffffffffffffffff9091168152602001610091565b6101117f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b039091168152602001610091565b5f5f5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663ab629c9f6040518163ffffffff1660e01b8152600401606060405180830381865afa158015610188573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906101ac9190610318565b6040516349cdaba760e11b81526004810184905292955090935091506001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169063939b574e90602401602060405180830381865afa158015610217573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061023b919061035c565b61025f57604051636fac435160e11b81526004810184905260240160405180910390fd5b60018390556002805467ffffffffffffffff191667ffffffffffffffff84169081179091556003829055604080519182526020820183905284917fca20a57437701ea5c1415e699fc5c9d81434211bcd1a02d98c40ea27734b878d910160405180910390a2505050565b60015f5f8282546102da9190610382565b90915550505f5460405190815233907fc51a052136f537e09a2a81bc015ce98231d07f0425c023b80ea52fc9e53ec3199060200160405180910390a2565b5f5f5f6060848603121561032a575f5ffd5b8351602085015190935067ffffffffffffffff81168114610349575f5ffd5b6040949094015192959394509192915050565b5f6020828403121561036c575f5ffd5b8151801515811461037b575f5ffd5b9392505050565b808201808211156103a157634e487b7160e01b5f52601160045260245ffd5b9291505056fea26469706673582212203413874ff38e4bfefeca3dc22870eb7c62a1b440de6a2fd185b6607d9c91c76864736f6c63430008250033",
}

// SyncDemo is an auto generated Go binding around an Ethereum contract.
type SyncDemo struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *SyncDemo) GetABI() abi.ABI {
	return c.abi
}

// NewSyncDemo creates a new instance of SyncDemo.
func NewSyncDemo() *SyncDemo {
	parsed, err := SyncDemoMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &SyncDemo{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *SyncDemo) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address inbox_) returns()
func (syncDemo *SyncDemo) PackConstructor(inbox_ common.Address) []byte {
	enc, err := syncDemo.abi.Pack("", inbox_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackInbox is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfb0e722b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function inbox() view returns(address)
func (syncDemo *SyncDemo) PackInbox() []byte {
	enc, err := syncDemo.abi.Pack("inbox")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackInbox is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfb0e722b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function inbox() view returns(address)
func (syncDemo *SyncDemo) TryPackInbox() ([]byte, error) {
	return syncDemo.abi.Pack("inbox")
}

// UnpackInbox is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfb0e722b.
//
// Solidity: function inbox() view returns(address)
func (syncDemo *SyncDemo) UnpackInbox(data []byte) (common.Address, error) {
	out, err := syncDemo.abi.Unpack("inbox", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackLastCommitment is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x27ff01e9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function lastCommitment() view returns(bytes32)
func (syncDemo *SyncDemo) PackLastCommitment() []byte {
	enc, err := syncDemo.abi.Pack("lastCommitment")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLastCommitment is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x27ff01e9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function lastCommitment() view returns(bytes32)
func (syncDemo *SyncDemo) TryPackLastCommitment() ([]byte, error) {
	return syncDemo.abi.Pack("lastCommitment")
}

// UnpackLastCommitment is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x27ff01e9.
//
// Solidity: function lastCommitment() view returns(bytes32)
func (syncDemo *SyncDemo) UnpackLastCommitment(data []byte) ([32]byte, error) {
	out, err := syncDemo.abi.Unpack("lastCommitment", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackLastL2BlockNumber is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf02deda1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function lastL2BlockNumber() view returns(uint64)
func (syncDemo *SyncDemo) PackLastL2BlockNumber() []byte {
	enc, err := syncDemo.abi.Pack("lastL2BlockNumber")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLastL2BlockNumber is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf02deda1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function lastL2BlockNumber() view returns(uint64)
func (syncDemo *SyncDemo) TryPackLastL2BlockNumber() ([]byte, error) {
	return syncDemo.abi.Pack("lastL2BlockNumber")
}

// UnpackLastL2BlockNumber is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf02deda1.
//
// Solidity: function lastL2BlockNumber() view returns(uint64)
func (syncDemo *SyncDemo) UnpackLastL2BlockNumber(data []byte) (uint64, error) {
	out, err := syncDemo.abi.Unpack("lastL2BlockNumber", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackLastStateRoot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb70de0d9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function lastStateRoot() view returns(bytes32)
func (syncDemo *SyncDemo) PackLastStateRoot() []byte {
	enc, err := syncDemo.abi.Pack("lastStateRoot")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLastStateRoot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb70de0d9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function lastStateRoot() view returns(bytes32)
func (syncDemo *SyncDemo) TryPackLastStateRoot() ([]byte, error) {
	return syncDemo.abi.Pack("lastStateRoot")
}

// UnpackLastStateRoot is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb70de0d9.
//
// Solidity: function lastStateRoot() view returns(bytes32)
func (syncDemo *SyncDemo) UnpackLastStateRoot(data []byte) ([32]byte, error) {
	out, err := syncDemo.abi.Unpack("lastStateRoot", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackPreAction is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe01301a0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function preAction() returns()
func (syncDemo *SyncDemo) PackPreAction() []byte {
	enc, err := syncDemo.abi.Pack("preAction")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPreAction is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe01301a0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function preAction() returns()
func (syncDemo *SyncDemo) TryPackPreAction() ([]byte, error) {
	return syncDemo.abi.Pack("preAction")
}

// PackPreActions is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2a46f8c9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function preActions() view returns(uint256)
func (syncDemo *SyncDemo) PackPreActions() []byte {
	enc, err := syncDemo.abi.Pack("preActions")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPreActions is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2a46f8c9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function preActions() view returns(uint256)
func (syncDemo *SyncDemo) TryPackPreActions() ([]byte, error) {
	return syncDemo.abi.Pack("preActions")
}

// UnpackPreActions is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2a46f8c9.
//
// Solidity: function preActions() view returns(uint256)
func (syncDemo *SyncDemo) UnpackPreActions(data []byte) (*big.Int, error) {
	out, err := syncDemo.abi.Unpack("preActions", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackReadProvenRoot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x96852175.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function readProvenRoot() returns()
func (syncDemo *SyncDemo) PackReadProvenRoot() []byte {
	enc, err := syncDemo.abi.Pack("readProvenRoot")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReadProvenRoot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x96852175.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function readProvenRoot() returns()
func (syncDemo *SyncDemo) TryPackReadProvenRoot() ([]byte, error) {
	return syncDemo.abi.Pack("readProvenRoot")
}

// SyncDemoPreAction represents a PreAction event raised by the SyncDemo contract.
type SyncDemoPreAction struct {
	Sender common.Address
	Count  *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const SyncDemoPreActionEventName = "PreAction"

// ContractEventName returns the user-defined event name.
func (SyncDemoPreAction) ContractEventName() string {
	return SyncDemoPreActionEventName
}

// UnpackPreActionEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PreAction(address indexed sender, uint256 count)
func (syncDemo *SyncDemo) UnpackPreActionEvent(log *types.Log) (*SyncDemoPreAction, error) {
	event := "PreAction"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != syncDemo.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SyncDemoPreAction)
	if len(log.Data) > 0 {
		if err := syncDemo.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range syncDemo.abi.Events[event].Inputs {
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

// SyncDemoProvenRootRead represents a ProvenRootRead event raised by the SyncDemo contract.
type SyncDemoProvenRootRead struct {
	Commitment    [32]byte
	L2BlockNumber uint64
	StateRoot     [32]byte
	Raw           *types.Log // Blockchain specific contextual infos
}

const SyncDemoProvenRootReadEventName = "ProvenRootRead"

// ContractEventName returns the user-defined event name.
func (SyncDemoProvenRootRead) ContractEventName() string {
	return SyncDemoProvenRootReadEventName
}

// UnpackProvenRootReadEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ProvenRootRead(bytes32 indexed commitment, uint64 l2BlockNumber, bytes32 stateRoot)
func (syncDemo *SyncDemo) UnpackProvenRootReadEvent(log *types.Log) (*SyncDemoProvenRootRead, error) {
	event := "ProvenRootRead"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != syncDemo.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SyncDemoProvenRootRead)
	if len(log.Data) > 0 {
		if err := syncDemo.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range syncDemo.abi.Events[event].Inputs {
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
func (syncDemo *SyncDemo) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], syncDemo.abi.Errors["NotConfirmedOrPending"].ID.Bytes()[:4]) {
		return syncDemo.UnpackNotConfirmedOrPendingError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// SyncDemoNotConfirmedOrPending represents a NotConfirmedOrPending error raised by the SyncDemo contract.
type SyncDemoNotConfirmedOrPending struct {
	Commitment [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotConfirmedOrPending(bytes32 commitment)
func SyncDemoNotConfirmedOrPendingErrorID() common.Hash {
	return common.HexToHash("0xdf5886a2e9e9cfed392d431b2a1e3bf4e79d6aea61dada102c68d3bccf0c0344")
}

// UnpackNotConfirmedOrPendingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotConfirmedOrPending(bytes32 commitment)
func (syncDemo *SyncDemo) UnpackNotConfirmedOrPendingError(raw []byte) (*SyncDemoNotConfirmedOrPending, error) {
	out := new(SyncDemoNotConfirmedOrPending)
	if err := syncDemo.abi.UnpackIntoInterface(out, "NotConfirmedOrPending", raw); err != nil {
		return nil, err
	}
	return out, nil
}
