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
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIBasedInbox\",\"name\":\"inbox_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"AlreadyLocked\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"NotLocked\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"RefundFailed\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"}],\"name\":\"Locked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"}],\"name\":\"PreAction\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"l2BlockNumber\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"}],\"name\":\"Released\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"inbox\",\"outputs\":[{\"internalType\":\"contractIBasedInbox\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"lastCommitment\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"lastL2BlockNumber\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"lastStateRoot\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"lock\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"locked\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"preAction\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"preActions\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"release\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"releases\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "SyncDemo",
	Bin: "0x60a0604052348015600e575f5ffd5b50604051610616380380610616833981016040819052602b91603b565b6001600160a01b03166080526066565b5f60208284031215604a575f5ffd5b81516001600160a01b0381168114605f575f5ffd5b9392505050565b6080516105916100855f395f81816101a001526101df01526105915ff3fe60806040526004361061008f575f3560e01c8063cbf9fe5f11610057578063cbf9fe5f1461010f578063e01301a01461013a578063f02deda11461014e578063f83d08ba14610187578063fb0e722b1461018f575f5ffd5b806327ff01e9146100935780632a46f8c9146100bb57806386d1a69f146100cf578063913e10e9146100e5578063b70de0d9146100fa575b5f5ffd5b34801561009e575f5ffd5b506100a860035481565b6040519081526020015b60405180910390f35b3480156100c6575f5ffd5b506100a85f5481565b3480156100da575f5ffd5b506100e36101da565b005b3480156100f0575f5ffd5b506100a860015481565b348015610105575f5ffd5b506100a860055481565b34801561011a575f5ffd5b506100a86101293660046104aa565b60026020525f908152604090205481565b348015610145575f5ffd5b506100e36103bc565b348015610159575f5ffd5b5060045461016e9067ffffffffffffffff1681565b60405167ffffffffffffffff90911681526020016100b2565b6100e361040c565b34801561019a575f5ffd5b506101c27f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020016100b2565b5f5f5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663424c11fb6040518163ffffffff1660e01b8152600401606060405180830381865afa158015610239573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061025d91906104d7565b335f90815260026020526040812054939650919450925081900361029b5760405163339396f560e11b81523360048201526024015b60405180910390fd5b335f90815260026020526040812081905560018054909182916102bf90839061052f565b909155505060058290556004805467ffffffffffffffff191667ffffffffffffffff851690811790915560038590556040805191825260208201849052859133917fe9891fc0878f645dbf121c85608c88446ec39bd75265817573a831689374bf40910160405180910390a35f33610338600184610548565b6040515f81818185875af1925050503d805f8114610371576040519150601f19603f3d011682016040523d82523d5f602084013e610376565b606091505b50509050806103b5573361038b600184610548565b6040516357b9d85960e11b81526001600160a01b0390921660048301526024820152604401610292565b5050505050565b60015f5f8282546103cd919061052f565b90915550505f5460405190815233907fc51a052136f537e09a2a81bc015ce98231d07f0425c023b80ea52fc9e53ec319906020015b60405180910390a2565b335f908152600260205260409020541561043a57604051624eccd560e01b8152336004820152602401610292565b61044534600161052f565b335f90815260026020526040812091909155805460019190819061046a90849061052f565b90915550505f5460405133917fd4665e3049283582ba6f9eba07a5b3e12dab49e02da99e8927a47af5d134bea59161040291348252602082015260400190565b5f602082840312156104ba575f5ffd5b81356001600160a01b03811681146104d0575f5ffd5b9392505050565b5f5f5f606084860312156104e9575f5ffd5b8351602085015190935067ffffffffffffffff81168114610508575f5ffd5b6040949094015192959394509192915050565b634e487b7160e01b5f52601160045260245ffd5b808201808211156105425761054261051b565b92915050565b818103818111156105425761054261051b56fea26469706673582212204f0a6c0412a52085d81515370c03fbd6911bf1bd64b4510d076b1fa4ac5a667c64736f6c63430008250033",
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

