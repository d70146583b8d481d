// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {BasedCall} from "./Types.sol";
import {Sig} from "./Sig.sol";
import {ReturnData} from "./ReturnData.sol";
import {IBasedAccount} from "./IBasedAccount.sol";

error CallNotFromInbox(address sender, address inbox);
error CallWrongChain(uint256 chainId, uint256 signed);
error CallWrongSlot(uint64 slot, uint64 signed);
error CallExpired(uint64 deadline, uint64 timestamp);
error CallReplayed(uint256 nonce, uint256 next);
error CallWrongNonce(uint256 nonce, uint256 next);
error CallBadSignature(address signer);
error CallReverted(bytes reason);

/// The slot clock of the inbox a call names.
interface ISlotClock {
    function currentSlot() external view returns (uint64);
}

/// The code an EOA delegates to with EIP-7702 so the inbox can run the calls it signed. The
/// account's own key signs; nothing else can make it act. Its one storage word (the nonce) sits at
/// an ERC-7201 namespaced slot so it cannot collide with another delegate's layout.
contract BasedAccount is IBasedAccount {
    bytes32 public constant BASED_CALL_TYPEHASH = keccak256(
        "BasedCall(uint256 chainId,address inbox,address submitter,uint64 l1Slot,address target,uint256 value,"
        "bytes data,uint256 nonce,uint64 deadline,bytes32 bundleId)"
    );
    bytes32 private constant NAME_HASH = keccak256("syncboost account");
    bytes32 private constant VERSION_HASH = keccak256("1");
    // keccak256(abi.encode(uint256(keccak256("syncboost.account.nonce")) - 1)) & ~bytes32(uint256(0xff))
    /// The target's revert data kept in CallReverted: enough to name the error, too little to
    /// make the inbox's wrapping of it run out of gas.
    uint256 private constant MAX_REASON = 1024;
    bytes32 private constant NONCE_SLOT = 0x64db451660f48e0c4af9561525ccb0edb29ca67897113a07f81429fa974f0200;

    /// The EIP-712 digest the account's key signs for call.
    function basedCallDigest(BasedCall calldata call) public view returns (bytes32) {
        bytes32 structHash = keccak256(
            abi.encode(
                BASED_CALL_TYPEHASH, call.chainId, call.inbox, call.submitter, call.l1Slot, call.target, call.value,
                keccak256(call.data), call.nonce, call.deadline, call.bundleId
            )
        );
        return Sig.digest(Sig.domainSeparator(NAME_HASH, VERSION_HASH), structHash);
    }

    function basedNonce() public view returns (uint256 n) {
        bytes32 slot = NONCE_SLOT;
        assembly {
            n := sload(slot)
        }
    }

    function executeBased(BasedCall calldata call, bytes calldata signature) external returns (bytes4) {
        if (msg.sender != call.inbox) revert CallNotFromInbox(msg.sender, call.inbox);
        if (call.chainId != block.chainid) revert CallWrongChain(block.chainid, call.chainId);
        uint64 slot = ISlotClock(call.inbox).currentSlot();
        if (call.l1Slot != slot) revert CallWrongSlot(slot, call.l1Slot);
        if (block.timestamp > call.deadline) revert CallExpired(call.deadline, uint64(block.timestamp));
        uint256 next = basedNonce();
        if (call.nonce < next) revert CallReplayed(call.nonce, next);
        if (call.nonce > next) revert CallWrongNonce(call.nonce, next);
        address signer = Sig.tryRecover(basedCallDigest(call), signature);
        if (signer != address(this)) revert CallBadSignature(signer);
        bytes32 nonceSlot = NONCE_SLOT;
        assembly {
            sstore(nonceSlot, add(next, 1))
        }
        if (!_call(call.target, call.value, call.data)) revert CallReverted(ReturnData.head(MAX_REASON));
        return IBasedAccount.executeBased.selector;
    }

    /// Calls target without copying what it returns: on success nothing is read, so a target
    /// cannot make the account pay for return data it does not use.
    function _call(address target, uint256 value, bytes calldata data) private returns (bool ok) {
        bytes memory input = data;
        assembly {
            ok := call(gas(), target, value, add(input, 32), mload(input), 0, 0)
        }
    }


    /// A delegated EOA still receives plain transfers and safe token transfers.
    receive() external payable {}

    function onERC721Received(address, address, uint256, bytes calldata) external pure returns (bytes4) {
        return this.onERC721Received.selector;
    }

    function onERC1155Received(address, address, uint256, uint256, bytes calldata) external pure returns (bytes4) {
        return this.onERC1155Received.selector;
    }

    function onERC1155BatchReceived(address, address, uint256[] calldata, uint256[] calldata, bytes calldata)
        external
        pure
        returns (bytes4)
    {
        return this.onERC1155BatchReceived.selector;
    }
}
