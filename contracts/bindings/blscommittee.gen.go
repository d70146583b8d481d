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

// BLSCommitteeMember is an auto generated low-level Go binding around an user-defined struct.
type BLSCommitteeMember struct {
	Pubkey []byte
	Point  []byte
	Pop    []byte
}

// BLSCommitteeMetaData contains all meta data concerning the BLSCommittee contract.
var BLSCommitteeMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"registrar_\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"rotationDelay\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AlreadyInitialized\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadAggregate\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"BadPossession\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"signed\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"need\",\"type\":\"uint256\"}],\"name\":\"BelowThreshold\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"}],\"name\":\"BitfieldLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"size\",\"type\":\"uint256\"}],\"name\":\"CommitteeSize\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"DuplicateMember\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"InvalidMember\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoRotation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"NotRegistrar\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"precompile\",\"type\":\"address\"}],\"name\":\"PrecompileFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"activeAt\",\"type\":\"uint64\"}],\"name\":\"RotationNotDue\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"bit\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"size\",\"type\":\"uint256\"}],\"name\":\"SignerBeyondCommittee\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"got\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"current\",\"type\":\"uint64\"}],\"name\":\"WrongEpoch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"WrongMembers\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"membersHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"size\",\"type\":\"uint256\"}],\"name\":\"CommitteeRotated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"activeAt\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes[]\",\"name\":\"pubkeys\",\"type\":\"bytes[]\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"points\",\"type\":\"bytes\"}],\"name\":\"CommitteeRotationProposed\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"MAX_MEMBERS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"POP_DST\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"ROTATION_DELAY\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"SIGN_DST\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"activateRotation\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"epoch\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes\",\"name\":\"pubkey\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"point\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"pop\",\"type\":\"bytes\"}],\"internalType\":\"structBLSCommittee.Member[]\",\"name\":\"initial\",\"type\":\"tuple[]\"}],\"name\":\"initialize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"membersHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"nextActiveAt\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"nextMembersHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"nextSize\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes\",\"name\":\"pubkey\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"point\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"pop\",\"type\":\"bytes\"}],\"internalType\":\"structBLSCommittee.Member[]\",\"name\":\"next\",\"type\":\"tuple[]\"},{\"internalType\":\"bytes\",\"name\":\"certificate\",\"type\":\"bytes\"}],\"name\":\"proposeRotation\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"registrar\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes[]\",\"name\":\"next\",\"type\":\"bytes[]\"}],\"name\":\"rotationDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"size\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"threshold\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"digest\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"certificate\",\"type\":\"bytes\"}],\"name\":\"verifyCertificate\",\"outputs\":[],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "BLSCommittee",
	Bin: "0x60c060405234801561000f575f5ffd5b50604051611dac380380611dac83398101604081905261002e9161004d565b6001600160a01b0390911660a0526001600160401b031660805261009b565b5f5f6040838503121561005e575f5ffd5b82516001600160a01b0381168114610074575f5ffd5b60208401519092506001600160401b0381168114610090575f5ffd5b809150509250929050565b60805160a051611ce26100ca5f395f818161010f015261051a01525f81816101d1015261033a0152611ce25ff3fe608060405234801561000f575f5ffd5b5060043610610106575f3560e01c8063900cf0cf1161009e578063adc71e161161006e578063adc71e1614610228578063da2802b914610230578063ea0e35b114610243578063f44fe8f61461024b578063fe5a793e1461025e575f5ffd5b8063900cf0cf146101fc578063949d225d1461020e5780639d07c52e14610217578063a2ab7dbc1461021f575f5ffd5b80635f4b69af116100d95780635f4b69af146101a2578063655cb3bb146101b75780636d8d0c91146101cc578063727de810146101f3575f5ffd5b80632b20e3971461010a5780633c132fd01461014e57806342cde4e81461016f578063596ef6be14610177575b5f5ffd5b6101317f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020015b60405180910390f35b61016161015c366004611447565b610267565b604051908152602001610145565b6101616102b3565b60055461018a906001600160401b031681565b6040516001600160401b039091168152602001610145565b6101aa6102df565b6040516101459190611529565b6101ca6101c53660046115bf565b6102fb565b005b61018a7f000000000000000000000000000000000000000000000000000000000000000081565b61016160045481565b5f5461018a906001600160401b031681565b61016160025481565b6101aa6103de565b61016160035481565b6101ca6103fa565b6101ca61023e366004611629565b6104ff565b610161608081565b6101ca610259366004611670565b61050f565b61016160015481565b5f805446903090610282906001600160401b031660016116c2565b84604051602001610296949392919061173b565b604051602081830303815290604052805190602001209050919050565b5f600360025460026102c591906117a4565b6102d09060026117bb565b6102da91906117e2565b905090565b6040518060600160405280602b8152602001611bd2602b913981565b5f8061030f61030a86886117f5565b610628565b9150915061032661031f83610267565b85856108b8565b80516020820120600486905560035561035f7f0000000000000000000000000000000000000000000000000000000000000000426116c2565b6005805467ffffffffffffffff19166001600160401b039283161790555f5461038a911660016116c2565b6005546040516001600160401b03928316927f4bebfb9b4e986eb7cace63cafba14cddce48e431c86a405887c627a8d6dd7152926103ce92911690869086906118e8565b60405180910390a2505050505050565b6040518060600160405280602b8152602001611ba7602b913981565b6005546001600160401b03165f03610425576040516358f0463360e01b815260040160405180910390fd5b6005546001600160401b031642101561046557600554604051630480d54b60e51b81526001600160401b0390911660048201526024015b60405180910390fd5b6003546004545f54610481906001600160401b031660016116c2565b5f80546001600160401b0390921667ffffffffffffffff19928316811782556002849055600185905560058054909316909255600481905560035560405190927f68b6c5b4ebc498879f47c554655e93b8efb7fded6b4a13b04c9000dcc8943f64926104f592918252602082015260400190565b60405180910390a2565b61050a8383836108b8565b505050565b336001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161461055a576040516353ac4f0760e01b815233600482015260240161045c565b6002541561057a5760405162dc149f60e41b815260040160405180910390fd5b5f8061058961030a84866117f5565b80516020820120600286905560015560405191935091505f907f4bebfb9b4e986eb7cace63cafba14cddce48e431c86a405887c627a8d6dd7152906105d3904290869086906118e8565b60405180910390a25f7f68b6c5b4ebc498879f47c554655e93b8efb7fded6b4a13b04c9000dcc8943f6460015460025460405161061a929190918252602082015260400190565b60405180910390a250505050565b60608082515f148061063b575060808351115b1561065e578251604051635e22810d60e01b815260040161045c91815260200190565b82516001600160401b038111156106775761067761134e565b6040519080825280602002602001820160405280156106aa57816020015b60608152602001906001900390816106955790505b5091505f5b83518110156108b2576106fb8482815181106106cd576106cd61191b565b60200260200101515f01518583815181106106ea576106ea61191b565b602002602001015160200151610b1a565b61071b57604051630b3ec0a360e31b81526004810182905260240161045c565b5f5b81811015610793578482815181106107375761073761191b565b60200260200101515f01518051906020012084828151811061075b5761075b61191b565b6020026020010151805190602001200361078b57604051630b3384bf60e21b81526004810183905260240161045c565b60010161071d565b5061080e8482815181106107a9576107a961191b565b6020026020010151602001518583815181106107c7576107c761191b565b6020026020010151604001518684815181106107e5576107e561191b565b60200260200101515f01516040518060600160405280602b8152602001611ba7602b9139610cd4565b61082e57604051635f299c4160e11b81526004810182905260240161045c565b8381815181106108405761084061191b565b60200260200101515f015183828151811061085d5761085d61191b565b60200260200101819052508184828151811061087b5761087b61191b565b602002602001015160200151604051602001610898929190611946565b60408051601f1981840301815291905291506001016106af565b50915091565b5f8080806108c88587018761195a565b5f54939750919550935091506001600160401b03808616911614610915575f54604051630ae4993b60e21b81526001600160401b038087166004830152909116602482015260440161045c565b600154815160208301201461093d57604051634cfe03d160e01b815260040160405180910390fd5b600254600861094d8260076117bb565b61095791906117e2565b84511461099957600861096b8260076117bb565b61097591906117e2565b8451604051633a35421b60e11b81526004810192909252602482015260440161045c565b60605f805b86516109ab9060086117a4565b811015610a5e576109bd600882611a03565b6001901b876109cd6008846117e2565b815181106109dd576109dd61191b565b016020015160f81c1615610a5657838110610a155760405163894ddc8b60e01b8152600481018290526024810185905260440161045c565b5f610a2c86610a258460806117a4565b6080610ddb565b90508215610a4357610a3e8482610e58565b610a45565b805b935082610a5181611a16565b935050505b60010161099e565b505f6003610a6d8560026117a4565b610a789060026117bb565b610a8291906117e2565b905080821015610aaf576040516322c1720560e21b8152600481018390526024810182905260440161045c565b610af083878d604051602001610ac791815260200190565b60408051601f1981840301815260608301909152602b808352909190611bd26020830139610cd4565b610b0d576040516306a56e4f60e21b815260040160405180910390fd5b5050505050505050505050565b5f82516030141580610b2e57508151608014155b15610b3a57505f610cce565b5f835f81518110610b4d57610b4d61191b565b016020015160f81c9050608081161580610b6957506040811615155b15610b77575f915050610cce565b82601081518110610b8a57610b8a61191b565b602001015160f81c60f81b60f81c60ff16845f81518110610bad57610bad61191b565b60209101015160f81c601f1614610bc7575f915050610cce565b60015b6030811015610c3c5783610bdf8260106117bb565b81518110610bef57610bef61191b565b602001015160f81c60f81b6001600160f81b031916858281518110610c1657610c1661191b565b01602001516001600160f81b03191614610c34575f92505050610cce565b600101610bca565b505f5b6010811015610cb657838181518110610c5a57610c5a61191b565b01602001516001600160f81b031916151580610c9f575083610c7d8260406117bb565b81518110610c8d57610c8d61191b565b01602001516001600160f81b03191615155b15610cae575f92505050610cce565b600101610c3f565b50610cc083610e8f565b602090911615159015151490505b92915050565b5f84516080141580610ce95750835161010014155b80610cf85750610cf885610f05565b15610d0457505f610dd3565b5f85610d108585610f50565b6040518060a0016040528060808152602001611bfd6080913987604051602001610d3d9493929190611a2e565b60405160208183030381529060405290505f5f600f6001600160a01b031683604051610d699190611a4e565b5f60405180830381855afa9150503d805f8114610da1576040519150601f19603f3d011682016040523d82523d5f602084013e610da6565b606091505b5091509150818015610db9575080516020145b8015610dcd5750610dc981611a59565b6001145b93505050505b949350505050565b6060816001600160401b03811115610df557610df561134e565b6040519080825280601f01601f191660200182016040528015610e1f576020820181803683370190505b5090505f5b82811015610e505780840160208601015181602084010152602081610e4991906117bb565b9050610e24565b509392505050565b6060610e88600b8484604051602001610e72929190611946565b6040516020818303038152906040526080610fdd565b9392505050565b60708101516080808301515f9290911c906f0d0088f51cbff34d258dd3db21a5d66b7fb23ba5c279c2895fb39869507b587b120f55ffff58a9ffffdcff7fffffffd55581841180610efb5750816001600160801b0316846001600160801b0316148015610efb57508083115b9695505050505050565b5f805b8251811015610f4757828181518110610f2357610f2361191b565b01602001516001600160f81b03191615610f3f57505f92915050565b600101610f08565b50600192915050565b60605f610f608484610100611071565b90505f610fa56011610f72845f6112b3565b610f7d8560406112b3565b604051602001610f8e929190611946565b604051602081830303815290604052610100610fdd565b90505f610fc36011610fb88560806112b3565b610f7d8660c06112b3565b9050610efb600d8383604051602001610f8e929190611946565b60605f846001600160a01b031684604051610ff89190611a4e565b5f60405180830381855afa9150503d805f8114611030576040519150601f19603f3d011682016040523d82523d5f602084013e611035565b606091505b5092509050801580611048575082825114155b15610e50576040516375c6821d60e11b81526001600160a01b038616600482015260240161045c565b60605f838451604051602001611088929190611a7f565b60408051808303601f1901815281835260608301825292505f9160029160208201818036833750506040516110c9929150899088905f908890602001611aa6565b60408051601f19818403018152908290526110e391611a4e565b602060405180830381855afa1580156110fe573d5f5f3e3d5ffd5b5050506040513d601f19601f820116820180604052508101906111219190611af8565b90505f60028260018560405160200161113c93929190611b0f565b60408051601f198184030181529082905261115691611a4e565b602060405180830381855afa158015611171573d5f5f3e3d5ffd5b5050506040513d601f19601f820116820180604052508101906111949190611af8565b90505f60206111a861ffff8816601f6117bb565b6111b291906117e2565b90506111bf8160206117a4565b6001600160401b038111156111d6576111d661134e565b6040519080825280601f01601f191660200182016040528015611200576020820181803683370190505b50945060015b8181116112a557600181111561128a576002838518828760405160200161122f93929190611b0f565b60408051601f198184030181529082905261124991611a4e565b602060405180830381855afa158015611264573d5f5f3e3d5ffd5b5050506040513d601f19601f820116820180604052508101906112879190611af8565b92505b8260208202870152808061129d90611a16565b915050611206565b505050928252509392505050565b60605f5f8360208601015191508360408601015190505f61131e600560406001603087876001604051806060016040528060308152602001611c7d603091396040516020016113089796959493929190611b3d565b6040516020818303038152906040526030610fdd565b604051909150611334905f908390602001611b82565b604051602081830303815290604052935050505092915050565b634e487b7160e01b5f52604160045260245ffd5b604051606081016001600160401b03811182821017156113845761138461134e565b60405290565b604051601f8201601f191681016001600160401b03811182821017156113b2576113b261134e565b604052919050565b5f6001600160401b038211156113d2576113d261134e565b5060051b60200190565b5f82601f8301126113eb575f5ffd5b81356001600160401b038111156114045761140461134e565b611417601f8201601f191660200161138a565b81815284602083860101111561142b575f5ffd5b816020850160208301375f918101602001919091529392505050565b5f60208284031215611457575f5ffd5b81356001600160401b0381111561146c575f5ffd5b8201601f8101841361147c575f5ffd5b803561148f61148a826113ba565b61138a565b8082825260208201915060208360051b8501019250868311156114b0575f5ffd5b602084015b838110156114f05780356001600160401b038111156114d2575f5ffd5b6114e1896020838901016113dc565b845250602092830192016114b5565b509695505050505050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f610e8860208301846114fb565b5f5f83601f84011261154b575f5ffd5b5081356001600160401b03811115611561575f5ffd5b6020830191508360208260051b850101111561157b575f5ffd5b9250929050565b5f5f83601f840112611592575f5ffd5b5081356001600160401b038111156115a8575f5ffd5b60208301915083602082850101111561157b575f5ffd5b5f5f5f5f604085870312156115d2575f5ffd5b84356001600160401b038111156115e7575f5ffd5b6115f38782880161153b565b90955093505060208501356001600160401b03811115611611575f5ffd5b61161d87828801611582565b95989497509550505050565b5f5f5f6040848603121561163b575f5ffd5b8335925060208401356001600160401b03811115611657575f5ffd5b61166386828701611582565b9497909650939450505050565b5f5f60208385031215611681575f5ffd5b82356001600160401b03811115611696575f5ffd5b6116a28582860161153b565b90969095509350505050565b634e487b7160e01b5f52601160045260245ffd5b6001600160401b038181168382160190811115610cce57610cce6116ae565b5f82825180855260208501945060208160051b830101602085015f5b8381101561172f57601f198584030188526117198383516114fb565b60209889019890935091909101906001016116fd565b50909695505050505050565b60a08152601c60a08201527f73796e63626f6f737420636f6d6d697474656520726f746174696f6e0000000060c082015284602082015260018060a01b03841660408201526001600160401b038316606082015260e060808201525f610efb60e08301846116e1565b8082028115828204841417610cce57610cce6116ae565b80820180821115610cce57610cce6116ae565b634e487b7160e01b5f52601260045260245ffd5b5f826117f0576117f06117ce565b500490565b5f61180261148a846113ba565b8381526020810190600585901b84013681111561181d575f5ffd5b845b818110156118dd5780356001600160401b0381111561183c575f5ffd5b8601606036829003121561184e575f5ffd5b611856611362565b81356001600160401b0381111561186b575f5ffd5b611877368285016113dc565b82525060208201356001600160401b03811115611892575f5ffd5b61189e368285016113dc565b60208301525060408201356001600160401b038111156118bc575f5ffd5b6118c8368285016113dc565b6040830152508552506020938401930161181f565b509095945050505050565b6001600160401b0384168152606060208201525f61190960608301856116e1565b8281036040840152610efb81856114fb565b634e487b7160e01b5f52603260045260245ffd5b5f81518060208401855e5f93019283525090919050565b5f610dd3611954838661192f565b8461192f565b5f5f5f5f6080858703121561196d575f5ffd5b84356001600160401b0381168114611983575f5ffd5b935060208501356001600160401b0381111561199d575f5ffd5b6119a9878288016113dc565b93505060408501356001600160401b038111156119c4575f5ffd5b6119d0878288016113dc565b92505060608501356001600160401b038111156119eb575f5ffd5b6119f7878288016113dc565b91505092959194509250565b5f82611a1157611a116117ce565b500690565b5f60018201611a2757611a276116ae565b5060010190565b5f610efb611954611a48611a42858a61192f565b8861192f565b8661192f565b5f610e88828461192f565b80516020808301519190811015611a79575f198160200360031b1b821691505b50919050565b5f611a8a828561192f565b60f89390931b6001600160f81b03191683525050600101919050565b5f611aba611ab4838961192f565b8761192f565b60f086901b6001600160f01b031916815260f885901b6001600160f81b0319166002820152611aec600382018561192f565b98975050505050505050565b5f60208284031215611b08575f5ffd5b5051919050565b83815260f883901b6001600160f81b03191660208201525f611b34602183018461192f565b95945050505050565b87815286602082015285604082015284606082015283608082015260ff60f81b8360f81b1660a08201525f611b7560a183018461192f565b9998505050505050505050565b6fffffffffffffffffffffffffffffffff19831681525f610dd3601083018461192f56fe424c535f504f505f424c53313233383147325f584d443a5348412d3235365f535357555f524f5f504f505f424c535f5349475f424c53313233383147325f584d443a5348412d3235365f535357555f524f5f504f505f0000000000000000000000000000000017f1d3a73197d7942695638c4fa9ac0fc3688c4f9774b905a14e3a3f171bac586c55e83ff97a1aeffb3af00adb22c6bb00000000000000000000000000000000114d1d6855d545a8aa7d76c8cf2e21f267816aef1db507c96655b9d5caac42364e6f38ba0ecb751bad54dcd6b939c2ca1a0111ea397fe69a4b1ba7b6434bacd764774b84f38512bf6730d2a0f6b0f6241eabfffeb153ffffb9feffffffffaaaba26469706673582212201f5a3b5b768f4272f969b85a581145fb4152c92564ad4dae381abb64923d25a064736f6c63430008250033",
}

