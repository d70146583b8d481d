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

// BasedAccountMetaData contains all meta data concerning the BasedAccount contract.
var BasedAccountMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"}],\"name\":\"CallBadSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"}],\"name\":\"CallExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"inbox\",\"type\":\"address\"}],\"name\":\"CallNotFromInbox\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"next\",\"type\":\"uint256\"}],\"name\":\"CallReplayed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"reason\",\"type\":\"bytes\"}],\"name\":\"CallReverted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"signed\",\"type\":\"uint256\"}],\"name\":\"CallWrongChain\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"next\",\"type\":\"uint256\"}],\"name\":\"CallWrongNonce\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"slot\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"signed\",\"type\":\"uint64\"}],\"name\":\"CallWrongSlot\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BASED_CALL_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"inbox\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"submitter\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"l1Slot\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"bundleId\",\"type\":\"bytes32\"}],\"internalType\":\"structBasedCall\",\"name\":\"call\",\"type\":\"tuple\"}],\"name\":\"basedCallDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"basedNonce\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"n\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"inbox\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"submitter\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"l1Slot\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"bundleId\",\"type\":\"bytes32\"}],\"internalType\":\"structBasedCall\",\"name\":\"call\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"name\":\"executeBased\",\"outputs\":[{\"internalType\":\"bytes4\",\"name\":\"\",\"type\":\"bytes4\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"stateMutability\":\"payable\",\"type\":\"receive\"}]",
	ID:  "BasedAccount",
	Bin: "0x6080604052348015600e575f5ffd5b50610a548061001c5f395ff3fe608060405260043610610041575f3560e01c806309837b611461004c57806332c5a4d514610092578063872d3cd9146100b1578063bcc5cd9e146100e4575f5ffd5b3661004857005b5f5ffd5b348015610057575f5ffd5b5061007f7f13c9b5bf07afbd795ba43ecb38b28d18ef886adb3d91eeef2523aa7c5ffe4bc081565b6040519081526020015b60405180910390f35b34801561009d575f5ffd5b5061007f6100ac3660046107f2565b61011c565b3480156100bc575f5ffd5b507f64db451660f48e0c4af9561525ccb0edb29ca67897113a07f81429fa974f02005461007f565b3480156100ef575f5ffd5b506101036100fe36600461082c565b6102a4565b6040516001600160e01b03199091168152602001610089565b5f807f13c9b5bf07afbd795ba43ecb38b28d18ef886adb3d91eeef2523aa7c5ffe4bc0833561015160408601602087016108c4565b61016160608701604088016108c4565b6101716080880160608901610902565b61018160a0890160808a016108c4565b60a089013561019360c08b018b61091d565b6040516101a1929190610967565b60405190819003902060e08b01356101c16101208d016101008e01610902565b60408051602081019b909b528a01989098526001600160a01b0396871660608a0152948616608089015267ffffffffffffffff93841660a08901529490911660c087015260e08601526101008501929092526101208481019190915291166101408301528401356101608201526101800160405160208183030381529060405280519060200120905061029d6102977f6220c1366782d47b826f9cc9cbfbff3e9d130e8941a31240b5e54e64148daaab7fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc661062d565b82610695565b9392505050565b5f6102b560408501602086016108c4565b6001600160a01b0316336001600160a01b03161461030f57336102de60408601602087016108c4565b60405163301042e360e21b81526001600160a01b039283166004820152911660248201526044015b60405180910390fd5b8335461461033957604051631054a55b60e11b815246600482015284356024820152604401610306565b5f61034a60408601602087016108c4565b6001600160a01b0316633359632e6040518163ffffffff1660e01b8152600401602060405180830381865afa158015610385573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906103a99190610976565b905067ffffffffffffffff81166103c66080870160608801610902565b67ffffffffffffffff161461041357806103e66080870160608801610902565b60405163a9a1fe0760e01b815267ffffffffffffffff928316600482015291166024820152604401610306565b61042561012086016101008701610902565b67ffffffffffffffff164211156104775761044861012086016101008701610902565b604051633d2644db60e21b815267ffffffffffffffff9182166004820152429091166024820152604401610306565b5f6104a07f64db451660f48e0c4af9561525ccb0edb29ca67897113a07f81429fa974f02005490565b9050808660e0013510156104d457604051637f30d41760e01b815260e0870135600482015260248101829052604401610306565b808660e0013511156105065760405163b7db39c160e01b815260e0870135600482015260248101829052604401610306565b5f61051a6105138861011c565b87876106bb565b90506001600160a01b038116301461055057604051633f5387f160e21b81526001600160a01b0382166004820152602401610306565b600182017f64db451660f48e0c4af9561525ccb0edb29ca67897113a07f81429fa974f02009081555f8061058a60a08b0160808c016108c4565b6001600160a01b031660a08b01356105a560c08d018d61091d565b6040516105b3929190610967565b5f6040518083038185875af1925050503d805f81146105ed576040519150601f19603f3d011682016040523d82523d5f602084013e6105f2565b606091505b50915091508161061757806040516370de1b4b60e01b81526004016103069190610991565b50635e62e6cf60e11b9998505050505050505050565b604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f6020820152908101839052606081018290524660808201523060a08201525f9060c0015b6040516020818303038152906040528051906020012090505b92915050565b60405161190160f01b602082015260228101839052604281018290525f90606201610676565b5f604182146106cb57505f61029d565b5f6106d960208285876109c6565b6106e2916109ed565b90505f6106f36040602086886109c6565b6106fc916109ed565b90505f8585604081811061071257610712610a0a565b919091013560f81c915050601b811480159061073257508060ff16601c14155b15610742575f935050505061029d565b7f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0821115610775575f935050505061029d565b604080515f81526020810180835289905260ff831691810191909152606081018490526080810183905260019060a0016020604051602081039080840390855afa1580156107c5573d5f5f3e3d5ffd5b5050604051601f19015198975050505050505050565b5f61014082840312156107ec575f5ffd5b50919050565b5f60208284031215610802575f5ffd5b813567ffffffffffffffff811115610818575f5ffd5b610824848285016107db565b949350505050565b5f5f5f6040848603121561083e575f5ffd5b833567ffffffffffffffff811115610854575f5ffd5b610860868287016107db565b935050602084013567ffffffffffffffff81111561087c575f5ffd5b8401601f8101861361088c575f5ffd5b803567ffffffffffffffff8111156108a2575f5ffd5b8660208284010111156108b3575f5ffd5b939660209190910195509293505050565b5f602082840312156108d4575f5ffd5b81356001600160a01b038116811461029d575f5ffd5b67ffffffffffffffff811681146108ff575f5ffd5b50565b5f60208284031215610912575f5ffd5b813561029d816108ea565b5f5f8335601e19843603018112610932575f5ffd5b83018035915067ffffffffffffffff82111561094c575f5ffd5b602001915036819003821315610960575f5ffd5b9250929050565b818382375f9101908152919050565b5f60208284031215610986575f5ffd5b815161029d816108ea565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b5f5f858511156109d4575f5ffd5b838611156109e0575f5ffd5b5050820193919092039150565b8035602083101561068f575f19602084900360031b1b1692915050565b634e487b7160e01b5f52603260045260245ffdfea26469706673582212204af7a1931527e6000bc8fe6525260d8bda20b5637c71a878b108998ecf715e2564736f6c63430008250033",
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
// the contract method with ID 0x32c5a4d5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function basedCallDigest((uint256,address,address,uint64,address,uint256,bytes,uint256,uint64,bytes32) call) view returns(bytes32)
func (basedAccount *BasedAccount) PackBasedCallDigest(call BasedCall) []byte {
	enc, err := basedAccount.abi.Pack("basedCallDigest", call)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBasedCallDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x32c5a4d5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function basedCallDigest((uint256,address,address,uint64,address,uint256,bytes,uint256,uint64,bytes32) call) view returns(bytes32)
func (basedAccount *BasedAccount) TryPackBasedCallDigest(call BasedCall) ([]byte, error) {
	return basedAccount.abi.Pack("basedCallDigest", call)
}

// UnpackBasedCallDigest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x32c5a4d5.
//
// Solidity: function basedCallDigest((uint256,address,address,uint64,address,uint256,bytes,uint256,uint64,bytes32) call) view returns(bytes32)
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
// the contract method with ID 0xbcc5cd9e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function executeBased((uint256,address,address,uint64,address,uint256,bytes,uint256,uint64,bytes32) call, bytes signature) returns(bytes4)
func (basedAccount *BasedAccount) PackExecuteBased(call BasedCall, signature []byte) []byte {
	enc, err := basedAccount.abi.Pack("executeBased", call, signature)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExecuteBased is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbcc5cd9e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function executeBased((uint256,address,address,uint64,address,uint256,bytes,uint256,uint64,bytes32) call, bytes signature) returns(bytes4)
func (basedAccount *BasedAccount) TryPackExecuteBased(call BasedCall, signature []byte) ([]byte, error) {
	return basedAccount.abi.Pack("executeBased", call, signature)
}

// UnpackExecuteBased is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbcc5cd9e.
//
// Solidity: function executeBased((uint256,address,address,uint64,address,uint256,bytes,uint256,uint64,bytes32) call, bytes signature) returns(bytes4)
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
