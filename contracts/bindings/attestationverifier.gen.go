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

// AttestationVerifierMetaData contains all meta data concerning the AttestationVerifier contract.
var AttestationVerifierMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"attester_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"ZeroAttester\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ATTESTATION_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"parentStateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"postStateRoot\",\"type\":\"bytes32\"}],\"name\":\"attestationDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"attester\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"domainSeparator\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"parentStateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"postStateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"verifyStateTransition\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "AttestationVerifier",
	Bin: "0x60a0604052348015600e575f5ffd5b506040516105bc3803806105bc833981016040819052602b916061565b6001600160a01b038116605157604051631e59c78160e01b815260040160405180910390fd5b6001600160a01b0316608052608c565b5f602082840312156070575f5ffd5b81516001600160a01b03811681146085575f5ffd5b9392505050565b6080516105126100aa5f395f81816098015261011301526105125ff3fe608060405234801561000f575f5ffd5b5060043610610055575f3560e01c806307090c1f1461005957806347b0c3b314610093578063a1167835146100d2578063ea1f3d14146100f5578063f698da2514610108575b5f5ffd5b6100807f21c4ff09f504a7d0725da6c14c4dbcc55a6db90f1fa64fa0a4c7df14c802efc481565b6040519081526020015b60405180910390f35b6100ba7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b03909116815260200161008a565b6100e56100e03660046103d4565b610110565b604051901515815260200161008a565b61008061010336600461045b565b610164565b6100806101d6565b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316610150610149888888610164565b8585610226565b6001600160a01b0316149695505050505050565b5f6101cc6101706101d6565b604080517f21c4ff09f504a7d0725da6c14c4dbcc55a6db90f1fa64fa0a4c7df14c802efc46020820152908101879052606081018690526080810185905260a00160405160208183030381529060405280519060200120610346565b90505b9392505050565b5f6102217f35f88a170ef1b5e7ba09e4ceb0427b06f1fe0dba03c98025632da305e850021e7fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc6610387565b905090565b5f6041821461023657505f6101cf565b5f6102446020828587610484565b61024d916104ab565b90505f61025e604060208688610484565b610267916104ab565b90505f8585604081811061027d5761027d6104c8565b919091013560f81c915050601b811480159061029d57508060ff16601c14155b156102ad575f93505050506101cf565b7f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a08211156102e0575f93505050506101cf565b604080515f81526020810180835289905260ff831691810191909152606081018490526080810183905260019060a0016020604051602081039080840390855afa158015610330573d5f5f3e3d5ffd5b5050604051601f19015198975050505050505050565b60405161190160f01b602082015260228101839052604281018290525f906062015b6040516020818303038152906040528051906020012090505b92915050565b604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f6020820152908101839052606081018290524660808201523060a08201525f9060c001610368565b5f5f5f5f5f608086880312156103e8575f5ffd5b853594506020860135935060408601359250606086013567ffffffffffffffff811115610413575f5ffd5b8601601f81018813610423575f5ffd5b803567ffffffffffffffff811115610439575f5ffd5b88602082840101111561044a575f5ffd5b959894975092955050506020019190565b5f5f5f6060848603121561046d575f5ffd5b505081359360208301359350604090920135919050565b5f5f85851115610492575f5ffd5b8386111561049e575f5ffd5b5050820193919092039150565b80356020831015610381575f19602084900360031b1b1692915050565b634e487b7160e01b5f52603260045260245ffdfea2646970667358221220d76ce0c1d3e06ef17c74e5527e581be20444461d663c1877f7dcc68cbcf91caa64736f6c63430008250033",
}

// AttestationVerifier is an auto generated Go binding around an Ethereum contract.
type AttestationVerifier struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *AttestationVerifier) GetABI() abi.ABI {
	return c.abi
}

// NewAttestationVerifier creates a new instance of AttestationVerifier.
func NewAttestationVerifier() *AttestationVerifier {
	parsed, err := AttestationVerifierMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &AttestationVerifier{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *AttestationVerifier) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address attester_) returns()
