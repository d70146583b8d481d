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
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"}],\"name\":\"CallBadSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"}],\"name\":\"CallExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"inbox\",\"type\":\"address\"}],\"name\":\"CallNotFromInbox\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"next\",\"type\":\"uint256\"}],\"name\":\"CallReplayed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"reason\",\"type\":\"bytes\"}],\"name\":\"CallReverted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"signed\",\"type\":\"uint256\"}],\"name\":\"CallWrongChain\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"next\",\"type\":\"uint256\"}],\"name\":\"CallWrongNonce\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"slot\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"signed\",\"type\":\"uint64\"}],\"name\":\"CallWrongSlot\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BASED_CALL_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"inbox\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"submitter\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"l1Slot\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"bundleId\",\"type\":\"bytes32\"}],\"internalType\":\"structBasedCall\",\"name\":\"call\",\"type\":\"tuple\"}],\"name\":\"basedCallDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"basedNonce\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"n\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"inbox\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"submitter\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"l1Slot\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"bundleId\",\"type\":\"bytes32\"}],\"internalType\":\"structBasedCall\",\"name\":\"call\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"name\":\"executeBased\",\"outputs\":[{\"internalType\":\"bytes4\",\"name\":\"\",\"type\":\"bytes4\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"uint256[]\",\"name\":\"\",\"type\":\"uint256[]\"},{\"internalType\":\"uint256[]\",\"name\":\"\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"name\":\"onERC1155BatchReceived\",\"outputs\":[{\"internalType\":\"bytes4\",\"name\":\"\",\"type\":\"bytes4\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"name\":\"onERC1155Received\",\"outputs\":[{\"internalType\":\"bytes4\",\"name\":\"\",\"type\":\"bytes4\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"name\":\"onERC721Received\",\"outputs\":[{\"internalType\":\"bytes4\",\"name\":\"\",\"type\":\"bytes4\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"stateMutability\":\"payable\",\"type\":\"receive\"}]",
	ID:  "BasedAccount",
	Bin: "0x6080604052348015600e575f5ffd5b50610d688061001c5f395ff3fe608060405260043610610071575f3560e01c8063872d3cd91161004c578063872d3cd914610125578063bc197c8114610158578063bcc5cd9e14610186578063f23a6e61146101a5575f5ffd5b806309837b611461007c578063150b7a02146100c257806332c5a4d514610106575f5ffd5b3661007857005b5f5ffd5b348015610087575f5ffd5b506100af7f13c9b5bf07afbd795ba43ecb38b28d18ef886adb3d91eeef2523aa7c5ffe4bc081565b6040519081526020015b60405180910390f35b3480156100cd575f5ffd5b506100ed6100dc36600461094c565b630a85bd0160e11b95945050505050565b6040516001600160e01b031990911681526020016100b9565b348015610111575f5ffd5b506100af6101203660046109cc565b6101d1565b348015610130575f5ffd5b507f64db451660f48e0c4af9561525ccb0edb29ca67897113a07f81429fa974f0200546100af565b348015610163575f5ffd5b506100ed610172366004610a45565b63bc197c8160e01b98975050505050505050565b348015610191575f5ffd5b506100ed6101a0366004610b01565b610358565b3480156101b0575f5ffd5b506100ed6101bf366004610b68565b63f23a6e6160e01b9695505050505050565b5f807f13c9b5bf07afbd795ba43ecb38b28d18ef886adb3d91eeef2523aa7c5ffe4bc083356102066040860160208701610bda565b6102166060870160408801610bda565b6102266080880160608901610c0a565b61023660a0890160808a01610bda565b60a089013561024860c08b018b610c25565b604051610256929190610c67565b60405190819003902060e08b01356102766101208d016101008e01610c0a565b60408051602081019b909b528a01989098526001600160a01b0396871660608a015294861660808901526001600160401b0393841660a08901529490911660c087015260e08601526101008501929092526101208481019190915291166101408301528401356101608201526101800160405160208183030381529060405280519060200120905061035161034b7f6220c1366782d47b826f9cc9cbfbff3e9d130e8941a31240b5e54e64148daaab7fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc661068e565b826106f6565b9392505050565b5f6103696040850160208601610bda565b6001600160a01b0316336001600160a01b0316146103c357336103926040860160208701610bda565b60405163301042e360e21b81526001600160a01b039283166004820152911660248201526044015b60405180910390fd5b833546146103ed57604051631054a55b60e11b8152466004820152843560248201526044016103ba565b5f6103fe6040860160208701610bda565b6001600160a01b0316633359632e6040518163ffffffff1660e01b8152600401602060405180830381865afa158015610439573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061045d9190610c76565b90506001600160401b0381166104796080870160608801610c0a565b6001600160401b0316146104c457806104986080870160608801610c0a565b60405163a9a1fe0760e01b81526001600160401b039283166004820152911660248201526044016103ba565b6104d661012086016101008701610c0a565b6001600160401b0316421115610526576104f861012086016101008701610c0a565b604051633d2644db60e21b81526001600160401b0391821660048201524290911660248201526044016103ba565b5f61054f7f64db451660f48e0c4af9561525ccb0edb29ca67897113a07f81429fa974f02005490565b9050808660e00135101561058357604051637f30d41760e01b815260e08701356004820152602481018290526044016103ba565b808660e0013511156105b55760405163b7db39c160e01b815260e08701356004820152602481018290526044016103ba565b5f6105c96105c2886101d1565b878761071c565b90506001600160a01b03811630146105ff57604051633f5387f160e21b81526001600160a01b03821660048201526024016103ba565b600182017f64db451660f48e0c4af9561525ccb0edb29ca67897113a07f81429fa974f020090815561065161063a60a08a0160808b01610bda565b60a08a013561064c60c08c018c610c25565b61083c565b61067a5761066061040061088d565b6040516370de1b4b60e01b81526004016103ba9190610c91565b50635e62e6cf60e11b979650505050505050565b604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f6020820152908101839052606081018290524660808201523060a08201525f9060c0015b6040516020818303038152906040528051906020012090505b92915050565b60405161190160f01b602082015260228101839052604281018290525f906062016106d7565b5f6041821461072c57505f610351565b5f61073a6020828587610cc6565b61074391610ced565b90505f610754604060208688610cc6565b61075d91610ced565b90505f8585604081811061077357610773610d0a565b919091013560f81c915050601b811480159061079357508060ff16601c14155b156107a3575f9350505050610351565b7f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a08211156107d6575f9350505050610351565b604080515f81526020810180835289905260ff831691810191909152606081018490526080810183905260019060a0016020604051602081039080840390855afa158015610826573d5f5f3e3d5ffd5b5050604051601f19015198975050505050505050565b5f5f83838080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92018290525084519495509384935091505060208401888a5af19695505050505050565b6060813d81111561089b57503d5b806001600160401b038111156108b3576108b3610d1e565b6040519080825280601f01601f1916602001820160405280156108dd576020820181803683370190505b509150805f602084013e50919050565b80356001600160a01b0381168114610903575f5ffd5b919050565b5f5f83601f840112610918575f5ffd5b5081356001600160401b0381111561092e575f5ffd5b602083019150836020828501011115610945575f5ffd5b9250929050565b5f5f5f5f5f60808688031215610960575f5ffd5b610969866108ed565b9450610977602087016108ed565b93506040860135925060608601356001600160401b03811115610998575f5ffd5b6109a488828901610908565b969995985093965092949392505050565b5f61014082840312156109c6575f5ffd5b50919050565b5f602082840312156109dc575f5ffd5b81356001600160401b038111156109f1575f5ffd5b6109fd848285016109b5565b949350505050565b5f5f83601f840112610a15575f5ffd5b5081356001600160401b03811115610a2b575f5ffd5b6020830191508360208260051b8501011115610945575f5ffd5b5f5f5f5f5f5f5f5f60a0898b031215610a5c575f5ffd5b610a65896108ed565b9750610a7360208a016108ed565b965060408901356001600160401b03811115610a8d575f5ffd5b610a998b828c01610a05565b90975095505060608901356001600160401b03811115610ab7575f5ffd5b610ac38b828c01610a05565b90955093505060808901356001600160401b03811115610ae1575f5ffd5b610aed8b828c01610908565b999c989b5096995094979396929594505050565b5f5f5f60408486031215610b13575f5ffd5b83356001600160401b03811115610b28575f5ffd5b610b34868287016109b5565b93505060208401356001600160401b03811115610b4f575f5ffd5b610b5b86828701610908565b9497909650939450505050565b5f5f5f5f5f5f60a08789031215610b7d575f5ffd5b610b86876108ed565b9550610b94602088016108ed565b9450604087013593506060870135925060808701356001600160401b03811115610bbc575f5ffd5b610bc889828a01610908565b979a9699509497509295939492505050565b5f60208284031215610bea575f5ffd5b610351826108ed565b6001600160401b0381168114610c07575f5ffd5b50565b5f60208284031215610c1a575f5ffd5b813561035181610bf3565b5f5f8335601e19843603018112610c3a575f5ffd5b8301803591506001600160401b03821115610c53575f5ffd5b602001915036819003821315610945575f5ffd5b818382375f9101908152919050565b5f60208284031215610c86575f5ffd5b815161035181610bf3565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b5f5f85851115610cd4575f5ffd5b83861115610ce0575f5ffd5b5050820193919092039150565b803560208310156106f0575f19602084900360031b1b1692915050565b634e487b7160e01b5f52603260045260245ffd5b634e487b7160e01b5f52604160045260245ffdfea2646970667358221220375095580f02a097d6ff509ae972354410ca0fe9d9bb3e88706279d504fb80f164736f6c63430008250033",
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

