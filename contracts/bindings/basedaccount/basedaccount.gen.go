// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package basedaccount

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

// BasedCall is an auto generated low-level Go binding around an user-defined struct.
type BasedCall struct {
	ChainId  *big.Int
	Inbox    common.Address
	L1Slot   uint64
	Target   common.Address
	Value    *big.Int
	Data     []byte
	Nonce    *big.Int
	Deadline uint64
	BundleId [32]byte
}

// BasedAccountMetaData contains all meta data concerning the BasedAccount contract.
var BasedAccountMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"}],\"name\":\"CallBadSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"}],\"name\":\"CallExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"inbox\",\"type\":\"address\"}],\"name\":\"CallNotFromInbox\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"next\",\"type\":\"uint256\"}],\"name\":\"CallReplayed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"reason\",\"type\":\"bytes\"}],\"name\":\"CallReverted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"signed\",\"type\":\"uint256\"}],\"name\":\"CallWrongChain\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"next\",\"type\":\"uint256\"}],\"name\":\"CallWrongNonce\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"slot\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"signed\",\"type\":\"uint64\"}],\"name\":\"CallWrongSlot\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BASED_CALL_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"inbox\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"l1Slot\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"bundleId\",\"type\":\"bytes32\"}],\"internalType\":\"structBasedCall\",\"name\":\"call\",\"type\":\"tuple\"}],\"name\":\"basedCallDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"basedNonce\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"n\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"inbox\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"l1Slot\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"bundleId\",\"type\":\"bytes32\"}],\"internalType\":\"structBasedCall\",\"name\":\"call\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"name\":\"executeBased\",\"outputs\":[{\"internalType\":\"bytes4\",\"name\":\"\",\"type\":\"bytes4\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"stateMutability\":\"payable\",\"type\":\"receive\"}]",
	ID:  "BasedAccount",
	Bin: "0x6080604052348015600e575f5ffd5b50610a318061001c5f395ff3fe608060405260043610610041575f3560e01c806308edaf151461004c57806309837b6114610089578063872d3cd9146100ca57806388fa83cc146100fd575f5ffd5b3661004857005b5f5ffd5b348015610057575f5ffd5b5061006b6100663660046107cf565b61011c565b6040516001600160e01b031990911681526020015b60405180910390f35b348015610094575f5ffd5b506100bc7f8caf29b6af0768fe240e48afae619e8534043d80a642363194275fd496b5254d81565b604051908152602001610080565b3480156100d5575f5ffd5b507f64db451660f48e0c4af9561525ccb0edb29ca67897113a07f81429fa974f0200546100bc565b348015610108575f5ffd5b506100bc610117366004610867565b6104a5565b5f61012d60408501602086016108a1565b6001600160a01b0316336001600160a01b031614610187573361015660408601602087016108a1565b60405163301042e360e21b81526001600160a01b039283166004820152911660248201526044015b60405180910390fd5b833546146101b157604051631054a55b60e11b81524660048201528435602482015260440161017e565b5f6101c260408601602087016108a1565b6001600160a01b0316633359632e6040518163ffffffff1660e01b8152600401602060405180830381865afa1580156101fd573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061022191906108df565b905067ffffffffffffffff811661023e60608701604088016108fa565b67ffffffffffffffff161461028b578061025e60608701604088016108fa565b60405163a9a1fe0760e01b815267ffffffffffffffff92831660048201529116602482015260440161017e565b61029c610100860160e087016108fa565b67ffffffffffffffff164211156102ed576102be610100860160e087016108fa565b604051633d2644db60e21b815267ffffffffffffffff918216600482015242909116602482015260440161017e565b5f6103167f64db451660f48e0c4af9561525ccb0edb29ca67897113a07f81429fa974f02005490565b9050808660c00135101561034a57604051637f30d41760e01b815260c087013560048201526024810182905260440161017e565b808660c00135111561037c5760405163b7db39c160e01b815260c087013560048201526024810182905260440161017e565b5f610390610389886104a5565b878761060a565b90506001600160a01b03811630146103c657604051633f5387f160e21b81526001600160a01b038216600482015260240161017e565b600182017f64db451660f48e0c4af9561525ccb0edb29ca67897113a07f81429fa974f02009081555f8061040060808b0160608c016108a1565b6001600160a01b031660808b013561041b60a08d018d610915565b60405161042992919061095f565b5f6040518083038185875af1925050503d805f8114610463576040519150601f19603f3d011682016040523d82523d5f602084013e610468565b606091505b50915091508161048d57806040516370de1b4b60e01b815260040161017e919061096e565b506308edaf1560e01b955050505050505b9392505050565b5f807f8caf29b6af0768fe240e48afae619e8534043d80a642363194275fd496b5254d83356104da60408601602087016108a1565b6104ea60608701604088016108fa565b6104fa60808801606089016108a1565b608088013561050c60a08a018a610915565b60405161051a92919061095f565b60405190819003902060c08a01356105396101008c0160e08d016108fa565b60408051602081019a909a528901979097526001600160a01b03958616606089015267ffffffffffffffff94851660808901529490921660a087015260c086015260e0850152610100848101929092529091166101208301528401356101408201526101600160405160208183030381529060405280519060200120905061049e6106047f6220c1366782d47b826f9cc9cbfbff3e9d130e8941a31240b5e54e64148daaab7fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc661072a565b82610792565b5f6041821461061a57505f61049e565b5f61062860208285876109a3565b610631916109ca565b90505f6106426040602086886109a3565b61064b916109ca565b90505f85856040818110610661576106616109e7565b919091013560f81c915050601b811480159061068157508060ff16601c14155b15610691575f935050505061049e565b7f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a08211156106c4575f935050505061049e565b604080515f81526020810180835289905260ff831691810191909152606081018490526080810183905260019060a0016020604051602081039080840390855afa158015610714573d5f5f3e3d5ffd5b5050604051601f19015198975050505050505050565b604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f6020820152908101839052606081018290524660808201523060a08201525f9060c0015b6040516020818303038152906040528051906020012090505b92915050565b60405161190160f01b602082015260228101839052604281018290525f90606201610773565b5f61012082840312156107c9575f5ffd5b50919050565b5f5f5f604084860312156107e1575f5ffd5b833567ffffffffffffffff8111156107f7575f5ffd5b610803868287016107b8565b935050602084013567ffffffffffffffff81111561081f575f5ffd5b8401601f8101861361082f575f5ffd5b803567ffffffffffffffff811115610845575f5ffd5b866020828401011115610856575f5ffd5b939660209190910195509293505050565b5f60208284031215610877575f5ffd5b813567ffffffffffffffff81111561088d575f5ffd5b610899848285016107b8565b949350505050565b5f602082840312156108b1575f5ffd5b81356001600160a01b038116811461049e575f5ffd5b67ffffffffffffffff811681146108dc575f5ffd5b50565b5f602082840312156108ef575f5ffd5b815161049e816108c7565b5f6020828403121561090a575f5ffd5b813561049e816108c7565b5f5f8335601e1984360301811261092a575f5ffd5b83018035915067ffffffffffffffff821115610944575f5ffd5b602001915036819003821315610958575f5ffd5b9250929050565b818382375f9101908152919050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b5f5f858511156109b1575f5ffd5b838611156109bd575f5ffd5b5050820193919092039150565b8035602083101561078c575f19602084900360031b1b1692915050565b634e487b7160e01b5f52603260045260245ffdfea2646970667358221220b9478099358323bcb32a7ff40ffc6ac3e72147e43525f4482859763436a75c2064736f6c63430008250033",
}