func (attestationVerifier *AttestationVerifier) PackConstructor(attester_ common.Address) []byte {
	enc, err := attestationVerifier.abi.Pack("", attester_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackATTESTATIONTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x07090c1f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ATTESTATION_TYPEHASH() view returns(bytes32)
func (attestationVerifier *AttestationVerifier) PackATTESTATIONTYPEHASH() []byte {
	enc, err := attestationVerifier.abi.Pack("ATTESTATION_TYPEHASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackATTESTATIONTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x07090c1f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ATTESTATION_TYPEHASH() view returns(bytes32)
func (attestationVerifier *AttestationVerifier) TryPackATTESTATIONTYPEHASH() ([]byte, error) {
	return attestationVerifier.abi.Pack("ATTESTATION_TYPEHASH")
}

// UnpackATTESTATIONTYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x07090c1f.
//
// Solidity: function ATTESTATION_TYPEHASH() view returns(bytes32)
func (attestationVerifier *AttestationVerifier) UnpackATTESTATIONTYPEHASH(data []byte) ([32]byte, error) {
	out, err := attestationVerifier.abi.Unpack("ATTESTATION_TYPEHASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackAttestationDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xea1f3d14.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function attestationDigest(bytes32 parentStateRoot, bytes32 commitment, bytes32 postStateRoot) view returns(bytes32)
func (attestationVerifier *AttestationVerifier) PackAttestationDigest(parentStateRoot [32]byte, commitment [32]byte, postStateRoot [32]byte) []byte {
	enc, err := attestationVerifier.abi.Pack("attestationDigest", parentStateRoot, commitment, postStateRoot)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAttestationDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xea1f3d14.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function attestationDigest(bytes32 parentStateRoot, bytes32 commitment, bytes32 postStateRoot) view returns(bytes32)
func (attestationVerifier *AttestationVerifier) TryPackAttestationDigest(parentStateRoot [32]byte, commitment [32]byte, postStateRoot [32]byte) ([]byte, error) {
	return attestationVerifier.abi.Pack("attestationDigest", parentStateRoot, commitment, postStateRoot)
}

// UnpackAttestationDigest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xea1f3d14.
//
// Solidity: function attestationDigest(bytes32 parentStateRoot, bytes32 commitment, bytes32 postStateRoot) view returns(bytes32)
func (attestationVerifier *AttestationVerifier) UnpackAttestationDigest(data []byte) ([32]byte, error) {
	out, err := attestationVerifier.abi.Unpack("attestationDigest", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackAttester is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x47b0c3b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function attester() view returns(address)
func (attestationVerifier *AttestationVerifier) PackAttester() []byte {
	enc, err := attestationVerifier.abi.Pack("attester")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAttester is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x47b0c3b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function attester() view returns(address)
func (attestationVerifier *AttestationVerifier) TryPackAttester() ([]byte, error) {
	return attestationVerifier.abi.Pack("attester")
}

// UnpackAttester is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x47b0c3b3.
//
// Solidity: function attester() view returns(address)
func (attestationVerifier *AttestationVerifier) UnpackAttester(data []byte) (common.Address, error) {
	out, err := attestationVerifier.abi.Unpack("attester", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackDomainSeparator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf698da25.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (attestationVerifier *AttestationVerifier) PackDomainSeparator() []byte {
	enc, err := attestationVerifier.abi.Pack("domainSeparator")
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
func (attestationVerifier *AttestationVerifier) TryPackDomainSeparator() ([]byte, error) {
	return attestationVerifier.abi.Pack("domainSeparator")
}

// UnpackDomainSeparator is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf698da25.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (attestationVerifier *AttestationVerifier) UnpackDomainSeparator(data []byte) ([32]byte, error) {
	out, err := attestationVerifier.abi.Unpack("domainSeparator", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackVerifyStateTransition is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa1167835.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifyStateTransition(bytes32 parentStateRoot, bytes32 commitment, bytes32 postStateRoot, bytes proof) view returns(bool)
func (attestationVerifier *AttestationVerifier) PackVerifyStateTransition(parentStateRoot [32]byte, commitment [32]byte, postStateRoot [32]byte, proof []byte) []byte {
	enc, err := attestationVerifier.abi.Pack("verifyStateTransition", parentStateRoot, commitment, postStateRoot, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerifyStateTransition is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa1167835.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verifyStateTransition(bytes32 parentStateRoot, bytes32 commitment, bytes32 postStateRoot, bytes proof) view returns(bool)
func (attestationVerifier *AttestationVerifier) TryPackVerifyStateTransition(parentStateRoot [32]byte, commitment [32]byte, postStateRoot [32]byte, proof []byte) ([]byte, error) {
	return attestationVerifier.abi.Pack("verifyStateTransition", parentStateRoot, commitment, postStateRoot, proof)
}

// UnpackVerifyStateTransition is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa1167835.
//
// Solidity: function verifyStateTransition(bytes32 parentStateRoot, bytes32 commitment, bytes32 postStateRoot, bytes proof) view returns(bool)
func (attestationVerifier *AttestationVerifier) UnpackVerifyStateTransition(data []byte) (bool, error) {
	out, err := attestationVerifier.abi.Unpack("verifyStateTransition", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (attestationVerifier *AttestationVerifier) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], attestationVerifier.abi.Errors["ZeroAttester"].ID.Bytes()[:4]) {
		return attestationVerifier.UnpackZeroAttesterError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// AttestationVerifierZeroAttester represents a ZeroAttester error raised by the AttestationVerifier contract.
type AttestationVerifierZeroAttester struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAttester()
func AttestationVerifierZeroAttesterErrorID() common.Hash {
	return common.HexToHash("0x1e59c781fc0cda631da6b9f498908b30bcf01afa631ffe93a604d5ebca05fcae")
}

// UnpackZeroAttesterError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAttester()
func (attestationVerifier *AttestationVerifier) UnpackZeroAttesterError(raw []byte) (*AttestationVerifierZeroAttester, error) {
	out := new(AttestationVerifierZeroAttester)
	if err := attestationVerifier.abi.UnpackIntoInterface(out, "ZeroAttester", raw); err != nil {
		return nil, err
	}
	return out, nil
}