// PackOnERC1155BatchReceived is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbc197c81.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function onERC1155BatchReceived(address , address , uint256[] , uint256[] , bytes ) pure returns(bytes4)
func (basedAccount *BasedAccount) PackOnERC1155BatchReceived(arg0 common.Address, arg1 common.Address, arg2 []*big.Int, arg3 []*big.Int, arg4 []byte) []byte {
	enc, err := basedAccount.abi.Pack("onERC1155BatchReceived", arg0, arg1, arg2, arg3, arg4)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOnERC1155BatchReceived is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbc197c81.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function onERC1155BatchReceived(address , address , uint256[] , uint256[] , bytes ) pure returns(bytes4)
func (basedAccount *BasedAccount) TryPackOnERC1155BatchReceived(arg0 common.Address, arg1 common.Address, arg2 []*big.Int, arg3 []*big.Int, arg4 []byte) ([]byte, error) {
	return basedAccount.abi.Pack("onERC1155BatchReceived", arg0, arg1, arg2, arg3, arg4)
}

// UnpackOnERC1155BatchReceived is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbc197c81.
//
// Solidity: function onERC1155BatchReceived(address , address , uint256[] , uint256[] , bytes ) pure returns(bytes4)
func (basedAccount *BasedAccount) UnpackOnERC1155BatchReceived(data []byte) ([4]byte, error) {
	out, err := basedAccount.abi.Unpack("onERC1155BatchReceived", data)
	if err != nil {
		return *new([4]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([4]byte)).(*[4]byte)
	return out0, nil
}

// PackOnERC1155Received is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf23a6e61.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function onERC1155Received(address , address , uint256 , uint256 , bytes ) pure returns(bytes4)
func (basedAccount *BasedAccount) PackOnERC1155Received(arg0 common.Address, arg1 common.Address, arg2 *big.Int, arg3 *big.Int, arg4 []byte) []byte {
	enc, err := basedAccount.abi.Pack("onERC1155Received", arg0, arg1, arg2, arg3, arg4)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOnERC1155Received is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf23a6e61.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function onERC1155Received(address , address , uint256 , uint256 , bytes ) pure returns(bytes4)
func (basedAccount *BasedAccount) TryPackOnERC1155Received(arg0 common.Address, arg1 common.Address, arg2 *big.Int, arg3 *big.Int, arg4 []byte) ([]byte, error) {
	return basedAccount.abi.Pack("onERC1155Received", arg0, arg1, arg2, arg3, arg4)
}

// UnpackOnERC1155Received is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf23a6e61.
//
// Solidity: function onERC1155Received(address , address , uint256 , uint256 , bytes ) pure returns(bytes4)
func (basedAccount *BasedAccount) UnpackOnERC1155Received(data []byte) ([4]byte, error) {
	out, err := basedAccount.abi.Unpack("onERC1155Received", data)
	if err != nil {
		return *new([4]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([4]byte)).(*[4]byte)
	return out0, nil
}

// PackOnERC721Received is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x150b7a02.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function onERC721Received(address , address , uint256 , bytes ) pure returns(bytes4)
func (basedAccount *BasedAccount) PackOnERC721Received(arg0 common.Address, arg1 common.Address, arg2 *big.Int, arg3 []byte) []byte {
	enc, err := basedAccount.abi.Pack("onERC721Received", arg0, arg1, arg2, arg3)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOnERC721Received is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x150b7a02.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function onERC721Received(address , address , uint256 , bytes ) pure returns(bytes4)
func (basedAccount *BasedAccount) TryPackOnERC721Received(arg0 common.Address, arg1 common.Address, arg2 *big.Int, arg3 []byte) ([]byte, error) {
	return basedAccount.abi.Pack("onERC721Received", arg0, arg1, arg2, arg3)
}

// UnpackOnERC721Received is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x150b7a02.
//
// Solidity: function onERC721Received(address , address , uint256 , bytes ) pure returns(bytes4)
func (basedAccount *BasedAccount) UnpackOnERC721Received(data []byte) ([4]byte, error) {
	out, err := basedAccount.abi.Unpack("onERC721Received", data)
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