// BasedAccount is an auto generated Go binding around an Ethereum contract.
type BasedAccount struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *BasedAccount) GetABI() abi.ABI {
	return c.abi
}

// NewBasedAccount creates a new instance of BasedAccount.
func NewBasedAccount() *BasedAccount {
	parsed, err := BasedAccountMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &BasedAccount{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *BasedAccount) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackBASEDCALLTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x09837b61.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function BASED_CALL_TYPEHASH() view returns(bytes32)
func (basedAccount *BasedAccount) PackBASEDCALLTYPEHASH() []byte {
	enc, err := basedAccount.abi.Pack("BASED_CALL_TYPEHASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBASEDCALLTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x09837b61.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function BASED_CALL_TYPEHASH() view returns(bytes32)
func (basedAccount *BasedAccount) TryPackBASEDCALLTYPEHASH() ([]byte, error) {
	return basedAccount.abi.Pack("BASED_CALL_TYPEHASH")
}

// UnpackBASEDCALLTYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x09837b61.
//
// Solidity: function BASED_CALL_TYPEHASH() view returns(bytes32)
func (basedAccount *BasedAccount) UnpackBASEDCALLTYPEHASH(data []byte) ([32]byte, error) {
	out, err := basedAccount.abi.Unpack("BASED_CALL_TYPEHASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackBasedCallDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x88fa83cc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function basedCallDigest((uint256,address,uint64,address,uint256,bytes,uint256,uint64,bytes32) call) view returns(bytes32)
func (basedAccount *BasedAccount) PackBasedCallDigest(call BasedCall) []byte {
	enc, err := basedAccount.abi.Pack("basedCallDigest", call)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBasedCallDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x88fa83cc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function basedCallDigest((uint256,address,uint64,address,uint256,bytes,uint256,uint64,bytes32) call) view returns(bytes32)
func (basedAccount *BasedAccount) TryPackBasedCallDigest(call BasedCall) ([]byte, error) {
	return basedAccount.abi.Pack("basedCallDigest", call)
}

// UnpackBasedCallDigest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x88fa83cc.
//
// Solidity: function basedCallDigest((uint256,address,uint64,address,uint256,bytes,uint256,uint64,bytes32) call) view returns(bytes32)
func (basedAccount *BasedAccount) UnpackBasedCallDigest(data []byte) ([32]byte, error) {
	out, err := basedAccount.abi.Unpack("basedCallDigest", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackBasedNonce is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x872d3cd9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function basedNonce() view returns(uint256 n)
func (basedAccount *BasedAccount) PackBasedNonce() []byte {
	enc, err := basedAccount.abi.Pack("basedNonce")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBasedNonce is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x872d3cd9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function basedNonce() view returns(uint256 n)
func (basedAccount *BasedAccount) TryPackBasedNonce() ([]byte, error) {
	return basedAccount.abi.Pack("basedNonce")
}

// UnpackBasedNonce is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x872d3cd9.
//
// Solidity: function basedNonce() view returns(uint256 n)
func (basedAccount *BasedAccount) UnpackBasedNonce(data []byte) (*big.Int, error) {
	out, err := basedAccount.abi.Unpack("basedNonce", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackExecuteBased is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x08edaf15.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function executeBased((uint256,address,uint64,address,uint256,bytes,uint256,uint64,bytes32) call, bytes signature) returns(bytes4)
func (basedAccount *BasedAccount) PackExecuteBased(call BasedCall, signature []byte) []byte {
	enc, err := basedAccount.abi.Pack("executeBased", call, signature)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExecuteBased is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x08edaf15.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function executeBased((uint256,address,uint64,address,uint256,bytes,uint256,uint64,bytes32) call, bytes signature) returns(bytes4)
func (basedAccount *BasedAccount) TryPackExecuteBased(call BasedCall, signature []byte) ([]byte, error) {
	return basedAccount.abi.Pack("executeBased", call, signature)
}

// UnpackExecuteBased is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x08edaf15.
//
// Solidity: function executeBased((uint256,address,uint64,address,uint256,bytes,uint256,uint64,bytes32) call, bytes signature) returns(bytes4)
func (basedAccount *BasedAccount) UnpackExecuteBased(data []byte) ([4]byte, error) {
	out, err := basedAccount.abi.Unpack("executeBased", data)
	if err != nil {
		return *new([4]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([4]byte)).(*[4]byte)
	return out0, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (basedAccount *BasedAccount) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], basedAccount.abi.Errors["CallBadSignature"].ID.Bytes()[:4]) {
		return basedAccount.UnpackCallBadSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], basedAccount.abi.Errors["CallExpired"].ID.Bytes()[:4]) {
		return basedAccount.UnpackCallExpiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], basedAccount.abi.Errors["CallNotFromInbox"].ID.Bytes()[:4]) {
		return basedAccount.UnpackCallNotFromInboxError(raw[4:])
	}
	if bytes.Equal(raw[:4], basedAccount.abi.Errors["CallReplayed"].ID.Bytes()[:4]) {
		return basedAccount.UnpackCallReplayedError(raw[4:])
	}
	if bytes.Equal(raw[:4], basedAccount.abi.Errors["CallReverted"].ID.Bytes()[:4]) {
		return basedAccount.UnpackCallRevertedError(raw[4:])
	}
	if bytes.Equal(raw[:4], basedAccount.abi.Errors["CallWrongChain"].ID.Bytes()[:4]) {
		return basedAccount.UnpackCallWrongChainError(raw[4:])
	}
	if bytes.Equal(raw[:4], basedAccount.abi.Errors["CallWrongNonce"].ID.Bytes()[:4]) {
		return basedAccount.UnpackCallWrongNonceError(raw[4:])
	}
	if bytes.Equal(raw[:4], basedAccount.abi.Errors["CallWrongSlot"].ID.Bytes()[:4]) {
		return basedAccount.UnpackCallWrongSlotError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// BasedAccountCallBadSignature represents a CallBadSignature error raised by the BasedAccount contract.
type BasedAccountCallBadSignature struct {
	Signer common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CallBadSignature(address signer)
func BasedAccountCallBadSignatureErrorID() common.Hash {
	return common.HexToHash("0xfd4e1fc4d3f7201702de05478105f876670b5d1484c0382a029b35ff2c18e5a1")
}

// UnpackCallBadSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CallBadSignature(address signer)
func (basedAccount *BasedAccount) UnpackCallBadSignatureError(raw []byte) (*BasedAccountCallBadSignature, error) {
	out := new(BasedAccountCallBadSignature)
	if err := basedAccount.abi.UnpackIntoInterface(out, "CallBadSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BasedAccountCallExpired represents a CallExpired error raised by the BasedAccount contract.
type BasedAccountCallExpired struct {
	Deadline  uint64
	Timestamp uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CallExpired(uint64 deadline, uint64 timestamp)
func BasedAccountCallExpiredErrorID() common.Hash {
	return common.HexToHash("0xf499136ca85ab965d5e9ce106718b7df9419654574236042651b2f9842580455")
}

// UnpackCallExpiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CallExpired(uint64 deadline, uint64 timestamp)
func (basedAccount *BasedAccount) UnpackCallExpiredError(raw []byte) (*BasedAccountCallExpired, error) {
	out := new(BasedAccountCallExpired)
	if err := basedAccount.abi.UnpackIntoInterface(out, "CallExpired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BasedAccountCallNotFromInbox represents a CallNotFromInbox error raised by the BasedAccount contract.
type BasedAccountCallNotFromInbox struct {
	Sender common.Address
	Inbox  common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CallNotFromInbox(address sender, address inbox)
func BasedAccountCallNotFromInboxErrorID() common.Hash {
	return common.HexToHash("0xc0410b8c1a3de63e55f72082ace644f6703388049eff1d8773e5debef44f3fe9")
}

// UnpackCallNotFromInboxError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CallNotFromInbox(address sender, address inbox)
func (basedAccount *BasedAccount) UnpackCallNotFromInboxError(raw []byte) (*BasedAccountCallNotFromInbox, error) {
	out := new(BasedAccountCallNotFromInbox)
	if err := basedAccount.abi.UnpackIntoInterface(out, "CallNotFromInbox", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BasedAccountCallReplayed represents a CallReplayed error raised by the BasedAccount contract.
type BasedAccountCallReplayed struct {
	Nonce *big.Int
	Next  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CallReplayed(uint256 nonce, uint256 next)
func BasedAccountCallReplayedErrorID() common.Hash {
	return common.HexToHash("0x7f30d41751207c81e90ecc339bf32d0d8baffe4839ee81f0358f3fab4b6ba892")
}

// UnpackCallReplayedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CallReplayed(uint256 nonce, uint256 next)
func (basedAccount *BasedAccount) UnpackCallReplayedError(raw []byte) (*BasedAccountCallReplayed, error) {
	out := new(BasedAccountCallReplayed)
	if err := basedAccount.abi.UnpackIntoInterface(out, "CallReplayed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BasedAccountCallReverted represents a CallReverted error raised by the BasedAccount contract.
type BasedAccountCallReverted struct {
	Reason []byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CallReverted(bytes reason)
func BasedAccountCallRevertedErrorID() common.Hash {
	return common.HexToHash("0x70de1b4bc2b8861d05c5b8d842f6ed97b4980917fea444e84baef864cef67ff5")
}

// UnpackCallRevertedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CallReverted(bytes reason)
func (basedAccount *BasedAccount) UnpackCallRevertedError(raw []byte) (*BasedAccountCallReverted, error) {
	out := new(BasedAccountCallReverted)
	if err := basedAccount.abi.UnpackIntoInterface(out, "CallReverted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BasedAccountCallWrongChain represents a CallWrongChain error raised by the BasedAccount contract.
type BasedAccountCallWrongChain struct {
	ChainId *big.Int
	Signed  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CallWrongChain(uint256 chainId, uint256 signed)
func BasedAccountCallWrongChainErrorID() common.Hash {
	return common.HexToHash("0x20a94ab60779c7cee2b1c886b5fab403ff59ffe9a79a3a8b7752851de411ac33")
}

// UnpackCallWrongChainError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CallWrongChain(uint256 chainId, uint256 signed)
func (basedAccount *BasedAccount) UnpackCallWrongChainError(raw []byte) (*BasedAccountCallWrongChain, error) {
	out := new(BasedAccountCallWrongChain)
	if err := basedAccount.abi.UnpackIntoInterface(out, "CallWrongChain", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BasedAccountCallWrongNonce represents a CallWrongNonce error raised by the BasedAccount contract.
type BasedAccountCallWrongNonce struct {
	Nonce *big.Int
	Next  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CallWrongNonce(uint256 nonce, uint256 next)
func BasedAccountCallWrongNonceErrorID() common.Hash {
	return common.HexToHash("0xb7db39c1e4833ed42dd5a2a489c241c4eff212c0bb5a206d8b85e35bebad1b5b")
}

// UnpackCallWrongNonceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CallWrongNonce(uint256 nonce, uint256 next)
func (basedAccount *BasedAccount) UnpackCallWrongNonceError(raw []byte) (*BasedAccountCallWrongNonce, error) {
	out := new(BasedAccountCallWrongNonce)
	if err := basedAccount.abi.UnpackIntoInterface(out, "CallWrongNonce", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BasedAccountCallWrongSlot represents a CallWrongSlot error raised by the BasedAccount contract.
type BasedAccountCallWrongSlot struct {
	Slot   uint64
	Signed uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CallWrongSlot(uint64 slot, uint64 signed)
func BasedAccountCallWrongSlotErrorID() common.Hash {
	return common.HexToHash("0xa9a1fe077fddc331647e6d01e92cfec57f99e5c6e96868705f9592479a467cb0")
}

// UnpackCallWrongSlotError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CallWrongSlot(uint64 slot, uint64 signed)
func (basedAccount *BasedAccount) UnpackCallWrongSlotError(raw []byte) (*BasedAccountCallWrongSlot, error) {
	out := new(BasedAccountCallWrongSlot)
	if err := basedAccount.abi.UnpackIntoInterface(out, "CallWrongSlot", raw); err != nil {
		return nil, err
	}
	return out, nil
}