// BLSCommittee is an auto generated Go binding around an Ethereum contract.
type BLSCommittee struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *BLSCommittee) GetABI() abi.ABI {
	return c.abi
}

// NewBLSCommittee creates a new instance of BLSCommittee.
func NewBLSCommittee() *BLSCommittee {
	parsed, err := BLSCommitteeMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &BLSCommittee{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *BLSCommittee) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address registrar_, uint64 rotationDelay) returns()
func (bLSCommittee *BLSCommittee) PackConstructor(registrar_ common.Address, rotationDelay uint64) []byte {
	enc, err := bLSCommittee.abi.Pack("", registrar_, rotationDelay)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackMAXMEMBERS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xea0e35b1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_MEMBERS() view returns(uint256)
func (bLSCommittee *BLSCommittee) PackMAXMEMBERS() []byte {
	enc, err := bLSCommittee.abi.Pack("MAX_MEMBERS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXMEMBERS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xea0e35b1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_MEMBERS() view returns(uint256)
func (bLSCommittee *BLSCommittee) TryPackMAXMEMBERS() ([]byte, error) {
	return bLSCommittee.abi.Pack("MAX_MEMBERS")
}

// UnpackMAXMEMBERS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xea0e35b1.
//
// Solidity: function MAX_MEMBERS() view returns(uint256)
func (bLSCommittee *BLSCommittee) UnpackMAXMEMBERS(data []byte) (*big.Int, error) {
	out, err := bLSCommittee.abi.Unpack("MAX_MEMBERS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackPOPDST is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9d07c52e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function POP_DST() view returns(bytes)
func (bLSCommittee *BLSCommittee) PackPOPDST() []byte {
	enc, err := bLSCommittee.abi.Pack("POP_DST")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPOPDST is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9d07c52e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function POP_DST() view returns(bytes)
func (bLSCommittee *BLSCommittee) TryPackPOPDST() ([]byte, error) {
	return bLSCommittee.abi.Pack("POP_DST")
}

// UnpackPOPDST is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9d07c52e.
//
// Solidity: function POP_DST() view returns(bytes)
func (bLSCommittee *BLSCommittee) UnpackPOPDST(data []byte) ([]byte, error) {
	out, err := bLSCommittee.abi.Unpack("POP_DST", data)
	if err != nil {
		return *new([]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)
	return out0, nil
}

// PackROTATIONDELAY is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6d8d0c91.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ROTATION_DELAY() view returns(uint64)
func (bLSCommittee *BLSCommittee) PackROTATIONDELAY() []byte {
	enc, err := bLSCommittee.abi.Pack("ROTATION_DELAY")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackROTATIONDELAY is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6d8d0c91.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ROTATION_DELAY() view returns(uint64)
func (bLSCommittee *BLSCommittee) TryPackROTATIONDELAY() ([]byte, error) {
	return bLSCommittee.abi.Pack("ROTATION_DELAY")
}

// UnpackROTATIONDELAY is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6d8d0c91.
//
// Solidity: function ROTATION_DELAY() view returns(uint64)
func (bLSCommittee *BLSCommittee) UnpackROTATIONDELAY(data []byte) (uint64, error) {
	out, err := bLSCommittee.abi.Unpack("ROTATION_DELAY", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackSIGNDST is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5f4b69af.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function SIGN_DST() view returns(bytes)
func (bLSCommittee *BLSCommittee) PackSIGNDST() []byte {
	enc, err := bLSCommittee.abi.Pack("SIGN_DST")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSIGNDST is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5f4b69af.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function SIGN_DST() view returns(bytes)
func (bLSCommittee *BLSCommittee) TryPackSIGNDST() ([]byte, error) {
	return bLSCommittee.abi.Pack("SIGN_DST")
}

// UnpackSIGNDST is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5f4b69af.
//
// Solidity: function SIGN_DST() view returns(bytes)
func (bLSCommittee *BLSCommittee) UnpackSIGNDST(data []byte) ([]byte, error) {
	out, err := bLSCommittee.abi.Unpack("SIGN_DST", data)
	if err != nil {
		return *new([]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)
	return out0, nil
}

// PackActivateRotation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xadc71e16.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function activateRotation() returns()
func (bLSCommittee *BLSCommittee) PackActivateRotation() []byte {
	enc, err := bLSCommittee.abi.Pack("activateRotation")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackActivateRotation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xadc71e16.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function activateRotation() returns()
func (bLSCommittee *BLSCommittee) TryPackActivateRotation() ([]byte, error) {
	return bLSCommittee.abi.Pack("activateRotation")
}

// PackEpoch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x900cf0cf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function epoch() view returns(uint64)
func (bLSCommittee *BLSCommittee) PackEpoch() []byte {
	enc, err := bLSCommittee.abi.Pack("epoch")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEpoch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x900cf0cf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function epoch() view returns(uint64)
func (bLSCommittee *BLSCommittee) TryPackEpoch() ([]byte, error) {
	return bLSCommittee.abi.Pack("epoch")
}

// UnpackEpoch is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x900cf0cf.
//
// Solidity: function epoch() view returns(uint64)
func (bLSCommittee *BLSCommittee) UnpackEpoch(data []byte) (uint64, error) {
	out, err := bLSCommittee.abi.Unpack("epoch", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackInitialize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf44fe8f6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function initialize((bytes,bytes,bytes)[] initial) returns()
func (bLSCommittee *BLSCommittee) PackInitialize(initial []BLSCommitteeMember) []byte {
	enc, err := bLSCommittee.abi.Pack("initialize", initial)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackInitialize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf44fe8f6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function initialize((bytes,bytes,bytes)[] initial) returns()
func (bLSCommittee *BLSCommittee) TryPackInitialize(initial []BLSCommitteeMember) ([]byte, error) {
	return bLSCommittee.abi.Pack("initialize", initial)
}

// PackMembersHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfe5a793e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function membersHash() view returns(bytes32)
func (bLSCommittee *BLSCommittee) PackMembersHash() []byte {
	enc, err := bLSCommittee.abi.Pack("membersHash")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMembersHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfe5a793e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function membersHash() view returns(bytes32)
func (bLSCommittee *BLSCommittee) TryPackMembersHash() ([]byte, error) {
	return bLSCommittee.abi.Pack("membersHash")
}

// UnpackMembersHash is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfe5a793e.
//
// Solidity: function membersHash() view returns(bytes32)
func (bLSCommittee *BLSCommittee) UnpackMembersHash(data []byte) ([32]byte, error) {
	out, err := bLSCommittee.abi.Unpack("membersHash", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackNextActiveAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x596ef6be.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function nextActiveAt() view returns(uint64)
func (bLSCommittee *BLSCommittee) PackNextActiveAt() []byte {
	enc, err := bLSCommittee.abi.Pack("nextActiveAt")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNextActiveAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x596ef6be.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function nextActiveAt() view returns(uint64)
func (bLSCommittee *BLSCommittee) TryPackNextActiveAt() ([]byte, error) {
	return bLSCommittee.abi.Pack("nextActiveAt")
}

// UnpackNextActiveAt is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x596ef6be.
//
// Solidity: function nextActiveAt() view returns(uint64)
func (bLSCommittee *BLSCommittee) UnpackNextActiveAt(data []byte) (uint64, error) {
	out, err := bLSCommittee.abi.Unpack("nextActiveAt", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackNextMembersHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa2ab7dbc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function nextMembersHash() view returns(bytes32)
func (bLSCommittee *BLSCommittee) PackNextMembersHash() []byte {
	enc, err := bLSCommittee.abi.Pack("nextMembersHash")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNextMembersHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa2ab7dbc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function nextMembersHash() view returns(bytes32)
func (bLSCommittee *BLSCommittee) TryPackNextMembersHash() ([]byte, error) {
	return bLSCommittee.abi.Pack("nextMembersHash")
}

// UnpackNextMembersHash is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa2ab7dbc.
//
// Solidity: function nextMembersHash() view returns(bytes32)
func (bLSCommittee *BLSCommittee) UnpackNextMembersHash(data []byte) ([32]byte, error) {
	out, err := bLSCommittee.abi.Unpack("nextMembersHash", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackNextSize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x727de810.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function nextSize() view returns(uint256)
func (bLSCommittee *BLSCommittee) PackNextSize() []byte {
	enc, err := bLSCommittee.abi.Pack("nextSize")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNextSize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x727de810.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function nextSize() view returns(uint256)
func (bLSCommittee *BLSCommittee) TryPackNextSize() ([]byte, error) {
	return bLSCommittee.abi.Pack("nextSize")
}

// UnpackNextSize is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x727de810.
//
// Solidity: function nextSize() view returns(uint256)
func (bLSCommittee *BLSCommittee) UnpackNextSize(data []byte) (*big.Int, error) {
	out, err := bLSCommittee.abi.Unpack("nextSize", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackProposeRotation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x655cb3bb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proposeRotation((bytes,bytes,bytes)[] next, bytes certificate) returns()
func (bLSCommittee *BLSCommittee) PackProposeRotation(next []BLSCommitteeMember, certificate []byte) []byte {
	enc, err := bLSCommittee.abi.Pack("proposeRotation", next, certificate)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProposeRotation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x655cb3bb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proposeRotation((bytes,bytes,bytes)[] next, bytes certificate) returns()
func (bLSCommittee *BLSCommittee) TryPackProposeRotation(next []BLSCommitteeMember, certificate []byte) ([]byte, error) {
	return bLSCommittee.abi.Pack("proposeRotation", next, certificate)
}

// PackRegistrar is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2b20e397.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registrar() view returns(address)
func (bLSCommittee *BLSCommittee) PackRegistrar() []byte {
	enc, err := bLSCommittee.abi.Pack("registrar")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegistrar is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2b20e397.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function registrar() view returns(address)
func (bLSCommittee *BLSCommittee) TryPackRegistrar() ([]byte, error) {
	return bLSCommittee.abi.Pack("registrar")
}

// UnpackRegistrar is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2b20e397.
//
// Solidity: function registrar() view returns(address)
func (bLSCommittee *BLSCommittee) UnpackRegistrar(data []byte) (common.Address, error) {
	out, err := bLSCommittee.abi.Unpack("registrar", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackRotationDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3c132fd0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function rotationDigest(bytes[] next) view returns(bytes32)
func (bLSCommittee *BLSCommittee) PackRotationDigest(next [][]byte) []byte {
	enc, err := bLSCommittee.abi.Pack("rotationDigest", next)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRotationDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3c132fd0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function rotationDigest(bytes[] next) view returns(bytes32)
func (bLSCommittee *BLSCommittee) TryPackRotationDigest(next [][]byte) ([]byte, error) {
	return bLSCommittee.abi.Pack("rotationDigest", next)
}

// UnpackRotationDigest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3c132fd0.
//
// Solidity: function rotationDigest(bytes[] next) view returns(bytes32)
func (bLSCommittee *BLSCommittee) UnpackRotationDigest(data []byte) ([32]byte, error) {
	out, err := bLSCommittee.abi.Unpack("rotationDigest", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackSize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x949d225d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function size() view returns(uint256)
func (bLSCommittee *BLSCommittee) PackSize() []byte {
	enc, err := bLSCommittee.abi.Pack("size")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x949d225d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function size() view returns(uint256)
func (bLSCommittee *BLSCommittee) TryPackSize() ([]byte, error) {
	return bLSCommittee.abi.Pack("size")
}

// UnpackSize is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x949d225d.
//
// Solidity: function size() view returns(uint256)
func (bLSCommittee *BLSCommittee) UnpackSize(data []byte) (*big.Int, error) {
	out, err := bLSCommittee.abi.Unpack("size", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackThreshold is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42cde4e8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function threshold() view returns(uint256)
func (bLSCommittee *BLSCommittee) PackThreshold() []byte {
	enc, err := bLSCommittee.abi.Pack("threshold")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackThreshold is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42cde4e8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function threshold() view returns(uint256)
func (bLSCommittee *BLSCommittee) TryPackThreshold() ([]byte, error) {
	return bLSCommittee.abi.Pack("threshold")
}

// UnpackThreshold is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x42cde4e8.
//
// Solidity: function threshold() view returns(uint256)
func (bLSCommittee *BLSCommittee) UnpackThreshold(data []byte) (*big.Int, error) {
	out, err := bLSCommittee.abi.Unpack("threshold", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackVerifyCertificate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xda2802b9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifyCertificate(bytes32 digest, bytes certificate) view returns()
func (bLSCommittee *BLSCommittee) PackVerifyCertificate(digest [32]byte, certificate []byte) []byte {
	enc, err := bLSCommittee.abi.Pack("verifyCertificate", digest, certificate)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerifyCertificate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xda2802b9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verifyCertificate(bytes32 digest, bytes certificate) view returns()
func (bLSCommittee *BLSCommittee) TryPackVerifyCertificate(digest [32]byte, certificate []byte) ([]byte, error) {
	return bLSCommittee.abi.Pack("verifyCertificate", digest, certificate)
}

// BLSCommitteeCommitteeRotated represents a CommitteeRotated event raised by the BLSCommittee contract.
type BLSCommitteeCommitteeRotated struct {
	Epoch       uint64
	MembersHash [32]byte
	Size        *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const BLSCommitteeCommitteeRotatedEventName = "CommitteeRotated"

// ContractEventName returns the user-defined event name.
func (BLSCommitteeCommitteeRotated) ContractEventName() string {
	return BLSCommitteeCommitteeRotatedEventName
}

// UnpackCommitteeRotatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CommitteeRotated(uint64 indexed epoch, bytes32 membersHash, uint256 size)
func (bLSCommittee *BLSCommittee) UnpackCommitteeRotatedEvent(log *types.Log) (*BLSCommitteeCommitteeRotated, error) {
	event := "CommitteeRotated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != bLSCommittee.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BLSCommitteeCommitteeRotated)
	if len(log.Data) > 0 {
		if err := bLSCommittee.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range bLSCommittee.abi.Events[event].Inputs {
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

// BLSCommitteeCommitteeRotationProposed represents a CommitteeRotationProposed event raised by the BLSCommittee contract.
type BLSCommitteeCommitteeRotationProposed struct {
	Epoch    uint64
	ActiveAt uint64
	Pubkeys  [][]byte
	Points   []byte
	Raw      *types.Log // Blockchain specific contextual infos
}

const BLSCommitteeCommitteeRotationProposedEventName = "CommitteeRotationProposed"

// ContractEventName returns the user-defined event name.
func (BLSCommitteeCommitteeRotationProposed) ContractEventName() string {
	return BLSCommitteeCommitteeRotationProposedEventName
}

// UnpackCommitteeRotationProposedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CommitteeRotationProposed(uint64 indexed epoch, uint64 activeAt, bytes[] pubkeys, bytes points)
func (bLSCommittee *BLSCommittee) UnpackCommitteeRotationProposedEvent(log *types.Log) (*BLSCommitteeCommitteeRotationProposed, error) {
	event := "CommitteeRotationProposed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != bLSCommittee.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BLSCommitteeCommitteeRotationProposed)
	if len(log.Data) > 0 {
		if err := bLSCommittee.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range bLSCommittee.abi.Events[event].Inputs {
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
func (bLSCommittee *BLSCommittee) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], bLSCommittee.abi.Errors["AlreadyInitialized"].ID.Bytes()[:4]) {
		return bLSCommittee.UnpackAlreadyInitializedError(raw[4:])
	}
	if bytes.Equal(raw[:4], bLSCommittee.abi.Errors["BadAggregate"].ID.Bytes()[:4]) {
		return bLSCommittee.UnpackBadAggregateError(raw[4:])
	}
	if bytes.Equal(raw[:4], bLSCommittee.abi.Errors["BadPossession"].ID.Bytes()[:4]) {
		return bLSCommittee.UnpackBadPossessionError(raw[4:])
	}
	if bytes.Equal(raw[:4], bLSCommittee.abi.Errors["BelowThreshold"].ID.Bytes()[:4]) {
		return bLSCommittee.UnpackBelowThresholdError(raw[4:])
	}
	if bytes.Equal(raw[:4], bLSCommittee.abi.Errors["BitfieldLength"].ID.Bytes()[:4]) {
		return bLSCommittee.UnpackBitfieldLengthError(raw[4:])
	}
	if bytes.Equal(raw[:4], bLSCommittee.abi.Errors["CommitteeSize"].ID.Bytes()[:4]) {
		return bLSCommittee.UnpackCommitteeSizeError(raw[4:])
	}
	if bytes.Equal(raw[:4], bLSCommittee.abi.Errors["DuplicateMember"].ID.Bytes()[:4]) {
		return bLSCommittee.UnpackDuplicateMemberError(raw[4:])
	}
	if bytes.Equal(raw[:4], bLSCommittee.abi.Errors["InvalidMember"].ID.Bytes()[:4]) {
		return bLSCommittee.UnpackInvalidMemberError(raw[4:])
	}
	if bytes.Equal(raw[:4], bLSCommittee.abi.Errors["NoRotation"].ID.Bytes()[:4]) {
		return bLSCommittee.UnpackNoRotationError(raw[4:])
	}
	if bytes.Equal(raw[:4], bLSCommittee.abi.Errors["NotRegistrar"].ID.Bytes()[:4]) {
		return bLSCommittee.UnpackNotRegistrarError(raw[4:])
	}
	if bytes.Equal(raw[:4], bLSCommittee.abi.Errors["PrecompileFailed"].ID.Bytes()[:4]) {
		return bLSCommittee.UnpackPrecompileFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], bLSCommittee.abi.Errors["RotationNotDue"].ID.Bytes()[:4]) {
		return bLSCommittee.UnpackRotationNotDueError(raw[4:])
	}
	if bytes.Equal(raw[:4], bLSCommittee.abi.Errors["SignerBeyondCommittee"].ID.Bytes()[:4]) {
		return bLSCommittee.UnpackSignerBeyondCommitteeError(raw[4:])
	}
	if bytes.Equal(raw[:4], bLSCommittee.abi.Errors["WrongEpoch"].ID.Bytes()[:4]) {
		return bLSCommittee.UnpackWrongEpochError(raw[4:])
	}
	if bytes.Equal(raw[:4], bLSCommittee.abi.Errors["WrongMembers"].ID.Bytes()[:4]) {
		return bLSCommittee.UnpackWrongMembersError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// BLSCommitteeAlreadyInitialized represents a AlreadyInitialized error raised by the BLSCommittee contract.
type BLSCommitteeAlreadyInitialized struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyInitialized()
func BLSCommitteeAlreadyInitializedErrorID() common.Hash {
	return common.HexToHash("0x0dc149f07762891dbcea3fe72770f3d63a1863fc54b2f084e8c59ec476996927")
}

// UnpackAlreadyInitializedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyInitialized()
func (bLSCommittee *BLSCommittee) UnpackAlreadyInitializedError(raw []byte) (*BLSCommitteeAlreadyInitialized, error) {
	out := new(BLSCommitteeAlreadyInitialized)
	if err := bLSCommittee.abi.UnpackIntoInterface(out, "AlreadyInitialized", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BLSCommitteeBadAggregate represents a BadAggregate error raised by the BLSCommittee contract.
type BLSCommitteeBadAggregate struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadAggregate()
func BLSCommitteeBadAggregateErrorID() common.Hash {
	return common.HexToHash("0x1a95b93ca32b143ca77c3c6228ce14dde7ccd2afeab4491f80b1188e99e14c2d")
}

// UnpackBadAggregateError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadAggregate()
func (bLSCommittee *BLSCommittee) UnpackBadAggregateError(raw []byte) (*BLSCommitteeBadAggregate, error) {
	out := new(BLSCommitteeBadAggregate)
	if err := bLSCommittee.abi.UnpackIntoInterface(out, "BadAggregate", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BLSCommitteeBadPossession represents a BadPossession error raised by the BLSCommittee contract.
type BLSCommitteeBadPossession struct {
	Index *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadPossession(uint256 index)
func BLSCommitteeBadPossessionErrorID() common.Hash {
	return common.HexToHash("0xbe5338821cb248fc6cee32502399c48165622d37034235f83391f4e8065d0d78")
}

// UnpackBadPossessionError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadPossession(uint256 index)
func (bLSCommittee *BLSCommittee) UnpackBadPossessionError(raw []byte) (*BLSCommitteeBadPossession, error) {
	out := new(BLSCommitteeBadPossession)
	if err := bLSCommittee.abi.UnpackIntoInterface(out, "BadPossession", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BLSCommitteeBelowThreshold represents a BelowThreshold error raised by the BLSCommittee contract.
type BLSCommitteeBelowThreshold struct {
	Signed *big.Int
	Need   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BelowThreshold(uint256 signed, uint256 need)
func BLSCommitteeBelowThresholdErrorID() common.Hash {
	return common.HexToHash("0x8b05c814296d98f4f07b3bc12cb7a432374a44716d3cdbb2055265f66227d36f")
}

// UnpackBelowThresholdError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BelowThreshold(uint256 signed, uint256 need)
func (bLSCommittee *BLSCommittee) UnpackBelowThresholdError(raw []byte) (*BLSCommitteeBelowThreshold, error) {
	out := new(BLSCommitteeBelowThreshold)
	if err := bLSCommittee.abi.UnpackIntoInterface(out, "BelowThreshold", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BLSCommitteeBitfieldLength represents a BitfieldLength error raised by the BLSCommittee contract.
type BLSCommitteeBitfieldLength struct {
	Want *big.Int
	Got  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BitfieldLength(uint256 want, uint256 got)
func BLSCommitteeBitfieldLengthErrorID() common.Hash {
	return common.HexToHash("0x746a843662b8b65f84c930b520a2235d7ec1573201db7730a1fc807ebceb0298")
}

// UnpackBitfieldLengthError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BitfieldLength(uint256 want, uint256 got)
func (bLSCommittee *BLSCommittee) UnpackBitfieldLengthError(raw []byte) (*BLSCommitteeBitfieldLength, error) {
	out := new(BLSCommitteeBitfieldLength)
	if err := bLSCommittee.abi.UnpackIntoInterface(out, "BitfieldLength", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BLSCommitteeCommitteeSize represents a CommitteeSize error raised by the BLSCommittee contract.
type BLSCommitteeCommitteeSize struct {
	Size *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CommitteeSize(uint256 size)
func BLSCommitteeCommitteeSizeErrorID() common.Hash {
	return common.HexToHash("0x5e22810dfddb27372074f0c06ff118b630e114e20e6dc89170600eb37694259f")
}

// UnpackCommitteeSizeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CommitteeSize(uint256 size)
func (bLSCommittee *BLSCommittee) UnpackCommitteeSizeError(raw []byte) (*BLSCommitteeCommitteeSize, error) {
	out := new(BLSCommitteeCommitteeSize)
	if err := bLSCommittee.abi.UnpackIntoInterface(out, "CommitteeSize", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BLSCommitteeDuplicateMember represents a DuplicateMember error raised by the BLSCommittee contract.
type BLSCommitteeDuplicateMember struct {
	Index *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DuplicateMember(uint256 index)
func BLSCommitteeDuplicateMemberErrorID() common.Hash {
	return common.HexToHash("0x2cce12fcfed80dc551717d3f8eb7f5b07b3b5063062189362b1f8bb063efb622")
}

// UnpackDuplicateMemberError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DuplicateMember(uint256 index)
func (bLSCommittee *BLSCommittee) UnpackDuplicateMemberError(raw []byte) (*BLSCommitteeDuplicateMember, error) {
	out := new(BLSCommitteeDuplicateMember)
	if err := bLSCommittee.abi.UnpackIntoInterface(out, "DuplicateMember", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BLSCommitteeInvalidMember represents a InvalidMember error raised by the BLSCommittee contract.
type BLSCommitteeInvalidMember struct {
	Index *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidMember(uint256 index)
func BLSCommitteeInvalidMemberErrorID() common.Hash {
	return common.HexToHash("0x59f605188307dec57b754e072491ce8b21a845fd285bbce9bf2a534a9e4bd98b")
}

// UnpackInvalidMemberError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidMember(uint256 index)
func (bLSCommittee *BLSCommittee) UnpackInvalidMemberError(raw []byte) (*BLSCommitteeInvalidMember, error) {
	out := new(BLSCommitteeInvalidMember)
	if err := bLSCommittee.abi.UnpackIntoInterface(out, "InvalidMember", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BLSCommitteeNoRotation represents a NoRotation error raised by the BLSCommittee contract.
type BLSCommitteeNoRotation struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoRotation()
func BLSCommitteeNoRotationErrorID() common.Hash {
	return common.HexToHash("0x58f0463385d9f35b24596af0f1760db757ebbb6cd8ffcaa48097a4cd04f0fb34")
}

// UnpackNoRotationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoRotation()
func (bLSCommittee *BLSCommittee) UnpackNoRotationError(raw []byte) (*BLSCommitteeNoRotation, error) {
	out := new(BLSCommitteeNoRotation)
	if err := bLSCommittee.abi.UnpackIntoInterface(out, "NoRotation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BLSCommitteeNotRegistrar represents a NotRegistrar error raised by the BLSCommittee contract.
type BLSCommitteeNotRegistrar struct {
	Sender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotRegistrar(address sender)
func BLSCommitteeNotRegistrarErrorID() common.Hash {
	return common.HexToHash("0x53ac4f07998c4678ca11fbeac5fe32637f94d155b83727ad15c7388e03008a82")
}

// UnpackNotRegistrarError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotRegistrar(address sender)
func (bLSCommittee *BLSCommittee) UnpackNotRegistrarError(raw []byte) (*BLSCommitteeNotRegistrar, error) {
	out := new(BLSCommitteeNotRegistrar)
	if err := bLSCommittee.abi.UnpackIntoInterface(out, "NotRegistrar", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BLSCommitteePrecompileFailed represents a PrecompileFailed error raised by the BLSCommittee contract.
type BLSCommitteePrecompileFailed struct {
	Precompile common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PrecompileFailed(address precompile)
func BLSCommitteePrecompileFailedErrorID() common.Hash {
	return common.HexToHash("0xeb8d043ad9930b483be478f76fc57acdc905a2680c78dd9d6c7c2b2029709f6b")
}

// UnpackPrecompileFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PrecompileFailed(address precompile)
func (bLSCommittee *BLSCommittee) UnpackPrecompileFailedError(raw []byte) (*BLSCommitteePrecompileFailed, error) {
	out := new(BLSCommitteePrecompileFailed)
	if err := bLSCommittee.abi.UnpackIntoInterface(out, "PrecompileFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BLSCommitteeRotationNotDue represents a RotationNotDue error raised by the BLSCommittee contract.
type BLSCommitteeRotationNotDue struct {
	ActiveAt uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RotationNotDue(uint64 activeAt)
func BLSCommitteeRotationNotDueErrorID() common.Hash {
	return common.HexToHash("0x901aa9601a95a42b4f6970e78fabca63d13e108f7a0918740583349d64bc7b4f")
}

// UnpackRotationNotDueError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RotationNotDue(uint64 activeAt)
func (bLSCommittee *BLSCommittee) UnpackRotationNotDueError(raw []byte) (*BLSCommitteeRotationNotDue, error) {
	out := new(BLSCommitteeRotationNotDue)
	if err := bLSCommittee.abi.UnpackIntoInterface(out, "RotationNotDue", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BLSCommitteeSignerBeyondCommittee represents a SignerBeyondCommittee error raised by the BLSCommittee contract.
type BLSCommitteeSignerBeyondCommittee struct {
	Bit  *big.Int
	Size *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SignerBeyondCommittee(uint256 bit, uint256 size)
func BLSCommitteeSignerBeyondCommitteeErrorID() common.Hash {
	return common.HexToHash("0x894ddc8bb236d01683324fe41c92a737b5f90bbe119481dd96f661a6dd97304e")
}

// UnpackSignerBeyondCommitteeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SignerBeyondCommittee(uint256 bit, uint256 size)
func (bLSCommittee *BLSCommittee) UnpackSignerBeyondCommitteeError(raw []byte) (*BLSCommitteeSignerBeyondCommittee, error) {
	out := new(BLSCommitteeSignerBeyondCommittee)
	if err := bLSCommittee.abi.UnpackIntoInterface(out, "SignerBeyondCommittee", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BLSCommitteeWrongEpoch represents a WrongEpoch error raised by the BLSCommittee contract.
type BLSCommitteeWrongEpoch struct {
	Got     uint64
	Current uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongEpoch(uint64 got, uint64 current)
func BLSCommitteeWrongEpochErrorID() common.Hash {
	return common.HexToHash("0x2b9264ec593278cbe059ca68c627e1b8271a7e014abe4c8622c73486c89e1e93")
}

// UnpackWrongEpochError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongEpoch(uint64 got, uint64 current)
func (bLSCommittee *BLSCommittee) UnpackWrongEpochError(raw []byte) (*BLSCommitteeWrongEpoch, error) {
	out := new(BLSCommitteeWrongEpoch)
	if err := bLSCommittee.abi.UnpackIntoInterface(out, "WrongEpoch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BLSCommitteeWrongMembers represents a WrongMembers error raised by the BLSCommittee contract.
type BLSCommitteeWrongMembers struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongMembers()
func BLSCommitteeWrongMembersErrorID() common.Hash {
	return common.HexToHash("0x4cfe03d1dc1944df48bb510a46b053332fa9fef0ae93077e36b3bf5ae43e0e5f")
}

// UnpackWrongMembersError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongMembers()
func (bLSCommittee *BLSCommittee) UnpackWrongMembersError(raw []byte) (*BLSCommitteeWrongMembers, error) {
	out := new(BLSCommitteeWrongMembers)
	if err := bLSCommittee.abi.UnpackIntoInterface(out, "WrongMembers", raw); err != nil {
		return nil, err
	}
	return out, nil
}