// PackLock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf83d08ba.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function lock() payable returns()
func (syncDemo *SyncDemo) PackLock() []byte {
	enc, err := syncDemo.abi.Pack("lock")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf83d08ba.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function lock() payable returns()
func (syncDemo *SyncDemo) TryPackLock() ([]byte, error) {
	return syncDemo.abi.Pack("lock")
}

// PackLocked is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcbf9fe5f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function locked(address account) view returns(uint256 amount)
func (syncDemo *SyncDemo) PackLocked(account common.Address) []byte {
	enc, err := syncDemo.abi.Pack("locked", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLocked is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcbf9fe5f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function locked(address account) view returns(uint256 amount)
func (syncDemo *SyncDemo) TryPackLocked(account common.Address) ([]byte, error) {
	return syncDemo.abi.Pack("locked", account)
}

// UnpackLocked is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcbf9fe5f.
//
// Solidity: function locked(address account) view returns(uint256 amount)
func (syncDemo *SyncDemo) UnpackLocked(data []byte) (*big.Int, error) {
	out, err := syncDemo.abi.Unpack("locked", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
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

// PackRelease is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x86d1a69f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function release() returns()
func (syncDemo *SyncDemo) PackRelease() []byte {
	enc, err := syncDemo.abi.Pack("release")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRelease is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x86d1a69f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function release() returns()
func (syncDemo *SyncDemo) TryPackRelease() ([]byte, error) {
	return syncDemo.abi.Pack("release")
}

// PackReleases is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x913e10e9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function releases() view returns(uint256)
func (syncDemo *SyncDemo) PackReleases() []byte {
	enc, err := syncDemo.abi.Pack("releases")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReleases is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x913e10e9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function releases() view returns(uint256)
func (syncDemo *SyncDemo) TryPackReleases() ([]byte, error) {
	return syncDemo.abi.Pack("releases")
}

// UnpackReleases is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x913e10e9.
//
// Solidity: function releases() view returns(uint256)
func (syncDemo *SyncDemo) UnpackReleases(data []byte) (*big.Int, error) {
	out, err := syncDemo.abi.Unpack("releases", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// SyncDemoLocked represents a Locked event raised by the SyncDemo contract.
type SyncDemoLocked struct {
	Account common.Address
	Amount  *big.Int
	Count   *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const SyncDemoLockedEventName = "Locked"

// ContractEventName returns the user-defined event name.
func (SyncDemoLocked) ContractEventName() string {
	return SyncDemoLockedEventName
}

// UnpackLockedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Locked(address indexed account, uint256 amount, uint256 count)
func (syncDemo *SyncDemo) UnpackLockedEvent(log *types.Log) (*SyncDemoLocked, error) {
	event := "Locked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != syncDemo.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SyncDemoLocked)
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

// SyncDemoPreAction represents a PreAction event raised by the SyncDemo contract.
type SyncDemoPreAction struct {
	Account common.Address
	Count   *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const SyncDemoPreActionEventName = "PreAction"

// ContractEventName returns the user-defined event name.
func (SyncDemoPreAction) ContractEventName() string {
	return SyncDemoPreActionEventName
}

// UnpackPreActionEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PreAction(address indexed account, uint256 count)
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

// SyncDemoReleased represents a Released event raised by the SyncDemo contract.
type SyncDemoReleased struct {
	Account       common.Address
	Commitment    [32]byte
	L2BlockNumber uint64
	StateRoot     [32]byte
	Raw           *types.Log // Blockchain specific contextual infos
}

const SyncDemoReleasedEventName = "Released"

// ContractEventName returns the user-defined event name.
func (SyncDemoReleased) ContractEventName() string {
	return SyncDemoReleasedEventName
}

// UnpackReleasedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Released(address indexed account, bytes32 indexed commitment, uint64 l2BlockNumber, bytes32 stateRoot)
func (syncDemo *SyncDemo) UnpackReleasedEvent(log *types.Log) (*SyncDemoReleased, error) {
	event := "Released"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != syncDemo.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SyncDemoReleased)
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
	if bytes.Equal(raw[:4], syncDemo.abi.Errors["AlreadyLocked"].ID.Bytes()[:4]) {
		return syncDemo.UnpackAlreadyLockedError(raw[4:])
	}
	if bytes.Equal(raw[:4], syncDemo.abi.Errors["NotLocked"].ID.Bytes()[:4]) {
		return syncDemo.UnpackNotLockedError(raw[4:])
	}
	if bytes.Equal(raw[:4], syncDemo.abi.Errors["RefundFailed"].ID.Bytes()[:4]) {
		return syncDemo.UnpackRefundFailedError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// SyncDemoAlreadyLocked represents a AlreadyLocked error raised by the SyncDemo contract.
type SyncDemoAlreadyLocked struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyLocked(address account)
func SyncDemoAlreadyLockedErrorID() common.Hash {
	return common.HexToHash("0x004eccd544473cd980bddf0b4f6745c2a7e3f4cb075c731504e95eac87e35b64")
}

// UnpackAlreadyLockedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyLocked(address account)
func (syncDemo *SyncDemo) UnpackAlreadyLockedError(raw []byte) (*SyncDemoAlreadyLocked, error) {
	out := new(SyncDemoAlreadyLocked)
	if err := syncDemo.abi.UnpackIntoInterface(out, "AlreadyLocked", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SyncDemoNotLocked represents a NotLocked error raised by the SyncDemo contract.
type SyncDemoNotLocked struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotLocked(address account)
func SyncDemoNotLockedErrorID() common.Hash {
	return common.HexToHash("0x67272deaa6c2da596f18bd247a14f73dfdbdc31c8dcdcd87328f55fd1b0d7dc6")
}

// UnpackNotLockedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotLocked(address account)
func (syncDemo *SyncDemo) UnpackNotLockedError(raw []byte) (*SyncDemoNotLocked, error) {
	out := new(SyncDemoNotLocked)
	if err := syncDemo.abi.UnpackIntoInterface(out, "NotLocked", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SyncDemoRefundFailed represents a RefundFailed error raised by the SyncDemo contract.
type SyncDemoRefundFailed struct {
	Account common.Address
	Amount  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RefundFailed(address account, uint256 amount)
func SyncDemoRefundFailedErrorID() common.Hash {
	return common.HexToHash("0xaf73b0b217208b61be286bbc37095bce7eb8b9ccf617244c2f0f154e8e04e3ff")
}

// UnpackRefundFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RefundFailed(address account, uint256 amount)
func (syncDemo *SyncDemo) UnpackRefundFailedError(raw []byte) (*SyncDemoRefundFailed, error) {
	out := new(SyncDemoRefundFailed)
	if err := syncDemo.abi.UnpackIntoInterface(out, "RefundFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}
